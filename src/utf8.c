#include <string.h>

#include <utf8proc.h>

#include "utf8.h"

bool
utf8_valid(const char *s, size_t n)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t cp;
	utf8proc_ssize_t k;

	while (n > 0) {
		k = utf8proc_iterate(p, (utf8proc_ssize_t)n, &cp);
		if (k <= 0 || cp == 0)
			return false;
		p += k;
		n -= (size_t)k;
	}
	return true;
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
