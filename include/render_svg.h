/*
 * The delegation chain as a picture: the tree view laid out by Graphviz's
 * library (dot, left to right) and rendered to SVG in memory, for
 * `tree --format svg` and the HTML report.
 *
 * tree_graph_walk() is the one place that decides what the picture
 * shows (which nodes, their colours, edge labels, dashed unapproved
 * re-delegations), so the DOT text of render_tree_dot() and the SVG
 * agree.
 */
#ifndef ITAKU_RENDER_SVG_H
#define ITAKU_RENDER_SVG_H

#include <stdbool.h>
#include <stddef.h>

#include "tree.h"

#define SVG_FILL_TOP "#e8f0fe"
#define SVG_FILL_OK "#ffffff"
#define SVG_FILL_BELOW "#fff3cd"	/* something below needs attention */
#define SVG_FILL_FLAGGED "#f8d7da"	/* findings of its own */

struct tree_gnode {
	long org_id;
	const char *name;
	const char *fill;
	bool top;
	const char *tooltip;	/* its findings, one a line; "" when none */
};

struct tree_gedge {
	long from, to;		/* org IDs */
	long del_id;
	const char *label;	/* "#3 顧客氏名" and one line per finding */
	bool flagged, unapproved;
};

/*
 * Call node for every organisation shown (the top one first) and edge
 * for every delegation row, in tree order.  A non-zero return from a
 * callback stops the walk and is returned; -1 when memory ran out.
 */
int tree_graph_walk(const struct tree_view *,
    int (*node)(const struct tree_gnode *, void *),
    int (*edge)(const struct tree_gedge *, void *), void *);

/* The SVG element alone (no XML prolog or doctype), malloc'd; -1 on failure. */
int render_svg_data(const struct tree_view *, char **svg, size_t *len);

#endif
