/*
 * itaku: supervision of the companies a business outsources personal data
 * to.  main() parses the global options, finds the command in the table
 * and is the only place that prints errors.
 */
#include <getopt.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "i18n.h"
#include "store.h"

struct command {
	const char *name;
	cmd_fn *fn;
	const char *usage;
	const char *summary;
};

static const struct command commands[] = {
	{ "init", cmd_init, N_("init --org NAME [--cn NUMBER] [--address TEXT] "
	    "[--contact TEXT]"), N_("create the register with the entrusting "
	    "business") },
	{ "org", cmd_org, N_("org add NAME [--cn NUMBER] [--address TEXT] "
	    "[--country CC] [--contact TEXT] [--notes TEXT]\n"
	    "       org list [--format text|json]\n"
	    "       org show ORG [--format text|json]\n"
	    "       org edit ORG [--name NAME] [--cn NUMBER] [--address TEXT] "
	    "[--country CC] [--contact TEXT] [--notes TEXT]"),
	    N_("organisations: the business and its contractors") },
	{ "delegate", cmd_delegate, N_("delegate add PARENT CHILD [--data "
	    "ITEMS] "
	    "[--purpose TEXT] [--people N] [--sensitive] [--credit-card]\n"
	    "           [--start DATE] [--end DATE] [--risk high|medium|low] "
	    "[--interval MONTHS]\n"
	    "           [--approved-on DATE --approved-by WHO [--approval-ref REF]] "
	    "[--notes TEXT]\n"
	    "       delegate list [--all] [--format text|json]\n"
	    "       delegate show DELEGATION [--format text|json]\n"
	    "       delegate edit DELEGATION [options of add]\n"
	    "       delegate end DELEGATION [--on DATE]"),
	    N_("delegations: who entrusts which personal data to whom") },
	{ "approve", cmd_approve, N_("approve DELEGATION --by WHO [--on DATE] "
	    "[--ref EVIDENCE]"), N_("record the prior approval of a "
	    "re-delegation") },
	{ "tree", cmd_tree, N_("tree [ORG] [--depth N] [--all] "
	    "[--format text|json|dot|svg]"), N_("show the delegation chain and "
	    "its findings") },
	{ "check", cmd_check, N_("check [--ruleset ID|FILE] [--format "
	    "text|json] "
	    "FILE..."), N_("check contract documents against the recommended "
	    "clauses") },
	{ "contract", cmd_contract, N_("contract import DELEGATION FILE "
	    "[--ruleset ID|FILE]\n"
	    "       contract list [DELEGATION] [--format text|json]\n"
	    "       contract show DOCUMENT [--format text|json]"),
	    N_("contracts stored against delegations") },
	{ "review", cmd_review, N_("review add DELEGATION --by WHO --method "
	    "METHOD "
	    "[--on DATE] [--result RESULT]\n"
	    "           [--answers FILE] [--evidence REF]... [--notes TEXT] "
	    "[--checklist NAME]\n"
	    "       review list [DELEGATION] [--format text|json]\n"
	    "       review show REVIEW [--format text|json] [--lang ja|en]\n"
	    "       review template [--lang ja|en] [--checklist NAME]"),
	    N_("periodic verification of contractors' safeguards") },
	{ "cert", cmd_cert, N_("cert add ORG --kind isms|pmark|soc2|other "
	    "--expires DATE [--id ID] [--issued DATE] [--notes TEXT]\n"
	    "       cert list [ORG] [--format text|json]"),
	    N_("certifications (ISMS, Privacy Mark, SOC 2) and their expiry") },
	{ "due", cmd_due, N_("due [--within DAYS] [--format text|json|ics]"),
	    N_("overdue and upcoming reviews and deadlines (for cron)") },
	{ "incident", cmd_incident, N_("incident add DELEGATION --discovered "
	    "DATE "
	    "--what TEXT [--people N] [--sensitive]\n"
	    "           [--financial] [--unlawful] [--over-1000] "
	    "[--occurred DATE] [--notice-days N] [--notes TEXT]\n"
	    "       incident edit INCIDENT [options of add, and --no-sensitive "
	    "...]\n"
	    "       incident step INCIDENT STEP [--on DATE] [--notes TEXT]\n"
	    "       incident close INCIDENT [--on DATE] [--force REASON]\n"
	    "       incident list [--open] [--format text|json]\n"
	    "       incident show INCIDENT [--format text|json]\n"
	    "  STEP: notice, fact (a), scope (b), prevention (c), notify (d),\n"
	    "        report-quick (e1), report-final (e2), publish (f)"),
	    N_("incidents and their reporting deadlines") },
	{ "backup", cmd_backup, N_("backup FILE [--force]"),
	    N_("copy the database safely while it is in use") },
	{ "restore", cmd_restore, N_("restore FILE [--force]"),
	    N_("check a backup and put it in place of the database") },
	{ "report", cmd_report, N_("report [--format html|md|csv] [-o FILE] "
	    "[--within DAYS]"), N_("the report for management and auditors") },
	{ "export", cmd_export, N_("export [--format json|csv] [-o FILE]"),
	    N_("the whole register as JSON (or the delegations as CSV)") },
	{ "import-register", cmd_import_register, N_("import-register FILE"),
	    N_("load an exported register into an empty database") },
	{ "audit", cmd_audit, N_("audit log [--entity NAME] [--id N] "
	    "[--format text|json]\n"
	    "       audit verify"), N_("the hash-chained audit trail") },
};

#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

static const struct command *
find_command(const char *name)
{
	for (size_t i = 0; i < NCOMMANDS; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

void
usage_command(FILE *fp, const char *name)
{
	const struct command *c = find_command(name);

	if (c != NULL)
		fprintf(fp, _("usage: itaku [--db PATH] [--as-of DATE] %s\n"),
		    _(c->usage));
}

static void
usage(FILE *fp)
{
	int w = 0;

	fputs(_("usage: itaku [--db PATH] [--as-of DATE] COMMAND [ARGS]\n"
	    "       itaku help COMMAND | --help | --version\n\n"
	    "commands:\n"), fp);
	for (size_t i = 0; i < NCOMMANDS; i++)
		if ((int)strlen(commands[i].name) > w)
			w = (int)strlen(commands[i].name);
	for (size_t i = 0; i < NCOMMANDS; i++)
		fprintf(fp, "  %-*s  %s\n", w, commands[i].name,
		    _(commands[i].summary));
	fputs(_("\nglobal options:\n"
	    "  --db PATH      database (default $ITAKU_DB, else\n"
	    "                 $XDG_DATA_HOME/itaku/itaku.db)\n"
	    "  --as-of DATE   take DATE (YYYY-MM-DD) as today\n"
	    "\nexit status: 0 ok, 1 findings, 2 usage, 3 bad data, 4 file,\n"
	    "5 database, 6 internal error.  See itaku(1).\n"), fp);
}

static const char *
default_db(char *buf, size_t size)
{
	const char *v;

	if ((v = getenv("ITAKU_DB")) != NULL && *v != '\0')
		return v;
	if ((v = getenv("XDG_DATA_HOME")) != NULL && *v == '/')
		snprintf(buf, size, "%s/itaku/itaku.db", v);
	else if ((v = getenv("HOME")) != NULL && *v != '\0')
		snprintf(buf, size, "%s/.local/share/itaku/itaku.db", v);
	else
		return NULL;
	return buf;
}

/* The command line as the audit trail records it. */
static void
join_args(char *buf, size_t size, int argc, char **argv)
{
	size_t len = 0;

	buf[0] = '\0';
	for (int i = 0; i < argc && len + 1 < size; i++) {
		const char *a = i == 0 ? "itaku" : argv[i];
		bool quote = a[0] == '\0' || strpbrk(a, " \t\"'") != NULL;
		int n = snprintf(buf + len, size - len, quote ? "%s'%s'" : "%s%s",
		    i ? " " : "", a);
		if (n < 0 || (size_t)n >= size - len)
			break;
		len += (size_t)n;
	}
}

static const char *
os_user(void)
{
	struct passwd *pw = getpwuid(getuid());
	const char *u;

	if (pw != NULL && pw->pw_name != NULL)
		return pw->pw_name;
	return (u = getenv("USER")) != NULL ? u : "unknown";
}

int
ctx_store(struct ctx *ctx, struct store **out, struct error *e)
{
	if (ctx->store == NULL) {
		if (ctx->db_path == NULL)
			return error_set(e, ST_USAGE, _("database: set --db "
			    "PATH, "
			    "ITAKU_DB or HOME"));
		if (store_open(ctx->db_path, &ctx->store, e) != ST_OK)
			return e->status;
		store_set_actor(ctx->store, os_user(), ctx->command);
		if (store_exposed(ctx->store))
			fprintf(stderr, _("itaku: warning: %s: readable "
			    "by other users; run chmod 600 on it\n"),
			    ctx->db_path);
	}
	*out = ctx->store;
	return ST_OK;
}

/*
 * --db and --as-of may also follow the command ("itaku due --as-of DATE"):
 * take them out of argv before the command parses its own options.
 */
static int
global_options(int *argc, char **argv, struct ctx *ctx, struct error *e)
{
	int i = 1, j = 1;

	while (i < *argc) {
		const char *a = argv[i], *v = NULL;
		int eat = 0;

		if (strcmp(a, "--") == 0)
			break;
		if (strcmp(a, "--db") == 0 || strcmp(a, "--as-of") == 0) {
			if (i + 1 >= *argc)
				return error_set(e, ST_USAGE, _("%s needs a "
				    "value"), a);
			v = argv[i + 1];
			eat = 2;
		} else if (strncmp(a, "--db=", 5) == 0 || strncmp(a, "--as-of=", 8) == 0) {
			v = strchr(a, '=') + 1;
			eat = 1;
		}
		if (eat == 0) {
			argv[j++] = argv[i++];
			continue;
		}
		if (a[2] == 'd')
			ctx->db_path = v;
		else if (parse_date_opt("--as-of", v, &ctx->today, e) != ST_OK)
			return e->status;
		else
			ctx->as_of_set = true;
		i += eat;
	}
	while (i < *argc)
		argv[j++] = argv[i++];
	argv[j] = NULL;
	*argc = j;
	return ST_OK;
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "as-of", required_argument, NULL, 'a' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct error e = { 0 };
	struct ctx ctx = { 0 };
	const struct command *c;
	char dbbuf[PATH_MAX];
	int ch, status;

	i18n_init();
	ctx.today = date_today();
	ctx.db_path = default_db(dbbuf, sizeof(dbbuf));
	join_args(ctx.command, sizeof(ctx.command), argc, argv);
	/* "+" stops at the command, whose options are its own. */
	while ((ch = getopt_long(argc, argv, "+hV", opts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			ctx.db_path = optarg;
			break;
		case 'a':
			if (parse_date_opt("--as-of", optarg, &ctx.today, &e) != ST_OK)
				goto fail;
			ctx.as_of_set = true;
			break;
		case 'h':
			usage(stdout);
			return ST_OK;
		case 'V':
			puts("itaku " ITAKU_VERSION);
			return ST_OK;
		default:
			usage(stderr);
			return ST_USAGE;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0) {
		usage(stderr);
		return ST_USAGE;
	}
	if (strcmp(argv[0], "help") == 0) {
		if (argc < 2) {
			usage(stdout);
			return ST_OK;
		}
		if (find_command(argv[1]) == NULL) {
			error_set(&e, ST_USAGE, _("help: %s: no such command"),
			    argv[1]);
			goto fail;
		}
		usage_command(stdout, argv[1]);
		return ST_OK;
	}
	if ((c = find_command(argv[0])) == NULL) {
		error_set(&e, ST_USAGE, _("%s: no such command "
		    "(see itaku --help)"), argv[0]);
		goto fail;
	}
	if (global_options(&argc, argv, &ctx, &e) != ST_OK)
		goto fail;
	optind = 0;
	status = c->fn(argc, argv, &ctx, &e);
	if (ctx.store != NULL) {
		store_rollback(ctx.store);	/* no-op after a commit */
		store_close(ctx.store);
	}
	if (fflush(stdout) == EOF || ferror(stdout)) {
		error_set(&e, ST_FILE, _("stdout: write error"));
		status = ST_FILE;
	}
	if (e.status != ST_OK) {
		fprintf(stderr, "itaku: %s\n", e.msg);
		return e.status;
	}
	return status;
fail:
	fprintf(stderr, "itaku: %s\n", e.msg);
	return e.status;
}
