/* UTF-8 checks and terminal display width (East Asian wide characters). */
#ifndef ITAKU_UTF8_H
#define ITAKU_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Strict UTF-8 without NULs: no overlongs, surrogates or truncation. */
bool utf8_valid(const char *, size_t);
bool utf8_valid_str(const char *);
/* Length of the longest prefix that is strict UTF-8, NULs allowed. */
size_t utf8_prefix(const char *, size_t);
/* Columns the string takes in a terminal: 2 for wide CJK characters. */
int utf8_width(const char *);
/* Print s and pad with spaces to cols columns. */
void utf8_pad(FILE *, const char *s, int cols);
/* Byte length of the longest prefix of s that fits in cols columns. */
size_t utf8_fit(const char *s, int cols);

#endif
