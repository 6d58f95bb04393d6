/*
 * SQL for moving the whole register: one query per table to read it, and
 * prepared inserts that keep every ID and timestamp to write it back.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_int.h"
#include "store_register.h"
#include "strbuf.h"

void
register_data_free(struct register_data *r)
{
	org_list_free(r->orgs, r->norgs);
	delegation_list_free(r->dels, r->ndels);
	document_list_free(r->docs, r->ndocs);
	review_list_free(r->reviews, r->nreviews);
	cert_list_free(r->certs, r->ncerts);
	incident_list_free(r->incidents, r->nincidents);
	for (size_t i = 0; i < r->naudit; i++)
		audit_record_free(&r->audit[i]);
	free(r->audit);
	memset(r, 0, sizeof(*r));
}

static void
doc_release(void *p)
{
	document_free(p);
}

/* Attach clause rows (ordered by document id, then rowid) to docs by id. */
static int
attach_clauses(struct store *s, sqlite3_stmt *st, struct document *docs,
    size_t ndocs, struct error *e)
{
	struct document_clause *c, *nv;
	size_t k = 0;
	long id;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		while (k < ndocs && docs[k].id < id)
			k++;
		if (k == ndocs || docs[k].id != id)
			continue;
		nv = realloc(docs[k].clauses, (docs[k].nclauses + 1) * sizeof(*nv));
		if (nv == NULL)
			goto oom;
		docs[k].clauses = nv;
		c = &nv[docs[k].nclauses++];
		c->clause = st_col_text0(st, 1);
		c->title = st_col_text0(st, 2);
		c->present = sqlite3_column_int(st, 3) != 0;
		c->article = st_col_text(st, 4);
		c->evidence = st_col_text(st, 5);
		if (!c->clause || !c->title ||
		    (sqlite3_column_type(st, 4) != SQLITE_NULL && !c->article) ||
		    (sqlite3_column_type(st, 5) != SQLITE_NULL && !c->evidence))
			goto oom;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_fail(s, rc, "document clauses", e);
	return ST_OK;
oom:
	sqlite3_finalize(st);
	return error_set(e, ST_INTERNAL, _("out of memory"));
}

static int
read_documents(struct store *s, struct register_data *r, struct error *e)
{
	sqlite3_stmt *st;

	st = st_prepare(s, "SELECT " DOCUMENT_COLUMNS ", text, result "
	    "FROM document ORDER BY id", e);
	if (st == NULL)
		return e->status;
	if (st_collect(s, st, sizeof(*r->docs), st_document_read, doc_release,
	    (void **)&r->docs, &r->ndocs, "documents", e) != ST_OK)
		return e->status;
	st = st_prepare(s, "SELECT document_id, clause, title, present, article, "
	    "evidence FROM document_clause ORDER BY document_id, rowid", e);
	if (st == NULL)
		return e->status;
	return attach_clauses(s, st, r->docs, r->ndocs, e);
}

int
store_register_current_clauses(struct store *s, struct document **out,
    size_t *n, struct error *e)
{
	sqlite3_stmt *st;

	/* text and result are left out: empty strings. */
	st = st_prepare(s, "SELECT " DOCUMENT_COLUMNS ", '', '' FROM document "
	    "WHERE superseded_by IS NULL ORDER BY id", e);
	if (st == NULL)
		return e->status;
	if (st_collect(s, st, sizeof(**out), st_document_read, doc_release,
	    (void **)out, n, "documents", e) != ST_OK)
		return e->status;
	st = st_prepare(s, "SELECT c.document_id, c.clause, c.title, c.present, "
	    "c.article, NULL FROM document_clause c JOIN document d "
	    "ON d.id = c.document_id WHERE d.superseded_by IS NULL "
	    "ORDER BY c.document_id, c.rowid", e);
	if (st == NULL || attach_clauses(s, st, *out, *n, e) != ST_OK) {
		document_list_free(*out, *n);
		*out = NULL;
		*n = 0;
		return e->status;
	}
	return ST_OK;
}

/* Reviews by id, then every answer in one query. */
static int
read_reviews(struct store *s, struct register_data *r, struct error *e)
{
	struct review_answer *a, *nv;
	sqlite3_stmt *st;
	size_t k = 0;
	long id;
	int rc;

	st = st_prepare(s, "SELECT " REVIEW_COLUMNS " FROM review ORDER BY id",
	    e);
	if (st == NULL)
		return e->status;
	if (st_review_collect(s, st, &r->reviews, &r->nreviews, "reviews",
	    e) != ST_OK)
		return e->status;
	st = st_prepare(s, "SELECT review_id, item, answer, note FROM "
	    "review_answer ORDER BY review_id, rowid", e);
	if (st == NULL)
		return e->status;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct review *rv;
		id = sqlite3_column_int64(st, 0);
		while (k < r->nreviews && r->reviews[k].id < id)
			k++;
		if (k == r->nreviews || r->reviews[k].id != id)
			continue;
		rv = &r->reviews[k];
		if ((nv = realloc(rv->answers, (rv->nanswers + 1) *
		    sizeof(*nv))) == NULL)
			goto oom;
		rv->answers = nv;
		a = &nv[rv->nanswers++];
		a->item = st_col_text0(st, 1);
		a->answer = st_col_text0(st, 2);
		a->note = st_col_text0(st, 3);
		if (!a->item || !a->answer || !a->note)
			goto oom;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_fail(s, rc, "review answers", e);
	return ST_OK;
oom:
	sqlite3_finalize(st);
	return error_set(e, ST_INTERNAL, _("out of memory"));
}

/* The audit trail, copied out record by record. */
struct audit_sink {
	struct register_data *r;
	size_t cap;
};

static int
audit_copy(const struct audit_record *a, void *arg)
{
	struct audit_sink *k = arg;
	struct audit_record *nv, *c;

	if (k->r->naudit == k->cap) {
		size_t cap = k->cap ? k->cap * 2 : 64;
		if ((nv = realloc(k->r->audit, cap * sizeof(*nv))) == NULL)
			return -1;
		k->r->audit = nv;
		k->cap = cap;
	}
	c = &k->r->audit[k->r->naudit];
	memset(c, 0, sizeof(*c));
	c->seq = a->seq;
	c->entity_id = a->entity_id;
	c->at = strdup(a->at);
	c->user = strdup(a->user);
	c->command = strdup(a->command);
	c->entity = strdup(a->entity);
	c->action = strdup(a->action);
	c->old_value = a->old_value ? strdup(a->old_value) : NULL;
	c->new_value = a->new_value ? strdup(a->new_value) : NULL;
	c->prev_hash = strdup(a->prev_hash);
	c->hash = strdup(a->hash);
	k->r->naudit++;
	if (!c->at || !c->user || !c->command || !c->entity || !c->action ||
	    !c->prev_hash || !c->hash || (a->old_value && !c->old_value) ||
	    (a->new_value && !c->new_value))
		return -1;
	return 0;
}

int
store_register_read(struct store *s, struct register_data *r, struct error *e)
{
	struct audit_sink sink = { r, 0 };
	sqlite3_stmt *st;
	int rc;

	memset(r, 0, sizeof(*r));
	/* One snapshot: a writer in between would tear the register. */
	if (st_exec(s, "BEGIN", e) != ST_OK)
		return e->status;
	if (store_org_list(s, &r->orgs, &r->norgs, e) != ST_OK ||
	    store_delegation_list(s, &r->dels, &r->ndels, e) != ST_OK ||
	    read_documents(s, r, e) != ST_OK || read_reviews(s, r, e) != ST_OK)
		goto fail;
	st = st_prepare(s, "SELECT " CERT_COLUMNS " FROM certification "
	    "ORDER BY id", e);
	if (st == NULL || st_cert_collect(s, st, &r->certs, &r->ncerts,
	    "certifications", e) != ST_OK)
		goto fail;
	if (store_incident_list(s, 0, false, &r->incidents, &r->nincidents,
	    e) != ST_OK)
		goto fail;
	rc = store_audit_each(s, 0, audit_copy, &sink, e);
	if (rc != 0) {
		if (e->status == ST_OK)
			error_set(e, ST_INTERNAL, _("out of memory"));
		goto fail;
	}
	sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
	return ST_OK;
fail:
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	register_data_free(r);
	return e->status;
}

int
store_register_empty(struct store *s, bool *empty, struct error *e)
{
	sqlite3_stmt *st;
	int rc;

	*empty = false;
	st = st_prepare(s, "SELECT EXISTS (SELECT 1 FROM org) OR "
	    "EXISTS (SELECT 1 FROM delegation) OR EXISTS (SELECT 1 FROM document) "
	    "OR EXISTS (SELECT 1 FROM review) OR "
	    "EXISTS (SELECT 1 FROM certification) OR EXISTS (SELECT 1 FROM audit)",
	    e);
	if (st == NULL)
		return e->status;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*empty = sqlite3_column_int(st, 0) == 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return st_fail(s, rc, "register", e);
	return ST_OK;
}

/* Step a prepared insert once and reset it for the next row. */
static int
step(struct store *s, sqlite3_stmt *st, const char *what, struct error *e)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE)
		return st_fail(s, rc, what, e);
	return ST_OK;
}

/*
 * The inserts, one table at a time.  A table states its columns, each a
 * field of the row's struct of the same name; the type of the field says
 * how it binds.  A child table's rows (a document's clauses) follow each of
 * its parent's, with the parent's id, the first column, in front.
 */
enum col_type {
	COL_LONG,
	COL_INT,
	COL_BOOL,
	COL_TEXT
};

struct col {
	const char	*name;
	size_t		 off;
	enum col_type	 type;
	bool		 nullable;	/* bind NULL for null_value */
	long		 null_value;
};

#define COL_TYPE(T, f) _Generic(((T *)0)->f, long: COL_LONG, int: COL_INT, \
	bool: COL_BOOL, char *: COL_TEXT)
#define COL(T, f) { #f, offsetof(T, f), COL_TYPE(T, f), false, 0 }
#define COL_NULL_IF(T, f, v) { #f, offsetof(T, f), COL_TYPE(T, f), true, (v) }
#define NCOLS(a) (sizeof(a) / sizeof((a)[0]))

struct table {
	const char		*name;
	const char		*what;		/* for errors */
	const char		*parent;	/* column for the parent's id */
	const struct col	*cols;
	size_t			 ncols;
	size_t			 size;		/* of one row */
	const struct table	*child;
	size_t			(*children)(const void *, const void **);
};

/* "INSERT INTO t (parent, cols...) VALUES (?, ...)". */
static sqlite3_stmt *
insert_prepare(struct store *s, const struct table *t, struct error *e)
{
	struct strbuf sql = STRBUF_INIT;
	sqlite3_stmt *st;
	size_t n = t->ncols + (t->parent != NULL);
	int bad;

	bad = sb_printf(&sql, "INSERT INTO %s (", t->name);
	if (t->parent != NULL)
		bad |= sb_printf(&sql, "%s, ", t->parent);
	for (size_t i = 0; i < t->ncols; i++)
		bad |= sb_printf(&sql, "%s%s", i ? ", " : "", t->cols[i].name);
	bad |= sb_adds(&sql, ") VALUES (");
	for (size_t i = 0; i < n; i++)
		bad |= sb_adds(&sql, i ? ", ?" : "?");
	bad |= sb_adds(&sql, ")");
	if (bad) {
		sb_free(&sql);
		error_set(e, ST_INTERNAL, _("out of memory"));
		return NULL;
	}
	st = st_prepare(s, sql.buf, e);
	sb_free(&sql);
	return st;
}

static long
col_long(const struct col *c, const char *row)
{
	switch (c->type) {
	case COL_INT:
		return *(const int *)(row + c->off);
	case COL_BOOL:
		return *(const bool *)(row + c->off);
	default:
		return *(const long *)(row + c->off);
	}
}

/* Bind one row after the parent's id (when the table has a parent). */
static int
insert_row(struct store *s, sqlite3_stmt *st, const struct table *t,
    long parent, const char *row, struct error *e)
{
	const struct col *c;
	int i = 1;

	if (t->parent != NULL)
		st_bind_long(st, i++, parent);
	for (c = t->cols; c < t->cols + t->ncols; c++, i++) {
		if (c->type == COL_TEXT)
			st_bind_text(st, i, *(char *const *)(row + c->off));
		else if (c->nullable)
			st_bind_long_or_null(st, i, col_long(c, row),
			    c->null_value);
		else
			st_bind_long(st, i, col_long(c, row));
	}
	return step(s, st, t->what, e);
}

static int
write_table(struct store *s, const struct table *t, const void *rows,
    size_t n, struct error *e)
{
	sqlite3_stmt *st, *cst = NULL;
	const struct table *ct = t->child;
	const char *row;
	const void *kids;
	size_t nkids;
	int rc = ST_OK;

	if ((st = insert_prepare(s, t, e)) == NULL)
		return e->status;
	if (ct != NULL && (cst = insert_prepare(s, ct, e)) == NULL) {
		sqlite3_finalize(st);
		return e->status;
	}
	for (size_t i = 0; i < n && rc == ST_OK; i++) {
		row = (const char *)rows + i * t->size;
		rc = insert_row(s, st, t, 0, row, e);
		if (ct == NULL)
			continue;
		nkids = t->children(row, &kids);
		for (size_t k = 0; k < nkids && rc == ST_OK; k++)
			rc = insert_row(s, cst, ct, col_long(&t->cols[0], row),
			    (const char *)kids + k * ct->size, e);
	}
	sqlite3_finalize(st);
	sqlite3_finalize(cst);
	return rc;
}

static const struct col org_cols[] = {
	COL(struct org, id), COL(struct org, name),
	COL(struct org, corporate_number), COL(struct org, address),
	COL(struct org, country), COL(struct org, contact),
	COL(struct org, notes), COL(struct org, is_root),
	COL(struct org, created_at)
};

static const struct col delegation_cols[] = {
	COL(struct delegation, id), COL(struct delegation, parent_id),
	COL(struct delegation, child_id), COL(struct delegation, data_items),
	COL(struct delegation, purpose),
	COL_NULL_IF(struct delegation, people, -1),
	COL(struct delegation, sensitive), COL(struct delegation, credit_card),
	COL(struct delegation, start_date), COL(struct delegation, end_date),
	COL(struct delegation, ended_on), COL(struct delegation, risk),
	COL_NULL_IF(struct delegation, review_months, 0),
	COL(struct delegation, approved_on),
	COL(struct delegation, approved_by),
	COL(struct delegation, approval_ref), COL(struct delegation, notes),
	COL(struct delegation, created_at)
};

/* superseded_by is set afterwards: it may name a later document. */
static const struct col document_cols[] = {
	COL(struct document, id), COL(struct document, delegation_id),
	COL(struct document, sha256), COL(struct document, filename),
	COL(struct document, format), COL(struct document, encoding),
	COL(struct document, size), COL(struct document, text),
	COL(struct document, ruleset), COL(struct document, ruleset_version),
	COL(struct document, present), COL(struct document, missing),
	COL(struct document, result), COL(struct document, imported_at)
};

static const struct col clause_cols[] = {
	COL(struct document_clause, clause), COL(struct document_clause, title),
	COL(struct document_clause, present),
	COL(struct document_clause, article),
	COL(struct document_clause, evidence)
};

static const struct col review_cols[] = {
	COL(struct review, id), COL(struct review, delegation_id),
	COL(struct review, reviewed_on), COL(struct review, reviewer),
	COL(struct review, method), COL(struct review, result),
	COL(struct review, notes), COL(struct review, evidence),
	COL(struct review, checklist), COL(struct review, created_at)
};

static const struct col answer_cols[] = {
	COL(struct review_answer, item), COL(struct review_answer, answer),
	COL(struct review_answer, note)
};

static const struct col cert_cols[] = {
	COL(struct cert, id), COL(struct cert, org_id), COL(struct cert, kind),
	COL(struct cert, ident), COL(struct cert, issued_on),
	COL(struct cert, expires_on), COL(struct cert, notes),
	COL(struct cert, created_at)
};

static const struct col incident_cols[] = {
	COL(struct incident, id), COL(struct incident, delegation_id),
	COL(struct incident, discovered_on), COL(struct incident, occurred_on),
	COL(struct incident, what), COL_NULL_IF(struct incident, people, -1),
	COL(struct incident, sensitive), COL(struct incident, financial),
	COL(struct incident, unlawful), COL(struct incident, over_1000),
	COL(struct incident, notice_days), COL(struct incident, notes),
	COL(struct incident, closed_on), COL(struct incident, close_reason),
	COL(struct incident, created_at)
};

static const struct col step_cols[] = {
	COL(struct incident_done, step), COL(struct incident_done, done_on),
	COL(struct incident_done, notes), COL(struct incident_done, created_at)
};

static size_t
doc_clauses(const void *row, const void **kids)
{
	*kids = ((const struct document *)row)->clauses;
	return ((const struct document *)row)->nclauses;
}

static size_t
review_answers(const void *row, const void **kids)
{
	*kids = ((const struct review *)row)->answers;
	return ((const struct review *)row)->nanswers;
}

static size_t
incident_steps(const void *row, const void **kids)
{
	*kids = ((const struct incident *)row)->done;
	return ((const struct incident *)row)->ndone;
}

#define COLS(c, T) .cols = (c), .ncols = NCOLS(c), .size = sizeof(T)

static const struct table org_table = {
	.name = "org", .what = "organisation", COLS(org_cols, struct org)
};
static const struct table delegation_table = {
	.name = "delegation", .what = "delegation",
	COLS(delegation_cols, struct delegation)
};
static const struct table clause_table = {
	.name = "document_clause", .what = "document clause",
	.parent = "document_id", COLS(clause_cols, struct document_clause)
};
static const struct table document_table = {
	.name = "document", .what = "document",
	COLS(document_cols, struct document),
	.child = &clause_table, .children = doc_clauses
};
static const struct table answer_table = {
	.name = "review_answer", .what = "review answer",
	.parent = "review_id", COLS(answer_cols, struct review_answer)
};
static const struct table review_table = {
	.name = "review", .what = "review", COLS(review_cols, struct review),
	.child = &answer_table, .children = review_answers
};
static const struct table cert_table = {
	.name = "certification", .what = "certification",
	COLS(cert_cols, struct cert)
};
static const struct table step_table = {
	.name = "incident_step", .what = "incident step",
	.parent = "incident_id", COLS(step_cols, struct incident_done)
};
static const struct table incident_table = {
	.name = "incident", .what = "incident",
	COLS(incident_cols, struct incident),
	.child = &step_table, .children = incident_steps
};

/* Each document's superseded_by, once every document is in. */
static int
write_superseded(struct store *s, const struct register_data *r,
    struct error *e)
{
	sqlite3_stmt *up;
	int rc = ST_OK;

	up = st_prepare(s, "UPDATE document SET superseded_by = ? "
	    "WHERE id = ?", e);
	if (up == NULL)
		return e->status;
	for (size_t i = 0; i < r->ndocs && rc == ST_OK; i++) {
		if (r->docs[i].superseded_by == 0)
			continue;
		st_bind_long(up, 1, r->docs[i].superseded_by);
		st_bind_long(up, 2, r->docs[i].id);
		rc = step(s, up, "document", e);
	}
	sqlite3_finalize(up);
	return rc;
}

int
store_register_write(struct store *s, const struct register_data *r,
    struct error *e)
{
	if (write_table(s, &org_table, r->orgs, r->norgs, e) != ST_OK ||
	    write_table(s, &delegation_table, r->dels, r->ndels, e) != ST_OK ||
	    write_table(s, &document_table, r->docs, r->ndocs, e) != ST_OK ||
	    write_superseded(s, r, e) != ST_OK ||
	    write_table(s, &review_table, r->reviews, r->nreviews, e) != ST_OK ||
	    write_table(s, &cert_table, r->certs, r->ncerts, e) != ST_OK ||
	    write_table(s, &incident_table, r->incidents, r->nincidents,
	    e) != ST_OK)
		return e->status;
	/* Verbatim, so that the carried-over chain still verifies. */
	for (size_t i = 0; i < r->naudit; i++)
		if (store_audit_insert(s, &r->audit[i], e) != ST_OK)
			return e->status;
	return ST_OK;
}
