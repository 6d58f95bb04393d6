/* The store against real SQLite files in a temporary directory. */
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include "unit.h"
#include "audit.h"
#include "org.h"
#include "store.h"

static char dir[] = "/tmp/itaku-unit-XXXXXX";
static char path[256];

static int
setup(void **state)
{
	static int n;

	(void)state;
	snprintf(path, sizeof(path), "%s/t%d.db", dir, n++);
	return 0;
}

static void
raw_exec(const char *sql)
{
	sqlite3 *db;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

static long
raw_count(const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	long v = -1;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

static void
creates_private_file_with_our_id(void **state)
{
	struct error e = { 0 };
	struct store *s;
	struct stat st;

	(void)state;
	assert_int_equal(store_open(path, &s, &e), ST_OK);
	assert_int_equal(store_schema_version(s), STORE_SCHEMA_VERSION);
	assert_false(store_exposed(s));
	store_close(s);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(raw_count("PRAGMA application_id"), STORE_APPLICATION_ID);
	assert_int_equal(raw_count("SELECT count(*) FROM pragma_journal_mode "
	    "WHERE journal_mode = 'wal'"), 1);
}

static void
memory_database_needs_no_file(void **state)
{
	struct error e = { 0 };
	struct store *s;

	(void)state;
	assert_int_equal(store_open(STORE_MEMORY, &s, &e), ST_OK);
	assert_int_equal(store_schema_version(s), STORE_SCHEMA_VERSION);
	store_close(s);
	assert_int_equal(access(STORE_MEMORY, F_OK), -1);
}

static void
refuses_newer_schema(void **state)
{
	struct error e = { 0 };
	struct store *s;

	(void)state;
	assert_int_equal(store_open(path, &s, &e), ST_OK);
	store_close(s);
	raw_exec("PRAGMA user_version = 99");
	assert_int_equal(store_open(path, &s, &e), ST_DB);
	assert_null(s);
	assert_non_null(strstr(e.msg, "newer than this itaku"));
}

static void
refuses_foreign_sqlite(void **state)
{
	struct error e = { 0 };
	struct store *s;

	(void)state;
	raw_exec("CREATE TABLE mail (id INTEGER)");
	assert_int_equal(store_open(path, &s, &e), ST_DB);
	assert_non_null(strstr(e.msg, "not an itaku database"));
	/* Nothing of ours was added to it. */
	assert_int_equal(raw_count("SELECT count(*) FROM sqlite_master"), 1);
}

static void
refuses_non_sqlite(void **state)
{
	struct error e = { 0 };
	struct store *s;
	FILE *fp;

	(void)state;
	assert_non_null(fp = fopen(path, "w"));
	fputs("this is a text file, not a database at all, honestly\n", fp);
	fclose(fp);
	assert_int_equal(store_open(path, &s, &e), ST_DB);
	assert_non_null(strstr(e.msg, "not an itaku database"));
}

static void
rollback_leaves_nothing(void **state)
{
	struct error e = { 0 };
	struct org o = { .name = "株式会社テスト" };
	struct store *s;

	(void)state;
	assert_int_equal(store_open(path, &s, &e), ST_OK);
	store_set_actor(s, "tester", "unit");
	assert_int_equal(store_begin(s, &e), ST_OK);
	assert_int_equal(org_create(s, &o, &e), ST_OK);
	store_rollback(s);
	store_close(s);
	free(o.created_at);
	assert_int_equal(raw_count("SELECT count(*) FROM org"), 0);
	assert_int_equal(raw_count("SELECT count(*) FROM audit"), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(creates_private_file_with_our_id, setup),
		cmocka_unit_test(memory_database_needs_no_file),
		cmocka_unit_test_setup(refuses_newer_schema, setup),
		cmocka_unit_test_setup(refuses_foreign_sqlite, setup),
		cmocka_unit_test_setup(refuses_non_sqlite, setup),
		cmocka_unit_test_setup(rollback_leaves_nothing, setup),
	};
	int rc;

	if (mkdtemp(dir) == NULL)
		return 1;
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		rc = 1;
	return rc;
}
