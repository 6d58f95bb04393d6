/*
 * The report as HTML (one self-contained file that prints on A4),
 * Markdown and CSV.  Titles, labels and headings are English in the
 * source and Japanese through gettext (po/ja.po) under a Japanese locale,
 * the language of the register's data and of the people it goes to.
 * The CSV stays machine-readable: English column names.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "render_due.h"
#include "render_report.h"
#include "render_svg.h"

/* Past this, dot takes minutes and nobody can read the picture anyway. */
#define CHART_MAX_ROWS 5000
#define CHECK_MARK "✓"
#define CROSS_MARK "✗"

void
html_text(FILE *fp, const char *s)
{
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		switch (c) {
		case '&': fputs("&amp;", fp); break;
		case '<': fputs("&lt;", fp); break;
		case '>': fputs("&gt;", fp); break;
		case '"': fputs("&quot;", fp); break;
		case '\'': fputs("&#39;", fp); break;
		default:
			/* XML has no place for other control characters. */
			if (c >= 0x20 || c == '\t' || c == '\n')
				fputc(c, fp);
			else
				fputc(' ', fp);
		}
	}
}

void
csv_field(FILE *fp, const char *s)
{
	if (s == NULL)
		return;
	if (strpbrk(s, ",\"\r\n") == NULL) {
		fputs(s, fp);
		return;
	}
	fputc('"', fp);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', fp);
		fputc(*s, fp);
	}
	fputc('"', fp);
}

void
md_text(FILE *fp, const char *s)
{
	for (; s && *s; s++) {
		if (*s == '\n') {
			fputs("<br>", fp);
			continue;
		}
		if (*s == '\r')
			continue;
		if (*s == '<') {
			fputs("&lt;", fp);
			continue;
		}
		if (*s == '&') {
			fputs("&amp;", fp);
			continue;
		}
		if (strchr("\\|*_`[]#~>!", *s) != NULL)
			fputc('\\', fp);
		fputc(*s, fp);
	}
}

/* A formatted message, escaped for HTML. */
static void html_fmt(FILE *, const char *, ...)
    __attribute__((format(printf, 2, 3)));

static void
html_fmt(FILE *fp, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	html_text(fp, buf);
}

/* At most max characters of a UTF-8 string, with "…" when cut. */
static void
html_cut(FILE *fp, const char *s, size_t max)
{
	size_t chars = 0, i = 0;

	for (; s[i] && chars < max; chars++)
		for (i++; ((unsigned char)s[i] & 0xc0) == 0x80; i++)
			;
	if (s[i] == '\0') {
		html_text(fp, s);
		return;
	}
	{
		char *cut = strndup(s, i);
		html_text(fp, cut ? cut : "");
		free(cut);
	}
	fputs("…", fp);
}

/* 218000 as "218,000". */
static void
thousands(char *buf, size_t size, long v)
{
	char digits[32];
	size_t n, o = 0;

	n = (size_t)snprintf(digits, sizeof(digits), "%ld", v < 0 ? -v : v);
	if (v < 0 && o + 1 < size)
		buf[o++] = '-';
	for (size_t i = 0; i < n && o + 2 < size; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			buf[o++] = ',';
		buf[o++] = digits[i];
	}
	buf[o] = '\0';
}

/* The level's name in Japanese, for the CSV (data, not a label). */
static const char *
level_ja(int level, char *buf, size_t size)
{
	static const char *const names[] = { "委託元", "委託先", "再委託先",
	    "再々委託先" };

	if (level >= 0 && level < 4)
		return names[level];
	snprintf(buf, size, "第%d次委託先", level);
	return buf;
}

/* Figures of the summary, shared by HTML and Markdown. */
struct figure {
	char label[96];
	char value[96];
	bool alert;
};

static size_t
figures(const struct report *r, struct figure *f, size_t max)
{
	static const char *const levels[] = { NULL,
	    N_("Delegations to contractors"), N_("Delegations to subcontractors"),
	    N_("Delegations to sub-subcontractors") };
	size_t n = 0, upcoming = r->due.n - r->due.noverdue;
	char buf[96], people[32];

#define FIG(alert_, lab, ...) do { if (n < max) { \
	snprintf(f[n].label, sizeof(f[n].label), "%s", lab); \
	snprintf(f[n].value, sizeof(f[n].value), __VA_ARGS__); \
	f[n].alert = (alert_); n++; } } while (0)
	FIG(false, _("Contractors (organisations other than the entrusting "
	    "business)"), "%zu", r->orgs > 0 ? r->orgs - 1 : 0);
	FIG(false, _("Active delegations"), _("%zu (%zu ended)"), r->active,
	    r->ended);
	for (int l = 1; l <= r->maxlevel; l++) {
		if (r->by_level[l] == 0)
			continue;
		if (l < 4)
			snprintf(buf, sizeof(buf), "%s", _(levels[l]));
		else
			snprintf(buf, sizeof(buf),
			    _("Delegations to level-%d contractors"), l);
		FIG(false, buf, "%zu", r->by_level[l]);
	}
	if (r->by_level != NULL && r->by_level[0] > 0)
		FIG(true, _("Delegations not connected to the entrusting "
		    "business"), "%zu", r->by_level[0]);
	FIG(false, _("Delegations with sensitive personal data"), "%zu",
	    r->sensitive);
	FIG(false, _("Delegations with credit card data"), "%zu",
	    r->credit_card);
	thousands(people, sizeof(people), r->people);
	if (r->people_unknown > 0)
		FIG(false, _("People (summed per contractor, may overlap)"),
		    _("at most %s (%zu unknown)"), people, r->people_unknown);
	else
		FIG(false, _("People (summed per contractor, may overlap)"),
		    _("at most %s"), people);
	FIG(r->with_contract < r->active,
	    _("Delegations with a registered contract"), "%zu / %zu",
	    r->with_contract, r->active);
	if (r->clauses_total > 0)
		FIG(r->clauses_present < r->clauses_total,
		    _("Recommended clauses present"), _("%zu / %zu (%.0f%%)"),
		    r->clauses_present, r->clauses_total,
		    100.0 * (double)r->clauses_present / (double)r->clauses_total);
	FIG(r->due.noverdue > 0, _("Reviews and deadlines overdue"), "%zu",
	    r->due.noverdue);
	FIG(false, _("Reviews and deadlines coming up"),
	    _("%zu (within %d days)"), upcoming, r->within);
	FIG(r->unapproved > 0, _("Re-delegations without prior approval"),
	    "%zu", r->unapproved);
	FIG(r->nincidents > 0, _("Open incidents"), "%zu", r->nincidents);
	FIG(false, _("Contractors entrusted by more than one party"), "%zu",
	    r->nconc);
#undef FIG
	return n;
}

#define MAX_FIGURES 32
#define TITLE N_("Report on the supervision of contractors")
/* TRANSLATORS: between the items of a list, as in "A社, B社". */
#define LIST_SEP N_(", ")

static const char *const sections[] = {
	N_("Summary"),
	N_("Delegation chain"),
	N_("Contract clause coverage"),
	N_("Reviews and deadlines overdue or coming up"),
	N_("Re-delegations without prior approval"),
	N_("Open incidents"),
	N_("Contractors entrusted by more than one party"),
};

static const char css[] =
	"@page{size:A4;margin:14mm 12mm}"
	"*{box-sizing:border-box}"
	"body{font-family:\"Noto Sans CJK JP\",\"Hiragino Kaku Gothic ProN\","
	"\"Yu Gothic\",Meiryo,sans-serif;font-size:10pt;line-height:1.5;"
	"color:#1d2433;margin:0 auto;max-width:1180px;padding:24px}"
	"header{border-bottom:3px solid #2c4a7a;margin-bottom:12px}"
	"h1{font-size:18pt;margin:0 0 4px}"
	"h2{font-size:13pt;border-left:6px solid #2c4a7a;padding-left:8px;"
	"margin:28px 0 8px}"
	"h2 small,h1 small{font-weight:normal;color:#5a6478;font-size:9pt;"
	"margin-left:8px}"
	".meta{color:#5a6478;margin:0 0 8px}"
	"table{border-collapse:collapse;width:100%;margin:4px 0 8px}"
	"th,td{border:1px solid #c9d0dc;padding:3px 6px;vertical-align:top;"
	"text-align:left}"
	"th{background:#eef2f8;font-weight:600}"
	"thead{display:table-header-group}"
	"tr{break-inside:avoid;page-break-inside:avoid}"
	"td.num{text-align:right;font-variant-numeric:tabular-nums;"
	"white-space:nowrap}"
	"table.figures{width:auto;min-width:60%}"
	"tr.alert td{background:#fdecea;color:#8b1a10;font-weight:600}"
	".matrix td.c{text-align:center;padding:2px}"
	".matrix th.v{writing-mode:vertical-rl;white-space:nowrap;"
	"font-size:8.5pt;padding:4px 2px;text-align:start}"
	".ok{color:#1e7e34}.ng{color:#c0392b;font-weight:700;background:#fdecea}"
	".na{color:#9aa3b2}"
	".chart{border:1px solid #c9d0dc;padding:6px;overflow-x:auto}"
	".chart svg{max-width:100%;height:auto}"
	".legend span{display:inline-block;margin-right:14px}"
	".sw{display:inline-block;width:12px;height:12px;border:1px solid #888;"
	"vertical-align:middle;margin-right:4px}"
	".none{color:#5a6478}"
	"footer{margin-top:24px;color:#5a6478;font-size:8.5pt}"
	"@media print{body{max-width:none;padding:0;font-size:9pt}"
	"section{break-before:page;page-break-before:always}"
	"section.first{break-before:auto;page-break-before:auto}"
	"h2{break-after:avoid;page-break-after:avoid}"
	".chart{border:none;overflow:visible}"
	".chart svg{max-height:240mm}a{color:inherit;text-decoration:none}}";

static void
h2(FILE *fp, size_t i, const char *cls)
{
	fprintf(fp, "<section%s id=\"s%zu\"><h2>%zu. ", cls, i + 1, i + 1);
	html_text(fp, _(sections[i]));
	fputs("</h2>\n", fp);
}

/* A table's head row, the column names translated. */
static void
html_head(FILE *fp, const char *const *cols, size_t n)
{
	fputs("<table><thead><tr>", fp);
	for (size_t i = 0; i < n; i++) {
		fputs("<th>", fp);
		html_text(fp, _(cols[i]));
		fputs("</th>", fp);
	}
	fputs("</tr></thead>\n<tbody>\n", fp);
}

static void
html_none(FILE *fp, const char *what)
{
	fputs("<p class=\"none\">", fp);
	html_text(fp, what);
	fputs("</p>\n", fp);
}

/* "#3 A社 › B社" for a delegation, escaped. */
static int
html_chain(FILE *fp, const struct report *r, size_t del)
{
	char *chain = render_chain(&r->g, del);

	if (chain == NULL)
		return -1;
	html_text(fp, chain);
	free(chain);
	return 0;
}

static void
html_summary(FILE *fp, const struct report *r)
{
	struct figure f[MAX_FIGURES];
	size_t n = figures(r, f, MAX_FIGURES);

	h2(fp, 0, " class=\"first\"");
	fputs("<table class=\"figures\"><tbody>\n", fp);
	for (size_t i = 0; i < n; i++) {
		fprintf(fp, "<tr%s><th>", f[i].alert ? " class=\"alert\"" : "");
		html_text(fp, f[i].label);
		fputs("</th><td class=\"num\">", fp);
		html_text(fp, f[i].value);
		fputs("</td></tr>\n", fp);
	}
	fputs("</tbody></table>\n</section>\n", fp);
}

/* One entry of the chart's legend, with a swatch of colour when given. */
static void
legend(FILE *fp, const char *colour, const char *text)
{
	fputs("<span>", fp);
	if (colour != NULL)
		fprintf(fp, "<i class=\"sw\" style=\"background:%s\"></i>",
		    colour);
	html_text(fp, text);
	fputs("</span>", fp);
}

static int
html_chart(FILE *fp, const struct report *r)
{
	char *svg;
	size_t len;

	h2(fp, 1, "");
	fputs("<p class=\"legend\">", fp);
	legend(fp, SVG_FILL_FLAGGED, _("Needs attention"));
	legend(fp, SVG_FILL_BELOW, _("Needs attention further down"));
	legend(fp, SVG_FILL_OK, _("No issues"));
	legend(fp, NULL, _("Dashed arrow: re-delegation without prior "
	    "approval"));
	fputs("</p>\n", fp);
	if (r->tree.nrows == 0) {
		html_none(fp, _("No delegations are registered yet."));
		fputs("</section>\n", fp);
		return 0;
	}
	if (r->tree.nrows > CHART_MAX_ROWS) {
		fputs("<p class=\"none\">", fp);
		html_fmt(fp, _("There are %zu delegations; the chart is left "
		    "out (the limit is %d). Draw parts of it with itaku tree "
		    "ORG --format svg."), r->tree.nrows, CHART_MAX_ROWS);
		fputs("</p>\n</section>\n", fp);
		return 0;
	}
	if (render_svg_data(&r->tree, &svg, &len) == -1)
		return -1;
	fputs("<div class=\"chart\">", fp);
	fwrite(svg, 1, len, fp);
	fputs("</div>\n</section>\n", fp);
	free(svg);
	return 0;
}

static int
html_matrix(FILE *fp, const struct report *r)
{
	h2(fp, 2, "");
	if (r->nmatrices == 0)
		html_none(fp, _("No contract is registered for an active "
		    "delegation."));
	for (size_t i = 0; i < r->nmatrices; i++) {
		const struct report_matrix *m = &r->matrices[i];

		fputs("<h3>", fp);
		html_text(fp, m->ruleset);
		fputs("</h3>\n<table class=\"matrix\"><thead><tr><th>", fp);
		html_text(fp, _("Delegation"));
		fputs("</th><th>", fp);
		html_text(fp, _("Contract"));
		fputs("</th>", fp);
		for (size_t c = 0; c < m->ncols; c++) {
			fputs("<th class=\"v\" title=\"", fp);
			html_text(fp, m->clause[c]);
			fputs(": ", fp);
			html_text(fp, m->title[c]);
			fputs("\">", fp);
			html_cut(fp, m->title[c], 18);
			fputs("</th>", fp);
		}
		fputs("<th>", fp);
		html_text(fp, _("Coverage"));
		fputs("</th></tr></thead>\n<tbody>\n", fp);
		for (size_t k = 0; k < m->nrows; k++) {
			const struct report_matrix_row *row = &m->rows[k];
			fprintf(fp, "<tr><td>#%ld ", r->g.dels[row->del].id);
			html_text(fp, report_child_name(r, row->del));
			fputs("</td><td>", fp);
			html_text(fp, row->doc->filename);
			fputs("</td>", fp);
			for (size_t c = 0; c < m->ncols; c++) {
				fputs("<td class=\"c ", fp);
				if (row->cell[c] == 1) {
					fputs("ok\" title=\"", fp);
					html_text(fp, m->clause[c]);
					fputs(": ", fp);
					html_text(fp, *row->article[c] ?
					    row->article[c] : _("present"));
					fputs("\">" CHECK_MARK, fp);
				} else if (row->cell[c] == 0) {
					fputs("ng\" title=\"", fp);
					html_text(fp, m->clause[c]);
					fputs(": ", fp);
					html_text(fp, _("no matching clause"));
					fputs("\">" CROSS_MARK, fp);
				} else {
					fputs("na\" title=\"", fp);
					html_text(fp, _("not checked"));
					fputs("\">–", fp);
				}
				fputs("</td>", fp);
			}
			fprintf(fp, "<td class=\"num\">%d / %d</td></tr>\n",
			    row->doc->present, row->doc->present +
			    row->doc->missing);
		}
		fputs("</tbody></table>\n", fp);
	}
	fputs("<p class=\"none\">", fp);
	html_text(fp, _("✓ clause present (hover to see where), ✗ clause "
	    "missing, – not checked"));
	fputs("</p>\n</section>\n", fp);
	return 0;
}

/* The columns of the tables, translated at use. */
static const char *const due_cols[] = { N_("Status"), N_("Due"), N_("Kind"),
    N_("Delegation"), N_("Details") };
static const char *const unapproved_cols[] = { N_("Delegation"),
    N_("Chain"), N_("Start date"), N_("Personal data"), N_("Details") };
static const char *const incident_cols[] = { N_("Incident"),
    N_("Delegation"), N_("Discovered"), N_("What happened"),
    N_("Number of people"), N_("Grounds for reporting") };
static const char *const conc_cols[] = { N_("Contractor"),
    N_("Entrusting parties"), N_("Entrusted by (delegation)") };
/* Markdown leaves out what makes the rows too wide to read as text. */
static const char *const md_unapproved_cols[] = { N_("Delegation"),
    N_("Chain"), N_("Start date"), N_("Details") };
static const char *const md_conc_cols[] = { N_("Contractor"),
    N_("Entrusted by") };
#define NCOLS(a) (sizeof(a) / sizeof((a)[0]))

static int
html_due(FILE *fp, const struct report *r)
{
	char date[DATE_STRLEN];

	h2(fp, 3, "");
	fputs("<p class=\"meta\">", fp);
	html_fmt(fp, _("%zu overdue, %zu due within %d days"),
	    r->due.noverdue, r->due.n - r->due.noverdue, r->within);
	fputs("</p>\n", fp);
	if (r->due.n == 0) {
		html_none(fp, _("Nothing is overdue or coming due soon."));
		fputs("</section>\n", fp);
		return 0;
	}
	html_head(fp, due_cols, NCOLS(due_cols));
	for (size_t i = 0; i < r->due.n; i++) {
		const struct due_item *it = &r->due.v[i];
		date_format(it->due, date);
		if (it->overdue) {
			fputs("<tr class=\"alert\"><td class=\"num\">", fp);
			html_fmt(fp, _("%ld days overdue"), it->days);
		} else {
			fputs("<tr><td class=\"num\">", fp);
			html_fmt(fp, _("in %ld days"), it->days);
		}
		fprintf(fp, "</td><td class=\"num\">%s</td><td>", date);
		html_text(fp, due_kind_title(it->kind));
		fprintf(fp, "</td><td>#%ld ", it->delegation_id);
		if (html_chain(fp, r, it->del) == -1)
			return -1;
		fputs("</td><td>", fp);
		html_text(fp, it->detail);
		fputs("</td></tr>\n", fp);
	}
	fputs("</tbody></table>\n</section>\n", fp);
	return 0;
}

static int
html_unapproved(FILE *fp, const struct report *r)
{
	h2(fp, 4, "");
	if (r->unapproved == 0) {
		html_none(fp, _("Every re-delegation has prior approval."));
		fputs("</section>\n", fp);
		return 0;
	}
	html_head(fp, unapproved_cols, NCOLS(unapproved_cols));
	for (size_t i = 0; i < r->f.n; i++) {
		const struct finding *f = &r->f.v[i];
		long d = graph_del(&r->g, f->delegation_id);
		if (f->kind != FIND_UNAPPROVED || d < 0)
			continue;
		fprintf(fp, "<tr><td>#%ld</td><td>", f->delegation_id);
		if (html_chain(fp, r, (size_t)d) == -1)
			return -1;
		fputs("</td><td class=\"num\">", fp);
		html_text(fp, r->g.dels[d].start_date ? r->g.dels[d].start_date :
		    "-");
		fputs("</td><td>", fp);
		html_text(fp, r->g.dels[d].data_items);
		fputs("</td><td>", fp);
		html_text(fp, f->detail[0] ? f->detail :
		    _("no record of approval"));
		fputs("</td></tr>\n", fp);
	}
	fputs("</tbody></table>\n</section>\n", fp);
	return 0;
}

static int
html_incidents(FILE *fp, const struct report *r)
{
	const char *grounds[4];
	size_t ng;

	h2(fp, 5, "");
	if (r->nincidents == 0) {
		html_none(fp, _("No incident is open."));
		fputs("</section>\n", fp);
		return 0;
	}
	html_head(fp, incident_cols, NCOLS(incident_cols));
	for (size_t i = 0; i < r->nincidents; i++) {
		const struct incident *in = &r->incidents[i];
		long d = graph_del(&r->g, in->delegation_id);
		fprintf(fp, "<tr><td>#%ld</td><td>#%ld ", in->id, in->delegation_id);
		if (d >= 0 && html_chain(fp, r, (size_t)d) == -1)
			return -1;
		fputs("</td><td class=\"num\">", fp);
		html_text(fp, in->discovered_on);
		fputs("</td><td>", fp);
		html_text(fp, in->what);
		if (in->people >= 0)
			fprintf(fp, "</td><td class=\"num\">%ld</td><td>", in->people);
		else {
			fputs("</td><td class=\"num\">", fp);
			html_text(fp, _("unknown"));
			fputs("</td><td>", fp);
		}
		ng = 0;
		if (in->sensitive)
			grounds[ng++] = _("sensitive data");
		if (in->financial)
			grounds[ng++] = _("financial damage");
		if (in->unlawful)
			grounds[ng++] = _("unlawful purpose");
		if (in->over_1000)
			grounds[ng++] = _("over 1,000 people");
		for (size_t k = 0; k < ng; k++) {
			if (k > 0)
				html_text(fp, _(LIST_SEP));
			html_text(fp, grounds[k]);
		}
		fputs("</td></tr>\n", fp);
	}
	fputs("</tbody></table>\n</section>\n", fp);
	return 0;
}

static void
html_concentration(FILE *fp, const struct report *r)
{
	h2(fp, 6, "");
	if (r->nconc == 0) {
		html_none(fp, _("No contractor is entrusted by more than one "
		    "party."));
		fputs("</section>\n", fp);
		return;
	}
	html_head(fp, conc_cols, NCOLS(conc_cols));
	for (size_t i = 0; i < r->nconc; i++) {
		const struct report_conc *c = &r->conc[i];
		fputs("<tr><td>", fp);
		html_text(fp, r->g.orgs[c->org].name);
		fprintf(fp, "</td><td class=\"num\">%zu</td><td>", c->n);
		for (size_t k = 0; k < c->n; k++) {
			if (k > 0)
				html_text(fp, _(LIST_SEP));
			html_text(fp, report_parent_name(r, c->dels[k]));
			html_fmt(fp, _(" (#%ld)"), r->g.dels[c->dels[k]].id);
		}
		fputs("</td></tr>\n", fp);
	}
	fputs("</tbody></table>\n</section>\n", fp);
}

int
render_report_html(FILE *fp, const struct report *r)
{
	const char *root = r->g.root >= 0 ? r->g.orgs[r->g.root].name : "";
	char date[DATE_STRLEN];

	date_format(r->as_of, date);
	fprintf(fp, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	    "<title>", i18n_japanese() ? "ja" : "en");
	html_text(fp, _(TITLE));
	fputc(' ', fp);
	html_text(fp, root);
	fprintf(fp, " %s</title>\n<style>%s</style>\n</head>\n<body>\n<header>\n"
	    "<h1>", date, css);
	html_text(fp, _(TITLE));
	fputs("</h1>\n<p class=\"meta\">", fp);
	html_text(fp, root);
	html_fmt(fp, _(" · as of %s · APPI Article 25 (supervision of "
	    "contractors)"), date);
	fputs("</p>\n</header>\n", fp);
	html_summary(fp, r);
	if (html_chart(fp, r) == -1 || html_matrix(fp, r) == -1 ||
	    html_due(fp, r) == -1 || html_unapproved(fp, r) == -1 ||
	    html_incidents(fp, r) == -1)
		return -1;
	html_concentration(fp, r);
	fputs("<footer>", fp);
	html_fmt(fp, _("Made by itaku %s from the register as of %s."),
	    ITAKU_VERSION, date);
	fputs("</footer>\n</body>\n</html>\n", fp);
	return 0;
}

/* Markdown: the same sections; the picture is left to tree --format svg. */
static void
md_h2(FILE *fp, size_t i)
{
	fprintf(fp, "\n## %zu. %s\n\n", i + 1, _(sections[i]));
}

/* A table's head row and the rule under it, the column names translated. */
static void
md_head(FILE *fp, const char *const *cols, size_t n)
{
	fputc('|', fp);
	for (size_t i = 0; i < n; i++) {
		fputc(' ', fp);
		md_text(fp, _(cols[i]));
		fputs(" |", fp);
	}
	fputs("\n|", fp);
	for (size_t i = 0; i < n; i++)
		fputs("---|", fp);
	fputc('\n', fp);
}

static int
md_chain(FILE *fp, const struct report *r, size_t del)
{
	char *chain = render_chain(&r->g, del);

	if (chain == NULL)
		return -1;
	md_text(fp, chain);
	free(chain);
	return 0;
}

int
render_report_md(FILE *fp, const struct report *r)
{
	const char *root = r->g.root >= 0 ? r->g.orgs[r->g.root].name : "";
	struct figure f[MAX_FIGURES];
	size_t n = figures(r, f, MAX_FIGURES);
	char date[DATE_STRLEN];

	date_format(r->as_of, date);
	fputs("# ", fp);
	md_text(fp, _(TITLE));
	fputs("\n\n", fp);
	md_text(fp, root);
	fprintf(fp, _(" · as of %s"), date);
	fputc('\n', fp);
	md_h2(fp, 0);
	fputs("| ", fp);
	md_text(fp, _("Item"));
	fputs(" | ", fp);
	md_text(fp, _("Value"));
	fputs(" |\n|---|---:|\n", fp);
	for (size_t i = 0; i < n; i++) {
		fputs("| ", fp);
		if (f[i].alert)
			fputs("**", fp);
		md_text(fp, f[i].label);
		if (f[i].alert)
			fputs("**", fp);
		fputs(" | ", fp);
		md_text(fp, f[i].value);
		fputs(" |\n", fp);
	}
	md_h2(fp, 1);
	fputs(_("For the chart, use `itaku tree --format svg` (or `report "
	    "--format html`)."), fp);
	fputs("\n\n```\n", fp);
	for (size_t i = 0; i < r->tree.nrows; i++) {
		const struct tree_row *row = &r->tree.rows[i];
		for (int d = 1; d < row->depth; d++)
			fputs("    ", fp);
		fprintf(fp, "- #%ld %s%s", r->g.dels[row->del].id,
		    report_child_name(r, row->del),
		    tree_nfindings(&r->tree, row->del) ? " ⚠" : "");
		if (row->repeat)
			fprintf(fp, " (%s)", _("shown above"));
		fputc('\n', fp);
	}
	fputs("```\n", fp);
	md_h2(fp, 2);
	if (r->nmatrices == 0)
		fprintf(fp, "%s\n", _("No contract is registered for an active "
		    "delegation."));
	for (size_t i = 0; i < r->nmatrices; i++) {
		const struct report_matrix *m = &r->matrices[i];
		fputs("### ", fp);
		md_text(fp, m->ruleset);
		fputs("\n\n| ", fp);
		md_text(fp, _("Delegation"));
		fputs(" |", fp);
		for (size_t c = 0; c < m->ncols; c++) {
			fputc(' ', fp);
			md_text(fp, m->clause[c]);
			fputs(" |", fp);
		}
		fputc(' ', fp);
		md_text(fp, _("Coverage"));
		fputs(" |\n|---|", fp);
		for (size_t c = 0; c < m->ncols; c++)
			fputs(":-:|", fp);
		fputs("--:|\n", fp);
		for (size_t k = 0; k < m->nrows; k++) {
			const struct report_matrix_row *row = &m->rows[k];
			fprintf(fp, "| #%ld ", r->g.dels[row->del].id);
			md_text(fp, report_child_name(r, row->del));
			fputs(" |", fp);
			for (size_t c = 0; c < m->ncols; c++)
				fprintf(fp, " %s |", row->cell[c] == 1 ? CHECK_MARK :
				    row->cell[c] == 0 ? CROSS_MARK : "–");
			fprintf(fp, " %d / %d |\n", row->doc->present,
			    row->doc->present + row->doc->missing);
		}
		fputc('\n', fp);
	}
	md_h2(fp, 3);
	if (r->due.n == 0)
		fprintf(fp, "%s\n", _("Nothing is overdue or coming due soon."));
	else
		md_head(fp, due_cols, NCOLS(due_cols));
	for (size_t i = 0; i < r->due.n; i++) {
		const struct due_item *it = &r->due.v[i];
		date_format(it->due, date);
		fputs(it->overdue ? "| **" : "| ", fp);
		fprintf(fp, it->overdue ? _("%ld days overdue") :
		    _("in %ld days"), it->days);
		fprintf(fp, "%s | %s | ", it->overdue ? "**" : "", date);
		md_text(fp, due_kind_title(it->kind));
		fprintf(fp, " | #%ld ", it->delegation_id);
		if (md_chain(fp, r, it->del) == -1)
			return -1;
		fputs(" | ", fp);
		md_text(fp, it->detail);
		fputs(" |\n", fp);
	}
	md_h2(fp, 4);
	if (r->unapproved == 0)
		fprintf(fp, "%s\n", _("Every re-delegation has prior approval."));
	else
		md_head(fp, md_unapproved_cols, NCOLS(md_unapproved_cols));
	for (size_t i = 0; i < r->f.n; i++) {
		const struct finding *fd = &r->f.v[i];
		long d = graph_del(&r->g, fd->delegation_id);
		if (fd->kind != FIND_UNAPPROVED || d < 0)
			continue;
		fprintf(fp, "| #%ld | ", fd->delegation_id);
		if (md_chain(fp, r, (size_t)d) == -1)
			return -1;
		fputs(" | ", fp);
		md_text(fp, r->g.dels[d].start_date ? r->g.dels[d].start_date : "-");
		fputs(" | ", fp);
		md_text(fp, fd->detail[0] ? fd->detail :
		    _("no record of approval"));
		fputs(" |\n", fp);
	}
	md_h2(fp, 5);
	if (r->nincidents == 0)
		fprintf(fp, "%s\n", _("No incident is open."));
	else
		md_head(fp, incident_cols, 4);
	for (size_t i = 0; i < r->nincidents; i++) {
		const struct incident *in = &r->incidents[i];
		fprintf(fp, "| #%ld | #%ld | %s | ", in->id, in->delegation_id,
		    in->discovered_on);
		md_text(fp, in->what);
		fputs(" |\n", fp);
	}
	md_h2(fp, 6);
	if (r->nconc == 0)
		fprintf(fp, "%s\n", _("No contractor is entrusted by more than "
		    "one party."));
	else
		md_head(fp, md_conc_cols, NCOLS(md_conc_cols));
	for (size_t i = 0; i < r->nconc; i++) {
		const struct report_conc *c = &r->conc[i];
		fputs("| ", fp);
		md_text(fp, r->g.orgs[c->org].name);
		fputs(" | ", fp);
		for (size_t k = 0; k < c->n; k++) {
			if (k > 0)
				md_text(fp, _(LIST_SEP));
			md_text(fp, report_parent_name(r, c->dels[k]));
			fprintf(fp, _(" (#%ld)"), r->g.dels[c->dels[k]].id);
		}
		fputs(" |\n", fp);
	}
	return 0;
}

static void
csv_row_end(FILE *fp)
{
	fputs("\r\n", fp);
}

static void
csv_sep(FILE *fp, const char *s)
{
	fputc(',', fp);
	csv_field(fp, s);
}

static void
csv_long(FILE *fp, long v, bool known)
{
	fputc(',', fp);
	if (known)
		fprintf(fp, "%ld", v);
}

int
render_report_csv(FILE *fp, const struct report *r)
{
	const struct graph *g = &r->g;
	char date[DATE_STRLEN], buf[32];

	fputs("\xef\xbb\xbf", fp);	/* BOM: Excel reads UTF-8 then */
	fputs("delegation_id,level,level_name,chain,contractor,outsourcee,"
	    "corporate_number,data_items,purpose,people,sensitive,credit_card,"
	    "risk,start_date,end_date,ended_on,active,approved_on,approved_by,"
	    "approval_ref,contract_document,clauses_present,clauses_checked,"
	    "next_review_due,next_review_kind,open_findings", fp);
	csv_row_end(fp);
	for (size_t i = 0; i < g->ndels; i++) {
		const struct delegation *d = &g->dels[i];
		const struct report_del *x = &r->dels[i];
		long c = graph_org(g, d->child_id);
		char *chain = render_chain(g, i);

		if (chain == NULL)
			return -1;
		fprintf(fp, "%ld,%d", d->id, x->level);
		csv_sep(fp, level_ja(x->level, buf, sizeof(buf)));
		csv_sep(fp, chain);
		free(chain);
		csv_sep(fp, report_parent_name(r, i));
		csv_sep(fp, report_child_name(r, i));
		csv_sep(fp, c >= 0 ? g->orgs[c].corporate_number : NULL);
		csv_sep(fp, d->data_items);
		csv_sep(fp, d->purpose);
		csv_long(fp, d->people, d->people >= 0);
		csv_sep(fp, d->sensitive ? "yes" : "no");
		csv_sep(fp, d->credit_card ? "yes" : "no");
		csv_sep(fp, d->risk);
		csv_sep(fp, d->start_date);
		csv_sep(fp, d->end_date);
		csv_sep(fp, d->ended_on);
		csv_sep(fp, x->active ? "yes" : "no");
		csv_sep(fp, d->approved_on);
		csv_sep(fp, d->approved_by);
		csv_sep(fp, d->approval_ref);
		csv_long(fp, x->document_id, x->document_id > 0);
		csv_long(fp, x->present, x->document_id > 0);
		csv_long(fp, x->total, x->document_id > 0);
		if (x->has_next)
			date_format(x->next, date);
		csv_sep(fp, x->has_next ? date : NULL);
		csv_sep(fp, x->has_next ? due_kind_name(x->next_kind) : NULL);
		fputc(',', fp);
		{
			/* Findings joined with "; " in one field. */
			char *all = NULL;
			size_t len = 0, nf = tree_nfindings(&r->tree, i);
			FILE *mem = nf ? open_memstream(&all, &len) : NULL;
			if (nf && mem == NULL)
				return -1;
			for (size_t k = 0; k < nf; k++) {
				const struct finding *f = tree_finding(&r->tree, i, k);
				fprintf(mem, "%s%s%s%s", k ? "; " : "",
				    finding_kind_name(f->kind),
				    f->detail[0] ? ": " : "", f->detail);
			}
			if (mem != NULL) {
				if (fclose(mem) != 0) {
					free(all);
					return -1;
				}
				csv_field(fp, all);
				free(all);
			}
		}
		csv_row_end(fp);
	}
	return 0;
}

int
render_delegations_csv(FILE *fp, const struct graph *g)
{
	fputs("id,parent_id,parent,child_id,child,data_items,purpose,people,"
	    "sensitive,credit_card,start_date,end_date,ended_on,risk,"
	    "review_months,approved_on,approved_by,approval_ref,notes,created_at",
	    fp);
	csv_row_end(fp);
	for (size_t i = 0; i < g->ndels; i++) {
		const struct delegation *d = &g->dels[i];
		long p = graph_org(g, d->parent_id), c = graph_org(g, d->child_id);

		fprintf(fp, "%ld,%ld", d->id, d->parent_id);
		csv_sep(fp, p >= 0 ? g->orgs[p].name : NULL);
		csv_long(fp, d->child_id, true);
		csv_sep(fp, c >= 0 ? g->orgs[c].name : NULL);
		csv_sep(fp, d->data_items);
		csv_sep(fp, d->purpose);
		csv_long(fp, d->people, d->people >= 0);
		csv_long(fp, d->sensitive, true);
		csv_long(fp, d->credit_card, true);
		csv_sep(fp, d->start_date);
		csv_sep(fp, d->end_date);
		csv_sep(fp, d->ended_on);
		csv_sep(fp, d->risk);
		csv_long(fp, d->review_months, d->review_months > 0);
		csv_sep(fp, d->approved_on);
		csv_sep(fp, d->approved_by);
		csv_sep(fp, d->approval_ref);
		csv_sep(fp, d->notes);
		csv_sep(fp, d->created_at);
		csv_row_end(fp);
	}
	return 0;
}
