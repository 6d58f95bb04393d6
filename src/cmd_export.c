/*
 * itaku export: the whole register as JSON (lossless, for
 * import-register) or the delegations as CSV (for spreadsheets).
 * itaku import-register: load an export into an empty database.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "cmd.h"
#include "cmd_out.h"
#include "graph.h"
#include "i18n.h"
#include "register_io.h"
#include "render_report.h"
#include "store_register.h"

/* Now in UTC, as the store stamps rows. */
static void
utc_now(char buf[32])
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int
cmd_export(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum out_format fmt = FMT_JSON;
	struct register_data r = { 0 };
	struct cmd_out out = { 0 };
	const char *path = NULL;
	struct graph g = { 0 };
	struct store *s;
	char now[32];
	json_t *j = NULL;
	int ch, ok = 0;

	while ((ch = getopt_long(argc, argv, "ho:", opts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			if (parse_format(optarg, 1u << FMT_JSON | 1u << FMT_CSV,
			    &fmt, e) != ST_OK)
				return e->status;
			break;
		case 'o': path = optarg; break;
		case 'h': usage_command(stdout, "export"); return ST_OK;
		default: return usage_error("export", e, _("unknown option"));
		}
	}
	if (optind != argc)
		return usage_error("export", e, _("%s: unexpected argument"),
		    argv[optind]);
	if (ctx_store(ctx, &s, e) != ST_OK)
		return e->status;
	if (fmt == FMT_CSV) {
		if (graph_load(s, &g, e) != ST_OK)
			return e->status;
	} else {
		utc_now(now);
		if (store_register_read(s, &r, e) != ST_OK)
			return e->status;
		if ((j = register_to_json(&r, now)) == NULL) {
			error_set(e, ST_INTERNAL, _("out of memory"));
			goto done;
		}
	}
	if (cmd_out_open(&out, path, e) != ST_OK)
		goto done;
	if (fmt == FMT_CSV)
		ok = render_delegations_csv(out.fp, &g) == 0;
	else if ((ok = json_dumpf(j, out.fp, JSON_INDENT(2)) == 0))
		fputc('\n', out.fp);
	if (!ok)
		error_set(e, ST_INTERNAL, _("out of memory"));
	cmd_out_close(&out, ok, e);
done:
	json_decref(j);
	register_data_free(&r);
	graph_free(&g);
	return e->status;
}

int
cmd_import_register(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct register_import sum;
	struct store *s;
	int ch;

	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'h': usage_command(stdout, "import-register"); return ST_OK;
		default: return usage_error("import-register", e, _("unknown option"));
		}
	}
	if (argc - optind != 1)
		return usage_error("import-register", e, _("takes one FILE"));
	if (ctx_store(ctx, &s, e) != ST_OK)
		return e->status;
	if (register_import(s, argv[optind], &sum, e) != ST_OK)
		return e->status;
	printf(_("imported %zu organisations, %zu delegations, %zu documents, "
	    "%zu reviews, %zu certifications, %zu incidents and %zu audit "
	    "records\n"), sum.orgs, sum.dels, sum.docs, sum.reviews, sum.certs,
	    sum.incidents, sum.audit);
	return ST_OK;
}
