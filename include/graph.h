/*
 * The delegation graph loaded in memory: organisations are nodes,
 * delegations are edges.  Used for cycle checks, the tree view, chain
 * paths (委託元 › A社 › B社) and the roll-up of findings.
 */
#ifndef ITAKU_GRAPH_H
#define ITAKU_GRAPH_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"
#include "error.h"
#include "store.h"

struct graph {
	struct org *orgs;
	size_t norgs;
	struct delegation *dels;	/* ordered by id */
	size_t ndels;
	long root;			/* index into orgs of the root, -1 if none */
	size_t *out;			/* delegation indices grouped by parent */
	size_t *out_start;		/* out[out_start[o] .. out_start[o + 1]) */
	size_t *in;			/* the same grouped by child */
	size_t *in_start;
	long *org_at, *del_at;		/* ID to index when IDs are dense, else NULL */
	long org_max, del_max;
};

int graph_load(struct store *, struct graph *, struct error *);
void graph_free(struct graph *);
/* Index of an organisation or delegation by ID, -1 when absent. */
long graph_org(const struct graph *, long org_id);
long graph_del(const struct graph *, long delegation_id);
/* The name of organisation id, "?" when absent. */
const char *graph_org_name(const struct graph *, long org_id);
/* A delegation is active on a date when started (or no start) and not ended. */
bool graph_del_active(const struct delegation *, struct date today);
/*
 * Is there a path of delegations from org index a to org index b?  If so
 * and path is not NULL, fill it with the org indices (a first) and its length.
 */
bool graph_reaches(const struct graph *, size_t a, size_t b, size_t *path,
    size_t *pathlen);
/*
 * The chain above a delegation, root first: the org indices from the root
 * down to the delegation's child along the first path found.  Returns the
 * length (0 when the delegation is not connected to the root).
 */
size_t graph_chain(const struct graph *, size_t del, size_t *orgs, size_t max);
/* Level of a delegation: 1 for 委託先, 2 for 再委託先, ...; 0 when unconnected. */
int graph_level(const struct graph *, size_t del);

#endif
