#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "utf8.h"

/*
 * The checks of utf8proc_iterate() written out, so that whole documents
 * are not validated with a function call per character.
 */
size_t
utf8_prefix(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n, k;
	uint32_t c, min;

	while (i < len) {
		c = p[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			n = 1;
			c &= 0x1f;
			min = 0x80;
		} else if (c >= 0xe0 && c <= 0xef) {
			n = 2;
			c &= 0x0f;
			min = 0x800;
		} else if (c >= 0xf0 && c <= 0xf4) {
			n = 3;
			c &= 0x07;
			min = 0x10000;
		} else
			return i;
		if (len - i <= n)
			return i;
		for (k = 1; k <= n; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				return i;
			c = c << 6 | (p[i + k] & 0x3f);
		}
		if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
			return i;
		i += n + 1;
	}
	return len;
}

bool
utf8_valid(const char *s, size_t n)
{
	return memchr(s, '\0', n) == NULL && utf8_prefix(s, n) == n;
}

bool
utf8_valid_str(const char *s)
{
	return utf8_valid(s, strlen(s));
}

static int
advance(const char **s, int *width)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t k;

	k = utf8proc_iterate((const utf8proc_uint8_t *)*s, -1, &cp);
	if (k <= 0) {
		*s += 1;
		*width = 1;
		return 1;
	}
	*s += k;
	*width = cp < 0x20 ? 0 : utf8proc_charwidth(cp);
	return (int)k;
}

int
utf8_width(const char *s)
{
	int w = 0, cw;

	while (*s) {
		advance(&s, &cw);
		w += cw;
	}
	return w;
}

size_t
utf8_fit(const char *s, int cols)
{
	const char *p = s, *q;
	int w = 0, cw;

	while (*p) {
		q = p;
		advance(&q, &cw);
		if (w + cw > cols)
			break;
		w += cw;
		p = q;
	}
	return (size_t)(p - s);
}

void
utf8_pad(FILE *fp, const char *s, int cols)
{
	int w = utf8_width(s);

	fputs(s, fp);
	for (; w < cols; w++)
		fputc(' ', fp);
}
