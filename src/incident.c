/*
 * Incidents: the reporting duty, deadlines on business days, the
 * response steps, and what the due list and the tree show of them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "holiday.h"
#include "i18n.h"
#include "incident.h"
#include "store_review.h"
#include "utf8.h"

static const struct {
	const char *name, *letter, *title;
} steps[ISTEP_N] = {
	[ISTEP_NOTICE] = { "notice", "",
	    N_("notice to the entrusting business") },
	[ISTEP_FACT] = { "fact", "a", N_("fact-finding and cause") },
	[ISTEP_SCOPE] = { "scope", "b", N_("scope of the impact") },
	[ISTEP_PREVENTION] = { "prevention", "c",
	    N_("measures against recurrence") },
	[ISTEP_NOTIFY] = { "notify", "d",
	    N_("contacting the people affected") },
	[ISTEP_REPORT_QUICK] = { "report-quick", "e1",
	    N_("report to the PPC (quick report)") },
	[ISTEP_REPORT_FINAL] = { "report-final", "e2",
	    N_("report to the PPC (final report)") },
	[ISTEP_PUBLISH] = { "publish", "f",
	    N_("publication of the facts and the measures") },
};

const char *
incident_step_name(enum incident_step k)
{
	return k < ISTEP_N ? steps[k].name : "unknown";
}

const char *
incident_step_letter(enum incident_step k)
{
	return k < ISTEP_N ? steps[k].letter : "";
}

const char *
incident_step_title(enum incident_step k)
{
	return k < ISTEP_N ? _(steps[k].title) : "?";
}

int
incident_step_parse(const char *s)
{
	for (int k = 0; k < ISTEP_N; k++)
		if (strcmp(s, steps[k].name) == 0 ||
		    (steps[k].letter[0] != '\0' && strcmp(s, steps[k].letter) == 0))
			return k;
	return -1;
}

const char *
incident_step_names(void)
{
	return _("notice, fact (a), scope (b), prevention (c), notify (d), "
	    "report-quick (e1), report-final (e2), publish (f)");
}

bool
incident_reportable(const struct incident *in)
{
	return in->sensitive || in->financial || in->unlawful || in->over_1000;
}

bool
incident_step_done(const struct incident *in, enum incident_step k,
    struct date *on)
{
	for (size_t i = 0; i < in->ndone; i++)
		if (strcmp(in->done[i].step, steps[k].name) == 0)
			return date_parse(in->done[i].done_on, on);
	return false;
}

bool
incident_step_required(const struct incident *in, enum incident_step k)
{
	struct date on;

	switch (k) {
	case ISTEP_FACT:
	case ISTEP_SCOPE:
	case ISTEP_PREVENTION:
		return true;
	case ISTEP_REPORT_QUICK:
		/* 速報と確報を兼ねる: one report with everything serves as both. */
		return incident_reportable(in) &&
		    !incident_step_done(in, ISTEP_REPORT_FINAL, &on);
	case ISTEP_NOTICE:
	case ISTEP_NOTIFY:
	case ISTEP_REPORT_FINAL:
		return incident_reportable(in);
	default:
		/* 公表 is desirable, never required. */
		return false;
	}
}

static struct date
discovered(const struct incident *in)
{
	struct date d = { 1970, 1, 1 };

	date_parse(in->discovered_on, &d);
	return d;
}

/* Discovered after today: not yet known on the day asked about (--as-of). */
static bool
after(const struct incident *in, struct date today)
{
	return date_cmp(discovered(in), today) > 0;
}

bool
incident_deadline(const struct incident *in, enum incident_step k,
    struct date *due)
{
	struct date d = discovered(in);

	if (!incident_reportable(in))
		return false;
	switch (k) {
	case ISTEP_NOTICE:
		*due = business_days_after(d, in->notice_days);
		return true;
	case ISTEP_REPORT_QUICK:
		/* The day of discovery is day 1, so the 5th day is 4 days on. */
		*due = business_day_on_or_after(date_add_days(d,
		    INCIDENT_QUICK_DAY - 1));
		return true;
	case ISTEP_REPORT_FINAL:
		*due = business_day_on_or_after(date_add_days(d, (in->unlawful ?
		    INCIDENT_FINAL_DAY_UNLAWFUL : INCIDENT_FINAL_DAY) - 1));
		return true;
	default:
		return false;
	}
}

struct date
incident_review_due(const struct incident *in)
{
	return date_add_days(discovered(in), INCIDENT_REVIEW_DAYS);
}

void
incident_status(const struct incident *in, struct date today,
    struct step_status v[ISTEP_N])
{
	bool done;

	for (int k = 0; k < ISTEP_N; k++) {
		struct step_status *st = &v[k];

		memset(st, 0, sizeof(*st));
		st->required = incident_step_required(in, k);
		st->has_deadline = incident_deadline(in, k, &st->deadline);
		done = incident_step_done(in, k, &st->done_on);
		/* A final report filed first answers the quick one too. */
		if (!done && k == ISTEP_REPORT_QUICK)
			done = incident_step_done(in, ISTEP_REPORT_FINAL,
			    &st->done_on);
		if (done) {
			st->state = STEP_DONE;
			if (st->has_deadline &&
			    date_cmp(st->done_on, st->deadline) > 0)
				st->days = date_diff(st->deadline, st->done_on);
		} else if (st->has_deadline) {
			st->days = date_diff(today, st->deadline);
			st->state = st->days < 0 ? STEP_OVERDUE : STEP_DUE;
			if (st->days < 0)
				st->days = -st->days;
		} else
			st->state = st->required ? STEP_OPEN : STEP_OPTIONAL;
	}
}

unsigned
incident_suggestions(const struct incident *in, const struct delegation *d)
{
	unsigned m = 0;

	if (d->sensitive && !in->sensitive)
		m |= SUGGEST_SENSITIVE;
	if (d->credit_card && !in->financial)
		m |= SUGGEST_FINANCIAL;
	if (d->people > 1000 && !in->over_1000)
		m |= SUGGEST_OVER_1000;
	return m;
}

/* Free text: UTF-8, bounded, no control characters but newlines and tabs. */
static int
check_text(const char *what, const char *s, size_t max, struct error *e)
{
	if (strlen(s) > max || !utf8_valid_str(s))
		return error_set(e, ST_DATA,
		    _("%s: not UTF-8 text of at most %zu bytes"), what, max);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7f)
			return error_set(e, ST_DATA,
			    _("%s: control character in text"), what);
	return ST_OK;
}

/* A stored date that must be real and not after today. */
static int
check_past(const char *what, const char *s, struct date today,
    struct date *out, struct error *e)
{
	char buf[DATE_STRLEN];

	if (s == NULL || !date_parse(s, out))
		return error_set(e, ST_DATA, _("%s %s: not a date (use "
		    "YYYY-MM-DD with a real day)"), what, s ? s : "");
	if (date_cmp(*out, today) > 0) {
		date_format(today, buf);
		return error_set(e, ST_DATA,
		    _("%s %s: in the future (today is %s)"), what, s, buf);
	}
	return ST_OK;
}

json_t *
incident_json(const struct incident *in)
{
	json_t *j, *a;

	if ((a = json_array()) == NULL)
		return NULL;
	for (size_t i = 0; i < in->ndone; i++)
		if (json_array_append_new(a, json_pack("{s:s, s:s, s:s}",
		    "step", in->done[i].step, "done_on", in->done[i].done_on,
		    "notes", in->done[i].notes)) != 0) {
			json_decref(a);
			return NULL;
		}
	j = json_pack("{s:I, s:I, s:s, s:s?, s:s, s:o, s:b, s:b, s:b, s:b, "
	    "s:b, s:i, s:s, s:s?, s:s?, s:o, s:s?}",
	    "id", (json_int_t)in->id,
	    "delegation", (json_int_t)in->delegation_id,
	    "discovered_on", in->discovered_on,
	    "occurred_on", in->occurred_on,
	    "what", in->what,
	    "people", in->people < 0 ? json_null() : json_integer(in->people),
	    "sensitive", in->sensitive,
	    "financial", in->financial,
	    "unlawful", in->unlawful,
	    "over_1000", in->over_1000,
	    "reportable", incident_reportable(in),
	    "notice_days", in->notice_days,
	    "notes", in->notes ? in->notes : "",
	    "closed_on", in->closed_on,
	    "close_reason", in->close_reason,
	    "steps", a,
	    "created_at", in->created_at);
	return j;
}

/* What create and modify check before writing. */
static int
validate(struct incident *in, struct date today, struct error *e)
{
	struct date disc, occ;

	if (check_past("--discovered", in->discovered_on, today, &disc, e) != ST_OK)
		return e->status;
	if (in->occurred_on != NULL) {
		if (check_past("--occurred", in->occurred_on, today, &occ, e) != ST_OK)
			return e->status;
		if (date_cmp(occ, disc) > 0)
			return error_set(e, ST_DATA, _("--occurred %s: after "
			    "the discovery on %s"),
			    in->occurred_on, in->discovered_on);
	}
	if (in->what == NULL || in->what[strspn(in->what, " \t\n")] == '\0')
		return error_set(e, ST_DATA, _("--what: say what happened"));
	if (check_text("--what", in->what, 2000, e) != ST_OK ||
	    check_text("--notes", in->notes ? in->notes : "", 4000, e) != ST_OK)
		return e->status;
	if (in->notice_days < 0 || in->notice_days > INCIDENT_NOTICE_MAX)
		return error_set(e, ST_DATA, _("notice days %d: use 0 to %d"),
		    in->notice_days, INCIDENT_NOTICE_MAX);
	/* 規則第7条第4号 follows from the count. */
	if (in->people > 1000)
		in->over_1000 = true;
	return ST_OK;
}

int
incident_create(struct store *s, struct incident *in, struct date today,
    struct error *e)
{
	struct delegation d = { 0 };
	json_t *j;
	int rv;

	if (validate(in, today, e) != ST_OK ||
	    store_delegation_get(s, in->delegation_id, &d, e) != ST_OK)
		return e->status;
	delegation_free(&d);
	if (store_incident_insert(s, in, e) != ST_OK)
		return e->status;
	if ((j = incident_json(in)) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	rv = audit_append(s, "incident", in->id, "add", NULL, j, e);
	json_decref(j);
	return rv;
}

/* Replace a string field with a copy of v. */
static int
set_copy(char **field, const char *v)
{
	char *copy;

	if ((copy = strdup(v)) == NULL)
		return -1;
	free(*field);
	*field = copy;
	return 0;
}

int
incident_modify(struct store *s, long id, const struct incident_change *c,
    struct date today, struct error *e)
{
	struct incident in = { 0 };
	json_t *old = NULL, *new = NULL;
	int rv;

	if ((rv = store_incident_get(s, id, &in, e)) != ST_OK)
		return rv;
	if ((old = incident_json(&in)) == NULL)
		goto oom;
	if ((c->occurred_on && set_copy(&in.occurred_on, c->occurred_on)) ||
	    (c->what && set_copy(&in.what, c->what)) ||
	    (c->notes && set_copy(&in.notes, c->notes)))
		goto oom;
	if (c->people != -2)
		in.people = c->people;
	if (c->notice_days >= 0)
		in.notice_days = c->notice_days;
	if (c->set & CHANGE_SENSITIVE)
		in.sensitive = c->sensitive;
	if (c->set & CHANGE_FINANCIAL)
		in.financial = c->financial;
	if (c->set & CHANGE_UNLAWFUL)
		in.unlawful = c->unlawful;
	if (c->set & CHANGE_OVER_1000)
		in.over_1000 = c->over_1000;
	if ((c->set & CHANGE_OVER_1000) && !c->over_1000 && in.people > 1000) {
		rv = error_set(e, ST_DATA, _("--no-over-1000: incident %ld "
		    "affects %ld people"), id, in.people);
		goto done;
	}
	if ((rv = validate(&in, today, e)) != ST_OK ||
	    (rv = store_incident_update(s, &in, e)) != ST_OK)
		goto done;
	if ((new = incident_json(&in)) == NULL)
		goto oom;
	rv = audit_append(s, "incident", id, "edit", old, new, e);
	goto done;
oom:
	rv = error_set(e, ST_INTERNAL, _("out of memory"));
done:
	json_decref(old);
	json_decref(new);
	incident_free(&in);
	return rv;
}

static json_t *
step_json(long id, const char *step, const char *on, const char *notes)
{
	return json_pack("{s:I, s:s, s:s, s:s}", "incident", (json_int_t)id,
	    "step", step, "done_on", on, "notes", notes ? notes : "");
}

int
incident_record_step(struct store *s, long id, enum incident_step k,
    struct date on, const char *notes, struct date today, struct error *e)
{
	struct incident in = { 0 };
	json_t *old = NULL, *new;
	char buf[DATE_STRLEN], now[DATE_STRLEN];
	struct date disc;
	int rv;

	if (k >= ISTEP_N)
		return error_set(e, ST_USAGE, _("no such step"));
	if (check_text("--notes", notes ? notes : "", 4000, e) != ST_OK ||
	    store_incident_get(s, id, &in, e) != ST_OK)
		return e->status;
	date_format(on, buf);
	disc = discovered(&in);
	if (date_cmp(on, disc) < 0) {
		rv = error_set(e, ST_DATA, _("--on %s: before incident %ld was "
		    "discovered on %s"), buf, id, in.discovered_on);
		goto done;
	}
	if (date_cmp(on, today) > 0) {
		date_format(today, now);
		rv = error_set(e, ST_DATA, _("--on %s: in the future (today "
		    "is %s); record a step once it is done"), buf, now);
		goto done;
	}
	for (size_t i = 0; i < in.ndone; i++)
		if (strcmp(in.done[i].step, steps[k].name) == 0)
			old = step_json(id, in.done[i].step, in.done[i].done_on,
			    in.done[i].notes);
	if ((rv = store_incident_step(s, id, steps[k].name, buf, notes,
	    e)) != ST_OK)
		goto done;
	if ((new = step_json(id, steps[k].name, buf, notes)) == NULL) {
		rv = error_set(e, ST_INTERNAL, _("out of memory"));
		goto done;
	}
	rv = audit_append(s, "incident", id, "step", old, new, e);
	json_decref(new);
done:
	json_decref(old);
	incident_free(&in);
	return rv;
}

int
incident_close(struct store *s, long id, struct date on, const char *reason,
    struct date today, struct error *e)
{
	struct incident in = { 0 };
	struct step_status st[ISTEP_N];
	json_t *old = NULL, *new = NULL;
	char buf[DATE_STRLEN], now[DATE_STRLEN], missing[512] = "";
	size_t len = 0;
	int rv;

	if (reason != NULL && reason[strspn(reason, " \t\n")] == '\0')
		return error_set(e, ST_DATA, _("--force: say why the incident "
		    "is closed with steps missing"));
	if (reason != NULL && check_text("--force", reason, 2000, e) != ST_OK)
		return e->status;
	if (store_incident_get(s, id, &in, e) != ST_OK)
		return e->status;
	date_format(on, buf);
	if (in.closed_on != NULL) {
		rv = error_set(e, ST_DATA,
		    _("incident %ld: already closed on %s"), id, in.closed_on);
		goto done;
	}
	if (date_cmp(on, discovered(&in)) < 0) {
		rv = error_set(e, ST_DATA, _("--on %s: before incident %ld was "
		    "discovered on %s"), buf, id, in.discovered_on);
		goto done;
	}
	if (date_cmp(on, today) > 0) {
		date_format(today, now);
		rv = error_set(e, ST_DATA,
		    _("--on %s: in the future (today is %s)"), buf, now);
		goto done;
	}
	incident_status(&in, today, st);
	for (int k = 0; k < ISTEP_N; k++)
		if (st[k].required && st[k].state != STEP_DONE && len < sizeof(missing))
			len += (size_t)snprintf(missing + len, sizeof(missing) - len,
			    "%s%s", len ? ", " : "", steps[k].name);
	if (len > 0 && reason == NULL) {
		rv = error_set(e, ST_DATA, _("incident %ld: cannot close: "
		    "steps missing: %s (record them with \"itaku incident "
		    "step\", or close with --force REASON)"), id, missing);
		goto done;
	}
	if (len == 0)
		reason = NULL;	/* nothing was forced */
	if ((rv = store_incident_close(s, id, buf, reason, e)) != ST_OK)
		goto done;
	old = json_pack("{s:n}", "closed_on");
	new = json_pack("{s:s, s:s?, s:s?}", "closed_on", buf, "close_reason",
	    reason, "missing", len ? missing : NULL);
	if (old == NULL || new == NULL) {
		rv = error_set(e, ST_INTERNAL, _("out of memory"));
		goto done;
	}
	rv = audit_append(s, "incident", id, "close", old, new, e);
done:
	json_decref(old);
	json_decref(new);
	incident_free(&in);
	return rv;
}

int
incident_followup(struct store *s, const struct incident *in, struct date *due,
    bool *done, struct date *review_on, struct error *e)
{
	struct review *v = NULL;
	size_t n = 0;

	*due = incident_review_due(in);
	*done = false;
	/* Newest first: only the latest review matters. */
	if (store_review_list(s, in->delegation_id, &v, &n, e) != ST_OK)
		return e->status;
	if (n > 0 && date_parse(v[0].reviewed_on, review_on) &&
	    date_cmp(*review_on, discovered(in)) > 0)
		*done = true;
	review_list_free(v, n);
	return ST_OK;
}

static bool
wanted(struct date due, struct date today, int within)
{
	return date_diff(today, due) <= within;
}

/* The reporting deadlines of one open incident not yet met. */
static int
deadline_items(const struct graph *g, size_t del, const struct incident *in,
    struct date today, int within, struct due_list *l)
{
	static const struct {
		enum incident_step step;
		enum due_kind kind;
	} map[] = {
		{ ISTEP_NOTICE, DUE_INCIDENT_NOTICE },
		{ ISTEP_REPORT_QUICK, DUE_INCIDENT_QUICK },
		{ ISTEP_REPORT_FINAL, DUE_INCIDENT_FINAL },
	};
	struct step_status st[ISTEP_N];
	const struct delegation *d = &g->dels[del];
	struct due_item *it;

	incident_status(in, today, st);
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		const struct step_status *s = &st[map[i].step];

		if (s->state == STEP_DONE || !s->has_deadline ||
		    !wanted(s->deadline, today, within))
			continue;
		if ((it = due_list_add(l, map[i].kind, g, del, s->deadline,
		    today)) == NULL)
			return -1;
		it->incident_id = in->id;
		switch (map[i].kind) {
		case DUE_INCIDENT_NOTICE:
			snprintf(it->detail, sizeof(it->detail),
			    _("incident %ld discovered %s: %s must notify %s "
			    "and up the chain (rule 9)"), in->id,
			    in->discovered_on,
			    graph_org_name(g, d->child_id), graph_org_name(g, d->parent_id));
			break;
		case DUE_INCIDENT_QUICK:
			snprintf(it->detail, sizeof(it->detail),
			    _("incident %ld discovered %s: quick report to the "
			    "PPC, about 3 to 5 days (rule 8(1))"), in->id,
			    in->discovered_on);
			break;
		default:
			snprintf(it->detail, sizeof(it->detail),
			    _("incident %ld discovered %s: final report to the "
			    "PPC within %d days (rule 8(2))%s"), in->id,
			    in->discovered_on, in->unlawful ?
			    INCIDENT_FINAL_DAY_UNLAWFUL : INCIDENT_FINAL_DAY,
			    in->unlawful ? _("; unlawful purpose") : "");
			break;
		}
	}
	return 0;
}

int
incident_due(struct store *s, const struct graph *g,
    const struct review_last *last, size_t nlast, struct date today,
    int within, struct due_list *l, struct error *e)
{
	struct incident *v = NULL;
	size_t n = 0, k = 0;
	struct date rev, due;
	struct due_item *it;
	long del;
	int rv;

	if ((rv = store_incident_list(s, 0, false, &v, &n, e)) != ST_OK)
		goto fail;
	if (n == 0)
		goto done;
	/* Deadlines of open incidents, even on a delegation that has ended. */
	for (size_t i = 0; i < n; i++) {
		if (v[i].closed_on != NULL || after(&v[i], today) ||
		    (del = graph_del(g, v[i].delegation_id)) < 0)
			continue;
		if (deadline_items(g, (size_t)del, &v[i], today, within, l) == -1)
			goto oom;
	}
	/*
	 * One follow-up review per active delegation: due after the earliest
	 * incident that no later review answers.  Incidents are ordered by
	 * id, not date, so look at them all.
	 */
	for (size_t i = 0; i < g->ndels; i++) {
		const struct delegation *d = &g->dels[i];
		const struct incident *first = NULL;
		bool reviewed;

		while (k < nlast && last[k].delegation_id < d->id)
			k++;
		if (!graph_del_active(d, today))
			continue;
		reviewed = k < nlast && last[k].delegation_id == d->id &&
		    date_parse(last[k].reviewed_on, &rev);
		for (size_t j = 0; j < n; j++) {
			if (v[j].delegation_id != d->id || after(&v[j], today))
				continue;
			if (reviewed && date_cmp(rev, discovered(&v[j])) > 0)
				continue;
			if (first == NULL || date_cmp(discovered(&v[j]),
			    discovered(first)) < 0)
				first = &v[j];
		}
		if (first == NULL)
			continue;
		due = incident_review_due(first);
		if (!wanted(due, today, within))
			continue;
		if ((it = due_list_add(l, DUE_INCIDENT_REVIEW, g, i, due,
		    today)) == NULL)
			goto oom;
		it->incident_id = first->id;
		snprintf(it->detail, sizeof(it->detail), _("incident %ld "
		    "discovered %s: review the safeguards of %s again"),
		    first->id, first->discovered_on, graph_org_name(g, d->child_id));
	}
done:
	due_list_sort(l);
	incident_list_free(v, n);
	return ST_OK;
oom:
	rv = error_set(e, ST_INTERNAL, _("out of memory"));
fail:
	incident_list_free(v, n);
	due_list_free(l);
	return rv;
}

int
incident_findings(struct store *s, const struct graph *g, struct date today,
    struct findings *f, struct error *e)
{
	struct step_status st[ISTEP_N];
	struct incident *v = NULL;
	char what[120], date[DATE_STRLEN];
	size_t n = 0, len;
	long del;
	int rc = 0;

	if (store_incident_list(s, 0, true, &v, &n, e) != ST_OK)
		return e->status;
	for (size_t i = 0; i < n && rc == 0; i++) {
		if (after(&v[i], today) ||
		    (del = graph_del(g, v[i].delegation_id)) < 0 ||
		    !graph_del_active(&g->dels[del], today))
			continue;
		/* Name what is most pressing: an overdue deadline, else what is missing. */
		incident_status(&v[i], today, st);
		what[0] = '\0';
		len = 0;
		for (int k = 0; k < ISTEP_N; k++) {
			if (st[k].state != STEP_OVERDUE)
				continue;
			date_format(st[k].deadline, date);
			len += (size_t)snprintf(what + len, sizeof(what) - len,
			    _("%s%s overdue since %s"), len ? ", " : "",
			    steps[k].name, date);
			if (len >= sizeof(what))
				break;
		}
		for (int k = 0; len == 0 && k < ISTEP_N; k++)
			if (st[k].required && st[k].state != STEP_DONE) {
				snprintf(what, sizeof(what), _("next: %s"),
				    steps[k].name);
				break;
			}
		rc = findings_add(f, v[i].delegation_id, FIND_INCIDENT,
		    _("incident %ld discovered %s%s%s"), v[i].id,
		    v[i].discovered_on, what[0] ? "; " : "", what);
	}
	incident_list_free(v, n);
	if (rc != 0)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	return ST_OK;
}
