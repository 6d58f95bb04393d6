/*
 * Backup and restore through SQLite's online backup API (see
 * store_backup.h for why a restore copies into the live database rather
 * than renaming a file over it).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "store_backup.h"
#include "store_int.h"

#define BUSY_TRIES 150		/* times 100 ms: the store's busy timeout */

/*
 * As st_fail_db(), but without the advice to restore from a backup: the
 * damaged file may be the backup itself.
 */
static int
db_fail(sqlite3 *db, int rc, const char *path, const char *what,
    struct error *e)
{
	if ((rc & 0xff) == SQLITE_CORRUPT)
		return error_set(e, ST_DB, _("%s: damaged (%s)"), path, what);
	return st_fail_db(db, rc, path, what, e);
}

/* "dir/.base.tag.XXXXXX", created 0600 by mkstemp; the descriptor is returned. */
static int
make_temp(const char *path, const char *tag, char tmp[PATH_MAX], struct error *e)
{
	const char *slash = strrchr(path, '/');
	int n, fd;

	if (slash == NULL)
		n = snprintf(tmp, PATH_MAX, ".%s.%s.XXXXXX", path, tag);
	else
		n = snprintf(tmp, PATH_MAX, "%.*s/.%s.%s.XXXXXX",
		    (int)(slash - path), path, slash + 1, tag);
	if (n < 0 || n >= PATH_MAX)
		return error_set(e, ST_FILE, _("%s: path too long"), path);
	if ((fd = mkstemp(tmp)) == -1) {
		error_set(e, ST_FILE, "%s: %s", tmp, strerror(errno));
		tmp[0] = '\0';
		return -1;
	}
	return fd;
}

/* Remove a temporary database and whatever journal SQLite left beside it. */
static void
remove_temp(const char *tmp)
{
	static const char *const ext[] = { "", "-journal", "-wal", "-shm" };
	char p[PATH_MAX + 16];

	if (tmp[0] == '\0')
		return;
	for (size_t i = 0; i < sizeof(ext) / sizeof(ext[0]); i++) {
		snprintf(p, sizeof(p), "%s%s", tmp, ext[i]);
		unlink(p);
	}
}

static void
sync_dir(const char *path)
{
	char dir[PATH_MAX];
	const char *slash = strrchr(path, '/');
	int fd;

	if (slash == NULL)
		strcpy(dir, ".");
	else
		snprintf(dir, sizeof(dir), "%.*s", slash == path ? 1 :
		    (int)(slash - path), path);
	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) != -1) {
		fsync(fd);
		close(fd);
	}
}

/*
 * Copy src's main database into dst's in steps, retrying while a writer
 * holds a lock; the whole copy is one transaction on dst.
 */
static int
copy_db(sqlite3 *dst, const char *dst_path, sqlite3 *src, struct error *e)
{
	sqlite3_backup *b;
	int rc, tries = 0;

	if ((b = sqlite3_backup_init(dst, "main", src, "main")) == NULL)
		return db_fail(dst, sqlite3_errcode(dst), dst_path, "backup", e);
	do {
		rc = sqlite3_backup_step(b, -1);
		if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) &&
		    ++tries < BUSY_TRIES)
			sqlite3_sleep(100);
		else if (rc != SQLITE_OK)
			break;
	} while (rc != SQLITE_DONE);
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE)
		return db_fail(dst, rc, dst_path, "backup", e);
	return ST_OK;
}

/*
 * Copy src to a new file path (0600): a temporary file beside it, a
 * self-contained rollback-journal database, synced, then linked (never
 * replacing) or, with force, renamed into place.
 */
static int
write_copy(sqlite3 *src, const char *path, bool force, struct error *e)
{
	char tmp[PATH_MAX] = "";
	sqlite3 *dst = NULL;
	struct stat st;
	int fd = -1, rc;

	if (lstat(path, &st) == 0) {
		if (!force)
			return error_set(e, ST_FILE, _("%s: already exists; use "
			    "--force to replace it"), path);
		if (!S_ISREG(st.st_mode))
			return error_set(e, ST_FILE, _("%s: not a regular file"), path);
	}
	if ((fd = make_temp(path, "backup", tmp, e)) == -1)
		goto fail;
	rc = sqlite3_open_v2(tmp, &dst, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_NOFOLLOW, NULL);
	if (rc != SQLITE_OK) {
		db_fail(dst, rc, tmp, "open", e);
		goto fail;
	}
	if (copy_db(dst, path, src, e) != ST_OK)
		goto fail;
	/* A backup is one file: no -wal to lose when it is copied alone. */
	rc = sqlite3_exec(dst, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		db_fail(dst, rc, path, "journal mode", e);
		goto fail;
	}
	rc = sqlite3_close(dst);
	dst = NULL;
	if (rc != SQLITE_OK) {
		error_set(e, ST_DB, _("%s: close: %s"), path, sqlite3_errstr(rc));
		goto fail;
	}
	if (fsync(fd) == -1) {
		error_set(e, ST_FILE, "%s: %s", path, strerror(errno));
		goto fail;
	}
	close(fd);
	fd = -1;
	if (!force && link(tmp, path) == 0)
		unlink(tmp);
	else if (!force && errno == EEXIST) {
		error_set(e, ST_FILE, _("%s: already exists; use --force to "
		    "replace it"), path);
		goto fail;
	} else if (rename(tmp, path) == -1) {
		/* No hard links here (or --force): rename is atomic too. */
		error_set(e, ST_FILE, "%s: %s", path, strerror(errno));
		goto fail;
	}
	sync_dir(path);
	return ST_OK;
fail:
	sqlite3_close(dst);
	if (fd != -1)
		close(fd);
	remove_temp(tmp);
	return e->status;
}

int
store_backup(struct store *s, const char *path, bool force, struct error *e)
{
	return write_copy(s->db, path, force, e);
}

static int
query_int(sqlite3 *db, const char *path, const char *sql, int *v,
    struct error *e)
{
	sqlite3_stmt *st = NULL;
	int rc;

	rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		*v = sqlite3_column_int(st, 0);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, path, sql, e);
	return ST_OK;
}

static int
integrity(sqlite3 *db, const char *path, struct error *e)
{
	sqlite3_stmt *st = NULL;
	const unsigned char *t;
	int rc;

	rc = sqlite3_prepare_v2(db, "PRAGMA integrity_check(1)", -1, &st, NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		t = sqlite3_column_text(st, 0);
		if (t == NULL || strcmp((const char *)t, "ok") != 0)
			error_set(e, ST_DB, _("%s: damaged: %s"), path,
			    t ? (const char *)t : "no answer");
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, path, "integrity check", e);
	return e->status;
}

int
store_open_backup(const char *path, int max_version, struct store **out,
    struct error *e)
{
	struct store *s;
	struct stat st;
	int rc, appid, version;

	*out = NULL;
	if (stat(path, &st) == -1)
		return error_set(e, ST_FILE, "%s: %s", path, strerror(errno));
	if (!S_ISREG(st.st_mode))
		return error_set(e, ST_FILE, _("%s: not a regular file"), path);
	if (access(path, R_OK) == -1)
		return error_set(e, ST_FILE, "%s: %s", path, strerror(errno));
	if (st.st_size == 0)
		return error_set(e, ST_DB, _("%s: empty file, not an itaku "
		    "database"), path);
	if ((s = calloc(1, sizeof(*s))) == NULL || (s->path = strdup(path)) == NULL) {
		free(s);
		return error_set(e, ST_INTERNAL, _("out of memory"));
	}
	rc = sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READONLY |
	    SQLITE_OPEN_NOFOLLOW, NULL);
	if (rc != SQLITE_OK) {
		db_fail(s->db, rc, path, "open", e);
		goto fail;
	}
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, 15000);
	if (query_int(s->db, path, "PRAGMA application_id", &appid, e) != ST_OK)
		goto fail;
	if (appid != STORE_APPLICATION_ID) {
		error_set(e, ST_DB, _("%s: not an itaku database"), path);
		goto fail;
	}
	if (query_int(s->db, path, "PRAGMA user_version", &version, e) != ST_OK)
		goto fail;
	if (version > max_version) {
		error_set(e, ST_DB, _("%s: database schema version %d is newer "
		    "than this itaku (%d); upgrade itaku"), path, version,
		    max_version);
		goto fail;
	}
	if (integrity(s->db, path, e) != ST_OK)
		goto fail;
	*out = s;
	return ST_OK;
fail:
	store_close(s);
	return e->status;
}

/* Copy the backup to a temporary database beside path, migrated, for fn. */
static int
prepare(const char *path, struct store *backup, const char *user,
    const char *command, char tmp[PATH_MAX], struct store **next,
    struct error *e)
{
	sqlite3 *db = NULL;
	int fd, rc;

	*next = NULL;
	if ((fd = make_temp(path, "restore", tmp, e)) == -1)
		return e->status;
	close(fd);
	rc = sqlite3_open_v2(tmp, &db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_NOFOLLOW, NULL);
	if (rc != SQLITE_OK) {
		db_fail(db, rc, tmp, "open", e);
		sqlite3_close(db);
		return e->status;
	}
	rc = copy_db(db, tmp, backup->db, e);
	sqlite3_close(db);
	if (rc != ST_OK || store_open(tmp, next, e) != ST_OK)
		return e->status;
	store_set_actor(*next, user, command);
	return ST_OK;
}

int
store_restore(struct store *live, struct store *backup, const char *keep,
    store_restore_fn *fn, void *arg, struct error *e)
{
	char tmp[PATH_MAX] = "";
	struct store *next = NULL;
	sqlite3_backup *b = NULL;
	sqlite3 *kdb = NULL;
	bool kept = false;
	int rc, tries = 0;

	if (prepare(live->path, backup, live->user, live->command, tmp, &next,
	    e) != ST_OK)
		goto fail;
	if ((b = sqlite3_backup_init(live->db, "main", next->db, "main")) == NULL) {
		st_fail(live, sqlite3_errcode(live->db), "restore", e);
		goto fail;
	}
	/* Copying no page yet takes the live write lock and keeps it. */
	while ((rc = sqlite3_backup_step(b, 0)) == SQLITE_BUSY ||
	    rc == SQLITE_LOCKED) {
		if (++tries >= BUSY_TRIES)
			break;
		sqlite3_sleep(100);
	}
	if (rc != SQLITE_OK && rc != SQLITE_DONE) {
		st_fail(live, rc, "restore", e);
		goto fail;
	}
	/* No writer can commit now: save the database as it is. */
	rc = sqlite3_open_v2(live->path, &kdb, SQLITE_OPEN_READONLY |
	    SQLITE_OPEN_NOFOLLOW, NULL);
	if (rc != SQLITE_OK) {
		db_fail(kdb, rc, live->path, "open", e);
		goto fail;
	}
	sqlite3_busy_timeout(kdb, 15000);
	if (write_copy(kdb, keep, false, e) != ST_OK)
		goto fail;
	kept = true;
	sqlite3_close(kdb);
	kdb = NULL;
	if (fn != NULL && fn(next, arg, e) != ST_OK)
		goto fail;
	/* The rest in one go, still the same write transaction. */
	rc = sqlite3_backup_step(b, -1);
	if (rc != SQLITE_DONE) {
		st_fail(live, rc, "restore", e);
		goto fail;
	}
	rc = sqlite3_backup_finish(b);
	b = NULL;
	if (rc != SQLITE_OK) {
		st_fail(live, rc, "restore", e);
		goto fail;
	}
	store_close(next);
	remove_temp(tmp);
	return ST_OK;
fail:
	if (b != NULL)
		sqlite3_backup_finish(b);	/* rolls the live copy back */
	sqlite3_close(kdb);
	store_close(next);
	remove_temp(tmp);
	if (kept)
		unlink(keep);
	return e->status;
}

int
store_restore_file(const char *path, struct store *backup, const char *keep,
    const char *user, const char *command, store_restore_fn *fn, void *arg,
    struct error *e)
{
	static const char *const ext[] = { "-wal", "-shm" };
	char tmp[PATH_MAX] = "", from[PATH_MAX + 8], to[PATH_MAX + 8];
	struct store *next = NULL;
	struct stat st;
	bool linked = false;
	size_t moved = 0;
	int fd;

	if (lstat(keep, &st) == 0)
		return error_set(e, ST_FILE, _("%s: already exists"), keep);
	if (prepare(path, backup, user, command, tmp, &next, e) != ST_OK ||
	    (fn != NULL && fn(next, arg, e) != ST_OK))
		goto fail;
	store_close(next);	/* checkpoints: the restored file stands alone */
	next = NULL;
	if ((fd = open(tmp, O_RDONLY | O_CLOEXEC)) == -1 || fsync(fd) == -1) {
		error_set(e, ST_FILE, "%s: %s", tmp, strerror(errno));
		if (fd != -1)
			close(fd);
		goto fail;
	}
	close(fd);
	/* Keep the old file under its new name; path never goes missing. */
	if (link(path, keep) == 0)
		linked = true;
	else if (errno != ENOENT) {
		error_set(e, ST_FILE, "%s: %s", keep, strerror(errno));
		goto fail;
	}
	/* Its -wal must not be replayed over the restored file. */
	for (; moved < 2; moved++) {
		snprintf(from, sizeof(from), "%s%s", path, ext[moved]);
		snprintf(to, sizeof(to), "%s%s", keep, ext[moved]);
		if (rename(from, to) == -1 && errno != ENOENT) {
			error_set(e, ST_FILE, "%s: %s", from, strerror(errno));
			goto fail;
		}
	}
	if (rename(tmp, path) == -1) {
		error_set(e, ST_FILE, "%s: %s", path, strerror(errno));
		goto fail;
	}
	sync_dir(path);
	return ST_OK;
fail:
	/* Put back what was moved: the old database stays as it was. */
	while (moved-- > 0) {
		snprintf(from, sizeof(from), "%s%s", path, ext[moved]);
		snprintf(to, sizeof(to), "%s%s", keep, ext[moved]);
		rename(to, from);
	}
	if (linked)
		unlink(keep);
	store_close(next);
	remove_temp(tmp);
	return e->status;
}
