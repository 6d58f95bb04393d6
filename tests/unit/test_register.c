/* Organisations, delegations, the graph and the roll-up of findings. */
#include "unit.h"
#include "fixture.h"
#include "delegation.h"
#include "findings.h"
#include "graph.h"
#include "org.h"
#include "store.h"
#include "tree.h"


struct fixture {
	struct store *s;
	long org[8];
	long del[8];
};

static int
add_del(struct store *s, long parent, long child, struct error *e)
{
	struct delegation d = { .parent_id = parent, .child_id = child,
	    .people = -1, .risk = "medium", .data_items = "氏名" };
	int rc;

	if ((rc = store_begin(s, e)) != ST_OK)
		return rc;
	if ((rc = delegation_create(s, &d, e)) != ST_OK) {
		store_rollback(s);
		return rc;
	}
	free(d.created_at);
	d.created_at = NULL;
	return store_commit(s, e) == ST_OK ? (int)-d.id : e->status;
}

/*
 * 委託元 → A → B → C, and A → D, E → ... (E not connected);
 * B is also served by D: a DAG.
 */
static int
setup(void **state)
{
	static struct fixture fx;
	struct error e = { 0 };

	memset(&fx, 0, sizeof(fx));
	if ((fx.s = fx_store()) == NULL)
		return -1;
	fx.org[0] = fx_org(fx.s, "委託元株式会社", true);
	fx.org[1] = fx_org(fx.s, "A社", false);
	fx.org[2] = fx_org(fx.s, "B社", false);
	fx.org[3] = fx_org(fx.s, "C社", false);
	fx.org[4] = fx_org(fx.s, "D社", false);
	fx.org[5] = fx_org(fx.s, "E社", false);
	fx.del[0] = -add_del(fx.s, fx.org[0], fx.org[1], &e);
	fx.del[1] = -add_del(fx.s, fx.org[1], fx.org[2], &e);
	fx.del[2] = -add_del(fx.s, fx.org[2], fx.org[3], &e);
	fx.del[3] = -add_del(fx.s, fx.org[1], fx.org[4], &e);
	fx.del[4] = -add_del(fx.s, fx.org[4], fx.org[2], &e);
	if (e.status != ST_OK)
		return -1;
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
corporate_numbers(void **state)
{
	(void)state;
	assert_true(org_corporate_number_valid("7000012050002"));	/* 国税庁 */
	assert_true(org_corporate_number_valid("1000011000005"));	/* 国会 */
	assert_false(org_corporate_number_valid("8000012050002"));
	assert_false(org_corporate_number_valid("700001205000"));
	assert_false(org_corporate_number_valid("70000120500021"));
	assert_false(org_corporate_number_valid("7000O12050002"));
	assert_false(org_corporate_number_valid(""));
}

static void
resolve_by_id_name_and_part(void **state)
{
	struct fixture *fx = *state;
	struct error e = { 0 };
	long id;

	assert_int_equal(org_resolve(fx->s, "2", &id, &e), ST_OK);
	assert_int_equal(id, fx->org[1]);
	assert_int_equal(org_resolve(fx->s, "B社", &id, &e), ST_OK);
	assert_int_equal(id, fx->org[2]);
	assert_int_equal(org_resolve(fx->s, "委託元", &id, &e), ST_OK);
	assert_int_equal(id, fx->org[0]);
	assert_int_equal(org_resolve(fx->s, "社", &id, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "ambiguous"));
	assert_non_null(strstr(e.msg, "A社"));
	error_clear(&e);
	assert_int_equal(org_resolve(fx->s, "Z社", &id, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "no such organisation"));
	error_clear(&e);
	assert_int_equal(org_resolve(fx->s, "99", &id, &e), ST_DATA);
}

static void
cycle_is_refused_and_named(void **state)
{
	struct fixture *fx = *state;
	struct error e = { 0 };

	assert_int_equal(add_del(fx->s, fx->org[3], fx->org[1], &e), ST_DATA);
	assert_non_null(strstr(e.msg, "cycle"));
	assert_non_null(strstr(e.msg, "A社 › B社 › C社 › A社"));
	error_clear(&e);
	/* Unconnected parents and self-delegation are refused too. */
	assert_int_equal(add_del(fx->s, fx->org[5], fx->org[3], &e), ST_DATA);
	assert_non_null(strstr(e.msg, "receives no personal data"));
	error_clear(&e);
	assert_int_equal(add_del(fx->s, fx->org[2], fx->org[2], &e), ST_DATA);
	error_clear(&e);
	assert_int_equal(add_del(fx->s, fx->org[2], fx->org[0], &e), ST_DATA);
}

static void
chain_and_level(void **state)
{
	struct fixture *fx = *state;
	struct error e = { 0 };
	struct graph g;
	size_t chain[16], n;
	long di;

	assert_int_equal(graph_load(fx->s, &g, &e), ST_OK);
	di = graph_del(&g, fx->del[2]);
	assert_true(di >= 0);
	n = graph_chain(&g, (size_t)di, chain, 16);
	assert_int_equal(n, 4);
	assert_string_equal(g.orgs[chain[0]].name, "委託元株式会社");
	assert_string_equal(g.orgs[chain[3]].name, "C社");
	assert_int_equal(graph_level(&g, (size_t)di), 3);
	graph_free(&g);
}

static void
findings_roll_up_and_repeats(void **state)
{
	struct fixture *fx = *state;
	struct tree_options opt = { 0 };
	struct findings f = { 0 };
	struct error e = { 0 };
	struct tree_view v;
	struct graph g;
	struct date today = { 2026, 11, 22 };
	size_t repeats = 0, unapproved = 0;

	assert_int_equal(graph_load(fx->s, &g, &e), ST_OK);
	assert_int_equal(findings_collect(fx->s, &g, fx_config(), today, &f, &e), ST_OK);
	for (size_t i = 0; i < f.n; i++)
		if (f.v[i].kind == FIND_UNAPPROVED)
			unapproved++;
	/* Every edge below the first level lacks approval. */
	assert_int_equal(unapproved, 4);
	assert_int_equal(tree_build(&g, &f, today, &opt, &v, &e), ST_OK);
	assert_true(v.below[v.top]);
	for (size_t i = 0; i < v.nrows; i++) {
		if (v.rows[i].repeat)
			repeats++;
		assert_true(tree_row_flagged(&v, &v.rows[i]) ||
		    g.dels[v.rows[i].del].id == fx->del[2]);
	}
	/* B社 is reached twice and expanded once. */
	assert_int_equal(repeats, 1);
	assert_int_equal(v.nrows, 5);
	tree_free(&v);
	findings_free(&f);
	graph_free(&g);
}

static void
approval_clears_finding(void **state)
{
	struct fixture *fx = *state;
	struct findings f = { 0 };
	struct error e = { 0 };
	struct graph g;
	struct date today = { 2026, 11, 22 }, on = { 2026, 1, 5 };

	assert_int_equal(store_begin(fx->s, &e), ST_OK);
	assert_int_equal(delegation_approve(fx->s, fx->del[1], on, "部長", NULL,
	    &e), ST_OK);
	assert_int_equal(store_commit(fx->s, &e), ST_OK);
	/* The first level needs no approval and refuses one. */
	assert_int_equal(store_begin(fx->s, &e), ST_OK);
	assert_int_equal(delegation_approve(fx->s, fx->del[0], on, "部長", NULL,
	    &e), ST_DATA);
	store_rollback(fx->s);
	error_clear(&e);
	assert_int_equal(graph_load(fx->s, &g, &e), ST_OK);
	assert_int_equal(findings_collect(fx->s, &g, fx_config(), today, &f, &e), ST_OK);
	for (size_t i = 0; i < f.n; i++)
		assert_false(f.v[i].kind == FIND_UNAPPROVED &&
		    f.v[i].delegation_id == fx->del[1]);
	findings_free(&f);
	graph_free(&g);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(corporate_numbers),
		cmocka_unit_test_setup_teardown(resolve_by_id_name_and_part, setup, teardown),
		cmocka_unit_test_setup_teardown(cycle_is_refused_and_named, setup, teardown),
		cmocka_unit_test_setup_teardown(chain_and_level, setup, teardown),
		cmocka_unit_test_setup_teardown(findings_roll_up_and_repeats, setup, teardown),
		cmocka_unit_test_setup_teardown(approval_clears_finding, setup, teardown),
	};
	fx_no_config();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
