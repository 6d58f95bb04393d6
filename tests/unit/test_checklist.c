/* The shipped checklist, its schema, and hostile answer files. */
#include <unistd.h>

#include "unit.h"
#include "checklist.h"

#define XML "contract-templates/checklists/safeguards.xml"
#define RNG "contract-templates/checklists/checklist.rng"

static struct checklist cl;

static int
load(void **state)
{
	struct error e = { 0 };

	(void)state;
	if (checklist_load_file(XML, RNG, &cl, &e) != ST_OK) {
		fprintf(stderr, "%s\n", e.msg);
		return -1;
	}
	return 0;
}

static int
unload(void **state)
{
	(void)state;
	checklist_free(&cl);
	return 0;
}

/* Every item answered ok, with one line changed by the caller. */
static char *
all_ok(void)
{
	static char buf[4096];
	size_t len = 0;

	for (size_t i = 0; i < cl.nitems; i++)
		len += snprintf(buf + len, sizeof(buf) - len, "%s ok\n",
		    cl.items[i].id);
	return buf;
}

static int
parse(const char *text, struct answers *a, struct error *e)
{
	error_clear(e);
	return answers_parse(&cl, "ans.txt", text, strlen(text), a, e);
}

static void
shipped_checklist_has_the_four_kinds(void **state)
{
	static const char *ids[] = { "org-1", "org-5", "human-1", "human-2",
	    "phys-1", "phys-3", "tech-1", "tech-8", "over-1", "over-2", "over-3" };
	char label[64];

	(void)state;
	assert_int_equal(cl.nitems, 5 + 2 + 3 + 8 + 3);
	assert_int_equal(cl.ngroups, 5);
	for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++)
		assert_true(checklist_find(&cl, ids[i]) >= 0);
	assert_int_equal(checklist_find(&cl, "tech-9"), -1);
	assert_string_equal(checklist_item_text(&cl.items[0], "ja"),
	    "個人データの安全管理措置を講じるための組織体制の整備");
	assert_non_null(strstr(checklist_item_text(&cl.items[0], "en"),
	    "organisation"));
	assert_int_equal(checklist_label(&cl, label, sizeof(label)), 0);
	assert_string_equal(label, "safeguards/1");
}

static void
template_lists_every_item_and_parses_when_filled(void **state)
{
	struct answers a;
	struct error e = { 0 };
	char *t, *filled, *p, *q;

	(void)state;
	assert_non_null(t = checklist_template(&cl, "en"));
	for (size_t i = 0; i < cl.nitems; i++)
		assert_non_null(strstr(t, cl.items[i].id));
	/* Blank, it is refused: the first item has no answer. */
	assert_int_equal(parse(t, &a, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "org-1: no answer"));
	/* Filled in by appending " na" to every id line. */
	assert_non_null(filled = malloc(strlen(t) * 2 + 1));
	for (p = t, q = filled; *p; ) {
		char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		memcpy(q, p, n);
		q += n;
		if (n > 0 && *p != '#') {
			memcpy(q, " na", 3);
			q += 3;
		}
		if (nl)
			*q++ = '\n';
		p += n + (nl != NULL);
	}
	*q = '\0';
	assert_int_equal(parse(filled, &a, &e), ST_OK);
	assert_int_equal(a.n, cl.nitems);
	assert_int_equal(a.v[0].value, ANSWER_NA);
	answers_free(&a);
	free(filled);
	free(t);
	assert_non_null(t = checklist_template(&cl, "ja"));
	assert_non_null(strstr(t, "組織的安全管理措置"));
	free(t);
}

static void
answers_with_notes_comments_crlf_and_bom(void **state)
{
	char buf[8192];
	struct answers a;
	struct error e = { 0 };
	long k;

	(void)state;
	snprintf(buf, sizeof(buf), "\xef\xbb\xbf# 2026年 確認\r\n\r\n%s"
	    "  # indented comment\n", all_ok());
	/* Replace tech-4's line with an ng and a note holding '#'. */
	char *p = strstr(buf, "tech-4 ok\n");
	assert_non_null(p);
	memcpy(p, "tech-4 ng", 9);
	assert_int_equal(parse(buf, &a, &e), ST_OK);
	k = checklist_find(&cl, "tech-4");
	assert_int_equal(a.v[k].value, ANSWER_NG);
	answers_free(&a);

	/* org-2's line, moved to the end with a tab, a note and trailing blanks. */
	snprintf(buf, sizeof(buf), "%s", all_ok());
	p = strstr(buf, "org-2 ok\n");
	memmove(p, p + 9, strlen(p + 9) + 1);
	strcat(buf, "org-2\tok  規程あり #12 参照  \t\n");
	assert_int_equal(parse(buf, &a, &e), ST_OK);
	k = checklist_find(&cl, "org-2");
	assert_string_equal(a.v[k].note, "規程あり #12 参照");
	answers_free(&a);
}

static void
malformed_answers_name_item_and_line(void **state)
{
	char buf[8192];
	struct answers a;
	struct error e = { 0 };

	(void)state;
	snprintf(buf, sizeof(buf), "%stech-9 ok\n", all_ok());
	assert_int_equal(parse(buf, &a, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "ans.txt:22: unknown item \"tech-9\""));

	snprintf(buf, sizeof(buf), "%sorg-3 ng\n", all_ok());
	assert_int_equal(parse(buf, &a, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "ans.txt:22: org-3 already answered on line 3"));

	snprintf(buf, sizeof(buf), "org-1 yes\n");
	assert_int_equal(parse(buf, &a, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "ans.txt:1: org-1: answer \"yes\" is not ok, ng or na"));

	snprintf(buf, sizeof(buf), "org-1 ok\norg-2 ok\n");
	assert_int_equal(parse(buf, &a, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "ans.txt: not answered: org-3, org-4"));

	assert_int_equal(parse("", &a, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "not answered"));
}

static void
hostile_answers_are_refused(void **state)
{
	struct answers a;
	struct error e = { 0 };
	char *big;

	(void)state;
	assert_int_equal(parse("org-1 ok \xc3\x28\n", &a, &e), ST_FILE);
	assert_non_null(strstr(e.msg, "UTF-8"));
	error_clear(&e);
	assert_int_equal(answers_parse(&cl, "ans.txt", "org-1 ok\0x", 10, &a, &e),
	    ST_FILE);
	assert_int_equal(parse("org-1 ok \x1b[31m\n", &a, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "ans.txt:1: control character"));

	assert_non_null(big = malloc(ANSWERS_MAX_SIZE + 2));
	memset(big, '#', ANSWERS_MAX_SIZE + 1);
	big[ANSWERS_MAX_SIZE + 1] = '\0';
	assert_int_equal(parse(big, &a, &e), ST_FILE);
	assert_non_null(strstr(e.msg, "larger than"));
	/* One long line under the size cap. */
	memcpy(big, "org-1 ok ", 9);
	big[ANSWERS_MAX_LINE + 100] = '\0';
	assert_int_equal(parse(big, &a, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "line longer than"));
	/* A note over the cap. */
	memset(big, 'x', 1500);
	memcpy(big, "org-1 ok ", 9);
	big[1500] = '\0';
	assert_int_equal(parse(big, &a, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "note longer than"));
	free(big);
}

static void
schema_and_doctype_guard_the_checklist(void **state)
{
	char dir[] = "/tmp/itaku-cl-XXXXXX", path[256];
	struct checklist c;
	struct error e = { 0 };
	FILE *fp;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/x.xml", dir);

	assert_non_null(fp = fopen(path, "w"));
	fputs("<?xml version=\"1.0\"?>\n<!DOCTYPE c [<!ENTITY x SYSTEM "
	    "\"file:///etc/passwd\">]>\n<checklist xmlns=\"urn:itaku:checklist:1\" "
	    "id=\"x\" version=\"1\">&x;</checklist>\n", fp);
	fclose(fp);
	assert_int_equal(checklist_load_file(path, RNG, &c, &e), ST_FILE);
	assert_non_null(strstr(e.msg, "DOCTYPE"));

	assert_non_null(fp = fopen(path, "w"));
	fputs("<checklist xmlns=\"urn:itaku:checklist:1\" id=\"x\" version=\"1\">"
	    "<text xml:lang=\"ja\">題</text><text xml:lang=\"en\">T</text>"
	    "<group id=\"g\"><text xml:lang=\"ja\">群</text>"
	    "<text xml:lang=\"en\">G</text><item id=\"a-1\">"
	    "<text xml:lang=\"ja\">あ</text></item></group></checklist>\n", fp);
	fclose(fp);
	error_clear(&e);
	assert_int_equal(checklist_load_file(path, RNG, &c, &e), ST_FILE);
	assert_non_null(strstr(e.msg, "does not follow"));

	assert_non_null(fp = fopen(path, "w"));
	fputs("<checklist xmlns=\"urn:itaku:checklist:1\" id=\"x\" version=\"1\">"
	    "<text xml:lang=\"ja\">題</text><text xml:lang=\"en\">T</text>"
	    "<group id=\"g\"><text xml:lang=\"ja\">群</text>"
	    "<text xml:lang=\"en\">G</text>"
	    "<item id=\"a-1\"><text xml:lang=\"ja\">あ</text><text xml:lang=\"en\">A</text></item>"
	    "<item id=\"a-1\"><text xml:lang=\"ja\">い</text><text xml:lang=\"en\">I</text></item>"
	    "</group></checklist>\n", fp);
	fclose(fp);
	error_clear(&e);
	assert_int_equal(checklist_load_file(path, RNG, &c, &e), ST_FILE);
	assert_non_null(strstr(e.msg, "appears twice"));

	error_clear(&e);
	assert_int_equal(checklist_load("../../etc/passwd", &c, &e), ST_DATA);
	unlink(path);
	rmdir(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(shipped_checklist_has_the_four_kinds),
		cmocka_unit_test(template_lists_every_item_and_parses_when_filled),
		cmocka_unit_test(answers_with_notes_comments_crlf_and_bom),
		cmocka_unit_test(malformed_answers_name_item_and_line),
		cmocka_unit_test(hostile_answers_are_refused),
		cmocka_unit_test(schema_and_doctype_guard_the_checklist),
	};

	return cmocka_run_group_tests(tests, load, unload);
}
