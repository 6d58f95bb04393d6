/*
 * The review scheduler: calendar months, intervals by risk, follow-ups,
 * and the roll-up along the chain, against real SQLite files.
 */
#include <unistd.h>

#include "unit.h"
#include "fixture.h"
#include "config.h"
#include "delegation.h"
#include "findings.h"
#include "graph.h"
#include "org.h"
#include "schedule.h"
#include "store.h"
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

static void
interval_by_tier_override_and_config(void **state)
{
	struct config c;
	struct delegation d = { .risk = "high" };

	(void)state;
	config_defaults(&c);
	assert_int_equal(schedule_interval(&d, &c), 6);
	d.risk = "medium";
	assert_int_equal(schedule_interval(&d, &c), 12);
	d.risk = "low";
	assert_int_equal(schedule_interval(&d, &c), 24);
	c.interval[RISK_LOW] = 18;
	assert_int_equal(schedule_interval(&d, &c), 18);
	d.review_months = 4;	/* the delegation's own wins over the tier */
	assert_int_equal(schedule_interval(&d, &c), 4);
	/* The defaults are the guideline's tiers. */
	config_defaults(&c);
	d.review_months = 0;
	d.risk = "high";
	assert_int_equal(schedule_interval(&d, &c), 6);
}

static struct date
next(const char *risk, int months, const char *on, const char *result,
    enum due_kind *kind)
{
	struct delegation d = { .risk = (char *)risk, .review_months = months,
	    .start_date = "2020-01-01", .created_at = "2019-12-01T00:00:00Z" };
	struct review_last l = { .delegation_id = 1 };
	struct config c;

	config_defaults(&c);
	snprintf(l.reviewed_on, sizeof(l.reviewed_on), "%s", on);
	snprintf(l.result, sizeof(l.result), "%s", result);
	return schedule_next(&d, on ? &l : NULL, &c, kind);
}

static void
next_due_in_calendar_months(void **state)
{
	enum due_kind k;

	(void)state;
	/* 31 August + 6 months is the last day of February. */
	assert_string_equal(F(next("high", 0, "2026-08-31", "pass", &k)), "2027-02-28");
	assert_int_equal(k, DUE_REVIEW);
	assert_string_equal(F(next("high", 0, "2027-08-31", "pass", &k)), "2028-02-29");
	/* 29 February + 12 months. */
	assert_string_equal(F(next("medium", 0, "2024-02-29", "pass", &k)), "2025-02-28");
	assert_string_equal(F(next("low", 0, "2024-02-29", "pass", &k)), "2026-02-28");
	assert_string_equal(F(next("medium", 0, "2025-01-31", "pass", &k)), "2026-01-31");
	assert_string_equal(F(next("medium", 1, "2025-01-31", "pass", &k)), "2025-02-28");
	assert_string_equal(F(next("medium", 0, "2025-12-15", "pass", &k)), "2026-12-15");
}

static void
followups_after_conditional_and_fail(void **state)
{
	enum due_kind k;

	(void)state;
	assert_string_equal(F(next("medium", 0, "2025-11-30", "conditional", &k)),
	    "2026-02-28");
	assert_int_equal(k, DUE_FOLLOWUP);
	assert_string_equal(F(next("medium", 0, "2025-01-31", "fail", &k)),
	    "2025-02-28");
	assert_int_equal(k, DUE_FOLLOWUP);
	/* A follow-up never comes later than the regular review. */
	assert_string_equal(F(next("high", 2, "2025-01-10", "conditional", &k)),
	    "2025-03-10");
	assert_int_equal(k, DUE_REVIEW);
}

static void
initial_check_before_start(void **state)
{
	struct delegation d = { .risk = "high", .start_date = "2026-04-01",
	    .created_at = "2026-03-02T23:00:00Z" };
	struct config c;
	enum due_kind k;

	(void)state;
	config_defaults(&c);
	assert_string_equal(F(schedule_next(&d, NULL, &c, &k)), "2026-04-01");
	assert_int_equal(k, DUE_INITIAL);
	d.start_date = NULL;
	assert_string_equal(F(schedule_next(&d, NULL, &c, &k)), "2026-03-02");
}

/* A register on disk: 委託元 → A → B → C, A → D → B (a DAG). */
struct fx {
	struct store *s;
	long org[6], del[6];
};

static long
add_del(struct store *s, long parent, long child, const char *risk,
    const char *start, const char *approved)
{
	struct delegation d = { .parent_id = parent, .child_id = child,
	    .people = -1, .risk = (char *)risk, .data_items = "氏名",
	    .start_date = (char *)start, .approved_on = (char *)approved,
	    .approved_by = approved ? "山田" : NULL };

	return fx_delegation(s, &d);
}

static void
add_review(struct store *s, long del, const char *on, const char *result)
{
	struct error e = { 0 };
	struct review_answer a = { "org-1", "ok", "" };
	struct review r = { .delegation_id = del, .reviewed_on = (char *)on,
	    .reviewer = "山田", .method = "onsite", .result = (char *)result,
	    .checklist = "safeguards/1", .answers = &a, .nanswers = 1 };

	assert_int_equal(store_begin(s, &e), ST_OK);
	assert_int_equal(store_review_insert(s, &r, &e), ST_OK);
	assert_int_equal(store_commit(s, &e), ST_OK);
	free(r.created_at);
}

static int
setup(void **state)
{
	static struct fx fx;

	memset(&fx, 0, sizeof(fx));
	if ((fx.s = fx_store()) == NULL)
		return -1;
	fx.org[0] = fx_org(fx.s, "委託元", true);
	fx.org[1] = fx_org(fx.s, "A社", false);
	fx.org[2] = fx_org(fx.s, "B社", false);
	fx.org[3] = fx_org(fx.s, "C社", false);
	fx.org[4] = fx_org(fx.s, "D社", false);
	fx.del[0] = add_del(fx.s, fx.org[0], fx.org[1], "high", "2025-01-10", NULL);
	fx.del[1] = add_del(fx.s, fx.org[1], fx.org[2], "medium", "2025-02-01", "2025-01-20");
	fx.del[2] = add_del(fx.s, fx.org[2], fx.org[3], "low", "2025-03-01", "2025-02-20");
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

struct run {
	struct graph g;
	struct due_list l;
};

static void
compute(struct fx *fx, const char *today, int within, struct run *r)
{
	struct error e = { 0 };
	struct config c;

	config_defaults(&c);
	assert_int_equal(graph_load(fx->s, &r->g, &e), ST_OK);
	if (schedule_compute(fx->s, &r->g, &c, D(today), within, &r->l, &e) != ST_OK)
		fail_msg("%s", e.msg);
}

static void
run_free(struct run *r)
{
	due_list_free(&r->l);
	graph_free(&r->g);
}

static const struct due_item *
find(const struct run *r, enum due_kind k, long del)
{
	for (size_t i = 0; i < r->l.n; i++)
		if (r->l.v[i].kind == k && r->l.v[i].delegation_id == del)
			return &r->l.v[i];
	return NULL;
}

static void
nothing_due_is_an_empty_list(void **state)
{
	struct fx *fx = *state;
	struct run r;

	compute(fx, "2024-06-01", 30, &r);
	assert_int_equal(r.l.n, 0);
	run_free(&r);
	compute(fx, "2024-12-20", 30, &r);
	assert_int_equal(r.l.n, 1);
	assert_int_equal(r.l.noverdue, 0);
	assert_int_equal(r.l.v[0].kind, DUE_INITIAL);
	assert_int_equal(r.l.v[0].days, 21);
	run_free(&r);
}

static void
missed_runs_report_overdue_since(void **state)
{
	struct fx *fx = *state;
	const struct due_item *it;
	struct run r;

	compute(fx, "2025-04-01", 30, &r);
	/* Oldest first: #1 since 01-10, #2 since 02-01, #3 since 03-01. */
	assert_true(r.l.noverdue >= 3);
	assert_int_equal(r.l.v[0].delegation_id, fx->del[0]);
	assert_string_equal(F(r.l.v[0].due), "2025-01-10");
	assert_int_equal(r.l.v[0].days, 81);
	for (size_t i = 1; i < r.l.noverdue; i++)
		assert_true(date_cmp(r.l.v[i - 1].due, r.l.v[i].due) <= 0);
	/* Chain: C's overdue check rolls up to B's and A's delegations. */
	assert_non_null(it = find(&r, DUE_CHAIN, fx->del[1]));
	assert_string_equal(F(it->due), "2025-03-01");
	assert_non_null(strstr(it->detail, "C社"));
	assert_non_null(it = find(&r, DUE_CHAIN, fx->del[0]));
	assert_string_equal(F(it->due), "2025-02-01");
	assert_null(find(&r, DUE_CHAIN, fx->del[2]));
	assert_null(find(&r, DUE_UNAPPROVED, fx->del[1]));
	run_free(&r);
}

static void
reviews_move_the_due_date_and_clear_the_chain(void **state)
{
	struct fx *fx = *state;
	const struct due_item *it;
	struct run r;

	add_review(fx->s, fx->del[0], "2025-01-05", "pass");
	add_review(fx->s, fx->del[1], "2025-01-25", "conditional");
	add_review(fx->s, fx->del[2], "2025-02-25", "fail");
	/* Two reviews on one day: the one entered later counts. */
	add_review(fx->s, fx->del[2], "2025-02-25", "pass");
	compute(fx, "2025-04-01", 30, &r);
	/* #1 high: 2025-07-05; #2 follow-up 2025-04-25; #3 low: 2027-02-25. */
	assert_null(find(&r, DUE_REVIEW, fx->del[0]));
	assert_non_null(it = find(&r, DUE_FOLLOWUP, fx->del[1]));
	assert_false(it->overdue);
	assert_string_equal(F(it->due), "2025-04-25");
	assert_int_equal(it->days, 24);
	assert_null(find(&r, DUE_FOLLOWUP, fx->del[2]));
	assert_null(find(&r, DUE_CHAIN, fx->del[0]));
	assert_int_equal(r.l.noverdue, 0);
	run_free(&r);

	/* Half a year on: #1 is overdue; #2's follow-up is, and rolls up. */
	compute(fx, "2025-07-06", 30, &r);
	assert_non_null(it = find(&r, DUE_REVIEW, fx->del[0]));
	assert_true(it->overdue);
	assert_int_equal(it->days, 1);
	assert_non_null(it = find(&r, DUE_CHAIN, fx->del[0]));
	assert_string_equal(F(it->due), "2025-04-25");
	run_free(&r);
}

static void
unapproved_and_dag_roll_up_to_every_parent(void **state)
{
	struct fx *fx = *state;
	const struct due_item *it;
	struct run r;
	long dd, db;

	/* A → D (approved), D → B without approval: B is served by A and D. */
	dd = add_del(fx->s, fx->org[1], fx->org[4], "medium", "2025-01-15", "2025-01-01");
	db = add_del(fx->s, fx->org[4], fx->org[2], "medium", "2025-05-01", NULL);
	add_review(fx->s, fx->del[0], "2025-04-01", "pass");
	add_review(fx->s, fx->del[1], "2025-04-01", "pass");
	add_review(fx->s, fx->del[2], "2025-04-01", "pass");
	add_review(fx->s, dd, "2025-04-01", "pass");
	add_review(fx->s, db, "2025-04-01", "pass");

	/* Before the start, the missing approval is upcoming. */
	compute(fx, "2025-04-10", 30, &r);
	assert_non_null(it = find(&r, DUE_UNAPPROVED, db));
	assert_false(it->overdue);
	assert_int_equal(r.l.noverdue, 0);
	run_free(&r);

	compute(fx, "2025-05-02", 30, &r);
	assert_non_null(it = find(&r, DUE_UNAPPROVED, db));
	assert_true(it->overdue);
	assert_non_null(it = find(&r, DUE_CHAIN, dd));
	assert_non_null(strstr(it->detail, "B社"));
	assert_non_null(find(&r, DUE_CHAIN, fx->del[0]));
	/* A → B is not above D → B. */
	assert_null(find(&r, DUE_CHAIN, fx->del[1]));
	run_free(&r);
}

static void
contract_end_cert_expiry_and_ended_delegations(void **state)
{
	struct fx *fx = *state;
	struct error e = { 0 };
	struct cert c = { .org_id = fx->org[2], .kind = "pmark", .ident = "P-1",
	    .expires_on = "2025-04-20" };
	struct cert c2 = c;
	const struct due_item *it;
	struct findings f = { 0 };
	struct run r;
	bool overdue_finding = false, cert_finding = false;

	assert_int_equal(store_begin(fx->s, &e), ST_OK);
	assert_int_equal(store_cert_insert(fx->s, &c, &e), ST_OK);
	assert_int_equal(store_commit(fx->s, &e), ST_OK);
	free(c.created_at);
	compute(fx, "2025-04-01", 30, &r);
	assert_non_null(it = find(&r, DUE_CERT, fx->del[1]));
	assert_false(it->overdue);
	assert_int_equal(it->org_id, fx->org[2]);
	run_free(&r);
	compute(fx, "2025-04-21", 30, &r);
	assert_non_null(it = find(&r, DUE_CERT, fx->del[1]));
	assert_true(it->overdue);
	run_free(&r);

	/* The tree's findings. */
	assert_int_equal(graph_load(fx->s, &r.g, &e), ST_OK);
	assert_int_equal(schedule_findings(fx->s, &r.g, fx_config(), D("2025-04-21"),
	    &f, &e), ST_OK);
	for (size_t i = 0; i < f.n; i++) {
		overdue_finding |= f.v[i].kind == FIND_REVIEW_OVERDUE &&
		    f.v[i].delegation_id == fx->del[0];
		cert_finding |= f.v[i].kind == FIND_CERT_EXPIRED &&
		    f.v[i].delegation_id == fx->del[1];
	}
	assert_true(overdue_finding);
	assert_true(cert_finding);
	findings_free(&f);
	graph_free(&r.g);

	/* A renewal replaces the expired certificate. */
	c2.expires_on = "2027-04-20";
	c2.created_at = NULL;
	assert_int_equal(store_begin(fx->s, &e), ST_OK);
	assert_int_equal(store_cert_insert(fx->s, &c2, &e), ST_OK);
	assert_int_equal(store_commit(fx->s, &e), ST_OK);
	free(c2.created_at);
	compute(fx, "2025-04-21", 30, &r);
	assert_null(find(&r, DUE_CERT, fx->del[1]));
	run_free(&r);

	/* An end date comes up, then passes; an ended delegation is quiet. */
	{
		struct delegation d;
		assert_int_equal(store_delegation_get(fx->s, fx->del[2], &d, &e), ST_OK);
		free(d.end_date);
		d.end_date = strdup("2025-05-10");
		assert_int_equal(store_begin(fx->s, &e), ST_OK);
		assert_int_equal(store_delegation_update(fx->s, &d, &e), ST_OK);
		assert_int_equal(store_commit(fx->s, &e), ST_OK);
		delegation_free(&d);
	}
	compute(fx, "2025-04-21", 30, &r);
	assert_non_null(it = find(&r, DUE_CONTRACT_END, fx->del[2]));
	assert_false(it->overdue);
	run_free(&r);
	compute(fx, "2025-05-11", 30, &r);
	assert_non_null(it = find(&r, DUE_CONTRACT_END, fx->del[2]));
	assert_true(it->overdue);
	run_free(&r);
	assert_int_equal(store_begin(fx->s, &e), ST_OK);
	assert_int_equal(delegation_finish(fx->s, fx->del[2], D("2025-05-11"), &e), ST_OK);
	assert_int_equal(store_commit(fx->s, &e), ST_OK);
	compute(fx, "2025-05-12", 30, &r);
	for (size_t i = 0; i < r.l.n; i++)
		assert_int_not_equal(r.l.v[i].delegation_id, fx->del[2]);
	/* And nothing below B is overdue any more. */
	assert_null(find(&r, DUE_CHAIN, fx->del[1]));
	run_free(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(interval_by_tier_override_and_config),
		cmocka_unit_test(next_due_in_calendar_months),
		cmocka_unit_test(followups_after_conditional_and_fail),
		cmocka_unit_test(initial_check_before_start),
		cmocka_unit_test_setup_teardown(nothing_due_is_an_empty_list, setup, teardown),
		cmocka_unit_test_setup_teardown(missed_runs_report_overdue_since, setup, teardown),
		cmocka_unit_test_setup_teardown(reviews_move_the_due_date_and_clear_the_chain, setup, teardown),
		cmocka_unit_test_setup_teardown(unapproved_and_dag_roll_up_to_every_parent, setup, teardown),
		cmocka_unit_test_setup_teardown(contract_end_cert_expiry_and_ended_delegations, setup, teardown),
	};

	fx_no_config();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
