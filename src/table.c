#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "table.h"
#include "utf8.h"

void
table_init(struct table *t, const char **head, size_t ncols)
{
	memset(t, 0, sizeof(*t));
	t->head = head;
	t->ncols = ncols;
	t->maxwidth = 40;
}

int
table_add(struct table *t, const char **cells)
{
	char **nc;

	if (t->nrows == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 16;
		if ((nc = realloc(t->cells, cap * t->ncols * sizeof(*nc))) == NULL)
			return -1;
		t->cells = nc;
		t->cap = cap;
	}
	for (size_t i = 0; i < t->ncols; i++) {
		char **c = &t->cells[t->nrows * t->ncols + i];
		if ((*c = strdup(cells[i] ? cells[i] : "")) == NULL) {
			while (i-- > 0)
				free(t->cells[t->nrows * t->ncols + i]);
			return -1;
		}
		/* Tables are one line per row. */
		for (char *p = *c; *p; p++)
			if (*p == '\n' || *p == '\t')
				*p = ' ';
	}
	t->nrows++;
	return 0;
}

static void
cell(FILE *fp, const char *s, int w, int maxw, int last)
{
	int sw = utf8_width(s);

	if (sw > maxw) {
		size_t n = utf8_fit(s, maxw - 1);
		fwrite(s, 1, n, fp);
		fputs("…", fp);
		sw = utf8_width(s) - utf8_width(s + n) + 1;
	} else
		fputs(s, fp);
	if (!last)
		for (; sw < w + 2; sw++)
			fputc(' ', fp);
}

void
table_print(FILE *fp, const struct table *t)
{
	int *w = calloc(t->ncols, sizeof(int));

	if (w == NULL)
		return;
	for (size_t i = 0; i < t->ncols; i++)
		w[i] = utf8_width(_(t->head[i]));
	for (size_t r = 0; r < t->nrows; r++)
		for (size_t i = 0; i < t->ncols; i++) {
			int cw = utf8_width(t->cells[r * t->ncols + i]);
			if (cw > t->maxwidth)
				cw = t->maxwidth;
			if (cw > w[i])
				w[i] = cw;
		}
	for (size_t i = 0; i < t->ncols; i++)
		cell(fp, _(t->head[i]), w[i], t->maxwidth, i + 1 == t->ncols);
	fputc('\n', fp);
	for (size_t r = 0; r < t->nrows; r++) {
		for (size_t i = 0; i < t->ncols; i++)
			cell(fp, t->cells[r * t->ncols + i], w[i], t->maxwidth,
			    i + 1 == t->ncols);
		fputc('\n', fp);
	}
	free(w);
}

void
table_free(struct table *t)
{
	for (size_t i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i]);
	free(t->cells);
	memset(t, 0, sizeof(*t));
}
