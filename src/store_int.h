/* Private to the store module (src/store*.c): the handle and SQL helpers. */
#ifndef ITAKU_STORE_INT_H
#define ITAKU_STORE_INT_H

#include <sqlite3.h>

#include "store.h"

struct store {
	sqlite3 *db;
	char *path;
	char user[128];
	char command[512];
	bool exposed;
	int depth;		/* nested store_begin() calls */
};

/* Prepare sql; on failure set a ST_DB error naming the SQLite message. */
sqlite3_stmt *st_prepare(struct store *, const char *sql, struct error *);
/* Map a failed sqlite3 result to an error. */
int st_fail(struct store *, int rc, const char *what, struct error *);
/* The same for a handle outside a store (db may be NULL), named path. */
int st_fail_db(sqlite3 *db, int rc, const char *path, const char *what,
    struct error *);
/* Run sql that returns no rows. */
int st_exec(struct store *, const char *sql, struct error *);

void st_bind_text(sqlite3_stmt *, int, const char *);	/* NULL binds NULL */
void st_bind_long(sqlite3_stmt *, int, long);
void st_bind_long_or_null(sqlite3_stmt *, int, long, long null_value);
/* A malloc'd copy of a text column, NULL for SQL NULL. */
char *st_col_text(sqlite3_stmt *, int);
/* "" instead of NULL, for NOT NULL columns. */
char *st_col_text0(sqlite3_stmt *, int);
/*
 * Step st to the end, reading each row into a growing array of elements of
 * size bytes with read (which returns -1 when memory ran out, having freed
 * what it had read) and freeing them with release (when not NULL) on
 * failure.  Finalizes st.
 */
int st_collect(struct store *, sqlite3_stmt *st, size_t size,
    int (*read)(sqlite3_stmt *, void *), void (*release)(void *),
    void **out, size_t *n, const char *what, struct error *);

#define REVIEW_COLUMNS "id, delegation_id, reviewed_on, reviewer, method, " \
	"result, notes, evidence, checklist, created_at"
#define DOCUMENT_COLUMNS "id, delegation_id, sha256, filename, format, " \
	"encoding, size, ruleset, ruleset_version, present, missing, " \
	"imported_at, superseded_by"
#define CERT_COLUMNS "id, org_id, kind, ident, issued_on, expires_on, notes, " \
	"created_at"

struct review;
struct cert;
/*
 * Read a row of DOCUMENT_COLUMNS, and then text and result when the
 * statement has them (DOCUMENT_COLUMNS ", text, result"); else they stay
 * NULL.  For st_collect(): -1 when memory ran out, having freed the row.
 */
int st_document_read(sqlite3_stmt *, void *);
/* Run a SELECT of REVIEW_COLUMNS (CERT_COLUMNS) and collect every row. */
int st_review_collect(struct store *, sqlite3_stmt *, struct review **,
    size_t *, const char *what, struct error *);
int st_cert_collect(struct store *, sqlite3_stmt *, struct cert **, size_t *,
    const char *what, struct error *);

/* Now in UTC, "YYYY-MM-DDTHH:MM:SSZ". */
void st_now(char buf[32]);

#endif
