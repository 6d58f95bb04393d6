/*
 * The command layer: one cmd_*.c per command group parses its options,
 * calls a module and prints the result.  Only these files (and main.c)
 * know about argv, stdout and exit statuses.
 */
#ifndef ITAKU_CMD_H
#define ITAKU_CMD_H

#include <stdbool.h>
#include <stdio.h>

#include "date.h"
#include "error.h"

struct store;

struct ctx {
	const char *db_path;	/* --db, $ITAKU_DB or the XDG default */
	struct store *store;	/* opened on first use by ctx_store() */
	struct date today;	/* --as-of, else the local date */
	bool as_of_set;
	char command[512];	/* the command line, for the audit trail */
};

/* Open (creating if needed) the database named by ctx->db_path. */
int ctx_store(struct ctx *, struct store **, struct error *);

enum out_format { FMT_TEXT, FMT_JSON, FMT_DOT, FMT_CSV, FMT_ICS, FMT_HTML, FMT_MD, FMT_SVG };
/* Parse a --format value against the formats a command allows (a mask of 1u << FMT_*). */
int parse_format(const char *, unsigned allowed, enum out_format *, struct error *);
/* Parse a date option; "what" names the option in the error. */
int parse_date_opt(const char *what, const char *, struct date *, struct error *);
/* Parse a positive integer option. */
int parse_long_opt(const char *what, const char *, long min, long max, long *, struct error *);

/*
 * Every command: argv[0] is the command name, getopt is reset.
 * Return an enum status; on error fill the struct error (main prints it).
 */
typedef int cmd_fn(int argc, char **argv, struct ctx *, struct error *);

cmd_fn cmd_init, cmd_org, cmd_delegate, cmd_approve, cmd_tree, cmd_audit;
cmd_fn cmd_check, cmd_contract;
cmd_fn cmd_review, cmd_due, cmd_cert;
cmd_fn cmd_report, cmd_export, cmd_import_register;
cmd_fn cmd_incident;
cmd_fn cmd_backup, cmd_restore;

/* Subcommands ("org add"): run the one named by argv[1] with argv + 1. */
struct subcommand {
	const char *name;
	cmd_fn *fn;
};
int cmd_dispatch(const char *group, const struct subcommand *, int argc,
    char **argv, struct ctx *, struct error *);
/*
 * Parse a command whose only option is --format (and --help).  Returns
 * ST_OK, an error status, or -1 when --help was printed.
 */
int cmd_format_only(int argc, char **argv, const char *name, unsigned allowed,
    enum out_format *, struct error *);
/* Print a JSON value (indented, with a newline) and release it. */
struct json_t;
int cmd_print_json(struct json_t *, struct error *);

/*
 * Parse the options of a command that records something done on a day:
 * --on DATE into *on (left as it is when not given), --help, and the text
 * options in texts (ended by a NULL name, at most CMD_TEXT_OPTS; texts may
 * be NULL), each into its *value.  Returns ST_OK, an error status, or -1
 * when --help was printed.
 */
#define CMD_TEXT_OPTS 4
struct cmd_text_opt {
	const char *name;	/* "notes" for --notes */
	const char **value;
};
int cmd_parse_on(int argc, char **argv, const char *name, struct date *on,
    const struct cmd_text_opt *texts, struct error *);
/*
 * End a write that store_begin() opened: commit when rc, the write's
 * status, is ST_OK, else roll back.  Returns rc or the commit's status:
 * store_begin(s, e) != ST_OK || cmd_commit(s, write(s, ..., e), e) != ST_OK
 */
int cmd_commit(struct store *, int rc, struct error *);

/* Replace *field with a copy of v; an empty v clears it (NULL). */
int cmd_set_str(char **field, const char *v, struct error *);

/* Print "label  value" lines aligned; labels are translated, NULL values print as "-". */
void cmd_print_fields(const char *const rows[][2], size_t n);

/* Print the usage of one command (for "itaku help CMD" and usage errors). */
void usage_command(FILE *, const char *name);
/* Return ST_USAGE after printing the command's usage to stderr. */
int usage_error(const char *name, struct error *, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
