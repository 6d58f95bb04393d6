/*
 * itaku due: what is overdue or coming up, for a person or for cron.
 * Silent (in text) when there is nothing; exit 1 when anything is overdue.
 */
#include <getopt.h>
#include <stdio.h>
#include <time.h>

#include "cmd.h"
#include "config.h"
#include "graph.h"
#include "i18n.h"
#include "render_due.h"
#include "schedule.h"

int
cmd_due(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct option opts[] = {
		{ "within", required_argument, NULL, 'w' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum out_format fmt = FMT_TEXT;
	struct config cfg;
	struct store *s;
	struct graph g = { 0 };
	struct due_list l = { 0 };
	long within = -1;
	int ch, rv;

	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'w':
			if (parse_long_opt("--within", optarg, 0, 3660, &within,
			    e) != ST_OK)
				return e->status;
			break;
		case 'f':
			if (parse_format(optarg, 1u << FMT_TEXT | 1u << FMT_JSON |
			    1u << FMT_ICS, &fmt, e) != ST_OK)
				return e->status;
			break;
		case 'h':
			usage_command(stdout, "due");
			return ST_OK;
		default:
			return usage_error("due", e, _("unknown option"));
		}
	}
	if (optind != argc)
		return usage_error("due", e,
		    _("%s: unexpected argument"), argv[optind]);
	if (config_load_default(&cfg, e) != ST_OK)
		return e->status;
	if (within < 0)
		within = cfg.due_within;
	if (ctx_store(ctx, &s, e) != ST_OK || graph_load(s, &g, e) != ST_OK)
		return e->status;
	if ((rv = schedule_compute(s, &g, &cfg, ctx->today, (int)within, &l,
	    e)) != ST_OK)
		goto done;
	switch (fmt) {
	case FMT_JSON:
		rv = cmd_print_json(render_due_json(&g, &l), e);
		break;
	case FMT_ICS:
		if (render_due_ics(stdout, &g, &l, time(NULL)) == -1)
			rv = error_set(e, ST_INTERNAL, _("out of memory"));
		break;
	default:
		if (render_due_text(stdout, &g, &l) == -1)
			rv = error_set(e, ST_INTERNAL, _("out of memory"));
		break;
	}
	/* Overdue is news a script acts on; upcoming is only a reminder. */
	if (rv == ST_OK && l.noverdue > 0)
		rv = ST_FINDINGS;
done:
	due_list_free(&l);
	graph_free(&g);
	return rv;
}
