/* itaku backup FILE [--force] and itaku restore FILE [--force] */
#include <getopt.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "audit.h"
#include "cmd.h"
#include "i18n.h"
#include "store.h"
#include "store_backup.h"

/* "audit records 1-N", or "no audit records". */
static const char *
records(char *buf, size_t size, long n)
{
	if (n == 0)
		snprintf(buf, size, "%s", _("no audit records"));
	else
		snprintf(buf, size, _("audit records 1-%ld"), n);
	return buf;
}

/* Append to the error message (after error_set). */
static void
error_suffix(struct error *e, const char *s)
{
	size_t len = strlen(e->msg);

	snprintf(e->msg + len, sizeof(e->msg) - len, "%s", s);
}

/* Parse [--force] FILE; returns -1 when --help was printed. */
static int
parse(int argc, char **argv, const char *name, bool *force, const char **file,
    struct error *e)
{
	static const struct option opts[] = {
		{ "force", no_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int ch;

	*force = false;
	while ((ch = getopt_long(argc, argv, "fh", opts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			*force = true;
			break;
		case 'h':
			usage_command(stdout, name);
			return -1;
		default:
			return usage_error(name, e, "unknown option");
		}
	}
	if (argc - optind != 1)
		return usage_error(name, e, "needs one FILE");
	*file = argv[optind];
	return ST_OK;
}

/* Check a backup: readable, ours, not newer, undamaged, its chain intact. */
static int
open_checked(const char *file, int max_version, struct store **b,
    struct audit_verdict *v, char head[65], struct error *e)
{
	long seq;

	if (store_open_backup(file, max_version, b, e) != ST_OK)
		return e->status;
	if (audit_verify(*b, v, e) != ST_OK ||
	    store_audit_head(*b, &seq, head, e) != ST_OK)
		goto fail;
	if (v->bad_seq != 0) {
		error_set(e, ST_DB, _("%s: audit trail broken at record %ld: %s"),
		    file, v->bad_seq, v->why);
		goto fail;
	}
	return ST_OK;
fail:
	store_close(*b);
	*b = NULL;
	return e->status;
}

int
cmd_backup(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	struct audit_verdict v;
	struct store *s, *b = NULL;
	const char *file;
	json_t *j;
	char head[65], buf[64];
	bool force;
	int rc;

	if ((rc = parse(argc, argv, "backup", &force, &file, e)) != ST_OK)
		return rc == -1 ? ST_OK : rc;
	if (ctx_store(ctx, &s, e) != ST_OK ||
	    store_backup(s, file, force, e) != ST_OK)
		return e->status;
	/* Read it back as a restore would, so a bad backup is known now. */
	if (open_checked(file, store_schema_version(s), &b, &v, head, e) != ST_OK) {
		error_suffix(e, _(" (the backup written does not check)"));
		return e->status;
	}
	store_close(b);
	if ((j = json_pack("{s:s, s:I, s:s}", "file", file, "records",
	    (json_int_t)v.records, "head", head)) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	if (store_begin(s, e) == ST_OK &&
	    audit_append(s, "database", 0, "backup", NULL, j, e) == ST_OK)
		store_commit(s, e);
	json_decref(j);
	if (e->status != ST_OK)
		return e->status;
	printf(_("%s: backup with %s, checked\n"), file,
	    records(buf, sizeof(buf), v.records));
	return ST_OK;
}

struct stamp {
	const char *file, *db, *keep;
	long records, old_records;
	const char *head, *old_head;
};

/* Record the restore in the restored trail, so the trail says what happened. */
static int
stamp(struct store *next, void *arg, struct error *e)
{
	struct stamp *st = arg;
	json_t *old, *new;

	old = json_pack("{s:s, s:s, s:I, s:s}", "database", st->db, "kept",
	    st->keep, "records", (json_int_t)st->old_records, "head",
	    st->old_head);
	new = json_pack("{s:s, s:I, s:s}", "from", st->file, "records",
	    (json_int_t)st->records, "head", st->head);
	if (old == NULL || new == NULL)
		error_set(e, ST_INTERNAL, _("out of memory"));
	else if (store_begin(next, e) == ST_OK &&
	    audit_append(next, "database", 0, "restore", old, new, e) == ST_OK)
		store_commit(next, e);
	json_decref(old);
	json_decref(new);
	return e->status;
}

static const char *
os_user(void)
{
	struct passwd *pw = getpwuid(getuid());
	const char *u;

	if (pw != NULL && pw->pw_name != NULL)
		return pw->pw_name;
	return (u = getenv("USER")) != NULL ? u : "unknown";
}

int
cmd_restore(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	struct audit_verdict v, after;
	struct store *s = NULL, *b = NULL;
	struct stamp st = { 0 };
	char keep[PATH_MAX], head[65], old_head[65] = "", now[32], buf[64];
	const char *file;
	time_t t = time(NULL);
	struct tm tm;
	bool force, live;
	int rc;

	if ((rc = parse(argc, argv, "restore", &force, &file, e)) != ST_OK)
		return rc == -1 ? ST_OK : rc;
	if (ctx->db_path == NULL)
		return ctx_store(ctx, &s, e);
	/* The database to replace may be the damaged one: --force. */
	if (ctx_store(ctx, &s, e) != ST_OK) {
		if (!force) {
			error_suffix(e, _(" (restore --force replaces it)"));
			return e->status;
		}
		error_clear(e);
		s = NULL;
	}
	live = s != NULL;
	if (open_checked(file, live ? store_schema_version(s) :
	    STORE_SCHEMA_VERSION, &b, &v, head, e) != ST_OK) {
		error_suffix(e, _("; nothing restored"));
		return e->status;
	}
	if (live && store_audit_head(s, &st.old_records, old_head, e) != ST_OK)
		goto done;
	gmtime_r(&t, &tm);
	strftime(now, sizeof(now), "%Y%m%dT%H%M%SZ", &tm);
	/* Two restores in one second must not collide: number the second. */
	for (int n = 1; ; n++) {
		int len = n == 1 ?
		    snprintf(keep, sizeof(keep), "%s.before-restore-%s",
		    ctx->db_path, now) :
		    snprintf(keep, sizeof(keep), "%s.before-restore-%s-%d",
		    ctx->db_path, now, n);
		if (len < 0 || len >= (int)sizeof(keep)) {
			error_set(e, ST_FILE, _("%s: path too long"), ctx->db_path);
			goto done;
		}
		if (access(keep, F_OK) != 0 || n == 100)
			break;
	}
	st.file = file;
	st.db = ctx->db_path;
	st.keep = keep;
	st.records = v.records;
	st.head = head;
	st.old_head = old_head;
	if (live)
		rc = store_restore(s, b, keep, stamp, &st, e);
	else
		rc = store_restore_file(ctx->db_path, b, keep, os_user(),
		    ctx->command, stamp, &st, e);
	if (rc != ST_OK)
		goto done;
	if (ctx_store(ctx, &s, e) != ST_OK || audit_verify(s, &after, e) != ST_OK)
		goto done;
	if (after.bad_seq != 0) {
		error_set(e, ST_INTERNAL, _("%s: restored, but the audit trail "
		    "is broken at record %ld: %s"), ctx->db_path, after.bad_seq,
		    after.why);
		goto done;
	}
	printf(_("restored %s from %s: %s, verified; record %ld notes the "
	    "restore\n"), ctx->db_path, file, records(buf, sizeof(buf), v.records),
	    after.records);
	if (live && st.old_records > v.records)
		printf(_("records %ld-%ld of the replaced trail are only in the "
		    "kept copy\n"), v.records + 1, st.old_records);
	printf(_("previous database kept as %s\n"), keep);
done:
	store_close(b);
	return e->status;
}
