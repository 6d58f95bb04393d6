/*
 * Incidents: deadline arithmetic across Golden Week and the New Year,
 * 30 against 60 days, the steps a close needs, and the store, audit and
 * due list against a real SQLite file.
 */
#include <unistd.h>

#include "unit.h"
#include "fixture.h"
#include "delegation.h"
#include "findings.h"
#include "graph.h"
#include "incident.h"
#include "org.h"
#include "schedule.h"
#include "store.h"
#include "store_incident.h"
#include "store_review.h"


static struct date
D(const char *s)
{
	struct date d;

	assert_true(date_parse(s, &d));
	return d;
}

static const char *
F(struct date d)
{
	static char buf[4][DATE_STRLEN];
	static int i;

	i = (i + 1) % 4;
	date_format(d, buf[i]);
	return buf[i];
}

static const char *
deadline(const struct incident *in, enum incident_step k)
{
	struct date d;

	if (!incident_deadline(in, k, &d))
		return "none";
	return F(d);
}

static void
plain_weeks(void **state)
{
	struct incident in = { .discovered_on = "2026-04-01", .over_1000 = true,
	    .notice_days = 1, .people = 1500 };

	(void)state;
	/* Wednesday: the notice is due on Thursday. */
	assert_string_equal(deadline(&in, ISTEP_NOTICE), "2026-04-02");
	/* The 5th day, discovery being day 1, is Sunday 04-05: Monday. */
	assert_string_equal(deadline(&in, ISTEP_REPORT_QUICK), "2026-04-06");
	/* The 30th day, discovery being day 1 (guideline 3-5-3-4 ※2). */
	assert_string_equal(deadline(&in, ISTEP_REPORT_FINAL), "2026-04-30");
	assert_string_equal(deadline(&in, ISTEP_FACT), "none");
	assert_string_equal(deadline(&in, ISTEP_PUBLISH), "none");
	/* 60 days for an unlawful purpose: Saturday 05-30 moves to Monday. */
	in.unlawful = true;
	assert_string_equal(deadline(&in, ISTEP_REPORT_FINAL), "2026-06-01");
	/* Nothing to report, no deadlines at all. */
	in.unlawful = in.over_1000 = false;
	assert_false(incident_reportable(&in));
	assert_string_equal(deadline(&in, ISTEP_NOTICE), "none");
	assert_string_equal(deadline(&in, ISTEP_REPORT_QUICK), "none");
	assert_string_equal(deadline(&in, ISTEP_REPORT_FINAL), "none");
	/* The follow-up review counts plain days. */
	assert_string_equal(F(incident_review_due(&in)), "2026-05-01");
}

static void
golden_week_and_new_year(void **state)
{
	struct incident in = { .discovered_on = "2026-04-30", .sensitive = true,
	    .notice_days = 1, .people = -1 };

	(void)state;
	/* 5/1 is a Friday; 5/2 to 5/6 are weekend and holidays. */
	assert_string_equal(deadline(&in, ISTEP_NOTICE), "2026-05-01");
	assert_string_equal(deadline(&in, ISTEP_REPORT_QUICK), "2026-05-07");
	assert_string_equal(deadline(&in, ISTEP_REPORT_FINAL), "2026-05-29");
	in.notice_days = 2;
	assert_string_equal(deadline(&in, ISTEP_NOTICE), "2026-05-07");

	/* Saturday 12-26: the year-end closure runs 12-29 to 01-03. */
	in.discovered_on = "2026-12-26";
	in.notice_days = 1;
	assert_string_equal(deadline(&in, ISTEP_NOTICE), "2026-12-28");
	assert_string_equal(deadline(&in, ISTEP_REPORT_QUICK), "2027-01-04");
	/* 30th day Sunday 2027-01-24: Monday. */
	assert_string_equal(deadline(&in, ISTEP_REPORT_FINAL), "2027-01-25");
	/* 60th day 2027-02-23 is 天皇誕生日: the next day. */
	in.unlawful = true;
	assert_string_equal(deadline(&in, ISTEP_REPORT_FINAL), "2027-02-24");
	/* Notice on the same day when that is a business day, else the next. */
	in.notice_days = 0;
	assert_string_equal(deadline(&in, ISTEP_NOTICE), "2026-12-28");
	in.discovered_on = "2026-12-28";
	assert_string_equal(deadline(&in, ISTEP_NOTICE), "2026-12-28");
	in.notice_days = 1;
	assert_string_equal(deadline(&in, ISTEP_NOTICE), "2027-01-04");
}

static void
steps_status_and_requirements(void **state)
{
	struct incident_done done[] = {
		{ "fact", "2026-04-03", "", "" },
		{ "report-final", "2026-05-02", "", "" },
	};
	struct incident in = { .discovered_on = "2026-04-01", .financial = true,
	    .notice_days = 1, .people = -1 };
	struct step_status st[ISTEP_N];

	(void)state;
	assert_int_equal(incident_step_parse("a"), ISTEP_FACT);
	assert_int_equal(incident_step_parse("fact"), ISTEP_FACT);
	assert_int_equal(incident_step_parse("e1"), ISTEP_REPORT_QUICK);
	assert_int_equal(incident_step_parse("report-final"), ISTEP_REPORT_FINAL);
	assert_int_equal(incident_step_parse("f"), ISTEP_PUBLISH);
	assert_int_equal(incident_step_parse("notice"), ISTEP_NOTICE);
	assert_int_equal(incident_step_parse("e"), -1);
	assert_int_equal(incident_step_parse(""), -1);
	assert_int_equal(incident_step_parse("Fact"), -1);

	assert_true(incident_step_required(&in, ISTEP_NOTICE));
	assert_true(incident_step_required(&in, ISTEP_NOTIFY));
	assert_true(incident_step_required(&in, ISTEP_REPORT_QUICK));
	assert_false(incident_step_required(&in, ISTEP_PUBLISH));
	incident_status(&in, D("2026-04-03"), st);
	assert_int_equal(st[ISTEP_NOTICE].state, STEP_OVERDUE);
	assert_int_equal(st[ISTEP_NOTICE].days, 1);
	assert_int_equal(st[ISTEP_REPORT_QUICK].state, STEP_DUE);
	assert_int_equal(st[ISTEP_REPORT_QUICK].days, 3);
	assert_int_equal(st[ISTEP_FACT].state, STEP_OPEN);
	assert_int_equal(st[ISTEP_PUBLISH].state, STEP_OPTIONAL);

	/* A final report filed at once stands for the quick one, late here. */
	in.done = done;
	in.ndone = 2;
	assert_false(incident_step_required(&in, ISTEP_REPORT_QUICK));
	incident_status(&in, D("2026-05-03"), st);
	assert_int_equal(st[ISTEP_FACT].state, STEP_DONE);
	assert_int_equal(st[ISTEP_REPORT_QUICK].state, STEP_DONE);
	assert_int_equal(st[ISTEP_REPORT_QUICK].days, 26);	/* late since 04-06 */
	assert_int_equal(st[ISTEP_REPORT_FINAL].state, STEP_DONE);
	assert_int_equal(st[ISTEP_REPORT_FINAL].days, 2);	/* 04-30 */

	/* Without a trigger only (ア)-(ウ) are needed to close. */
	in.financial = false;
	assert_true(incident_step_required(&in, ISTEP_FACT));
	assert_true(incident_step_required(&in, ISTEP_PREVENTION));
	assert_false(incident_step_required(&in, ISTEP_NOTICE));
	assert_false(incident_step_required(&in, ISTEP_NOTIFY));
	assert_false(incident_step_required(&in, ISTEP_REPORT_FINAL));
}

static void
suggestions_never_set(void **state)
{
	struct delegation d = { .sensitive = true, .credit_card = true,
	    .people = 5000 };
	struct incident in = { .discovered_on = "2026-04-01", .people = -1 };

	(void)state;
	assert_int_equal(incident_suggestions(&in, &d),
	    SUGGEST_SENSITIVE | SUGGEST_FINANCIAL | SUGGEST_OVER_1000);
	assert_false(incident_reportable(&in));
	in.financial = true;
	assert_int_equal(incident_suggestions(&in, &d),
	    SUGGEST_SENSITIVE | SUGGEST_OVER_1000);
	d.people = 1000;	/* not more than 1,000 */
	d.sensitive = false;
	assert_int_equal(incident_suggestions(&in, &d), 0);
}

/* A register on disk: 委託元 → A → B. */
struct fx {
	struct store *s;
	long del[2];
};

static long
add_del(struct store *s, long parent, long child, const char *approved)
{
	struct delegation d = { .parent_id = parent, .child_id = child,
	    .people = -1, .risk = "medium", .data_items = "氏名",
	    .start_date = "2026-01-01", .approved_on = (char *)approved,
	    .approved_by = approved ? "山田" : NULL };

	return fx_delegation(s, &d);
}

static int
setup(void **state)
{
	static struct fx fx;
	long o[3];

	memset(&fx, 0, sizeof(fx));
	if ((fx.s = fx_store()) == NULL)
		return -1;
	o[0] = fx_org(fx.s, "委託元", true);
	o[1] = fx_org(fx.s, "A社", false);
	o[2] = fx_org(fx.s, "B社", false);
	fx.del[0] = add_del(fx.s, o[0], o[1], NULL);
	fx.del[1] = add_del(fx.s, o[1], o[2], "2025-12-20");
	*state = &fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *fx = *state;

	store_close(fx->s);
	return 0;
}

/* Run one write in its own transaction, as the commands do. */
static int
add(struct store *s, struct incident *in, const char *today, struct error *e)
{
	int rv;

	error_clear(e);
	assert_int_equal(store_begin(s, e), ST_OK);
	if ((rv = incident_create(s, in, D(today), e)) != ST_OK) {
		store_rollback(s);
		return rv;
	}
	assert_int_equal(store_commit(s, e), ST_OK);
	return ST_OK;
}

static size_t
count(struct store *s)
{
	struct incident *v;
	struct error e = { 0 };
	size_t n;

	assert_int_equal(store_incident_list(s, 0, false, &v, &n, &e), ST_OK);
	incident_list_free(v, n);
	return n;
}

static void
create_validates_and_audits(void **state)
{
	struct fx *fx = *state;
	struct error e = { 0 };
	struct incident in = { .delegation_id = fx->del[1], .people = 1500,
	    .discovered_on = "2026-04-01", .what = "USBメモリの紛失",
	    .notice_days = 1 };
	struct incident bad = in, got = { 0 };
	long seq;
	char hash[65];

	assert_int_equal(store_audit_head(fx->s, &seq, hash, &e), ST_OK);
	assert_int_equal(add(fx->s, &in, "2026-04-03", &e), ST_OK);
	assert_true(in.over_1000);	/* from --people */
	free(in.created_at);
	{
		long seq2;

		assert_int_equal(store_audit_head(fx->s, &seq2, hash, &e), ST_OK);
		assert_int_equal(seq2, seq + 1);
	}

	bad.discovered_on = "2026-04-04";	/* after today */
	assert_int_equal(add(fx->s, &bad, "2026-04-03", &e), ST_DATA);
	assert_non_null(strstr(e.msg, "in the future"));
	bad.discovered_on = "2026-04-01";
	bad.occurred_on = "2026-04-02";		/* after the discovery */
	assert_int_equal(add(fx->s, &bad, "2026-04-03", &e), ST_DATA);
	bad.occurred_on = NULL;
	bad.what = "  ";
	assert_int_equal(add(fx->s, &bad, "2026-04-03", &e), ST_DATA);
	bad.what = "x";
	bad.delegation_id = 99;
	assert_int_equal(add(fx->s, &bad, "2026-04-03", &e), ST_DATA);
	assert_int_equal(count(fx->s), 1);

	assert_int_equal(store_incident_get(fx->s, in.id, &got, &e), ST_OK);
	assert_string_equal(got.what, "USBメモリの紛失");
	assert_int_equal(got.people, 1500);
	assert_true(got.over_1000 && !got.sensitive && !got.unlawful);
	assert_null(got.closed_on);
	incident_free(&got);
	error_clear(&e);
	assert_int_equal(store_incident_get(fx->s, 42, &got, &e), ST_DATA);
	assert_string_equal(e.msg, "incident 42: no such incident");
}

static int
step(struct store *s, long id, enum incident_step k, const char *on,
    struct error *e)
{
	int rv;

	error_clear(e);
	assert_int_equal(store_begin(s, e), ST_OK);
	if ((rv = incident_record_step(s, id, k, D(on), "", D("2026-05-10"),
	    e)) != ST_OK) {
		store_rollback(s);
		return rv;
	}
	assert_int_equal(store_commit(s, e), ST_OK);
	return ST_OK;
}

static int
close_it(struct store *s, long id, const char *reason, struct error *e)
{
	int rv;

	error_clear(e);
	assert_int_equal(store_begin(s, e), ST_OK);
	if ((rv = incident_close(s, id, D("2026-05-10"), reason, D("2026-05-10"),
	    e)) != ST_OK) {
		store_rollback(s);
		return rv;
	}
	assert_int_equal(store_commit(s, e), ST_OK);
	return ST_OK;
}

static void
steps_close_and_due(void **state)
{
	struct fx *fx = *state;
	struct error e = { 0 };
	struct incident in = { .delegation_id = fx->del[1], .people = -1,
	    .discovered_on = "2026-04-01", .what = "誤送信", .sensitive = true,
	    .notice_days = 1 }, got = { 0 };
	struct due_list l = { 0 };
	struct findings f = { 0 };
	struct graph g = { 0 };
	struct config cfg;
	size_t kinds = 0;

	assert_int_equal(add(fx->s, &in, "2026-04-01", &e), ST_OK);
	free(in.created_at);
	assert_int_equal(step(fx->s, in.id, ISTEP_FACT, "2026-03-31", &e), ST_DATA);
	assert_non_null(strstr(e.msg, "before incident"));
	assert_int_equal(step(fx->s, in.id, ISTEP_FACT, "2026-05-11", &e), ST_DATA);
	assert_int_equal(step(fx->s, 77, ISTEP_FACT, "2026-04-02", &e), ST_DATA);
	assert_int_equal(step(fx->s, in.id, ISTEP_NOTICE, "2026-04-02", &e), ST_OK);
	assert_int_equal(step(fx->s, in.id, ISTEP_FACT, "2026-04-03", &e), ST_OK);
	/* Re-recording corrects the date rather than adding a row. */
	assert_int_equal(step(fx->s, in.id, ISTEP_FACT, "2026-04-04", &e), ST_OK);
	assert_int_equal(store_incident_get(fx->s, in.id, &got, &e), ST_OK);
	assert_int_equal(got.ndone, 2);
	assert_string_equal(got.done[1].done_on, "2026-04-04");
	incident_free(&got);

	/* due on 04-10: the quick report is overdue, the final one upcoming. */
	config_defaults(&cfg);
	assert_int_equal(graph_load(fx->s, &g, &e), ST_OK);
	assert_int_equal(schedule_compute(fx->s, &g, &cfg, D("2026-04-10"), 30,
	    &l, &e), ST_OK);
	for (size_t i = 0; i < l.n; i++) {
		const struct due_item *it = &l.v[i];

		if (it->kind == DUE_INCIDENT_NOTICE)
			fail_msg("the notice was given");
		if (it->kind == DUE_INCIDENT_QUICK) {
			assert_true(it->overdue);
			assert_string_equal(F(it->due), "2026-04-06");
			assert_int_equal(it->days, 4);
			assert_int_equal(it->incident_id, in.id);
			assert_int_equal(it->delegation_id, fx->del[1]);
			kinds |= 1;
		}
		if (it->kind == DUE_INCIDENT_FINAL) {
			assert_false(it->overdue);
			assert_string_equal(F(it->due), "2026-04-30");
			kinds |= 2;
		}
		if (it->kind == DUE_INCIDENT_REVIEW) {
			assert_string_equal(F(it->due), "2026-05-01");
			kinds |= 4;
		}
	}
	assert_int_equal(kinds, 7);
	/* Sorted: every overdue item comes before every upcoming one. */
	for (size_t i = 0; i < l.n; i++)
		assert_int_equal(l.v[i].overdue, i < l.noverdue);
	due_list_free(&l);

	/* The tree's findings: on B's delegation only, naming what is late. */
	assert_int_equal(findings_collect(fx->s, &g, fx_config(), D("2026-04-10"), &f, &e),
	    ST_OK);
	kinds = 0;
	for (size_t i = 0; i < f.n; i++)
		if (f.v[i].kind == FIND_INCIDENT) {
			assert_int_equal(f.v[i].delegation_id, fx->del[1]);
			assert_non_null(strstr(f.v[i].detail,
			    "report-quick overdue since 2026-04-06"));
			kinds++;
		}
	assert_int_equal(kinds, 1);
	findings_free(&f);

	/* Close refused with the missing steps named; nothing written. */
	assert_int_equal(close_it(fx->s, in.id, NULL, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "scope, prevention, notify, "
	    "report-quick, report-final"));
	assert_int_equal(close_it(fx->s, in.id, " ", &e), ST_DATA);
	assert_int_equal(store_incident_get(fx->s, in.id, &got, &e), ST_OK);
	assert_null(got.closed_on);
	incident_free(&got);
	/* Forced with a reason, it is closed and keeps the reason. */
	assert_int_equal(close_it(fx->s, in.id, "handled by the PPC inquiry", &e),
	    ST_OK);
	assert_int_equal(store_incident_get(fx->s, in.id, &got, &e), ST_OK);
	assert_string_equal(got.closed_on, "2026-05-10");
	assert_string_equal(got.close_reason, "handled by the PPC inquiry");
	incident_free(&got);
	assert_int_equal(close_it(fx->s, in.id, "again", &e), ST_DATA);
	assert_non_null(strstr(e.msg, "already closed"));

	/* Closed: no reporting deadlines, but the review is still owed. */
	assert_int_equal(schedule_compute(fx->s, &g, &cfg, D("2026-05-10"), 30,
	    &l, &e), ST_OK);
	kinds = 0;
	for (size_t i = 0; i < l.n; i++) {
		assert_true(l.v[i].kind != DUE_INCIDENT_QUICK &&
		    l.v[i].kind != DUE_INCIDENT_FINAL);
		kinds += l.v[i].kind == DUE_INCIDENT_REVIEW;
	}
	assert_int_equal(kinds, 1);
	due_list_free(&l);
	graph_free(&g);
}

static void
review_after_discovery_answers(void **state)
{
	struct fx *fx = *state;
	struct error e = { 0 };
	struct incident in = { .delegation_id = fx->del[0], .people = 10,
	    .discovered_on = "2026-04-01", .what = "紛失", .notice_days = 1 };
	struct review_answer a = { "org-1", "ok", "" };
	struct review r = { .delegation_id = fx->del[0], .reviewer = "山田",
	    .method = "onsite", .result = "pass", .checklist = "safeguards/1",
	    .answers = &a, .nanswers = 1 };
	struct due_list l = { 0 };
	struct graph g = { 0 };
	struct config cfg;
	size_t n;

	config_defaults(&cfg);
	assert_int_equal(add(fx->s, &in, "2026-04-01", &e), ST_OK);
	free(in.created_at);
	for (int round = 0; round < 3; round++) {
		if (round > 0) {
			/* On the day of discovery, then the day after. */
			r.reviewed_on = round == 1 ? "2026-04-01" : "2026-04-02";
			assert_int_equal(store_begin(fx->s, &e), ST_OK);
			assert_int_equal(store_review_insert(fx->s, &r, &e), ST_OK);
			assert_int_equal(store_commit(fx->s, &e), ST_OK);
			free(r.created_at);
			r.created_at = NULL;
		}
		assert_int_equal(graph_load(fx->s, &g, &e), ST_OK);
		assert_int_equal(schedule_compute(fx->s, &g, &cfg,
		    D("2026-04-20"), 30, &l, &e), ST_OK);
		n = 0;
		for (size_t i = 0; i < l.n; i++)
			n += l.v[i].kind == DUE_INCIDENT_REVIEW;
		/* Not reportable: no reporting deadline either way. */
		for (size_t i = 0; i < l.n; i++)
			assert_true(l.v[i].kind != DUE_INCIDENT_QUICK);
		assert_int_equal(n, round < 2 ? 1 : 0);
		due_list_free(&l);
		graph_free(&g);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(plain_weeks),
		cmocka_unit_test(golden_week_and_new_year),
		cmocka_unit_test(steps_status_and_requirements),
		cmocka_unit_test(suggestions_never_set),
		cmocka_unit_test_setup_teardown(create_validates_and_audits,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(steps_close_and_due, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(review_after_discovery_answers,
		    setup, teardown),
	};

	fx_no_config();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
