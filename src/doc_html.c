/*
 * HTML through libxml2's HTML parser, driven as a SAX push parser so a
 * large or deeply nested page costs no tree: block elements end lines,
 * table cells are separated by tabs, script, style and head are left
 * out, and white space collapses as a browser would.  The input is
 * already UTF-8 (doc_decode), so the page's own charset is ignored.
 */
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include "doc_int.h"
#include "i18n.h"

#define CHUNK	65536

struct html {
	const char	*name;
	struct strbuf	*sb;
	struct error	*e;
	htmlParserCtxtPtr ctxt;
	int		 depth;
	int		 skip;		/* depth of a skipped element, or 0 */
	int		 pre;		/* open <pre> elements */
	bool		 stopped;
};

static bool
among(const char *name, const char *const *list)
{
	for (int i = 0; list[i] != NULL; i++)
		if (strcmp(name, list[i]) == 0)
			return true;
	return false;
}

static const char *const skipped[] = {
	"script", "style", "head", "title", "noscript", "template", "svg",
	"math", "iframe", "object", "select", "button", NULL
};

static const char *const blocks[] = {
	"address", "article", "aside", "blockquote", "center", "dd",
	"details", "dialog", "div", "dl", "dt", "fieldset", "figcaption",
	"figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
	"header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
	"summary", "table", "ul", "caption", "body", "html", "tr", NULL
};

static void
stop(struct html *h)
{
	if (!h->stopped) {
		h->stopped = true;
		xmlStopParser(h->ctxt);
	}
}

static void
out(struct html *h, const char *s, size_t n)
{
	if (h->e->status == ST_OK &&
	    doc_out(h->sb, s, n, h->name, h->e) != ST_OK)
		stop(h);
}

static void
newline(struct html *h)
{
	if (h->e->status == ST_OK &&
	    doc_out_nl(h->sb, h->name, h->e) != ST_OK)
		stop(h);
}

static void
start(void *ctx, const xmlChar *xname, const xmlChar **attrs)
{
	struct html *h = ctx;
	const char *name = (const char *)xname;

	(void)attrs;
	if (++h->depth > DOC_MAX_DEPTH) {
		error_set(h->e, ST_FILE, _("%s: the HTML nests elements deeper "
		    "than %d; not a document we read"), h->name, DOC_MAX_DEPTH);
		stop(h);
		return;
	}
	if (h->skip)
		return;
	if (among(name, skipped)) {
		h->skip = h->depth;
		return;
	}
	if (strcmp(name, "br") == 0)
		out(h, "\n", 1);
	else if (strcmp(name, "pre") == 0) {
		newline(h);
		h->pre++;
	} else if (among(name, blocks))
		newline(h);
}

static void
end(void *ctx, const xmlChar *xname)
{
	struct html *h = ctx;
	const char *name = (const char *)xname;
	struct strbuf *sb = h->sb;

	if (h->depth-- <= 0)
		h->depth = 0;
	if (h->skip) {
		if (h->depth < h->skip)
			h->skip = 0;
		return;
	}
	if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0) {
		doc_trim_tail(sb);
		/* A cell's paragraphs stay in the cell. */
		while (sb->len > 0 && sb->buf[sb->len - 1] == '\n')
			sb->buf[--sb->len] = '\0';
		out(h, "\t", 1);
	} else if (strcmp(name, "tr") == 0) {
		if (sb->len > 0 && sb->buf[sb->len - 1] == '\t')
			sb->buf[sb->len - 1] = '\n';
		else
			newline(h);
	} else if (strcmp(name, "pre") == 0) {
		if (h->pre > 0)
			h->pre--;
		newline(h);
	} else if (among(name, blocks))
		newline(h);
}

static void
chars(void *ctx, const xmlChar *xs, int len)
{
	struct html *h = ctx;
	const char *s = (const char *)xs;
	struct strbuf *sb = h->sb;
	int i = 0, n;

	if (h->skip || len <= 0)
		return;
	if (h->pre) {
		out(h, s, (size_t)len);
		return;
	}
	while (i < len) {
		if (strchr(" \t\n\r\f", s[i]) != NULL ||
		    (i + 1 < len && (unsigned char)s[i] == 0xc2 &&
		    (unsigned char)s[i + 1] == 0xa0)) {
			/* White space and &nbsp; collapse to one space. */
			i += s[i] == '\xc2' ? 2 : 1;
			if (sb->len > 0 && !strchr(" \n\t",
			    sb->buf[sb->len - 1]))
				out(h, " ", 1);
			continue;
		}
		for (n = i; n < len && !strchr(" \t\n\r\f", s[n]) &&
		    !((unsigned char)s[n] == 0xc2 && n + 1 < len &&
		    (unsigned char)s[n + 1] == 0xa0); n++)
			;
		out(h, s + i, (size_t)(n - i));
		i = n;
	}
}

static void
quiet(void *ctx, const char *fmt, ...)
{
	(void)ctx;
	(void)fmt;
}

static void
squiet(void *ctx, xmlErrorPtr err)
{
	(void)ctx;
	(void)err;
}

int
doc_html(const char *name, const char *buf, size_t len, struct strbuf *sb,
    struct error *e)
{
	xmlSAXHandler sax;
	struct html h;
	size_t off = 0, n;

	memset(&sax, 0, sizeof(sax));
	sax.startElement = start;
	sax.endElement = end;
	sax.characters = chars;
	sax.ignorableWhitespace = chars;
	sax.warning = quiet;
	sax.error = quiet;
	sax.fatalError = quiet;
	sax.serror = squiet;
	memset(&h, 0, sizeof(h));
	h.name = name;
	h.sb = sb;
	h.e = e;
	h.ctxt = htmlCreatePushParserCtxt(&sax, &h, NULL, 0, name,
	    XML_CHAR_ENCODING_UTF8);
	if (h.ctxt == NULL)
		return error_set(e, ST_INTERNAL, _("%s: out of memory"), name);
	htmlCtxtUseOptions(h.ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC |
	    HTML_PARSE_NODEFDTD);
	do {
		n = len - off > CHUNK ? CHUNK : len - off;
		htmlParseChunk(h.ctxt, buf + off, (int)n, off + n == len);
		off += n;
	} while (off < len && !h.stopped && e->status == ST_OK);
	if (h.ctxt->myDoc != NULL)
		xmlFreeDoc(h.ctxt->myDoc);
	htmlFreeParserCtxt(h.ctxt);
	if (e->status == ST_OK)
		doc_out_nl(sb, name, e);
	return e->status;
}
