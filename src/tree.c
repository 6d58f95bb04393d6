#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "tree.h"

const char *
tree_level_name(int depth, char *buf, size_t size)
{
	static const char *names[] = { N_("entrusting business"),
	    N_("contractor"), N_("subcontractor"), N_("sub-subcontractor") };

	if (depth >= 0 && depth < 4)
		snprintf(buf, size, "%s", _(names[depth]));
	else
		snprintf(buf, size, _("level-%d contractor"), depth);
	return buf;
}

/* Group findings by delegation index with a counting sort. */
static int
index_findings(struct tree_view *v)
{
	const struct graph *g = v->g;
	size_t *fill;
	long d;

	v->fstart = calloc(g->ndels + 1, sizeof(size_t));
	v->fidx = malloc((v->f->n ? v->f->n : 1) * sizeof(size_t));
	fill = calloc(g->ndels + 1, sizeof(size_t));
	if (v->fstart == NULL || v->fidx == NULL || fill == NULL) {
		free(fill);
		return -1;
	}
	for (size_t i = 0; i < v->f->n; i++)
		if ((d = graph_del(g, v->f->v[i].delegation_id)) >= 0)
			v->fstart[d + 1]++;
	for (size_t i = 0; i < g->ndels; i++)
		v->fstart[i + 1] += v->fstart[i];
	for (size_t i = 0; i < v->f->n; i++)
		if ((d = graph_del(g, v->f->v[i].delegation_id)) >= 0)
			v->fidx[v->fstart[d] + fill[d]++] = i;
	free(fill);
	return 0;
}

static bool
visible(const struct tree_view *v, const struct delegation *d, bool all)
{
	return all || graph_del_active(d, v->today);
}

/*
 * below[o]: some delegation out of o (shown in the view) has findings, or
 * its child has something below.  Kahn's algorithm gives a topological
 * order of the DAG; walking it backwards settles children first.
 */
static int
roll_up(struct tree_view *v, bool all)
{
	const struct graph *g = v->g;
	size_t *indeg, *order, head = 0, tail = 0;
	long c;

	v->below = calloc(g->norgs ? g->norgs : 1, sizeof(bool));
	indeg = calloc(g->norgs ? g->norgs : 1, sizeof(size_t));
	order = malloc((g->norgs ? g->norgs : 1) * sizeof(size_t));
	if (v->below == NULL || indeg == NULL || order == NULL)
		goto fail;
	for (size_t i = 0; i < g->ndels; i++)
		if (visible(v, &g->dels[i], all) &&
		    (c = graph_org(g, g->dels[i].child_id)) >= 0)
			indeg[c]++;
	for (size_t o = 0; o < g->norgs; o++)
		if (indeg[o] == 0)
			order[tail++] = o;
	while (head < tail) {
		size_t o = order[head++];
		for (size_t k = g->out_start[o]; k < g->out_start[o + 1]; k++) {
			const struct delegation *d = &g->dels[g->out[k]];
			if (!visible(v, d, all) || (c = graph_org(g, d->child_id)) < 0)
				continue;
			if (--indeg[c] == 0)
				order[tail++] = (size_t)c;
		}
	}
	while (tail-- > 0) {
		size_t o = order[tail];
		for (size_t k = g->out_start[o]; k < g->out_start[o + 1]; k++) {
			size_t di = g->out[k];
			const struct delegation *d = &g->dels[di];
			if (!visible(v, d, all) || (c = graph_org(g, d->child_id)) < 0)
				continue;
			if (v->fstart[di + 1] > v->fstart[di] || v->below[c])
				v->below[o] = true;
		}
	}
	free(indeg);
	free(order);
	return 0;
fail:
	free(indeg);
	free(order);
	return -1;
}

struct frame {
	size_t org;
	size_t k, end;		/* next outgoing edge to visit */
	int depth;
};

static int
push_row(struct tree_view *v, size_t *cap, struct tree_row row)
{
	struct tree_row *nr;

	if (v->nrows == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		if ((nr = realloc(v->rows, *cap * sizeof(*nr))) == NULL)
			return -1;
		v->rows = nr;
	}
	v->rows[v->nrows++] = row;
	return 0;
}

/* Pre-order walk with an explicit stack: chains can be deep. */
static int
walk(struct tree_view *v, const struct tree_options *opt)
{
	const struct graph *g = v->g;
	struct frame *stack;
	bool *seen;
	size_t sp = 0, cap = 0;
	int rc = -1;

	stack = malloc((g->norgs + 1) * sizeof(*stack));
	seen = calloc(g->norgs + 1, sizeof(bool));
	if (stack == NULL || seen == NULL)
		goto done;
	stack[sp++] = (struct frame){ v->top, g->out_start[v->top],
	    g->out_start[v->top + 1], 0 };
	seen[v->top] = true;
	while (sp > 0) {
		struct frame *fr = &stack[sp - 1];
		size_t di, next;
		long c;

		/* Find the next visible edge, and whether another follows it. */
		while (fr->k < fr->end && !visible(v, &g->dels[g->out[fr->k]], opt->all))
			fr->k++;
		if (fr->k == fr->end) {
			sp--;
			continue;
		}
		di = g->out[fr->k++];
		next = fr->k;
		while (next < fr->end && !visible(v, &g->dels[g->out[next]], opt->all))
			next++;
		c = graph_org(g, g->dels[di].child_id);
		struct tree_row row = { di, fr->depth + 1, next == fr->end,
		    c >= 0 && seen[c], false };
		bool expand = c >= 0 && !row.repeat;
		if (expand && opt->max_depth > 0 && row.depth >= opt->max_depth) {
			row.truncated = g->out_start[c] < g->out_start[c + 1];
			expand = false;
		}
		if (push_row(v, &cap, row) == -1)
			goto done;
		if (v->fstart[di + 1] > v->fstart[di])
			v->flagged++;
		if (expand) {
			seen[c] = true;
			stack[sp++] = (struct frame){ (size_t)c, g->out_start[c],
			    g->out_start[c + 1], row.depth };
		}
	}
	rc = 0;
done:
	free(stack);
	free(seen);
	return rc;
}

int
tree_build(const struct graph *g, const struct findings *f, struct date today,
    const struct tree_options *opt, struct tree_view *v, struct error *e)
{
	long top;

	memset(v, 0, sizeof(*v));
	v->g = g;
	v->f = f;
	v->today = today;
	if (opt->top_org != 0)
		top = graph_org(g, opt->top_org);
	else
		top = g->root;
	if (top < 0) {
		if (opt->top_org == 0)
			return error_set(e, ST_DATA, _("tree: the register is "
			    "empty; start with itaku init --org NAME"));
		return error_set(e, ST_DATA, _("organisation %ld: no such "
		    "organisation"), opt->top_org);
	}
	v->top = (size_t)top;
	if (index_findings(v) == -1 || roll_up(v, opt->all) == -1 ||
	    walk(v, opt) == -1) {
		tree_free(v);
		return error_set(e, ST_INTERNAL, _("out of memory"));
	}
	return ST_OK;
}

void
tree_free(struct tree_view *v)
{
	free(v->rows);
	free(v->fstart);
	free(v->fidx);
	free(v->below);
	v->rows = NULL;
	v->fstart = v->fidx = NULL;
	v->below = NULL;
	v->nrows = 0;
}

size_t
tree_nfindings(const struct tree_view *v, size_t del)
{
	return v->fstart[del + 1] - v->fstart[del];
}

const struct finding *
tree_finding(const struct tree_view *v, size_t del, size_t i)
{
	return &v->f->v[v->fidx[v->fstart[del] + i]];
}

bool
tree_row_flagged(const struct tree_view *v, const struct tree_row *r)
{
	long c = graph_org(v->g, v->g->dels[r->del].child_id);

	return v->fstart[r->del + 1] > v->fstart[r->del] || (c >= 0 && v->below[c]);
}
