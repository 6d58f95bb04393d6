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

/*
 * Each kind of record is described once, by a table of its fields in the
 * order of the export; the same table writes the record and reads it back.
 */
enum ftype {
	F_KEY,		/* a key the caller reads and writes itself */
	F_STR,
	F_DATE,		/* YYYY-MM-DD */
	F_STAMP,	/* YYYY-MM-DDTHH:MM:SSZ */
	F_ENUM,		/* one of allowed */
	F_RAW,		/* a JSON value of type want, held as its compact text */
	F_INT,		/* a long or an int from min to max; none stands for null */
	F_BOOL,
	F_LIST		/* an array of records, with its count at count */
};

struct chk;
struct refs;

struct field {
	const char *key;
	enum ftype type;
	bool nullable;
	size_t off, size;		/* the member */
	long min, max, none;		/* F_INT */
	const char *const *allowed;	/* F_ENUM */
	json_type want;			/* F_RAW */
	size_t count;			/* F_LIST: the size_t member */
	const struct list *list;	/* F_LIST */
};

/* An array of records: their fields, then check() or twice on each. */
struct list {
	const struct field *fields;
	size_t size;
	int (*check)(struct chk *, const void *recs, size_t i,
	    const struct refs *);
	const char *twice;	/* msgid: the first field's value seen again */
};

#define AT(T, m)	.off = offsetof(T, m), .size = sizeof(((T *)0)->m)
#define FSTR(T, m, nul)	{ .key = #m, .type = F_STR, .nullable = nul, AT(T, m) }
#define FDATE(T, m, nul) { .key = #m, .type = F_DATE, .nullable = nul, AT(T, m) }
#define FSTAMP(T, m)	{ .key = #m, .type = F_STAMP, AT(T, m) }
#define FENUM(T, m, v)	{ .key = #m, .type = F_ENUM, .allowed = v, AT(T, m) }
#define FRAW(T, m, nul, jt) { .key = #m, .type = F_RAW, .nullable = nul, \
	.want = jt, AT(T, m) }
#define FINT(T, m, nul, lo, hi, no) { .key = #m, .type = F_INT, \
	.nullable = nul, .min = lo, .max = hi, .none = no, AT(T, m) }
#define FID(T, m)	FINT(T, m, false, 1, LONG_MAX, 0)
#define FBOOL(T, m)	{ .key = #m, .type = F_BOOL, AT(T, m) }
#define FLIST(T, k, m, n, l) { .key = k, .type = F_LIST, .list = l, \
	.count = offsetof(T, n), AT(T, m) }
#define FEND		{ .key = NULL }

/* The member of rec that f describes. */
#define MEMBER(type, rec, f)	((type *)((rec) + (f)->off))

static int
push_fields(json_t *, const struct field *, const char *);

static json_t *
record_to_json(const struct field *f, const char *rec)
{
	json_t *j;

	if ((j = json_object()) != NULL && push_fields(j, f, rec) == -1) {
		json_decref(j);
		return NULL;
	}
	return j;
}

static json_t *
field_to_json(const struct field *f, const char *rec)
{
	const char *s, *v;
	json_t *a;
	long n;

	switch (f->type) {
	case F_INT:
		n = f->size == sizeof(int) ? *MEMBER(const int, rec, f) :
		    *MEMBER(const long, rec, f);
		return f->nullable && (n == f->none || n < f->min) ?
		    json_null() : json_integer(n);
	case F_BOOL:
		return json_boolean(*MEMBER(const bool, rec, f));
	case F_LIST:
		if ((a = json_array()) == NULL)
			return NULL;
		memcpy(&v, rec + f->off, sizeof(v));
		for (size_t i = 0; i < *(const size_t *)(rec + f->count); i++)
			if (push(a, record_to_json(f->list->fields,
			    v + i * f->list->size)) == -1) {
				json_decref(a);
				return NULL;
			}
		return a;
	case F_RAW:
		return jraw(*MEMBER(char *const, rec, f));
	default:
		s = *MEMBER(char *const, rec, f);
		/* A NULL where null is not allowed fails, as json_string(NULL). */
		return f->nullable ? jstr(s) : json_string(s);
	}
}

/* Add the fields of rec to j; -1 when memory ran out. */
static int
push_fields(json_t *j, const struct field *f, const char *rec)
{
	json_t *v;

	for (; f->key != NULL; f++) {
		if (f->type == F_KEY)
			continue;
		if ((v = field_to_json(f, rec)) == NULL ||
		    json_object_set_new(j, f->key, v) == -1)
			return -1;
	}
	return 0;
}

/*
 * Import: a checker walks the document with a path ("delegations[3]")
 * and stops at the first bad field.
 */
struct chk {
	struct error *e;
	char base[128];		/* "delegations[3]" */
};

/* What the checks of a record refer to: the sorted IDs read so far. */
struct refs {
	const struct register_data *r;
	long *orgs, *dels;
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
keys_only(struct chk *k, const json_t *o, const struct field *f)
{
	const char *key;
	json_t *v;

	if (!json_is_object(o))
		return bad(k, NULL, _("not an object"));
	json_object_foreach((json_t *)o, key, v) {
		size_t i;
		for (i = 0; f[i].key != NULL; i++)
			if (strcmp(f[i].key, key) == 0)
				break;
		if (f[i].key == NULL)
			return bad(k, key, _("unknown field"));
	}
	return ST_OK;
}

/* The value at key; ST_OK with *v NULL when it is null or absent and may be. */
static int
get_value(struct chk *k, const json_t *o, const char *key, bool nullable,
    json_t **v)
{
	*v = json_object_get(o, key);
	if (*v == NULL || json_is_null(*v)) {
		if (!nullable)
			return bad(k, key, *v ? _("must not be null") :
			    _("missing"));
		*v = NULL;
	}
	return ST_OK;
}

/* A string field; nullable ones may be null or absent (out NULL). */
static int
get_str(struct chk *k, const json_t *o, const char *key, bool nullable,
    char **out)
{
	json_t *v;

	*out = NULL;
	if (get_value(k, o, key, nullable, &v) != ST_OK)
		return k->e->status;
	if (v == NULL)
		return ST_OK;
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
	json_t *v;
	json_int_t n;

	*out = null_value;
	if (get_value(k, o, key, nullable, &v) != ST_OK)
		return k->e->status;
	if (v == NULL)
		return ST_OK;
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
	json_t *v;

	*out = NULL;
	if (get_value(k, o, key, nullable, &v) != ST_OK)
		return k->e->status;
	if (v == NULL)
		return ST_OK;
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

static int
get_list(struct chk *, const json_t *, const struct field *, char *,
    const struct refs *, bool);

/* The fields f of the object o into rec, in order; only f's keys. */
static int
get_fields(struct chk *k, const json_t *o, const struct field *f, char *rec)
{
	long n;
	int rc;

	if (keys_only(k, o, f) != ST_OK)
		return k->e->status;
	for (rc = ST_OK; f->key != NULL && rc == ST_OK; f++)
		switch (f->type) {
		case F_KEY:
			break;
		case F_STR:
			rc = get_str(k, o, f->key, f->nullable,
			    MEMBER(char *, rec, f));
			break;
		case F_DATE:
			rc = get_date(k, o, f->key, f->nullable,
			    MEMBER(char *, rec, f));
			break;
		case F_STAMP:
			rc = get_stamp(k, o, f->key, MEMBER(char *, rec, f));
			break;
		case F_ENUM:
			rc = get_enum(k, o, f->key, f->allowed,
			    MEMBER(char *, rec, f));
			break;
		case F_RAW:
			rc = get_raw(k, o, f->key, f->nullable, f->want,
			    MEMBER(char *, rec, f));
			break;
		case F_INT:
			rc = get_int(k, o, f->key, f->nullable, f->min, f->max,
			    &n, f->none);
			if (f->size == sizeof(int))
				*MEMBER(int, rec, f) = (int)n;
			else
				*MEMBER(long, rec, f) = n;
			break;
		case F_BOOL:
			rc = get_bool(k, o, f->key, MEMBER(bool, rec, f));
			break;
		case F_LIST:
			rc = get_list(k, o, f, rec, NULL, true);
			break;
		}
	return rc;
}

/* The records of a nested list are named by their first field, once each. */
static int
twice(struct chk *k, const struct list *l, const char *v, size_t i)
{
	const struct field *f = &l->fields[0];
	const char *s = *MEMBER(char *const, v + i * l->size, f);

	for (size_t q = 0; q < i; q++)
		if (strcmp(*MEMBER(char *const, v + q * l->size, f), s) == 0)
			return bad(k, f->key, _(l->twice), s);
	return ST_OK;
}

/*
 * The array at f->key of o into a new array in rec, record by record;
 * its count grows as it goes, so that what was read is freed with rec.
 * A nested list's records are named under the record that holds it
 * ("documents[2].clauses[0]"), a section's on their own ("documents[2]").
 */
static int
get_list(struct chk *k, const json_t *o, const struct field *f, char *rec,
    const struct refs *refs, bool nested)
{
	const struct list *l = f->list;
	const json_t *a;
	char parent[sizeof(k->base)], *v;
	size_t n;

	if ((a = section(k, o, f->key, &n)) == NULL)
		return k->e->status;
	if ((v = calloc(n ? n : 1, l->size)) == NULL)
		return nomem(k);
	memcpy(rec + f->off, &v, sizeof(v));
	memcpy(parent, k->base, sizeof(parent));
	for (size_t i = 0; i < n; i++) {
		if (nested)
			snprintf(k->base, sizeof(k->base), "%.96s.%s[%zu]",
			    parent, f->key, i);
		else
			snprintf(k->base, sizeof(k->base), "%s[%zu]", f->key, i);
		*(size_t *)(rec + f->count) = i + 1;
		if (get_fields(k, json_array_get(a, i), l->fields,
		    v + i * l->size) != ST_OK ||
		    (l->check && l->check(k, v, i, refs) != ST_OK) ||
		    (l->twice && twice(k, l, v, i) != ST_OK))
			return k->e->status;
	}
	if (nested)
		memcpy(k->base, parent, sizeof(parent));
	return ST_OK;
}

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

/* The sorted IDs of a section; NULL when one is used twice. */
static long *
unique_ids(struct chk *k, const char *sec, const void *v, size_t n,
    size_t size, size_t off)
{
	long *ids, dup;

	if ((ids = sorted_ids(v, n, size, off, &dup)) == NULL) {
		nomem(k);
		return NULL;
	}
	if (dup) {
		free(ids);
		snprintf(k->base, sizeof(k->base), "%s", sec);
		bad(k, NULL, _("id %ld used twice"), dup);
		return NULL;
	}
	return ids;
}

static int
known_org(struct chk *k, const struct refs *refs, const char *key, long id)
{
	if (!has_id(refs->orgs, refs->r->norgs, id))
		return bad(k, key, _("%ld: no such organisation"), id);
	return ST_OK;
}

static int
known_del(struct chk *k, const struct refs *refs, long id)
{
	if (!has_id(refs->dels, refs->r->ndels, id))
		return bad(k, "delegation_id", _("%ld: no such delegation"), id);
	return ST_OK;
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

static const struct field org_fields[] = {
	FID(struct org, id),
	FSTR(struct org, name, false),
	FSTR(struct org, corporate_number, true),
	FSTR(struct org, address, true),
	FSTR(struct org, country, false),
	FSTR(struct org, contact, true),
	FSTR(struct org, notes, true),
	{ .key = "root", .type = F_BOOL, AT(struct org, is_root) },
	FSTAMP(struct org, created_at),
	FEND
};

static int
org_check(struct chk *k, const void *v, size_t i, const struct refs *refs)
{
	const struct org *x = (const struct org *)v + i;

	(void)refs;
	if (*x->name == '\0')
		return bad(k, "name", _("empty"));
	if (x->corporate_number &&
	    !org_corporate_number_valid(x->corporate_number))
		return bad(k, "corporate_number", _("%s: not a valid 法人番号"),
		    x->corporate_number);
	if (!org_country_valid(x->country))
		return bad(k, "country", _("%s: not an ISO 3166 code"),
		    x->country);
	return ST_OK;
}

/* Once all organisations are read. */
static int
orgs_check(struct chk *k, const struct register_data *r)
{
	size_t roots = 0;

	for (size_t i = 0; i < r->norgs; i++)
		roots += r->orgs[i].is_root;
	if (unique(k, "organisations", r->orgs, r->norgs, sizeof(*r->orgs),
	    offsetof(struct org, name), 0, "name", "name") != ST_OK ||
	    unique(k, "organisations", r->orgs, r->norgs, sizeof(*r->orgs),
	    offsetof(struct org, corporate_number), 0, "corporate_number",
	    "number") != ST_OK)
		return k->e->status;
	snprintf(k->base, sizeof(k->base), "organisations");
	if (r->norgs > 0 && roots != 1)
		return bad(k, NULL, _("%zu organisations are marked root; a "
		    "register has exactly one entrusting business"), roots);
	return ST_OK;
}

static const char *const risks[] = { "high", "medium", "low", NULL };

static const struct field del_fields[] = {
	FID(struct delegation, id),
	FID(struct delegation, parent_id),
	FID(struct delegation, child_id),
	FSTR(struct delegation, data_items, false),
	FSTR(struct delegation, purpose, false),
	FINT(struct delegation, people, true, 0, LONG_MAX, -1),
	FBOOL(struct delegation, sensitive),
	FBOOL(struct delegation, credit_card),
	FDATE(struct delegation, start_date, true),
	FDATE(struct delegation, end_date, true),
	FDATE(struct delegation, ended_on, true),
	FENUM(struct delegation, risk, risks),
	FINT(struct delegation, review_months, true, 1, 1200, 0),
	FDATE(struct delegation, approved_on, true),
	FSTR(struct delegation, approved_by, true),
	FSTR(struct delegation, approval_ref, true),
	FSTR(struct delegation, notes, false),
	FSTAMP(struct delegation, created_at),
	FEND
};

static int
del_check(struct chk *k, const void *v, size_t i, const struct refs *refs)
{
	const struct delegation *x = (const struct delegation *)v + i;

	if (known_org(k, refs, "parent_id", x->parent_id) != ST_OK ||
	    known_org(k, refs, "child_id", x->child_id) != ST_OK)
		return k->e->status;
	if (x->parent_id == x->child_id)
		return bad(k, "child_id", _("%ld: an organisation cannot "
		    "entrust data to itself"), x->child_id);
	if (x->start_date && x->end_date &&
	    strcmp(x->end_date, x->start_date) < 0)
		return bad(k, "end_date", _("%s: before start_date %s"),
		    x->end_date, x->start_date);
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

static const struct field clause_fields[] = {
	FSTR(struct document_clause, clause, false),
	FSTR(struct document_clause, title, false),
	FBOOL(struct document_clause, present),
	FSTR(struct document_clause, article, true),
	FRAW(struct document_clause, evidence, true, JSON_ARRAY),
	FEND
};
static const struct list clause_list = { clause_fields,
	sizeof(struct document_clause), NULL,
	/* xgettext:c-format */ N_("%s: listed twice") };

static const struct field doc_fields[] = {
	FID(struct document, id),
	FID(struct document, delegation_id),
	FSTR(struct document, sha256, false),
	FSTR(struct document, filename, false),
	FSTR(struct document, format, false),
	FSTR(struct document, encoding, true),
	FINT(struct document, size, false, 0, LONG_MAX, 0),
	FSTR(struct document, ruleset, false),
	FSTR(struct document, ruleset_version, false),
	FINT(struct document, present, false, 0, 10000, 0),
	FINT(struct document, missing, false, 0, 10000, 0),
	FRAW(struct document, result, false, JSON_OBJECT),
	FSTAMP(struct document, imported_at),
	FINT(struct document, superseded_by, true, 1, LONG_MAX, 0),
	FSTR(struct document, text, false),
	FLIST(struct document, "clauses", clauses, nclauses, &clause_list),
	FEND
};

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
doc_check(struct chk *k, const void *v, size_t i, const struct refs *refs)
{
	const struct document *x = (const struct document *)v + i;

	if (known_del(k, refs, x->delegation_id) != ST_OK)
		return k->e->status;
	if (!hex64(x->sha256))
		return bad(k, "sha256", _("%s: not 64 lowercase hex digits"),
		    x->sha256);
	return ST_OK;
}

/* Once all documents are read: they end up sorted by id. */
static int
docs_check(struct chk *k, struct register_data *r)
{
	long *ids, ids_dup;

	if (unique(k, "documents", r->docs, r->ndocs, sizeof(*r->docs),
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
		snprintf(k->base, sizeof(k->base), "documents[%zu]", i);
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

static const char *const answers[] = { "ok", "ng", "na", NULL };
static const struct field answer_fields[] = {
	FSTR(struct review_answer, item, false),
	FENUM(struct review_answer, answer, answers),
	FSTR(struct review_answer, note, false),
	FEND
};
static const struct list answer_list = { answer_fields,
	sizeof(struct review_answer), NULL,
	/* xgettext:c-format */ N_("%s: answered twice") };

static const char *const methods[] = { "questionnaire", "onsite",
	"audit-report", "certification", NULL };
static const char *const results[] = { "pass", "conditional", "fail", NULL };

static const struct field review_fields[] = {
	FID(struct review, id),
	FID(struct review, delegation_id),
	FDATE(struct review, reviewed_on, false),
	FSTR(struct review, reviewer, false),
	FENUM(struct review, method, methods),
	FENUM(struct review, result, results),
	FSTR(struct review, notes, false),
	FSTR(struct review, evidence, false),
	FSTR(struct review, checklist, true),
	FSTAMP(struct review, created_at),
	FLIST(struct review, "answers", answers, nanswers, &answer_list),
	FEND
};

static int
review_check(struct chk *k, const void *v, size_t i, const struct refs *refs)
{
	return known_del(k, refs, ((const struct review *)v)[i].delegation_id);
}

static const char *const cert_kinds[] = { "isms", "pmark", "soc2", "other",
	NULL };

static const struct field cert_fields[] = {
	FID(struct cert, id),
	FID(struct cert, org_id),
	FENUM(struct cert, kind, cert_kinds),
	FSTR(struct cert, ident, false),
	FDATE(struct cert, issued_on, true),
	FDATE(struct cert, expires_on, false),
	FSTR(struct cert, notes, false),
	FSTAMP(struct cert, created_at),
	FEND
};

static int
cert_check(struct chk *k, const void *v, size_t i, const struct refs *refs)
{
	return known_org(k, refs, "org_id", ((const struct cert *)v)[i].org_id);
}

/* As the incident_step table's CHECK has them. */
static const char *const steps[] = { "notice", "fact", "scope", "prevention",
	"notify", "report-quick", "report-final", "publish", NULL };
static const struct field step_fields[] = {
	FENUM(struct incident_done, step, steps),
	FDATE(struct incident_done, done_on, false),
	FSTR(struct incident_done, notes, false),
	FSTAMP(struct incident_done, created_at),
	FEND
};
static const struct list step_list = { step_fields,
	sizeof(struct incident_done), NULL,
	/* xgettext:c-format */ N_("%s: recorded twice") };

static const struct field incident_fields[] = {
	FID(struct incident, id),
	FID(struct incident, delegation_id),
	FDATE(struct incident, discovered_on, false),
	FDATE(struct incident, occurred_on, true),
	FSTR(struct incident, what, false),
	FINT(struct incident, people, true, 0, LONG_MAX, -1),
	FBOOL(struct incident, sensitive),
	FBOOL(struct incident, financial),
	FBOOL(struct incident, unlawful),
	FBOOL(struct incident, over_1000),
	FINT(struct incident, notice_days, false, 0, 1000, 0),
	FSTR(struct incident, notes, false),
	FDATE(struct incident, closed_on, true),
	FSTR(struct incident, close_reason, true),
	FSTAMP(struct incident, created_at),
	FLIST(struct incident, "steps", done, ndone, &step_list),
	FEND
};

static int
incident_check(struct chk *k, const void *v, size_t i,
    const struct refs *refs)
{
	const struct incident *in = v, *x = &in[i];

	if (known_del(k, refs, x->delegation_id) != ST_OK)
		return k->e->status;
	for (size_t q = 0; q < i; q++)
		if (in[q].id == x->id)
			return bad(k, "id", _("%ld: used twice"), x->id);
	return ST_OK;
}

static const struct field audit_fields[] = {
	FINT(struct audit_record, seq, false, 1, LONG_MAX, 0),
	FSTAMP(struct audit_record, at),
	FSTR(struct audit_record, user, false),
	FSTR(struct audit_record, command, false),
	FSTR(struct audit_record, entity, false),
	FINT(struct audit_record, entity_id, true, LONG_MIN, LONG_MAX, 0),
	FSTR(struct audit_record, action, false),
	FSTR(struct audit_record, old_value, true),
	FSTR(struct audit_record, new_value, true),
	FSTR(struct audit_record, prev_hash, false),
	FSTR(struct audit_record, hash, false),
	FEND
};

/* The carried-over trail must verify as it stands: a broken one is refused. */
static int
audit_check(struct chk *k, const void *v, size_t i, const struct refs *refs)
{
	const struct audit_record *x = (const struct audit_record *)v + i;
	char hash[65];

	(void)refs;
	if (x->seq != (long)i + 1)
		return bad(k, "seq", _("%ld: expected %zu (records were "
		    "removed or reordered)"), x->seq, i + 1);
	if (strcmp(x->prev_hash, i ? x[-1].hash : "") != 0)
		return bad(k, "prev_hash", _("does not follow the record "
		    "before it"));
	audit_hash(x, hash);
	if (strcmp(hash, x->hash) != 0)
		return bad(k, "hash", _("does not match the record: it was "
		    "changed after it was written"));
	return ST_OK;
}

static const struct list org_list = { org_fields, sizeof(struct org),
	org_check, NULL };
static const struct list del_list = { del_fields, sizeof(struct delegation),
	del_check, NULL };
static const struct list doc_list = { doc_fields, sizeof(struct document),
	doc_check, NULL };
static const struct list review_list = { review_fields,
	sizeof(struct review), review_check, NULL };
static const struct list cert_list = { cert_fields, sizeof(struct cert),
	cert_check, NULL };
static const struct list incident_list = { incident_fields,
	sizeof(struct incident), incident_check, NULL };
static const struct list audit_list = { audit_fields,
	sizeof(struct audit_record), audit_check, NULL };

/* The whole document. */
enum { T_FORMAT, T_VERSION, T_EXPORTED_AT, T_ORGS, T_DELS, T_DOCS, T_REVIEWS,
	T_CERTS, T_INCIDENTS, T_AUDIT };
#define R struct register_data
static const struct field top_fields[] = {
	[T_FORMAT] = { .key = "format", .type = F_KEY },
	[T_VERSION] = { .key = "version", .type = F_KEY },
	[T_EXPORTED_AT] = { .key = "exported_at", .type = F_KEY },
	[T_ORGS] = FLIST(R, "organisations", orgs, norgs, &org_list),
	[T_DELS] = FLIST(R, "delegations", dels, ndels, &del_list),
	[T_DOCS] = FLIST(R, "documents", docs, ndocs, &doc_list),
	[T_REVIEWS] = FLIST(R, "reviews", reviews, nreviews, &review_list),
	[T_CERTS] = FLIST(R, "certifications", certs, ncerts, &cert_list),
	[T_INCIDENTS] = FLIST(R, "incidents", incidents, nincidents,
	    &incident_list),
	[T_AUDIT] = FLIST(R, "audit", audit, naudit, &audit_list),
	FEND
};
#undef R

json_t *
register_to_json(const struct register_data *r, const char *exported_at)
{
	json_t *j;

	j = json_pack("{s:s, s:i, s:s}", "format", REGISTER_FORMAT,
	    "version", REGISTER_VERSION, "exported_at", exported_at);
	if (j != NULL && push_fields(j, top_fields, (const char *)r) == -1) {
		json_decref(j);
		return NULL;
	}
	return j;
}

static int
get_section(struct chk *k, const json_t *j, int sec, struct register_data *r,
    const struct refs *refs)
{
	return get_list(k, j, &top_fields[sec], (char *)r, refs, false);
}

int
register_from_json(const json_t *j, struct register_data *r, struct error *e)
{
	struct chk k = { e, "" };
	struct refs refs = { r, NULL, NULL };
	long *ids = NULL, version;
	char *s = NULL;
	int rc;

	memset(r, 0, sizeof(*r));
	if (keys_only(&k, j, top_fields) != ST_OK)
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
	rc = get_stamp(&k, j, "exported_at", &s);
	free(s);
	if (rc != ST_OK)
		return e->status;
	if (get_section(&k, j, T_ORGS, r, &refs) != ST_OK ||
	    orgs_check(&k, r) != ST_OK ||
	    (refs.orgs = unique_ids(&k, "organisations", r->orgs, r->norgs,
	    sizeof(*r->orgs), offsetof(struct org, id))) == NULL ||
	    get_section(&k, j, T_DELS, r, &refs) != ST_OK ||
	    (refs.dels = unique_ids(&k, "delegations", r->dels, r->ndels,
	    sizeof(*r->dels), offsetof(struct delegation, id))) == NULL ||
	    check_acyclic(&k, r, refs.orgs) != ST_OK ||
	    get_section(&k, j, T_DOCS, r, &refs) != ST_OK ||
	    docs_check(&k, r) != ST_OK ||
	    get_section(&k, j, T_REVIEWS, r, &refs) != ST_OK ||
	    get_section(&k, j, T_CERTS, r, &refs) != ST_OK ||
	    /* Exports from before the incident module have none. */
	    (json_object_get(j, "incidents") != NULL &&
	    get_section(&k, j, T_INCIDENTS, r, &refs) != ST_OK) ||
	    get_section(&k, j, T_AUDIT, r, &refs) != ST_OK)
		goto fail;
	/* Review and certification IDs: the database refuses duplicates too,
	 * but with no path to the field. */
	if ((ids = unique_ids(&k, "reviews", r->reviews, r->nreviews,
	    sizeof(*r->reviews), offsetof(struct review, id))) == NULL)
		goto fail;
	free(ids);
	if ((ids = unique_ids(&k, "certifications", r->certs, r->ncerts,
	    sizeof(*r->certs), offsetof(struct cert, id))) == NULL)
		goto fail;
	free(ids);
	free(refs.orgs);
	free(refs.dels);
	return ST_OK;
fail:
	free(refs.orgs);
	free(refs.dels);
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
