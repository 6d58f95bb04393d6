/*
 * Text normalisation for the clause checker: NFKC (full-width digits and
 * letters, half-width katakana), kanji numerals in 第N条/項/号/章 turned into
 * arabic digits, line breaks inside sentences joined and spaces inside
 * Japanese text removed.  Every normalised byte remembers where it came
 * from, so evidence can be quoted from the original.
 */
#ifndef ITAKU_NORMALIZE_H
#define ITAKU_NORMALIZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

struct ntext {
	char *text;		/* normalised UTF-8, NUL-terminated */
	size_t len;
	uint32_t *map;		/* map[i]: original offset of text[i]; map[len] = olen */
	const char *orig;	/* borrowed: the caller keeps it alive */
	size_t olen;
	size_t wide;		/* Japanese characters (kana, kanji, full-width) */
	size_t latin;		/* ASCII letters */
};

/* Normalise len bytes of UTF-8 (invalid bytes become U+FFFD). */
int norm_text(const char *orig, size_t len, struct ntext *, struct error *);
void norm_free(struct ntext *);
/* The original bytes [*os, *oe) that produced normalised [s, e). */
void norm_span(const struct ntext *, size_t s, size_t e, size_t *os, size_t *oe);
/*
 * The original text of normalised [s, e) with line breaks inside Japanese
 * text dropped, other whitespace runs made one space, and both ends
 * trimmed; NULL when memory ran out.
 */
char *norm_quote(const struct ntext *, size_t s, size_t e);
/* True when the text is predominantly English rather than Japanese. */
bool norm_is_english(const struct ntext *);
/* Value of a kanji numeral (〇一二…十百千, also 壱弐参), -1 if it is none. */
long norm_kanji_number(const char *s, size_t len);
/* Is the code point Japanese-wide (kana, kanji, CJK punctuation)? */
bool norm_is_wide(int32_t cp);

#endif
