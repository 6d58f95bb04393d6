/* itaku init: create the register with the entrusting business at its root. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "i18n.h"
#include "org.h"
#include "store.h"

int
cmd_init(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct option opts[] = {
		{ "org", required_argument, NULL, 'o' },
		{ "cn", required_argument, NULL, 'c' },
		{ "address", required_argument, NULL, 'a' },
		{ "contact", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct org o = { 0 };
	struct store *s;
	long root;
	int ch;

	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'o': o.name = optarg; break;
		case 'c': o.corporate_number = optarg; break;
		case 'a': o.address = optarg; break;
		case 't': o.contact = optarg; break;
		case 'h': usage_command(stdout, "init"); return ST_OK;
		default: return usage_error("init", e, _("unknown option"));
		}
	}
	if (optind != argc)
		return usage_error("init", e,
		    _("unexpected argument %s"), argv[optind]);
	if (ctx_store(ctx, &s, e) != ST_OK || store_org_root(s, &root, e) != ST_OK)
		return e->status;
	if (o.name == NULL) {
		if (root != 0) {
			printf(_("%s: ready\n"), ctx->db_path);
			return ST_OK;
		}
		return usage_error("init", e,
		    _("--org NAME names the entrusting business"));
	}
	if (root != 0)
		return error_set(e, ST_DATA, _("init: %s already has its "
		    "entrusting business (organisation %ld)"),
		    ctx->db_path, root);
	o.is_root = true;
	if (store_begin(s, e) != ST_OK ||
	    cmd_commit(s, org_create(s, &o, e), e) != ST_OK)
		return e->status;
	printf(_("%s: created with %s (organisation %ld)\n"), ctx->db_path,
	    o.name, o.id);
	/* Only created_at was allocated for us. */
	free(o.created_at);
	return ST_OK;
}
