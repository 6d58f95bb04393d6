/*
 * Document import: detect the format from the content (magic bytes, zip
 * members), never from the file name, and turn the document into UTF-8
 * text.  Paragraphs end with '\n'; table cells are separated by '\t' and
 * rows end with '\n'.  Automatic article numbering (Word's numbering.xml,
 * e.g. "第%1条") is restored into the text so articles can be named.
 * Tracked deletions are dropped and insertions kept; a docx's headers,
 * footers, footnotes and endnotes follow the body after a blank line.
 *
 * Readers are bounded: input size, inflated size, zip entry count and
 * ratio, XML depth and text size are capped, DOCTYPEs are refused, and a
 * hostile file gets an error, never a crash, a hang or unbounded memory.
 */
#ifndef ITAKU_DOC_H
#define ITAKU_DOC_H

#include <stddef.h>

#include "error.h"

enum doc_format {
	DOC_TEXT,	/* plain text in any Japanese encoding or UTF-16 */
	DOC_MARKDOWN,
	DOC_HTML,
	DOC_DOCX,
	DOC_ODT,
	DOC_PDF
};

struct doc {
	enum doc_format format;
	const char *format_name;	/* "text", "markdown", "html", "docx", "odt", "pdf" */
	const char *encoding;		/* source encoding of text formats, else "UTF-8":
					   "Shift_JIS" (read as CP932), "EUC-JP",
					   "ISO-2022-JP", "UTF-16LE", ... (static) */
	char *text;			/* UTF-8, NUL-terminated */
	size_t len;
};

/*
 * Read a document.  Errors are ST_FILE with a message "<path>: <why and
 * what to do>", e.g. "contract.doc: legacy Word .doc is not supported;
 * save it as .docx".
 */
int doc_read_file(const char *path, struct doc *, struct error *);
/* The same from memory; name is used in messages only. */
int doc_read_mem(const char *name, const void *, size_t, struct doc *, struct error *);
void doc_free(struct doc *);

#endif
