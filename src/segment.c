/*
 * Line-oriented segmentation.  Each line may open a unit with a marker; a
 * small stack of marker kinds decides nesting the way a reader does: the
 * first kind seen is the outer level, a kind seen again closes what was
 * opened after it.  第N条 always starts an article, and an article's
 * unnumbered first paragraph is an implicit unit so that "2" replaces it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "normalize.h"
#include "segment.h"

#define MAXDEPTH 8

struct parser {
	struct segdoc *d;
	size_t cap_units, cap_sents;
	int stack[MAXDEPTH];
	int depth;
	int cur;		/* innermost open unit */
	bool seen_unit;
};

struct marker {
	enum seg_kind kind;
	bool chapter;		/* 第N章: no unit, no text */
	char label[48];
	size_t rest;		/* offset in the line after the marker */
};

/* memmem is not POSIX. */
static bool
has(const char *s, size_t n, const char *w)
{
	size_t l = strlen(w), i;

	for (i = 0; i + l <= n; i++)
		if (memcmp(s + i, w, l) == 0)
			return true;
	return false;
}

static int32_t
cp_at(const char *s, size_t len, size_t i, size_t *k)
{
	int32_t cp;
	utf8proc_ssize_t n;

	if (i >= len) {
		*k = 0;
		return 0;
	}
	n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
	    (utf8proc_ssize_t)(len - i), &cp);
	if (n <= 0) {
		*k = 1;
		return 0xFFFD;
	}
	*k = (size_t)n;
	return cp;
}

static bool
isdig(char c)
{
	return c >= '0' && c <= '9';
}

static bool
starts(const char *s, size_t n, const char *w)
{
	size_t l = strlen(w);

	return n >= l && memcmp(s, w, l) == 0;
}

static bool
is_numeral_cp(int32_t cp)
{
	static const char *nums = "〇一二三四五六七八九十";
	char b[8];
	utf8proc_ssize_t k;

	k = utf8proc_encode_char(cp, (utf8proc_uint8_t *)b);
	b[k] = '\0';
	return k == 3 && strstr(nums, b) != NULL;
}

static void
setlabel(struct marker *m, const char *s, size_t n)
{
	if (n >= sizeof(m->label))
		n = sizeof(m->label) - 1;
	memcpy(m->label, s, n);
	m->label[n] = '\0';
}

static size_t
skip_sp(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

/* After a marker: a space, a wide character or the line's end. */
static bool
marker_end(const char *s, size_t n, size_t i, bool need_space)
{
	size_t k;
	int32_t cp;

	if (i >= n || s[i] == ' ' || s[i] == '\t')
		return true;
	if (need_space)
		return false;
	cp = cp_at(s, n, i, &k);
	return norm_is_wide(cp) || cp == '(';
}

static bool
english_word(const char *s, size_t n, const char *const *words, size_t *wl)
{
	size_t i;

	for (i = 0; words[i] != NULL; i++) {
		*wl = strlen(words[i]);
		if (n > *wl && strncasecmp(s, words[i], *wl) == 0 &&
		    s[*wl] == ' ')
			return true;
	}
	return false;
}

/* ONE … TWENTY spelled out: the length of the word, or 0. */
static size_t
number_word(const char *s, size_t n)
{
	static const char *const w[] = { "ONE", "TWO", "THREE", "FOUR",
	    "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "ELEVEN",
	    "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN",
	    "SEVENTEEN", "EIGHTEEN", "NINETEEN", "TWENTY", NULL };
	size_t i, l, best = 0;

	for (i = 0; w[i] != NULL; i++) {
		l = strlen(w[i]);
		if (n >= l && l > best && strncasecmp(s, w[i], l) == 0 &&
		    (n == l || !((s[l] | 0x20) >= 'a' && (s[l] | 0x20) <= 'z')))
			best = l;
	}
	return best;
}

/* An English article's label, "Article 5" or "Clause IV", in one case. */
static void
english_article(struct marker *m, const char *s, size_t wl, size_t j)
{
	size_t k;

	setlabel(m, s, j);
	m->label[0] = (char)(m->label[0] & ~0x20);
	for (k = 1; k < wl; k++)
		m->label[k] = (char)(m->label[k] | 0x20);
	m->kind = SK_ARTICLE;
}

/* Recognise the marker at the start of a line. */
static bool
detect(const char *s, size_t n, struct marker *m)
{
	static const char *const art[] = { "Article", "Clause", "Section", NULL };
	static const char *const sec[] = { "Schedule", "Annex", "Appendix",
	    "Exhibit", "Attachment", NULL };
	static const char *const jsec[] = { "別表", "別紙", "別記", "附則",
	    "付則", "特記事項", NULL };
	size_t i, j, k, wl;
	int32_t cp;

	memset(m, 0, sizeof(*m));
	i = 0;
	while (i < n && s[i] == '#')	/* Markdown headings */
		i++;
	i = skip_sp(s, n, i);
	if (i + 1 < n && s[i] == '*' && s[i + 1] == '*')
		i += 2;
	s += i;
	n -= i;
	if (starts(s, n, "第") && n > 3 && isdig(s[3])) {
		j = 3;
		while (j < n && isdig(s[j]))
			j++;
		if (starts(s + j, n - j, "条")) {
			j += 3;
			if (starts(s + j, n - j, "の") && j + 3 < n &&
			    isdig(s[j + 3])) {
				j += 3;
				while (j < n && isdig(s[j]))
					j++;
			}
			m->kind = SK_ARTICLE;
		} else if (starts(s + j, n - j, "章") ||
		    starts(s + j, n - j, "節") || starts(s + j, n - j, "款") ||
		    starts(s + j, n - j, "編")) {
			j += 3;
			m->chapter = true;
		} else if (starts(s + j, n - j, "項")) {
			j += 3;
			m->kind = SK_KOU;
		} else if (j < n && s[j] == ' ' && j + 1 < n) {
			m->kind = SK_ARTICLE;	/* 第1　目的: 条 left out */
		} else
			return false;
		setlabel(m, s, j);
		m->rest = i + j;
		return true;
	}
	/* 第一　目的: a kanji number stays kanji without 条. */
	if (starts(s, n, "第") && n > 3 && is_numeral_cp(cp_at(s, n, 3, &k))) {
		j = 3;
		while (j < n && is_numeral_cp(cp_at(s, n, j, &k)) && j < 15)
			j += k;
		if (j + 1 < n && s[j] == ' ') {
			setlabel(m, s, j);
			m->kind = SK_ARTICLE;
			m->rest = i + j;
			return true;
		}
	}
	if (english_word(s, n, art, &wl) && wl + 1 < n && isdig(s[wl + 1])) {
		j = wl + 1;
		while (j < n && (isdig(s[j]) || (s[j] >= 'A' && s[j] <= 'Z')))
			j++;
		if (j < n && s[j] != ' ' && s[j] != '.' && s[j] != ':' &&
		    s[j] != '-')
			return false;
		english_article(m, s, wl, j);
		m->rest = i + j;
		return true;
	}
	/* CLAUSE ONE – OBJECT: numbered in words (translated drafting). */
	if (english_word(s, n, art, &wl) && (j = number_word(s + wl + 1,
	    n - wl - 1)) > 0) {
		j += wl + 1;
		if (j == n || s[j] == ' ' || s[j] == '.' || s[j] == ':') {
			english_article(m, s, wl, j);
			for (k = wl + 2; k < j; k++)	/* Clause One */
				m->label[k] = (char)(m->label[k] | 0x20);
			m->rest = i + j;
			return true;
		}
	}
	/* Article IV. Security: numbered in Roman numerals. */
	if (english_word(s, n, art, &wl) && wl + 1 < n &&
	    strchr("IVX", s[wl + 1]) != NULL && s[wl + 1] != '\0') {
		j = wl + 1;
		while (j < n && s[j] != '\0' && strchr("IVXLC", s[j]) != NULL)
			j++;
		if (j - wl - 1 <= 6 && (j == n || s[j] == ' ' || s[j] == '.' ||
		    s[j] == ':' || s[j] == '-')) {
			english_article(m, s, wl, j);
			m->rest = i + j + (j < n && s[j] == '.');
			return true;
		}
	}
	/* § 5 Subcontracting: German and Austrian drafting. */
	if (starts(s, n, "§")) {
		j = skip_sp(s, n, 2);
		if (j < n && isdig(s[j])) {
			while (j < n && isdig(s[j]))
				j++;
			if (j - 2 <= 5 && (j == n || s[j] == ' ' ||
			    s[j] == '.')) {
				setlabel(m, s, j);
				m->kind = SK_ARTICLE;
				m->rest = i + j + (j < n && s[j] == '.');
				return true;
			}
		}
	}
	/* C.4 Safeguards: a schedule's own articles, lettered. */
	if (n > 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] == '.' && isdig(s[2])) {
		j = 2;
		while (j < n && isdig(s[j]))
			j++;
		if (j - 2 <= 3 && (j == n || s[j] == ' ')) {
			setlabel(m, s, j);
			m->kind = SK_ARTICLE;
			m->rest = i + j;
			return true;
		}
	}
	if (english_word(s, n, sec, &wl) || (n >= 6 && (strcasecmp(s, "Schedule") == 0))) {
		j = wl + 1;
		while (j < n && s[j] != ' ' && s[j] != '-' && s[j] != ':' &&
		    s[j] != '.' && j - wl < 6)
			j++;
		if (memchr(s, '.', n) != NULL && s[n - 1] == '.')
			return false;	/* a sentence, not a heading */
		setlabel(m, s, j);
		m->label[0] = (char)(m->label[0] & ~0x20);
		for (k = 1; k < wl; k++)
			m->label[k] = (char)(m->label[k] | 0x20);
		m->kind = SK_SECTION;
		m->rest = i + j;
		return true;
	}
	for (k = 0; jsec[k] != NULL; k++) {
		if (!starts(s, n, jsec[k]) || has(s, n, "。"))
			continue;
		j = strlen(jsec[k]);
		if (starts(s + j, n - j, "第"))
			j += 3;
		while (j < n && isdig(s[j]))
			j++;
		setlabel(m, s, j);
		m->kind = SK_SECTION;
		m->rest = i + j;
		return true;
	}
	if (n > 0 && isdig(s[0])) {
		j = 0;
		while (j < n && isdig(s[j]))
			j++;
		if (j > 2)
			return false;
		if (j + 1 < n && s[j] == '.' && isdig(s[j + 1])) {
			k = j;
			while (k + 1 < n && s[k] == '.' && isdig(s[k + 1])) {
				k++;
				wl = k;
				while (k < n && isdig(s[k]))
					k++;
				if (k - wl > 3)
					return false;
			}
			setlabel(m, s, k);
			if (k < n && s[k] == '.')
				k++;
			if (!marker_end(s, n, k, false))
				return false;
			m->kind = SK_DOT2;
			m->rest = i + k;
			return true;
		}
		if (j < n && s[j] == ')') {
			setlabel(m, s, j);
			m->kind = SK_PNUM;
			m->rest = i + j + 1;
			snprintf(m->label, sizeof(m->label), "(%.*s)", (int)j, s);
			return true;
		}
		setlabel(m, s, j);
		if (j < n && s[j] == '.') {
			if (!marker_end(s, n, j + 1, false))
				return false;
			m->kind = SK_NUM;
			m->rest = i + j + 1;
			return true;
		}
		if (j < n && (s[j] == ' ' || starts(s + j, n - j, "、"))) {
			m->kind = SK_NUM;
			m->rest = i + j + (s[j] == ' ' ? 1 : 3);
			return true;
		}
		/* １（定義）: the number and its heading, alone on the line. */
		if (j + 2 < n && s[j] == '(' && !isdig(s[j + 1]) &&
		    s[n - 1] == ')' && memchr(s + j + 1, '(', n - j - 2) == NULL &&
		    memchr(s + j, ')', n - j - 1) == NULL) {
			m->kind = SK_NUM;
			m->rest = i + j;
			return true;
		}
		return false;
	}
	if (n > 2 && s[0] == '(') {
		j = 1;
		while (j < n && s[j] != ')' && j < 12)
			j++;
		if (j >= n || s[j] != ')')
			return false;
		setlabel(m, s, j + 1);
		if (isdig(s[1])) {
			for (k = 1; k < j; k++)
				if (!isdig(s[k]))
					return false;
			m->kind = SK_PNUM;
		} else if (j == 2 && s[1] >= 'a' && s[1] <= 'z')
			m->kind = SK_ALPHA;
		else if (strspn(s + 1, "ivx") == j - 1)
			m->kind = SK_ROMAN;
		else if (j == 4 && (cp = cp_at(s, n, 1, &k)) >= 0x30A2 &&
		    cp <= 0x30F3)
			m->kind = SK_PKANA;
		else if (j == 4 && is_numeral_cp(cp_at(s, n, 1, &k)))
			m->kind = SK_KANJI;
		else
			return false;
		m->rest = i + j + 1;
		return true;
	}
	if (n > 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] == ')') {
		snprintf(m->label, sizeof(m->label), "(%c)", s[0]);
		m->kind = SK_ALPHA;
		m->rest = i + 2;
		return true;
	}
	cp = cp_at(s, n, 0, &k);
	if (cp >= 0x2460 && cp <= 0x2473) {
		setlabel(m, s, k);
		m->kind = SK_CIRCLED;
		m->rest = i + k;
		return true;
	}
	if (cp == '-' || cp == 0x30FB || cp == 0x2022 || cp == '*' ||
	    cp == 0x25CF || cp == 0x25A0 || cp == 0x25C6) {
		if (cp != 0x30FB && (k >= n || s[k] != ' '))
			return false;
		setlabel(m, s, k);
		m->kind = SK_BULLET;
		m->rest = i + k;
		return true;
	}
	if (cp >= 0x30A2 && cp <= 0x30F3 && marker_end(s, n, k, true) && k < n) {
		setlabel(m, s, k);
		m->kind = SK_KANA;
		m->rest = i + k;
		return true;
	}
	if (is_numeral_cp(cp)) {
		j = k;
		while (j < n && is_numeral_cp(cp_at(s, n, j, &wl)) && j < 9)
			j += wl;
		if (j < n && s[j] != ' ' && !starts(s + j, n - j, "、"))
			return false;
		setlabel(m, s, j);
		m->kind = SK_KANJI;
		m->rest = i + j;
		return true;
	}
	return false;
}

static bool
paragraph_kind(enum seg_kind k)
{
	return k == SK_NUM || k == SK_DOT2 || k == SK_KOU;
}

static bool
item_kind(enum seg_kind k)
{
	return k == SK_CIRCLED || k == SK_PNUM || k == SK_KANA ||
	    k == SK_PKANA || k == SK_ALPHA || k == SK_ROMAN;
}

static int
new_unit(struct parser *p, enum seg_kind kind, int role, int parent,
    const char *label, size_t start)
{
	struct segdoc *d = p->d;
	struct seg_unit *u;

	if (d->nunits == p->cap_units) {
		size_t nc = p->cap_units ? p->cap_units * 2 : 64;
		if ((u = reallocarray(d->units, nc, sizeof(*u))) == NULL)
			return -1;
		d->units = u;
		p->cap_units = nc;
	}
	u = &d->units[d->nunits];
	memset(u, 0, sizeof(*u));
	u->kind = kind;
	u->role = role;
	u->parent = parent;
	snprintf(u->label, sizeof(u->label), "%s", label ? label : "");
	u->start = start;
	u->end = d->len;
	if (role == 1 && parent >= 0)
		d->units[parent].nparas++;
	return (int)d->nunits++;
}

static void
pop_to(struct parser *p, int level, size_t at)
{
	while (p->depth > level) {
		p->depth--;
		p->d->units[p->stack[p->depth]].end = at;
	}
	p->cur = p->depth > 0 ? p->stack[p->depth - 1] : p->cur;
}

static int
push(struct parser *p, enum seg_kind kind, const char *label, size_t at)
{
	int parent = p->depth > 0 ? p->stack[p->depth - 1] : -1;
	int role = p->depth == 0 ? 0 : p->depth == 1 ? 1 : 2;
	int u;

	if (p->depth == MAXDEPTH)
		pop_to(p, MAXDEPTH - 1, at);
	if (role == 0 && p->d->nunits > 0 && !p->seen_unit)
		p->d->units[0].end = at;	/* the preamble ends */
	if (role == 0)
		p->seen_unit = true;
	if ((u = new_unit(p, kind, role, parent, label, at)) == -1)
		return -1;
	p->stack[p->depth++] = u;
	p->cur = u;
	return u;
}

static int
open_marker(struct parser *p, const struct marker *m, size_t at)
{
	int lv;

	if (m->kind == SK_ARTICLE || m->kind == SK_SECTION ||
	    m->kind == SK_HEADONLY) {
		pop_to(p, 0, at);
		if (push(p, m->kind, m->label, at) == -1 ||
		    push(p, SK_IMPLICIT, "", at) == -1)
			return -1;
		return p->stack[0];
	}
	/*
	 * Items before any article are the items of the preamble's lead-in
	 * (次の事項を遵守します。① … ②): one paragraph of the preamble, as
	 * they would be under an article, not an article each.
	 */
	if (p->depth == 0 && !p->seen_unit && item_kind(m->kind)) {
		size_t i = p->d->nsents, lead = at;
		const struct seg_sentence *last = i > 0 ? &p->d->sents[i - 1] :
		    NULL;
		int own, items;

		/*
		 * The title and parties are a paragraph of their own; an
		 * English lead-in that ends in a colon (The Processor shall
		 * provide such assistance as …:) goes with its items.
		 */
		if (last != NULL && last->unit == 0 && last->end > last->start &&
		    p->d->text[last->end - 1] == ':')
			lead = last->start;
		if ((own = new_unit(p, SK_IMPLICIT, 1, 0, "", 0)) == -1)
			return -1;
		p->d->units[own].end = lead;
		while (i > 0 && p->d->sents[i - 1].unit == 0) {
			i--;
			if (p->d->sents[i].start < lead)
				p->d->sents[i].unit = own;
		}
		p->stack[p->depth++] = 0;
		if ((items = push(p, SK_IMPLICIT, "", lead)) == -1)
			return -1;
		if (lead < at)
			p->d->sents[p->d->nsents - 1].unit = items;
	}
	for (lv = p->depth - 1; lv >= 0; lv--)
		if (p->d->units[p->stack[lv]].kind == m->kind)
			break;
	if (lv < 0 && paragraph_kind(m->kind))
		for (lv = p->depth - 1; lv >= 0; lv--)
			if (p->d->units[p->stack[lv]].kind == SK_IMPLICIT)
				break;
	if (lv >= 0)
		pop_to(p, lv, at);
	if (push(p, m->kind, m->label, at) == -1)
		return -1;
	if (p->depth == 1 && push(p, SK_IMPLICIT, "", at) == -1)
		return -1;
	return p->stack[lv >= 0 ? lv : p->depth - (p->depth > 1 &&
	    p->d->units[p->cur].kind == SK_IMPLICIT ? 2 : 1)];
}

static int
add_sentence(struct parser *p, size_t s, size_t e)
{
	struct segdoc *d = p->d;
	struct seg_sentence *v;

	while (s < e && (d->text[s] == ' ' || d->text[s] == '\t'))
		s++;
	while (e > s && (d->text[e - 1] == ' ' || d->text[e - 1] == '\t'))
		e--;
	if (s == e)
		return 0;
	if (d->nsents == p->cap_sents) {
		size_t nc = p->cap_sents ? p->cap_sents * 2 : 256;
		if ((v = reallocarray(d->sents, nc, sizeof(*v))) == NULL)
			return -1;
		d->sents = v;
		p->cap_sents = nc;
	}
	d->sents[d->nsents].start = s;
	d->sents[d->nsents].end = e;
	d->sents[d->nsents].unit = p->cur;
	d->nsents++;
	return 0;
}

static bool
abbrev_before(const char *t, size_t dot)
{
	static const char *const ab[] = { "e.g", "i.e", "Art", "art", "No",
	    "no", "cl", "para", "Mr", "Ms", "Dr", "etc", "Inc", "Ltd", "Co",
	    "vs", "St", NULL };
	size_t i, l;

	/* An initialism: 45 C.F.R. Part 164, 42 U.S.C. 1320d. */
	if (dot >= 3 && t[dot - 1] >= 'A' && t[dot - 1] <= 'Z' &&
	    t[dot - 2] == '.' && t[dot - 3] >= 'A' && t[dot - 3] <= 'Z')
		return true;
	for (i = 0; ab[i] != NULL; i++) {
		l = strlen(ab[i]);
		if (dot >= l && memcmp(t + dot - l, ab[i], l) == 0 &&
		    (dot == l || t[dot - l - 1] == ' ' || t[dot - l - 1] == '('))
			return true;
	}
	return false;
}

/* Split a line's body into sentences at 。 and English full stops, outside brackets. */
static int
split_body(struct parser *p, size_t s, size_t e)
{
	const char *t = p->d->text;
	size_t i = s, st = s, k;
	int depth = 0;
	int32_t cp;

	while (i < e) {
		cp = cp_at(t, e, i, &k);
		if (cp == '(' || cp == 0x300C || cp == 0x300E || cp == 0x3010)
			depth++;
		else if ((cp == ')' || cp == 0x300D || cp == 0x300F ||
		    cp == 0x3011) && depth > 0)
			depth--;
		i += k;
		if (depth > 0)
			continue;
		if (cp == 0x3002 || ((cp == '.' || cp == '?' || cp == '!' ||
		    cp == ';') && i < e && t[i] == ' ' && i + 1 < e &&
		    !(t[i + 1] >= 'a' && t[i + 1] <= 'z') &&
		    !abbrev_before(t, i - 1))) {
			if (add_sentence(p, st, i) == -1)
				return -1;
			st = i;
		}
	}
	return add_sentence(p, st, e);
}

static bool
has_digit(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (isdig(s[i]))
			return true;
	return false;
}

static bool
short_title(const char *s, size_t n, bool english)
{
	size_t i, cps = 0, k;

	if (n == 0 || has(s, n, "。"))
		return false;
	if (english)
		return n <= 120 && s[n - 1] != '.' && s[n - 1] != ';' &&
		    s[n - 1] != ',';
	if (has(s, n, "、"))
		return false;
	for (i = 0; i < n; i += k) {
		cp_at(s, n, i, &k);
		cps++;
	}
	return cps <= 30;
}

/* 7.(5): the length of "7." when a line opens so, else 0. */
static size_t
num_paren_item(const char *s, size_t n)
{
	size_t j = 0;

	while (j < n && isdig(s[j]) && j < 3)
		j++;
	if (j == 0 || j > 2 || j + 3 >= n || s[j] != '.' || s[j + 1] != '(' ||
	    !isdig(s[j + 2]))
		return 0;
	return j;
}

/* A line that ends as a sentence would (…こと, …する, …ます) is text. */
static bool
ends_as_text(const char *s, size_t n)
{
	static const char *const end[] = { "こと", "する", "しない", "ない",
	    "ます", "です", "である", "とおり", "次の", NULL };
	size_t k, l;

	for (k = 0; end[k] != NULL; k++) {
		l = strlen(end[k]);
		if (n >= l && memcmp(s + n - l, end[k], l) == 0)
			return true;
	}
	return false;
}

static void
next_line(const char *t, size_t len, size_t from, size_t *ls, size_t *le)
{
	size_t i = from;

	for (;;) {
		*ls = i;
		while (i < len && t[i] != '\n')
			i++;
		*le = i;
		if (*le > *ls || i >= len)
			return;
		i++;
	}
}

static bool
heading_only(const char *s, size_t n, size_t *hs, size_t *he)
{
	if (n >= 3 && s[0] == '(' && s[n - 1] == ')' && n <= 90 &&
	    memchr(s + 1, '(', n - 2) == NULL && !isdig(s[1])) {
		*hs = 1;
		*he = n - 1;
		return true;
	}
	if (n >= 7 && starts(s, n, "【") && n <= 90 &&
	    memcmp(s + n - 3, "】", 3) == 0) {
		*hs = 3;
		*he = n - 3;
		return true;
	}
	return false;
}

/*
 * A pledge or a notice may head its parts with bare words on a line of
 * their own (作業をする期間, 名簿の使い方): a blank line before, the text
 * right under, no number, no punctuation, no space (会長 石川 久雄 様 is
 * an address).
 */
static bool
addressee(const char *s, size_t n)
{
	return (n >= 3 && (memcmp(s + n - 3, "様", 3) == 0 ||
	    memcmp(s + n - 3, "殿", 3) == 0)) ||
	    (n >= 6 && memcmp(s + n - 6, "御中", 6) == 0);
}

static bool
bare_heading(const char *t, size_t len, size_t ls, size_t le)
{
	const char *s = t + ls;
	size_t n = le - ls, ns, ne;

	if (ls > 0 && !(ls >= 2 && t[ls - 1] == '\n' && t[ls - 2] == '\n'))
		return false;
	if (le + 1 >= len || t[le + 1] == '\n')
		return false;
	if (!short_title(s, n, false) || n > 20 * 3 || has_digit(s, n) ||
	    memchr(s, ' ', n) != NULL || addressee(s, n) ||
	    (ends_as_text(s, n) && !(n >= 6 &&
	    memcmp(s + n - 6, "こと", 6) == 0)) ||	/* 話さないこと heads */
	    starts(s, n, "(") || starts(s, n, "「") || starts(s, n, "【"))
		return false;
	next_line(t, len, le + 1, &ns, &ne);
	return !addressee(t + ns, ne - ns);	/* 町内会 / 会長 … 様 */
}

/* Bare headings count only in Japanese text with no numbered articles. */
static bool
uses_bare_headings(const char *t, size_t len)
{
	struct marker m;
	size_t ls = 0, le, hs, he;
	int count = 0;

	for (; ls < len; ls = le + 1) {
		le = ls;
		while (le < len && t[le] != '\n')
			le++;
		if (le == ls)
			continue;
		if (heading_only(t + ls, le - ls, &hs, &he))
			return false;
		if (detect(t + ls, le - ls, &m) && (m.kind == SK_ARTICLE ||
		    m.kind == SK_NUM || m.kind == SK_DOT2 ||
		    m.kind == SK_KANJI))
			return false;
		if (bare_heading(t, len, ls, le))
			count++;
	}
	return count >= 3;
}

static char *
dupn(const char *s, size_t n)
{
	char *r;

	if ((r = malloc(n + 1)) == NULL)
		return NULL;
	memcpy(r, s, n);
	r[n] = '\0';
	return r;
}

int
seg_parse(const char *text, size_t len, bool english, struct segdoc *d,
    struct error *e)
{
	struct parser p;
	struct marker m, mn;
	size_t ls = 0, le, ns, ne, hs, he, b, i;
	char *pending = NULL;
	int u;
	bool bare;

	memset(d, 0, sizeof(*d));
	memset(&p, 0, sizeof(p));
	d->text = text;
	d->len = len;
	d->english = english;
	p.d = d;
	if (new_unit(&p, SK_PREAMBLE, 0, -1, "", 0) == -1)
		goto nomem;
	p.cur = 0;
	bare = !english && uses_bare_headings(text, len);
	while (ls < len) {
		le = ls;
		while (le < len && text[le] != '\n')
			le++;
		if (le == ls) {
			ls = le + 1;
			continue;
		}
		if (bare && bare_heading(text, len, ls, le)) {
			memset(&m, 0, sizeof(m));
			m.kind = SK_HEADONLY;
			if ((u = open_marker(&p, &m, ls)) == -1)
				goto nomem;
			if ((d->units[u].heading = dupn(text + ls,
			    le - ls)) == NULL)
				goto nomem;
			ls = le + 1;
			continue;
		}
		/*
		 * An English title's parenthesised subtitle, before any unit
		 * ((Digital Personal Data Protection Act, 2023)), heads
		 * nothing: it is preamble text.
		 */
		if (heading_only(text + ls, le - ls, &hs, &he) &&
		    !(english && !p.seen_unit)) {
			free(pending);
			if ((pending = dupn(text + ls + hs, he - hs)) == NULL)
				goto nomem;
			next_line(text, len, le + 1, &ns, &ne);
			if (ne > ns && detect(text + ns, ne - ns, &mn) &&
			    mn.kind == SK_ARTICLE) {
				ls = le + 1;
				continue;
			}
			memset(&m, 0, sizeof(m));
			m.kind = SK_HEADONLY;
			if ((u = open_marker(&p, &m, ls)) == -1)
				goto nomem;
			d->units[u].heading = pending;
			pending = NULL;
			ls = le + 1;
			continue;
		}
		/*
		 * 7.(5) written together: item (5) of 7., opening 7. first
		 * when it is not the open number.
		 */
		{
			size_t i0 = skip_sp(text, le, ls);
			size_t j = i0 + num_paren_item(text + i0, le - i0);

			if (j > i0) {
				int top = p.depth > 0 ? p.stack[0] : -1;

				if (top < 0 || d->units[top].kind != SK_NUM ||
				    strlen(d->units[top].label) != j - i0 ||
				    memcmp(d->units[top].label, text + i0,
				    j - i0) != 0) {
					memset(&m, 0, sizeof(m));
					m.kind = SK_NUM;
					snprintf(m.label, sizeof(m.label), "%.*s",
					    (int)(j - i0), text + i0);
					if (open_marker(&p, &m, ls) == -1)
						goto nomem;
				}
				ls = j + 1;
				continue;
			}
		}
		if (!detect(text + ls, le - ls, &m) ||
		    (m.kind == SK_SECTION && !p.seen_unit)) {
			if (split_body(&p, ls, le) == -1)
				goto nomem;
			ls = le + 1;
			continue;
		}
		if (m.chapter) {
			ls = le + 1;
			continue;
		}
		if ((u = open_marker(&p, &m, ls)) == -1)
			goto nomem;
		u = p.cur;
		if (d->units[u].kind == SK_IMPLICIT)
			u = d->units[u].parent;
		b = ls + m.rest;
		b = skip_sp(text, le, b);
		if (m.kind == SK_ARTICLE && pending != NULL) {
			d->units[u].heading = pending;
			pending = NULL;
		}
		/* A heading in brackets right after the number. */
		if (b < le && (text[b] == '(' || starts(text + b, le - b, "【"))) {
			size_t close = b + 1, depth = 1;

			while (close < le && depth > 0) {
				if (text[close] == '(')
					depth++;
				else if (text[close] == ')')
					depth--;
				else if (starts(text + close, le - close, "】"))
					depth = 0;
				if (depth > 0)
					close++;
			}
			if (close < le && close - b < 90 && !isdig(text[b + 1]) &&
			    d->units[u].heading == NULL) {
				size_t o = text[b] == '(' ? 1 : 3;
				if ((d->units[u].heading = dupn(text + b + o,
				    close - b - o)) == NULL)
					goto nomem;
				b = close + (text[close] == ')' ? 1 : 3);
				b = skip_sp(text, le, b);
			}
		} else if (b < le && d->units[u].heading == NULL) {
			bool item = d->units[u].role == 2 ||
			    (d->units[u].role == 1 && m.kind != SK_NUM);
			size_t hb = b;

			while (hb < le && (text[hb] == '-' || text[hb] == ':' ||
			    text[hb] == ' '))
				hb++;
			if (starts(text + hb, le - hb, "–") ||
			    starts(text + hb, le - hb, "—"))
				hb = skip_sp(text, le, hb + 3);
			next_line(text, len, le + 1, &ns, &ne);
			if (short_title(text + hb, le - hb, english) &&
			    !(english && item) &&
			    (m.kind == SK_ARTICLE || m.kind == SK_SECTION ||
			    (d->units[u].role == 0 && english) ||
			    (ne > ns && !detect(text + ns, ne - ns, &mn)) ||
			    /* 7. 取扱い over (1) … (8): a number's heading
			       over its own items. */
			    (d->units[u].role == 0 && !english && ne > ns &&
			    detect(text + ns, ne - ns, &mn) &&
			    (mn.kind != m.kind || num_paren_item(text + ns +
			    skip_sp(text + ns, ne - ns, 0), ne - ns -
			    skip_sp(text + ns, ne - ns, 0)) > 0) &&
			    mn.kind != SK_ARTICLE &&
			    mn.kind != SK_SECTION && mn.kind != SK_DOT2 &&
			    !ends_as_text(text + hb, le - hb)))) {
				if ((d->units[u].heading = dupn(text + hb,
				    le - hb)) == NULL)
					goto nomem;
				b = le;
			}
		}
		if (b < le && split_body(&p, b, le) == -1)
			goto nomem;
		ls = le + 1;
		/*
		 * 第15条 alone on its line, its heading alone on the next
		 * (契約期間), then the text: the short line heads the article.
		 */
		if (m.kind == SK_ARTICLE && b >= le &&
		    d->units[u].heading == NULL) {
			next_line(text, len, ls, &hs, &he);
			next_line(text, len, he + 1, &ns, &ne);
			if (he > hs && ne > ns && !detect(text + hs, he - hs, &mn) &&
			    short_title(text + hs, he - hs, english) &&
			    !ends_as_text(text + hs, he - hs) &&
			    !has_digit(text + hs, he - hs)) {
				if ((d->units[u].heading = dupn(text + hs,
				    he - hs)) == NULL)
					goto nomem;
				ls = he + 1;
			}
		}
	}
	pop_to(&p, 0, len);
	free(pending);
	/* Unheaded implicit paragraphs take their article's range start. */
	for (i = 0; i < d->nunits; i++)
		if (d->units[i].end < d->units[i].start)
			d->units[i].end = d->units[i].start;
	return ST_OK;
nomem:
	free(pending);
	seg_free(d);
	return error_set(e, ST_INTERNAL, "out of memory segmenting text");
}

void
seg_free(struct segdoc *d)
{
	size_t i;

	for (i = 0; i < d->nunits; i++)
		free(d->units[i].heading);
	free(d->units);
	free(d->sents);
	memset(d, 0, sizeof(*d));
}

long
seg_sentence_at(const struct segdoc *d, size_t off)
{
	size_t lo = 0, hi = d->nsents, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (d->sents[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < d->nsents && d->sents[lo].start <= off)
		return (long)lo;
	return -1;
}

int
seg_article(const struct segdoc *d, int u)
{
	while (u >= 0 && d->units[u].role > 0)
		u = d->units[u].parent;
	return u;
}

int
seg_named_article(const struct segdoc *d, int u)
{
	int a = seg_article(d, u);

	if (a < 0 || d->units[a].kind != SK_PREAMBLE || u == a)
		return a;
	/* An item of the preamble's lead-in is named as its own article. */
	while (d->units[u].parent >= 0 && d->units[d->units[u].parent].role == 2)
		u = d->units[u].parent;
	return d->units[u].role == 2 ? u : a;
}

int
seg_block(const struct segdoc *d, int u)
{
	while (u >= 0 && d->units[u].role > 1 && d->units[u].heading == NULL)
		u = d->units[u].parent;
	return u;
}

int
seg_headed(const struct segdoc *d, int u)
{
	while (u >= 0 && d->units[u].heading == NULL)
		u = d->units[u].parent;
	return u;
}

int
seg_paragraph(const struct segdoc *d, int u)
{
	while (u >= 0 && d->units[u].role > 1)
		u = d->units[u].parent;
	return u >= 0 && d->units[u].role == 1 ? u : -1;
}

int
seg_item(const struct segdoc *d, int u)
{
	return u >= 0 && d->units[u].role == 2 ? u : -1;
}

/*
 * Items all marked 一 (一つ書き, as pledges are written): the position of
 * unit u among them, or 0 when its 一 is the only one.
 */
static int
one_item_position(const struct segdoc *d, int u)
{
	const struct seg_unit *x = &d->units[u];
	int i, pos = 0, n = 0;

	for (i = 0; i < (int)d->nunits; i++) {
		const struct seg_unit *y = &d->units[i];

		if (y->parent != x->parent || y->kind != SK_KANJI ||
		    strcmp(y->label, "一") != 0)
			continue;
		n++;
		if (i == u)
			pos = n;
	}
	return n > 1 ? pos : 0;
}

void
seg_display_label(const struct segdoc *d, int u, char *buf, size_t size)
{
	const struct seg_unit *x = &d->units[u];
	const struct seg_unit *par = x->parent >= 0 ? &d->units[x->parent] : NULL;
	int pos;

	buf[0] = '\0';
	switch (x->kind) {
	case SK_PREAMBLE:
	case SK_HEADONLY:
		break;
	case SK_IMPLICIT:
		if (par != NULL && par->nparas > 1 && par->kind == SK_ARTICLE)
			snprintf(buf, size, d->english ? "(1)" : "第1項");
		break;
	case SK_NUM:
		if (x->role == 1 && par != NULL && par->kind == SK_ARTICLE)
			snprintf(buf, size, d->english ? "(%s)" : "第%s項",
			    x->label);
		else
			snprintf(buf, size, "%s", x->label);
		break;
	case SK_KANJI:
		if (x->label[0] == '(')
			snprintf(buf, size, "%s", x->label);
		else if ((pos = one_item_position(d, u)) > 0)
			snprintf(buf, size, "%d番目の「一」", pos);
		else
			snprintf(buf, size, "第%s号", x->label);
		break;
	case SK_BULLET:
		break;
	default:
		snprintf(buf, size, "%s", x->label);
		break;
	}
}

int
seg_where(const struct segdoc *d, int u, struct strbuf *sb)
{
	int chain[MAXDEPTH + 2], n = 0, i, h;
	char lab[64];
	bool first = true;

	h = seg_headed(d, u);
	while (u >= 0 && n < MAXDEPTH + 2) {
		chain[n++] = u;
		u = d->units[u].parent;
	}
	for (i = n - 1; i >= 0; i--) {
		const struct seg_unit *x = &d->units[chain[i]];

		seg_display_label(d, chain[i], lab, sizeof(lab));
		/* 5.1 says all that "5" said. */
		if (d->english && i == n - 1 && n > 1 &&
		    d->units[chain[i - 1]].kind == SK_DOT2)
			lab[0] = '\0';
		if (x->kind == SK_PREAMBLE && (n == 1 || (n == 2 &&
		    d->units[chain[0]].kind == SK_IMPLICIT &&
		    d->units[chain[0]].start == 0)))
			snprintf(lab, sizeof(lab), d->english ? "preamble" : "前文");
		if (lab[0] != '\0') {
			if (d->english && !first && lab[0] != '(' &&
			    sb_addc(sb, ' ') == -1)
				return -1;
			if (sb_adds(sb, lab) == -1)
				return -1;
			first = false;
		}
		if (!d->english && x->heading != NULL) {
			if (sb_printf(sb, "（%s）", x->heading) == -1)
				return -1;
			first = false;
		}
	}
	if (d->english && h >= 0 && sb_printf(sb, "%s(%s)", first ? "" : " ",
	    d->units[h].heading) == -1)
		return -1;
	return 0;
}
