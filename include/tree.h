/*
 * The tree view of the delegation DAG: a pre-order walk from the root (or
 * any organisation) with each node's findings and a roll-up, so that a
 * contractor is flagged when anything below it is.  A company that serves
 * several contractors is expanded once and marked as a repeat elsewhere.
 */
#ifndef ITAKU_TREE_H
#define ITAKU_TREE_H

#include <stdbool.h>
#include <stddef.h>

#include "findings.h"
#include "graph.h"

struct tree_row {
	size_t del;		/* delegation index in the graph */
	int depth;		/* 1 for 委託先, 2 for 再委託先, ... */
	bool last;		/* last among its siblings */
	bool repeat;		/* its organisation was expanded above */
	bool truncated;		/* --depth hid what is below */
};

struct tree_view {
	const struct graph *g;
	const struct findings *f;
	struct date today;
	size_t top;		/* org index the view starts from */
	struct tree_row *rows;
	size_t nrows;
	size_t *fstart;		/* findings of delegation i: fidx[fstart[i]..fstart[i+1]) */
	size_t *fidx;
	bool *below;		/* per org: something below it is flagged */
	size_t flagged;		/* rows with findings of their own */
};

struct tree_options {
	long top_org;		/* org ID to start from; 0 for the root */
	int max_depth;		/* 0 for no limit */
	bool all;		/* include ended delegations */
};

int tree_build(const struct graph *, const struct findings *, struct date today,
    const struct tree_options *, struct tree_view *, struct error *);
void tree_free(struct tree_view *);
/* The findings of delegation index del: how many, and the i-th. */
size_t tree_nfindings(const struct tree_view *, size_t del);
const struct finding *tree_finding(const struct tree_view *, size_t del, size_t i);
/* The row's own findings or anything below its organisation. */
bool tree_row_flagged(const struct tree_view *, const struct tree_row *);
/* Contractor (委託先), subcontractor (再委託先), ... by depth; 0 is the root. */
const char *tree_level_name(int depth, char *buf, size_t size);

#endif
