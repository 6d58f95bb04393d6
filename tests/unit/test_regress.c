/*
 * Inputs that once crashed, leaked or hit undefined behaviour (found by
 * the fuzz/ harnesses), each run through the same call as its harness:
 * tests/fixtures/regress/KIND/FILE.  A clean exit is not enough here;
 * `make check-asan` runs this under the sanitizers.
 */
#include <dirent.h>
#include <sys/stat.h>

#include "unit.h"
#include "checklist.h"
#include "clause.h"
#include "doc.h"
#include "register_io.h"
#include "ruleset.h"

#define REGRESS "tests/fixtures/regress"
#define RULESETS "contract-templates/rulesets"
#define CHECKLISTS "contract-templates/checklists"

typedef int runner(const char *path, const char *buf, size_t len, struct error *);

static char *
slurp(const char *path, size_t *len)
{
	struct stat st;
	FILE *fp;
	char *buf;

	assert_non_null(fp = fopen(path, "rb"));
	assert_int_equal(fstat(fileno(fp), &st), 0);
	assert_non_null(buf = malloc((size_t)st.st_size + 1));
	*len = fread(buf, 1, (size_t)st.st_size, fp);
	assert_int_equal(*len, (size_t)st.st_size);
	buf[*len] = '\0';
	fclose(fp);
	return buf;
}

/* Run every file of DIR/kind; returns how many there were. */
static int
each(const char *kind, runner *fn)
{
	char dir[256], path[512];
	struct dirent *de;
	DIR *d;
	int n = 0;

	snprintf(dir, sizeof(dir), "%s/%s", REGRESS, kind);
	if ((d = opendir(dir)) == NULL)
		return 0;
	while ((de = readdir(d)) != NULL) {
		struct error e = { 0 };
		size_t len;
		char *buf;
		int rv;

		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		buf = slurp(path, &len);
		rv = fn(path, buf, len, &e);
		/* A result, or an error that says something. */
		if (rv != ST_OK && (rv < ST_FINDINGS || rv > ST_INTERNAL ||
		    e.msg[0] == '\0'))
			fail_msg("%s: status %d, message \"%s\"", path, rv, e.msg);
		free(buf);
		n++;
	}
	closedir(d);
	return n;
}

static int
run_doc(const char *path, const char *buf, size_t len, struct error *e)
{
	struct doc d = { 0 };
	int rv;

	if ((rv = doc_read_mem(path, buf, len, &d, e)) == ST_OK)
		doc_free(&d);
	return rv;
}

static struct ruleset *rulesets[2];

static int
run_clause(const char *path, const char *buf, size_t len, struct error *e)
{
	struct check_result r = { 0 };
	struct doc d = { 0 };
	int rv;

	/* As fuzz/fuzz_clause.c: the first byte chooses the ruleset. */
	if (len < 1)
		return ST_OK;
	if ((rv = doc_read_mem(path, buf + 1, len - 1, &d, e)) != ST_OK)
		return rv;
	if ((rv = clause_check(rulesets[buf[0] & 1], d.text, d.len, &r, e)) == ST_OK)
		check_result_free(&r);
	doc_free(&d);
	return rv;
}

static int
run_ruleset(const char *path, const char *buf, size_t len, struct error *e)
{
	struct ruleset *rs = NULL;
	int rv;

	rv = ruleset_load_mem(path, buf, len, RULESETS "/ruleset.rng", &rs, e);
	if (rv == ST_OK)
		ruleset_free(rs);
	return rv;
}

static int
run_checklist(const char *path, const char *buf, size_t len, struct error *e)
{
	struct checklist c;
	int rv;

	(void)buf;
	(void)len;
	if ((rv = checklist_load_file(path, CHECKLISTS "/checklist.rng", &c, e)) == ST_OK)
		checklist_free(&c);
	return rv;
}

static struct checklist shipped;

static int
run_answers(const char *path, const char *buf, size_t len, struct error *e)
{
	struct answers a = { 0 };
	int rv;

	if ((rv = answers_parse(&shipped, path, buf, len, &a, e)) == ST_OK)
		answers_free(&a);
	return rv;
}

/*
 * As fuzz/fuzz_register.c: parsed and checked without a database, then,
 * when it passes, imported into a fresh in-memory store.
 */
static int
run_register(const char *path, const char *buf, size_t len, struct error *e)
{
	struct register_import sum;
	struct register_data r;
	struct store *s = NULL;
	json_error_t jerr;
	json_t *j;
	int rv;

	j = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &jerr);
	if (j == NULL)
		return error_set(e, ST_DATA, "%s", jerr.text);
	rv = register_from_json(j, &r, e);
	json_decref(j);
	if (rv != ST_OK)
		return rv;
	register_data_free(&r);
	if ((rv = store_open(STORE_MEMORY, &s, e)) != ST_OK)
		return rv;
	store_set_actor(s, "test", "import-register");
	rv = register_import(s, path, &sum, e);
	store_close(s);
	return rv;
}

static int
setup(void **state)
{
	struct error e = { 0 };

	(void)state;
	if (ruleset_load(RULESETS "/meti.xml", RULESETS "/ruleset.rng",
	    &rulesets[0], &e) != ST_OK ||
	    ruleset_load(RULESETS "/gdpr-art28.xml", RULESETS "/ruleset.rng",
	    &rulesets[1], &e) != ST_OK ||
	    checklist_load_file(CHECKLISTS "/safeguards.xml",
	    CHECKLISTS "/checklist.rng", &shipped, &e) != ST_OK) {
		fprintf(stderr, "%s\n", e.msg);
		return -1;
	}
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	ruleset_free(rulesets[0]);
	ruleset_free(rulesets[1]);
	checklist_free(&shipped);
	return 0;
}

static void
documents(void **state)
{
	(void)state;
	each("doc", run_doc);
}

static void
clauses(void **state)
{
	(void)state;
	/* At least the input that made qsort() take a null array. */
	assert_true(each("clause", run_clause) >= 1);
}

static void
rulesets_(void **state)
{
	(void)state;
	each("ruleset", run_ruleset);
}

static void
checklists(void **state)
{
	(void)state;
	/* At least the checklist with a repeated item id that leaked. */
	assert_true(each("checklist", run_checklist) >= 1);
}

static void
answer_files(void **state)
{
	(void)state;
	each("answers", run_answers);
}

static void
registers(void **state)
{
	(void)state;
	/* At least the export whose bad exported_at leaked. */
	assert_true(each("register", run_register) >= 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(documents),
		cmocka_unit_test(clauses),
		cmocka_unit_test(rulesets_),
		cmocka_unit_test(checklists),
		cmocka_unit_test(answer_files),
		cmocka_unit_test(registers),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
