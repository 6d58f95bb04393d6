/* SQL for delegations. */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_int.h"

#define DELEGATION_COLUMNS "id, parent_id, child_id, data_items, purpose, " \
	"people, sensitive, credit_card, start_date, end_date, ended_on, risk, " \
	"review_months, approved_on, approved_by, approval_ref, notes, created_at"

void
delegation_free(struct delegation *d)
{
	if (d == NULL)
		return;
	free(d->data_items);
	free(d->purpose);
	free(d->start_date);
	free(d->end_date);
	free(d->ended_on);
	free(d->risk);
	free(d->approved_on);
	free(d->approved_by);
	free(d->approval_ref);
	free(d->notes);
	free(d->created_at);
	memset(d, 0, sizeof(*d));
}

void
delegation_list_free(struct delegation *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		delegation_free(&v[i]);
	free(v);
}

static int
delegation_read(sqlite3_stmt *st, void *p)
{
	struct delegation *d = p;

	d->id = sqlite3_column_int64(st, 0);
	d->parent_id = sqlite3_column_int64(st, 1);
	d->child_id = sqlite3_column_int64(st, 2);
	d->data_items = st_col_text0(st, 3);
	d->purpose = st_col_text0(st, 4);
	d->people = sqlite3_column_type(st, 5) == SQLITE_NULL ? -1 :
	    (long)sqlite3_column_int64(st, 5);
	d->sensitive = sqlite3_column_int(st, 6) != 0;
	d->credit_card = sqlite3_column_int(st, 7) != 0;
	d->start_date = st_col_text(st, 8);
	d->end_date = st_col_text(st, 9);
	d->ended_on = st_col_text(st, 10);
	d->risk = st_col_text0(st, 11);
	d->review_months = sqlite3_column_int(st, 12);
	d->approved_on = st_col_text(st, 13);
	d->approved_by = st_col_text(st, 14);
	d->approval_ref = st_col_text(st, 15);
	d->notes = st_col_text0(st, 16);
	d->created_at = st_col_text0(st, 17);
	if (!d->data_items || !d->purpose || !d->risk || !d->notes || !d->created_at) {
		delegation_free(d);
		return -1;
	}
	return 0;
}

static void
delegation_release(void *p)
{
	delegation_free(p);
}

static int
delegation_collect(struct store *s, sqlite3_stmt *st, struct delegation **out,
    size_t *n, struct error *e)
{
	return st_collect(s, st, sizeof(**out), delegation_read,
	    delegation_release, (void **)out, n, "delegations", e);
}

/* Bind every column but id and created_at, in DELEGATION_COLUMNS order from 1. */
static void
delegation_bind(sqlite3_stmt *st, const struct delegation *d)
{
	st_bind_long(st, 1, d->parent_id);
	st_bind_long(st, 2, d->child_id);
	st_bind_text(st, 3, d->data_items ? d->data_items : "");
	st_bind_text(st, 4, d->purpose ? d->purpose : "");
	st_bind_long_or_null(st, 5, d->people, -1);
	st_bind_long(st, 6, d->sensitive);
	st_bind_long(st, 7, d->credit_card);
	st_bind_text(st, 8, d->start_date);
	st_bind_text(st, 9, d->end_date);
	st_bind_text(st, 10, d->ended_on);
	st_bind_text(st, 11, d->risk ? d->risk : "medium");
	st_bind_long_or_null(st, 12, d->review_months, 0);
	st_bind_text(st, 13, d->approved_on);
	st_bind_text(st, 14, d->approved_by);
	st_bind_text(st, 15, d->approval_ref);
	st_bind_text(st, 16, d->notes ? d->notes : "");
}

int
store_delegation_insert(struct store *s, struct delegation *d, struct error *e)
{
	sqlite3_stmt *st;
	char now[32];
	int rc;

	st = st_prepare(s, "INSERT INTO delegation (parent_id, child_id, "
	    "data_items, purpose, people, sensitive, credit_card, start_date, "
	    "end_date, ended_on, risk, review_months, approved_on, approved_by, "
	    "approval_ref, notes, created_at) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e);
	if (st == NULL)
		return e->status;
	delegation_bind(st, d);
	st_now(now);
	st_bind_text(st, 17, now);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_fail(s, rc, "delegation", e);
	d->id = (long)sqlite3_last_insert_rowid(s->db);
	free(d->created_at);
	if ((d->created_at = strdup(now)) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	return ST_OK;
}

int
store_delegation_update(struct store *s, const struct delegation *d,
    struct error *e)
{
	sqlite3_stmt *st;
	int rc;

	st = st_prepare(s, "UPDATE delegation SET parent_id = ?, child_id = ?, "
	    "data_items = ?, purpose = ?, people = ?, sensitive = ?, "
	    "credit_card = ?, start_date = ?, end_date = ?, ended_on = ?, "
	    "risk = ?, review_months = ?, approved_on = ?, approved_by = ?, "
	    "approval_ref = ?, notes = ? WHERE id = ?", e);
	if (st == NULL)
		return e->status;
	delegation_bind(st, d);
	st_bind_long(st, 17, d->id);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_fail(s, rc, "delegation", e);
	return ST_OK;
}

int
store_delegation_get(struct store *s, long id, struct delegation *d,
    struct error *e)
{
	struct delegation *v;
	sqlite3_stmt *st;
	size_t n;

	st = st_prepare(s, "SELECT " DELEGATION_COLUMNS " FROM delegation "
	    "WHERE id = ?", e);
	if (st == NULL)
		return e->status;
	st_bind_long(st, 1, id);
	if (delegation_collect(s, st, &v, &n, e) != ST_OK)
		return e->status;
	if (n == 0) {
		free(v);
		return error_set(e, ST_DATA,
		    _("delegation %ld: no such delegation"), id);
	}
	*d = v[0];
	free(v);
	return ST_OK;
}

int
store_delegation_list(struct store *s, struct delegation **out, size_t *n,
    struct error *e)
{
	sqlite3_stmt *st;

	st = st_prepare(s, "SELECT " DELEGATION_COLUMNS " FROM delegation "
	    "ORDER BY id", e);
	if (st == NULL)
		return e->status;
	return delegation_collect(s, st, out, n, e);
}
