/*
 * itaku report: the register summarised for management and auditors, as
 * one HTML file, Markdown, or the delegation register as CSV.
 */
#include <getopt.h>
#include <stdio.h>

#include "cmd.h"
#include "cmd_out.h"
#include "config.h"
#include "i18n.h"
#include "render_report.h"
#include "report.h"

int
cmd_report(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "within", required_argument, NULL, 'w' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum out_format fmt = FMT_HTML;
	struct cmd_out out = { 0 };
	const char *path = NULL;
	struct config cfg;
	struct report r;
	struct store *s;
	long within = -1;
	int ch, rv;

	while ((ch = getopt_long(argc, argv, "ho:", opts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			if (parse_format(optarg, 1u << FMT_HTML | 1u << FMT_MD |
			    1u << FMT_CSV, &fmt, e) != ST_OK)
				return e->status;
			break;
		case 'o': path = optarg; break;
		case 'w':
			if (parse_long_opt("--within", optarg, 0, 3660, &within,
			    e) != ST_OK)
				return e->status;
			break;
		case 'h': usage_command(stdout, "report"); return ST_OK;
		default: return usage_error("report", e, _("unknown option"));
		}
	}
	if (optind != argc)
		return usage_error("report", e, _("%s: unexpected argument"),
		    argv[optind]);
	if (config_load_default(&cfg, e) != ST_OK)
		return e->status;
	if (within < 0)
		within = cfg.due_within;
	if (ctx_store(ctx, &s, e) != ST_OK ||
	    report_build(s, &cfg, ctx->today, (int)within, &r, e) != ST_OK)
		return e->status;
	if (cmd_out_open(&out, path, e) != ST_OK)
		goto done;
	switch (fmt) {
	case FMT_MD: rv = render_report_md(out.fp, &r); break;
	case FMT_CSV: rv = render_report_csv(out.fp, &r); break;
	default: rv = render_report_html(out.fp, &r); break;
	}
	if (rv == -1)
		error_set(e, ST_INTERNAL, _("report: out of memory, or "
		    "Graphviz could not lay out the chart"));
	cmd_out_close(&out, rv == 0, e);
done:
	report_free(&r);
	return e->status;
}
