/* itaku tree: the delegation chain with its findings. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "config.h"
#include "findings.h"
#include "graph.h"
#include "i18n.h"
#include "org.h"
#include "render_tree.h"
#include "store.h"
#include "tree.h"

int
cmd_tree(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct option opts[] = {
		{ "depth", required_argument, NULL, 'd' },
		{ "all", no_argument, NULL, 'a' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct tree_options opt = { 0 };
	enum out_format fmt = FMT_TEXT;
	struct findings f = { 0 };
	struct config cfg;
	struct tree_view v;
	struct graph g;
	struct store *s;
	long depth;
	int ch, rc = ST_OK;

	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			if (parse_long_opt("--depth", optarg, 1, 1000, &depth, e) != ST_OK)
				return e->status;
			opt.max_depth = (int)depth;
			break;
		case 'a': opt.all = true; break;
		case 'f':
			if (parse_format(optarg, 1u << FMT_TEXT | 1u << FMT_JSON |
			    1u << FMT_DOT | 1u << FMT_SVG, &fmt, e) != ST_OK)
				return e->status;
			break;
		case 'h': usage_command(stdout, "tree"); return ST_OK;
		default: return usage_error("tree", e, _("unknown option"));
		}
	}
	if (argc - optind > 1)
		return usage_error("tree", e, _("takes at most one ORG"));
	if (config_load_default(&cfg, e) != ST_OK || ctx_store(ctx, &s, e) != ST_OK)
		return e->status;
	if (optind < argc && org_resolve(s, argv[optind], &opt.top_org, e) != ST_OK)
		return e->status;
	if (graph_load(s, &g, e) != ST_OK)
		return e->status;
	if (findings_collect(s, &g, &cfg, ctx->today, &f, e) != ST_OK ||
	    tree_build(&g, &f, ctx->today, &opt, &v, e) != ST_OK)
		goto done;
	switch (fmt) {
	case FMT_JSON:
		if (render_tree_json(stdout, &v) == -1)
			error_set(e, ST_INTERNAL, _("out of memory"));
		break;
	case FMT_DOT:
		if (render_tree_dot(stdout, &v) == -1)
			error_set(e, ST_INTERNAL, _("out of memory"));
		break;
	case FMT_SVG:
		if (render_tree_svg(stdout, &v) == -1)
			error_set(e, ST_INTERNAL,
			    _("Graphviz could not lay out the tree"));
		break;
	default:
		render_tree_text(stdout, &v);
		break;
	}
	rc = v.below[v.top] ? ST_FINDINGS : ST_OK;
	tree_free(&v);
done:
	findings_free(&f);
	graph_free(&g);
	return e->status != ST_OK ? e->status : rc;
}
