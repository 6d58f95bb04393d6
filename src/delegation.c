#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "delegation.h"
#include "graph.h"
#include "i18n.h"
#include "strbuf.h"
#include "utf8.h"

static bool
risk_valid(const char *r)
{
	return r && (strcmp(r, "high") == 0 || strcmp(r, "medium") == 0 ||
	    strcmp(r, "low") == 0);
}

int
delegation_resolve(struct store *s, const char *ref, long *id, struct error *e)
{
	struct delegation d;
	const char *p = ref;
	char *end;
	long v;

	if (p && *p == '#')
		p++;
	if (p == NULL || !isdigit((unsigned char)*p))
		return error_set(e, ST_DATA, _("delegation %s: not a "
		    "delegation ID (see itaku tree or itaku delegate list)"),
		    ref ? ref : "");
	v = strtol(p, &end, 10);
	if (*end != '\0' || v <= 0)
		return error_set(e, ST_DATA,
		    _("delegation %s: not a delegation ID"), ref);
	if (store_delegation_get(s, v, &d, e) != ST_OK)
		return e->status;
	delegation_free(&d);
	*id = v;
	return ST_OK;
}

static int
check_date(const char *what, const char *s, struct date *out, struct error *e)
{
	if (s == NULL)
		return ST_OK;
	if (!date_parse(s, out))
		return error_set(e, ST_DATA, _("%s %s: not a date (use "
		    "YYYY-MM-DD with a real day)"), what, s);
	return ST_OK;
}

static int
delegation_validate(const struct delegation *d, struct error *e)
{
	struct date start, end, approved;
	const char *texts[] = { d->data_items, d->purpose, d->notes,
	    d->approved_by, d->approval_ref };

	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		if (texts[i] && !utf8_valid_str(texts[i]))
			return error_set(e, ST_DATA,
			    _("delegation: text is not valid UTF-8"));
	if (!risk_valid(d->risk))
		return error_set(e, ST_DATA, _("risk %s: use high, medium or "
		    "low"), d->risk ? d->risk : "");
	if (d->people < -1)
		return error_set(e, ST_DATA,
		    _("people %ld: cannot be negative"), d->people);
	if (d->review_months < 0 || d->review_months > 120)
		return error_set(e, ST_DATA, _("review interval %d: use 1 to "
		    "120 months"), d->review_months);
	if (check_date("start date", d->start_date, &start, e) != ST_OK ||
	    check_date("end date", d->end_date, &end, e) != ST_OK ||
	    check_date("approval date", d->approved_on, &approved, e) != ST_OK ||
	    check_date("end", d->ended_on, &end, e) != ST_OK)
		return e->status;
	if (d->start_date && d->end_date && date_cmp(start, end) > 0)
		return error_set(e, ST_DATA, _("end date %s: before the start "
		    "date %s"), d->end_date, d->start_date);
	return ST_OK;
}

/* Name a cycle as "A › B › C › A" for the error message. */
static void
cycle_names(const struct graph *g, const size_t *path, size_t n,
    const char *first, struct strbuf *sb)
{
	for (size_t i = 0; i < n; i++)
		sb_printf(sb, "%s › ", g->orgs[path[i]].name);
	sb_adds(sb, first);
}

/*
 * Where d would sit in the graph: both ends exist, the parent receives
 * data, no cycle closes, and an approval only below the first level.
 */
static int
check_structure(struct store *s, const struct delegation *d, struct error *e)
{
	struct graph g;
	struct strbuf sb = STRBUF_INIT;
	size_t *path = NULL, n;
	long p, c;

	if (d->parent_id == d->child_id)
		return error_set(e, ST_DATA, _("delegation: an organisation "
		    "cannot entrust data to itself"));
	if (graph_load(s, &g, e) != ST_OK)
		return e->status;
	p = graph_org(&g, d->parent_id);
	c = graph_org(&g, d->child_id);
	if (p < 0 || c < 0) {
		error_set(e, ST_DATA, _("organisation %ld: no such "
		    "organisation"), p < 0 ? d->parent_id : d->child_id);
		goto done;
	}
	if (g.root < 0) {
		error_set(e, ST_DATA, _("delegation: the register has no "
		    "entrusting business yet; run itaku init --org NAME "
		    "first"));
		goto done;
	}
	if (c == g.root) {
		error_set(e, ST_DATA, _("%s: the entrusting business cannot "
		    "receive its own data in its chain"), g.orgs[c].name);
		goto done;
	}
	if (p != g.root && g.in_start[p] == g.in_start[p + 1]) {
		error_set(e, ST_DATA, _("%s: receives no personal data in "
		    "this register; add the delegation that entrusts data to "
		    "it first"), g.orgs[p].name);
		goto done;
	}
	if ((path = malloc((g.norgs + 1) * sizeof(*path))) == NULL) {
		error_set(e, ST_INTERNAL, _("out of memory"));
		goto done;
	}
	if (graph_reaches(&g, (size_t)c, (size_t)p, path, &n)) {
		cycle_names(&g, path, n, g.orgs[c].name, &sb);
		error_set(e, ST_DATA, _("delegation %s › %s: would close a "
		    "cycle: %s"),
		    g.orgs[p].name, g.orgs[c].name, sb.buf ? sb.buf : "");
		goto done;
	}
	if (p == g.root && (d->approved_on || d->approved_by))
		error_set(e, ST_DATA, _("approval: only a re-delegation "
		    "(below the first level) needs prior approval"));
done:
	sb_free(&sb);
	free(path);
	graph_free(&g);
	return e->status;
}

int
delegation_create(struct store *s, struct delegation *d, struct error *e)
{
	json_t *j;
	int rc;

	if (delegation_validate(d, e) != ST_OK || check_structure(s, d, e) != ST_OK)
		return e->status;
	if (store_delegation_insert(s, d, e) != ST_OK)
		return e->status;
	if ((j = delegation_json(d)) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	rc = audit_append(s, "delegation", d->id, "add", NULL, j, e);
	json_decref(j);
	return rc;
}

int
delegation_modify(struct store *s, const struct delegation *old,
    const struct delegation *d, struct error *e)
{
	json_t *jo, *jn;
	int rc;

	if (delegation_validate(d, e) != ST_OK ||
	    store_delegation_update(s, d, e) != ST_OK)
		return e->status;
	jo = delegation_json(old);
	jn = delegation_json(d);
	if (jo == NULL || jn == NULL)
		rc = error_set(e, ST_INTERNAL, _("out of memory"));
	else
		rc = audit_append(s, "delegation", d->id, "edit", jo, jn, e);
	json_decref(jo);
	json_decref(jn);
	return rc;
}

/* Load, change one field through fn, store with an audit record of action. */
static int
change(struct store *s, long id, const char *action,
    int (*fn)(struct delegation *, void *, struct error *), void *arg,
    struct error *e)
{
	struct delegation old, d;
	json_t *jo = NULL, *jn = NULL;
	int rc;

	if (store_delegation_get(s, id, &old, e) != ST_OK)
		return e->status;
	if (store_delegation_get(s, id, &d, e) != ST_OK) {
		delegation_free(&old);
		return e->status;
	}
	if ((rc = fn(&d, arg, e)) != ST_OK ||
	    (rc = delegation_validate(&d, e)) != ST_OK ||
	    (rc = store_delegation_update(s, &d, e)) != ST_OK)
		goto done;
	jo = delegation_json(&old);
	jn = delegation_json(&d);
	if (jo == NULL || jn == NULL)
		rc = error_set(e, ST_INTERNAL, _("out of memory"));
	else
		rc = audit_append(s, "delegation", id, action, jo, jn, e);
done:
	json_decref(jo);
	json_decref(jn);
	delegation_free(&old);
	delegation_free(&d);
	return rc;
}

static int
set_ended(struct delegation *d, void *arg, struct error *e)
{
	char buf[DATE_STRLEN];
	struct date *on = arg, start;

	if (d->ended_on)
		return error_set(e, ST_DATA, _("delegation %ld: already ended "
		    "on %s"), d->id, d->ended_on);
	date_format(*on, buf);
	if (d->start_date && date_parse(d->start_date, &start) &&
	    date_cmp(*on, start) < 0)
		return error_set(e, ST_DATA, _("end %s: before the delegation "
		    "started on %s"), buf, d->start_date);
	if ((d->ended_on = strdup(buf)) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	return ST_OK;
}

int
delegation_finish(struct store *s, long id, struct date on, struct error *e)
{
	return change(s, id, "end", set_ended, &on, e);
}

struct approval {
	struct date on;
	const char *by, *ref;
	long root;
};

static int
set_approval(struct delegation *d, void *arg, struct error *e)
{
	struct approval *a = arg;
	char buf[DATE_STRLEN];

	if (d->parent_id == a->root)
		return error_set(e, ST_DATA, _("delegation %ld: entrusted "
		    "directly by the entrusting business; only re-delegations "
		    "need prior approval"), d->id);
	date_format(a->on, buf);
	free(d->approved_on);
	free(d->approved_by);
	free(d->approval_ref);
	d->approved_on = strdup(buf);
	d->approved_by = a->by ? strdup(a->by) : NULL;
	d->approval_ref = a->ref ? strdup(a->ref) : NULL;
	if (d->approved_on == NULL || (a->by && !d->approved_by) ||
	    (a->ref && !d->approval_ref))
		return error_set(e, ST_INTERNAL, _("out of memory"));
	return ST_OK;
}

int
delegation_approve(struct store *s, long id, struct date on, const char *by,
    const char *ref, struct error *e)
{
	struct approval a = { on, by, ref, 0 };

	if (store_org_root(s, &a.root, e) != ST_OK)
		return e->status;
	return change(s, id, "approve", set_approval, &a, e);
}

static json_t *
str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

json_t *
delegation_json(const struct delegation *d)
{
	return json_pack("{s:I, s:I, s:I, s:s, s:s, s:o, s:b, s:b, s:o, s:o, "
	    "s:o, s:s, s:o, s:{s:o, s:o, s:o}, s:s}",
	    "id", (json_int_t)d->id,
	    "parent", (json_int_t)d->parent_id,
	    "child", (json_int_t)d->child_id,
	    "data_items", d->data_items ? d->data_items : "",
	    "purpose", d->purpose ? d->purpose : "",
	    "people", d->people >= 0 ? json_integer(d->people) : json_null(),
	    "sensitive", d->sensitive,
	    "credit_card", d->credit_card,
	    "start", str_or_null(d->start_date),
	    "end", str_or_null(d->end_date),
	    "ended_on", str_or_null(d->ended_on),
	    "risk", d->risk ? d->risk : "medium",
	    "review_months", d->review_months > 0 ?
	    json_integer(d->review_months) : json_null(),
	    "approval",
	    "on", str_or_null(d->approved_on),
	    "by", str_or_null(d->approved_by),
	    "ref", str_or_null(d->approval_ref),
	    "notes", d->notes ? d->notes : "");
}
