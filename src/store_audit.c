/* SQL for the audit trail; the hashing lives in audit.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_int.h"

void
audit_record_free(struct audit_record *r)
{
	if (r == NULL)
		return;
	free(r->at);
	free(r->user);
	free(r->command);
	free(r->entity);
	free(r->action);
	free(r->old_value);
	free(r->new_value);
	free(r->prev_hash);
	free(r->hash);
	memset(r, 0, sizeof(*r));
}

int
store_audit_insert(struct store *s, const struct audit_record *r,
    struct error *e)
{
	sqlite3_stmt *st;
	char seq[32];
	int rc;

	st = st_prepare(s, "INSERT INTO audit (seq, at, user, command, entity, "
	    "entity_id, action, old_value, new_value, prev_hash, hash) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e);
	if (st == NULL)
		return e->status;
	st_bind_long(st, 1, r->seq);
	st_bind_text(st, 2, r->at);
	st_bind_text(st, 3, r->user);
	st_bind_text(st, 4, r->command);
	st_bind_text(st, 5, r->entity);
	st_bind_long_or_null(st, 6, r->entity_id, 0);
	st_bind_text(st, 7, r->action);
	st_bind_text(st, 8, r->old_value);
	st_bind_text(st, 9, r->new_value);
	st_bind_text(st, 10, r->prev_hash);
	st_bind_text(st, 11, r->hash);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_fail(s, rc, "audit", e);

	/* The head is kept apart too, so a removed tail is noticed. */
	snprintf(seq, sizeof(seq), "%ld ", r->seq);
	st = st_prepare(s, "INSERT OR REPLACE INTO meta (key, value) "
	    "VALUES ('audit_head', ? || ?)", e);
	if (st == NULL)
		return e->status;
	sqlite3_bind_text(st, 1, seq, -1, SQLITE_TRANSIENT);
	st_bind_text(st, 2, r->hash);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_fail(s, rc, "audit head", e);
	return ST_OK;
}

static int
head_query(struct store *s, const char *sql, long *seq, char hash[65],
    struct error *e)
{
	sqlite3_stmt *st;
	const unsigned char *h;
	int rc;

	*seq = 0;
	hash[0] = '\0';
	if ((st = st_prepare(s, sql, e)) == NULL)
		return e->status;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*seq = sqlite3_column_int64(st, 0);
		if ((h = sqlite3_column_text(st, 1)) != NULL)
			snprintf(hash, 65, "%s", (const char *)h);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return st_fail(s, rc, "audit", e);
	return ST_OK;
}

int
store_audit_head(struct store *s, long *seq, char hash[65], struct error *e)
{
	return head_query(s, "SELECT seq, hash FROM audit "
	    "ORDER BY seq DESC LIMIT 1", seq, hash, e);
}

int
store_audit_meta_head(struct store *s, long *seq, char hash[65],
    struct error *e)
{
	return head_query(s, "SELECT CAST(substr(value, 1, instr(value, ' ') - 1) "
	    "AS INTEGER), substr(value, instr(value, ' ') + 1) FROM meta "
	    "WHERE key = 'audit_head'", seq, hash, e);
}

int
store_audit_each(struct store *s, long since, audit_visit_fn *fn, void *arg,
    struct error *e)
{
	struct audit_record r;
	sqlite3_stmt *st;
	int rc, ret = ST_OK;

	st = st_prepare(s, "SELECT seq, at, user, command, entity, entity_id, "
	    "action, old_value, new_value, prev_hash, hash FROM audit "
	    "WHERE seq > ? ORDER BY seq", e);
	if (st == NULL)
		return e->status;
	st_bind_long(st, 1, since);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		r.seq = sqlite3_column_int64(st, 0);
		r.at = st_col_text0(st, 1);
		r.user = st_col_text0(st, 2);
		r.command = st_col_text0(st, 3);
		r.entity = st_col_text0(st, 4);
		r.entity_id = sqlite3_column_int64(st, 5);
		r.action = st_col_text0(st, 6);
		r.old_value = st_col_text(st, 7);
		r.new_value = st_col_text(st, 8);
		r.prev_hash = st_col_text0(st, 9);
		r.hash = st_col_text0(st, 10);
		ret = fn(&r, arg);
		audit_record_free(&r);
		if (ret != 0)
			break;
	}
	sqlite3_finalize(st);
	if (ret == 0 && rc != SQLITE_DONE)
		return st_fail(s, rc, "audit", e);
	return ret;
}
