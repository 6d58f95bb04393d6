#include "unit.h"
#include "ruleset.h"

#define SCHEMA "contract-templates/rulesets/ruleset.rng"

static const char *good =
    "<?xml version=\"1.0\"?>\n"
    "<ruleset id=\"mine\" version=\"1\" lang=\"ja\">\n"
    "  <title>社内規程</title>\n"
    "  <group name=\"pd\"><term>個人情報</term></group>\n"
    "  <clause id=\"a\">\n"
    "    <title lang=\"ja\">甲</title><title lang=\"en\">A</title>\n"
    "    <source>社内</source>\n"
    "    <rule><require ref=\"pd\"/><require><re>漏(えい|らし)</re></require></rule>\n"
    "    <model>第○条 …</model>\n"
    "  </clause>\n"
    "</ruleset>\n";

static int
load(const char *xml, struct ruleset **rs, struct error *e)
{
	error_clear(e);
	return ruleset_load_mem("t.xml", xml, strlen(xml), SCHEMA, rs, e);
}

static char *
replace(const char *s, const char *from, const char *to)
{
	const char *p = strstr(s, from);
	char *r;

	assert_non_null(p);
	r = malloc(strlen(s) + strlen(to) + 1);
	sprintf(r, "%.*s%s%s", (int)(p - s), s, to, p + strlen(from));
	return r;
}

static void
valid_ruleset_loads(void **state)
{
	struct ruleset *rs;
	struct error e = { 0 };

	(void)state;
	assert_int_equal(load(good, &rs, &e), ST_OK);
	assert_string_equal(rs->id, "mine");
	assert_int_equal(rs->nclauses, 1);
	assert_non_null(ruleset_clause(rs, "a"));
	ruleset_free(rs);
}

static void
broken_rulesets_are_refused(void **state)
{
	struct ruleset *rs;
	struct error e = { 0 };
	char *x;

	(void)state;
	/* Schema: a clause without its English title, reported with its line. */
	x = replace(good, "<title lang=\"en\">A</title>", "");
	assert_int_equal(load(x, &rs, &e), ST_DATA);
	assert_null(rs);
	assert_non_null(strstr(e.msg, "t.xml:"));
	assert_non_null(strstr(e.msg, "invalid ruleset"));
	free(x);
	/* Not well-formed. */
	x = replace(good, "</ruleset>", "");
	assert_int_equal(load(x, &rs, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "not well-formed"));
	free(x);
	/* A DOCTYPE is refused before parsing. */
	x = replace(good, "<ruleset ", "<!DOCTYPE r [<!ENTITY a \"b\">]>\n<ruleset ");
	assert_int_equal(load(x, &rs, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "t.xml:2: DOCTYPE"));
	free(x);
	/* A bad regular expression names its line. */
	x = replace(good, "漏(えい|らし)", "漏(えい");
	assert_int_equal(load(x, &rs, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "t.xml:8: bad regular expression"));
	free(x);
	/* An unknown group reference. */
	x = replace(good, "ref=\"pd\"", "ref=\"nope\"");
	assert_int_equal(load(x, &rs, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "no group named \"nope\""));
	free(x);
	/* An unknown scope is a schema error. */
	x = replace(good, "<rule>", "<rule scope=\"page\">");
	assert_int_equal(load(x, &rs, &e), ST_DATA);
	free(x);
}

static const char *implying =
    "<?xml version=\"1.0\"?>\n"
    "<ruleset id=\"mine\" version=\"1\" lang=\"ja\">\n"
    "  <title>社内規程</title>\n"
    "  <clause id=\"a\">\n"
    "    <title lang=\"ja\">甲</title><title lang=\"en\">A</title>\n"
    "    <source>社内</source>\n"
    "    <rule><require><re>再委託</re></require></rule>\n"
    "    <implied-by clause=\"b\"/>\n"
    "    <model>第○条 …</model>\n"
    "  </clause>\n"
    "  <clause id=\"b\">\n"
    "    <title lang=\"ja\">乙</title><title lang=\"en\">B</title>\n"
    "    <source>社内</source>\n"
    "    <rule><require><re>承諾</re></require></rule>\n"
    "    <model>第○条 …</model>\n"
    "  </clause>\n"
    "</ruleset>\n";

static void
implied_by_names_a_clause(void **state)
{
	struct ruleset *rs;
	struct error e = { 0 };
	char *x;

	(void)state;
	/* A clause later in the file is resolved to its index. */
	assert_int_equal(load(implying, &rs, &e), ST_OK);
	assert_int_equal(rs->clauses[0].nimplied, 1);
	assert_int_equal(rs->clauses[0].implied_by[0], 1);
	assert_string_equal(rs->clauses[0].implied_ids[0], "b");
	assert_int_equal(rs->clauses[1].nimplied, 0);
	ruleset_free(rs);
	/* An unknown clause names its line. */
	x = replace(implying, "clause=\"b\"", "clause=\"zz\"");
	assert_int_equal(load(x, &rs, &e), ST_DATA);
	assert_null(rs);
	assert_non_null(strstr(e.msg, "t.xml:"));
	assert_non_null(strstr(e.msg, "unknown clause \"zz\""));
	free(x);
	/* A clause cannot imply itself. */
	x = replace(implying, "clause=\"b\"", "clause=\"a\"");
	assert_int_equal(load(x, &rs, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "itself"));
	free(x);
	/* The schema wants the clause attribute, after the rules. */
	x = replace(implying, "<implied-by clause=\"b\"/>", "<implied-by/>");
	assert_int_equal(load(x, &rs, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "invalid ruleset"));
	free(x);
}

/* <re context="document"> in an alias: loaded as a flag per expression; other values are refused. */
static void
alias_context_attribute(void **state)
{
	struct ruleset *rs;
	struct error e = { 0 };
	char *x;
	const char *alias =
	    "  <alias group=\"pd\">\n"
	    "    <re>氏名[^。]{0,20}以下「([^」]+)」という</re>\n"
	    "    <re context=\"document\">「([^」]+データ)」とは、甲から提供</re>\n"
	    "  </alias>\n  <clause id=\"a\">";

	(void)state;
	x = replace(good, "  <clause id=\"a\">", alias);
	assert_int_equal(load(x, &rs, &e), ST_OK);
	assert_int_equal(rs->naliases, 1);
	assert_int_equal(rs->aliases[0].ncodes, 2);
	assert_false(rs->aliases[0].ctx[0]);
	assert_true(rs->aliases[0].ctx[1]);
	ruleset_free(rs);
	free(x);
	x = replace(good, "  <clause id=\"a\">",
	    "  <alias group=\"pd\"><re context=\"article\">「([^」]+)」</re></alias>\n  <clause id=\"a\">");
	assert_int_equal(load(x, &rs, &e), ST_DATA);
	assert_null(rs);
	free(x);
}

/* <alias chain="yes"> is read; any other value is refused by the schema. */
static void
alias_chain_attribute(void **state)
{
	struct ruleset *rs;
	struct error e = { 0 };
	char *x;

	(void)state;
	x = replace(good, "  <clause id=\"a\">",
	    "  <alias group=\"pd\" chain=\"yes\"><re>「([^」]+)」とは、氏名</re></alias>\n  <clause id=\"a\">");
	assert_int_equal(load(x, &rs, &e), ST_OK);
	assert_true(rs->aliases[0].chain);
	ruleset_free(rs);
	free(x);
	x = replace(good, "  <clause id=\"a\">",
	    "  <alias group=\"pd\"><re>「([^」]+)」とは、氏名</re></alias>\n  <clause id=\"a\">");
	assert_int_equal(load(x, &rs, &e), ST_OK);
	assert_false(rs->aliases[0].chain);
	ruleset_free(rs);
	free(x);
	x = replace(good, "  <clause id=\"a\">",
	    "  <alias group=\"pd\" chain=\"maybe\"><re>「([^」]+)」</re></alias>\n  <clause id=\"a\">");
	assert_int_equal(load(x, &rs, &e), ST_DATA);
	assert_null(rs);
	free(x);
}

/* <re key="…"> in an alias: the key is compiled beside the expression; a bad key is refused. */
static void
alias_key_attribute(void **state)
{
	struct ruleset *rs;
	struct error e = { 0 };
	char *x;

	(void)state;
	x = replace(good, "  <clause id=\"a\">",
	    "  <alias group=\"pd\">\n"
	    "    <re key=\"以下\">氏名[^。]{0,20}以下「([^」]+)」という</re>\n"
	    "    <re>「([^」]+データ)」とは</re>\n"
	    "  </alias>\n  <clause id=\"a\">");
	assert_int_equal(load(x, &rs, &e), ST_OK);
	assert_int_equal(rs->aliases[0].ncodes, 2);
	assert_non_null(rs->aliases[0].keys[0]);
	assert_string_equal(rs->aliases[0].keypats[0], "以下");
	assert_null(rs->aliases[0].keys[1]);
	assert_null(rs->aliases[0].keypats[1]);
	ruleset_free(rs);
	free(x);
	x = replace(good, "  <clause id=\"a\">",
	    "  <alias group=\"pd\"><re key=\"(以下\">氏名「([^」]+)」</re></alias>\n  <clause id=\"a\">");
	assert_int_equal(load(x, &rs, &e), ST_DATA);
	assert_null(rs);
	free(x);
}

static void
shipped_rulesets_have_the_clause_ids(void **state)
{
	static const char *meti[] = { "responsibility", "safeguards",
	    "leak-prevention", "no-unauthorized-use", "no-unauthorized-copy",
	    "term", "return-erasure", "subcontracting", "subcontract-notice",
	    "status-report", "compliance-check", "breach-measures",
	    "incident-report" };
	static const char *gdpr[] = { "subject-matter", "instructions",
	    "confidentiality", "security", "subprocessors",
	    "data-subject-rights", "assist-compliance", "deletion-return",
	    "audits" };
	struct ruleset *rs;
	struct error e = { 0 };
	size_t i;

	(void)state;
	assert_int_equal(ruleset_load("contract-templates/rulesets/meti.xml",
	    SCHEMA, &rs, &e), ST_OK);
	assert_int_equal(rs->nclauses, 13);
	for (i = 0; i < 13; i++)
		assert_string_equal(rs->clauses[i].id, meti[i]);
	assert_string_equal(rs->lang, "ja");
	ruleset_free(rs);
	assert_int_equal(ruleset_load("contract-templates/rulesets/gdpr-art28.xml",
	    SCHEMA, &rs, &e), ST_OK);
	assert_int_equal(rs->nclauses, 9);
	for (i = 0; i < 9; i++)
		assert_string_equal(rs->clauses[i].id, gdpr[i]);
	ruleset_free(rs);
	assert_int_equal(ruleset_load("/nonexistent/x.xml", SCHEMA, &rs, &e),
	    ST_FILE);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(valid_ruleset_loads),
		cmocka_unit_test(broken_rulesets_are_refused),
		cmocka_unit_test(alias_context_attribute),
		cmocka_unit_test(alias_chain_attribute),
		cmocka_unit_test(alias_key_attribute),
		cmocka_unit_test(shipped_rulesets_have_the_clause_ids),
		cmocka_unit_test(implied_by_names_a_clause),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
