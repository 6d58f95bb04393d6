/*
 * Document import: tell the format from the bytes, never from the
 * name, refuse what we cannot read with a message that says what to
 * do, and hand the bytes to the reader for the format.
 */
#include <sys/stat.h>

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "doc.h"
#include "doc_int.h"
#include "i18n.h"
#include "utf8.h"

static const char *const format_names[] = {
	"text", "markdown", "html", "docx", "odt", "pdf"
};

static bool
starts(const void *buf, size_t len, const void *magic, size_t n)
{
	return len >= n && memcmp(buf, magic, n) == 0;
}

/* An OLE2 compound file: a legacy Office file or encrypted OOXML. */
static int
ole2(const char *name, const char *buf, size_t len, struct error *e)
{
	static const char enc[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e";
	static const char word[] = "W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t";

	if (doc_memmem(buf, len, enc, sizeof(enc) - 1) != NULL)
		return error_set(e, ST_FILE, _("%s: the document is "
		    "password-protected; remove the password and save again"),
		    name);
	if (doc_memmem(buf, len, word, sizeof(word) - 1) != NULL)
		return error_set(e, ST_FILE, _("%s: legacy Word .doc is not "
		    "supported; save it as .docx"), name);
	return error_set(e, ST_FILE, _("%s: a legacy Microsoft Office file "
	    "(.doc, .xls or .ppt); save it as .docx"), name);
}

static int
refuse_binary(const char *name, const unsigned char *u, size_t len,
    struct error *e)
{
	if (starts(u, len, "\x89PNG", 4) || starts(u, len, "\xff\xd8\xff", 3) ||
	    starts(u, len, "GIF87a", 6) || starts(u, len, "GIF89a", 6) ||
	    starts(u, len, "II*\0", 4) || starts(u, len, "MM\0*", 4) ||
	    (starts(u, len, "RIFF", 4) && len >= 12 &&
	    memcmp(u + 8, "WEBP", 4) == 0) ||
	    (len >= 12 && memcmp(u + 4, "ftypheic", 8) == 0))
		return error_set(e, ST_FILE, _("%s: an image, not a text "
		    "document; scanned contracts need OCR first"), name);
	if (starts(u, len, "{\\rtf", 5))
		return error_set(e, ST_FILE, _("%s: RTF is not supported; save it "
		    "as .docx or as plain text"), name);
	if (starts(u, len, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8))
		return ole2(name, (const char *)u, len, e);
	if (starts(u, len, "\x7f" "ELF", 4) || starts(u, len, "\x1f\x8b", 2) ||
	    starts(u, len, "7z\xbc\xaf", 4) || starts(u, len, "Rar!", 4) ||
	    starts(u, len, "BZh", 3) || starts(u, len, "\xfd" "7zXZ", 5) ||
	    starts(u, len, "%!PS", 4) || starts(u, len, "MZ", 2))
		return error_set(e, ST_FILE, _("%s: a binary file, not a "
		    "document we read (docx, odt, pdf, html, text)"), name);
	return ST_OK;
}

static int
read_zip(const char *name, const void *buf, size_t len, struct doc *d,
    struct strbuf *sb, struct error *e)
{
	struct dzip z;
	char *mt = NULL;
	size_t mtlen;
	long idx;

	if (dz_open(&z, name, buf, len, e) != ST_OK)
		return e->status;
	if (dz_find(&z, "word/document.xml") >= 0) {
		d->format = DOC_DOCX;
		doc_docx(name, &z, sb, e);
	} else if ((idx = dz_find(&z, "mimetype")) >= 0) {
		if (dz_read(&z, idx, &mt, &mtlen, e) != ST_OK)
			goto done;
		mtlen = strcspn(mt, " \r\n");
		if (mtlen >= 39 && strncmp(mt,
		    "application/vnd.oasis.opendocument.text", 39) == 0) {
			d->format = DOC_ODT;
			doc_odt(name, &z, sb, e);
		} else
			error_set(e, ST_FILE, _("%s: an OpenDocument file but "
			    "not a text document (%.*s); save the contract "
			    "as .odt or .docx"), name,
			    (int)(mtlen > 80 ? 80 : mtlen), mt);
	} else if (dz_find(&z, "xl/workbook.xml") >= 0)
		error_set(e, ST_FILE, _("%s: an Excel workbook, not a contract "
		    "document; save the contract as .docx"), name);
	else if (dz_find(&z, "ppt/presentation.xml") >= 0)
		error_set(e, ST_FILE, _("%s: a PowerPoint presentation, not a "
		    "contract document; save the contract as .docx"), name);
	else
		error_set(e, ST_FILE, _("%s: a zip archive but not a .docx or "
		    ".odt document"), name);
done:
	free(mt);
	dz_close(&z);
	return e->status;
}

/* After a BOM and white space: does the text open like HTML? */
static bool
looks_html(const char *s, size_t len)
{
	static const char *const tags[] = {
		"<!doctype html", "<html", "<head", "<body", "<meta", "<title",
		"<p>", "<p ", "<div", "<table", "<h1", "<h2", "<h3", "<br",
		"<!--", NULL
	};
	size_t i = 0, n;

	if (len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < len && strchr(" \t\r\n\f", s[i]) != NULL && s[i] != '\0')
		i++;
	if (len - i >= 5 && strncmp(s + i, "<?xml", 5) == 0) {
		/* XHTML: the html element follows the declaration. */
		n = len - i > 1024 ? 1024 : len - i;
		for (size_t k = i; k + 5 <= i + n; k++)
			if (strncasecmp(s + k, "<html", 5) == 0)
				return true;
		return false;
	}
	for (int t = 0; tags[t] != NULL; t++) {
		n = strlen(tags[t]);
		if (len - i >= n && strncasecmp(s + i, tags[t], n) == 0) {
			if (t != 14)
				return true;
			/* A comment first: look for a tag nearby. */
			n = len - i > 4096 ? 4096 : len - i;
			for (size_t k = i; k + 5 <= i + n; k++)
				if (strncasecmp(s + k, "<html", 5) == 0 ||
				    strncasecmp(s + k, "<body", 5) == 0)
					return true;
			return false;
		}
	}
	return false;
}

/* <meta charset="x"> or content="text/html; charset=x", in raw bytes. */
static const char *
meta_charset(const char *buf, size_t len, char *out, size_t outsz)
{
	size_t n = len > 8192 ? 8192 : len, k;
	const char *p;

	for (size_t i = 0; i + 8 < n; i++) {
		if (strncasecmp(buf + i, "charset=", 8) != 0)
			continue;
		p = buf + i + 8;
		while (p < buf + n && (*p == '"' || *p == '\'' || *p == ' '))
			p++;
		for (k = 0; p + k < buf + n && k + 1 < outsz &&
		    (isalnum((unsigned char)p[k]) || p[k] == '-' ||
		    p[k] == '_'); k++)
			out[k] = p[k];
		out[k] = '\0';
		return k ? out : NULL;
	}
	return NULL;
}

/* Markdown only when it says so: headings, a table, a fence, bold. */
static bool
looks_markdown(const char *s, size_t len)
{
	const char *p = s, *end = s + len, *q;
	int bold = 0;

	for (; p < end; p = q + 1) {
		if ((q = memchr(p, '\n', (size_t)(end - p))) == NULL)
			q = end;
		if ((q - p >= 2 && p[0] == '#' && (p[1] == ' ' || p[1] == '#')) ||
		    (q - p >= 3 && (strncmp(p, "```", 3) == 0)))
			return true;
		if (q - p >= 3 && p[0] == '|' && memchr(p, '-', (size_t)(q - p))
		    && strspn(p, "|:- \t") == (size_t)(q - p))
			return true;
		for (const char *b = p; b + 1 < q; b++)
			if (b[0] == '*' && b[1] == '*') {
				bold++;
				b++;
			}
	}
	return bold >= 4;
}

static int
read_text(const char *name, const char *buf, size_t len, struct doc *d,
    struct strbuf *sb, struct error *e)
{
	struct strbuf utf8 = STRBUF_INIT;
	char cs[64];
	const char *hint = NULL;

	if (looks_html(buf, len))
		hint = meta_charset(buf, len, cs, sizeof(cs));
	if (doc_decode(name, buf, len, hint, &utf8, &d->encoding, e) != ST_OK)
		goto done;
	if (looks_html(utf8.buf, utf8.len)) {
		d->format = DOC_HTML;
		doc_html(name, utf8.buf, utf8.len, sb, e);
	} else if (looks_markdown(utf8.buf, utf8.len)) {
		d->format = DOC_MARKDOWN;
		doc_markdown(name, utf8.buf, utf8.len, sb, e);
	} else {
		d->format = DOC_TEXT;
		*sb = utf8;
		utf8 = (struct strbuf)STRBUF_INIT;
	}
done:
	sb_free(&utf8);
	return e->status;
}

int
doc_read_mem(const char *name, const void *buf, size_t len, struct doc *d,
    struct error *e)
{
	struct strbuf sb = STRBUF_INIT;
	const unsigned char *u = buf;
	const char *pdf;

	memset(d, 0, sizeof(*d));
	d->encoding = "UTF-8";
	if (len == 0) {
		error_set(e, ST_FILE, _("%s: the file is empty"), name);
		goto done;
	}
	if (len > DOC_MAX_INPUT) {
		error_set(e, ST_FILE, _("%s: the file is too large (%zu MiB; the "
		    "limit is %zu MiB)"), name, len / MIB, DOC_MAX_INPUT / MIB);
		goto done;
	}
	pdf = doc_memmem(buf, len > 1024 ? 1024 : len, "%PDF-", 5);
	if (starts(u, len, "PK\3\4", 4) || starts(u, len, "PK\5\6", 4)) {
		read_zip(name, buf, len, d, &sb, e);
	} else if (pdf != NULL) {
		d->format = DOC_PDF;
		doc_pdf(name, buf, len, &sb, e);
	} else if (refuse_binary(name, u, len, e) == ST_OK)
		read_text(name, buf, len, d, &sb, e);
	if (e->status != ST_OK)
		goto done;
	if (!utf8_valid(sb.buf ? sb.buf : "", sb.len)) {
		error_set(e, ST_FILE, _("%s: the document's text is not valid "
		    "UTF-8; it is damaged"), name);
		goto done;
	}
	d->format_name = format_names[d->format];
	d->len = sb.len;
	if ((d->text = sb_detach(&sb)) == NULL)
		error_set(e, ST_INTERNAL, _("%s: out of memory"), name);
done:
	sb_free(&sb);
	if (e->status != ST_OK) {
		free(d->text);
		memset(d, 0, sizeof(*d));
	}
	return e->status;
}

int
doc_read_file(const char *path, struct doc *d, struct error *e)
{
	struct stat st;
	char *buf = NULL;
	size_t len = 0;
	ssize_t n;
	int fd;

	memset(d, 0, sizeof(*d));
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return error_set(e, ST_FILE, "%s: %s", path, strerror(errno));
	if (fstat(fd, &st) == -1) {
		error_set(e, ST_FILE, "%s: %s", path, strerror(errno));
		goto done;
	}
	if (S_ISDIR(st.st_mode)) {
		error_set(e, ST_FILE, _("%s: is a directory, not a document"),
		    path);
		goto done;
	}
	if (S_ISREG(st.st_mode) && (size_t)st.st_size > DOC_MAX_INPUT) {
		error_set(e, ST_FILE, _("%s: the file is too large (%lld MiB; the "
		    "limit is %zu MiB)"), path, (long long)st.st_size /
		    (long long)MIB, DOC_MAX_INPUT / MIB);
		goto done;
	}
	/* Read at most one byte past the cap, whatever stat said. */
	if ((buf = malloc(DOC_MAX_INPUT + 1 < (size_t)st.st_size + 65536 ?
	    DOC_MAX_INPUT + 1 : (size_t)st.st_size + 65536)) == NULL) {
		error_set(e, ST_INTERNAL, _("%s: out of memory"), path);
		goto done;
	}
	{
		size_t cap = DOC_MAX_INPUT + 1 < (size_t)st.st_size + 65536 ?
		    DOC_MAX_INPUT + 1 : (size_t)st.st_size + 65536;
		char *p;

		for (;;) {
			if (len == cap) {
				if (cap > DOC_MAX_INPUT)
					break;
				cap = cap * 2 > DOC_MAX_INPUT + 1 ?
				    DOC_MAX_INPUT + 1 : cap * 2;
				if ((p = realloc(buf, cap)) == NULL) {
					error_set(e, ST_INTERNAL, _("%s: out of "
					    "memory"), path);
					goto done;
				}
				buf = p;
			}
			n = read(fd, buf + len, cap - len);
			if (n == -1 && errno == EINTR)
				continue;
			if (n == -1) {
				error_set(e, ST_FILE, "%s: %s", path,
				    strerror(errno));
				goto done;
			}
			if (n == 0)
				break;
			len += (size_t)n;
		}
	}
	doc_read_mem(path, buf, len, d, e);
done:
	free(buf);
	close(fd);
	return e->status;
}

void
doc_free(struct doc *d)
{
	if (d == NULL)
		return;
	free(d->text);
	d->text = NULL;
	d->len = 0;
}
