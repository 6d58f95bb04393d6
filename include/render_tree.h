/* Renderers of the tree view: terminal, JSON and Graphviz DOT. */
#ifndef ITAKU_RENDER_TREE_H
#define ITAKU_RENDER_TREE_H

#include <stdio.h>

#include "tree.h"

void render_tree_text(FILE *, const struct tree_view *);
/* These two: -1 when memory ran out. */
int render_tree_json(FILE *, const struct tree_view *);
int render_tree_dot(FILE *, const struct tree_view *);
/* Laid out by Graphviz's library (src/render_svg.c); -1 on failure. */
int render_tree_svg(FILE *, const struct tree_view *);

#endif
