/*
 * Markdown read as text with its markup taken off: heading marks, bold
 * and code fences go, table rows become tab-separated cells and links
 * keep their words.  List markers stay: they are often item numbers.
 */
#include <string.h>

#include "doc_int.h"

/* |---|:--:| */
static bool
delimiter_row(const char *s, size_t n)
{
	bool dash = false;

	for (size_t i = 0; i < n; i++) {
		if (s[i] == '-')
			dash = true;
		else if (!strchr("|: \t", s[i]))
			return false;
	}
	return dash && memchr(s, '|', n) != NULL;
}

/* Can inline markup start at c?  (Plain text is copied in runs.) */
static inline bool
markup(char c)
{
	return c == '*' || c == '_' || c == '`' || c == '[' || c == '\\';
}

/* Inline markup: **, __, `, [text](url). */
static int
inline_md(const char *s, size_t n, struct strbuf *out, const char *name,
    struct error *e)
{
	size_t i = 0, k;
	const char *close, *paren;

	while (i < n) {
		if ((s[i] == '*' || s[i] == '_') && i + 1 < n &&
		    s[i + 1] == s[i]) {
			i += 2;
			continue;
		}
		if (s[i] == '`') {
			i++;
			continue;
		}
		if (s[i] == '[' && (close = memchr(s + i, ']', n - i)) != NULL &&
		    (size_t)(close - s) + 1 < n && close[1] == '(' &&
		    (paren = memchr(close, ')', n - (size_t)(close - s))) !=
		    NULL) {
			if (inline_md(s + i + 1, (size_t)(close - s) - i - 1, out,
			    name, e) != ST_OK)
				return e->status;
			i = (size_t)(paren - s) + 1;
			continue;
		}
		if (s[i] == '\\' && i + 1 < n && strchr("\\`*_{}[]()#+-.!|",
		    s[i + 1]) != NULL)
			i++;
		for (k = i + 1; k < n && !markup(s[k]); k++)
			;
		if (doc_out(out, s + i, k - i, name, e) != ST_OK)
			return e->status;
		i = k;
	}
	return ST_OK;
}

int
doc_markdown(const char *name, const char *text, size_t len,
    struct strbuf *out, struct error *e)
{
	const char *p = text, *end = text + len, *q, *c;
	size_t n, h;

	for (; p < end; p = q + 1) {
		if ((q = memchr(p, '\n', (size_t)(end - p))) == NULL)
			q = end;
		n = (size_t)(q - p);
		if (n >= 3 && (strncmp(p, "```", 3) == 0 ||
		    strncmp(p, "~~~", 3) == 0))
			goto next;
		if (delimiter_row(p, n))
			goto next;
		for (h = 0; h < n && h < 7 && p[h] == '#'; h++)
			;
		if (h > 0 && h <= 6 && (h == n || p[h] == ' ')) {
			p += h;
			n -= h;
			while (n > 0 && p[0] == ' ')
				p++, n--;
			while (n > 0 && (p[n - 1] == '#' || p[n - 1] == ' '))
				n--;
		}
		if (n > 0 && p[0] == '|') {
			/* | a | b | -> a<TAB>b */
			const char *s = p + 1, *lim = p + n;

			if (lim > s && lim[-1] == '|')
				lim--;
			while (s <= lim) {
				c = memchr(s, '|', (size_t)(lim - s));
				if (c == NULL)
					c = lim;
				while (s < c && *s == ' ')
					s++;
				size_t cl = (size_t)(c - s);
				while (cl > 0 && s[cl - 1] == ' ')
					cl--;
				if (inline_md(s, cl, out, name, e) != ST_OK)
					return e->status;
				if (c < lim && doc_out(out, "\t", 1, name, e) !=
				    ST_OK)
					return e->status;
				s = c + 1;
			}
		} else if (inline_md(p, n, out, name, e) != ST_OK)
			return e->status;
		if (q < end && doc_out(out, "\n", 1, name, e) != ST_OK)
			return e->status;
		continue;
next:
		if (q >= end)
			break;
	}
	if (out->buf == NULL)
		doc_out(out, "", 0, name, e);
	return e->status;
}
