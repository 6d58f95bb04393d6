/* itaku check: check contract documents against a clause ruleset. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_render.h"
#include "clause.h"
#include "cmd.h"
#include "doc.h"
#include "i18n.h"
#include "ruleset.h"

struct loaded {
	struct doc doc;
	struct check_result res;
	bool have_doc, have_res;
};

/* Rulesets are loaded once, whichever document asks first. */
static int
get_ruleset(const char *arg, struct ruleset **cache, const char **names,
    size_t *n, struct ruleset **out, struct error *e)
{
	size_t i;
	int rc;

	for (i = 0; i < *n; i++)
		if (strcmp(names[i], arg) == 0) {
			*out = cache[i];
			return ST_OK;
		}
	if ((rc = ruleset_open(arg, out, e)) != ST_OK)
		return rc;
	cache[*n] = *out;
	names[*n] = arg;
	(*n)++;
	return ST_OK;
}

int
cmd_check(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	static const struct option opts[] = {
		{ "ruleset", required_argument, NULL, 'r' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum out_format fmt = FMT_TEXT;
	const char *rsarg = NULL, *names[2];
	struct ruleset *cache[2] = { NULL, NULL }, *rs;
	struct loaded *docs = NULL;
	struct check_doc *views = NULL;
	size_t nrs = 0, ndocs, i;
	bool missing = false;
	int ch, rc = ST_OK;

	(void)ctx;
	while ((ch = getopt_long(argc, argv, "r:f:h", opts, NULL)) != -1) {
		switch (ch) {
		case 'r':
			rsarg = optarg;
			break;
		case 'f':
			if (parse_format(optarg, 1u << FMT_TEXT | 1u << FMT_JSON,
			    &fmt, e) != ST_OK)
				return e->status;
			break;
		case 'h':
			usage_command(stdout, "check");
			return ST_OK;
		default:
			return usage_error("check", e, _("unknown option"));
		}
	}
	if (optind >= argc)
		return usage_error("check", e, _("name at least one document"));
	ndocs = (size_t)(argc - optind);
	if ((docs = calloc(ndocs, sizeof(*docs))) == NULL ||
	    (views = calloc(ndocs, sizeof(*views))) == NULL) {
		rc = error_set(e, ST_INTERNAL, _("out of memory"));
		goto done;
	}
	/* An explicit ruleset is checked before any document is read. */
	if (rsarg != NULL && (rc = get_ruleset(rsarg, cache, names, &nrs, &rs,
	    e)) != ST_OK)
		goto done;
	for (i = 0; i < ndocs; i++) {
		const char *path = argv[optind + (int)i];
		const char *id = rsarg;

		if ((rc = doc_read_file(path, &docs[i].doc, e)) != ST_OK)
			goto done;
		docs[i].have_doc = true;
		if (id == NULL)
			id = clause_auto_ruleset(docs[i].doc.text, docs[i].doc.len);
		if ((rc = get_ruleset(id, cache, names, &nrs, &rs, e)) != ST_OK)
			goto done;
		if ((rc = clause_check(rs, docs[i].doc.text, docs[i].doc.len,
		    &docs[i].res, e)) != ST_OK) {
			error_prefix(e, "%s", path);
			goto done;
		}
		docs[i].have_res = true;
		views[i].file = path;
		views[i].format = docs[i].doc.format_name;
		views[i].ruleset_auto = rsarg == NULL &&
		    strcmp(id, "meti") != 0;
		views[i].res = &docs[i].res;
		if (docs[i].res.missing > 0)
			missing = true;
	}
	if (fmt == FMT_JSON) {
		if ((rc = check_render_json(stdout, views, ndocs, e)) != ST_OK)
			goto done;
	} else
		for (i = 0; i < ndocs; i++) {
			if (i > 0)
				putchar('\n');
			check_render_text(stdout, &views[i]);
		}
	rc = missing ? ST_FINDINGS : ST_OK;
done:
	for (i = 0; docs != NULL && i < ndocs; i++) {
		if (docs[i].have_res)
			check_result_free(&docs[i].res);
		if (docs[i].have_doc)
			doc_free(&docs[i].doc);
	}
	for (i = 0; i < nrs; i++)
		ruleset_free(cache[i]);
	free(docs);
	free(views);
	return rc;
}
