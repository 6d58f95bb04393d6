/*
 * The delegation graph in memory.  Organisations and delegations arrive
 * ordered by id, so lookups are binary searches; edges are grouped by
 * parent and by child with a counting sort.
 */
#include <stdlib.h>
#include <string.h>

#include "graph.h"
#include "i18n.h"

static int
group(const struct graph *g, size_t **idx, size_t **start, bool by_parent)
{
	size_t *count, *v;
	long o;

	*start = calloc(g->norgs + 1, sizeof(size_t));
	*idx = malloc((g->ndels ? g->ndels : 1) * sizeof(size_t));
	count = calloc(g->norgs + 1, sizeof(size_t));
	if (*start == NULL || *idx == NULL || count == NULL) {
		free(count);
		return -1;
	}
	v = *start;
	for (size_t i = 0; i < g->ndels; i++) {
		o = graph_org(g, by_parent ? g->dels[i].parent_id : g->dels[i].child_id);
		if (o >= 0)
			v[o + 1]++;
	}
	for (size_t i = 0; i < g->norgs; i++)
		v[i + 1] += v[i];
	for (size_t i = 0; i < g->ndels; i++) {
		o = graph_org(g, by_parent ? g->dels[i].parent_id : g->dels[i].child_id);
		if (o >= 0)
			(*idx)[v[o] + count[o]++] = i;
	}
	free(count);
	return 0;
}

/*
 * IDs are usually dense (rows are never deleted), so an array from ID to
 * index makes lookups O(1); sparse IDs fall back to binary search.
 */
static int
index_ids(long **at, long *max, size_t n, long (*id)(const struct graph *, size_t),
    const struct graph *g)
{
	*at = NULL;
	*max = n ? id(g, n - 1) : 0;
	if (n == 0 || *max < 0 || (unsigned long)*max > 4 * n + 64)
		return 0;
	if ((*at = malloc(((size_t)*max + 1) * sizeof(long))) == NULL)
		return -1;
	for (long i = 0; i <= *max; i++)
		(*at)[i] = -1;
	for (size_t i = 0; i < n; i++)
		if (id(g, i) >= 0)
			(*at)[id(g, i)] = (long)i;
	return 0;
}

static long
org_id(const struct graph *g, size_t i)
{
	return g->orgs[i].id;
}

static long
del_id(const struct graph *g, size_t i)
{
	return g->dels[i].id;
}

int
graph_load(struct store *s, struct graph *g, struct error *e)
{
	memset(g, 0, sizeof(*g));
	g->root = -1;
	if (store_org_list(s, &g->orgs, &g->norgs, e) != ST_OK ||
	    store_delegation_list(s, &g->dels, &g->ndels, e) != ST_OK)
		goto fail;
	for (size_t i = 0; i < g->norgs; i++)
		if (g->orgs[i].is_root)
			g->root = (long)i;
	if (index_ids(&g->org_at, &g->org_max, g->norgs, org_id, g) == -1 ||
	    index_ids(&g->del_at, &g->del_max, g->ndels, del_id, g) == -1 ||
	    group(g, &g->out, &g->out_start, true) == -1 ||
	    group(g, &g->in, &g->in_start, false) == -1) {
		error_set(e, ST_INTERNAL, _("out of memory"));
		goto fail;
	}
	return ST_OK;
fail:
	graph_free(g);
	return e->status;
}

void
graph_free(struct graph *g)
{
	org_list_free(g->orgs, g->norgs);
	delegation_list_free(g->dels, g->ndels);
	free(g->out);
	free(g->out_start);
	free(g->in);
	free(g->in_start);
	free(g->org_at);
	free(g->del_at);
	memset(g, 0, sizeof(*g));
	g->root = -1;
}

long
graph_org(const struct graph *g, long id)
{
	size_t lo = 0, hi = g->norgs;

	if (g->org_at != NULL)
		return id >= 0 && id <= g->org_max ? g->org_at[id] : -1;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (g->orgs[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < g->norgs && g->orgs[lo].id == id ? (long)lo : -1;
}

long
graph_del(const struct graph *g, long id)
{
	size_t lo = 0, hi = g->ndels;

	if (g->del_at != NULL)
		return id >= 0 && id <= g->del_max ? g->del_at[id] : -1;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (g->dels[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < g->ndels && g->dels[lo].id == id ? (long)lo : -1;
}

const char *
graph_org_name(const struct graph *g, long id)
{
	long o = graph_org(g, id);

	return o >= 0 ? g->orgs[o].name : "?";
}

bool
graph_del_active(const struct delegation *d, struct date today)
{
	struct date on;

	if (d->ended_on && date_parse(d->ended_on, &on) && date_cmp(on, today) <= 0)
		return false;
	return true;
}

/* Breadth-first, so the path reported for a cycle is a shortest one. */
bool
graph_reaches(const struct graph *g, size_t a, size_t b, size_t *path,
    size_t *pathlen)
{
	long *prev;
	size_t *queue, head = 0, tail = 0;
	bool found = false;

	if (a == b) {
		if (path) {
			path[0] = a;
			*pathlen = 1;
		}
		return true;
	}
	prev = malloc(g->norgs * sizeof(*prev));
	queue = malloc(g->norgs * sizeof(*queue));
	if (prev == NULL || queue == NULL)
		goto done;
	for (size_t i = 0; i < g->norgs; i++)
		prev[i] = -2;
	prev[a] = -1;
	queue[tail++] = a;
	while (head < tail && !found) {
		size_t o = queue[head++];
		for (size_t k = g->out_start[o]; k < g->out_start[o + 1]; k++) {
			long c = graph_org(g, g->dels[g->out[k]].child_id);
			if (c < 0 || prev[c] != -2)
				continue;
			prev[c] = (long)o;
			if ((size_t)c == b) {
				found = true;
				break;
			}
			queue[tail++] = (size_t)c;
		}
	}
	if (found && path) {
		size_t n = 0;
		for (long o = (long)b; o != -1; o = prev[o])
			path[n++] = (size_t)o;
		for (size_t i = 0; i < n / 2; i++) {
			size_t t = path[i];
			path[i] = path[n - 1 - i];
			path[n - 1 - i] = t;
		}
		*pathlen = n;
	}
done:
	free(prev);
	free(queue);
	return found;
}

size_t
graph_chain(const struct graph *g, size_t del, size_t *orgs, size_t max)
{
	size_t n = 0, o;
	long c, p;
	size_t guard = 0;

	c = graph_org(g, g->dels[del].child_id);
	if (c < 0 || max == 0)
		return 0;
	/* Walk up along the first incoming edge; the DAG has no cycles. */
	orgs[n++] = (size_t)c;
	p = graph_org(g, g->dels[del].parent_id);
	while (p >= 0 && n < max && guard++ <= g->norgs) {
		o = (size_t)p;
		orgs[n++] = o;
		if ((long)o == g->root)
			break;
		if (g->in_start[o] == g->in_start[o + 1])
			return 0;
		p = graph_org(g, g->dels[g->in[g->in_start[o]]].parent_id);
	}
	if (n == 0 || (long)orgs[n - 1] != g->root)
		return 0;
	for (size_t i = 0; i < n / 2; i++) {
		size_t t = orgs[i];
		orgs[i] = orgs[n - 1 - i];
		orgs[n - 1 - i] = t;
	}
	return n;
}

int
graph_level(const struct graph *g, size_t del)
{
	size_t path[64];
	size_t n = graph_chain(g, del, path, 64);

	return n ? (int)n - 1 : 0;
}
