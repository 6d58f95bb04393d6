/*
 * A thin layer over libxml2's streaming reader for the office readers:
 * no network, no DTD, no entity substitution, a DOCTYPE is refused, the
 * nesting is capped, and libxml2's messages become ours instead of
 * going to stderr.
 */
#include <stdio.h>
#include <string.h>

#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include "doc_int.h"
#include "i18n.h"

static void
dx_error(void *arg, xmlErrorPtr err)
{
	struct dxml *x = arg;
	size_t n;

	if (x == NULL || err == NULL || x->err[0] != '\0' ||
	    err->level < XML_ERR_ERROR)
		return;
	snprintf(x->err, sizeof(x->err), _("line %d: %s"), err->line,
	    err->message ? err->message : _("error"));
	n = strlen(x->err);
	while (n > 0 && (x->err[n - 1] == '\n' || x->err[n - 1] == ' '))
		x->err[--n] = '\0';
}

/* Messages that slip past the reader's own handler go nowhere. */
static void
dx_quiet(void *ctx, const char *fmt, ...)
{
	(void)ctx;
	(void)fmt;
}

int
dx_open(struct dxml *x, const char *name, const char *part, const char *buf,
    size_t len, struct error *e)
{
	memset(x, 0, sizeof(*x));
	x->name = name;
	x->part = part;
	if (len > (size_t)0x7fffffff) {
		return error_set(e, ST_FILE, _("%s: %s is too large"), name,
		    part);
	}
	/* Office parts never need one; refuse before parsing a byte. */
	if (doc_memmem(buf, len, "<!DOCTYPE", 9) != NULL ||
	    doc_memmem(buf, len, "<!ENTITY", 8) != NULL) {
		return error_set(e, ST_FILE, _("%s: %s has a DOCTYPE or entity "
		    "declarations, which office documents never need; "
		    "refused"), name, part);
	}
	xmlSetGenericErrorFunc(NULL, dx_quiet);
	x->r = xmlReaderForMemory(buf, (int)len, part, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOERROR |
	    XML_PARSE_NOWARNING);
	if (x->r == NULL)
		return error_set(e, ST_INTERNAL, _("%s: out of memory"), name);
	xmlTextReaderSetStructuredErrorHandler(x->r, dx_error, x);
	return ST_OK;
}

int
dx_next(struct dxml *x, struct error *e)
{
	int rc;

	rc = xmlTextReaderRead(x->r);
	if (rc == 0)
		return 0;
	if (rc < 0) {
		error_set(e, ST_FILE, _("%s: %s is not well-formed XML (%s); "
		    "the document is damaged"), x->name, x->part,
		    x->err[0] ? x->err : _("parse error"));
		return -1;
	}
	x->type = xmlTextReaderNodeType(x->r);
	x->depth = xmlTextReaderDepth(x->r);
	x->empty = x->type == XML_READER_TYPE_ELEMENT &&
	    xmlTextReaderIsEmptyElement(x->r) == 1;
	x->ns = xmlTextReaderConstNamespaceUri(x->r);
	x->local = xmlTextReaderConstLocalName(x->r);
	if (x->type == XML_READER_TYPE_DOCUMENT_TYPE ||
	    x->type == XML_READER_TYPE_ENTITY_REFERENCE ||
	    x->type == XML_READER_TYPE_ENTITY) {
		error_set(e, ST_FILE, _("%s: %s has a DOCTYPE or entities, "
		    "which office documents never need; refused"), x->name,
		    x->part);
		return -1;
	}
	if (x->depth > DOC_MAX_DEPTH) {
		error_set(e, ST_FILE, _("%s: %s nests elements deeper than %d; "
		    "not a document we read"), x->name, x->part,
		    DOC_MAX_DEPTH);
		return -1;
	}
	return 1;
}

bool
dx_is(const struct dxml *x, const char *ns, const char *local)
{
	return x->local != NULL && x->ns != NULL &&
	    strcmp((const char *)x->local, local) == 0 &&
	    strcmp((const char *)x->ns, ns) == 0;
}

char *
dx_attr(const struct dxml *x, const char *ns, const char *local)
{
	return (char *)xmlTextReaderGetAttributeNs(x->r,
	    (const xmlChar *)local, (const xmlChar *)ns);
}

const char *
dx_value(const struct dxml *x)
{
	const xmlChar *v = xmlTextReaderConstValue(x->r);

	return v ? (const char *)v : "";
}

int
dx_skip(struct dxml *x, struct error *e)
{
	int depth = x->depth, rc;

	if (x->type != XML_READER_TYPE_ELEMENT || x->empty)
		return 1;
	while ((rc = dx_next(x, e)) == 1) {
		if (x->depth == depth &&
		    x->type == XML_READER_TYPE_END_ELEMENT)
			return 1;
	}
	if (rc == 0)
		error_set(e, ST_FILE, _("%s: %s ends early; the document is "
		    "damaged"), x->name, x->part);
	return -1;
}

void
dx_close(struct dxml *x)
{
	if (x->r != NULL)
		xmlFreeTextReader(x->r);
	x->r = NULL;
}

int
doc_out(struct strbuf *sb, const char *s, size_t n, const char *name,
    struct error *e)
{
	if (n > DOC_MAX_TEXT || sb->len > DOC_MAX_TEXT - n)
		return error_set(e, ST_FILE, _("%s: the text is longer than "
		    "%zu MiB; not a document we read"), name,
		    DOC_MAX_TEXT / MIB);
	if (sb_add(sb, s, n) == -1)
		return error_set(e, ST_INTERNAL, _("%s: out of memory"), name);
	return ST_OK;
}

int
doc_outs(struct strbuf *sb, const char *s, const char *name,
    struct error *e)
{
	return doc_out(sb, s, strlen(s), name, e);
}

int
doc_out_nl(struct strbuf *sb, const char *name, struct error *e)
{
	doc_trim_tail(sb);
	if (sb->len == 0 || sb->buf[sb->len - 1] == '\n')
		return ST_OK;
	return doc_out(sb, "\n", 1, name, e);
}

int
doc_out_cell(struct strbuf *sb, size_t start, const char *name,
    struct error *e)
{
	/* One cell, one field: its paragraphs become spaces. */
	for (size_t i = start; i < sb->len; i++)
		if (sb->buf[i] == '\n' || sb->buf[i] == '\t')
			sb->buf[i] = ' ';
	while (sb->len > start && sb->buf[sb->len - 1] == ' ')
		sb->buf[--sb->len] = '\0';
	return doc_out(sb, "\t", 1, name, e);
}

int
doc_out_row(struct strbuf *sb, const char *name, struct error *e)
{
	if (sb->len > 0 && sb->buf[sb->len - 1] == '\t') {
		sb->buf[sb->len - 1] = '\n';
		return ST_OK;
	}
	return doc_out(sb, "\n", 1, name, e);
}

void
doc_trim_tail(struct strbuf *sb)
{
	while (sb->len > 0 && (sb->buf[sb->len - 1] == ' ' ||
	    sb->buf[sb->len - 1] == '\t'))
		sb->buf[--sb->len] = '\0';
}

const void *
doc_memmem(const void *hay, size_t n, const void *needle, size_t m)
{
	const char *h = hay, *p;

	if (m == 0)
		return hay;
	while (n >= m && (p = memchr(h, *(const char *)needle, n - m + 1))) {
		if (memcmp(p, needle, m) == 0)
			return p;
		n -= (size_t)(p - h) + 1;
		h = p + 1;
	}
	return NULL;
}
