/* itaku cert: certifications of organisations (ISMS, Privacy Mark, SOC 2). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "cmd.h"
#include "graph.h"
#include "i18n.h"
#include "org.h"
#include "render_due.h"
#include "store_review.h"
#include "utf8.h"

static const char *const kinds[] = { "isms", "pmark", "soc2", "other", NULL };

static int
check_text(const char *what, const char *s, size_t max, struct error *e)
{
	if (s == NULL)
		return ST_OK;
	if (strlen(s) > max || !utf8_valid_str(s))
		return error_set(e, ST_DATA,
		    _("%s: not UTF-8 text of at most %zu bytes"), what, max);
	return ST_OK;
}

static int
cert_add(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct option opts[] = {
		{ "kind", required_argument, NULL, 'k' },
		{ "expires", required_argument, NULL, 'x' },
		{ "issued", required_argument, NULL, 'i' },
		{ "id", required_argument, NULL, 'n' },
		{ "notes", required_argument, NULL, 'N' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct cert c = { .ident = "", .notes = "" };
	struct store *s;
	struct date exp, iss;
	const char *kind = NULL, *expires = NULL, *issued = NULL;
	json_t *j;
	bool known = false;
	int ch, rv;

	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'k':
			kind = optarg;
			break;
		case 'x':
			expires = optarg;
			break;
		case 'i':
			issued = optarg;
			break;
		case 'n':
			c.ident = optarg;
			break;
		case 'N':
			c.notes = optarg;
			break;
		case 'h':
			usage_command(stdout, "cert");
			return ST_OK;
		default:
			return usage_error("cert", e, _("unknown option"));
		}
	}
	if (argc - optind != 1)
		return usage_error("cert", e, _("add: name one organisation"));
	if (kind == NULL || expires == NULL)
		return usage_error("cert", e,
		    _("add: --kind and --expires are required"));
	for (size_t i = 0; kinds[i] != NULL; i++)
		known |= strcmp(kinds[i], kind) == 0;
	if (!known)
		return error_set(e, ST_USAGE,
		    _("--kind %s: use isms, pmark, soc2 or other"), kind);
	if (parse_date_opt("--expires", expires, &exp, e) != ST_OK ||
	    (issued && parse_date_opt("--issued", issued, &iss, e) != ST_OK))
		return e->status;
	if (issued && date_cmp(iss, exp) > 0)
		return error_set(e, ST_DATA,
		    _("--issued %s: after the expiry %s"), issued, expires);
	if (check_text("--id", c.ident, 200, e) != ST_OK ||
	    check_text("--notes", c.notes, 2000, e) != ST_OK)
		return e->status;
	if (ctx_store(ctx, &s, e) != ST_OK ||
	    org_resolve(s, argv[optind], &c.org_id, e) != ST_OK)
		return e->status;
	c.kind = (char *)kind;
	c.expires_on = (char *)expires;
	c.issued_on = (char *)issued;
	if (store_begin(s, e) != ST_OK)
		return e->status;
	if ((rv = store_cert_insert(s, &c, e)) != ST_OK)
		goto fail;
	if ((j = render_cert_json(&c, NULL)) == NULL) {
		rv = error_set(e, ST_INTERNAL, _("out of memory"));
		goto fail;
	}
	rv = audit_append(s, "certification", c.id, "add", NULL, j, e);
	json_decref(j);
	if (rv != ST_OK || (rv = store_commit(s, e)) != ST_OK)
		goto fail;
	printf(_("certification %ld: %s%s%s expires %s\n"), c.id, kind,
	    c.ident[0] ? " " : "", c.ident, expires);
	free(c.created_at);
	return ST_OK;
fail:
	store_rollback(s);
	free(c.created_at);
	return rv;
}

static int
cert_list(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	enum out_format fmt;
	struct store *s;
	struct graph g = { 0 };
	struct cert *v = NULL;
	size_t n = 0;
	long org = 0, o;
	json_t *a;
	int rv;

	rv = cmd_format_only(argc, argv, "cert", 1u << FMT_TEXT | 1u << FMT_JSON,
	    &fmt, e);
	if (rv != ST_OK)
		return rv == -1 ? ST_OK : rv;
	if (argc - optind > 1)
		return usage_error("cert", e,
		    _("list: at most one organisation"));
	if (ctx_store(ctx, &s, e) != ST_OK)
		return e->status;
	if (argc - optind == 1 && org_resolve(s, argv[optind], &org, e) != ST_OK)
		return e->status;
	if (store_cert_list(s, org, 0, &v, &n, e) != ST_OK ||
	    graph_load(s, &g, e) != ST_OK)
		goto done;
	if (fmt == FMT_JSON) {
		if ((a = json_array()) == NULL) {
			error_set(e, ST_INTERNAL, _("out of memory"));
			goto done;
		}
		for (size_t i = 0; i < n; i++) {
			o = graph_org(&g, v[i].org_id);
			if (json_array_append_new(a, render_cert_json(&v[i],
			    o >= 0 ? g.orgs[o].name : NULL)) != 0) {
				json_decref(a);
				error_set(e, ST_INTERNAL, _("out of memory"));
				goto done;
			}
		}
		cmd_print_json(a, e);
	} else if (n > 0 && render_cert_list_text(stdout, v, n, &g,
	    ctx->today) == -1)
		error_set(e, ST_INTERNAL, _("out of memory"));
done:
	cert_list_free(v, n);
	graph_free(&g);
	return e->status;
}

int
cmd_cert(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct subcommand subs[] = {
		{ "add", cert_add },
		{ "list", cert_list },
		{ NULL, NULL }
	};

	return cmd_dispatch("cert", subs, argc, argv, ctx, e);
}
