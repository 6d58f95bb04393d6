/* itaku delegate add|list|show|edit|end, and itaku approve. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cmd.h"
#include "i18n.h"
#include "config.h"
#include "delegation.h"
#include "graph.h"
#include "org.h"
#include "schedule.h"
#include "store.h"
#include "strbuf.h"
#include "table.h"

static const struct option field_opts[] = {
	{ "data", required_argument, NULL, 'D' },
	{ "purpose", required_argument, NULL, 'p' },
	{ "people", required_argument, NULL, 'n' },
	{ "sensitive", no_argument, NULL, 'S' },
	{ "no-sensitive", no_argument, NULL, 's' },
	{ "credit-card", no_argument, NULL, 'K' },
	{ "no-credit-card", no_argument, NULL, 'k' },
	{ "start", required_argument, NULL, 'b' },
	{ "end", required_argument, NULL, 'e' },
	{ "risk", required_argument, NULL, 'r' },
	{ "interval", required_argument, NULL, 'i' },
	{ "approved-on", required_argument, NULL, 'o' },
	{ "approved-by", required_argument, NULL, 'y' },
	{ "approval-ref", required_argument, NULL, 'R' },
	{ "notes", required_argument, NULL, 'N' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

/* Parse the field options into d; returns -1 after --help. */
static int
parse_fields(int argc, char **argv, struct delegation *d, struct error *e)
{
	long v;
	int ch, rc = ST_OK;

	while (rc == ST_OK && (ch = getopt_long(argc, argv, "h", field_opts,
	    NULL)) != -1) {
		switch (ch) {
		case 'D': rc = cmd_set_str(&d->data_items, optarg, e); break;
		case 'p': rc = cmd_set_str(&d->purpose, optarg, e); break;
		case 'n':
			if ((rc = parse_long_opt("--people", optarg, 0, 2000000000L,
			    &v, e)) == ST_OK)
				d->people = v;
			break;
		case 'S': d->sensitive = true; break;
		case 's': d->sensitive = false; break;
		case 'K': d->credit_card = true; break;
		case 'k': d->credit_card = false; break;
		case 'b': rc = cmd_set_str(&d->start_date, optarg, e); break;
		case 'e': rc = cmd_set_str(&d->end_date, optarg, e); break;
		case 'r': rc = cmd_set_str(&d->risk, optarg, e); break;
		case 'i':
			if ((rc = parse_long_opt("--interval", optarg, 0, 120, &v,
			    e)) == ST_OK)
				d->review_months = (int)v;
			break;
		case 'o': rc = cmd_set_str(&d->approved_on, optarg, e); break;
		case 'y': rc = cmd_set_str(&d->approved_by, optarg, e); break;
		case 'R': rc = cmd_set_str(&d->approval_ref, optarg, e); break;
		case 'N': rc = cmd_set_str(&d->notes, optarg, e); break;
		case 'h': usage_command(stdout, "delegate"); return -1;
		default: return usage_error("delegate", e, _("unknown option"));
		}
	}
	if (rc == ST_OK && (d->approved_on != NULL) != (d->approved_by != NULL))
		return usage_error("delegate", e,
		    _("--approved-on and --approved-by go together"));
	return rc;
}

static int
delegate_add(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	struct delegation d = { .people = -1 };
	struct store *s;
	int rc;

	if ((rc = parse_fields(argc, argv, &d, e)) != ST_OK)
		goto done;
	if (optind + 2 != argc) {
		rc = usage_error("delegate", e,
		    _("add takes PARENT and CHILD"));
		goto done;
	}
	if (d.risk == NULL && (d.risk = strdup("medium")) == NULL) {
		rc = error_set(e, ST_INTERNAL, _("out of memory"));
		goto done;
	}
	if ((rc = ctx_store(ctx, &s, e)) != ST_OK ||
	    (rc = org_resolve(s, argv[optind], &d.parent_id, e)) != ST_OK ||
	    (rc = org_resolve(s, argv[optind + 1], &d.child_id, e)) != ST_OK)
		goto done;
	if ((rc = store_begin(s, e)) != ST_OK ||
	    (rc = cmd_commit(s, delegation_create(s, &d, e), e)) != ST_OK)
		goto done;
	printf(_("delegation %ld: %s › %s\n"), d.id, argv[optind],
	    argv[optind + 1]);
done:
	delegation_free(&d);
	return rc == -1 ? ST_OK : rc;
}

static int
delegate_edit(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	struct delegation old = { 0 }, d = { .people = -1 };
	struct store *s;
	long id;
	int rc;

	if ((rc = parse_fields(argc, argv, &d, e)) != ST_OK)
		goto done;
	if (optind + 1 != argc) {
		rc = usage_error("delegate", e, _("edit takes one DELEGATION"));
		goto done;
	}
	if ((rc = ctx_store(ctx, &s, e)) != ST_OK ||
	    (rc = delegation_resolve(s, argv[optind], &id, e)) != ST_OK ||
	    (rc = store_delegation_get(s, id, &old, e)) != ST_OK)
		goto done;
	delegation_free(&d);
	if ((rc = store_delegation_get(s, id, &d, e)) != ST_OK)
		goto done;
	optind = 0;
	if ((rc = parse_fields(argc, argv, &d, e)) != ST_OK)
		goto done;
	if ((rc = store_begin(s, e)) != ST_OK ||
	    (rc = cmd_commit(s, delegation_modify(s, &old, &d, e), e)) != ST_OK)
		goto done;
	printf(_("delegation %ld: updated\n"), d.id);
done:
	delegation_free(&old);
	delegation_free(&d);
	return rc == -1 ? ST_OK : rc;
}

static int
delegate_end(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	struct date on = ctx->today;
	struct store *s;
	char buf[DATE_STRLEN];
	long id;
	int rc;

	if ((rc = cmd_parse_on(argc, argv, "delegate", &on, NULL, e)) != ST_OK)
		return rc == -1 ? ST_OK : rc;
	if (optind + 1 != argc)
		return usage_error("delegate", e,
		    _("end takes one DELEGATION"));
	if (ctx_store(ctx, &s, e) != ST_OK ||
	    delegation_resolve(s, argv[optind], &id, e) != ST_OK)
		return e->status;
	if (store_begin(s, e) != ST_OK ||
	    cmd_commit(s, delegation_finish(s, id, on, e), e) != ST_OK)
		return e->status;
	date_format(on, buf);
	printf(_("delegation %ld: ended on %s\n"), id, buf);
	return ST_OK;
}

static int
delegate_list(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct option opts[] = {
		{ "all", no_argument, NULL, 'a' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *head[] = { N_("ID"), N_("from"), N_("to"),
	    N_("personal data"), N_("risk"), N_("start"), N_("end"), N_("approved") };
	enum out_format fmt = FMT_TEXT;
	struct graph g;
	struct table t;
	json_t *a = NULL;
	bool all = false;
	int ch, rc = ST_OK;
	struct store *s;

	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'a': all = true; break;
		case 'f':
			if (parse_format(optarg, 1u << FMT_TEXT | 1u << FMT_JSON,
			    &fmt, e) != ST_OK)
				return e->status;
			break;
		case 'h': usage_command(stdout, "delegate"); return ST_OK;
		default: return usage_error("delegate", e, _("unknown option"));
		}
	}
	if (optind != argc)
		return usage_error("delegate", e, _("list takes no arguments"));
	if (ctx_store(ctx, &s, e) != ST_OK || graph_load(s, &g, e) != ST_OK)
		return e->status;
	table_init(&t, head, 8);
	if (fmt == FMT_JSON)
		a = json_array();
	for (size_t i = 0; i < g.ndels && rc == ST_OK; i++) {
		const struct delegation *d = &g.dels[i];
		long p = graph_org(&g, d->parent_id), c = graph_org(&g, d->child_id);
		char id[32];

		if (!all && !graph_del_active(d, ctx->today))
			continue;
		if (a != NULL) {
			json_t *j = delegation_json(d);
			json_object_set_new(j, "parent_name",
			    json_string(p >= 0 ? g.orgs[p].name : "?"));
			json_object_set_new(j, "child_name",
			    json_string(c >= 0 ? g.orgs[c].name : "?"));
			json_array_append_new(a, j);
			continue;
		}
		snprintf(id, sizeof(id), "%ld", d->id);
		const char *row[] = { id, p >= 0 ? g.orgs[p].name : "?",
		    c >= 0 ? g.orgs[c].name : "?", d->data_items, d->risk,
		    d->start_date, d->ended_on ? d->ended_on : d->end_date,
		    p == g.root ? "-" : d->approved_on ? d->approved_on : _("no") };
		if (table_add(&t, row) == -1)
			rc = error_set(e, ST_INTERNAL, _("out of memory"));
	}
	if (rc == ST_OK) {
		if (a != NULL)
			rc = cmd_print_json(a, e), a = NULL;
		else
			table_print(stdout, &t);
	}
	json_decref(a);
	table_free(&t);
	graph_free(&g);
	return rc;
}

static void
print_delegation(const struct graph *g, const struct delegation *d,
    const size_t *chain, size_t n, int interval)
{
	struct strbuf path = STRBUF_INIT, period = STRBUF_INIT,
	    people = STRBUF_INIT, risk = STRBUF_INIT, appr = STRBUF_INIT;
	bool first = graph_org(g, d->parent_id) == g->root;

	for (size_t i = 0; i < n; i++)
		sb_printf(&path, "%s%s", i ? " › " : "", g->orgs[chain[i]].name);
	if (n == 0)
		sb_adds(&path, _("(not connected to the entrusting business)"));
	sb_printf(&period, "%s – %s", d->start_date ? d->start_date : "",
	    d->end_date ? d->end_date : "");
	if (d->people >= 0)
		sb_printf(&people, "%ld", d->people);
	sb_printf(&risk, _("%s (review every %d months)"), d->risk, interval);
	if (!first && d->approved_on)
		sb_printf(&appr, "%s %s%s%s", d->approved_on,
		    d->approved_by ? d->approved_by : "",
		    d->approval_ref ? " " : "", d->approval_ref ? d->approval_ref : "");
	else if (!first)
		sb_adds(&appr, _("none recorded"));
	const char *rows[][2] = {
		{ N_("chain"), path.buf },
		{ N_("personal data"), d->data_items },
		{ N_("purpose"), d->purpose },
		{ N_("people"), people.buf },
		{ N_("sensitive data"), d->sensitive ? _("yes") : _("no") },
		{ N_("credit cards"), d->credit_card ? _("yes") : _("no") },
		{ N_("period"), period.buf },
		{ N_("ended"), d->ended_on },
		{ N_("risk"), risk.buf },
		{ N_("prior approval"), first ? _("not needed (first level)") : appr.buf },
		{ N_("notes"), d->notes },
	};
	printf("%s %ld\n", _("delegation"), d->id);
	cmd_print_fields(rows, sizeof(rows) / sizeof(rows[0]));
	sb_free(&path);
	sb_free(&period);
	sb_free(&people);
	sb_free(&risk);
	sb_free(&appr);
}

static int
delegate_show(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	enum out_format fmt;
	struct config cfg;
	struct graph g;
	struct store *s;
	size_t chain[64], n;
	long id, di;
	int rc;

	if ((rc = cmd_format_only(argc, argv, "delegate", 1u << FMT_TEXT |
	    1u << FMT_JSON, &fmt, e)) != ST_OK)
		return rc == -1 ? ST_OK : rc;
	if (optind + 1 != argc)
		return usage_error("delegate", e,
		    _("show takes one DELEGATION"));
	if (config_load_default(&cfg, e) != ST_OK || ctx_store(ctx, &s, e) != ST_OK ||
	    delegation_resolve(s, argv[optind], &id, e) != ST_OK ||
	    graph_load(s, &g, e) != ST_OK)
		return e->status;
	di = graph_del(&g, id);
	const struct delegation *d = &g.dels[di];
	n = graph_chain(&g, (size_t)di, chain, 64);
	if (fmt == FMT_JSON) {
		json_t *j = delegation_json(d), *c = json_array();
		for (size_t i = 0; i < n; i++)
			json_array_append_new(c, json_string(g.orgs[chain[i]].name));
		json_object_set_new(j, "chain", c);
		rc = cmd_print_json(j, e);
	} else {
		print_delegation(&g, d, chain, n, schedule_interval(d, &cfg));
	}
	graph_free(&g);
	return rc;
}

int
cmd_delegate(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct subcommand sub[] = {
		{ "add", delegate_add }, { "list", delegate_list },
		{ "show", delegate_show }, { "edit", delegate_edit },
		{ "end", delegate_end }, { NULL, NULL }
	};

	return cmd_dispatch("delegate", sub, argc, argv, ctx, e);
}

int
cmd_approve(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	const char *by = NULL, *ref = NULL;
	const struct cmd_text_opt texts[] = {
		{ "by", &by }, { "ref", &ref }, { NULL, NULL }
	};
	struct date on = ctx->today;
	struct store *s;
	char buf[DATE_STRLEN];
	long id;
	int rc;

	if ((rc = cmd_parse_on(argc, argv, "approve", &on, texts, e)) != ST_OK)
		return rc == -1 ? ST_OK : rc;
	if (optind + 1 != argc)
		return usage_error("approve", e, _("takes one DELEGATION"));
	if (by == NULL || *by == '\0')
		return usage_error("approve", e, _("--by names who approved"));
	if (ctx_store(ctx, &s, e) != ST_OK ||
	    delegation_resolve(s, argv[optind], &id, e) != ST_OK)
		return e->status;
	if (store_begin(s, e) != ST_OK ||
	    cmd_commit(s, delegation_approve(s, id, on, by, ref, e), e) != ST_OK)
		return e->status;
	date_format(on, buf);
	printf(_("delegation %ld: approved on %s by %s\n"), id, buf, by);
	return ST_OK;
}
