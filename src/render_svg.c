/*
 * The tree view as SVG through libgvc/libcgraph.  Labels go in through
 * agsafeset(), so they are escaped for Graphviz's own label syntax here
 * (a backslash would otherwise start \N or \l); Graphviz escapes them for
 * XML when it writes the SVG.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "render_svg.h"
#include "render_tree.h"
#include "strbuf.h"

/* Past this many edges, data items stay in tooltips: labels would drown the picture. */
#define EDGE_LABEL_MAX 80

int
tree_graph_walk(const struct tree_view *v,
    int (*node)(const struct tree_gnode *, void *),
    int (*edge)(const struct tree_gedge *, void *), void *arg)
{
	const struct graph *g = v->g;
	struct strbuf label = STRBUF_INIT, tip = STRBUF_INIT;
	bool *shown;
	int rc = 0;

	if ((shown = calloc(g->norgs + 1, sizeof(bool))) == NULL)
		return -1;
	shown[v->top] = true;
	rc = node(&(struct tree_gnode){ g->orgs[v->top].id, g->orgs[v->top].name,
	    v->below[v->top] ? SVG_FILL_BELOW : SVG_FILL_TOP, true, "" }, arg);
	for (size_t i = 0; i < v->nrows && rc == 0; i++) {
		const struct tree_row *r = &v->rows[i];
		const struct delegation *d = &g->dels[r->del];
		long c = graph_org(g, d->child_id);
		size_t nf = tree_nfindings(v, r->del);
		struct tree_gedge ge = { d->parent_id, d->child_id, d->id, NULL,
		    nf > 0, false };
		int fail = 0;

		sb_reset(&label);
		sb_reset(&tip);
		fail |= sb_printf(&label, "#%ld %s", d->id, d->data_items);
		for (size_t k = 0; k < nf; k++) {
			const struct finding *f = tree_finding(v, r->del, k);
			if (f->kind == FIND_UNAPPROVED)
				ge.unapproved = true;
			fail |= sb_printf(&label, "\n⚠ %s", finding_kind_title(f->kind));
			fail |= sb_printf(&tip, "%s%s%s%s", k ? "\n" : "",
			    finding_kind_title(f->kind), f->detail[0] ? ": " : "",
			    f->detail);
		}
		if (fail || sb_addc(&tip, '\0') == -1) {
			rc = -1;
			break;
		}
		if (c >= 0 && !shown[c]) {
			shown[c] = true;
			rc = node(&(struct tree_gnode){ d->child_id, g->orgs[c].name,
			    nf > 0 ? SVG_FILL_FLAGGED : v->below[c] ?
			    SVG_FILL_BELOW : SVG_FILL_OK, false, tip.buf }, arg);
		}
		ge.label = label.buf ? label.buf : "";
		if (rc == 0)
			rc = edge(&ge, arg);
	}
	sb_free(&label);
	sb_free(&tip);
	free(shown);
	return rc;
}

/* A Graphviz label: backslashes doubled, newlines as \n, controls dropped. */
static char *
gv_label(const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	int fail = sb_adds(&sb, "");

	for (; *s && !fail; s++) {
		if (*s == '\\')
			fail |= sb_adds(&sb, "\\\\");
		else if (*s == '\n')
			fail |= sb_adds(&sb, "\\n");
		else if ((unsigned char)*s >= 0x20 && *s != 0x7f)
			fail |= sb_addc(&sb, *s);
	}
	if (fail) {
		sb_free(&sb);
		return NULL;
	}
	return sb_detach(&sb);
}

/* A tooltip is not label-escaped, but must not hold controls either. */
static char *
gv_plain(const char *s)
{
	char *t = strdup(s), *p;

	if (t != NULL)
		for (p = t; *p; p++)
			if ((unsigned char)*p < 0x20 && *p != '\n')
				*p = ' ';
	return t;
}

struct build {
	Agraph_t *g;
	size_t nedges;
};

static int
set(void *obj, const char *name, const char *value)
{
	return agsafeset(obj, (char *)name, (char *)value, "") == 0 ? 0 : -1;
}

static int
add_node(const struct tree_gnode *n, void *arg)
{
	struct build *b = arg;
	char id[32], *label, *tip;
	Agnode_t *an;
	int rc = -1;

	snprintf(id, sizeof(id), "o%ld", n->org_id);
	label = gv_label(n->name);
	tip = gv_plain(*n->tooltip ? n->tooltip : n->name);
	if (label && tip && (an = agnode(b->g, id, 1)) != NULL &&
	    set(an, "label", label) == 0 && set(an, "fillcolor", n->fill) == 0 &&
	    set(an, "tooltip", tip) == 0 &&
	    (!n->top || set(an, "penwidth", "2") == 0))
		rc = 0;
	free(label);
	free(tip);
	return rc;
}

static int
add_edge(const struct tree_gedge *ge, void *arg)
{
	struct build *b = arg;
	char from[32], to[32], name[32], *label, *tip;
	Agnode_t *t, *h;
	Agedge_t *ae;
	int rc = -1;

	snprintf(from, sizeof(from), "o%ld", ge->from);
	snprintf(to, sizeof(to), "o%ld", ge->to);
	snprintf(name, sizeof(name), "d%ld", ge->del_id);
	t = agnode(b->g, from, 0);
	h = agnode(b->g, to, 0);
	if (t == NULL || h == NULL)
		return 0;	/* an edge into a node shown elsewhere in the walk */
	label = gv_label(ge->label);
	tip = gv_plain(ge->label);
	if (label && tip && (ae = agedge(b->g, t, h, name, 1)) != NULL &&
	    set(ae, "label", b->nedges <= EDGE_LABEL_MAX ? label : "") == 0 &&
	    set(ae, "tooltip", tip) == 0 &&
	    (!ge->flagged || (set(ae, "color", "#c0392b") == 0 &&
	    set(ae, "fontcolor", "#c0392b") == 0)) &&
	    (!ge->unapproved || set(ae, "style", "dashed") == 0))
		rc = 0;
	free(label);
	free(tip);
	return rc;
}

static int
count_edge(const struct tree_gedge *ge, void *arg)
{
	(void)ge;
	((struct build *)arg)->nedges++;
	return 0;
}

static int
no_node(const struct tree_gnode *n, void *arg)
{
	(void)n;
	(void)arg;
	return 0;
}

/* Defaults on the graph, every node and every edge. */
static int
defaults(Agraph_t *g)
{
	static const char *const attrs[][3] = {
		{ "G", "rankdir", "LR" },
		{ "G", "ranksep", "0.5" },
		{ "G", "nodesep", "0.15" },
		{ "G", "fontname", "Noto Sans CJK JP" },
		{ "N", "shape", "box" },
		{ "N", "style", "rounded,filled" },
		{ "N", "fontname", "Noto Sans CJK JP" },
		{ "N", "fontsize", "11" },
		{ "N", "margin", "0.12,0.04" },
		{ "E", "fontname", "Noto Sans CJK JP" },
		{ "E", "fontsize", "9" },
		{ "E", "arrowsize", "0.7" },
	};

	for (size_t i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++) {
		int kind = attrs[i][0][0] == 'G' ? AGRAPH : attrs[i][0][0] == 'N' ?
		    AGNODE : AGEDGE;
		if (agattr(g, kind, (char *)attrs[i][1], (char *)attrs[i][2]) == NULL)
			return -1;
	}
	return 0;
}

int
render_svg_data(const struct tree_view *v, char **svg, size_t *len)
{
	struct build b = { NULL, 0 };
	GVC_t *gvc;
	char *data = NULL, *start;
	unsigned int n = 0;
	int rc = -1, laid = 0;

	*svg = NULL;
	*len = 0;
	if ((gvc = gvContext()) == NULL)
		return -1;
	if ((b.g = agopen("itaku", Agdirected, NULL)) == NULL)
		goto done;
	if (defaults(b.g) == -1 ||
	    tree_graph_walk(v, no_node, count_edge, &b) != 0 ||
	    tree_graph_walk(v, add_node, add_edge, &b) != 0)
		goto done;
	if (gvLayout(gvc, b.g, "dot") != 0)
		goto done;
	laid = 1;
	if (gvRenderData(gvc, b.g, "svg", &data, &n) != 0 || data == NULL)
		goto done;
	/* Inline SVG in HTML takes the element, not the prolog and doctype. */
	if ((start = strstr(data, "<svg")) == NULL)
		goto done;
	*len = n - (size_t)(start - data);
	if ((*svg = malloc(*len + 1)) == NULL)
		goto done;
	memcpy(*svg, start, *len);
	(*svg)[*len] = '\0';
	rc = 0;
done:
	if (data != NULL)
		gvFreeRenderData(data);
	if (laid)
		gvFreeLayout(gvc, b.g);
	if (b.g != NULL)
		agclose(b.g);
	gvFreeContext(gvc);
	return rc;
}

int
render_tree_svg(FILE *fp, const struct tree_view *v)
{
	char *svg;
	size_t len;

	if (render_svg_data(v, &svg, &len) == -1)
		return -1;
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n", fp);
	fwrite(svg, 1, len, fp);
	free(svg);
	return 0;
}
