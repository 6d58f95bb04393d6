/*
 * Normalisation in four passes over code points that each carry the
 * offset of the original character they came from: NFKC, kanji numerals
 * in article numbers, line joining and space removal, UTF-8 encoding.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "normalize.h"

struct cpo {
	int32_t cp;
	uint32_t off;
};

struct cpv {
	struct cpo *v;
	size_t n, cap;
};

static int
cpv_grow(struct cpv *a)
{
	struct cpo *nv;
	size_t ncap;

	ncap = a->cap ? a->cap * 2 : 256;
	if ((nv = reallocarray(a->v, ncap, sizeof(*nv))) == NULL)
		return -1;
	a->v = nv;
	a->cap = ncap;
	return 0;
}

/* Called for every code point of every pass: inline, growth out of line. */
static inline int
cpv_push(struct cpv *a, int32_t cp, uint32_t off)
{
	if (a->n == a->cap && cpv_grow(a) == -1)
		return -1;
	a->v[a->n].cp = cp;
	a->v[a->n].off = off;
	a->n++;
	return 0;
}

/* Inline here: the line pass asks for every character. */
static inline bool
wide(int32_t cp)
{
	if (cp < 0x2460)
		return false;
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		return false;	/* full-width ASCII: NFKC made it narrow anyway */
	return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
	    (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x2460 && cp <= 0x27BF) ||
	    (cp >= 0x20000 && cp <= 0x3FFFF);
}

bool
norm_is_wide(int32_t cp)
{
	return wide(cp);
}

static bool
is_space(int32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v' ||
	    cp == 0x3000 || cp == 0xA0;
}

static int
kanji_digit(int32_t cp)
{
	static const int32_t d[] = { 0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
	    0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D };	/* 〇一二三四五六七八九 */
	int i;

	for (i = 0; i < 10; i++)
		if (d[i] == cp)
			return i;
	if (cp == 0x96F6)	/* 零 */
		return 0;
	if (cp == 0x58F1)	/* 壱 */
		return 1;
	if (cp == 0x5F10)	/* 弐 */
		return 2;
	if (cp == 0x53C2)	/* 参 */
		return 3;
	return -1;
}

static int
kanji_unit(int32_t cp)
{
	switch (cp) {
	case 0x5341:	/* 十 */
	case 0x62FE:	/* 拾 */
		return 10;
	case 0x767E:	/* 百 */
		return 100;
	case 0x5343:	/* 千 */
		return 1000;
	}
	return 0;
}

/* Value of the kanji numeral in cps[0..n), -1 when it is not one. */
static long
kanji_value(const int32_t *cps, size_t n)
{
	long total = 0, cur = -1;
	bool positional = true;
	size_t i;
	int d, u;

	if (n == 0)
		return -1;
	for (i = 0; i < n; i++)
		if (kanji_unit(cps[i]))
			positional = false;
	if (positional) {	/* 二〇二五 */
		for (i = 0; i < n; i++) {
			if ((d = kanji_digit(cps[i])) < 0 || total > 100000000)
				return -1;
			total = total * 10 + d;
		}
		return total;
	}
	for (i = 0; i < n; i++) {
		if ((d = kanji_digit(cps[i])) >= 0) {
			if (cur >= 0)
				return -1;
			cur = d;
		} else if ((u = kanji_unit(cps[i])) != 0) {
			total += (cur < 0 ? 1 : cur) * u;
			cur = -1;
		} else
			return -1;
	}
	if (cur >= 0)
		total += cur;
	return total;
}

long
norm_kanji_number(const char *s, size_t len)
{
	int32_t cps[32];
	size_t n = 0, i = 0;
	utf8proc_ssize_t k;

	while (i < len && n < 32) {
		k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(len - i), &cps[n]);
		if (k <= 0)
			return -1;
		i += (size_t)k;
		n++;
	}
	if (i < len)
		return -1;
	return kanji_value(cps, n);
}

static bool
is_numeral(int32_t cp)
{
	return kanji_digit(cp) >= 0 || kanji_unit(cp) != 0;
}

/*
 * A well-formed 3-byte UTF-8 character (most of Japanese text) as
 * utf8proc_iterate() reads it, or -1 for anything else.
 */
static inline int32_t
utf8_3(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	int32_t cp;

	if (n < 3 || (u[0] & 0xF0) != 0xE0 || (u[1] & 0xC0) != 0x80 ||
	    (u[2] & 0xC0) != 0x80)
		return -1;
	cp = (u[0] & 0x0F) << 12 | (u[1] & 0x3F) << 6 | (u[2] & 0x3F);
	return cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) ? -1 : cp;
}

/* Pass 1: decode, drop invisible characters, NFKC per combining sequence. */
static int
pass_nfkc(const char *s, size_t len, struct cpv *out)
{
	int32_t pend[64], dec[32];
	uint32_t poff = 0;
	size_t np = 0, i = 0;
	utf8proc_ssize_t k, nd, j;
	const utf8proc_property_t *pr;
	int32_t cp;
	int last = 0, ccc0;

	while (i <= len) {
		if (i == len) {
			cp = -1;
			k = 1;
		} else if ((unsigned char)s[i] < 0x80) {
			cp = (unsigned char)s[i];
			k = 1;
		} else if ((cp = utf8_3(s + i, len - i)) >= 0)
			k = 3;
		else {
			k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
			    (utf8proc_ssize_t)(len - i), &cp);
			if (k <= 0) {
				cp = 0xFFFD;
				k = 1;
			}
		}
		/* utf8proc would encode these noncharacters as single bytes. */
		if (cp == 0xFFFE || cp == 0xFFFF)
			cp = 0xFFFD;
		if (cp == '\r') {
			if (i + 1 < len && s[i + 1] == '\n') {
				i += (size_t)k;
				continue;
			}
			cp = '\n';
		}
		if (cp == 0xFEFF || (cp >= 0x200B && cp <= 0x200D) ||
		    cp == 0x00AD || cp == 0x2060 || cp == 0) {
			i += (size_t)k;
			continue;
		}
		ccc0 = -1;
		if (cp < 0)
			nd = 0;
		else if ((cp >= 0x2460 && cp <= 0x2473) ||
		    (cp >= 0x3251 && cp <= 0x325F)) {
			/* Circled numbers stay: they mark items. */
			dec[0] = cp;
			nd = 1;
		} else if (cp < 0x80 || (!(cp >= 0xAC00 && cp < 0xAC00 + 11172) &&
		    (pr = utf8proc_get_property(cp))->decomp_seqindex ==
		    UINT16_MAX)) {
			/*
			 * ASCII, and anything but a Hangul syllable with no
			 * decomposition, is its own: what decompose_char gives.
			 */
			dec[0] = cp;
			nd = 1;
			ccc0 = cp < 0x80 ? 0 : pr->combining_class;
		} else {
			nd = utf8proc_decompose_char(cp, dec, 32,
			    UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT, &last);
			if (nd < 0 || nd > 32) {
				dec[0] = cp;
				nd = 1;
			}
		}
		for (j = 0; j <= nd; j++) {
			bool starter = j == nd ? false : j == 0 && ccc0 >= 0 ?
			    ccc0 == 0 : dec[j] < 0x80 ||
			    utf8proc_get_property(dec[j])->combining_class == 0;
			if (j == nd && cp >= 0)
				break;
			if ((starter || j == nd) && np == 1) {
				/* Nothing to compose with: most characters. */
				if (cpv_push(out, pend[0], poff) == -1)
					return -1;
				np = 0;
			} else if ((starter || j == nd) && np > 0) {
				utf8proc_ssize_t m, q;

				m = utf8proc_normalize_utf32(pend,
				    (utf8proc_ssize_t)np, UTF8PROC_COMPOSE);
				if (m < 0)
					m = (utf8proc_ssize_t)np;
				for (q = 0; q < m; q++)
					if (cpv_push(out, pend[q], poff) == -1)
						return -1;
				np = 0;
			}
			if (j == nd)
				break;
			if (np == 0)
				poff = (uint32_t)i;
			if (np < 64)
				pend[np++] = dec[j];
		}
		i += (size_t)k;
	}
	return 0;
}

static bool
is_suffix(int32_t cp)
{
	/* 条 項 号 章 節 款 */
	return cp == 0x6761 || cp == 0x9805 || cp == 0x53F7 || cp == 0x7AE0 ||
	    cp == 0x7BC0 || cp == 0x6B3E;
}

/* Pass 2: 第十五条 → 第15条, 第 1 条 → 第1条, 条の二 → 条の2. */
static int
pass_numerals(const struct cpv *in, struct cpv *out)
{
	size_t i = 0, j, k, m;
	int32_t num[16];
	char dig[24];
	long v;
	int nd, q;

	while (i < in->n) {
		bool after_jou = i > 0 && in->v[i].cp == 0x306E &&	/* の */
		    in->v[i - 1].cp == 0x6761;
		if (in->v[i].cp != 0x7B2C && !after_jou) {	/* 第 */
			if (cpv_push(out, in->v[i].cp, in->v[i].off) == -1)
				return -1;
			i++;
			continue;
		}
		j = i + 1;
		while (j < in->n && is_space(in->v[j].cp))
			j++;
		k = j;
		nd = 0;
		while (k < in->n && k - j < 16 && (is_numeral(in->v[k].cp) ||
		    (in->v[k].cp >= '0' && in->v[k].cp <= '9')))
			num[nd++] = in->v[k++].cp;
		m = k;
		while (m < in->n && is_space(in->v[m].cp))
			m++;
		if (nd == 0 || (!after_jou && (m >= in->n ||
		    !is_suffix(in->v[m].cp)))) {
			if (cpv_push(out, in->v[i].cp, in->v[i].off) == -1)
				return -1;
			i++;
			continue;
		}
		if (num[0] >= '0' && num[0] <= '9') {
			v = 0;
			for (q = 0; q < nd; q++) {
				if (num[q] < '0' || num[q] > '9' || v > 1000000) {
					v = -1;
					break;
				}
				v = v * 10 + (num[q] - '0');
			}
		} else
			v = kanji_value(num, (size_t)nd);
		if (v < 0) {
			if (cpv_push(out, in->v[i].cp, in->v[i].off) == -1)
				return -1;
			i++;
			continue;
		}
		if (cpv_push(out, in->v[i].cp, in->v[i].off) == -1)
			return -1;
		snprintf(dig, sizeof(dig), "%ld", v);
		for (q = 0; dig[q] != '\0'; q++)
			if (cpv_push(out, dig[q], in->v[j].off) == -1)
				return -1;
		i = after_jou ? k : m;
	}
	return 0;
}

static bool
ends_sentence(int32_t cp)
{
	return cp == 0x3002 || cp == '.' || cp == ':' || cp == ';' ||
	    cp == ')' || cp == 0x300D || cp == 0x300F || cp == ']' ||
	    cp == '!' || cp == '?' || cp == 0x3011 ||
	    (cp >= 0x2500 && cp <= 0x257F);	/* a table drawn in boxes */
}

static bool
is_kana_item(int32_t cp)
{
	return cp >= 0x30A2 && cp <= 0x30F3;
}

/* Does the line look like it starts a new structural unit? */
static bool
starts_marker(const struct cpo *l, size_t n)
{
	int32_t c = n ? l[0].cp : 0, c1 = n > 1 ? l[1].cp : 0;

	if (n == 0)
		return false;
	if (c == 0x7B2C && n > 1 && (c1 >= '0' && c1 <= '9'))	/* 第N */
		return true;
	/* (1), (ア), (a): a short label closed at once; （受領件数、… goes on. */
	if (c == '(') {
		for (size_t k = 1; k < n && k <= 4; k++)
			if (l[k].cp == ')')
				return true;
		return false;
	}
	/* 1. 2) 3 4、: a number then a mark; 30日以内 goes on. */
	if (c >= '0' && c <= '9') {
		size_t k = 1;

		while (k < n && l[k].cp >= '0' && l[k].cp <= '9')
			k++;
		return k == n || l[k].cp == '.' || l[k].cp == ')' ||
		    is_space(l[k].cp) || l[k].cp == 0x3001;
	}
	if (c >= 0x2500 && c <= 0x257F)	/* ├──┼──┤, │委託期間│… */
		return true;
	if (c == 0x3010 || c == 0x300C ||
	    (c >= 0x2460 && c <= 0x2473) || c == 0x30FB || c == '-' ||
	    c == 0x2022 || c == '*' || c == '#' || c == 0x25CF || c == 0x25A0)
		return true;
	if ((is_numeral(c) || is_kana_item(c)) && (is_space(c1) || c1 == 0x3001))
		return true;
	if ((c == 0x5225 && (c1 == 0x8868 || c1 == 0x7D19 || c1 == 0x8A18)) ||
	    ((c == 0x9644 || c == 0x4ED8) && c1 == 0x5247) ||
	    (c == 0x7279 && c1 == 0x8A18))	/* 別表 別紙 別記 附則 付則 特記 */
		return true;
	return false;
}

/*
 * A row of a two-column table written as text: a short label of kanji or
 * katakana, a space, then its value (委託期間　2025年4月1日から…,
 * 対象情報　会員の氏名、…; 業務の内容　…).  A row under a row stands on its own line
 * (a lone 個人　情報 broken across PDF lines is still joined).
 */
static bool
table_row(const struct cpo *l, size_t n)
{
	size_t k;

	for (k = 0; k < n && k < 11; k++) {
		int32_t c = l[k].cp;

		if (is_space(c))
			return k >= 2 && k + 1 < n && !is_space(l[n - 1].cp);
		if (!((c >= 0x4E00 && c <= 0x9FFF) || c == 0x3005 ||
		    (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC ||
		    (c == 0x306E && k > 0)))	/* 業務の内容 */
			return false;
	}
	return false;
}

static bool
is_lower(int32_t c)
{
	return c >= 'a' && c <= 'z';
}

static bool
is_alnum(int32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

static bool
is_digit(int32_t c)
{
	return c >= '0' && c <= '9';
}

/* Digits from l[k]: how many, at most four. */
static size_t
digits(const struct cpo *l, size_t n, size_t k)
{
	size_t d = 0;

	while (k + d < n && d < 5 && is_digit(l[k + d].cp))
		d++;
	return d > 4 ? 0 : d;
}

/*
 * A page's running footer in text copied from print: - 3 -, 3/12,
 * "Acme DPA - Page 3 of 12".  Dropped, so a sentence cut by a page
 * break joins up again.
 */
static bool
page_footer(const struct cpo *l, size_t n)
{
	size_t k, d, e = n;

	if (n >= 3 && l[0].cp == '-' && l[n - 1].cp == '-') {
		k = 1;
		while (k < n && is_space(l[k].cp))
			k++;
		if ((d = digits(l, n, k)) == 0)
			return false;
		k += d;
		while (k < n && is_space(l[k].cp))
			k++;
		return k == n - 1;
	}
	if ((d = digits(l, n, 0)) > 0 && d + 1 < n && l[d].cp == '/')
		return digits(l, n, d + 1) == n - d - 1;
	/* … Page 3 of 12, … page 3 */
	while (e > 0 && is_digit(l[e - 1].cp))
		e--;
	if (e == n || n - e > 4)
		return false;
	if (e >= 4 && l[e - 1].cp == ' ' && l[e - 2].cp == 'f' &&
	    l[e - 3].cp == 'o' && l[e - 4].cp == ' ') {
		e -= 4;
		d = 0;
		while (e > 0 && is_digit(l[e - 1].cp) && d < 5) {
			e--;
			d++;
		}
		if (d == 0 || d > 4)
			return false;
	}
	return e >= 5 && l[e - 1].cp == ' ' && (l[e - 2].cp == 'e' ||
	    l[e - 2].cp == 'E') && (l[e - 5].cp == 'P' || l[e - 5].cp == 'p') &&
	    (e == 5 || l[e - 6].cp == ' ');
}

/* a) ii. iv): a lettered item, not a wrapped line. */
static bool
latin_item(const struct cpo *l, size_t n)
{
	size_t k = 0;

	while (k < n && k < 4 && is_lower(l[k].cp))
		k++;
	return k > 0 && k < n && (l[k].cp == ')' || l[k].cp == '.');
}

/* "Information: …", "Term:": a labelled row of particulars. */
static bool
latin_label(const struct cpo *l, size_t n)
{
	size_t k;

	if (n == 0 || !(l[0].cp >= 'A' && l[0].cp <= 'Z'))
		return false;
	for (k = 1; k < n && k <= 40; k++) {
		int32_t c = l[k].cp;

		if (c == ':')
			return true;
		if (!is_alnum(c) && c != ' ' && c != '(' && c != ')' &&
		    c != '/' && c != '&' && c != '-' && c != '\'')
			return false;
	}
	return false;
}

/* 5.2, 10., (a), (iv), a), -, •: an English line that starts a unit. */
static bool
latin_marker(const struct cpo *l, size_t n)
{
	size_t k = 0;
	int32_t c = n ? l[0].cp : 0;

	if (n == 0 || latin_item(l, n) || c == '-' || c == 0x2022 ||
	    c == '*' || c == 0x30FB)
		return true;
	if (c == '(') {
		for (k = 1; k < n && k <= 5; k++)
			if (l[k].cp == ')')
				return true;
		return false;
	}
	if (!is_digit(c))
		return !is_alnum(c) && c != '"' && c != 0x201C;
	while (k < n && (is_digit(l[k].cp) || l[k].cp == '.'))
		k++;
	return k == n || l[k].cp == ' ' || l[k].cp == ')' ||
	    l[k - 1].cp == '.';
}

/*
 * Can a Japanese line break here be a wrap?  Wide text either side, and
 * a number or bracket next to it (…終了日から / 30日以内, 宛名データの取扱状況 /
 * （受領件数、…): text wrapped at a fixed width breaks anywhere.
 */
static bool
joins_wide(int32_t c)
{
	return wide(c) || (c >= '0' && c <= '9') || c == '(' || c == ')';
}

/* Pass 3: join continuation lines, collapse and drop spaces. */
static int
pass_lines(const struct cpv *in, struct cpv *out, struct ntext *nt)
{
	size_t i = 0, s, e, b, k, prevlen = 0, linestart;
	int32_t prevlast = 0;
	bool indented, havepend = false, blank = false, prefix, joined;
	bool prevrow = false;
	int open = 0;		/* brackets left open on the output line */
	int32_t lastseen = 0;	/* the last character before blank lines */
	bool infooter = false;
	uint32_t nloff = 0;

	while (i < in->n) {
		s = i;
		while (i < in->n && in->v[i].cp != '\n')
			i++;
		e = i;
		b = s;
		while (b < e && is_space(in->v[b].cp))
			b++;
		indented = b > s;
		while (e > b && is_space(in->v[e - 1].cp))
			e--;
		if (b == e || (infooter && page_footer(in->v + b, e - b))) {
			if (havepend && !infooter) {
				if (!blank)
					lastseen = prevlast;
				blank = true;
				prevlast = 0;
			}
			if (i < in->n)
				nloff = in->v[i].off;
			i++;
			continue;
		}
		/* The footer and the blank lines round it vanish. */
		if (havepend && page_footer(in->v + b, e - b)) {
			if (blank) {
				blank = false;
				prevlast = lastseen;
			}
			infooter = true;
			if (i < in->n)
				nloff = in->v[i].off;
			i++;
			continue;
		}
		infooter = false;
		joined = false;
		if (havepend) {
			int32_t first = in->v[b].cp;
			bool join = false;

			/*
			 * A hanging indent goes on: text under "Information:
			 * …", and an English clause wrapped at a fixed width
			 * with its lines indented (…the following personal /
			 *     data (hereinafter "Crew Data")).
			 */
			if (!blank && indented && (is_alnum(prevlast) ||
			    prevlast == ',' || prevlast == '(' ||
			    prevlast == '"' || (prevlast == ')' &&
			    is_lower(first))) && !wide(first) &&
			    !latin_marker(in->v + b, e - b))
				join = true;
			else if (!blank && !indented && prevlast != 0) {
				/* No line ends inside an open bracket, and a
				   closed one followed by を or 、 goes on. */
				if ((prevlast == '(' || prevlast == 0x300C ||
				    prevlast == 0x300E) && prevlen >= 16)
					join = true;
				else if ((prevlast == ')' || prevlast == 0x300D) &&
				    prevlen >= 16 && ((first >= 0x3041 &&
				    first <= 0x309F) || first == 0x3001))
					join = true;
				else if ((wide(prevlast) || wide(first)) &&
				    joins_wide(prevlast) && joins_wide(first) &&
				    !ends_sentence(prevlast) && prevlen >= 16 &&
				    !starts_marker(in->v + b, e - b) &&
				    !(prevrow && table_row(in->v + b, e - b)))
					join = true;
				else if ((is_alnum(prevlast) || prevlast == ',') &&
				    is_lower(first) && !latin_item(in->v + b, e - b))
					join = true;
				/*
				 * English wrapped at a fixed width by a PDF
				 * copy: a long line that does not end a
				 * sentence goes on whatever the next word
				 * (…delete all Customer / Data within 30 days).
				 */
				else if ((is_alnum(prevlast) || prevlast == ',') &&
				    prevlen >= 50 && !wide(prevlast) &&
				    (is_alnum(first) || first == '"' ||
				    first == 0x201C) && !latin_marker(in->v + b,
				    e - b) && !latin_label(in->v + b, e - b) &&
				    !(prevrow && table_row(in->v + b, e - b)))
					join = true;
				/* …回答（以下 / 「モニター情報」という。）: a wrap
				   inside an open bracket, whatever comes next. */
				else if (open > 0 && wide(prevlast) &&
				    joins_wide(first) && !ends_sentence(prevlast) &&
				    prevlen >= 16 && !(first == 0x7B2C &&
				    e - b > 1 && in->v[b + 1].cp >= '0' &&
				    in->v[b + 1].cp <= '9'))
					join = true;
			}
			if (!join) {
				if (cpv_push(out, '\n', nloff) == -1)
					return -1;
				if (blank && cpv_push(out, '\n', nloff) == -1)
					return -1;
				prevlen = 0;
				open = 0;
			} else {
				joined = true;
				if (!wide(prevlast) && !wide(first) &&
				    cpv_push(out, ' ', nloff) == -1)
					return -1;
			}
		}
		blank = false;
		linestart = prevlen;
		prefix = !joined;	/* a continuation has no marker */
		for (k = b; k < e; k++) {
			int32_t c = in->v[k].cp;

			if (c == 0x3001 || c == 0x3002 || k - b > 10)
				prefix = false;
			if (is_space(c)) {
				size_t r = k;
				int32_t before, after;

				while (r < e && is_space(in->v[r].cp))
					r++;
				before = out->n ? out->v[out->n - 1].cp : 0;
				after = in->v[r].cp;
				k = r - 1;
				if (!prefix && wide(before) &&
				    (wide(after) || (after >= '0' &&
				    after <= '9')))
					continue;
				if (!prefix && wide(after) &&
				    before >= '0' && before <= '9' &&
				    linestart + (k - b) > 12)
					continue;
				c = ' ';
			}
			if (c == '(')
				open++;
			else if (c == ')' && open > 0)
				open--;
			if (wide(c))
				nt->wide++;
			else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
				nt->latin++;
			if (cpv_push(out, c, in->v[k].off) == -1)
				return -1;
			prevlen++;
		}
		prevlast = in->v[e - 1].cp;
		prevrow = !joined && table_row(in->v + b, e - b);
		havepend = true;
		if (i < in->n)
			nloff = in->v[i].off;
		i++;
	}
	if (havepend && cpv_push(out, '\n', nloff) == -1)
		return -1;
	return 0;
}

/*
 * utf8proc_encode_char() inline for 1- to 3-byte characters; the rest
 * go to it, U+FFFE and U+FFFF included, which it writes as one byte.
 */
static inline utf8proc_ssize_t
enc(int32_t cp, utf8proc_uint8_t *d)
{
	if (cp >= 0 && cp < 0x80) {
		d[0] = (utf8proc_uint8_t)cp;
		return 1;
	}
	if (cp >= 0x800 && cp < 0xFFFE) {
		d[0] = (utf8proc_uint8_t)(0xE0 | cp >> 12);
		d[1] = (utf8proc_uint8_t)(0x80 | (cp >> 6 & 0x3F));
		d[2] = (utf8proc_uint8_t)(0x80 | (cp & 0x3F));
		return 3;
	}
	return utf8proc_encode_char(cp, d);
}

static inline utf8proc_ssize_t
enc_len(int32_t cp, utf8proc_uint8_t *d)
{
	if (cp >= 0 && cp < 0x80)
		return 1;
	if (cp >= 0x800 && cp < 0xFFFE)
		return 3;
	return utf8proc_encode_char(cp, d);
}

int
norm_text(const char *orig, size_t len, struct ntext *nt, struct error *e)
{
	struct cpv a = { 0 }, b = { 0 }, c = { 0 };
	size_t i, n = 0;
	utf8proc_uint8_t u[4];
	utf8proc_ssize_t k, q;
	int rc = ST_INTERNAL;

	memset(nt, 0, sizeof(*nt));
	nt->orig = orig;
	nt->olen = len;
	if (len > UINT32_MAX / 2) {
		error_set(e, ST_FILE, "text too large to check (%zu bytes)", len);
		return ST_FILE;
	}
	/* Each pass's input is freed once read, to keep the peak down. */
	if (pass_nfkc(orig, len, &a) == -1 || pass_numerals(&a, &b) == -1)
		goto nomem;
	free(a.v);
	a.v = NULL;
	if (pass_lines(&b, &c, nt) == -1)
		goto nomem;
	free(b.v);
	b.v = NULL;
	for (i = 0; i < c.n; i++)
		n += (size_t)enc_len(c.v[i].cp, u);
	if ((nt->text = malloc(n + 1)) == NULL ||
	    (nt->map = reallocarray(NULL, n + 1, sizeof(uint32_t))) == NULL)
		goto nomem;
	n = 0;
	for (i = 0; i < c.n; i++) {
		k = enc(c.v[i].cp, (utf8proc_uint8_t *)nt->text + n);
		for (q = 0; q < k; q++)
			nt->map[n + (size_t)q] = c.v[i].off;
		n += (size_t)k;
	}
	nt->text[n] = '\0';
	nt->map[n] = (uint32_t)len;
	nt->len = n;
	rc = ST_OK;
	goto done;
nomem:
	norm_free(nt);
	error_set(e, ST_INTERNAL, "out of memory normalising text");
done:
	free(a.v);
	free(b.v);
	free(c.v);
	return rc;
}

void
norm_free(struct ntext *nt)
{
	free(nt->text);
	free(nt->map);
	nt->text = NULL;
	nt->map = NULL;
	nt->len = 0;
}

void
norm_span(const struct ntext *nt, size_t s, size_t e, size_t *os, size_t *oe)
{
	size_t k;

	if (s > nt->len)
		s = nt->len;
	if (e > nt->len)
		e = nt->len;
	*os = nt->map[s];
	/* The end is where the last normalised character's source ends. */
	if (e == 0 || e <= s) {
		*oe = *os;
		return;
	}
	k = e;
	while (k < nt->len && nt->map[k] == nt->map[e - 1])
		k++;
	*oe = k < nt->len ? nt->map[k] : nt->olen;
	if (*oe < *os)
		*oe = *os;
	/* Never swallow the next line's text: stop at its line break. */
	if (e < nt->len && nt->text[e - 1] != '\n') {
		size_t t;

		for (t = *os; t < *oe; t++)
			if (nt->orig[t] == '\n' && t >= nt->map[e - 1]) {
				*oe = t;
				break;
			}
	}
}

char *
norm_quote(const struct ntext *nt, size_t s, size_t e)
{
	size_t os, oe, i, n;
	char *out;
	int32_t cp, prev = 0, next;
	utf8proc_ssize_t k;
	bool pend = false;

	norm_span(nt, s, e, &os, &oe);
	if ((out = malloc(oe - os + 1)) == NULL)
		return NULL;
	n = 0;
	for (i = os; i < oe; i += (size_t)k) {
		k = utf8proc_iterate((const utf8proc_uint8_t *)nt->orig + i,
		    (utf8proc_ssize_t)(oe - i), &cp);
		if (k <= 0) {
			k = 1;
			continue;
		}
		if (cp == '\n' || cp == '\r' || is_space(cp)) {
			pend = n > 0;
			continue;
		}
		if (pend) {
			next = cp;
			/* Keep a space only where a reader would want one. */
			if (!(wide(prev) && wide(next)))
				out[n++] = ' ';
			pend = false;
		}
		memcpy(out + n, nt->orig + i, (size_t)k);
		n += (size_t)k;
		prev = cp;
	}
	out[n] = '\0';
	return out;
}

bool
norm_is_english(const struct ntext *nt)
{
	return nt->latin > 3 * nt->wide + 20;
}
