/*
 * Backups of the database through SQLite's online backup API, taken while
 * other itaku processes read and write it, and restoring one.
 *
 * A backup is written to a temporary file beside FILE (mode 0600), made a
 * self-contained rollback-journal database, synced and renamed into place,
 * so a half-written backup never exists under FILE's name.
 *
 * A restore copies the backup into the live database through the backup
 * API too: SQLite does the whole copy in one write transaction, so readers
 * and writers in other processes see either the old or the restored
 * database, a crash leaves the old one, and no stale -wal or -shm file is
 * left to be replayed over a renamed file.  Under the same write lock the
 * database as it was is first saved to a kept copy.
 */
#ifndef ITAKU_STORE_BACKUP_H
#define ITAKU_STORE_BACKUP_H

#include <stdbool.h>

#include "error.h"

struct store;

/*
 * Copy the database to path.  An existing path is ST_FILE unless force,
 * when it is replaced atomically.
 */
int store_backup(struct store *, const char *path, bool force, struct error *);

/*
 * Open a backup read-only for checking: ST_FILE when it cannot be read,
 * ST_DB when it is not an itaku database, its schema is newer than
 * max_version, or PRAGMA integrity_check finds damage.  The handle serves
 * the read-only store functions (audit_verify, store_audit_head, ...).
 */
int store_open_backup(const char *path, int max_version, struct store **,
    struct error *);

/*
 * Called by store_restore() under the live database's write lock, with
 * next: the restored content, opened read-write and migrated, where the
 * caller appends what it wants recorded (the audit record of the restore).
 */
typedef int store_restore_fn(struct store *next, void *arg, struct error *);

/*
 * Replace the live database's content with the backup's: copy the backup
 * to a temporary file beside the database, take the write lock, save the
 * database as it is to keep (as store_backup() does, never replacing a
 * file), call fn, then copy the result in.  On error nothing is replaced.
 */
int store_restore(struct store *live, struct store *backup, const char *keep,
    store_restore_fn *fn, void *arg, struct error *);
/*
 * The same for a database that cannot be opened (corrupt, not ours, too
 * new): the file at path is kept by linking it to keep, its -wal and -shm
 * files are moved beside keep, and the restored file is renamed over it.
 * Only safe when no other itaku is using the database.
 */
int store_restore_file(const char *path, struct store *backup, const char *keep,
    const char *user, const char *command, store_restore_fn *fn, void *arg,
    struct error *);

#endif
