/* SQL for certifications (ISMS, Privacy Mark, SOC 2 report periods). */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_int.h"
#include "store_review.h"

void
cert_free(struct cert *c)
{
	if (c == NULL)
		return;
	free(c->kind);
	free(c->ident);
	free(c->issued_on);
	free(c->expires_on);
	free(c->notes);
	free(c->created_at);
	memset(c, 0, sizeof(*c));
}

void
cert_list_free(struct cert *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		cert_free(&v[i]);
	free(v);
}

/* A row of CERT_COLUMNS, for st_collect(). */
static int
cert_read(sqlite3_stmt *st, void *p)
{
	struct cert *c = p;

	c->id = sqlite3_column_int64(st, 0);
	c->org_id = sqlite3_column_int64(st, 1);
	c->kind = st_col_text0(st, 2);
	c->ident = st_col_text0(st, 3);
	c->issued_on = st_col_text(st, 4);
	c->expires_on = st_col_text0(st, 5);
	c->notes = st_col_text0(st, 6);
	c->created_at = st_col_text0(st, 7);
	if (!c->kind || !c->ident || !c->expires_on || !c->notes ||
	    !c->created_at || (sqlite3_column_type(st, 4) != SQLITE_NULL &&
	    !c->issued_on)) {
		cert_free(c);
		return -1;
	}
	return 0;
}

static void
cert_release(void *p)
{
	cert_free(p);
}

int
st_cert_collect(struct store *s, sqlite3_stmt *st, struct cert **out,
    size_t *n, const char *what, struct error *e)
{
	return st_collect(s, st, sizeof(**out), cert_read, cert_release,
	    (void **)out, n, what, e);
}

int
store_cert_insert(struct store *s, struct cert *c, struct error *e)
{
	sqlite3_stmt *st;
	char now[32];
	int rc;

	st = st_prepare(s, "INSERT INTO certification (org_id, kind, ident, "
	    "issued_on, expires_on, notes, created_at) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?)", e);
	if (st == NULL)
		return e->status;
	st_now(now);
	st_bind_long(st, 1, c->org_id);
	st_bind_text(st, 2, c->kind);
	st_bind_text(st, 3, c->ident ? c->ident : "");
	st_bind_text(st, 4, c->issued_on);
	st_bind_text(st, 5, c->expires_on);
	st_bind_text(st, 6, c->notes ? c->notes : "");
	st_bind_text(st, 7, now);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_fail(s, rc, "certification", e);
	c->id = (long)sqlite3_last_insert_rowid(s->db);
	free(c->created_at);
	if ((c->created_at = strdup(now)) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	return ST_OK;
}

int
store_cert_list(struct store *s, long org_id, int current_only,
    struct cert **out, size_t *n, struct error *e)
{
	sqlite3_stmt *st;

	*out = NULL;
	*n = 0;
	/* A renewal is a new row; only the latest expiry of a kind counts. */
	st = st_prepare(s, current_only ?
	    "SELECT " CERT_COLUMNS " FROM certification c WHERE "
	    "(?1 = 0 OR org_id = ?1) AND NOT EXISTS (SELECT 1 FROM "
	    "certification n WHERE n.org_id = c.org_id AND n.kind = c.kind AND "
	    "(n.expires_on > c.expires_on OR (n.expires_on = c.expires_on AND "
	    "n.id > c.id))) ORDER BY org_id, kind, expires_on, id" :
	    "SELECT " CERT_COLUMNS " FROM certification WHERE "
	    "(?1 = 0 OR org_id = ?1) ORDER BY org_id, kind, expires_on, id", e);
	if (st == NULL)
		return e->status;
	st_bind_long(st, 1, org_id);
	return st_cert_collect(s, st, out, n, "certifications", e);
}
