/* The hash chain notices changed, removed and reordered records. */
#include <sqlite3.h>

#include "unit.h"
#include "audit.h"
#include "org.h"
#include "store.h"

static char dir[] = "/tmp/itaku-unit-XXXXXX";
static char path[256];

/* A database with five audited organisations. */
static int
setup(void **state)
{
	static int n;
	struct error e = { 0 };
	struct store *s;
	char name[32];

	(void)state;
	snprintf(path, sizeof(path), "%s/a%d.db", dir, n++);
	if (store_open(path, &s, &e) != ST_OK)
		return -1;
	store_set_actor(s, "tester", "unit test");
	for (int i = 0; i < 5; i++) {
		struct org o = { 0 };
		snprintf(name, sizeof(name), "会社%d", i);
		o.name = name;
		if (store_begin(s, &e) || org_create(s, &o, &e) || store_commit(s, &e))
			return -1;
		free(o.created_at);
	}
	store_close(s);
	return 0;
}

static void
tamper(const char *sql)
{
	sqlite3 *db;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

static long
verify(char *why, size_t size)
{
	struct error e = { 0 };
	struct audit_verdict v;
	struct store *s;

	assert_int_equal(store_open(path, &s, &e), ST_OK);
	assert_int_equal(audit_verify(s, &v, &e), ST_OK);
	store_close(s);
	snprintf(why, size, "%s", v.why);
	return v.bad_seq;
}

static void
intact_chain_verifies(void **state)
{
	char why[256];

	(void)state;
	assert_int_equal(verify(why, sizeof(why)), 0);
}

static void
changed_value_is_named(void **state)
{
	char why[256];

	(void)state;
	tamper("UPDATE audit SET new_value = replace(new_value, '会社2', '会社X') "
	    "WHERE seq = 3");
	assert_int_equal(verify(why, sizeof(why)), 3);
	assert_non_null(strstr(why, "changed"));
}

static void
changed_user_is_named(void **state)
{
	char why[256];

	(void)state;
	tamper("UPDATE audit SET user = 'mallory' WHERE seq = 4");
	assert_int_equal(verify(why, sizeof(why)), 4);
}

static void
removed_record_is_named(void **state)
{
	char why[256];

	(void)state;
	tamper("DELETE FROM audit WHERE seq = 2");
	assert_int_equal(verify(why, sizeof(why)), 3);
	assert_non_null(strstr(why, "removed"));
}

static void
removed_tail_is_noticed(void **state)
{
	char why[256];

	(void)state;
	tamper("DELETE FROM audit WHERE seq = 5");
	assert_int_not_equal(verify(why, sizeof(why)), 0);
	assert_non_null(strstr(why, "removed"));
}

static void
reordered_records_are_noticed(void **state)
{
	char why[256];

	(void)state;
	/* Swap the contents of records 2 and 3, keeping their seq numbers. */
	tamper("CREATE TEMP TABLE t AS SELECT * FROM audit WHERE seq IN (2, 3);"
	    "UPDATE audit SET seq = -seq WHERE seq IN (2, 3);"
	    "INSERT INTO audit SELECT CASE seq WHEN 2 THEN 3 ELSE 2 END, at, user,"
	    " command, entity, entity_id, action, old_value, new_value, prev_hash,"
	    " hash FROM t;"
	    "DELETE FROM audit WHERE seq < 0;");
	assert_int_equal(verify(why, sizeof(why)), 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(intact_chain_verifies, setup),
		cmocka_unit_test_setup(changed_value_is_named, setup),
		cmocka_unit_test_setup(changed_user_is_named, setup),
		cmocka_unit_test_setup(removed_record_is_named, setup),
		cmocka_unit_test_setup(removed_tail_is_noticed, setup),
		cmocka_unit_test_setup(reordered_records_are_noticed, setup),
	};
	char cmd[300];
	int rc;

	if (mkdtemp(dir) == NULL)
		return 1;
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		rc = 1;
	return rc;
}
