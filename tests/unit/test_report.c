/* The report: HTML, CSV and Markdown escaping, the gathered figures, and
 * the register's JSON round trip in memory. */
#include "unit.h"
#include "fixture.h"
#include "config.h"
#include "delegation.h"
#include "org.h"
#include "register_io.h"
#include "render_report.h"
#include "render_svg.h"
#include "report.h"
#include "store.h"
#include "store_register.h"


/* What fn printed for s, malloc'd. */
static char *
render(void (*fn)(FILE *, const char *), const char *s)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	assert_non_null(fp);
	fn(fp, s);
	fclose(fp);
	return buf;
}

#define ASSERT_RENDER(fn, in, want) do { \
	char *got_ = render(fn, in); \
	assert_string_equal(got_, want); \
	free(got_); \
} while (0)

static void
test_html_text(void **state)
{
	(void)state;
	ASSERT_RENDER(html_text, "株式会社さくら", "株式会社さくら");
	ASSERT_RENDER(html_text, "<script>alert('x')</script>",
	    "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
	ASSERT_RENDER(html_text, "A & B \"C\"", "A &amp; B &quot;C&quot;");
	ASSERT_RENDER(html_text, "&amp;", "&amp;amp;");
	/* Controls have no place in XML; TAB and LF stay. */
	ASSERT_RENDER(html_text, "a\001b\tc\nd\033", "a b\tc\nd ");
	ASSERT_RENDER(html_text, "", "");
	ASSERT_RENDER(html_text, NULL, "");
}

static void
test_csv_field(void **state)
{
	(void)state;
	ASSERT_RENDER(csv_field, "plain", "plain");
	ASSERT_RENDER(csv_field, "顧客氏名・住所", "顧客氏名・住所");
	ASSERT_RENDER(csv_field, "a,b", "\"a,b\"");
	ASSERT_RENDER(csv_field, "say \"hi\"", "\"say \"\"hi\"\"\"");
	ASSERT_RENDER(csv_field, "two\nlines", "\"two\nlines\"");
	ASSERT_RENDER(csv_field, "cr\r", "\"cr\r\"");
	ASSERT_RENDER(csv_field, "", "");
	ASSERT_RENDER(csv_field, NULL, "");
}

static void
test_md_text(void **state)
{
	(void)state;
	ASSERT_RENDER(md_text, "a|b", "a\\|b");
	ASSERT_RENDER(md_text, "*bold* _x_", "\\*bold\\* \\_x\\_");
	ASSERT_RENDER(md_text, "<b>&", "&lt;b\\>&amp;");
	ASSERT_RENDER(md_text, "one\ntwo\r", "one<br>two");
	ASSERT_RENDER(md_text, "北斗印刷", "北斗印刷");
}

struct fixture {
	struct store *s;
	long org[6];
	long del[6];
};

static long
add_del(struct store *s, long parent, long child, long people, bool cc,
    const char *approved)
{
	struct delegation d = { .parent_id = parent, .child_id = child,
	    .people = people, .risk = "medium", .data_items = "氏名",
	    .credit_card = cc, .start_date = "2026-01-01",
	    .approved_on = (char *)approved,
	    .approved_by = approved ? "部長" : NULL };

	return fx_delegation(s, &d);
}

/*
 * 委託元 → A (100 people) → B (approved) → C (not approved);
 * 委託元 → D (credit card, people unknown) → B: B serves A and D.
 */
static int
setup(void **state)
{
	static struct fixture fx;

	memset(&fx, 0, sizeof(fx));
	if ((fx.s = fx_store()) == NULL)
		return -1;
	fx.org[0] = fx_org(fx.s, "委託元株式会社", true);
	fx.org[1] = fx_org(fx.s, "A社", false);
	fx.org[2] = fx_org(fx.s, "B社 <&>", false);
	fx.org[3] = fx_org(fx.s, "C社", false);
	fx.org[4] = fx_org(fx.s, "D社", false);
	fx.del[0] = add_del(fx.s, fx.org[0], fx.org[1], 100, false, NULL);
	fx.del[1] = add_del(fx.s, fx.org[1], fx.org[2], 100, false, "2025-12-01");
	fx.del[2] = add_del(fx.s, fx.org[2], fx.org[3], 50, false, NULL);
	fx.del[3] = add_del(fx.s, fx.org[0], fx.org[4], -1, true, NULL);
	fx.del[4] = add_del(fx.s, fx.org[4], fx.org[2], 10, false, "2025-12-01");
	*state = &fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *fx = *state;

	store_close(fx->s);
	return 0;
}

static void
test_report_figures(void **state)
{
	struct fixture *fx = *state;
	struct error e = { 0 };
	struct config cfg;
	struct report r;
	struct date today = { 2026, 6, 1 };

	config_defaults(&cfg);
	assert_int_equal(report_build(fx->s, &cfg, today, 30, &r, &e), ST_OK);
	assert_int_equal(r.orgs, 5);
	assert_int_equal(r.active, 5);
	assert_int_equal(r.ended, 0);
	assert_int_equal(r.maxlevel, 3);
	assert_int_equal(r.by_level[1], 2);
	assert_int_equal(r.by_level[2], 2);
	assert_int_equal(r.by_level[3], 1);
	assert_int_equal(r.credit_card, 1);
	/* Direct contractors only: A's 100; D's count is unknown. */
	assert_int_equal(r.people, 100);
	assert_int_equal(r.people_unknown, 1);
	assert_int_equal(r.unapproved, 1);
	assert_int_equal(r.with_contract, 0);
	assert_int_equal(r.nmatrices, 0);
	/* B serves A and D. */
	assert_int_equal(r.nconc, 1);
	assert_string_equal(r.g.orgs[r.conc[0].org].name, "B社 <&>");
	assert_int_equal(r.conc[0].n, 2);
	/* Nothing reviewed: every active delegation is due for its first check. */
	for (size_t i = 0; i < r.g.ndels; i++) {
		assert_true(r.dels[i].has_next);
		assert_int_equal(r.dels[i].next_kind, DUE_INITIAL);
	}
	report_free(&r);
}

/* Render into memory and look for what must and must not be there. */
static char *
render_report(int (*fn)(FILE *, const struct report *), const struct report *r)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	assert_non_null(fp);
	assert_int_equal(fn(fp, r), 0);
	fclose(fp);
	return buf;
}

static void
test_report_renderers(void **state)
{
	struct fixture *fx = *state;
	struct error e = { 0 };
	struct config cfg;
	struct report r;
	struct date today = { 2026, 6, 1 };
	char *html, *md, *csv;

	config_defaults(&cfg);
	assert_int_equal(report_build(fx->s, &cfg, today, 30, &r, &e), ST_OK);
	html = render_report(render_report_html, &r);
	assert_non_null(strstr(html, "<!DOCTYPE html>"));
	assert_non_null(strstr(html, "<svg"));
	assert_null(strstr(html, "<?xml"));
	assert_non_null(strstr(html, "B社 &lt;&amp;&gt;"));
	assert_null(strstr(html, "B社 <&>"));
	/* Labels are English without i18n_init() (Japanese through ja.po). */
	assert_non_null(strstr(html, "Contractors entrusted by more than one "
	    "party"));
	assert_non_null(strstr(html, "<html lang=\"en\">"));
	/* The unapproved re-delegation is dashed in the chart. */
	assert_non_null(strstr(html, "stroke-dasharray"));
	md = render_report(render_report_md, &r);
	assert_non_null(strstr(md, "## 1. Summary"));
	assert_non_null(strstr(md, "B社 &lt;&amp;\\>"));
	csv = render_report(render_report_csv, &r);
	assert_memory_equal(csv, "\xef\xbb\xbf" "delegation_id,", 17);
	assert_non_null(strstr(csv, "\r\n3,3,再々委託先,"));
	assert_non_null(strstr(csv, "unapproved"));
	free(html);
	free(md);
	free(csv);
	report_free(&r);
}

/* Export to JSON, check it back: equal registers. */
static void
test_register_json(void **state)
{
	struct fixture *fx = *state;
	struct register_data a, b;
	struct error e = { 0 };
	json_t *ja, *jb, *d;

	assert_int_equal(store_register_read(fx->s, &a, &e), ST_OK);
	assert_int_equal(a.norgs, 5);
	assert_int_equal(a.ndels, 5);
	assert_true(a.naudit >= 10);
	ja = register_to_json(&a, "2026-06-01T00:00:00Z");
	assert_non_null(ja);
	if (register_from_json(ja, &b, &e) != ST_OK)
		fail_msg("%s", e.msg);
	jb = register_to_json(&b, "2026-06-01T00:00:00Z");
	assert_true(json_equal(ja, jb));
	register_data_free(&b);

	/* A bad date names its field. */
	d = json_array_get(json_object_get(ja, "delegations"), 2);
	json_object_set_new(d, "start_date", json_string("2026-02-30"));
	assert_int_equal(register_from_json(ja, &b, &e), ST_DATA);
	assert_string_equal(e.msg, "delegations[2].start_date: 2026-02-30: "
	    "not a date (YYYY-MM-DD with a real day)");
	error_clear(&e);
	json_object_set_new(d, "start_date", json_string("2026-01-01"));
	/* A cycle: B back to A, which entrusts B. */
	json_object_set_new(d, "child_id", json_integer(fx->org[1]));
	assert_int_equal(register_from_json(ja, &b, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "cycle"));
	error_clear(&e);
	json_decref(ja);
	json_decref(jb);
	register_data_free(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_html_text),
		cmocka_unit_test(test_csv_field),
		cmocka_unit_test(test_md_text),
		cmocka_unit_test_setup_teardown(test_report_figures, setup, teardown),
		cmocka_unit_test_setup_teardown(test_report_renderers, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_register_json, setup, teardown),
	};

	fx_no_config();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
