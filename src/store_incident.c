/* SQL for incidents and their response steps. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_incident.h"
#include "store_int.h"

#define INCIDENT_COLUMNS "id, delegation_id, discovered_on, occurred_on, " \
	"what, people, sensitive, financial, unlawful, over_1000, notice_days, " \
	"notes, closed_on, close_reason, created_at"

static void
done_free(struct incident_done *d)
{
	free(d->step);
	free(d->done_on);
	free(d->notes);
	free(d->created_at);
}

void
incident_free(struct incident *in)
{
	if (in == NULL)
		return;
	free(in->discovered_on);
	free(in->occurred_on);
	free(in->what);
	free(in->notes);
	free(in->closed_on);
	free(in->close_reason);
	free(in->created_at);
	for (size_t i = 0; i < in->ndone; i++)
		done_free(&in->done[i]);
	free(in->done);
	memset(in, 0, sizeof(*in));
}

void
incident_list_free(struct incident *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		incident_free(&v[i]);
	free(v);
}

/* A nullable text column copied, or -1 when memory ran out. */
static int
col_opt(sqlite3_stmt *st, int i, char **out)
{
	*out = st_col_text(st, i);
	return sqlite3_column_type(st, i) != SQLITE_NULL && *out == NULL ? -1 : 0;
}

/* A row of INCIDENT_COLUMNS, for st_collect(). */
static int
incident_read(sqlite3_stmt *st, void *p)
{
	struct incident *in = p;
	int fail = 0;

	in->id = sqlite3_column_int64(st, 0);
	in->delegation_id = sqlite3_column_int64(st, 1);
	in->discovered_on = st_col_text0(st, 2);
	fail |= col_opt(st, 3, &in->occurred_on);
	in->what = st_col_text0(st, 4);
	in->people = sqlite3_column_type(st, 5) == SQLITE_NULL ? -1 :
	    (long)sqlite3_column_int64(st, 5);
	in->sensitive = sqlite3_column_int(st, 6) != 0;
	in->financial = sqlite3_column_int(st, 7) != 0;
	in->unlawful = sqlite3_column_int(st, 8) != 0;
	in->over_1000 = sqlite3_column_int(st, 9) != 0;
	in->notice_days = sqlite3_column_int(st, 10);
	in->notes = st_col_text0(st, 11);
	fail |= col_opt(st, 12, &in->closed_on);
	fail |= col_opt(st, 13, &in->close_reason);
	in->created_at = st_col_text0(st, 14);
	if (fail || !in->discovered_on || !in->what || !in->notes ||
	    !in->created_at) {
		incident_free(in);
		return -1;
	}
	return 0;
}

static void
incident_release(void *p)
{
	incident_free(p);
}

int
store_incident_insert(struct store *s, struct incident *in, struct error *e)
{
	sqlite3_stmt *st;
	char now[32];
	int rc;

	st = st_prepare(s, "INSERT INTO incident (delegation_id, discovered_on, "
	    "occurred_on, what, people, sensitive, financial, unlawful, "
	    "over_1000, notice_days, notes, created_at) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e);
	if (st == NULL)
		return e->status;
	st_now(now);
	st_bind_long(st, 1, in->delegation_id);
	st_bind_text(st, 2, in->discovered_on);
	st_bind_text(st, 3, in->occurred_on);
	st_bind_text(st, 4, in->what);
	st_bind_long_or_null(st, 5, in->people, -1);
	st_bind_long(st, 6, in->sensitive);
	st_bind_long(st, 7, in->financial);
	st_bind_long(st, 8, in->unlawful);
	st_bind_long(st, 9, in->over_1000);
	st_bind_long(st, 10, in->notice_days);
	st_bind_text(st, 11, in->notes ? in->notes : "");
	st_bind_text(st, 12, now);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_fail(s, rc, "incident", e);
	in->id = (long)sqlite3_last_insert_rowid(s->db);
	free(in->created_at);
	if ((in->created_at = strdup(now)) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	return ST_OK;
}

/*
 * Attach the steps of every incident in v (ordered by id): one query
 * over the steps of the incidents selected the same way.
 */
static int
steps_attach(struct store *s, const char *where, long delegation_id,
    struct incident *v, size_t n, struct error *e)
{
	static const char head[] = "SELECT incident_id, step, done_on, notes, "
	    "created_at FROM incident_step WHERE incident_id IN (SELECT id "
	    "FROM incident ";
	struct incident_done *nd;
	sqlite3_stmt *st;
	char sql[512];
	size_t k = 0;
	long id;
	int rc;

	snprintf(sql, sizeof(sql), "%s%s) ORDER BY incident_id, rowid", head,
	    where);
	if ((st = st_prepare(s, sql, e)) == NULL)
		return e->status;
	if (delegation_id > 0)
		st_bind_long(st, 1, delegation_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		id = (long)sqlite3_column_int64(st, 0);
		while (k < n && v[k].id < id)
			k++;
		if (k == n || v[k].id != id)
			continue;
		if ((nd = realloc(v[k].done, (v[k].ndone + 1) *
		    sizeof(*nd))) == NULL)
			goto oom;
		v[k].done = nd;
		nd = &nd[v[k].ndone];
		nd->step = st_col_text0(st, 1);
		nd->done_on = st_col_text0(st, 2);
		nd->notes = st_col_text0(st, 3);
		nd->created_at = st_col_text0(st, 4);
		v[k].ndone++;
		if (!nd->step || !nd->done_on || !nd->notes || !nd->created_at)
			goto oom;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_fail(s, rc, "incident steps", e);
	return ST_OK;
oom:
	sqlite3_finalize(st);
	return error_set(e, ST_INTERNAL, _("out of memory"));
}

int
store_incident_get(struct store *s, long id, struct incident *in,
    struct error *e)
{
	sqlite3_stmt *st;
	char where[64];
	int rc;

	memset(in, 0, sizeof(*in));
	st = st_prepare(s, "SELECT " INCIDENT_COLUMNS " FROM incident "
	    "WHERE id = ?", e);
	if (st == NULL)
		return e->status;
	st_bind_long(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		rc = incident_read(st, in) == -1 ?
		    error_set(e, ST_INTERNAL, _("out of memory")) : ST_OK;
	else if (rc == SQLITE_DONE)
		rc = error_set(e, ST_DATA,
		    _("incident %ld: no such incident"), id);
	else
		rc = st_fail(s, rc, "incident", e);
	sqlite3_finalize(st);
	if (rc != ST_OK)
		return rc;
	/* The id is a number, so it may go into the text of the query. */
	snprintf(where, sizeof(where), "WHERE id = %ld", id);
	if (steps_attach(s, where, 0, in, 1, e) != ST_OK) {
		incident_free(in);
		return e->status;
	}
	return ST_OK;
}

int
store_incident_list(struct store *s, long delegation_id, bool open_only,
    struct incident **out, size_t *n, struct error *e)
{
	sqlite3_stmt *st;
	const char *where;
	char sql[512];

	*out = NULL;
	*n = 0;
	if (delegation_id > 0)
		where = open_only ? "WHERE delegation_id = ? AND closed_on IS NULL" :
		    "WHERE delegation_id = ?";
	else
		where = open_only ? "WHERE closed_on IS NULL" : "";
	snprintf(sql, sizeof(sql), "SELECT " INCIDENT_COLUMNS " FROM incident "
	    "%s ORDER BY id", where);
	if ((st = st_prepare(s, sql, e)) == NULL)
		return e->status;
	if (delegation_id > 0)
		st_bind_long(st, 1, delegation_id);
	if (st_collect(s, st, sizeof(**out), incident_read, incident_release,
	    (void **)out, n, "incidents", e) != ST_OK)
		return e->status;
	if (*n > 0 && steps_attach(s, where, delegation_id, *out, *n,
	    e) != ST_OK) {
		incident_list_free(*out, *n);
		*out = NULL;
		*n = 0;
		return e->status;
	}
	return ST_OK;
}

int
store_incident_step(struct store *s, long id, const char *step,
    const char *done_on, const char *notes, struct error *e)
{
	sqlite3_stmt *st;
	char now[32];
	int rc;

	st = st_prepare(s, "INSERT INTO incident_step (incident_id, step, "
	    "done_on, notes, created_at) VALUES (?, ?, ?, ?, ?) "
	    "ON CONFLICT (incident_id, step) DO UPDATE SET "
	    "done_on = excluded.done_on, notes = excluded.notes, "
	    "created_at = excluded.created_at", e);
	if (st == NULL)
		return e->status;
	st_now(now);
	st_bind_long(st, 1, id);
	st_bind_text(st, 2, step);
	st_bind_text(st, 3, done_on);
	st_bind_text(st, 4, notes ? notes : "");
	st_bind_text(st, 5, now);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_fail(s, rc, "incident step", e);
	return ST_OK;
}

int
store_incident_update(struct store *s, const struct incident *in,
    struct error *e)
{
	sqlite3_stmt *st;
	int rc;

	st = st_prepare(s, "UPDATE incident SET occurred_on = ?, what = ?, "
	    "people = ?, sensitive = ?, financial = ?, unlawful = ?, "
	    "over_1000 = ?, notice_days = ?, notes = ? WHERE id = ?", e);
	if (st == NULL)
		return e->status;
	st_bind_text(st, 1, in->occurred_on);
	st_bind_text(st, 2, in->what);
	st_bind_long_or_null(st, 3, in->people, -1);
	st_bind_long(st, 4, in->sensitive);
	st_bind_long(st, 5, in->financial);
	st_bind_long(st, 6, in->unlawful);
	st_bind_long(st, 7, in->over_1000);
	st_bind_long(st, 8, in->notice_days);
	st_bind_text(st, 9, in->notes ? in->notes : "");
	st_bind_long(st, 10, in->id);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_fail(s, rc, "incident", e);
	if (sqlite3_changes(s->db) != 1)
		return error_set(e, ST_DATA,
		    _("incident %ld: no such incident"), in->id);
	return ST_OK;
}

int
store_incident_close(struct store *s, long id, const char *closed_on,
    const char *reason, struct error *e)
{
	sqlite3_stmt *st;
	int rc;

	st = st_prepare(s, "UPDATE incident SET closed_on = ?, close_reason = ? "
	    "WHERE id = ?", e);
	if (st == NULL)
		return e->status;
	st_bind_text(st, 1, closed_on);
	st_bind_text(st, 2, reason);
	st_bind_long(st, 3, id);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_fail(s, rc, "incident", e);
	if (sqlite3_changes(s->db) != 1)
		return error_set(e, ST_DATA,
		    _("incident %ld: no such incident"), id);
	return ST_OK;
}
