/*
 * Internals of the doc module: limits, the bounded zip and XML helpers
 * shared by the readers, and one entry point per reader.  Every reader
 * appends UTF-8 text to a strbuf through doc_out_*(), which enforces the
 * text cap, and reports problems as ST_FILE errors naming the document.
 */
#ifndef ITAKU_DOC_INT_H
#define ITAKU_DOC_INT_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/xmlreader.h>
#include <zip.h>

#include "error.h"
#include "strbuf.h"

#define MIB		((size_t)1024 * 1024)
#define DOC_MAX_INPUT	(64 * MIB)	/* bytes of any input file */
#define DOC_MAX_TEXT	(64 * MIB)	/* bytes of extracted text */
#define DOC_MAX_ENTRY	(64 * MIB)	/* inflated bytes of one zip entry */
#define DOC_MAX_INFLATE	(256 * MIB)	/* inflated bytes of one document */
#define DOC_MAX_ENTRIES	10000		/* entries in one zip archive */
#define DOC_MAX_RATIO	200		/* inflated:compressed, for big entries */
#define DOC_RATIO_FROM	(1 * MIB)	/* entries smaller than this may be any ratio */
#define DOC_MAX_DEPTH	256		/* XML and HTML element nesting */
#define DOC_MAX_PARTS	64		/* headers, footers and notes read per docx */
#define DOC_PDF_SECONDS	30		/* wall clock for pdftotext */

/* Bounded reading of zip members. */
struct dzip {
	const char	*name;		/* the document, for messages */
	zip_t		*za;
	size_t		 inflated;	/* total bytes read so far */
};

int	 dz_open(struct dzip *, const char *name, const void *, size_t,
	    struct error *);
/* Index of an entry, or -1 when absent. */
long	 dz_find(struct dzip *, const char *entry);
/* Read a whole entry, NUL-terminated; *buf is malloc'ed. */
int	 dz_read(struct dzip *, long idx, char **buf, size_t *len,
	    struct error *);
void	 dz_close(struct dzip *);

/* A streaming XML reader that refuses DOCTYPEs and deep nesting. */
struct dxml {
	xmlTextReaderPtr r;
	const char	*name;		/* the document */
	const char	*part;		/* the member inside it */
	char		 err[256];	/* first libxml2 message */
	int		 type;		/* current node: XML_READER_TYPE_* */
	int		 depth;
	bool		 empty;		/* an element without end tag */
	const xmlChar	*ns;		/* namespace URI, or NULL */
	const xmlChar	*local;		/* local name */
};

int	 dx_open(struct dxml *, const char *name, const char *part,
	    const char *buf, size_t len, struct error *);
/* 1 on a node, 0 at the end, -1 on error (set in e). */
int	 dx_next(struct dxml *, struct error *);
/* Is the current node the element ns:local? */
bool	 dx_is(const struct dxml *, const char *ns, const char *local);
/* An attribute by namespace and local name, malloc'ed, or NULL. */
char	*dx_attr(const struct dxml *, const char *ns, const char *local);
/* Text of the current text node (not copied). */
const char *dx_value(const struct dxml *);
/* Skip the current element's subtree. */
int	 dx_skip(struct dxml *, struct error *);
void	 dx_close(struct dxml *);

/* Output helpers that cap the text at DOC_MAX_TEXT. */
int	 doc_out(struct strbuf *, const char *, size_t, const char *name,
	    struct error *);
int	 doc_outs(struct strbuf *, const char *, const char *name,
	    struct error *);
/* End the current line unless it is empty. */
int	 doc_out_nl(struct strbuf *, const char *name, struct error *);
/* Drop trailing spaces and tabs on the current line. */
void	 doc_trim_tail(struct strbuf *);
/*
 * Close a table cell whose text began at start: its line breaks and tabs
 * become spaces, trailing spaces go and a tab ends it.
 */
int	 doc_out_cell(struct strbuf *, size_t start, const char *name,
	    struct error *);
/* Close a table row: its last cell's tab becomes the line end. */
int	 doc_out_row(struct strbuf *, const char *name, struct error *);

/* memmem(3), which needs _GNU_SOURCE. */
const void *doc_memmem(const void *, size_t, const void *, size_t);

/* Readers. */
int	 doc_docx(const char *name, struct dzip *, struct strbuf *,
	    struct error *);
int	 doc_odt(const char *name, struct dzip *, struct strbuf *,
	    struct error *);
int	 doc_html(const char *name, const char *utf8, size_t,
	    struct strbuf *, struct error *);
int	 doc_markdown(const char *name, const char *utf8, size_t,
	    struct strbuf *, struct error *);
int	 doc_pdf(const char *name, const void *, size_t, struct strbuf *,
	    struct error *);
/*
 * Decode text of unknown encoding into UTF-8 with '\n' line ends.
 * hint is a declared charset (HTML meta) or NULL.  *encoding is set
 * to a static name of what was detected.
 */
int	 doc_decode(const char *name, const char *, size_t, const char *hint,
	    struct strbuf *, const char **encoding, struct error *);

/* Word list numbering. */
struct numbering;
int	 num_load(struct numbering **, const char *name, const char *numxml,
	    size_t, const char *stylexml, size_t, struct error *);
/*
 * Count the next paragraph of a list and render its label: numId/ilvl
 * as found in the paragraph (-1 when absent), style its paragraph style
 * or NULL, text the paragraph's own text (to choose the separator).
 * Appends the label and separator, e.g. "第7条", to out; nothing when
 * the paragraph is not numbered.  0, or -1 when memory ran out.
 */
int	 num_label(struct numbering *, long numid, long ilvl, const char *style,
	    const char *text, struct strbuf *out);
void	 num_free(struct numbering *);
/* Render n in a Word number format ("decimal", "japaneseCounting", ...). */
int	 num_format(struct strbuf *, const char *fmt, long n);

#endif
