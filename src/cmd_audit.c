/* itaku audit log|verify */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "audit.h"
#include "cmd.h"
#include "i18n.h"
#include "store.h"

struct log_state {
	enum out_format fmt;
	const char *entity;
	long id;
	json_t *array;
};

static int
print_record(const struct audit_record *r, void *arg)
{
	struct log_state *ls = arg;
	json_t *j;

	if (ls->entity && strcmp(ls->entity, r->entity) != 0)
		return 0;
	if (ls->id && ls->id != r->entity_id)
		return 0;
	if (ls->fmt == FMT_JSON) {
		j = json_pack("{s:I, s:s, s:s, s:s, s:s, s:I, s:s, s:o, s:o, s:s}",
		    "seq", (json_int_t)r->seq, "at", r->at, "user", r->user,
		    "command", r->command, "entity", r->entity,
		    "entity_id", (json_int_t)r->entity_id, "action", r->action,
		    "old", r->old_value ? json_loads(r->old_value, 0, NULL) : json_null(),
		    "new", r->new_value ? json_loads(r->new_value, 0, NULL) : json_null(),
		    "hash", r->hash);
		if (j == NULL || json_array_append_new(ls->array, j) != 0)
			return -1;
		return 0;
	}
	printf("%6ld  %s  %-8s %-10s %-8s #%ld  %s\n", r->seq, r->at, r->user,
	    r->entity, r->action, r->entity_id, r->command);
	return 0;
}

static int
audit_log(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct option opts[] = {
		{ "entity", required_argument, NULL, 'E' },
		{ "id", required_argument, NULL, 'i' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct log_state ls = { FMT_TEXT, NULL, 0, NULL };
	struct store *s;
	int ch, rc;

	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'E': ls.entity = optarg; break;
		case 'i':
			if (parse_long_opt("--id", optarg, 1, 1L << 62, &ls.id, e) != ST_OK)
				return e->status;
			break;
		case 'f':
			if (parse_format(optarg, 1u << FMT_TEXT | 1u << FMT_JSON,
			    &ls.fmt, e) != ST_OK)
				return e->status;
			break;
		case 'h': usage_command(stdout, "audit"); return ST_OK;
		default: return usage_error("audit", e, _("unknown option"));
		}
	}
	if (optind != argc)
		return usage_error("audit", e, _("log takes no arguments"));
	if (ctx_store(ctx, &s, e) != ST_OK)
		return e->status;
	if (ls.fmt == FMT_JSON && (ls.array = json_array()) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	rc = store_audit_each(s, 0, print_record, &ls, e);
	if (rc != 0) {
		json_decref(ls.array);
		return e->status != ST_OK ? e->status :
		    error_set(e, ST_INTERNAL, _("out of memory"));
	}
	if (ls.array)
		return cmd_print_json(ls.array, e);
	return ST_OK;
}

static int
audit_verify_cmd(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	struct audit_verdict v;
	struct store *s;

	(void)argv;
	if (argc > 1)
		return usage_error("audit", e, _("verify takes no arguments"));
	if (ctx_store(ctx, &s, e) != ST_OK || audit_verify(s, &v, e) != ST_OK)
		return e->status;
	if (v.bad_seq != 0) {
		printf(_("audit trail broken at record %ld: %s\n"), v.bad_seq,
		    v.why);
		return ST_FINDINGS;
	}
	printf(_("audit trail intact: %ld records\n"), v.records);
	return ST_OK;
}

int
cmd_audit(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct subcommand sub[] = {
		{ "log", audit_log }, { "verify", audit_verify_cmd }, { NULL, NULL }
	};

	return cmd_dispatch("audit", sub, argc, argv, ctx, e);
}
