/*
 * The register to and from JSON.  Export keeps NULL apart from "" and
 * stores the check result and evidence as JSON values; the audit trail's
 * old and new values stay strings, because their exact bytes are hashed.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nettle/sha2.h>

#include "audit.h"
#include "date.h"
#include "delegation.h"
#include "org.h"
#include "i18n.h"
#include "register_io.h"

static json_t *
jstr(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* A stored JSON text as a value; the text itself when it does not parse. */
static json_t *
jraw(const char *s)
{
	json_t *v;

	if (s == NULL)
		return json_null();
	v = json_loads(s, JSON_DECODE_ANY, NULL);
	return v ? v : json_string(s);
}

/* Add v to a; a NULL v (no memory) makes the whole thing fail. */
static int
push(json_t *a, json_t *v)
{
	return v == NULL || json_array_append_new(a, v) == -1 ? -1 : 0;
}

static json_t *
org_to_json(const struct org *o)
{
	return json_pack("{s:I, s:s, s:o, s:o, s:s, s:o, s:o, s:b, s:s}",
	    "id", (json_int_t)o->id, "name", o->name,
	    "corporate_number", jstr(o->corporate_number),
	    "address", jstr(o->address), "country", o->country,
	    "contact", jstr(o->contact), "notes", jstr(o->notes),
	    "root", o->is_root, "created_at", o->created_at);
}

static json_t *
del_to_json(const struct delegation *d)
{
	return json_pack("{s:I, s:I, s:I, s:s, s:s, s:o, s:b, s:b, s:o, s:o, "
	    "s:o, s:s, s:o, s:o, s:o, s:o, s:s, s:s}",
	    "id", (json_int_t)d->id, "parent_id", (json_int_t)d->parent_id,
	    "child_id", (json_int_t)d->child_id, "data_items", d->data_items,
	    "purpose", d->purpose,
	    "people", d->people >= 0 ? json_integer(d->people) : json_null(),
	    "sensitive", d->sensitive, "credit_card", d->credit_card,
	    "start_date", jstr(d->start_date), "end_date", jstr(d->end_date),
	    "ended_on", jstr(d->ended_on), "risk", d->risk,
	    "review_months", d->review_months > 0 ?
	    json_integer(d->review_months) : json_null(),
	    "approved_on", jstr(d->approved_on),
	    "approved_by", jstr(d->approved_by),
	    "approval_ref", jstr(d->approval_ref),
	    "notes", d->notes, "created_at", d->created_at);
}

static json_t *
doc_to_json(const struct document *d)
{
	json_t *j, *cl;

	if ((cl = json_array()) == NULL)
		return NULL;
	for (size_t i = 0; i < d->nclauses; i++) {
		const struct document_clause *c = &d->clauses[i];
		if (push(cl, json_pack("{s:s, s:s, s:b, s:o, s:o}", "clause",
		    c->clause, "title", c->title, "present", c->present,
		    "article", jstr(c->article), "evidence",
		    jraw(c->evidence))) == -1) {
			json_decref(cl);
			return NULL;
		}
	}
	j = json_pack("{s:I, s:I, s:s, s:s, s:s, s:o, s:I, s:s, s:s, s:i, "
	    "s:i, s:o, s:s, s:o, s:s, s:o}",
	    "id", (json_int_t)d->id, "delegation_id", (json_int_t)d->delegation_id,
	    "sha256", d->sha256, "filename", d->filename, "format", d->format,
	    "encoding", jstr(d->encoding), "size", (json_int_t)d->size,
	    "ruleset", d->ruleset, "ruleset_version", d->ruleset_version,
	    "present", d->present, "missing", d->missing,
	    "result", jraw(d->result), "imported_at", d->imported_at,
	    "superseded_by", d->superseded_by ?
	    json_integer(d->superseded_by) : json_null(),
	    "text", d->text, "clauses", cl);
	return j;
}

static json_t *
review_to_json(const struct review *r)
{
	json_t *a;

	if ((a = json_array()) == NULL)
		return NULL;
	for (size_t i = 0; i < r->nanswers; i++)
		if (push(a, json_pack("{s:s, s:s, s:s}", "item", r->answers[i].item,
		    "answer", r->answers[i].answer, "note",
		    r->answers[i].note)) == -1) {
			json_decref(a);
			return NULL;
		}
	return json_pack("{s:I, s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:o, s:s, "
	    "s:o}", "id", (json_int_t)r->id,
	    "delegation_id", (json_int_t)r->delegation_id,
	    "reviewed_on", r->reviewed_on, "reviewer", r->reviewer,
	    "method", r->method, "result", r->result, "notes", r->notes,
	    "evidence", r->evidence, "checklist", jstr(r->checklist),
	    "created_at", r->created_at, "answers", a);
}

static json_t *
cert_to_json(const struct cert *c)
{
	return json_pack("{s:I, s:I, s:s, s:s, s:o, s:s, s:s, s:s}",
	    "id", (json_int_t)c->id, "org_id", (json_int_t)c->org_id,
	    "kind", c->kind, "ident", c->ident, "issued_on", jstr(c->issued_on),
	    "expires_on", c->expires_on, "notes", c->notes,
	    "created_at", c->created_at);
}

static json_t *
incident_to_json(const struct incident *in)
{
	json_t *a;

	if ((a = json_array()) == NULL)
		return NULL;
	for (size_t i = 0; i < in->ndone; i++)
		if (push(a, json_pack("{s:s, s:s, s:s, s:s}", "step",
		    in->done[i].step, "done_on", in->done[i].done_on, "notes",
		    in->done[i].notes, "created_at", in->done[i].created_at)) == -1) {
			json_decref(a);
			return NULL;
		}
	return json_pack("{s:I, s:I, s:s, s:o, s:s, s:o, s:b, s:b, s:b, s:b, "
	    "s:i, s:s, s:o, s:o, s:s, s:o}", "id", (json_int_t)in->id,
	    "delegation_id", (json_int_t)in->delegation_id,
	    "discovered_on", in->discovered_on,
	    "occurred_on", jstr(in->occurred_on), "what", in->what,
	    "people", in->people >= 0 ? json_integer(in->people) : json_null(),
	    "sensitive", in->sensitive, "financial", in->financial,
	    "unlawful", in->unlawful, "over_1000", in->over_1000,
	    "notice_days", in->notice_days, "notes", in->notes,
	    "closed_on", jstr(in->closed_on),
	    "close_reason", jstr(in->close_reason),
	    "created_at", in->created_at, "steps", a);
}

static json_t *
audit_to_json(const struct audit_record *a)
{
	return json_pack("{s:I, s:s, s:s, s:s, s:s, s:o, s:s, s:o, s:o, s:s, "
	    "s:s}", "seq", (json_int_t)a->seq, "at", a->at, "user", a->user,
	    "command", a->command, "entity", a->entity,
	    "entity_id", a->entity_id ? json_integer(a->entity_id) : json_null(),
	    "action", a->action, "old_value", jstr(a->old_value),
	    "new_value", jstr(a->new_value), "prev_hash", a->prev_hash,
	    "hash", a->hash);
}

json_t *
register_to_json(const struct register_data *r, const char *exported_at)
{
	json_t *j, *o, *d, *doc, *rv, *c, *in, *a;
	int fail = 0;

	o = json_array(), d = json_array(), doc = json_array();
	rv = json_array(), c = json_array(), in = json_array(), a = json_array();
	j = json_pack("{s:s, s:i, s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:o}",
	    "format", REGISTER_FORMAT, "version", REGISTER_VERSION,
	    "exported_at", exported_at, "organisations", o, "delegations", d,
	    "documents", doc, "reviews", rv, "certifications", c,
	    "incidents", in, "audit", a);
	if (j == NULL)
		return NULL;
	for (size_t i = 0; i < r->norgs && !fail; i++)
		fail |= push(o, org_to_json(&r->orgs[i]));
	for (size_t i = 0; i < r->ndels && !fail; i++)
		fail |= push(d, del_to_json(&r->dels[i]));
	for (size_t i = 0; i < r->ndocs && !fail; i++)
		fail |= push(doc, doc_to_json(&r->docs[i]));
	for (size_t i = 0; i < r->nreviews && !fail; i++)
		fail |= push(rv, review_to_json(&r->reviews[i]));
	for (size_t i = 0; i < r->ncerts && !fail; i++)
		fail |= push(c, cert_to_json(&r->certs[i]));
	for (size_t i = 0; i < r->nincidents && !fail; i++)
		fail |= push(in, incident_to_json(&r->incidents[i]));
	for (size_t i = 0; i < r->naudit && !fail; i++)
		fail |= push(a, audit_to_json(&r->audit[i]));
	if (fail) {
		json_decref(j);
		return NULL;
	}
	return j;
}

/*
 * Import: a checker walks the document with a path ("delegations[3]")
 * and stops at the first bad field.
 */
struct chk {
	struct error *e;
	char base[128];		/* "delegations[3]" */
};

static int
bad(struct chk *k, const char *key, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
bad(struct chk *k, const char *key, const char *fmt, ...)
{
	char why[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, sizeof(why), fmt, ap);
	va_end(ap);
	return error_set(k->e, ST_DATA, "%s%s%s: %s", k->base,
	    key && *k->base ? "." : "", key ? key : "", why);
}

static int
nomem(struct chk *k)
{
	return error_set(k->e, ST_INTERNAL, _("out of memory"));
}

/* Only the listed keys; a misspelt one is an error, not silently lost. */
static int
keys_only(struct chk *k, const json_t *o, const char *const *keys)
{
	const char *key;
	json_t *v;

	if (!json_is_object(o))
		return bad(k, NULL, _("not an object"));
	json_object_foreach((json_t *)o, key, v) {
		size_t i;
		for (i = 0; keys[i] != NULL; i++)
			if (strcmp(keys[i], key) == 0)
				break;
		if (keys[i] == NULL)
			return bad(k, key, _("unknown field"));
	}
	return ST_OK;
}

/* A string field; nullable ones may be null or absent (out NULL). */
static int
get_str(struct chk *k, const json_t *o, const char *key, bool nullable,
    char **out)
{
	json_t *v = json_object_get(o, key);

	*out = NULL;
	if (v == NULL || json_is_null(v)) {
		if (nullable)
			return ST_OK;
		return bad(k, key, v ? _("must not be null") :
		    _("missing"));
	}
	if (!json_is_string(v))
		return bad(k, key, _("not a string"));
	if ((*out = strdup(json_string_value(v))) == NULL)
		return nomem(k);
	return ST_OK;
}

static int
get_int(struct chk *k, const json_t *o, const char *key, bool nullable,
    long min, long max, long *out, long null_value)
{
	json_t *v = json_object_get(o, key);
	json_int_t n;

	*out = null_value;
	if (v == NULL || json_is_null(v)) {
		if (nullable)
			return ST_OK;
		return bad(k, key, v ? _("must not be null") :
		    _("missing"));
	}
	if (!json_is_integer(v))
		return bad(k, key, _("not an integer"));
	n = json_integer_value(v);
	if (n < min || n > max)
		return bad(k, key, _("%lld: out of range (%ld to %ld)"), (long long)n,
		    min, max);
	*out = (long)n;
	return ST_OK;
}

static int
get_bool(struct chk *k, const json_t *o, const char *key, bool *out)
{
	json_t *v = json_object_get(o, key);

	if (v == NULL)
		return bad(k, key, _("missing"));
	if (!json_is_boolean(v))
		return bad(k, key, _("not true or false"));
	*out = json_is_true(v);
	return ST_OK;
}

static int
get_date(struct chk *k, const json_t *o, const char *key, bool nullable,
    char **out)
{
	struct date d;

	if (get_str(k, o, key, nullable, out) != ST_OK)
		return k->e->status;
	if (*out != NULL && !date_parse(*out, &d))
		return bad(k, key, _("%s: not a date (YYYY-MM-DD with a real day)"),
		    *out);
	return ST_OK;
}

/* "YYYY-MM-DDTHH:MM:SSZ", as the store writes it. */
static int
get_stamp(struct chk *k, const json_t *o, const char *key, char **out)
{
	char day[DATE_STRLEN];
	struct date d;
	int h, m, s;
	char z;

	if (get_str(k, o, key, false, out) != ST_OK)
		return k->e->status;
	if (strlen(*out) != 20 || (*out)[10] != 'T')
		goto fail;
	memcpy(day, *out, 10);
	day[10] = '\0';
	if (!date_parse(day, &d) || sscanf(*out + 11, "%2d:%2d:%2d%c", &h, &m,
	    &s, &z) != 4 || z != 'Z' || h > 23 || m > 59 || s > 60 ||
	    h < 0 || m < 0 || s < 0)
		goto fail;
	return ST_OK;
fail:
	return bad(k, key, _("%s: not a UTC time (YYYY-MM-DDTHH:MM:SSZ)"), *out);
}

static int
get_enum(struct chk *k, const json_t *o, const char *key,
    const char *const *allowed, char **out)
{
	if (get_str(k, o, key, false, out) != ST_OK)
		return k->e->status;
	for (size_t i = 0; allowed[i] != NULL; i++)
		if (strcmp(allowed[i], *out) == 0)
			return ST_OK;
	return bad(k, key, _("%s: not one of the known values"), *out);
}

/* A JSON value kept as its compact text, the way the store holds it. */
static int
get_raw(struct chk *k, const json_t *o, const char *key, bool nullable,
    json_type want, char **out)
{
	json_t *v = json_object_get(o, key);

	*out = NULL;
	if (v == NULL || json_is_null(v)) {
		if (nullable)
			return ST_OK;
		return bad(k, key, v ? _("must not be null") :
		    _("missing"));
	}
	if (json_typeof(v) != want)
		return bad(k, key, "%s", want == JSON_OBJECT ?
		    _("not an object") : _("not an array"));
	if ((*out = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY)) == NULL)
		return nomem(k);
	return ST_OK;
}

static const json_t *
section(struct chk *k, const json_t *j, const char *key, size_t *n)
{
	const json_t *a = json_object_get(j, key);

	if (a == NULL) {
		bad(k, key, _("missing"));
		return NULL;
	}
	if (!json_is_array(a)) {
		bad(k, key, _("not an array"));
		return NULL;
	}
	*n = json_array_size(a);
	return a;
}

#define BASE(k, sec, i) snprintf((k)->base, sizeof((k)->base), "%s[%zu]", sec, i)

/* Sorted IDs, to find references and duplicates. */
static int
cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return x < y ? -1 : x > y;
}

static bool
has_id(const long *ids, size_t n, long id)
{
	return bsearch(&id, ids, n, sizeof(long), cmp_long) != NULL;
}

static long *
sorted_ids(const void *v, size_t n, size_t size, size_t off, long *dup)
{
	long *ids = malloc((n ? n : 1) * sizeof(long));

	*dup = 0;
	if (ids == NULL)
		return NULL;
	for (size_t i = 0; i < n; i++)
		memcpy(&ids[i], (const char *)v + i * size + off, sizeof(long));
	qsort(ids, n, sizeof(long), cmp_long);
	for (size_t i = 1; i < n; i++)
		if (ids[i] == ids[i - 1])
			*dup = ids[i];
	return ids;
}


/* Keys of an array of records, to find duplicates in n log n. */
struct keyed {
	const char *key;
	long scope;		/* duplicates count only within a scope */
	size_t idx;
};

static int
cmp_keyed(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	int c = x->scope < y->scope ? -1 : x->scope > y->scope;

	if (c == 0)
		c = strcmp(x->key, y->key);
	return c != 0 ? c : x->idx < y->idx ? -1 : x->idx > y->idx;
}

/*
 * The string at key_off of each of the n records of size bytes must be
 * unique (within the long at scope_off, when not 0); NULL strings are
 * left out.
 */
static int
unique(struct chk *k, const char *sec, const void *v, size_t n, size_t size,
    size_t key_off, size_t scope_off, const char *field, const char *what)
{
	struct keyed *t;
	size_t m = 0;

	if ((t = malloc((n ? n : 1) * sizeof(*t))) == NULL)
		return nomem(k);
	for (size_t i = 0; i < n; i++) {
		const char *rec = (const char *)v + i * size;
		const char *key;
		memcpy(&key, rec + key_off, sizeof(key));
		if (key == NULL)
			continue;
		t[m].key = key;
		t[m].scope = 0;
		if (scope_off)
			memcpy(&t[m].scope, rec + scope_off, sizeof(long));
		t[m++].idx = i;
	}
	qsort(t, m, sizeof(*t), cmp_keyed);
	for (size_t i = 1; i < m; i++)
		if (t[i].scope == t[i - 1].scope &&
		    strcmp(t[i].key, t[i - 1].key) == 0) {
			snprintf(k->base, sizeof(k->base), "%s[%zu]", sec, t[i].idx);
			bad(k, field, _("%s: also the %s of %s[%zu]"), t[i].key, what,
			    sec, t[i - 1].idx);
			free(t);
			return k->e->status;
		}
	free(t);
	return ST_OK;
}

static int
cmp_doc_id(const void *a, const void *b)
{
	const struct document *x = a, *y = b;

	return x->id < y->id ? -1 : x->id > y->id;
}

static const char *const org_keys[] = { "id", "name", "corporate_number",
	"address", "country", "contact", "notes", "root", "created_at", NULL };

static int
orgs_from_json(struct chk *k, const json_t *j, struct register_data *r)
{
	const json_t *a, *o;
	size_t n, roots = 0;

	if ((a = section(k, j, "organisations", &n)) == NULL)
		return k->e->status;
	if ((r->orgs = calloc(n ? n : 1, sizeof(*r->orgs))) == NULL)
		return nomem(k);
	for (size_t i = 0; i < n; i++) {
		struct org *x = &r->orgs[i];
		o = json_array_get(a, i);
		BASE(k, "organisations", i);
		r->norgs = i + 1;
		if (keys_only(k, o, org_keys) != ST_OK ||
		    get_int(k, o, "id", false, 1, LONG_MAX, &x->id, 0) != ST_OK ||
		    get_str(k, o, "name", false, &x->name) != ST_OK ||
		    get_str(k, o, "corporate_number", true,
		    &x->corporate_number) != ST_OK ||
		    get_str(k, o, "address", true, &x->address) != ST_OK ||
		    get_str(k, o, "country", false, &x->country) != ST_OK ||
		    get_str(k, o, "contact", true, &x->contact) != ST_OK ||
		    get_str(k, o, "notes", true, &x->notes) != ST_OK ||
		    get_bool(k, o, "root", &x->is_root) != ST_OK ||
		    get_stamp(k, o, "created_at", &x->created_at) != ST_OK)
			return k->e->status;
		if (*x->name == '\0')
			return bad(k, "name", _("empty"));
		if (x->corporate_number &&
		    !org_corporate_number_valid(x->corporate_number))
			return bad(k, "corporate_number", _("%s: not a valid 法人番号"),
			    x->corporate_number);
		if (!org_country_valid(x->country))
			return bad(k, "country", _("%s: not an ISO 3166 code"),
			    x->country);
		roots += x->is_root;
	}
	if (unique(k, "organisations", r->orgs, n, sizeof(*r->orgs),
	    offsetof(struct org, name), 0, "name", "name") != ST_OK ||
	    unique(k, "organisations", r->orgs, n, sizeof(*r->orgs),
	    offsetof(struct org, corporate_number), 0, "corporate_number",
	    "number") != ST_OK)
		return k->e->status;
	snprintf(k->base, sizeof(k->base), "organisations");
	if (n > 0 && roots != 1)
		return bad(k, NULL, _("%zu organisations are marked root; a "
		    "register has exactly one entrusting business"), roots);
	return ST_OK;
}

static const char *const del_keys[] = { "id", "parent_id", "child_id",
	"data_items", "purpose", "people", "sensitive", "credit_card",
	"start_date", "end_date", "ended_on", "risk", "review_months",
	"approved_on", "approved_by", "approval_ref", "notes", "created_at",
	NULL };
static const char *const risks[] = { "high", "medium", "low", NULL };

static int
dels_from_json(struct chk *k, const json_t *j, struct register_data *r,
    const long *orgs)
{
	const json_t *a, *o;
	long rm;
	size_t n;

	if ((a = section(k, j, "delegations", &n)) == NULL)
		return k->e->status;
	if ((r->dels = calloc(n ? n : 1, sizeof(*r->dels))) == NULL)
		return nomem(k);
	for (size_t i = 0; i < n; i++) {
		struct delegation *x = &r->dels[i];
		o = json_array_get(a, i);
		BASE(k, "delegations", i);
		r->ndels = i + 1;
		if (keys_only(k, o, del_keys) != ST_OK ||
		    get_int(k, o, "id", false, 1, LONG_MAX, &x->id, 0) != ST_OK ||
		    get_int(k, o, "parent_id", false, 1, LONG_MAX, &x->parent_id,
		    0) != ST_OK ||
		    get_int(k, o, "child_id", false, 1, LONG_MAX, &x->child_id,
		    0) != ST_OK ||
		    get_str(k, o, "data_items", false, &x->data_items) != ST_OK ||
		    get_str(k, o, "purpose", false, &x->purpose) != ST_OK ||
		    get_int(k, o, "people", true, 0, LONG_MAX, &x->people,
		    -1) != ST_OK ||
		    get_bool(k, o, "sensitive", &x->sensitive) != ST_OK ||
		    get_bool(k, o, "credit_card", &x->credit_card) != ST_OK ||
		    get_date(k, o, "start_date", true, &x->start_date) != ST_OK ||
		    get_date(k, o, "end_date", true, &x->end_date) != ST_OK ||
		    get_date(k, o, "ended_on", true, &x->ended_on) != ST_OK ||
		    get_enum(k, o, "risk", risks, &x->risk) != ST_OK ||
		    get_int(k, o, "review_months", true, 1, 1200, &rm,
		    0) != ST_OK ||
		    get_date(k, o, "approved_on", true, &x->approved_on) != ST_OK ||
		    get_str(k, o, "approved_by", true, &x->approved_by) != ST_OK ||
		    get_str(k, o, "approval_ref", true, &x->approval_ref) != ST_OK ||
		    get_str(k, o, "notes", false, &x->notes) != ST_OK ||
		    get_stamp(k, o, "created_at", &x->created_at) != ST_OK)
			return k->e->status;
		x->review_months = (int)rm;
		if (!has_id(orgs, r->norgs, x->parent_id))
			return bad(k, "parent_id", _("%ld: no such organisation"),
			    x->parent_id);
		if (!has_id(orgs, r->norgs, x->child_id))
			return bad(k, "child_id", _("%ld: no such organisation"),
			    x->child_id);
		if (x->parent_id == x->child_id)
			return bad(k, "child_id", _("%ld: an organisation cannot "
			    "entrust data to itself"), x->child_id);
		if (x->start_date && x->end_date &&
		    strcmp(x->end_date, x->start_date) < 0)
			return bad(k, "end_date", _("%s: before start_date %s"),
			    x->end_date, x->start_date);
	}
	return ST_OK;
}

/* Kahn's algorithm over organisation positions: a cycle leaves nodes over. */
static int
check_acyclic(struct chk *k, const struct register_data *r, const long *orgs)
{
	size_t *indeg = NULL, *queue = NULL, *start = NULL, *adj = NULL;
	size_t head = 0, tail = 0, seen = 0, no = r->norgs;
	int rc = ST_OK;

	indeg = calloc(no + 1, sizeof(size_t));
	start = calloc(no + 2, sizeof(size_t));
	queue = malloc((no + 1) * sizeof(size_t));
	adj = malloc((r->ndels + 1) * sizeof(size_t));
	if (!indeg || !start || !queue || !adj) {
		rc = nomem(k);
		goto done;
	}
#define POS(id) ((size_t)((long *)bsearch(&(id), orgs, no, sizeof(long), \
	cmp_long) - orgs))
	for (size_t i = 0; i < r->ndels; i++) {
		start[POS(r->dels[i].parent_id) + 2]++;
		indeg[POS(r->dels[i].child_id)]++;
	}
	for (size_t o = 2; o < no + 2; o++)
		start[o] += start[o - 1];
	for (size_t i = 0; i < r->ndels; i++)
		adj[start[POS(r->dels[i].parent_id) + 1]++] =
		    POS(r->dels[i].child_id);
	for (size_t o = 0; o < no; o++)
		if (indeg[o] == 0)
			queue[tail++] = o;
	while (head < tail) {
		size_t o = queue[head++];
		seen++;
		for (size_t x = start[o]; x < start[o + 1]; x++)
			if (--indeg[adj[x]] == 0)
				queue[tail++] = adj[x];
	}
#undef POS
	if (seen != no) {
		snprintf(k->base, sizeof(k->base), "delegations");
		rc = bad(k, NULL, _("the delegations form a cycle"));
	}
done:
	free(indeg);
	free(start);
	free(queue);
	free(adj);
	return rc;
}

static const char *const doc_keys[] = { "id", "delegation_id", "sha256",
	"filename", "format", "encoding", "size", "ruleset", "ruleset_version",
	"present", "missing", "result", "imported_at", "superseded_by", "text",
	"clauses", NULL };
static const char *const clause_keys[] = { "clause", "title", "present",
	"article", "evidence", NULL };

static bool
hex64(const char *s)
{
	if (strlen(s) != 64)
		return false;
	for (; *s; s++)
		if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f')))
			return false;
	return true;
}

static int
clauses_from_json(struct chk *k, const json_t *o, struct document *x)
{
	const json_t *a = json_object_get(o, "clauses"), *c;
	char base[128];

	if (a == NULL)
		return bad(k, "clauses", _("missing"));
	if (!json_is_array(a))
		return bad(k, "clauses", _("not an array"));
	x->nclauses = 0;
	if ((x->clauses = calloc(json_array_size(a) + 1,
	    sizeof(*x->clauses))) == NULL)
		return nomem(k);
	memcpy(base, k->base, sizeof(base));
	for (size_t i = 0; i < json_array_size(a); i++) {
		struct document_clause *y = &x->clauses[i];
		bool p;
		c = json_array_get(a, i);
		snprintf(k->base, sizeof(k->base), "%.96s.clauses[%zu]", base, i);
		x->nclauses = i + 1;
		if (keys_only(k, c, clause_keys) != ST_OK ||
		    get_str(k, c, "clause", false, &y->clause) != ST_OK ||
		    get_str(k, c, "title", false, &y->title) != ST_OK ||
		    get_bool(k, c, "present", &p) != ST_OK ||
		    get_str(k, c, "article", true, &y->article) != ST_OK ||
		    get_raw(k, c, "evidence", true, JSON_ARRAY,
		    &y->evidence) != ST_OK)
			return k->e->status;
		y->present = p;
		for (size_t q = 0; q < i; q++)
			if (strcmp(x->clauses[q].clause, y->clause) == 0)
				return bad(k, "clause", _("%s: listed twice"),
				    y->clause);
	}
	memcpy(k->base, base, sizeof(base));
	return ST_OK;
}

static int
docs_from_json(struct chk *k, const json_t *j, struct register_data *r,
    const long *dels)
{
	const json_t *a, *o;
	long present, missing, ids_dup;
	long *ids;
	size_t n;

	if ((a = section(k, j, "documents", &n)) == NULL)
		return k->e->status;
	if ((r->docs = calloc(n ? n : 1, sizeof(*r->docs))) == NULL)
		return nomem(k);
	for (size_t i = 0; i < n; i++) {
		struct document *x = &r->docs[i];
		o = json_array_get(a, i);
		BASE(k, "documents", i);
		r->ndocs = i + 1;
		if (keys_only(k, o, doc_keys) != ST_OK ||
		    get_int(k, o, "id", false, 1, LONG_MAX, &x->id, 0) != ST_OK ||
		    get_int(k, o, "delegation_id", false, 1, LONG_MAX,
		    &x->delegation_id, 0) != ST_OK ||
		    get_str(k, o, "sha256", false, &x->sha256) != ST_OK ||
		    get_str(k, o, "filename", false, &x->filename) != ST_OK ||
		    get_str(k, o, "format", false, &x->format) != ST_OK ||
		    get_str(k, o, "encoding", true, &x->encoding) != ST_OK ||
		    get_int(k, o, "size", false, 0, LONG_MAX, &x->size, 0) != ST_OK ||
		    get_str(k, o, "ruleset", false, &x->ruleset) != ST_OK ||
		    get_str(k, o, "ruleset_version", false,
		    &x->ruleset_version) != ST_OK ||
		    get_int(k, o, "present", false, 0, 10000, &present, 0) != ST_OK ||
		    get_int(k, o, "missing", false, 0, 10000, &missing, 0) != ST_OK ||
		    get_raw(k, o, "result", false, JSON_OBJECT, &x->result) != ST_OK ||
		    get_stamp(k, o, "imported_at", &x->imported_at) != ST_OK ||
		    get_int(k, o, "superseded_by", true, 1, LONG_MAX,
		    &x->superseded_by, 0) != ST_OK ||
		    get_str(k, o, "text", false, &x->text) != ST_OK ||
		    clauses_from_json(k, o, x) != ST_OK)
			return k->e->status;
		x->present = (int)present;
		x->missing = (int)missing;
		if (!has_id(dels, r->ndels, x->delegation_id))
			return bad(k, "delegation_id", _("%ld: no such delegation"),
			    x->delegation_id);
		if (!hex64(x->sha256))
			return bad(k, "sha256", _("%s: not 64 lowercase hex digits"),
			    x->sha256);
	}
	if (unique(k, "documents", r->docs, n, sizeof(*r->docs),
	    offsetof(struct document, sha256),
	    offsetof(struct document, delegation_id), "sha256",
	    "file of the same delegation") != ST_OK)
		return k->e->status;
	if ((ids = sorted_ids(r->docs, r->ndocs, sizeof(*r->docs),
	    offsetof(struct document, id), &ids_dup)) == NULL)
		return nomem(k);
	/* By id from here on (paths above named the input's order). */
	qsort(r->docs, r->ndocs, sizeof(*r->docs), cmp_doc_id);
	for (size_t i = 0; i < r->ndocs; i++) {
		const struct document *x = &r->docs[i];
		BASE(k, "documents", i);
		if (ids_dup && x->id == ids_dup) {
			free(ids);
			return bad(k, "id", _("%ld: used twice"), x->id);
		}
		if (x->superseded_by == 0)
			continue;
		const struct document *s = bsearch(&x->superseded_by, r->docs,
		    r->ndocs, sizeof(*r->docs), cmp_doc_id);
		if (s == NULL || x->superseded_by == x->id ||
		    s->delegation_id != x->delegation_id) {
			free(ids);
			return bad(k, "superseded_by", _("%ld: not another document "
			    "of delegation %ld"), x->superseded_by,
			    x->delegation_id);
		}
	}
	free(ids);
	return ST_OK;
}

static const char *const review_keys[] = { "id", "delegation_id",
	"reviewed_on", "reviewer", "method", "result", "notes", "evidence",
	"checklist", "created_at", "answers", NULL };
static const char *const answer_keys[] = { "item", "answer", "note", NULL };
static const char *const methods[] = { "questionnaire", "onsite",
	"audit-report", "certification", NULL };
static const char *const results[] = { "pass", "conditional", "fail", NULL };
static const char *const answers[] = { "ok", "ng", "na", NULL };

static int
answers_from_json(struct chk *k, const json_t *o, struct review *x)
{
	const json_t *a = json_object_get(o, "answers"), *c;
	char base[128];

	if (a == NULL)
		return bad(k, "answers", _("missing"));
	if (!json_is_array(a))
		return bad(k, "answers", _("not an array"));
	if ((x->answers = calloc(json_array_size(a) + 1,
	    sizeof(*x->answers))) == NULL)
		return nomem(k);
	memcpy(base, k->base, sizeof(base));
	for (size_t i = 0; i < json_array_size(a); i++) {
		struct review_answer *y = &x->answers[i];
		c = json_array_get(a, i);
		snprintf(k->base, sizeof(k->base), "%.96s.answers[%zu]", base, i);
		x->nanswers = i + 1;
		if (keys_only(k, c, answer_keys) != ST_OK ||
		    get_str(k, c, "item", false, &y->item) != ST_OK ||
		    get_enum(k, c, "answer", answers, &y->answer) != ST_OK ||
		    get_str(k, c, "note", false, &y->note) != ST_OK)
			return k->e->status;
		for (size_t q = 0; q < i; q++)
			if (strcmp(x->answers[q].item, y->item) == 0)
				return bad(k, "item", _("%s: answered twice"), y->item);
	}
	memcpy(k->base, base, sizeof(base));
	return ST_OK;
}

static int
reviews_from_json(struct chk *k, const json_t *j, struct register_data *r,
    const long *dels)
{
	const json_t *a, *o;
	size_t n;

	if ((a = section(k, j, "reviews", &n)) == NULL)
		return k->e->status;
	if ((r->reviews = calloc(n ? n : 1, sizeof(*r->reviews))) == NULL)
		return nomem(k);
	for (size_t i = 0; i < n; i++) {
		struct review *x = &r->reviews[i];
		o = json_array_get(a, i);
		BASE(k, "reviews", i);
		r->nreviews = i + 1;
		if (keys_only(k, o, review_keys) != ST_OK ||
		    get_int(k, o, "id", false, 1, LONG_MAX, &x->id, 0) != ST_OK ||
		    get_int(k, o, "delegation_id", false, 1, LONG_MAX,
		    &x->delegation_id, 0) != ST_OK ||
		    get_date(k, o, "reviewed_on", false, &x->reviewed_on) != ST_OK ||
		    get_str(k, o, "reviewer", false, &x->reviewer) != ST_OK ||
		    get_enum(k, o, "method", methods, &x->method) != ST_OK ||
		    get_enum(k, o, "result", results, &x->result) != ST_OK ||
		    get_str(k, o, "notes", false, &x->notes) != ST_OK ||
		    get_str(k, o, "evidence", false, &x->evidence) != ST_OK ||
		    get_str(k, o, "checklist", true, &x->checklist) != ST_OK ||
		    get_stamp(k, o, "created_at", &x->created_at) != ST_OK ||
		    answers_from_json(k, o, x) != ST_OK)
			return k->e->status;
		if (!has_id(dels, r->ndels, x->delegation_id))
			return bad(k, "delegation_id", _("%ld: no such delegation"),
			    x->delegation_id);
	}
	return ST_OK;
}

static const char *const cert_keys[] = { "id", "org_id", "kind", "ident",
	"issued_on", "expires_on", "notes", "created_at", NULL };
static const char *const cert_kinds[] = { "isms", "pmark", "soc2", "other",
	NULL };

static int
certs_from_json(struct chk *k, const json_t *j, struct register_data *r,
    const long *orgs)
{
	const json_t *a, *o;
	size_t n;

	if ((a = section(k, j, "certifications", &n)) == NULL)
		return k->e->status;
	if ((r->certs = calloc(n ? n : 1, sizeof(*r->certs))) == NULL)
		return nomem(k);
	for (size_t i = 0; i < n; i++) {
		struct cert *x = &r->certs[i];
		o = json_array_get(a, i);
		BASE(k, "certifications", i);
		r->ncerts = i + 1;
		if (keys_only(k, o, cert_keys) != ST_OK ||
		    get_int(k, o, "id", false, 1, LONG_MAX, &x->id, 0) != ST_OK ||
		    get_int(k, o, "org_id", false, 1, LONG_MAX, &x->org_id,
		    0) != ST_OK ||
		    get_enum(k, o, "kind", cert_kinds, &x->kind) != ST_OK ||
		    get_str(k, o, "ident", false, &x->ident) != ST_OK ||
		    get_date(k, o, "issued_on", true, &x->issued_on) != ST_OK ||
		    get_date(k, o, "expires_on", false, &x->expires_on) != ST_OK ||
		    get_str(k, o, "notes", false, &x->notes) != ST_OK ||
		    get_stamp(k, o, "created_at", &x->created_at) != ST_OK)
			return k->e->status;
		if (!has_id(orgs, r->norgs, x->org_id))
			return bad(k, "org_id", _("%ld: no such organisation"),
			    x->org_id);
	}
	return ST_OK;
}

static const char *const incident_keys[] = { "id", "delegation_id",
	"discovered_on", "occurred_on", "what", "people", "sensitive",
	"financial", "unlawful", "over_1000", "notice_days", "notes",
	"closed_on", "close_reason", "created_at", "steps", NULL };
static const char *const step_keys[] = { "step", "done_on", "notes",
	"created_at", NULL };
/* As the incident_step table's CHECK has them. */
static const char *const steps[] = { "notice", "fact", "scope", "prevention",
	"notify", "report-quick", "report-final", "publish", NULL };

static int
steps_from_json(struct chk *k, const json_t *o, struct incident *x)
{
	const json_t *a = json_object_get(o, "steps"), *c;
	char base[128];

	if (a == NULL)
		return bad(k, "steps", _("missing"));
	if (!json_is_array(a))
		return bad(k, "steps", _("not an array"));
	if ((x->done = calloc(json_array_size(a) + 1, sizeof(*x->done))) == NULL)
		return nomem(k);
	memcpy(base, k->base, sizeof(base));
	for (size_t i = 0; i < json_array_size(a); i++) {
		struct incident_done *y = &x->done[i];
		c = json_array_get(a, i);
		snprintf(k->base, sizeof(k->base), "%.96s.steps[%zu]", base, i);
		x->ndone = i + 1;
		if (keys_only(k, c, step_keys) != ST_OK ||
		    get_enum(k, c, "step", steps, &y->step) != ST_OK ||
		    get_date(k, c, "done_on", false, &y->done_on) != ST_OK ||
		    get_str(k, c, "notes", false, &y->notes) != ST_OK ||
		    get_stamp(k, c, "created_at", &y->created_at) != ST_OK)
			return k->e->status;
		for (size_t q = 0; q < i; q++)
			if (strcmp(x->done[q].step, y->step) == 0)
				return bad(k, "step", _("%s: recorded twice"), y->step);
	}
	memcpy(k->base, base, sizeof(base));
	return ST_OK;
}

static int
incidents_from_json(struct chk *k, const json_t *j, struct register_data *r,
    const long *dels)
{
	const json_t *a, *o;
	long nd;
	size_t n;

	/* Exports from before the incident module have none. */
	if (json_object_get(j, "incidents") == NULL)
		return ST_OK;
	if ((a = section(k, j, "incidents", &n)) == NULL)
		return k->e->status;
	if ((r->incidents = calloc(n ? n : 1, sizeof(*r->incidents))) == NULL)
		return nomem(k);
	for (size_t i = 0; i < n; i++) {
		struct incident *x = &r->incidents[i];
		o = json_array_get(a, i);
		BASE(k, "incidents", i);
		r->nincidents = i + 1;
		if (keys_only(k, o, incident_keys) != ST_OK ||
		    get_int(k, o, "id", false, 1, LONG_MAX, &x->id, 0) != ST_OK ||
		    get_int(k, o, "delegation_id", false, 1, LONG_MAX,
		    &x->delegation_id, 0) != ST_OK ||
		    get_date(k, o, "discovered_on", false,
		    &x->discovered_on) != ST_OK ||
		    get_date(k, o, "occurred_on", true, &x->occurred_on) != ST_OK ||
		    get_str(k, o, "what", false, &x->what) != ST_OK ||
		    get_int(k, o, "people", true, 0, LONG_MAX, &x->people,
		    -1) != ST_OK ||
		    get_bool(k, o, "sensitive", &x->sensitive) != ST_OK ||
		    get_bool(k, o, "financial", &x->financial) != ST_OK ||
		    get_bool(k, o, "unlawful", &x->unlawful) != ST_OK ||
		    get_bool(k, o, "over_1000", &x->over_1000) != ST_OK ||
		    get_int(k, o, "notice_days", false, 0, 1000, &nd, 0) != ST_OK ||
		    get_str(k, o, "notes", false, &x->notes) != ST_OK ||
		    get_date(k, o, "closed_on", true, &x->closed_on) != ST_OK ||
		    get_str(k, o, "close_reason", true, &x->close_reason) != ST_OK ||
		    get_stamp(k, o, "created_at", &x->created_at) != ST_OK ||
		    steps_from_json(k, o, x) != ST_OK)
			return k->e->status;
		x->notice_days = (int)nd;
		if (!has_id(dels, r->ndels, x->delegation_id))
			return bad(k, "delegation_id", _("%ld: no such delegation"),
			    x->delegation_id);
		for (size_t q = 0; q < i; q++)
			if (r->incidents[q].id == x->id)
				return bad(k, "id", _("%ld: used twice"), x->id);
	}
	return ST_OK;
}

static const char *const audit_keys[] = { "seq", "at", "user", "command",
	"entity", "entity_id", "action", "old_value", "new_value", "prev_hash",
	"hash", NULL };

/* The carried-over trail must verify as it stands: a broken one is refused. */
static int
audit_from_json(struct chk *k, const json_t *j, struct register_data *r)
{
	const json_t *a, *o;
	char hash[65];
	const char *prev = "";
	size_t n;

	if ((a = section(k, j, "audit", &n)) == NULL)
		return k->e->status;
	if ((r->audit = calloc(n ? n : 1, sizeof(*r->audit))) == NULL)
		return nomem(k);
	for (size_t i = 0; i < n; i++) {
		struct audit_record *x = &r->audit[i];
		o = json_array_get(a, i);
		BASE(k, "audit", i);
		r->naudit = i + 1;
		if (keys_only(k, o, audit_keys) != ST_OK ||
		    get_int(k, o, "seq", false, 1, LONG_MAX, &x->seq, 0) != ST_OK ||
		    get_stamp(k, o, "at", &x->at) != ST_OK ||
		    get_str(k, o, "user", false, &x->user) != ST_OK ||
		    get_str(k, o, "command", false, &x->command) != ST_OK ||
		    get_str(k, o, "entity", false, &x->entity) != ST_OK ||
		    get_int(k, o, "entity_id", true, LONG_MIN, LONG_MAX,
		    &x->entity_id, 0) != ST_OK ||
		    get_str(k, o, "action", false, &x->action) != ST_OK ||
		    get_str(k, o, "old_value", true, &x->old_value) != ST_OK ||
		    get_str(k, o, "new_value", true, &x->new_value) != ST_OK ||
		    get_str(k, o, "prev_hash", false, &x->prev_hash) != ST_OK ||
		    get_str(k, o, "hash", false, &x->hash) != ST_OK)
			return k->e->status;
		if (x->seq != (long)i + 1)
			return bad(k, "seq", _("%ld: expected %zu (records were "
			    "removed or reordered)"), x->seq, i + 1);
		if (strcmp(x->prev_hash, prev) != 0)
			return bad(k, "prev_hash", _("does not follow the record "
			    "before it"));
		audit_hash(x, hash);
		if (strcmp(hash, x->hash) != 0)
			return bad(k, "hash", _("does not match the record: it was "
			    "changed after it was written"));
		prev = x->hash;
	}
	return ST_OK;
}

int
register_from_json(const json_t *j, struct register_data *r, struct error *e)
{
	static const char *const top_keys[] = { "format", "version",
		"exported_at", "organisations", "delegations", "documents",
		"reviews", "certifications", "incidents", "audit", NULL };
	struct chk k = { e, "" };
	long *orgs = NULL, *dels = NULL, dup, version;
	char *s = NULL;
	int rc;

	memset(r, 0, sizeof(*r));
	if (keys_only(&k, j, top_keys) != ST_OK)
		return e->status;
	if (get_str(&k, j, "format", false, &s) != ST_OK)
		return e->status;
	rc = strcmp(s, REGISTER_FORMAT);
	free(s);
	if (rc != 0)
		return bad(&k, "format", _("not an itaku register export"));
	if (get_int(&k, j, "version", false, 1, LONG_MAX, &version, 0) != ST_OK)
		return e->status;
	if (version != REGISTER_VERSION)
		return bad(&k, "version", _("%ld: this itaku reads version %d"),
		    version, REGISTER_VERSION);
	if (get_stamp(&k, j, "exported_at", &s) != ST_OK)
		return e->status;
	free(s);
	if (orgs_from_json(&k, j, r) != ST_OK)
		goto fail;
	if ((orgs = sorted_ids(r->orgs, r->norgs, sizeof(*r->orgs),
	    offsetof(struct org, id), &dup)) == NULL) {
		nomem(&k);
		goto fail;
	}
	if (dup) {
		snprintf(k.base, sizeof(k.base), "organisations");
		bad(&k, NULL, _("id %ld used twice"), dup);
		goto fail;
	}
	if (dels_from_json(&k, j, r, orgs) != ST_OK)
		goto fail;
	if ((dels = sorted_ids(r->dels, r->ndels, sizeof(*r->dels),
	    offsetof(struct delegation, id), &dup)) == NULL) {
		nomem(&k);
		goto fail;
	}
	if (dup) {
		snprintf(k.base, sizeof(k.base), "delegations");
		bad(&k, NULL, _("id %ld used twice"), dup);
		goto fail;
	}
	if (check_acyclic(&k, r, orgs) != ST_OK ||
	    docs_from_json(&k, j, r, dels) != ST_OK ||
	    reviews_from_json(&k, j, r, dels) != ST_OK ||
	    certs_from_json(&k, j, r, orgs) != ST_OK ||
	    incidents_from_json(&k, j, r, dels) != ST_OK ||
	    audit_from_json(&k, j, r) != ST_OK)
		goto fail;
	/* Review and certification IDs: the database refuses duplicates too,
	 * but with no path to the field. */
	free(orgs);
	orgs = sorted_ids(r->reviews, r->nreviews, sizeof(*r->reviews),
	    offsetof(struct review, id), &dup);
	if (orgs == NULL) {
		nomem(&k);
		goto fail;
	}
	if (dup) {
		snprintf(k.base, sizeof(k.base), "reviews");
		bad(&k, NULL, _("id %ld used twice"), dup);
		goto fail;
	}
	free(orgs);
	orgs = sorted_ids(r->certs, r->ncerts, sizeof(*r->certs),
	    offsetof(struct cert, id), &dup);
	if (orgs == NULL) {
		nomem(&k);
		goto fail;
	}
	if (dup) {
		snprintf(k.base, sizeof(k.base), "certifications");
		bad(&k, NULL, _("id %ld used twice"), dup);
		goto fail;
	}
	free(orgs);
	free(dels);
	return ST_OK;
fail:
	free(orgs);
	free(dels);
	register_data_free(r);
	return e->status;
}

/* The whole file, refused beyond the size cap before it is read. */
static int
read_capped(const char *path, char **buf, size_t *len, uint8_t sha[32],
    struct error *e)
{
	struct sha256_ctx ctx;
	struct stat st;
	ssize_t n;
	size_t got = 0;
	int fd;

	*buf = NULL;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return error_set(e, ST_FILE, "%s", strerror(errno));
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode)) {
		close(fd);
		return error_set(e, ST_FILE, _("not a regular file"));
	}
	if (st.st_size > REGISTER_MAX_SIZE) {
		close(fd);
		return error_set(e, ST_FILE, _("larger than %ld MiB"),
		    REGISTER_MAX_SIZE / (1024 * 1024));
	}
	if ((*buf = malloc((size_t)st.st_size + 1)) == NULL) {
		close(fd);
		return error_set(e, ST_INTERNAL, _("out of memory"));
	}
	while (got < (size_t)st.st_size &&
	    (n = read(fd, *buf + got, (size_t)st.st_size - got)) > 0)
		got += (size_t)n;
	close(fd);
	if (got != (size_t)st.st_size) {
		free(*buf);
		*buf = NULL;
		return error_set(e, ST_FILE, _("short read"));
	}
	*len = got;
	sha256_init(&ctx);
	sha256_update(&ctx, got, (const uint8_t *)*buf);
	sha256_digest(&ctx, 32, sha);
	return ST_OK;
}

int
register_import(struct store *s, const char *path, struct register_import *sum,
    struct error *e)
{
	struct register_data r = { 0 };
	json_error_t jerr;
	json_t *j = NULL, *note = NULL;
	uint8_t sha[32];
	char hex[65];
	const char *base;
	char *buf = NULL;
	size_t len = 0;
	bool empty;
	int rc;

	memset(sum, 0, sizeof(*sum));
	if (read_capped(path, &buf, &len, sha, e) != ST_OK)
		goto fail;
	/* jansson refuses invalid UTF-8 and \u0000 unless told otherwise. */
	j = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &jerr);
	free(buf);
	if (j == NULL) {
		error_set(e, ST_DATA, _("line %d, column %d: %s%s"), jerr.line,
		    jerr.column, jerr.text,
		    json_error_code(&jerr) == json_error_invalid_utf8 ?
		    _(" (not UTF-8)") : "");
		goto fail;
	}
	if (register_from_json(j, &r, e) != ST_OK)
		goto fail;
	if (store_begin(s, e) != ST_OK)
		goto fail;
	if (store_register_empty(s, &empty, e) != ST_OK)
		goto fail;
	if (!empty) {
		error_set(e, ST_DATA, _("the database already holds a register; "
		    "import into a new one (--db NEW.db)"));
		goto fail;
	}
	for (size_t i = 0; i < 32; i++)
		snprintf(hex + 2 * i, 3, "%02x", sha[i]);
	base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	note = json_pack("{s:s, s:s, s:O, s:I, s:I, s:I, s:I, s:I, s:I, s:I}",
	    "file", base, "sha256", hex,
	    "exported_at", json_object_get(j, "exported_at"),
	    "organisations", (json_int_t)r.norgs,
	    "delegations", (json_int_t)r.ndels,
	    "documents", (json_int_t)r.ndocs, "reviews", (json_int_t)r.nreviews,
	    "certifications", (json_int_t)r.ncerts,
	    "incidents", (json_int_t)r.nincidents,
	    "audit_records", (json_int_t)r.naudit);
	if (note == NULL) {
		error_set(e, ST_INTERNAL, _("out of memory"));
		goto fail;
	}
	/* One record for the whole import, chained onto the carried-over trail. */
	if (store_register_write(s, &r, e) != ST_OK ||
	    audit_append(s, "register", 0, "import", NULL, note, e) != ST_OK ||
	    store_commit(s, e) != ST_OK)
		goto fail;
	sum->orgs = r.norgs;
	sum->dels = r.ndels;
	sum->docs = r.ndocs;
	sum->reviews = r.nreviews;
	sum->certs = r.ncerts;
	sum->incidents = r.nincidents;
	sum->audit = r.naudit;
	rc = ST_OK;
	goto done;
fail:
	store_rollback(s);
	error_prefix(e, "%s", path);
	rc = e->status;
done:
	json_decref(note);
	json_decref(j);
	register_data_free(&r);
	return rc;
}
