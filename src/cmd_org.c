/* itaku org add|list|show|edit */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cmd.h"
#include "i18n.h"
#include "org.h"
#include "store.h"
#include "table.h"

static const struct option field_opts[] = {
	{ "name", required_argument, NULL, 'n' },
	{ "cn", required_argument, NULL, 'c' },
	{ "address", required_argument, NULL, 'a' },
	{ "country", required_argument, NULL, 'C' },
	{ "contact", required_argument, NULL, 't' },
	{ "notes", required_argument, NULL, 'N' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

/* Parse the field options into o (whose strings it owns). */
static int
parse_fields(int argc, char **argv, struct org *o, struct error *e)
{
	int ch, rc = ST_OK;

	while (rc == ST_OK && (ch = getopt_long(argc, argv, "h", field_opts,
	    NULL)) != -1) {
		switch (ch) {
		case 'n': rc = cmd_set_str(&o->name, optarg, e); break;
		case 'c': rc = cmd_set_str(&o->corporate_number, optarg, e); break;
		case 'a': rc = cmd_set_str(&o->address, optarg, e); break;
		case 'C': rc = cmd_set_str(&o->country, optarg, e); break;
		case 't': rc = cmd_set_str(&o->contact, optarg, e); break;
		case 'N': rc = cmd_set_str(&o->notes, optarg, e); break;
		case 'h': usage_command(stdout, "org"); return -1;
		default: return usage_error("org", e, _("unknown option"));
		}
	}
	return rc;
}

static int
org_add(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	struct org o = { 0 };
	struct store *s;
	int rc;

	if ((rc = parse_fields(argc, argv, &o, e)) != ST_OK)
		goto done;
	if (optind + 1 != argc) {
		rc = usage_error("org", e, _("add takes one NAME"));
		goto done;
	}
	if (o.name == NULL && (o.name = strdup(argv[optind])) == NULL) {
		rc = error_set(e, ST_INTERNAL, _("out of memory"));
		goto done;
	}
	if ((rc = ctx_store(ctx, &s, e)) != ST_OK)
		goto done;
	if ((rc = store_begin(s, e)) != ST_OK ||
	    (rc = cmd_commit(s, org_create(s, &o, e), e)) != ST_OK)
		goto done;
	printf(_("organisation %ld: %s\n"), o.id, o.name);
done:
	org_free(&o);
	return rc == -1 ? ST_OK : rc;
}

static int
org_edit(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	struct org old = { 0 }, o = { 0 };
	struct store *s;
	long id;
	int rc;

	/* Options first, so a usage error costs no database. */
	if ((rc = parse_fields(argc, argv, &o, e)) != ST_OK)
		goto done;
	if (optind + 1 != argc) {
		rc = usage_error("org", e, _("edit takes one ORG"));
		goto done;
	}
	if ((rc = ctx_store(ctx, &s, e)) != ST_OK ||
	    (rc = org_resolve(s, argv[optind], &id, e)) != ST_OK ||
	    (rc = store_org_get(s, id, &old, e)) != ST_OK)
		goto done;
	/* Re-read the options over a copy of the stored organisation. */
	org_free(&o);
	if ((rc = store_org_get(s, id, &o, e)) != ST_OK)
		goto done;
	optind = 0;
	if ((rc = parse_fields(argc, argv, &o, e)) != ST_OK)
		goto done;
	if (o.name == NULL) {
		rc = error_set(e, ST_DATA, _("organisation: empty name"));
		goto done;
	}
	if (o.country == NULL && (o.country = strdup("JP")) == NULL) {
		rc = error_set(e, ST_INTERNAL, _("out of memory"));
		goto done;
	}
	if ((rc = store_begin(s, e)) != ST_OK ||
	    (rc = cmd_commit(s, org_modify(s, &old, &o, e), e)) != ST_OK)
		goto done;
	printf(_("organisation %ld: %s\n"), o.id, o.name);
done:
	org_free(&old);
	org_free(&o);
	return rc == -1 ? ST_OK : rc;
}

static int
org_list(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const char *head[] = { N_("ID"), N_("name"), N_("corporate no."),
	    N_("country"), N_("contact") };
	enum out_format fmt;
	struct org *v;
	struct store *s;
	struct table t;
	size_t n;
	int rc;

	if ((rc = cmd_format_only(argc, argv, "org", 1u << FMT_TEXT | 1u << FMT_JSON, &fmt, e)) != ST_OK)
		return rc == -1 ? ST_OK : rc;
	if (optind != argc)
		return usage_error("org", e, _("list takes no arguments"));
	if (ctx_store(ctx, &s, e) != ST_OK || store_org_list(s, &v, &n, e) != ST_OK)
		return e->status;
	if (fmt == FMT_JSON) {
		json_t *a = json_array();
		for (size_t i = 0; i < n; i++)
			json_array_append_new(a, org_json(&v[i]));
		rc = cmd_print_json(a, e);
	} else {
		table_init(&t, head, 5);
		for (size_t i = 0; i < n; i++) {
			char id[32];
			snprintf(id, sizeof(id), "%ld%s", v[i].id,
			    v[i].is_root ? "*" : "");
			const char *row[] = { id, v[i].name, v[i].corporate_number,
			    v[i].country, v[i].contact };
			if (table_add(&t, row) == -1)
				rc = error_set(e, ST_INTERNAL,
				    _("out of memory"));
		}
		if (rc == ST_OK)
			table_print(stdout, &t);
		table_free(&t);
	}
	org_list_free(v, n);
	return rc;
}

static int
org_show(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	enum out_format fmt;
	struct org o;
	struct store *s;
	long id;
	int rc;

	if ((rc = cmd_format_only(argc, argv, "org", 1u << FMT_TEXT | 1u << FMT_JSON, &fmt, e)) != ST_OK)
		return rc == -1 ? ST_OK : rc;
	if (optind + 1 != argc)
		return usage_error("org", e, _("show takes one ORG"));
	if (ctx_store(ctx, &s, e) != ST_OK ||
	    org_resolve(s, argv[optind], &id, e) != ST_OK ||
	    store_org_get(s, id, &o, e) != ST_OK)
		return e->status;
	if (fmt == FMT_JSON)
		rc = cmd_print_json(org_json(&o), e);
	else {
		const char *rows[][2] = {
			{ N_("name"), o.name },
			{ N_("role"), o.is_root ? _("entrusting business") : _("contractor") },
			{ N_("corporate no."), o.corporate_number },
			{ N_("address"), o.address },
			{ N_("country"), o.country },
			{ N_("contact"), o.contact },
			{ N_("notes"), o.notes },
			{ N_("registered"), o.created_at },
		};
		printf("%s %ld\n", _("organisation"), o.id);
		cmd_print_fields(rows, sizeof(rows) / sizeof(rows[0]));
	}
	org_free(&o);
	return rc;
}

int
cmd_org(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct subcommand sub[] = {
		{ "add", org_add }, { "list", org_list },
		{ "show", org_show }, { "edit", org_edit }, { NULL, NULL }
	};

	return cmd_dispatch("org", sub, argc, argv, ctx, e);
}
