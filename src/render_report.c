/*
 * The report as HTML (one self-contained file that prints on A4),
 * Markdown and CSV.  Section titles are Japanese, the language of the
 * register's data and of the people it goes to, with English beside.
 */
#include <stdlib.h>
#include <string.h>

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
	size_t n = 0, upcoming = r->due.n - r->due.noverdue;
	char buf[32], people[32];

#define FIG(alert_, lab, ...) do { if (n < max) { \
	snprintf(f[n].label, sizeof(f[n].label), "%s", lab); \
	snprintf(f[n].value, sizeof(f[n].value), __VA_ARGS__); \
	f[n].alert = (alert_); n++; } } while (0)
	FIG(false, "委託先の組織数（委託元を除く）", "%zu",
	    r->orgs > 0 ? r->orgs - 1 : 0);
	FIG(false, "有効な委託", "%zu（終了 %zu）", r->active, r->ended);
	for (int l = 1; l <= r->maxlevel; l++)
		if (r->by_level[l] > 0)
			FIG(false, level_ja(l, buf, sizeof(buf)), "%zu",
			    r->by_level[l]);
	if (r->by_level != NULL && r->by_level[0] > 0)
		FIG(true, "委託元につながらない委託", "%zu", r->by_level[0]);
	FIG(false, "要配慮個人情報を含む委託", "%zu", r->sensitive);
	FIG(false, "クレジットカード情報を含む委託", "%zu", r->credit_card);
	thousands(people, sizeof(people), r->people);
	if (r->people_unknown > 0)
		FIG(false, "本人の数（委託先ごとの合計・重複を含む）",
		    "%s 人以下（不明 %zu 件）", people, r->people_unknown);
	else
		FIG(false, "本人の数（委託先ごとの合計・重複を含む）", "%s 人以下",
		    people);
	FIG(r->with_contract < r->active, "契約書が登録された委託", "%zu / %zu",
	    r->with_contract, r->active);
	if (r->clauses_total > 0)
		FIG(r->clauses_present < r->clauses_total, "推奨条項の充足",
		    "%zu / %zu（%.0f%%）", r->clauses_present, r->clauses_total,
		    100.0 * (double)r->clauses_present / (double)r->clauses_total);
	FIG(r->due.noverdue > 0, "期限を過ぎた確認・期限", "%zu", r->due.noverdue);
	FIG(false, "近日中の確認・期限", "%zu（%d 日以内）", upcoming, r->within);
	FIG(r->unapproved > 0, "事前承認のない再委託", "%zu", r->unapproved);
	FIG(r->nincidents > 0, "未完了の事故対応", "%zu", r->nincidents);
	FIG(false, "複数の委託元を持つ委託先", "%zu", r->nconc);
#undef FIG
	return n;
}

#define MAX_FIGURES 32

static const char *const sections[][2] = {
	{ "概要", "Summary" },
	{ "委託の連鎖", "Delegation chain" },
	{ "契約条項の充足状況", "Contract clause coverage" },
	{ "確認の期限", "Reviews and deadlines overdue or coming up" },
	{ "事前承認のない再委託", "Re-delegations without prior approval" },
	{ "未完了の事故対応", "Open incidents" },
	{ "複数の委託元を持つ委託先", "Outsourcees serving several contractors" },
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
	html_text(fp, sections[i][0]);
	fputs("<small>", fp);
	html_text(fp, sections[i][1]);
	fputs("</small></h2>\n", fp);
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

static int
html_chart(FILE *fp, const struct report *r)
{
	char *svg;
	size_t len;

	h2(fp, 1, "");
	fputs("<p class=\"legend\">"
	    "<span><i class=\"sw\" style=\"background:" SVG_FILL_FLAGGED
	    "\"></i>要対応</span>"
	    "<span><i class=\"sw\" style=\"background:" SVG_FILL_BELOW
	    "\"></i>下位に要対応あり</span>"
	    "<span><i class=\"sw\" style=\"background:" SVG_FILL_OK
	    "\"></i>問題なし</span>"
	    "<span>破線の矢印: 事前承認のない再委託</span></p>\n", fp);
	if (r->tree.nrows == 0) {
		html_none(fp, "委託はまだ登録されていません。");
		fputs("</section>\n", fp);
		return 0;
	}
	if (r->tree.nrows > CHART_MAX_ROWS) {
		fprintf(fp, "<p class=\"none\">委託が %zu 件あり、図は省略しました"
		    "（上限 %d 件）。部分ごとの図は itaku tree ORG --format svg "
		    "で作成できます。</p>\n</section>\n", r->tree.nrows,
		    CHART_MAX_ROWS);
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
		html_none(fp, "有効な委託に登録された契約書はありません。");
	for (size_t i = 0; i < r->nmatrices; i++) {
		const struct report_matrix *m = &r->matrices[i];

		fputs("<h3>", fp);
		html_text(fp, m->ruleset);
		fputs("</h3>\n<table class=\"matrix\"><thead><tr><th>委託</th>"
		    "<th>契約書</th>", fp);
		for (size_t c = 0; c < m->ncols; c++) {
			fputs("<th class=\"v\" title=\"", fp);
			html_text(fp, m->clause[c]);
			fputs(": ", fp);
			html_text(fp, m->title[c]);
			fputs("\">", fp);
			html_cut(fp, m->title[c], 18);
			fputs("</th>", fp);
		}
		fputs("<th>充足</th></tr></thead>\n<tbody>\n", fp);
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
					    row->article[c] : "あり");
					fputs("\">" CHECK_MARK, fp);
				} else if (row->cell[c] == 0) {
					fputs("ng\" title=\"", fp);
					html_text(fp, m->clause[c]);
					fputs(": 該当条項なし\">" CROSS_MARK, fp);
				} else
					fputs("na\" title=\"未確認\">–", fp);
				fputs("</td>", fp);
			}
			fprintf(fp, "<td class=\"num\">%d / %d</td></tr>\n",
			    row->doc->present, row->doc->present +
			    row->doc->missing);
		}
		fputs("</tbody></table>\n", fp);
	}
	fputs("<p class=\"none\">" CHECK_MARK " 条項あり（マウスを重ねると該当"
	    "箇所）、" CROSS_MARK " 条項なし、– 照合対象外</p>\n</section>\n", fp);
	return 0;
}

static int
html_due(FILE *fp, const struct report *r)
{
	char date[DATE_STRLEN];

	h2(fp, 3, "");
	fprintf(fp, "<p class=\"meta\">期限超過 %zu 件、%d 日以内 %zu 件</p>\n",
	    r->due.noverdue, r->within, r->due.n - r->due.noverdue);
	if (r->due.n == 0) {
		html_none(fp, "期限を過ぎたもの、近く期限が来るものはありません。");
		fputs("</section>\n", fp);
		return 0;
	}
	fputs("<table><thead><tr><th>状況</th><th>期限</th><th>種類</th>"
	    "<th>委託</th><th>内容</th></tr></thead>\n<tbody>\n", fp);
	for (size_t i = 0; i < r->due.n; i++) {
		const struct due_item *it = &r->due.v[i];
		date_format(it->due, date);
		if (it->overdue)
			fprintf(fp, "<tr class=\"alert\"><td class=\"num\">%ld 日超過</td>",
			    it->days);
		else
			fprintf(fp, "<tr><td class=\"num\">あと %ld 日</td>", it->days);
		fprintf(fp, "<td class=\"num\">%s</td><td>", date);
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
		html_none(fp, "事前承認のない再委託はありません。");
		fputs("</section>\n", fp);
		return 0;
	}
	fputs("<table><thead><tr><th>委託</th><th>経路</th><th>開始日</th>"
	    "<th>個人データ</th><th>詳細</th></tr></thead>\n<tbody>\n", fp);
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
		html_text(fp, f->detail[0] ? f->detail : "承認の記録なし");
		fputs("</td></tr>\n", fp);
	}
	fputs("</tbody></table>\n</section>\n", fp);
	return 0;
}

static int
html_incidents(FILE *fp, const struct report *r)
{
	h2(fp, 5, "");
	if (r->nincidents == 0) {
		html_none(fp, "未完了の事故対応はありません。");
		fputs("</section>\n", fp);
		return 0;
	}
	fputs("<table><thead><tr><th>事故</th><th>委託</th><th>発覚日</th>"
	    "<th>内容</th><th>本人の数</th><th>報告対象の事由</th></tr></thead>\n"
	    "<tbody>\n", fp);
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
		else
			fputs("</td><td class=\"num\">不明</td><td>", fp);
		fprintf(fp, "%s%s%s%s", in->sensitive ? "要配慮個人情報 " : "",
		    in->financial ? "財産的被害 " : "",
		    in->unlawful ? "不正の目的 " : "",
		    in->over_1000 ? "1,000人超 " : "");
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
		html_none(fp, "複数の委託元から委託を受けている委託先はありません。");
		fputs("</section>\n", fp);
		return;
	}
	fputs("<table><thead><tr><th>委託先</th><th>委託元の数</th>"
	    "<th>委託元（委託番号）</th></tr></thead>\n<tbody>\n", fp);
	for (size_t i = 0; i < r->nconc; i++) {
		const struct report_conc *c = &r->conc[i];
		fputs("<tr><td>", fp);
		html_text(fp, r->g.orgs[c->org].name);
		fprintf(fp, "</td><td class=\"num\">%zu</td><td>", c->n);
		for (size_t k = 0; k < c->n; k++) {
			if (k > 0)
				fputs("、", fp);
			html_text(fp, report_parent_name(r, c->dels[k]));
			fprintf(fp, "（#%ld）", r->g.dels[c->dels[k]].id);
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
	fputs("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	    "<title>委託先管理報告書 ", fp);
	html_text(fp, root);
	fprintf(fp, " %s</title>\n<style>%s</style>\n</head>\n<body>\n<header>\n"
	    "<h1>委託先管理報告書<small>Report on the supervision of outsourcees"
	    "</small></h1>\n<p class=\"meta\">", date, css);
	html_text(fp, root);
	fprintf(fp, " ・ 基準日 %s ・ 個人情報保護法第25条（委託先の監督）</p>\n"
	    "</header>\n", date);
	html_summary(fp, r);
	if (html_chart(fp, r) == -1 || html_matrix(fp, r) == -1 ||
	    html_due(fp, r) == -1 || html_unapproved(fp, r) == -1 ||
	    html_incidents(fp, r) == -1)
		return -1;
	html_concentration(fp, r);
	fprintf(fp, "<footer>itaku %s が基準日 %s の登録簿から作成。"
	    "</footer>\n</body>\n</html>\n", ITAKU_VERSION, date);
	return 0;
}

/* Markdown: the same sections; the picture is left to tree --format svg. */
static void
md_h2(FILE *fp, size_t i)
{
	fprintf(fp, "\n## %zu. %s (%s)\n\n", i + 1, sections[i][0], sections[i][1]);
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
	fputs("# 委託先管理報告書\n\n", fp);
	md_text(fp, root);
	fprintf(fp, " ・ 基準日 %s\n", date);
	md_h2(fp, 0);
	fputs("| 項目 | 値 |\n|---|---:|\n", fp);
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
	fputs("図は `itaku tree --format svg`（または `report --format html`）で。"
	    "\n\n```\n", fp);
	for (size_t i = 0; i < r->tree.nrows; i++) {
		const struct tree_row *row = &r->tree.rows[i];
		for (int d = 1; d < row->depth; d++)
			fputs("    ", fp);
		fprintf(fp, "- #%ld %s%s%s\n", r->g.dels[row->del].id,
		    report_child_name(r, row->del),
		    tree_nfindings(&r->tree, row->del) ? " ⚠" : "",
		    row->repeat ? " (上に同じ)" : "");
	}
	fputs("```\n", fp);
	md_h2(fp, 2);
	if (r->nmatrices == 0)
		fputs("有効な委託に登録された契約書はありません。\n", fp);
	for (size_t i = 0; i < r->nmatrices; i++) {
		const struct report_matrix *m = &r->matrices[i];
		fputs("### ", fp);
		md_text(fp, m->ruleset);
		fputs("\n\n| 委託 |", fp);
		for (size_t c = 0; c < m->ncols; c++) {
			fputc(' ', fp);
			md_text(fp, m->clause[c]);
			fputs(" |", fp);
		}
		fputs(" 充足 |\n|---|", fp);
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
		fputs("期限を過ぎたもの、近く期限が来るものはありません。\n", fp);
	else
		fputs("| 状況 | 期限 | 種類 | 委託 | 内容 |\n|---|---|---|---|---|\n",
		    fp);
	for (size_t i = 0; i < r->due.n; i++) {
		const struct due_item *it = &r->due.v[i];
		date_format(it->due, date);
		fprintf(fp, it->overdue ? "| **%ld 日超過** | %s | " :
		    "| あと %ld 日 | %s | ", it->days, date);
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
		fputs("事前承認のない再委託はありません。\n", fp);
	else
		fputs("| 委託 | 経路 | 開始日 | 詳細 |\n|---|---|---|---|\n", fp);
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
		md_text(fp, fd->detail[0] ? fd->detail : "承認の記録なし");
		fputs(" |\n", fp);
	}
	md_h2(fp, 5);
	if (r->nincidents == 0)
		fputs("未完了の事故対応はありません。\n", fp);
	else
		fputs("| 事故 | 委託 | 発覚日 | 内容 |\n|---|---|---|---|\n", fp);
	for (size_t i = 0; i < r->nincidents; i++) {
		const struct incident *in = &r->incidents[i];
		fprintf(fp, "| #%ld | #%ld | %s | ", in->id, in->delegation_id,
		    in->discovered_on);
		md_text(fp, in->what);
		fputs(" |\n", fp);
	}
	md_h2(fp, 6);
	if (r->nconc == 0)
		fputs("複数の委託元から委託を受けている委託先はありません。\n", fp);
	else
		fputs("| 委託先 | 委託元 |\n|---|---|\n", fp);
	for (size_t i = 0; i < r->nconc; i++) {
		const struct report_conc *c = &r->conc[i];
		fputs("| ", fp);
		md_text(fp, r->g.orgs[c->org].name);
		fputs(" | ", fp);
		for (size_t k = 0; k < c->n; k++) {
			if (k > 0)
				fputs("、", fp);
			md_text(fp, report_parent_name(r, c->dels[k]));
			fprintf(fp, "（#%ld）", r->g.dels[c->dels[k]].id);
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
