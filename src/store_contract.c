/* SQL for imported contract documents and their clause results. */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_int.h"

void
contract_summary_list_free(struct contract_summary *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].missing_ids);
	free(v);
}

static int
summary_read(sqlite3_stmt *st, void *p)
{
	struct contract_summary *c = p;

	c->delegation_id = sqlite3_column_int64(st, 0);
	c->document_id = sqlite3_column_int64(st, 1);
	c->present = sqlite3_column_int(st, 2);
	c->missing = sqlite3_column_int(st, 3);
	return (c->missing_ids = st_col_text0(st, 4)) == NULL ? -1 : 0;
}

static void
summary_release(void *p)
{
	free(((struct contract_summary *)p)->missing_ids);
}

int
store_contract_summaries(struct store *s, struct contract_summary **out,
    size_t *n, struct error *e)
{
	sqlite3_stmt *st;

	st = st_prepare(s, "SELECT d.delegation_id, d.id, d.present, d.missing, "
	    "(SELECT group_concat(clause, ',') FROM document_clause c "
	    " WHERE c.document_id = d.id AND c.present = 0) "
	    "FROM document d WHERE d.superseded_by IS NULL "
	    "ORDER BY d.delegation_id", e);
	if (st == NULL)
		return e->status;
	return st_collect(s, st, sizeof(**out), summary_read, summary_release,
	    (void **)out, n, "contracts", e);
}

void
document_free(struct document *d)
{
	if (d == NULL)
		return;
	free(d->sha256);
	free(d->filename);
	free(d->format);
	free(d->encoding);
	free(d->text);
	free(d->ruleset);
	free(d->ruleset_version);
	free(d->result);
	free(d->imported_at);
	for (size_t i = 0; i < d->nclauses; i++) {
		free(d->clauses[i].clause);
		free(d->clauses[i].title);
		free(d->clauses[i].article);
		free(d->clauses[i].evidence);
	}
	free(d->clauses);
	memset(d, 0, sizeof(*d));
}

void
document_list_free(struct document *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		document_free(&v[i]);
	free(v);
}

int
store_document_find(struct store *s, long delegation_id, const char *sha256,
    long *id, struct error *e)
{
	sqlite3_stmt *st;
	int rc;

	*id = 0;
	st = st_prepare(s, "SELECT id FROM document WHERE delegation_id = ? "
	    "AND sha256 = ?", e);
	if (st == NULL)
		return e->status;
	st_bind_long(st, 1, delegation_id);
	st_bind_text(st, 2, sha256);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return st_fail(s, rc, "documents", e);
	return ST_OK;
}

static int
insert_clauses(struct store *s, const struct document *d, struct error *e)
{
	sqlite3_stmt *st;
	int rc = SQLITE_DONE;

	st = st_prepare(s, "INSERT INTO document_clause (document_id, clause, "
	    "title, present, article, evidence) VALUES (?, ?, ?, ?, ?, ?)", e);
	if (st == NULL)
		return e->status;
	for (size_t i = 0; i < d->nclauses && rc == SQLITE_DONE; i++) {
		const struct document_clause *c = &d->clauses[i];
		sqlite3_reset(st);
		st_bind_long(st, 1, d->id);
		st_bind_text(st, 2, c->clause);
		st_bind_text(st, 3, c->title);
		st_bind_long(st, 4, c->present);
		st_bind_text(st, 5, c->article);
		st_bind_text(st, 6, c->evidence);
		rc = sqlite3_step(st);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_fail(s, rc, "document clauses", e);
	return ST_OK;
}

int
store_document_insert(struct store *s, struct document *d, struct error *e)
{
	sqlite3_stmt *st;
	char now[32];
	int rc;

	st = st_prepare(s, "INSERT INTO document (delegation_id, sha256, "
	    "filename, format, encoding, size, text, ruleset, ruleset_version, "
	    "present, missing, result, imported_at) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e);
	if (st == NULL)
		return e->status;
	st_now(now);
	st_bind_long(st, 1, d->delegation_id);
	st_bind_text(st, 2, d->sha256);
	st_bind_text(st, 3, d->filename);
	st_bind_text(st, 4, d->format);
	st_bind_text(st, 5, d->encoding);
	st_bind_long(st, 6, d->size);
	st_bind_text(st, 7, d->text ? d->text : "");
	st_bind_text(st, 8, d->ruleset);
	st_bind_text(st, 9, d->ruleset_version);
	st_bind_long(st, 10, d->present);
	st_bind_long(st, 11, d->missing);
	st_bind_text(st, 12, d->result ? d->result : "{}");
	st_bind_text(st, 13, now);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_fail(s, rc, "document", e);
	d->id = (long)sqlite3_last_insert_rowid(s->db);
	free(d->imported_at);
	if ((d->imported_at = strdup(now)) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	if (insert_clauses(s, d, e) != ST_OK)
		return e->status;
	/* The new document supersedes the delegation's current one. */
	st = st_prepare(s, "UPDATE document SET superseded_by = ? "
	    "WHERE delegation_id = ? AND id <> ? AND superseded_by IS NULL", e);
	if (st == NULL)
		return e->status;
	st_bind_long(st, 1, d->id);
	st_bind_long(st, 2, d->delegation_id);
	st_bind_long(st, 3, d->id);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_fail(s, rc, "document", e);
	return ST_OK;
}

int
st_document_read(sqlite3_stmt *st, void *p)
{
	struct document *d = p;

	d->id = sqlite3_column_int64(st, 0);
	d->delegation_id = sqlite3_column_int64(st, 1);
	d->sha256 = st_col_text0(st, 2);
	d->filename = st_col_text0(st, 3);
	d->format = st_col_text0(st, 4);
	d->encoding = st_col_text(st, 5);
	d->size = sqlite3_column_int64(st, 6);
	d->ruleset = st_col_text0(st, 7);
	d->ruleset_version = st_col_text0(st, 8);
	d->present = sqlite3_column_int(st, 9);
	d->missing = sqlite3_column_int(st, 10);
	d->imported_at = st_col_text0(st, 11);
	d->superseded_by = sqlite3_column_int64(st, 12);
	if (sqlite3_column_count(st) > 13) {
		d->text = st_col_text0(st, 13);
		d->result = st_col_text0(st, 14);
	}
	if (!d->sha256 || !d->filename || !d->format || !d->ruleset ||
	    !d->ruleset_version || !d->imported_at ||
	    (sqlite3_column_count(st) > 13 && (!d->text || !d->result)) ||
	    (sqlite3_column_type(st, 5) != SQLITE_NULL && !d->encoding)) {
		document_free(d);
		return -1;
	}
	return 0;
}

static void
document_release(void *p)
{
	document_free(p);
}

int
store_document_list(struct store *s, long delegation_id, struct document **out,
    size_t *n, struct error *e)
{
	sqlite3_stmt *st;

	st = st_prepare(s, "SELECT " DOCUMENT_COLUMNS " FROM document "
	    "WHERE ? = 0 OR delegation_id = ? ORDER BY delegation_id, id DESC", e);
	if (st == NULL)
		return e->status;
	st_bind_long(st, 1, delegation_id);
	st_bind_long(st, 2, delegation_id);
	return st_collect(s, st, sizeof(**out), st_document_read, document_release,
	    (void **)out, n, "documents", e);
}

int
store_document_get(struct store *s, long id, struct document *d,
    struct error *e)
{
	sqlite3_stmt *st;
	int rc;

	st = st_prepare(s, "SELECT " DOCUMENT_COLUMNS ", text, result "
	    "FROM document WHERE id = ?", e);
	if (st == NULL)
		return e->status;
	st_bind_long(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		memset(d, 0, sizeof(*d));
		if (st_document_read(st, d) == -1) {
			sqlite3_finalize(st);
			return error_set(e, ST_INTERNAL, _("out of memory"));
		}
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return error_set(e, ST_DATA,
		    _("document %ld: no such document"), id);
	if (rc != SQLITE_ROW)
		return st_fail(s, rc, "document", e);
	return ST_OK;
}
