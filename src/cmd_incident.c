/*
 * itaku incident add|step|close|list|show: leaks, losses and damage of
 * personal data at any level of the chain, the response steps and the
 * reporting deadlines.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cmd.h"
#include "delegation.h"
#include "graph.h"
#include "i18n.h"
#include "incident.h"
#include "render_due.h"
#include "store.h"
#include "store_incident.h"
#include "table.h"

#define CHAIN_MAX 64

/* "3" or "#3"; ST_DATA when not a number (existence is checked by the store). */
static int
parse_incident(const char *s, long *id, struct error *e)
{
	char *end;
	const char *p = s[0] == '#' ? s + 1 : s;

	*id = strtol(p, &end, 10);
	if (*p == '\0' || *end != '\0' || *id <= 0)
		return error_set(e, ST_DATA,
		    _("incident %s: not an incident number"), s);
	return ST_OK;
}

/* What a step's state reads as. */
static void
state_text(const struct step_status *st, char *buf, size_t size)
{
	char date[DATE_STRLEN];

	switch (st->state) {
	case STEP_DONE:
		date_format(st->done_on, date);
		if (st->days > 0)
			snprintf(buf, size, _("done on %s (%ld days late)"),
			    date, st->days);
		else
			snprintf(buf, size, _("done on %s"), date);
		break;
	case STEP_DUE:
		if (st->days == 0)
			snprintf(buf, size, "%s", _("due today"));
		else
			snprintf(buf, size, _("due in %ld days"), st->days);
		break;
	case STEP_OVERDUE:
		date_format(st->deadline, date);
		snprintf(buf, size, _("overdue since %s (%ld days)"), date,
		    st->days);
		break;
	case STEP_OPEN:
		snprintf(buf, size, "%s", _("to do"));
		break;
	default:
		snprintf(buf, size, "%s", _("optional"));
		break;
	}
}

static const char *
state_name(enum step_state s)
{
	static const char *const names[] = { "done", "open", "due", "overdue",
	    "optional" };

	return s <= STEP_OPTIONAL ? names[s] : "?";
}

/* "sensitive data (第1号), ..." for the triggers that apply; "" when none. */
static void
triggers_text(const struct incident *in, char *buf, size_t size)
{
	const char *sep = _(", ");

	snprintf(buf, size, "%s%s%s%s%s%s%s",
	    in->sensitive ? _("sensitive data (要配慮個人情報, rule 7(1))") : "",
	    in->sensitive && (in->financial || in->unlawful || in->over_1000) ?
	    sep : "",
	    in->financial ?
	    _("possible financial damage (財産的被害, rule 7(2))") : "",
	    in->financial && (in->unlawful || in->over_1000) ? sep : "",
	    in->unlawful ?
	    _("possibly an unlawful purpose (不正の目的, rule 7(3))") : "",
	    in->unlawful && in->over_1000 ? sep : "",
	    in->over_1000 ? _("more than 1,000 people (rule 7(4))") : "");
}

static const char *
org_of(const struct graph *g, long del_id)
{
	long d = graph_del(g, del_id);

	return d < 0 ? "?" : graph_org_name(g, g->dels[d].child_id);
}

/*
 * An option "incident add" and "incident edit" share, into c (add takes
 * only the triggers, not their --no- forms).  Returns ST_OK, an error
 * status, or -1 when --help was printed.
 */
static int
change_opt(int ch, struct incident_change *c, struct error *e)
{
	long v;

	switch (ch) {
	case 'O': c->occurred_on = optarg; break;
	case 'w': c->what = optarg; break;
	case 'p':
		if (parse_long_opt("--people", optarg, 0, 2000000000L, &v,
		    e) != ST_OK)
			return e->status;
		c->people = v;
		break;
	case 'S': c->sensitive = true; c->set |= CHANGE_SENSITIVE; break;
	case 's': c->sensitive = false; c->set |= CHANGE_SENSITIVE; break;
	case 'F': c->financial = true; c->set |= CHANGE_FINANCIAL; break;
	case 'f': c->financial = false; c->set |= CHANGE_FINANCIAL; break;
	case 'U': c->unlawful = true; c->set |= CHANGE_UNLAWFUL; break;
	case 'u': c->unlawful = false; c->set |= CHANGE_UNLAWFUL; break;
	case 'T': c->over_1000 = true; c->set |= CHANGE_OVER_1000; break;
	case 't': c->over_1000 = false; c->set |= CHANGE_OVER_1000; break;
	case 'n':
		if (parse_long_opt("--notice-days", optarg, 0,
		    INCIDENT_NOTICE_MAX, &v, e) != ST_OK)
			return e->status;
		c->notice_days = (int)v;
		break;
	case 'N': c->notes = optarg; break;
	case 'h':
		usage_command(stdout, "incident");
		return -1;
	default:
		return usage_error("incident", e, _("unknown option"));
	}
	return ST_OK;
}

static int
incident_add(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct option opts[] = {
		{ "discovered", required_argument, NULL, 'D' },
		{ "occurred", required_argument, NULL, 'O' },
		{ "what", required_argument, NULL, 'w' },
		{ "people", required_argument, NULL, 'p' },
		{ "sensitive", no_argument, NULL, 'S' },
		{ "financial", no_argument, NULL, 'F' },
		{ "unlawful", no_argument, NULL, 'U' },
		{ "over-1000", no_argument, NULL, 'T' },
		{ "notice-days", required_argument, NULL, 'n' },
		{ "notes", required_argument, NULL, 'N' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct incident_change c = { .people = -1,
	    .notice_days = INCIDENT_NOTICE_DAYS };
	struct incident in = { 0 };
	struct delegation d = { 0 };
	struct step_status st[ISTEP_N];
	struct graph g = { 0 };
	struct store *s;
	struct date disc, on;
	char *chain = NULL, trig[256], date[DATE_STRLEN], state[64];
	char discbuf[DATE_STRLEN];
	const char *disc_s = NULL;
	unsigned sug;
	long del;
	int ch, rv = ST_OK;

	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (ch == 'D')
			disc_s = optarg;
		else if ((rv = change_opt(ch, &c, e)) != ST_OK)
			return rv == -1 ? ST_OK : rv;
	}
	in.occurred_on = c.occurred_on;
	in.what = c.what;
	in.notes = c.notes;
	in.people = c.people;
	in.notice_days = c.notice_days;
	in.sensitive = c.sensitive;
	in.financial = c.financial;
	in.unlawful = c.unlawful;
	in.over_1000 = c.over_1000;
	if (argc - optind != 1)
		return usage_error("incident", e,
		    _("add: name one delegation"));
	if (disc_s == NULL || in.what == NULL)
		return usage_error("incident", e,
		    _("add: --discovered and --what are required"));
	/* Dates are checked before the database is opened. */
	if (parse_date_opt("--discovered", disc_s, &disc, e) != ST_OK ||
	    (in.occurred_on != NULL &&
	    parse_date_opt("--occurred", in.occurred_on, &on, e) != ST_OK))
		return e->status;
	date_format(disc, discbuf);
	in.discovered_on = discbuf;
	if (ctx_store(ctx, &s, e) != ST_OK ||
	    delegation_resolve(s, argv[optind], &in.delegation_id, e) != ST_OK)
		goto done;
	if (store_begin(s, e) != ST_OK ||
	    (rv = cmd_commit(s, incident_create(s, &in, ctx->today, e),
	    e)) != ST_OK)
		goto done;
	if (graph_load(s, &g, e) != ST_OK ||
	    store_delegation_get(s, in.delegation_id, &d, e) != ST_OK)
		goto done;
	if ((del = graph_del(&g, in.delegation_id)) >= 0 &&
	    (chain = render_chain(&g, (size_t)del)) == NULL) {
		error_set(e, ST_INTERNAL, _("out of memory"));
		goto done;
	}
	triggers_text(&in, trig, sizeof(trig));
	printf(_("incident %ld on delegation #%ld (%s): "), in.id,
	    in.delegation_id, chain ? chain : "?");
	if (incident_reportable(&in))
		printf(_("reportable to the PPC: %s\n"), trig);
	else
		printf("%s", _("not reportable to the PPC (no trigger of "
		    "rule 7); no reporting deadlines\n"));
	incident_status(&in, ctx->today, st);
	for (int k = 0; k < ISTEP_N; k++) {
		if (!st[k].has_deadline)
			continue;
		date_format(st[k].deadline, date);
		state_text(&st[k], state, sizeof(state));
		printf("  %-13s %s  %s  (%s)\n", incident_step_name(k), date,
		    state, incident_step_title(k));
	}
	date_format(incident_review_due(&in), date);
	printf("  %-13s %s  %s\n", "review", date,
	    _("follow-up review of the safeguards (事故後の再確認)"));
	/* Say what the delegation suggests; never set a trigger silently. */
	sug = incident_suggestions(&in, &d);
	if (sug & SUGGEST_SENSITIVE)
		printf(_("note: delegation #%ld carries sensitive data "
		    "(要配慮個人情報): if it is affected, add --sensitive "
		    "(rule 7(1))\n"), d.id);
	if (sug & SUGGEST_FINANCIAL)
		printf(_("note: delegation #%ld carries credit card data: if "
		    "it is affected, misuse may cause financial damage; add "
		    "--financial (rule 7(2))\n"), d.id);
	if (sug & SUGGEST_OVER_1000)
		printf(_("note: delegation #%ld covers %ld people: if more "
		    "than 1,000 may be affected, add --over-1000 "
		    "(rule 7(4))\n"), d.id, d.people);
	if (sug != 0)
		printf(_("note: change the triggers with: itaku incident "
		    "edit %ld\n"), in.id);
done:
	/* The strings borrowed from argv and the stack are not the incident's. */
	in.discovered_on = in.occurred_on = in.what = in.notes = NULL;
	incident_free(&in);
	delegation_free(&d);
	graph_free(&g);
	free(chain);
	return rv != ST_OK ? rv : e->status;
}

static int
incident_edit(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct option opts[] = {
		{ "occurred", required_argument, NULL, 'O' },
		{ "what", required_argument, NULL, 'w' },
		{ "people", required_argument, NULL, 'p' },
		{ "sensitive", no_argument, NULL, 'S' },
		{ "no-sensitive", no_argument, NULL, 's' },
		{ "financial", no_argument, NULL, 'F' },
		{ "no-financial", no_argument, NULL, 'f' },
		{ "unlawful", no_argument, NULL, 'U' },
		{ "no-unlawful", no_argument, NULL, 'u' },
		{ "over-1000", no_argument, NULL, 'T' },
		{ "no-over-1000", no_argument, NULL, 't' },
		{ "notice-days", required_argument, NULL, 'n' },
		{ "notes", required_argument, NULL, 'N' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct incident_change c = { .people = -2, .notice_days = -1 };
	struct store *s;
	long id;
	int ch, rc;

	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1)
		if ((rc = change_opt(ch, &c, e)) != ST_OK)
			return rc == -1 ? ST_OK : rc;
	if (argc - optind != 1)
		return usage_error("incident", e, _("edit: name one incident"));
	if (parse_incident(argv[optind], &id, e) != ST_OK ||
	    ctx_store(ctx, &s, e) != ST_OK)
		return e->status;
	if (store_begin(s, e) != ST_OK ||
	    cmd_commit(s, incident_modify(s, id, &c, ctx->today, e),
	    e) != ST_OK)
		return e->status;
	printf(_("incident %ld: updated\n"), id);
	return ST_OK;
}

static int
incident_step(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	const char *notes = NULL;
	const struct cmd_text_opt texts[] = {
		{ "notes", &notes }, { NULL, NULL }
	};
	struct store *s;
	struct date on = ctx->today;
	char date[DATE_STRLEN];
	long id;
	int rc, k;

	if ((rc = cmd_parse_on(argc, argv, "incident", &on, texts, e)) != ST_OK)
		return rc == -1 ? ST_OK : rc;
	if (argc - optind != 2)
		return usage_error("incident", e,
		    _("step: name an incident and a step"));
	if ((k = incident_step_parse(argv[optind + 1])) < 0)
		return usage_error("incident", e, _("step: %s: no such step "
		    "(use %s)"), argv[optind + 1], incident_step_names());
	if (parse_incident(argv[optind], &id, e) != ST_OK ||
	    ctx_store(ctx, &s, e) != ST_OK)
		return e->status;
	if (store_begin(s, e) != ST_OK || cmd_commit(s,
	    incident_record_step(s, id, k, on, notes, ctx->today, e),
	    e) != ST_OK)
		return e->status;
	date_format(on, date);
	printf(_("incident %ld: %s (%s) done on %s\n"), id,
	    incident_step_name(k),
	    incident_step_title(k), date);
	return ST_OK;
}

static int
incident_close_cmd(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	const char *reason = NULL;
	const struct cmd_text_opt texts[] = {
		{ "force", &reason }, { NULL, NULL }
	};
	struct store *s;
	struct date on = ctx->today;
	char date[DATE_STRLEN];
	long id;
	int rc;

	if ((rc = cmd_parse_on(argc, argv, "incident", &on, texts, e)) != ST_OK)
		return rc == -1 ? ST_OK : rc;
	if (argc - optind != 1)
		return usage_error("incident", e,
		    _("close: name one incident"));
	if (parse_incident(argv[optind], &id, e) != ST_OK ||
	    ctx_store(ctx, &s, e) != ST_OK)
		return e->status;
	if (store_begin(s, e) != ST_OK ||
	    cmd_commit(s, incident_close(s, id, on, reason, ctx->today, e),
	    e) != ST_OK)
		return e->status;
	date_format(on, date);
	printf(_("incident %ld: closed on %s\n"), id, date);
	return ST_OK;
}

/* The chain as a JSON array of names, root first. */
static json_t *
chain_json(const struct graph *g, long del_id)
{
	size_t path[CHAIN_MAX], n = 0;
	long d = graph_del(g, del_id);
	json_t *a;

	if ((a = json_array()) == NULL)
		return NULL;
	if (d >= 0)
		n = graph_chain(g, (size_t)d, path, CHAIN_MAX);
	for (size_t i = 0; i < n; i++)
		if (json_array_append_new(a, json_string(g->orgs[path[i]].name))) {
			json_decref(a);
			return NULL;
		}
	return a;
}

/* The incident with its place in the chain and every step's state. */
static json_t *
show_json(const struct graph *g, const struct incident *in, struct date today,
    const char *chain, struct date review_due, bool reviewed,
    struct date review_on)
{
	struct step_status st[ISTEP_N];
	char d1[DATE_STRLEN], d2[DATE_STRLEN], d3[DATE_STRLEN];
	json_t *j, *a;

	if ((j = incident_json(in)) == NULL)
		return NULL;
	a = json_array();
	incident_status(in, today, st);
	for (int k = 0; k < ISTEP_N && a != NULL; k++) {
		date_format(st[k].deadline, d1);
		date_format(st[k].done_on, d2);
		if (json_array_append_new(a, json_pack("{s:s, s:s, s:s, s:b, "
		    "s:s?, s:s?, s:s, s:I}",
		    "step", incident_step_name(k),
		    "letter", incident_step_letter(k),
		    "title", incident_step_title(k),
		    "required", st[k].required,
		    "deadline", st[k].has_deadline ? d1 : NULL,
		    "done_on", st[k].state == STEP_DONE ? d2 : NULL,
		    "state", state_name(st[k].state),
		    "days", (json_int_t)st[k].days)) != 0) {
			json_decref(a);
			a = NULL;
		}
	}
	date_format(review_due, d1);
	date_format(review_on, d3);
	if (a == NULL || json_object_set_new(j, "deadlines", a) != 0 ||
	    json_object_set_new(j, "organisation",
	    json_string(org_of(g, in->delegation_id))) != 0 ||
	    json_object_set_new(j, "chain", chain_json(g, in->delegation_id)) != 0 ||
	    json_object_set_new(j, "path", json_string(chain ? chain : "")) != 0 ||
	    json_object_set_new(j, "review", json_pack("{s:s, s:s?}", "due", d1,
	    "reviewed_on", reviewed ? d3 : NULL)) != 0) {
		json_decref(j);
		return NULL;
	}
	return j;
}

static int
show_text(const struct incident *in, struct date today, const char *chain,
    struct date review_due, bool reviewed, struct date review_on)
{
	static const char *head[] = { "", N_("STEP"), N_("DEADLINE"),
	    N_("STATUS"), "" };
	struct step_status st[ISTEP_N];
	struct table t;
	char trig[256], people[32], status[300], d1[DATE_STRLEN], state[80];
	const char *row[5];
	int rc = 0;

	triggers_text(in, trig, sizeof(trig));
	if (in->people >= 0)
		snprintf(people, sizeof(people), "%ld", in->people);
	else
		snprintf(people, sizeof(people), "%s", _("unknown"));
	if (in->closed_on == NULL)
		snprintf(status, sizeof(status), "%s", _("open"));
	else if (in->close_reason != NULL)
		snprintf(status, sizeof(status),
		    _("closed on %s, steps missing: %s"), in->closed_on,
		    in->close_reason);
	else
		snprintf(status, sizeof(status), _("closed on %s"),
		    in->closed_on);
	printf(_("incident %ld on delegation #%ld: %s\n"), in->id,
	    in->delegation_id, chain ? chain : "?");
	{
		const char *const rows[][2] = {
			{ N_("discovered"), in->discovered_on },
			{ N_("occurred"), in->occurred_on },
			{ N_("what"), in->what },
			{ N_("people"), people },
			{ N_("reportable"), incident_reportable(in) ? trig :
			    _("no (no trigger of rule 7)") },
			{ N_("status"), status },
			{ N_("notes"), in->notes },
		};
		cmd_print_fields(rows, sizeof(rows) / sizeof(rows[0]));
	}
	putchar('\n');
	incident_status(in, today, st);
	table_init(&t, head, 5);
	for (int k = 0; k < ISTEP_N && rc == 0; k++) {
		date_format(st[k].deadline, d1);
		state_text(&st[k], state, sizeof(state));
		row[0] = incident_step_letter(k)[0] ? incident_step_letter(k) : "-";
		row[1] = incident_step_name(k);
		row[2] = st[k].has_deadline ? d1 : "";
		row[3] = st[k].state == STEP_OPTIONAL ? _("optional") :
		    st[k].required || st[k].state == STEP_DONE ? state :
		    _("not required");
		row[4] = incident_step_title(k);
		rc = table_add(&t, row);
	}
	if (rc == 0) {
		date_format(review_due, d1);
		if (reviewed) {
			date_format(review_on, state);
			snprintf(status, sizeof(status), _("reviewed on %s"),
			    state);
		} else {
			struct step_status r = { .has_deadline = true,
			    .deadline = review_due };
			long days = date_diff(today, review_due);

			r.state = days < 0 ? STEP_OVERDUE : STEP_DUE;
			r.days = days < 0 ? -days : days;
			state_text(&r, status, sizeof(status));
		}
		row[0] = "-";
		row[1] = "review";
		row[2] = d1;
		row[3] = status;
		row[4] = _("review after the incident");
		rc = table_add(&t, row);
	}
	if (rc == 0)
		table_print(stdout, &t);
	table_free(&t);
	for (size_t i = 0; i < in->ndone && rc == 0; i++)
		if (in->done[i].notes[0] != '\0')
			printf("%s %s: %s\n", in->done[i].done_on, in->done[i].step,
			    in->done[i].notes);
	return rc;
}

static int
incident_show(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	enum out_format fmt;
	struct incident in = { 0 };
	struct graph g = { 0 };
	struct store *s;
	struct date due, on = { 1970, 1, 1 };
	char *chain = NULL;
	bool reviewed;
	long id, del;
	int rv;

	rv = cmd_format_only(argc, argv, "incident", 1u << FMT_TEXT |
	    1u << FMT_JSON, &fmt, e);
	if (rv != ST_OK)
		return rv == -1 ? ST_OK : rv;
	if (argc - optind != 1)
		return usage_error("incident", e, _("show: name one incident"));
	if (parse_incident(argv[optind], &id, e) != ST_OK ||
	    ctx_store(ctx, &s, e) != ST_OK ||
	    store_incident_get(s, id, &in, e) != ST_OK)
		return e->status;
	if (graph_load(s, &g, e) != ST_OK ||
	    incident_followup(s, &in, &due, &reviewed, &on, e) != ST_OK)
		goto done;
	if ((del = graph_del(&g, in.delegation_id)) >= 0 &&
	    (chain = render_chain(&g, (size_t)del)) == NULL) {
		error_set(e, ST_INTERNAL, _("out of memory"));
		goto done;
	}
	if (fmt == FMT_JSON)
		cmd_print_json(show_json(&g, &in, ctx->today, chain, due,
		    reviewed, on), e);
	else if (show_text(&in, ctx->today, chain, due, reviewed, on) == -1)
		error_set(e, ST_INTERNAL, _("out of memory"));
done:
	free(chain);
	graph_free(&g);
	incident_free(&in);
	return e->status;
}

/* The next open deadline of an incident, for the listing. */
static void
next_text(const struct incident *in, struct date today, char *buf, size_t size)
{
	struct step_status st[ISTEP_N];
	char state[80], date[DATE_STRLEN];
	int best = -1;

	snprintf(buf, size, "%s", "");
	if (in->closed_on != NULL)
		return;
	incident_status(in, today, st);
	for (int k = 0; k < ISTEP_N; k++)
		if ((st[k].state == STEP_DUE || st[k].state == STEP_OVERDUE) &&
		    (best < 0 || date_cmp(st[k].deadline, st[best].deadline) < 0))
			best = k;
	if (best < 0)
		return;
	date_format(st[best].deadline, date);
	if (st[best].state == STEP_OVERDUE)
		snprintf(state, sizeof(state), "%s", _("overdue"));
	else if (st[best].days == 0)
		snprintf(state, sizeof(state), "%s", _("today"));
	else
		snprintf(state, sizeof(state), _("in %ld days"),
		    st[best].days);
	snprintf(buf, size, "%s %s (%s)", incident_step_name(best), date, state);
}

static int
incident_list(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct option opts[] = {
		{ "open", no_argument, NULL, 'o' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	static const char *head[] = { N_("ID"), N_("DELEGATION"),
	    N_("ORGANISATION"), N_("DISCOVERED"), N_("REPORTABLE"),
	    N_("STATUS"), N_("NEXT DEADLINE") };
	enum out_format fmt = FMT_TEXT;
	struct incident *v = NULL;
	struct graph g = { 0 };
	struct table t;
	struct store *s;
	json_t *a = NULL, *j;
	char id[24], del[24], next[160], status[48];
	const char *row[7];
	size_t n = 0;
	bool open_only = false;
	int ch, rc = 0;

	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'o': open_only = true; break;
		case 'f':
			if (parse_format(optarg, 1u << FMT_TEXT | 1u << FMT_JSON,
			    &fmt, e) != ST_OK)
				return e->status;
			break;
		case 'h':
			usage_command(stdout, "incident");
			return ST_OK;
		default:
			return usage_error("incident", e, _("unknown option"));
		}
	}
	if (optind != argc)
		return usage_error("incident", e, _("list takes no arguments"));
	if (ctx_store(ctx, &s, e) != ST_OK ||
	    store_incident_list(s, 0, open_only, &v, &n, e) != ST_OK)
		return e->status;
	if (graph_load(s, &g, e) != ST_OK)
		goto done;
	if (fmt == FMT_JSON) {
		if ((a = json_array()) == NULL)
			rc = -1;
		for (size_t i = 0; i < n && rc == 0; i++) {
			j = incident_json(&v[i]);
			if (j == NULL || json_object_set_new(j, "organisation",
			    json_string(org_of(&g, v[i].delegation_id))) != 0 ||
			    json_object_set_new(j, "chain",
			    chain_json(&g, v[i].delegation_id)) != 0 ||
			    json_array_append_new(a, j) != 0)
				rc = -1;
		}
		if (rc == 0)
			cmd_print_json(a, e);
		else {
			json_decref(a);
			error_set(e, ST_INTERNAL, _("out of memory"));
		}
		goto done;
	}
	if (n == 0)
		goto done;
	table_init(&t, head, 7);
	for (size_t i = 0; i < n && rc == 0; i++) {
		snprintf(id, sizeof(id), "%ld", v[i].id);
		snprintf(del, sizeof(del), "#%ld", v[i].delegation_id);
		if (v[i].closed_on != NULL)
			snprintf(status, sizeof(status), _("closed %s"),
			    v[i].closed_on);
		else
			snprintf(status, sizeof(status), "%s", _("open"));
		next_text(&v[i], ctx->today, next, sizeof(next));
		row[0] = id;
		row[1] = del;
		row[2] = org_of(&g, v[i].delegation_id);
		row[3] = v[i].discovered_on;
		row[4] = incident_reportable(&v[i]) ? _("yes") : _("no");
		row[5] = status;
		row[6] = next;
		rc = table_add(&t, row);
	}
	if (rc == 0)
		table_print(stdout, &t);
	else
		error_set(e, ST_INTERNAL, _("out of memory"));
	table_free(&t);
done:
	incident_list_free(v, n);
	graph_free(&g);
	return e->status;
}

int
cmd_incident(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct subcommand subs[] = {
		{ "add", incident_add },
		{ "edit", incident_edit },
		{ "step", incident_step },
		{ "close", incident_close_cmd },
		{ "list", incident_list },
		{ "show", incident_show },
		{ NULL, NULL }
	};

	return cmd_dispatch("incident", subs, argc, argv, ctx, e);
}
