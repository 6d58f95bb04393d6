/*
 * Rendering clause-check results as text or JSON.  Renderers print to a
 * FILE and know nothing of argv, so `contract show` can reuse them.
 */
#ifndef ITAKU_CHECK_RENDER_H
#define ITAKU_CHECK_RENDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

#include "clause.h"
#include "error.h"

struct check_doc {
	const char *file;
	const char *format;		/* "docx", "text", … */
	bool ruleset_auto;		/* chosen because the text is English */
	const struct check_result *res;
};

/* Header, one line per clause, then model wording for what is missing. */
void check_render_text(FILE *, const struct check_doc *);
/* One document as a JSON object (new reference), NULL when out of memory. */
json_t *check_doc_json(const struct check_doc *);
/* {"documents":[…]} for all documents, one line, newline-terminated. */
int check_render_json(FILE *, const struct check_doc *, size_t n,
    struct error *);

#endif
