/*
 * Opening, migrating and transactions.  Migrations are an array indexed by
 * user_version, applied inside one exclusive transaction that re-reads the
 * version, so two processes opening a fresh database do not race.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "store_int.h"

static const char *const migrations[] = {
	/* 1: the register, the audit trail, contracts and reviews. */
	"CREATE TABLE meta ("
	"  key TEXT PRIMARY KEY,"
	"  value TEXT NOT NULL);"
	"CREATE TABLE org ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE,"
	"  corporate_number TEXT UNIQUE,"
	"  address TEXT,"
	"  country TEXT NOT NULL DEFAULT 'JP',"
	"  contact TEXT,"
	"  notes TEXT,"
	"  is_root INTEGER NOT NULL DEFAULT 0 CHECK (is_root IN (0, 1)),"
	"  created_at TEXT NOT NULL);"
	"CREATE UNIQUE INDEX org_one_root ON org(is_root) WHERE is_root = 1;"
	"CREATE TABLE delegation ("
	"  id INTEGER PRIMARY KEY,"
	"  parent_id INTEGER NOT NULL REFERENCES org(id),"
	"  child_id INTEGER NOT NULL REFERENCES org(id),"
	"  data_items TEXT NOT NULL DEFAULT '',"
	"  purpose TEXT NOT NULL DEFAULT '',"
	"  people INTEGER CHECK (people IS NULL OR people >= 0),"
	"  sensitive INTEGER NOT NULL DEFAULT 0,"
	"  credit_card INTEGER NOT NULL DEFAULT 0,"
	"  start_date TEXT,"
	"  end_date TEXT,"
	"  ended_on TEXT,"
	"  risk TEXT NOT NULL DEFAULT 'medium'"
	"    CHECK (risk IN ('high', 'medium', 'low')),"
	"  review_months INTEGER CHECK (review_months IS NULL OR review_months > 0),"
	"  approved_on TEXT,"
	"  approved_by TEXT,"
	"  approval_ref TEXT,"
	"  notes TEXT NOT NULL DEFAULT '',"
	"  created_at TEXT NOT NULL,"
	"  CHECK (parent_id <> child_id));"
	"CREATE INDEX delegation_parent ON delegation(parent_id);"
	"CREATE INDEX delegation_child ON delegation(child_id);"
	"CREATE TABLE audit ("
	"  seq INTEGER PRIMARY KEY,"
	"  at TEXT NOT NULL,"
	"  user TEXT NOT NULL,"
	"  command TEXT NOT NULL,"
	"  entity TEXT NOT NULL,"
	"  entity_id INTEGER,"
	"  action TEXT NOT NULL,"
	"  old_value TEXT,"
	"  new_value TEXT,"
	"  prev_hash TEXT NOT NULL,"
	"  hash TEXT NOT NULL);"
	"CREATE TABLE document ("
	"  id INTEGER PRIMARY KEY,"
	"  delegation_id INTEGER NOT NULL REFERENCES delegation(id),"
	"  sha256 TEXT NOT NULL,"
	"  filename TEXT NOT NULL,"
	"  format TEXT NOT NULL,"
	"  encoding TEXT,"
	"  size INTEGER NOT NULL,"
	"  text TEXT NOT NULL,"
	"  ruleset TEXT NOT NULL,"
	"  ruleset_version TEXT NOT NULL,"
	"  present INTEGER NOT NULL,"
	"  missing INTEGER NOT NULL,"
	"  result TEXT NOT NULL,"
	"  imported_at TEXT NOT NULL,"
	"  superseded_by INTEGER REFERENCES document(id),"
	"  UNIQUE (delegation_id, sha256));"
	"CREATE TABLE document_clause ("
	"  document_id INTEGER NOT NULL REFERENCES document(id),"
	"  clause TEXT NOT NULL,"
	"  title TEXT NOT NULL,"
	"  present INTEGER NOT NULL CHECK (present IN (0, 1)),"
	"  article TEXT,"
	"  evidence TEXT,"
	"  PRIMARY KEY (document_id, clause));"
	"CREATE TABLE review ("
	"  id INTEGER PRIMARY KEY,"
	"  delegation_id INTEGER NOT NULL REFERENCES delegation(id),"
	"  reviewed_on TEXT NOT NULL,"
	"  reviewer TEXT NOT NULL,"
	"  method TEXT NOT NULL CHECK (method IN"
	"    ('questionnaire', 'onsite', 'audit-report', 'certification')),"
	"  result TEXT NOT NULL CHECK (result IN ('pass', 'conditional', 'fail')),"
	"  notes TEXT NOT NULL DEFAULT '',"
	"  evidence TEXT NOT NULL DEFAULT '',"
	"  checklist TEXT,"
	"  created_at TEXT NOT NULL);"
	"CREATE INDEX review_delegation ON review(delegation_id, reviewed_on);"
	"CREATE TABLE review_answer ("
	"  review_id INTEGER NOT NULL REFERENCES review(id),"
	"  item TEXT NOT NULL,"
	"  answer TEXT NOT NULL CHECK (answer IN ('ok', 'ng', 'na')),"
	"  note TEXT NOT NULL DEFAULT '',"
	"  PRIMARY KEY (review_id, item));"
	"CREATE TABLE certification ("
	"  id INTEGER PRIMARY KEY,"
	"  org_id INTEGER NOT NULL REFERENCES org(id),"
	"  kind TEXT NOT NULL,"
	"  ident TEXT NOT NULL DEFAULT '',"
	"  issued_on TEXT,"
	"  expires_on TEXT NOT NULL,"
	"  notes TEXT NOT NULL DEFAULT '',"
	"  created_at TEXT NOT NULL);"
	"CREATE INDEX certification_org ON certification(org_id);",
	/* 2: incidents (漏えい等) and their response steps. */
	"CREATE TABLE incident ("
	"  id INTEGER PRIMARY KEY,"
	"  delegation_id INTEGER NOT NULL REFERENCES delegation(id),"
	"  discovered_on TEXT NOT NULL,"
	"  occurred_on TEXT,"
	"  what TEXT NOT NULL,"
	"  people INTEGER CHECK (people IS NULL OR people >= 0),"
	"  sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),"
	"  financial INTEGER NOT NULL DEFAULT 0 CHECK (financial IN (0, 1)),"
	"  unlawful INTEGER NOT NULL DEFAULT 0 CHECK (unlawful IN (0, 1)),"
	"  over_1000 INTEGER NOT NULL DEFAULT 0 CHECK (over_1000 IN (0, 1)),"
	"  notice_days INTEGER NOT NULL DEFAULT 1 CHECK (notice_days >= 0),"
	"  notes TEXT NOT NULL DEFAULT '',"
	"  closed_on TEXT,"
	"  close_reason TEXT,"
	"  created_at TEXT NOT NULL);"
	"CREATE INDEX incident_delegation ON incident(delegation_id);"
	"CREATE TABLE incident_step ("
	"  incident_id INTEGER NOT NULL REFERENCES incident(id),"
	"  step TEXT NOT NULL CHECK (step IN ('notice', 'fact', 'scope',"
	"    'prevention', 'notify', 'report-quick', 'report-final', 'publish')),"
	"  done_on TEXT NOT NULL,"
	"  notes TEXT NOT NULL DEFAULT '',"
	"  created_at TEXT NOT NULL,"
	"  PRIMARY KEY (incident_id, step));",
};

#define NMIGRATIONS ((int)(sizeof(migrations) / sizeof(migrations[0])))

sqlite3_stmt *
st_prepare(struct store *s, const char *sql, struct error *e)
{
	sqlite3_stmt *st = NULL;
	int rc;

	rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
	if (rc != SQLITE_OK) {
		st_fail(s, rc, "prepare", e);
		return NULL;
	}
	return st;
}

int
st_fail(struct store *s, int rc, const char *what, struct error *e)
{
	return st_fail_db(s->db, rc, s->path, what, e);
}

int
st_fail_db(sqlite3 *db, int rc, const char *path, const char *what,
    struct error *e)
{
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return error_set(e, ST_DB, _("%s: database is busy (another "
		    "itaku is writing); try again"), path);
	case SQLITE_NOTADB:
		return error_set(e, ST_DB,
		    _("%s: not an itaku database"), path);
	case SQLITE_CORRUPT:
		return error_set(e, ST_DB, _("%s: database is corrupt; "
		    "restore it from a backup"), path);
	case SQLITE_FULL:
		return error_set(e, ST_DB, _("%s: disk full"), path);
	case SQLITE_READONLY:
		return error_set(e, ST_DB,
		    _("%s: database is read-only"), path);
	case SQLITE_NOMEM:
		return error_set(e, ST_INTERNAL, _("out of memory"));
	default:
		return error_set(e, ST_DB, "%s: %s: %s", path, what,
		    db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
	}
}

int
st_exec(struct store *s, const char *sql, struct error *e)
{
	int rc;

	rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return st_fail(s, rc, "exec", e);
	return ST_OK;
}

void
st_bind_text(sqlite3_stmt *st, int i, const char *v)
{
	if (v == NULL)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
}

void
st_bind_long(sqlite3_stmt *st, int i, long v)
{
	sqlite3_bind_int64(st, i, v);
}

void
st_bind_long_or_null(sqlite3_stmt *st, int i, long v, long null_value)
{
	if (v == null_value)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_int64(st, i, v);
}

char *
st_col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return t ? strdup((const char *)t) : NULL;
}

char *
st_col_text0(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return strdup(t ? (const char *)t : "");
}

void
st_now(char buf[32])
{
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int
st_collect(struct store *s, sqlite3_stmt *st, size_t size,
    int (*read)(sqlite3_stmt *, void *), void (*release)(void *),
    void **out, size_t *n, const char *what, struct error *e)
{
	char *v = NULL, *nv;
	size_t len = 0, cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (len == cap) {
			cap = cap ? cap * 2 : 16;
			if ((nv = realloc(v, cap * size)) == NULL)
				goto nomem;
			v = nv;
		}
		memset(v + len * size, 0, size);
		if (read(st, v + len * size) == -1)
			goto nomem;
		len++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		while (release && len-- > 0)
			release(v + len * size);
		free(v);
		return st_fail(s, rc, what, e);
	}
	*out = v;
	*n = len;
	return ST_OK;
nomem:
	sqlite3_finalize(st);
	while (release && len-- > 0)
		release(v + len * size);
	free(v);
	return error_set(e, ST_INTERNAL, _("out of memory"));
}

static int
pragma_int(struct store *s, const char *sql, int *v, struct error *e)
{
	sqlite3_stmt *st;
	int rc;

	if ((st = st_prepare(s, sql, e)) == NULL)
		return e->status;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return st_fail(s, rc, sql, e);
	return ST_OK;
}

/* Make the directories above path, mode 0700. */
static int
make_parents(const char *path, struct error *e)
{
	char buf[PATH_MAX], *p;

	if (strlen(path) >= sizeof(buf))
		return error_set(e, ST_DB, _("%s: path too long"), path);
	strcpy(buf, path);
	for (p = buf + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, 0700) == -1 && errno != EEXIST)
			return error_set(e, ST_DB, "%s: %s", buf, strerror(errno));
		*p = '/';
	}
	return ST_OK;
}

/* Create an empty file readable by the owner only, so SQLite's files inherit it. */
static int
create_private(const char *path, struct error *e)
{
	int fd;

	if (make_parents(path, e) != ST_OK)
		return e->status;
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd == -1 && errno != EEXIST)
		return error_set(e, ST_DB, "%s: %s", path, strerror(errno));
	if (fd != -1)
		close(fd);
	return ST_OK;
}

static int
migrate(struct store *s, struct error *e)
{
	int version, appid, tables;
	char sql[96];

	if (st_exec(s, "BEGIN EXCLUSIVE", e) != ST_OK)
		return e->status;
	if (pragma_int(s, "PRAGMA application_id", &appid, e) != ST_OK ||
	    pragma_int(s, "PRAGMA user_version", &version, e) != ST_OK ||
	    pragma_int(s, "SELECT count(*) FROM sqlite_master", &tables, e) != ST_OK)
		goto fail;
	if (appid != STORE_APPLICATION_ID && (appid != 0 || tables != 0)) {
		error_set(e, ST_DB, _("%s: not an itaku database"), s->path);
		goto fail;
	}
	if (version > NMIGRATIONS) {
		error_set(e, ST_DB, _("%s: database schema version %d is "
		    "newer than this itaku (%d); upgrade itaku"),
		    s->path, version, NMIGRATIONS);
		goto fail;
	}
	for (; version < NMIGRATIONS; version++)
		if (st_exec(s, migrations[version], e) != ST_OK)
			goto fail;
	snprintf(sql, sizeof(sql), "PRAGMA application_id = %d;"
	    "PRAGMA user_version = %d", STORE_APPLICATION_ID, NMIGRATIONS);
	if (st_exec(s, sql, e) != ST_OK || st_exec(s, "COMMIT", e) != ST_OK)
		goto fail;
	return ST_OK;
fail:
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return e->status;
}

int
store_open(const char *path, struct store **out, struct error *e)
{
	struct store *s;
	struct stat st;
	bool memory;
	int rc;

	*out = NULL;
	memory = strcmp(path, STORE_MEMORY) == 0;
	if (!memory && stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		return error_set(e, ST_DB, _("%s: not a regular file"), path);
	if (!memory && create_private(path, e) != ST_OK)
		return e->status;
	if ((s = calloc(1, sizeof(*s))) == NULL || (s->path = strdup(path)) == NULL) {
		free(s);
		return error_set(e, ST_INTERNAL, _("out of memory"));
	}
	if (!memory && stat(path, &st) == 0)
		s->exposed = (st.st_mode & 077) != 0;
	rc = sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_NOFOLLOW, NULL);
	if (rc != SQLITE_OK) {
		if (s->db != NULL)
			st_fail(s, rc, "open", e);
		else
			error_set(e, ST_INTERNAL, _("out of memory"));
		goto fail;
	}
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, 15000);
	/* WAL lets the cron job read while a person writes. */
	if ((!memory && st_exec(s, "PRAGMA journal_mode = WAL", e) != ST_OK) ||
	    st_exec(s, "PRAGMA synchronous = FULL", e) != ST_OK ||
	    st_exec(s, "PRAGMA foreign_keys = ON", e) != ST_OK ||
	    migrate(s, e) != ST_OK)
		goto fail;
	*out = s;
	return ST_OK;
fail:
	store_close(s);
	return e->status;
}

void
store_close(struct store *s)
{
	if (s == NULL)
		return;
	sqlite3_close_v2(s->db);
	free(s->path);
	free(s);
}

bool
store_exposed(const struct store *s)
{
	return s->exposed;
}

int
store_schema_version(struct store *s)
{
	struct error e = { 0 };
	int v = -1;

	pragma_int(s, "PRAGMA user_version", &v, &e);
	return v;
}

void
store_set_actor(struct store *s, const char *user, const char *command)
{
	snprintf(s->user, sizeof(s->user), "%s", user ? user : "");
	snprintf(s->command, sizeof(s->command), "%s", command ? command : "");
}

const char *
store_actor_user(const struct store *s)
{
	return s->user;
}

const char *
store_actor_command(const struct store *s)
{
	return s->command;
}

int
store_begin(struct store *s, struct error *e)
{
	if (s->depth++ > 0)
		return ST_OK;
	if (st_exec(s, "BEGIN IMMEDIATE", e) != ST_OK) {
		s->depth = 0;
		return e->status;
	}
	return ST_OK;
}

int
store_commit(struct store *s, struct error *e)
{
	if (s->depth == 0 || --s->depth > 0)
		return ST_OK;
	if (st_exec(s, "COMMIT", e) != ST_OK) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return e->status;
	}
	return ST_OK;
}

void
store_rollback(struct store *s)
{
	if (s->depth == 0)
		return;
	s->depth = 0;
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
}
