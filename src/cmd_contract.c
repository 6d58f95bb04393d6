/* itaku contract import|list|show */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "check_render.h"
#include "cmd.h"
#include "contract.h"
#include "delegation.h"
#include "i18n.h"
#include "store.h"
#include "table.h"

static int
contract_import_cmd(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct option opts[] = {
		{ "ruleset", required_argument, NULL, 'r' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct contract_import ci;
	const char *ruleset = NULL;
	struct store *s;
	long id;
	int ch;

	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'r': ruleset = optarg; break;
		case 'h': usage_command(stdout, "contract"); return ST_OK;
		default: return usage_error("contract", e, _("unknown option"));
		}
	}
	if (optind + 2 != argc)
		return usage_error("contract", e,
		    _("import takes DELEGATION and FILE"));
	if (ctx_store(ctx, &s, e) != ST_OK ||
	    delegation_resolve(s, argv[optind], &id, e) != ST_OK)
		return e->status;
	if (store_begin(s, e) != ST_OK || cmd_commit(s,
	    contract_import(s, id, argv[optind + 1], ruleset, &ci, e),
	    e) != ST_OK)
		return e->status;
	if (ci.unchanged) {
		printf(_("document %ld: %s is already on file for delegation "
		    "%ld; nothing changed\n"),
		    ci.document_id, argv[optind + 1], id);
		return ST_OK;
	}
	printf(_("document %ld: %s (%s) imported for delegation %ld: %zu of "
	    "%zu clauses present\n"),
	    ci.document_id, argv[optind + 1], ci.format, id,
	    ci.res.present, ci.res.nclauses);
	if (ci.superseded)
		printf(_("it supersedes document %ld\n"), ci.superseded);
	contract_import_free(&ci);
	return ST_OK;
}

static int
contract_list(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const char *head[] = { N_("ID"), N_("delegation"), N_("file"),
	    N_("format"), N_("ruleset"), N_("clauses"), N_("imported"),
	    N_("status") };
	enum out_format fmt;
	struct document *v;
	struct store *s;
	struct table t;
	json_t *a;
	size_t n;
	long id = 0;
	int rc;

	if ((rc = cmd_format_only(argc, argv, "contract", 1u << FMT_TEXT |
	    1u << FMT_JSON, &fmt, e)) != ST_OK)
		return rc == -1 ? ST_OK : rc;
	if (argc - optind > 1)
		return usage_error("contract", e,
		    _("list takes at most one DELEGATION"));
	if (ctx_store(ctx, &s, e) != ST_OK)
		return e->status;
	if (optind < argc && delegation_resolve(s, argv[optind], &id, e) != ST_OK)
		return e->status;
	if (store_document_list(s, id, &v, &n, e) != ST_OK)
		return e->status;
	if (fmt == FMT_JSON) {
		a = json_array();
		for (size_t i = 0; i < n; i++)
			json_array_append_new(a, json_pack("{s:I, s:I, s:s, s:s, "
			    "s:s, s:s, s:s, s:i, s:i, s:s, s:o}",
			    "id", (json_int_t)v[i].id,
			    "delegation", (json_int_t)v[i].delegation_id,
			    "file", v[i].filename, "format", v[i].format,
			    "sha256", v[i].sha256, "ruleset", v[i].ruleset,
			    "ruleset_version", v[i].ruleset_version,
			    "present", v[i].present, "missing", v[i].missing,
			    "imported_at", v[i].imported_at,
			    "superseded_by", v[i].superseded_by ?
			    json_integer(v[i].superseded_by) : json_null()));
		rc = cmd_print_json(a, e);
	} else {
		table_init(&t, head, 8);
		for (size_t i = 0; i < n && rc == ST_OK; i++) {
			char sid[24], did[24], cl[32], st[48];
			snprintf(sid, sizeof(sid), "%ld", v[i].id);
			snprintf(did, sizeof(did), "%ld", v[i].delegation_id);
			snprintf(cl, sizeof(cl), "%d/%d", v[i].present,
			    v[i].present + v[i].missing);
			if (v[i].superseded_by)
				snprintf(st, sizeof(st), _("superseded by %ld"),
				    v[i].superseded_by);
			else
				snprintf(st, sizeof(st), "%s", v[i].missing ?
				    _("current, clauses missing") : _("current"));
			const char *row[] = { sid, did, v[i].filename, v[i].format,
			    v[i].ruleset, cl, v[i].imported_at, st };
			if (table_add(&t, row) == -1)
				rc = error_set(e, ST_INTERNAL,
				    _("out of memory"));
		}
		if (rc == ST_OK && n > 0)
			table_print(stdout, &t);
		table_free(&t);
	}
	document_list_free(v, n);
	return rc;
}

static int
contract_show(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	struct check_result r;
	struct document d;
	enum out_format fmt;
	struct store *s;
	bool ruleset_auto;
	long id;
	int rc;

	if ((rc = cmd_format_only(argc, argv, "contract", 1u << FMT_TEXT |
	    1u << FMT_JSON, &fmt, e)) != ST_OK)
		return rc == -1 ? ST_OK : rc;
	if (optind + 1 != argc)
		return usage_error("contract", e, _("show takes one DOCUMENT"));
	if (parse_long_opt("document", argv[optind], 1, 1L << 62, &id, e) != ST_OK) {
		e->status = ST_DATA;
		return ST_DATA;
	}
	if (ctx_store(ctx, &s, e) != ST_OK || store_document_get(s, id, &d, e) != ST_OK)
		return e->status;
	if (contract_result(&d, &r, &ruleset_auto, e) != ST_OK) {
		document_free(&d);
		return e->status;
	}
	struct check_doc cd = { d.filename, d.format, ruleset_auto, &r };
	if (fmt == FMT_JSON) {
		json_t *j = check_doc_json(&cd);
		if (j != NULL) {
			json_object_set_new(j, "document", json_integer(d.id));
			json_object_set_new(j, "delegation",
			    json_integer(d.delegation_id));
			json_object_set_new(j, "sha256", json_string(d.sha256));
			json_object_set_new(j, "imported_at",
			    json_string(d.imported_at));
		}
		rc = cmd_print_json(j, e);
	} else {
		printf(_("document %ld of delegation %ld, imported %s, sha256 "
		    "%s%s\n"), d.id, d.delegation_id, d.imported_at, d.sha256,
		    d.superseded_by ? _(" (superseded)") : "");
		check_render_text(stdout, &cd);
	}
	if (rc == ST_OK && r.missing > 0)
		rc = ST_FINDINGS;
	check_result_free(&r);
	document_free(&d);
	return rc;
}

int
cmd_contract(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct subcommand sub[] = {
		{ "import", contract_import_cmd }, { "list", contract_list },
		{ "show", contract_show }, { NULL, NULL }
	};

	return cmd_dispatch("contract", sub, argc, argv, ctx, e);
}
