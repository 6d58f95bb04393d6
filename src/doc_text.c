/*
 * Text of unknown encoding to UTF-8.  Byte order marks and NUL patterns
 * first, then ISO-2022-JP escapes, then valid UTF-8, then a declared
 * charset, then uchardet's guess; every conversion is strict, so a
 * damaged file gets an error with the byte offset instead of mojibake.
 */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <uchardet.h>

#include "doc_int.h"
#include "i18n.h"
#include "utf8.h"

/* Share of bytes >= 0x80 that sit in well-formed UTF-8 sequences, %. */
static int
utf8_share(const unsigned char *p, size_t len)
{
	size_t i = 0, good = 0, high = 0, n;

	while (i < len) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		n = p[i] >= 0xf0 ? 4 : p[i] >= 0xe0 ? 3 : p[i] >= 0xc0 ? 2 : 1;
		if (n > 1 && n <= len - i && utf8_prefix((const char *)p + i, n) == n) {
			good += n;
			high += n;
			i += n;
		} else {
			high++;
			i++;
		}
	}
	return high ? (int)(good * 100 / high) : 100;
}

enum conv_rc { CONV_OK, CONV_BAD, CONV_SHORT, CONV_NOMEM, CONV_BIG,
    CONV_NOCONV };

/* Strict conversion; on CONV_BAD or CONV_SHORT *at is the byte offset. */
static enum conv_rc
conv(const char *from, const char *buf, size_t len, struct strbuf *out,
    size_t *at)
{
	iconv_t cd;
	char *in = (char *)buf, *o, *res = NULL, *p;
	size_t inleft = len, oleft, cap, used = 0;
	enum conv_rc rc = CONV_OK;
	bool flushed = false;

	sb_reset(out);
	if ((cd = iconv_open("UTF-8", from)) == (iconv_t)-1)
		return CONV_NOCONV;
	cap = len < DOC_MAX_TEXT / 2 ? len * 2 + 64 : DOC_MAX_TEXT + 64;
	if ((res = malloc(cap)) == NULL) {
		rc = CONV_NOMEM;
		goto done;
	}
	for (;;) {
		o = res + used;
		oleft = cap - used;
		if (inleft == 0) {
			/* Flush the shift state (ISO-2022-JP). */
			if (iconv(cd, NULL, NULL, &o, &oleft) != (size_t)-1) {
				rc = CONV_OK;
				flushed = true;
			}
			else if (errno == E2BIG)
				rc = CONV_BIG;
			else
				rc = CONV_BAD, *at = len;
		} else if (iconv(cd, &in, &inleft, &o, &oleft) == (size_t)-1) {
			if (errno == EILSEQ)
				rc = CONV_BAD;
			else if (errno == EINVAL)
				rc = CONV_SHORT;
			else
				rc = CONV_BIG;
			*at = (size_t)(in - buf);
		} else
			rc = CONV_OK;
		used = (size_t)(o - res);
		if (rc == CONV_BIG) {
			if (cap > DOC_MAX_TEXT)
				break;
			cap = cap * 2 > DOC_MAX_TEXT + 64 ?
			    DOC_MAX_TEXT + 64 : cap * 2;
			if ((p = realloc(res, cap)) == NULL) {
				rc = CONV_NOMEM;
				break;
			}
			res = p;
			continue;
		}
		if (rc != CONV_OK || flushed)
			break;
	}
	if (rc == CONV_OK && sb_add(out, res, used) == -1)
		rc = CONV_NOMEM;
done:
	free(res);
	iconv_close(cd);
	return rc;
}

/* An iconv name for a charset label from uchardet or an HTML meta. */
static const char *
iconv_name(const char *label, const char **shown)
{
	static const struct { const char *label, *iconv, *shown; } map[] = {
		{ "shift_jis", "CP932", "Shift_JIS" },
		{ "shift-jis", "CP932", "Shift_JIS" },
		{ "sjis", "CP932", "Shift_JIS" },
		{ "x-sjis", "CP932", "Shift_JIS" },
		{ "windows-31j", "CP932", "Shift_JIS" },
		{ "cp932", "CP932", "Shift_JIS" },
		{ "ms_kanji", "CP932", "Shift_JIS" },
		{ "euc-jp", "EUC-JP-MS", "EUC-JP" },
		{ "x-euc-jp", "EUC-JP-MS", "EUC-JP" },
		{ "iso-2022-jp", "ISO-2022-JP-2", "ISO-2022-JP" },
		{ "utf-8", "UTF-8", "UTF-8" },
		{ "utf8", "UTF-8", "UTF-8" },
		{ "utf-16le", "UTF-16LE", "UTF-16LE" },
		{ "utf-16be", "UTF-16BE", "UTF-16BE" },
		{ "utf-16", "UTF-16", "UTF-16" },
		{ "windows-1252", "WINDOWS-1252", "windows-1252" },
		{ "iso-8859-1", "WINDOWS-1252", "windows-1252" },
		{ "iso-8859-15", "ISO-8859-15", "ISO-8859-15" },
		{ "us-ascii", "UTF-8", "UTF-8" },
		{ "ascii", "UTF-8", "UTF-8" },
	};

	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strcasecmp(label, map[i].label) == 0) {
			*shown = map[i].shown;
			return map[i].iconv;
		}
	return NULL;
}

/* EUC-JP-MS when this iconv has it, for NEC and IBM extensions. */
static enum conv_rc
conv_named(const char *iconv, const char *buf, size_t len,
    struct strbuf *out, size_t *at)
{
	enum conv_rc rc = conv(iconv, buf, len, out, at);

	if (rc == CONV_NOCONV && strcmp(iconv, "EUC-JP-MS") == 0)
		rc = conv("EUC-JP", buf, len, out, at);
	if (rc == CONV_BAD && strcmp(iconv, "ISO-2022-JP-2") == 0)
		rc = conv("ISO-2022-JP-3", buf, len, out, at);
	return rc;
}

static int
conv_error(const char *name, enum conv_rc rc, const char *shown, size_t at,
    struct error *e)
{
	switch (rc) {
	case CONV_OK:
		return ST_OK;
	case CONV_BAD:
		return error_set(e, ST_FILE, _("%s: invalid %s byte sequence at "
		    "byte offset %zu; the file is damaged or mixes encodings; "
		    "save it again as UTF-8"), name, shown, at);
	case CONV_SHORT:
		return error_set(e, ST_FILE, _("%s: incomplete %s character at "
		    "byte offset %zu (the file ends inside it); the file is "
		    "truncated or damaged"), name, shown, at);
	case CONV_BIG:
		return error_set(e, ST_FILE, _("%s: the text is longer than "
		    "%zu MiB; not a document we read"), name,
		    DOC_MAX_TEXT / MIB);
	case CONV_NOCONV:
		return error_set(e, ST_FILE, _("%s: this system cannot convert "
		    "from %s; save the file as UTF-8"), name, shown);
	default:
		return error_set(e, ST_INTERNAL, _("%s: out of memory"), name);
	}
}

/* UTF-16 without a byte order mark: NULs in every other byte. */
static const char *
nul_pattern(const unsigned char *p, size_t len, const char **shown)
{
	size_t even = 0, odd = 0, n = len > 65536 ? 65536 : len;

	for (size_t i = 0; i < n; i++)
		if (p[i] == 0)
			*(i & 1 ? &odd : &even) += 1;
	if (even + odd == 0)
		return NULL;
	if (odd * 4 > n / 2 && even * 50 < n / 2) {
		*shown = "UTF-16LE";
		return "UTF-16LE";
	}
	if (even * 4 > n / 2 && odd * 50 < n / 2) {
		*shown = "UTF-16BE";
		return "UTF-16BE";
	}
	*shown = "binary";
	return "";
}

static bool
iso2022(const char *buf, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)buf[i] >= 0x80)
			return false;
	return doc_memmem(buf, len, "\033$B", 3) != NULL ||
	    doc_memmem(buf, len, "\033$@", 3) != NULL ||
	    doc_memmem(buf, len, "\033$(D", 4) != NULL;
}

static const char *
detect(const char *buf, size_t len)
{
	static char name[64];
	uchardet_t ud;
	const char *cs;

	name[0] = '\0';
	if ((ud = uchardet_new()) == NULL)
		return name;
	if (uchardet_handle_data(ud, buf, len) == 0) {
		uchardet_data_end(ud);
		if ((cs = uchardet_get_charset(ud)) != NULL)
			snprintf(name, sizeof(name), "%s", cs);
	}
	uchardet_delete(ud);
	return name;
}

/* CRLF and CR to LF; drop a leading U+FEFF. */
static int
finish(const char *name, struct strbuf *in, struct strbuf *out,
    struct error *e)
{
	const char *p = in->buf ? in->buf : "", *end = p + in->len, *cr;

	if (memchr(p, '\0', in->len) != NULL)
		return error_set(e, ST_FILE, _("%s: the text contains NUL "
		    "characters; it is a binary file, not a document we read"),
		    name);
	if (in->len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	sb_reset(out);
	/*
	 * Copy the runs between CRs; each CR or CRLF becomes one LF.  The
	 * first sb_add() allocates, so out->buf is set even for no text.
	 */
	for (;;) {
		if ((cr = memchr(p, '\r', (size_t)(end - p))) == NULL)
			cr = end;
		if (sb_add(out, p, (size_t)(cr - p)) == -1 ||
		    (cr < end && sb_addc(out, '\n') == -1))
			return error_set(e, ST_INTERNAL, _("%s: out of memory"),
			    name);
		if (cr == end)
			return ST_OK;
		p = cr + 1;
		if (p < end && *p == '\n')
			p++;
	}
}

int
doc_decode(const char *name, const char *buf, size_t len, const char *hint,
    struct strbuf *out, const char **encoding, struct error *e)
{
	const unsigned char *u = (const unsigned char *)buf;
	struct strbuf tmp = STRBUF_INIT;
	const char *from = NULL, *shown = "UTF-8", *guess;
	enum conv_rc rc = CONV_NOMEM;
	size_t at = 0, bad;

	*encoding = "UTF-8";
	if (len >= 4 && memcmp(u, "\xff\xfe\0\0", 4) == 0)
		from = shown = "UTF-32LE";
	else if (len >= 4 && memcmp(u, "\0\0\xfe\xff", 4) == 0)
		from = shown = "UTF-32BE";
	else if (len >= 2 && memcmp(u, "\xff\xfe", 2) == 0)
		from = shown = "UTF-16LE";
	else if (len >= 2 && memcmp(u, "\xfe\xff", 2) == 0)
		from = shown = "UTF-16BE";
	else if ((from = nul_pattern(u, len, &shown)) != NULL) {
		if (from[0] == '\0') {
			error_set(e, ST_FILE, _("%s: a binary file (it contains "
			    "NUL bytes), not a document we read"), name);
			goto done;
		}
	} else if (iso2022(buf, len))
		from = "ISO-2022-JP-2", shown = "ISO-2022-JP";
	if (from != NULL) {
		/* The BOM decodes to U+FEFF, which finish() drops. */
		rc = conv_named(from, buf, len, &tmp, &at);
		goto converted;
	}
	if ((bad = utf8_prefix(buf, len)) == len) {
		rc = sb_add(&tmp, buf, len) == -1 ? CONV_NOMEM : CONV_OK;
		goto converted;
	}
	/* Mostly UTF-8 with a bad byte is damaged UTF-8, not Latin-1. */
	if (utf8_share(u, len) >= 90) {
		rc = CONV_BAD;
		at = bad;
		goto converted;
	}
	if (hint != NULL && (from = iconv_name(hint, &shown)) != NULL &&
	    strcmp(from, "UTF-8") != 0) {
		if ((rc = conv_named(from, buf, len, &tmp, &at)) == CONV_OK)
			goto converted;
	}
	guess = detect(buf, len);
	if (guess[0] != '\0' && (from = iconv_name(guess, &shown)) != NULL) {
		if (strcmp(from, "UTF-8") == 0) {
			rc = CONV_BAD;
			at = bad;
			goto converted;
		}
		if ((rc = conv_named(from, buf, len, &tmp, &at)) == CONV_OK)
			goto converted;
		if (rc != CONV_BAD && rc != CONV_SHORT)
			goto converted;
	}
	/* Unknown or failed guess: the Japanese encodings, strictly. */
	{
		struct strbuf t2 = STRBUF_INIT;
		size_t at2 = 0;
		enum conv_rc r2;

		r2 = conv_named("CP932", buf, len, &t2, &at2);
		if (r2 != CONV_OK) {
			size_t at3 = 0;
			enum conv_rc r3 = conv_named("EUC-JP-MS", buf, len,
			    &t2, &at3);

			if (r3 == CONV_OK) {
				r2 = r3;
				shown = "EUC-JP";
			}
		} else
			shown = "Shift_JIS";
		if (r2 == CONV_OK) {
			sb_free(&tmp);
			tmp = t2;
			rc = CONV_OK;
			goto converted;
		}
		sb_free(&t2);
		if (from == NULL) {
			/* Nothing fits: report where UTF-8 broke. */
			shown = "UTF-8";
			rc = CONV_BAD;
			at = bad;
		}
	}
converted:
	if (conv_error(name, rc, shown, at, e) != ST_OK)
		goto done;
	if (finish(name, &tmp, out, e) != ST_OK)
		goto done;
	*encoding = shown;
done:
	sb_free(&tmp);
	return e->status;
}
