/*
 * SQL for moving the whole register: one query per table to read it, and
 * prepared inserts that keep every ID and timestamp to write it back.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_int.h"
#include "store_register.h"

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

/* Documents, whole. */
static int
doc_read(sqlite3_stmt *st, void *p)
{
	struct document *d = p;

	d->id = sqlite3_column_int64(st, 0);
	d->delegation_id = sqlite3_column_int64(st, 1);
	d->sha256 = st_col_text0(st, 2);
	d->filename = st_col_text0(st, 3);
	d->format = st_col_text0(st, 4);
	d->encoding = st_col_text(st, 5);
	d->size = sqlite3_column_int64(st, 6);
	d->text = st_col_text0(st, 7);
	d->ruleset = st_col_text0(st, 8);
	d->ruleset_version = st_col_text0(st, 9);
	d->present = sqlite3_column_int(st, 10);
	d->missing = sqlite3_column_int(st, 11);
	d->result = st_col_text0(st, 12);
	d->imported_at = st_col_text0(st, 13);
	d->superseded_by = sqlite3_column_int64(st, 14);
	if (!d->sha256 || !d->filename || !d->format || !d->text ||
	    !d->ruleset || !d->ruleset_version || !d->result || !d->imported_at ||
	    (sqlite3_column_type(st, 5) != SQLITE_NULL && !d->encoding)) {
		document_free(d);
		return -1;
	}
	return 0;
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

	st = st_prepare(s, "SELECT id, delegation_id, sha256, filename, format, "
	    "encoding, size, text, ruleset, ruleset_version, present, missing, "
	    "result, imported_at, superseded_by FROM document ORDER BY id", e);
	if (st == NULL)
		return e->status;
	if (st_collect(s, st, sizeof(*r->docs), doc_read, doc_release,
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

	/* text and result are left out: doc_read gets empty strings. */
	st = st_prepare(s, "SELECT id, delegation_id, sha256, filename, format, "
	    "encoding, size, '', ruleset, ruleset_version, present, missing, "
	    "'', imported_at, superseded_by FROM document "
	    "WHERE superseded_by IS NULL ORDER BY id", e);
	if (st == NULL)
		return e->status;
	if (st_collect(s, st, sizeof(**out), doc_read, doc_release,
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

static int
write_orgs(struct store *s, const struct register_data *r, struct error *e)
{
	sqlite3_stmt *st;
	int rc = ST_OK;

	st = st_prepare(s, "INSERT INTO org (id, name, corporate_number, address, "
	    "country, contact, notes, is_root, created_at) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", e);
	if (st == NULL)
		return e->status;
	for (size_t i = 0; i < r->norgs && rc == ST_OK; i++) {
		const struct org *o = &r->orgs[i];
		st_bind_long(st, 1, o->id);
		st_bind_text(st, 2, o->name);
		st_bind_text(st, 3, o->corporate_number);
		st_bind_text(st, 4, o->address);
		st_bind_text(st, 5, o->country);
		st_bind_text(st, 6, o->contact);
		st_bind_text(st, 7, o->notes);
		st_bind_long(st, 8, o->is_root);
		st_bind_text(st, 9, o->created_at);
		rc = step(s, st, "organisation", e);
	}
	sqlite3_finalize(st);
	return rc;
}

static int
write_delegations(struct store *s, const struct register_data *r,
    struct error *e)
{
	sqlite3_stmt *st;
	int rc = ST_OK;

	st = st_prepare(s, "INSERT INTO delegation (id, parent_id, child_id, "
	    "data_items, purpose, people, sensitive, credit_card, start_date, "
	    "end_date, ended_on, risk, review_months, approved_on, approved_by, "
	    "approval_ref, notes, created_at) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e);
	if (st == NULL)
		return e->status;
	for (size_t i = 0; i < r->ndels && rc == ST_OK; i++) {
		const struct delegation *d = &r->dels[i];
		st_bind_long(st, 1, d->id);
		st_bind_long(st, 2, d->parent_id);
		st_bind_long(st, 3, d->child_id);
		st_bind_text(st, 4, d->data_items);
		st_bind_text(st, 5, d->purpose);
		st_bind_long_or_null(st, 6, d->people, -1);
		st_bind_long(st, 7, d->sensitive);
		st_bind_long(st, 8, d->credit_card);
		st_bind_text(st, 9, d->start_date);
		st_bind_text(st, 10, d->end_date);
		st_bind_text(st, 11, d->ended_on);
		st_bind_text(st, 12, d->risk);
		st_bind_long_or_null(st, 13, d->review_months, 0);
		st_bind_text(st, 14, d->approved_on);
		st_bind_text(st, 15, d->approved_by);
		st_bind_text(st, 16, d->approval_ref);
		st_bind_text(st, 17, d->notes);
		st_bind_text(st, 18, d->created_at);
		rc = step(s, st, "delegation", e);
	}
	sqlite3_finalize(st);
	return rc;
}

static int
write_documents(struct store *s, const struct register_data *r,
    struct error *e)
{
	sqlite3_stmt *st, *cl = NULL, *up = NULL;
	int rc = ST_OK;

	st = st_prepare(s, "INSERT INTO document (id, delegation_id, sha256, "
	    "filename, format, encoding, size, text, ruleset, ruleset_version, "
	    "present, missing, result, imported_at) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e);
	if (st == NULL ||
	    (cl = st_prepare(s, "INSERT INTO document_clause (document_id, "
	    "clause, title, present, article, evidence) VALUES (?, ?, ?, ?, ?, ?)",
	    e)) == NULL ||
	    (up = st_prepare(s, "UPDATE document SET superseded_by = ? "
	    "WHERE id = ?", e)) == NULL) {
		rc = e->status;
		goto done;
	}
	for (size_t i = 0; i < r->ndocs && rc == ST_OK; i++) {
		const struct document *d = &r->docs[i];
		st_bind_long(st, 1, d->id);
		st_bind_long(st, 2, d->delegation_id);
		st_bind_text(st, 3, d->sha256);
		st_bind_text(st, 4, d->filename);
		st_bind_text(st, 5, d->format);
		st_bind_text(st, 6, d->encoding);
		st_bind_long(st, 7, d->size);
		st_bind_text(st, 8, d->text);
		st_bind_text(st, 9, d->ruleset);
		st_bind_text(st, 10, d->ruleset_version);
		st_bind_long(st, 11, d->present);
		st_bind_long(st, 12, d->missing);
		st_bind_text(st, 13, d->result);
		st_bind_text(st, 14, d->imported_at);
		rc = step(s, st, "document", e);
		for (size_t k = 0; k < d->nclauses && rc == ST_OK; k++) {
			const struct document_clause *c = &d->clauses[k];
			st_bind_long(cl, 1, d->id);
			st_bind_text(cl, 2, c->clause);
			st_bind_text(cl, 3, c->title);
			st_bind_long(cl, 4, c->present);
			st_bind_text(cl, 5, c->article);
			st_bind_text(cl, 6, c->evidence);
			rc = step(s, cl, "document clause", e);
		}
	}
	/* Links last: a document may be superseded by a later one. */
	for (size_t i = 0; i < r->ndocs && rc == ST_OK; i++) {
		if (r->docs[i].superseded_by == 0)
			continue;
		st_bind_long(up, 1, r->docs[i].superseded_by);
		st_bind_long(up, 2, r->docs[i].id);
		rc = step(s, up, "document", e);
	}
done:
	sqlite3_finalize(st);
	sqlite3_finalize(cl);
	sqlite3_finalize(up);
	return rc;
}

static int
write_reviews(struct store *s, const struct register_data *r, struct error *e)
{
	sqlite3_stmt *st, *an = NULL;
	int rc = ST_OK;

	st = st_prepare(s, "INSERT INTO review (id, delegation_id, reviewed_on, "
	    "reviewer, method, result, notes, evidence, checklist, created_at) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e);
	if (st == NULL || (an = st_prepare(s, "INSERT INTO review_answer "
	    "(review_id, item, answer, note) VALUES (?, ?, ?, ?)", e)) == NULL) {
		sqlite3_finalize(st);
		return e->status;
	}
	for (size_t i = 0; i < r->nreviews && rc == ST_OK; i++) {
		const struct review *v = &r->reviews[i];
		st_bind_long(st, 1, v->id);
		st_bind_long(st, 2, v->delegation_id);
		st_bind_text(st, 3, v->reviewed_on);
		st_bind_text(st, 4, v->reviewer);
		st_bind_text(st, 5, v->method);
		st_bind_text(st, 6, v->result);
		st_bind_text(st, 7, v->notes);
		st_bind_text(st, 8, v->evidence);
		st_bind_text(st, 9, v->checklist);
		st_bind_text(st, 10, v->created_at);
		rc = step(s, st, "review", e);
		for (size_t k = 0; k < v->nanswers && rc == ST_OK; k++) {
			st_bind_long(an, 1, v->id);
			st_bind_text(an, 2, v->answers[k].item);
			st_bind_text(an, 3, v->answers[k].answer);
			st_bind_text(an, 4, v->answers[k].note);
			rc = step(s, an, "review answer", e);
		}
	}
	sqlite3_finalize(st);
	sqlite3_finalize(an);
	return rc;
}

static int
write_certs(struct store *s, const struct register_data *r, struct error *e)
{
	sqlite3_stmt *st;
	int rc = ST_OK;

	st = st_prepare(s, "INSERT INTO certification (id, org_id, kind, ident, "
	    "issued_on, expires_on, notes, created_at) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", e);
	if (st == NULL)
		return e->status;
	for (size_t i = 0; i < r->ncerts && rc == ST_OK; i++) {
		const struct cert *c = &r->certs[i];
		st_bind_long(st, 1, c->id);
		st_bind_long(st, 2, c->org_id);
		st_bind_text(st, 3, c->kind);
		st_bind_text(st, 4, c->ident);
		st_bind_text(st, 5, c->issued_on);
		st_bind_text(st, 6, c->expires_on);
		st_bind_text(st, 7, c->notes);
		st_bind_text(st, 8, c->created_at);
		rc = step(s, st, "certification", e);
	}
	sqlite3_finalize(st);
	return rc;
}

static int
write_incidents(struct store *s, const struct register_data *r,
    struct error *e)
{
	sqlite3_stmt *st, *sp = NULL;
	int rc = ST_OK;

	st = st_prepare(s, "INSERT INTO incident (id, delegation_id, "
	    "discovered_on, occurred_on, what, people, sensitive, financial, "
	    "unlawful, over_1000, notice_days, notes, closed_on, close_reason, "
	    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e);
	if (st == NULL || (sp = st_prepare(s, "INSERT INTO incident_step "
	    "(incident_id, step, done_on, notes, created_at) "
	    "VALUES (?, ?, ?, ?, ?)", e)) == NULL) {
		sqlite3_finalize(st);
		return e->status;
	}
	for (size_t i = 0; i < r->nincidents && rc == ST_OK; i++) {
		const struct incident *in = &r->incidents[i];
		st_bind_long(st, 1, in->id);
		st_bind_long(st, 2, in->delegation_id);
		st_bind_text(st, 3, in->discovered_on);
		st_bind_text(st, 4, in->occurred_on);
		st_bind_text(st, 5, in->what);
		st_bind_long_or_null(st, 6, in->people, -1);
		st_bind_long(st, 7, in->sensitive);
		st_bind_long(st, 8, in->financial);
		st_bind_long(st, 9, in->unlawful);
		st_bind_long(st, 10, in->over_1000);
		st_bind_long(st, 11, in->notice_days);
		st_bind_text(st, 12, in->notes);
		st_bind_text(st, 13, in->closed_on);
		st_bind_text(st, 14, in->close_reason);
		st_bind_text(st, 15, in->created_at);
		rc = step(s, st, "incident", e);
		for (size_t k = 0; k < in->ndone && rc == ST_OK; k++) {
			const struct incident_done *d = &in->done[k];
			st_bind_long(sp, 1, in->id);
			st_bind_text(sp, 2, d->step);
			st_bind_text(sp, 3, d->done_on);
			st_bind_text(sp, 4, d->notes);
			st_bind_text(sp, 5, d->created_at);
			rc = step(s, sp, "incident step", e);
		}
	}
	sqlite3_finalize(st);
	sqlite3_finalize(sp);
	return rc;
}

int
store_register_write(struct store *s, const struct register_data *r,
    struct error *e)
{
	if (write_orgs(s, r, e) != ST_OK || write_delegations(s, r, e) != ST_OK ||
	    write_documents(s, r, e) != ST_OK || write_reviews(s, r, e) != ST_OK ||
	    write_certs(s, r, e) != ST_OK || write_incidents(s, r, e) != ST_OK)
		return e->status;
	/* Verbatim, so that the carried-over chain still verifies. */
	for (size_t i = 0; i < r->naudit; i++)
		if (store_audit_insert(s, &r->audit[i], e) != ST_OK)
			return e->status;
	return ST_OK;
}
