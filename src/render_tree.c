#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "i18n.h"
#include "render_svg.h"
#include "render_tree.h"
#include "strbuf.h"
#include "utf8.h"

#define NAME_MAX_COLS 48
#define ITEMS_MAX_COLS 24

static const struct org *
child_org(const struct tree_view *v, const struct tree_row *r)
{
	long c = graph_org(v->g, v->g->dels[r->del].child_id);

	return c >= 0 ? &v->g->orgs[c] : NULL;
}

/* The box-drawing prefix of row i, from its ancestors' "last" flags. */
static void
prefix(struct strbuf *sb, const bool *last, int depth)
{
	for (int d = 1; d < depth; d++)
		sb_adds(sb, last[d] ? "    " : "│   ");
	sb_adds(sb, last[depth] ? "└── " : "├── ");
}

static void
cont_prefix(struct strbuf *sb, const bool *last, int depth)
{
	for (int d = 1; d <= depth; d++)
		sb_adds(sb, last[d] ? "    " : "│   ");
}

static void
put_cut(FILE *fp, const char *s, int cols)
{
	size_t n;

	if (utf8_width(s) <= cols) {
		utf8_pad(fp, s, cols);
		return;
	}
	n = utf8_fit(s, cols - 1);
	fwrite(s, 1, n, fp);
	fputs("…", fp);
	for (int w = utf8_width(s) - utf8_width(s + n) + 1; w < cols; w++)
		fputc(' ', fp);
}

static void
put_finding(FILE *fp, const struct finding *f)
{
	fprintf(fp, "⚠ %s", finding_kind_title(f->kind));
	if (f->detail[0] != '\0')
		fprintf(fp, " (%s)", f->detail);
}

void
render_tree_text(FILE *fp, const struct tree_view *v)
{
	const struct graph *g = v->g;
	struct strbuf *lead;
	bool *last;
	char level[32];
	int namew = 0, levelw = 0, itemw = 0, maxdepth = 1;

	for (size_t i = 0; i < v->nrows; i++)
		if (v->rows[i].depth > maxdepth)
			maxdepth = v->rows[i].depth;
	lead = calloc(v->nrows ? v->nrows : 1, sizeof(*lead));
	last = calloc((size_t)maxdepth + 2, sizeof(bool));
	if (lead == NULL || last == NULL)
		goto done;

	/* First pass: the text left of the columns, to measure it. */
	for (size_t i = 0; i < v->nrows; i++) {
		const struct tree_row *r = &v->rows[i];
		const struct org *o = child_org(v, r);
		int w;

		last[r->depth] = r->last;
		prefix(&lead[i], last, r->depth);
		sb_printf(&lead[i], "#%ld %s", g->dels[r->del].id,
		    o ? o->name : "?");
		if ((w = utf8_width(lead[i].buf)) > namew)
			namew = w;
		if ((w = utf8_width(tree_level_name(r->depth, level,
		    sizeof(level)))) > levelw)
			levelw = w;
		if ((w = utf8_width(g->dels[r->del].data_items)) > itemw)
			itemw = w;
	}
	if (namew > NAME_MAX_COLS)
		namew = NAME_MAX_COLS;
	if (itemw > ITEMS_MAX_COLS)
		itemw = ITEMS_MAX_COLS;

	fprintf(fp, "%s (%s)", g->orgs[v->top].name,
	    (long)v->top == g->root ? _("entrusting business") : _("shown from here"));
	if (v->below[v->top])
		fprintf(fp, "  ▲ %s", _("needs attention below"));
	fputc('\n', fp);
	memset(last, 0, ((size_t)maxdepth + 2) * sizeof(bool));
	for (size_t i = 0; i < v->nrows; i++) {
		const struct tree_row *r = &v->rows[i];
		const struct delegation *d = &g->dels[r->del];
		size_t nf = tree_nfindings(v, r->del);
		long c = graph_org(g, d->child_id);

		last[r->depth] = r->last;
		put_cut(fp, lead[i].buf, namew);
		fputs("  ", fp);
		utf8_pad(fp, tree_level_name(r->depth, level, sizeof(level)), levelw);
		fputs("  ", fp);
		put_cut(fp, d->data_items, itemw);
		fputs("  ", fp);
		if (nf > 0)
			put_finding(fp, tree_finding(v, r->del, 0));
		else if (c >= 0 && v->below[c])
			fprintf(fp, "▲ %s", _("needs attention below"));
		else
			fputs("✓", fp);
		if (r->repeat)
			fprintf(fp, "  (%s)", _("shown above"));
		else if (r->truncated)
			fputs("  (…)", fp);
		if (!graph_del_active(d, v->today))
			fprintf(fp, "  [%s %s]", _("ended"), d->ended_on);
		fputc('\n', fp);
		/* Further findings of the same node, on lines of their own. */
		for (size_t k = 1; k < nf; k++) {
			const struct finding *f = tree_finding(v, r->del, k);
			struct strbuf sb = STRBUF_INIT;
			cont_prefix(&sb, last, r->depth);
			put_cut(fp, sb.buf ? sb.buf : "", namew);
			fputs("  ", fp);
			utf8_pad(fp, "", levelw);
			fputs("  ", fp);
			utf8_pad(fp, "", itemw);
			fputs("  ", fp);
			put_finding(fp, f);
			fputc('\n', fp);
			sb_free(&sb);
		}
	}
	if (v->nrows == 0)
		fprintf(fp, "%s\n",
		    _("(no delegations yet: add one with itaku delegate add)"));
done:
	if (lead)
		for (size_t i = 0; i < v->nrows; i++)
			sb_free(&lead[i]);
	free(lead);
	free(last);
}

static json_t *
opt_str(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *
row_json(const struct tree_view *v, const struct tree_row *r)
{
	const struct delegation *d = &v->g->dels[r->del];
	const struct org *o = child_org(v, r);
	json_t *j, *fs;
	char level[32];

	fs = json_array();
	for (size_t k = 0; k < tree_nfindings(v, r->del); k++) {
		const struct finding *f = tree_finding(v, r->del, k);
		json_array_append_new(fs, json_pack("{s:s, s:s, s:s}",
		    "kind", finding_kind_name(f->kind),
		    "title", finding_kind_title(f->kind),
		    "detail", f->detail));
	}
	j = json_pack("{s:I, s:{s:I, s:s, s:o}, s:i, s:s, s:s, s:s, s:o, s:b, "
	    "s:b, s:o, s:o, s:o, s:{s:o, s:o, s:o}, s:o, s:b, s:b, s:b}",
	    "delegation", (json_int_t)d->id,
	    "organisation", "id", (json_int_t)d->child_id,
	    "name", o ? o->name : "?",
	    "corporate_number", opt_str(o ? o->corporate_number : NULL),
	    "level", r->depth,
	    "level_name", tree_level_name(r->depth, level, sizeof(level)),
	    "data_items", d->data_items,
	    "risk", d->risk,
	    "people", d->people >= 0 ? json_integer(d->people) : json_null(),
	    "sensitive", d->sensitive,
	    "credit_card", d->credit_card,
	    "start", opt_str(d->start_date),
	    "end", opt_str(d->end_date),
	    "ended_on", opt_str(d->ended_on),
	    "approval", "on", opt_str(d->approved_on),
	    "by", opt_str(d->approved_by),
	    "ref", opt_str(d->approval_ref),
	    "findings", fs,
	    "flagged", tree_row_flagged(v, r),
	    "repeat", r->repeat,
	    "truncated", r->truncated);
	return j;
}

/* Print an object's members without its closing brace, to append more. */
static int
dump_open(FILE *fp, json_t *j)
{
	char *text = json_dumps(j, JSON_COMPACT);
	size_t n;

	if (text == NULL)
		return -1;
	n = strlen(text);
	fwrite(text, 1, n - 1, fp);
	free(text);
	return 0;
}

/*
 * The nested tree, streamed: each row is encoded by jansson on its own and
 * the children arrays are opened and closed around them, so memory stays
 * bounded by one row however large the register.
 */
int
render_tree_json(FILE *fp, const struct tree_view *v)
{
	const struct org *top = &v->g->orgs[v->top];
	char today[DATE_STRLEN];
	bool *first;
	json_t *j;
	int maxdepth = 1, cur = 0, rc = -1;

	for (size_t i = 0; i < v->nrows; i++)
		if (v->rows[i].depth > maxdepth)
			maxdepth = v->rows[i].depth;
	if ((first = calloc((size_t)maxdepth + 1, sizeof(bool))) == NULL)
		return -1;
	date_format(v->today, today);
	j = json_pack("{s:s, s:{s:I, s:s, s:b}, s:b, s:I, s:I}",
	    "as_of", today,
	    "organisation", "id", (json_int_t)top->id, "name", top->name,
	    "root", top->is_root,
	    "flagged", v->below[v->top],
	    "delegations_shown", (json_int_t)v->nrows,
	    "delegations_flagged", (json_int_t)v->flagged);
	if (j == NULL || dump_open(fp, j) == -1)
		goto done;
	json_decref(j);
	j = NULL;
	fputs(",\"children\":[", fp);
	first[0] = true;
	for (size_t i = 0; i < v->nrows; i++) {
		const struct tree_row *r = &v->rows[i];

		for (; cur > r->depth - 1; cur--)
			fputs("]}", fp);
		if (!first[r->depth - 1])
			fputc(',', fp);
		first[r->depth - 1] = false;
		if ((j = row_json(v, r)) == NULL)
			goto done;
		if (r->repeat) {
			if (json_dumpf(j, fp, JSON_COMPACT) != 0)
				goto done;
		} else {
			if (dump_open(fp, j) == -1)
				goto done;
			fputs(",\"children\":[", fp);
			cur = r->depth;
			first[cur] = true;
		}
		json_decref(j);
		j = NULL;
	}
	for (; cur > 0; cur--)
		fputs("]}", fp);
	fputs("]}\n", fp);
	rc = 0;
done:
	json_decref(j);
	free(first);
	return rc;
}

/* A DOT string: quotes and backslashes escaped, newlines as \n. */
static void
dot_str(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			fputc('\\', fp);
		if (*s == '\n')
			fputs("\\n", fp);
		else
			fputc(*s, fp);
	}
	fputc('"', fp);
}

static int
dot_node(const struct tree_gnode *n, void *arg)
{
	FILE *fp = arg;

	fprintf(fp, "\to%ld [label=", n->org_id);
	dot_str(fp, n->name);
	fprintf(fp, ", fillcolor=\"%s\"%s];\n", n->fill,
	    n->top ? ", penwidth=2" : "");
	return 0;
}

static int
dot_edge(const struct tree_gedge *ge, void *arg)
{
	FILE *fp = arg;

	fprintf(fp, "\to%ld -> o%ld [label=", ge->from, ge->to);
	dot_str(fp, ge->label);
	if (ge->flagged)
		fputs(", color=\"#c0392b\", fontcolor=\"#c0392b\"", fp);
	if (ge->unapproved)
		fputs(", style=dashed", fp);
	fputs("];\n", fp);
	return 0;
}

/* What is drawn is decided by tree_graph_walk(), as for the SVG. */
int
render_tree_dot(FILE *fp, const struct tree_view *v)
{
	fputs("digraph itaku {\n"
	    "\trankdir=LR;\n"
	    "\tnode [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", "
	    "fontname=\"Noto Sans CJK JP,sans-serif\"];\n"
	    "\tedge [fontname=\"Noto Sans CJK JP,sans-serif\", fontsize=10];\n", fp);
	if (tree_graph_walk(v, dot_node, dot_edge, fp) != 0)
		return -1;
	fputs("}\n", fp);
	return 0;
}
