/*
 * itaku review: record the periodic verification of a contractor's
 * safeguards, with the checklist a person filled in, and show it again.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "checklist.h"
#include "cmd.h"
#include "config.h"
#include "delegation.h"
#include "graph.h"
#include "i18n.h"
#include "render_due.h"
#include "schedule.h"
#include "store_review.h"
#include "strbuf.h"
#include "utf8.h"

static const char *const methods[] = { "questionnaire", "onsite",
    "audit-report", "certification", NULL };
static const char *const results[] = { "pass", "conditional", "fail", NULL };

static bool
one_of(const char *s, const char *const *set)
{
	for (; *set != NULL; set++)
		if (strcmp(s, *set) == 0)
			return true;
	return false;
}

/* Free text from the command line: UTF-8, bounded, no control characters but newlines. */
static int
check_text(const char *what, const char *s, size_t max, bool lines,
    struct error *e)
{
	if (strlen(s) > max || !utf8_valid_str(s))
		return error_set(e, ST_DATA,
		    _("%s: not UTF-8 text of at most %zu bytes"), what, max);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p < 0x20 && !(lines && *p == '\n') && *p != '\t') ||
		    *p == 0x7f)
			return error_set(e, ST_DATA,
			    _("%s: control character in text"), what);
	return ST_OK;
}

static int
parse_lang(const char *s, const char **lang, struct error *e)
{
	if (strcmp(s, "ja") != 0 && strcmp(s, "en") != 0)
		return error_set(e, ST_USAGE, _("--lang %s: use ja or en"), s);
	*lang = s;
	return ST_OK;
}

static int
review_template(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct option opts[] = {
		{ "lang", required_argument, NULL, 'l' },
		{ "checklist", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *lang = i18n_japanese() ? "ja" : "en";
	const char *name = CHECKLIST_DEFAULT;
	struct checklist c;
	char *text;
	int ch;

	(void)ctx;
	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'l':
			if (parse_lang(optarg, &lang, e) != ST_OK)
				return e->status;
			break;
		case 'c':
			name = optarg;
			break;
		case 'h':
			usage_command(stdout, "review");
			return ST_OK;
		default:
			return usage_error("review", e, _("unknown option"));
		}
	}
	if (optind != argc)
		return usage_error("review", e,
		    _("template: %s: unexpected argument"), argv[optind]);
	if (checklist_load(name, &c, e) != ST_OK)
		return e->status;
	text = checklist_template(&c, lang);
	checklist_free(&c);
	if (text == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	fputs(text, stdout);
	free(text);
	return ST_OK;
}

struct add_opts {
	const char *on, *by, *method, *result, *answers, *notes, *checklist;
	struct strbuf evidence;
};

/* Copy the parsed answers into the review, in checklist order. */
static int
fill_answers(struct review *r, const struct checklist *c,
    const struct answers *a, struct strbuf *ng, struct error *e)
{
	if ((r->answers = calloc(a->n ? a->n : 1, sizeof(*r->answers))) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	for (size_t i = 0; i < a->n; i++) {
		struct review_answer *ra = &r->answers[r->nanswers++];

		ra->item = strdup(c->items[a->v[i].item].id);
		ra->answer = strdup(answer_name(a->v[i].value));
		ra->note = strdup(a->v[i].note);
		if (!ra->item || !ra->answer || !ra->note)
			return error_set(e, ST_INTERNAL, _("out of memory"));
		if (a->v[i].value == ANSWER_NG && sb_printf(ng, "%s%s",
		    ng->len ? ", " : "", ra->item) == -1)
			return error_set(e, ST_INTERNAL, _("out of memory"));
	}
	return ST_OK;
}

static int
add_record(struct store *s, struct review *r, struct error *e)
{
	json_t *j;
	int rv;

	if (store_begin(s, e) != ST_OK)
		return e->status;
	if ((rv = store_review_insert(s, r, e)) != ST_OK)
		goto fail;
	if ((j = render_review_json(r, NULL, NULL)) == NULL) {
		rv = error_set(e, ST_INTERNAL, _("out of memory"));
		goto fail;
	}
	rv = audit_append(s, "review", r->id, "add", NULL, j, e);
	json_decref(j);
	if (rv != ST_OK || (rv = store_commit(s, e)) != ST_OK)
		goto fail;
	return ST_OK;
fail:
	store_rollback(s);
	return rv;
}

static int
review_add(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct option opts[] = {
		{ "on", required_argument, NULL, 'o' },
		{ "by", required_argument, NULL, 'b' },
		{ "method", required_argument, NULL, 'm' },
		{ "result", required_argument, NULL, 'r' },
		{ "answers", required_argument, NULL, 'a' },
		{ "notes", required_argument, NULL, 'n' },
		{ "evidence", required_argument, NULL, 'E' },
		{ "checklist", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct add_opts o = { .evidence = STRBUF_INIT };
	struct strbuf ng = STRBUF_INIT;
	struct checklist c = { 0 };
	struct answers a = { 0 };
	struct review r = { 0 };
	struct delegation d = { 0 };
	struct review_last last;
	struct config cfg;
	struct store *s;
	struct date on, next;
	enum due_kind kind;
	char label[96], date[DATE_STRLEN], nextbuf[DATE_STRLEN];
	int ch, rv = ST_OK;

	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'o': o.on = optarg; break;
		case 'b': o.by = optarg; break;
		case 'm': o.method = optarg; break;
		case 'r': o.result = optarg; break;
		case 'a': o.answers = optarg; break;
		case 'n': o.notes = optarg; break;
		case 'c': o.checklist = optarg; break;
		case 'E':
			if (check_text("--evidence", optarg, 1000, false, e) != ST_OK)
				goto done;
			if (sb_printf(&o.evidence, "%s%s", o.evidence.len ? "\n" :
			    "", optarg) == -1) {
				error_set(e, ST_INTERNAL, _("out of memory"));
				goto done;
			}
			break;
		case 'h':
			usage_command(stdout, "review");
			goto done;
		default:
			usage_error("review", e, _("unknown option"));
			goto done;
		}
	}
	if (argc - optind != 1) {
		usage_error("review", e, _("add: name one delegation"));
		goto done;
	}
	if (o.by == NULL || o.method == NULL) {
		usage_error("review", e,
		    _("add: --by and --method are required"));
		goto done;
	}
	if (!one_of(o.method, methods)) {
		error_set(e, ST_USAGE, _("--method %s: use questionnaire, "
		    "onsite, audit-report or certification"), o.method);
		goto done;
	}
	if (o.result != NULL && !one_of(o.result, results)) {
		error_set(e, ST_USAGE,
		    _("--result %s: use pass, conditional or fail"), o.result);
		goto done;
	}
	/* Only a certificate stands in for the checklist. */
	if (o.answers == NULL && strcmp(o.method, "certification") != 0) {
		usage_error("review", e, _("add: --answers FILE is required "
		    "(write one with: itaku review template > FILE)"));
		goto done;
	}
	if (o.answers == NULL && o.result == NULL) {
		usage_error("review", e, _("add: --result is required without "
		    "--answers"));
		goto done;
	}
	on = ctx->today;
	if (o.on != NULL && parse_date_opt("--on", o.on, &on, e) != ST_OK)
		goto done;
	if (date_cmp(on, ctx->today) > 0) {
		date_format(ctx->today, date);
		error_set(e, ST_DATA, _("--on %s: in the future (today is %s); "
		    "record a review once it is done"), o.on, date);
		goto done;
	}
	if (check_text("--by", o.by, 200, false, e) != ST_OK ||
	    check_text("--notes", o.notes ? o.notes : "", 4000, true, e) != ST_OK)
		goto done;
	if (o.by[strspn(o.by, " \t")] == '\0') {
		error_set(e, ST_DATA, _("--by: name the reviewer"));
		goto done;
	}

	/* Read and check every input before touching the database. */
	if (o.answers != NULL) {
		if (checklist_load(o.checklist ? o.checklist : CHECKLIST_DEFAULT,
		    &c, e) != ST_OK ||
		    answers_read(&c, o.answers, &a, e) != ST_OK ||
		    fill_answers(&r, &c, &a, &ng, e) != ST_OK)
			goto done;
		if (checklist_label(&c, label, sizeof(label)) == -1) {
			error_set(e, ST_INTERNAL,
			    _("checklist label too long"));
			goto done;
		}
		r.checklist = label;
		if (o.result == NULL)
			o.result = ng.len ? "conditional" : "pass";
		else if (strcmp(o.result, "pass") == 0 && ng.len) {
			error_set(e, ST_DATA, _("--result pass: the answers "
			    "have ng for %s; use conditional or fail"), ng.buf);
			goto done;
		}
	}
	if (config_load_default(&cfg, e) != ST_OK ||
	    ctx_store(ctx, &s, e) != ST_OK ||
	    delegation_resolve(s, argv[optind], &r.delegation_id, e) != ST_OK ||
	    store_delegation_get(s, r.delegation_id, &d, e) != ST_OK)
		goto done;

	date_format(on, date);
	r.reviewed_on = date;
	r.reviewer = (char *)o.by;
	r.method = (char *)o.method;
	r.result = (char *)o.result;
	r.notes = (char *)(o.notes ? o.notes : "");
	r.evidence = o.evidence.buf ? o.evidence.buf : "";
	if ((rv = add_record(s, &r, e)) != ST_OK)
		goto done;

	/* Tell the reviewer when the next check falls due. */
	memset(&last, 0, sizeof(last));
	last.delegation_id = r.delegation_id;
	snprintf(last.reviewed_on, sizeof(last.reviewed_on), "%s", date);
	snprintf(last.result, sizeof(last.result), "%s", o.result);
	next = schedule_next(&d, &last, &cfg, &kind);
	date_format(next, nextbuf);
	printf(_("review %ld of delegation #%ld: %s"), r.id, r.delegation_id,
	    o.result);
	if (ng.len)
		printf(_(" (ng: %s)"), ng.buf);
	printf(_("; next %s due %s\n"), due_kind_name(kind), nextbuf);
done:
	/* The strings borrowed from argv and the stack are not the review's. */
	r.reviewed_on = r.reviewer = r.method = r.result = NULL;
	r.notes = r.evidence = r.checklist = NULL;
	review_free(&r);
	delegation_free(&d);
	answers_free(&a);
	checklist_free(&c);
	sb_free(&ng);
	sb_free(&o.evidence);
	return rv != ST_OK ? rv : e->status;
}

static int
review_list(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	enum out_format fmt;
	struct store *s;
	struct graph g = { 0 };
	struct review *v = NULL;
	size_t n = 0;
	long id = 0;
	int rv;

	rv = cmd_format_only(argc, argv, "review", 1u << FMT_TEXT | 1u << FMT_JSON,
	    &fmt, e);
	if (rv != ST_OK)
		return rv == -1 ? ST_OK : rv;
	if (argc - optind > 1)
		return usage_error("review", e,
		    _("list: at most one delegation"));
	if (ctx_store(ctx, &s, e) != ST_OK)
		return e->status;
	if (argc - optind == 1 &&
	    delegation_resolve(s, argv[optind], &id, e) != ST_OK)
		return e->status;
	if (store_review_list(s, id, &v, &n, e) != ST_OK ||
	    graph_load(s, &g, e) != ST_OK)
		goto done;
	if (fmt == FMT_JSON)
		cmd_print_json(render_review_list_json(v, n, &g), e);
	else if (n > 0 && render_review_list_text(stdout, v, n, &g) == -1)
		error_set(e, ST_INTERNAL, _("out of memory"));
done:
	review_list_free(v, n);
	graph_free(&g);
	return e->status;
}

static int
review_show(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "lang", required_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum out_format fmt = FMT_TEXT;
	const char *lang = i18n_japanese() ? "ja" : "en";
	struct store *s;
	struct graph g = { 0 };
	struct review r = { 0 };
	struct checklist c = { 0 }, *cp = NULL;
	struct error ignored = { 0 };
	char *chain = NULL, *end, name[64];
	const char *org = NULL;
	long id, d;
	int ch;

	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			if (parse_format(optarg, 1u << FMT_TEXT | 1u << FMT_JSON,
			    &fmt, e) != ST_OK)
				return e->status;
			break;
		case 'l':
			if (parse_lang(optarg, &lang, e) != ST_OK)
				return e->status;
			break;
		case 'h':
			usage_command(stdout, "review");
			return ST_OK;
		default:
			return usage_error("review", e, _("unknown option"));
		}
	}
	if (argc - optind != 1)
		return usage_error("review", e, _("show: name one review"));
	id = strtol(argv[optind], &end, 10);
	if (*argv[optind] == '\0' || *end != '\0' || id <= 0)
		return error_set(e, ST_DATA,
		    _("review %s: not a review number"), argv[optind]);
	if (ctx_store(ctx, &s, e) != ST_OK ||
	    store_review_get(s, id, &r, e) != ST_OK)
		return e->status;
	if (graph_load(s, &g, e) != ST_OK)
		goto done;
	if ((d = graph_del(&g, r.delegation_id)) >= 0) {
		long o = graph_org(&g, g.dels[d].child_id);
		org = o >= 0 ? g.orgs[o].name : NULL;
		if ((chain = render_chain(&g, (size_t)d)) == NULL) {
			error_set(e, ST_INTERNAL, _("out of memory"));
			goto done;
		}
	}
	if (fmt == FMT_JSON) {
		cmd_print_json(render_review_json(&r, org, chain), e);
		goto done;
	}
	/* The item texts are a courtesy: a changed checklist still shows ids. */
	if (r.checklist != NULL && sscanf(r.checklist, "%63[^/]", name) == 1 &&
	    checklist_load(name, &c, &ignored) == ST_OK)
		cp = &c;
	if (render_review_text(stdout, &r, chain, cp, lang) == -1)
		error_set(e, ST_INTERNAL, _("out of memory"));
done:
	free(chain);
	checklist_free(&c);
	review_free(&r);
	graph_free(&g);
	return e->status;
}

int
cmd_review(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct subcommand subs[] = {
		{ "add", review_add },
		{ "list", review_list },
		{ "show", review_show },
		{ "template", review_template },
		{ NULL, NULL }
	};

	return cmd_dispatch("review", subs, argc, argv, ctx, e);
}
