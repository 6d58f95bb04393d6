/* SQL for organisations. */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_int.h"

#define ORG_COLUMNS "id, name, corporate_number, address, country, contact, " \
	"notes, is_root, created_at"

void
org_free(struct org *o)
{
	if (o == NULL)
		return;
	free(o->name);
	free(o->corporate_number);
	free(o->address);
	free(o->country);
	free(o->contact);
	free(o->notes);
	free(o->created_at);
	memset(o, 0, sizeof(*o));
}

void
org_list_free(struct org *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		org_free(&v[i]);
	free(v);
}

static int
org_read(sqlite3_stmt *st, void *p)
{
	struct org *o = p;

	o->id = sqlite3_column_int64(st, 0);
	o->name = st_col_text0(st, 1);
	o->corporate_number = st_col_text(st, 2);
	o->address = st_col_text(st, 3);
	o->country = st_col_text0(st, 4);
	o->contact = st_col_text(st, 5);
	o->notes = st_col_text(st, 6);
	o->is_root = sqlite3_column_int(st, 7) != 0;
	o->created_at = st_col_text0(st, 8);
	if (o->name == NULL || o->country == NULL || o->created_at == NULL) {
		org_free(o);
		return -1;
	}
	return 0;
}

static void
org_release(void *p)
{
	org_free(p);
}

/* Run a SELECT of ORG_COLUMNS and collect every row. */
static int
org_collect(struct store *s, sqlite3_stmt *st, struct org **out, size_t *n,
    struct error *e)
{
	return st_collect(s, st, sizeof(**out), org_read, org_release,
	    (void **)out, n, "organisations", e);
}

static int
constraint_error(struct store *s, int rc, const struct org *o, struct error *e)
{
	if (rc == SQLITE_CONSTRAINT_UNIQUE) {
		if (strstr(sqlite3_errmsg(s->db), "corporate_number"))
			return error_set(e, ST_DATA, _("corporate number %s: "
			    "already registered to another organisation"),
			    o->corporate_number);
		if (strstr(sqlite3_errmsg(s->db), "is_root"))
			return error_set(e, ST_DATA, _("init: the register "
			    "already has its entrusting business"));
		return error_set(e, ST_DATA, _("%s: an organisation with this "
		    "name already exists"), o->name);
	}
	return st_fail(s, rc, "organisation", e);
}

int
store_org_insert(struct store *s, struct org *o, struct error *e)
{
	sqlite3_stmt *st;
	char now[32];
	int rc;

	st = st_prepare(s, "INSERT INTO org (name, corporate_number, address, "
	    "country, contact, notes, is_root, created_at) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", e);
	if (st == NULL)
		return e->status;
	st_now(now);
	st_bind_text(st, 1, o->name);
	st_bind_text(st, 2, o->corporate_number);
	st_bind_text(st, 3, o->address);
	st_bind_text(st, 4, o->country ? o->country : "JP");
	st_bind_text(st, 5, o->contact);
	st_bind_text(st, 6, o->notes);
	st_bind_long(st, 7, o->is_root);
	st_bind_text(st, 8, now);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return constraint_error(s, rc, o, e);
	o->id = (long)sqlite3_last_insert_rowid(s->db);
	free(o->created_at);
	if ((o->created_at = strdup(now)) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	return ST_OK;
}

int
store_org_update(struct store *s, const struct org *o, struct error *e)
{
	sqlite3_stmt *st;
	int rc;

	st = st_prepare(s, "UPDATE org SET name = ?, corporate_number = ?, "
	    "address = ?, country = ?, contact = ?, notes = ? WHERE id = ?", e);
	if (st == NULL)
		return e->status;
	st_bind_text(st, 1, o->name);
	st_bind_text(st, 2, o->corporate_number);
	st_bind_text(st, 3, o->address);
	st_bind_text(st, 4, o->country);
	st_bind_text(st, 5, o->contact);
	st_bind_text(st, 6, o->notes);
	st_bind_long(st, 7, o->id);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return constraint_error(s, rc, o, e);
	return ST_OK;
}

int
store_org_get(struct store *s, long id, struct org *o, struct error *e)
{
	struct org *v;
	size_t n;
	sqlite3_stmt *st;

	st = st_prepare(s, "SELECT " ORG_COLUMNS " FROM org WHERE id = ?", e);
	if (st == NULL)
		return e->status;
	st_bind_long(st, 1, id);
	if (org_collect(s, st, &v, &n, e) != ST_OK)
		return e->status;
	if (n == 0) {
		free(v);
		return error_set(e, ST_DATA, _("organisation %ld: no such "
		    "organisation"), id);
	}
	*o = v[0];
	free(v);
	return ST_OK;
}

int
store_org_root(struct store *s, long *id, struct error *e)
{
	sqlite3_stmt *st;
	int rc;

	*id = 0;
	if ((st = st_prepare(s, "SELECT id FROM org WHERE is_root = 1", e)) == NULL)
		return e->status;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return st_fail(s, rc, "root", e);
	return ST_OK;
}

int
store_org_match(struct store *s, const char *name, struct org **out,
    size_t *n, struct error *e)
{
	sqlite3_stmt *st;

	st = st_prepare(s, "SELECT " ORG_COLUMNS " FROM org WHERE name = ?", e);
	if (st == NULL)
		return e->status;
	st_bind_text(st, 1, name);
	if (org_collect(s, st, out, n, e) != ST_OK || *n > 0)
		return e->status;
	free(*out);
	/* instr() rather than LIKE: names hold % and _ as often as not. */
	st = st_prepare(s, "SELECT " ORG_COLUMNS " FROM org "
	    "WHERE instr(name, ?) > 0 ORDER BY id", e);
	if (st == NULL)
		return e->status;
	st_bind_text(st, 1, name);
	return org_collect(s, st, out, n, e);
}

int
store_org_list(struct store *s, struct org **out, size_t *n, struct error *e)
{
	sqlite3_stmt *st;

	st = st_prepare(s, "SELECT " ORG_COLUMNS " FROM org ORDER BY id", e);
	if (st == NULL)
		return e->status;
	return org_collect(s, st, out, n, e);
}
