/* Aligned text tables for listings; columns measured in display width. */
#ifndef ITAKU_TABLE_H
#define ITAKU_TABLE_H

#include <stddef.h>
#include <stdio.h>

struct table {
	size_t ncols;
	const char **head;
	char **cells;		/* rows * ncols, owned */
	size_t nrows, cap;
	int maxwidth;		/* a cell wider than this is cut with "…" */
};

void table_init(struct table *, const char **head, size_t ncols);
/* Add a row of ncols strings (NULL prints as empty); copies them.  -1 on no memory. */
int table_add(struct table *, const char **cells);
void table_print(FILE *, const struct table *);
void table_free(struct table *);

#endif
