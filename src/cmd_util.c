/* Option parsing shared by the commands. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <getopt.h>

#include <jansson.h>

#include "cmd.h"
#include "i18n.h"
#include "store.h"
#include "utf8.h"

static const char *const format_names[] = {
	[FMT_TEXT] = "text", [FMT_JSON] = "json", [FMT_DOT] = "dot",
	[FMT_CSV] = "csv", [FMT_ICS] = "ics", [FMT_HTML] = "html",
	[FMT_MD] = "md", [FMT_SVG] = "svg",
};

int
parse_format(const char *s, unsigned allowed, enum out_format *out,
    struct error *e)
{
	char list[128] = "";

	for (size_t i = 0; i < sizeof(format_names) / sizeof(format_names[0]); i++) {
		if (!(allowed & (1u << i)))
			continue;
		if (strcmp(s, format_names[i]) == 0) {
			*out = (enum out_format)i;
			return ST_OK;
		}
		if (list[0])
			strcat(list, ", ");
		strcat(list, format_names[i]);
	}
	return error_set(e, ST_USAGE, _("--format %s: use one of %s"), s, list);
}

int
parse_date_opt(const char *what, const char *s, struct date *d, struct error *e)
{
	if (!date_parse(s, d))
		return error_set(e, ST_DATA, _("%s %s: not a date (use "
		    "YYYY-MM-DD with a real day)"), what, s);
	return ST_OK;
}

int
parse_long_opt(const char *what, const char *s, long min, long max, long *v,
    struct error *e)
{
	char *end;

	errno = 0;
	*v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0 || *v < min || *v > max)
		return error_set(e, ST_USAGE, _("%s %s: use a whole number "
		    "from %ld to %ld"), what, s, min, max);
	return ST_OK;
}

int
usage_error(const char *name, struct error *e, const char *fmt, ...)
{
	va_list ap;
	char msg[512];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	usage_command(stderr, name);
	return error_set(e, ST_USAGE, "%s: %s", name, msg);
}

int
cmd_dispatch(const char *group, const struct subcommand *sub, int argc,
    char **argv, struct ctx *ctx, struct error *e)
{
	if (argc < 2)
		return usage_error(group, e, _("which subcommand?"));
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		usage_command(stdout, group);
		return ST_OK;
	}
	for (; sub->name != NULL; sub++)
		if (strcmp(argv[1], sub->name) == 0)
			return sub->fn(argc - 1, argv + 1, ctx, e);
	return usage_error(group, e, _("%s: no such subcommand"), argv[1]);
}

int
cmd_format_only(int argc, char **argv, const char *name, unsigned allowed,
    enum out_format *fmt, struct error *e)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int ch;

	*fmt = FMT_TEXT;
	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			if (parse_format(optarg, allowed, fmt, e) != ST_OK)
				return e->status;
			break;
		case 'h':
			usage_command(stdout, name);
			return -1;
		default:
			return usage_error(name, e, _("unknown option"));
		}
	}
	return ST_OK;
}

int
cmd_print_json(json_t *j, struct error *e)
{
	if (j == NULL || json_dumpf(j, stdout, JSON_INDENT(2)) != 0) {
		json_decref(j);
		return error_set(e, ST_INTERNAL, _("out of memory"));
	}
	putchar('\n');
	json_decref(j);
	return ST_OK;
}

void
cmd_print_fields(const char *const rows[][2], size_t n)
{
	int w = 0, lw;

	for (size_t i = 0; i < n; i++)
		if ((lw = utf8_width(_(rows[i][0]))) > w)
			w = lw;
	for (size_t i = 0; i < n; i++) {
		utf8_pad(stdout, _(rows[i][0]), w + 2);
		puts(rows[i][1] && *rows[i][1] ? rows[i][1] : "-");
	}
}

int
cmd_set_str(char **field, const char *v, struct error *e)
{
	char *copy = NULL;

	if (*v != '\0' && (copy = strdup(v)) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	free(*field);
	*field = copy;
	return ST_OK;
}

int
cmd_parse_on(int argc, char **argv, const char *name, struct date *on,
    const struct cmd_text_opt *texts, struct error *e)
{
	struct option opts[CMD_TEXT_OPTS + 3] = {
		{ "on", required_argument, NULL, 'o' }
	};
	size_t n = 1;
	int ch;

	/* The text options return 256 + their index, past any letter. */
	for (size_t i = 0; texts != NULL && i < CMD_TEXT_OPTS &&
	    texts[i].name != NULL; i++)
		opts[n++] = (struct option){ texts[i].name, required_argument,
		    NULL, 256 + (int)i };
	opts[n] = (struct option){ "help", no_argument, NULL, 'h' };
	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (ch >= 256) {
			*texts[ch - 256].value = optarg;
			continue;
		}
		switch (ch) {
		case 'o':
			if (parse_date_opt("--on", optarg, on, e) != ST_OK)
				return e->status;
			break;
		case 'h':
			usage_command(stdout, name);
			return -1;
		default:
			return usage_error(name, e, _("unknown option"));
		}
	}
	return ST_OK;
}

int
cmd_commit(struct store *s, int rc, struct error *e)
{
	if (rc == ST_OK && (rc = store_commit(s, e)) == ST_OK)
		return ST_OK;
	store_rollback(s);
	return rc;
}
