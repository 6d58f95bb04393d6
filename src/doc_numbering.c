/*
 * Word automatic numbering.  The number of "第7条" lives nowhere in the
 * text: a paragraph only says "list 1, level 0", and word/numbering.xml
 * says how that level counts and renders.  Count like Word does and
 * give the label back, so the checker can name the article.
 */
#include <stdlib.h>
#include <string.h>

#include "doc_int.h"
#include "i18n.h"

#define W	"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NLVL	9
#define MAX_DEFS 10000		/* lists and styles; more is hostile */

struct lvl {
	long	 start;
	char	 fmt[40];
	char	*text;		/* lvlText, e.g. "第%1条" */
	char	*pstyle;	/* paragraph style tied to this level */
	char	 suff;		/* 't'ab, 's'pace, 'n'othing */
};

struct abstract {
	long		 id;
	struct lvl	 lvl[NLVL];
	long		 count[NLVL];
	bool		 counting[NLVL];
};

struct num {
	long	 id;
	long	 absid;
	long	 start[NLVL];	/* startOverride, or -1 */
	bool	 used;
};

struct style {
	char	*id;
	char	*based;
	long	 numid;		/* -1 when the style has none */
	long	 ilvl;
};

struct numbering {
	struct abstract	*abs;
	size_t		 nabs;
	struct num	*num;
	size_t		 nnum;
	struct style	*style;
	size_t		 nstyle;
	char		*defstyle;	/* the default paragraph style */
};

static void *
grow(void *p, size_t n, size_t size)
{
	/* Arrays grow one by one from small counts: double at powers of 2. */
	if (n >= MAX_DEFS)
		return NULL;
	if (n != 0 && (n & (n - 1)) != 0)
		return p;
	return realloc(p, (n ? n * 2 : 4) * size);
}

static long
attrl(const struct dxml *x, const char *local, long dflt)
{
	char *v, *end;
	long n;

	if ((v = dx_attr(x, W, local)) == NULL)
		return dflt;
	n = strtol(v, &end, 10);
	if (end == v || n < -1000000 || n > 1000000)
		n = dflt;
	free(v);
	return n;
}

static struct abstract *
find_abs(struct numbering *nb, long id)
{
	for (size_t i = 0; i < nb->nabs; i++)
		if (nb->abs[i].id == id)
			return &nb->abs[i];
	return NULL;
}

static struct num *
find_num(struct numbering *nb, long id)
{
	for (size_t i = 0; i < nb->nnum; i++)
		if (nb->num[i].id == id)
			return &nb->num[i];
	return NULL;
}

static struct style *
find_style(struct numbering *nb, const char *id)
{
	if (id == NULL)
		return NULL;
	for (size_t i = 0; i < nb->nstyle; i++)
		if (strcmp(nb->style[i].id, id) == 0)
			return &nb->style[i];
	return NULL;
}

static int
load_numbering(struct numbering *nb, const char *name, const char *xml,
    size_t len, struct error *e)
{
	struct dxml x;
	struct abstract *a = NULL;
	struct num *n = NULL;
	struct lvl *l = NULL;
	void *p;
	char *v;
	long i;
	int rc, ovr = -1, lvldepth = -1;

	if (dx_open(&x, name, "word/numbering.xml", xml, len, e) != ST_OK)
		return e->status;
	while ((rc = dx_next(&x, e)) == 1) {
		if (x.type == XML_READER_TYPE_END_ELEMENT) {
			if (dx_is(&x, W, "abstractNum"))
				a = NULL;
			else if (dx_is(&x, W, "num"))
				n = NULL;
			else if (dx_is(&x, W, "lvl") && x.depth == lvldepth)
				l = NULL;
			else if (dx_is(&x, W, "lvlOverride"))
				ovr = -1;
			continue;
		}
		if (x.type != XML_READER_TYPE_ELEMENT)
			continue;
		if (dx_is(&x, W, "abstractNum") && !x.empty) {
			if ((p = grow(nb->abs, nb->nabs, sizeof(*a))) == NULL)
				goto nomem;
			nb->abs = p;
			/* The array may have moved: a level left open in a
			   nested abstractNum points into the old one. */
			l = NULL;
			lvldepth = -1;
			a = &nb->abs[nb->nabs++];
			memset(a, 0, sizeof(*a));
			a->id = attrl(&x, "abstractNumId", -1);
			for (i = 0; i < NLVL; i++) {
				a->lvl[i].start = 1;
				strcpy(a->lvl[i].fmt, "decimal");
				a->lvl[i].suff = 't';
			}
		} else if (dx_is(&x, W, "lvl") && a != NULL && !x.empty) {
			i = attrl(&x, "ilvl", -1);
			l = i >= 0 && i < NLVL ? &a->lvl[i] : NULL;
			lvldepth = x.depth;
		} else if (l != NULL && dx_is(&x, W, "start")) {
			l->start = attrl(&x, "val", 1);
		} else if (l != NULL && dx_is(&x, W, "numFmt")) {
			/* In mc:AlternateContent the Fallback comes last. */
			if ((v = dx_attr(&x, W, "val")) != NULL) {
				strncpy(l->fmt, v, sizeof(l->fmt) - 1);
				free(v);
			}
		} else if (l != NULL && dx_is(&x, W, "lvlText")) {
			free(l->text);
			l->text = dx_attr(&x, W, "val");
		} else if (l != NULL && dx_is(&x, W, "pStyle")) {
			free(l->pstyle);
			l->pstyle = dx_attr(&x, W, "val");
		} else if (l != NULL && dx_is(&x, W, "suff")) {
			if ((v = dx_attr(&x, W, "val")) != NULL) {
				l->suff = v[0] == 's' ? 's' :
				    v[0] == 'n' ? 'n' : 't';
				free(v);
			}
		} else if (dx_is(&x, W, "num") && !x.empty) {
			if ((p = grow(nb->num, nb->nnum, sizeof(*n))) == NULL)
				goto nomem;
			nb->num = p;
			n = &nb->num[nb->nnum++];
			memset(n, 0, sizeof(*n));
			n->id = attrl(&x, "numId", -1);
			n->absid = -1;
			for (i = 0; i < NLVL; i++)
				n->start[i] = -1;
		} else if (n != NULL && dx_is(&x, W, "abstractNumId")) {
			n->absid = attrl(&x, "val", -1);
		} else if (n != NULL && dx_is(&x, W, "lvlOverride")) {
			ovr = (int)attrl(&x, "ilvl", -1);
			if (ovr >= NLVL)
				ovr = -1;
		} else if (n != NULL && ovr >= 0 &&
		    dx_is(&x, W, "startOverride")) {
			n->start[ovr] = attrl(&x, "val", 1);
		}
	}
	goto done;
nomem:
	error_set(e, ST_FILE, _("%s: word/numbering.xml defines too many "
	    "lists, or memory ran out"), name);
done:
	dx_close(&x);
	return e->status;
}

static int
load_styles(struct numbering *nb, const char *name, const char *xml,
    size_t len, struct error *e)
{
	struct dxml x;
	struct style *s = NULL;
	char *v;
	void *p;
	int rc, depth = -1;

	if (dx_open(&x, name, "word/styles.xml", xml, len, e) != ST_OK)
		return e->status;
	while ((rc = dx_next(&x, e)) == 1) {
		if (x.type == XML_READER_TYPE_END_ELEMENT) {
			if (x.depth == depth)
				s = NULL;
			continue;
		}
		if (x.type != XML_READER_TYPE_ELEMENT)
			continue;
		if (dx_is(&x, W, "style") && !x.empty) {
			s = NULL;
			if ((v = dx_attr(&x, W, "type")) == NULL ||
			    strcmp(v, "paragraph") != 0) {
				free(v);
				continue;
			}
			free(v);
			if ((v = dx_attr(&x, W, "styleId")) == NULL)
				continue;
			if ((p = grow(nb->style, nb->nstyle,
			    sizeof(*s))) == NULL) {
				free(v);
				goto nomem;
			}
			nb->style = p;
			s = &nb->style[nb->nstyle++];
			memset(s, 0, sizeof(*s));
			s->id = v;
			s->numid = s->ilvl = -1;
			depth = x.depth;
			if ((v = dx_attr(&x, W, "default")) != NULL) {
				if ((strcmp(v, "1") == 0 ||
				    strcmp(v, "true") == 0) &&
				    nb->defstyle == NULL &&
				    (nb->defstyle = strdup(s->id)) == NULL) {
					free(v);
					goto nomem;
				}
				free(v);
			}
		} else if (s != NULL && dx_is(&x, W, "basedOn")) {
			free(s->based);
			s->based = dx_attr(&x, W, "val");
		} else if (s != NULL && dx_is(&x, W, "numId")) {
			s->numid = attrl(&x, "val", -1);
		} else if (s != NULL && dx_is(&x, W, "ilvl")) {
			s->ilvl = attrl(&x, "val", -1);
		}
	}
	goto done;
nomem:
	error_set(e, ST_FILE, _("%s: word/styles.xml defines too many styles, "
	    "or memory ran out"), name);
done:
	dx_close(&x);
	return e->status;
}

int
num_load(struct numbering **out, const char *name, const char *numxml,
    size_t numlen, const char *stylexml, size_t stylelen, struct error *e)
{
	struct numbering *nb;

	if ((nb = calloc(1, sizeof(*nb))) == NULL)
		return error_set(e, ST_INTERNAL, _("%s: out of memory"), name);
	if (numxml != NULL &&
	    load_numbering(nb, name, numxml, numlen, e) != ST_OK)
		goto done;
	if (stylexml != NULL &&
	    load_styles(nb, name, stylexml, stylelen, e) != ST_OK)
		goto done;
done:
	if (e->status != ST_OK) {
		num_free(nb);
		nb = NULL;
	}
	*out = nb;
	return e->status;
}

void
num_free(struct numbering *nb)
{
	if (nb == NULL)
		return;
	for (size_t i = 0; i < nb->nabs; i++)
		for (int j = 0; j < NLVL; j++) {
			free(nb->abs[i].lvl[j].text);
			free(nb->abs[i].lvl[j].pstyle);
		}
	for (size_t i = 0; i < nb->nstyle; i++) {
		free(nb->style[i].id);
		free(nb->style[i].based);
	}
	free(nb->abs);
	free(nb->num);
	free(nb->style);
	free(nb->defstyle);
	free(nb);
}

/* Append the UTF-8 encoding of code point c. */
static int
add_cp(struct strbuf *sb, unsigned long c)
{
	char b[4];
	size_t n;

	if (c < 0x80) {
		b[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		b[0] = (char)(0xc0 | c >> 6);
		b[1] = (char)(0x80 | (c & 0x3f));
		n = 2;
	} else if (c < 0x10000) {
		b[0] = (char)(0xe0 | c >> 12);
		b[1] = (char)(0x80 | (c >> 6 & 0x3f));
		b[2] = (char)(0x80 | (c & 0x3f));
		n = 3;
	} else {
		b[0] = (char)(0xf0 | c >> 18);
		b[1] = (char)(0x80 | (c >> 12 & 0x3f));
		b[2] = (char)(0x80 | (c >> 6 & 0x3f));
		b[3] = (char)(0x80 | (c & 0x3f));
		n = 4;
	}
	return sb_add(sb, b, n);
}

/* The n-th (1-based, cycling) of a list of UTF-8 characters. */
static int
add_nth(struct strbuf *sb, const char *list, size_t count, long n)
{
	const unsigned char *p = (const unsigned char *)list;
	size_t i = (size_t)((n - 1) % (long)count), len;

	while (i-- > 0) {
		p++;
		while ((*p & 0xc0) == 0x80)
			p++;
	}
	len = 1;
	while ((p[len] & 0xc0) == 0x80)
		len++;
	return sb_add(sb, p, len);
}

static const char *const kdigit[] = {
	"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"
};

/* 1234 -> 千二百三十四, for 0 < n < 10000. */
static int
add_kanji4(struct strbuf *sb, long n)
{
	static const char *const unit[] = { "千", "百", "十", "" };
	long div = 1000;
	int rc = 0;

	for (int i = 0; i < 4; i++, div /= 10) {
		long d = n / div % 10;

		if (d == 0)
			continue;
		if (d != 1 || i == 3)
			rc |= sb_adds(sb, kdigit[d]);
		rc |= sb_adds(sb, unit[i]);
	}
	return rc ? -1 : 0;
}

static int
add_kanji(struct strbuf *sb, long n)
{
	int rc = 0;

	if (n == 0)
		return sb_adds(sb, kdigit[0]);
	if (n >= 100000000) {
		rc |= add_kanji4(sb, n / 100000000 % 10000);
		rc |= sb_adds(sb, "億");
	}
	if (n / 10000 % 10000) {
		rc |= add_kanji4(sb, n / 10000 % 10000);
		rc |= sb_adds(sb, "万");
	}
	if (n % 10000)
		rc |= add_kanji4(sb, n % 10000);
	return rc ? -1 : 0;
}

static int
add_roman(struct strbuf *sb, long n, bool upper)
{
	static const struct { int v; const char *s; } r[] = {
		{ 1000, "m" }, { 900, "cm" }, { 500, "d" }, { 400, "cd" },
		{ 100, "c" }, { 90, "xc" }, { 50, "l" }, { 40, "xl" },
		{ 10, "x" }, { 9, "ix" }, { 5, "v" }, { 4, "iv" }, { 1, "i" }
	};

	for (size_t i = 0; i < sizeof(r) / sizeof(r[0]); i++)
		while (n >= r[i].v) {
			for (const char *s = r[i].s; *s; s++)
				if (sb_addc(sb, upper ? (char)(*s - 32) : *s))
					return -1;
			n -= r[i].v;
		}
	return 0;
}

int
num_format(struct strbuf *sb, const char *fmt, long n)
{
	static const char aiueo[] = "アイウエオカキクケコサシスセソタチツテト"
	    "ナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
	static const char aiueoh[] = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓ"
	    "ﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ";
	static const char iroha[] = "イロハニホヘトチリヌルヲワカヨタレソツネナ"
	    "ラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";
	static const char kan[] = "甲乙丙丁戊己庚辛壬癸";
	char num[32];
	int rc = 0;

	if (n < 0)
		n = 0;
	if (strcmp(fmt, "none") == 0 || strcmp(fmt, "bullet") == 0)
		return 0;
	if (n == 0 && strcmp(fmt, "decimal") != 0)
		fmt = "decimal";
	if (strcmp(fmt, "decimalFullWidth") == 0 ||
	    strcmp(fmt, "decimalFullWidth2") == 0) {
		snprintf(num, sizeof(num), "%ld", n);
		for (char *p = num; *p; p++)
			rc |= add_cp(sb, 0xff10 + (unsigned long)(*p - '0'));
		return rc ? -1 : 0;
	}
	if (strcmp(fmt, "decimalZero") == 0)
		return sb_printf(sb, "%02ld", n);
	if (strcmp(fmt, "japaneseCounting") == 0 ||
	    strcmp(fmt, "japaneseLegal") == 0 ||
	    strcmp(fmt, "chineseCounting") == 0 ||
	    strcmp(fmt, "chineseCountingThousand") == 0 ||
	    strcmp(fmt, "taiwaneseCounting") == 0 ||
	    strcmp(fmt, "taiwaneseCountingThousand") == 0)
		return add_kanji(sb, n);
	if (strcmp(fmt, "ideographDigital") == 0 ||
	    strcmp(fmt, "japaneseDigitalTenThousand") == 0 ||
	    strcmp(fmt, "taiwaneseDigital") == 0) {
		snprintf(num, sizeof(num), "%ld", n);
		for (char *p = num; *p; p++)
			rc |= sb_adds(sb, kdigit[*p - '0']);
		return rc ? -1 : 0;
	}
	if (strcmp(fmt, "aiueoFullWidth") == 0)
		return add_nth(sb, aiueo, 46, n);
	if (strcmp(fmt, "aiueo") == 0)
		return add_nth(sb, aiueoh, 46, n);
	if (strcmp(fmt, "iroha") == 0 || strcmp(fmt, "irohaFullWidth") == 0)
		return add_nth(sb, iroha, 47, n);
	if (strcmp(fmt, "ideographTraditional") == 0)
		return add_nth(sb, kan, 10, n);
	if ((strcmp(fmt, "decimalEnclosedCircle") == 0 ||
	    strcmp(fmt, "decimalEnclosedCircleChinese") == 0) &&
	    n >= 1 && n <= 50) {
		if (n <= 20)
			return add_cp(sb, 0x2460 + (unsigned long)n - 1);
		if (n <= 35)
			return add_cp(sb, 0x3251 + (unsigned long)n - 21);
		return add_cp(sb, 0x32b1 + (unsigned long)n - 36);
	}
	if (strcmp(fmt, "decimalEnclosedParen") == 0 && n >= 1 && n <= 20)
		return add_cp(sb, 0x2474 + (unsigned long)n - 1);
	if (strcmp(fmt, "decimalEnclosedFullstop") == 0 && n >= 1 && n <= 20)
		return add_cp(sb, 0x2488 + (unsigned long)n - 1);
	if (strcmp(fmt, "lowerLetter") == 0 || strcmp(fmt, "upperLetter") == 0) {
		/* 27 is "aa", 53 "aaa", as Word counts. */
		char c = (char)((fmt[0] == 'l' ? 'a' : 'A') + (n - 1) % 26);

		for (long i = 0; i <= (n - 1) / 26 && i < 16; i++)
			rc |= sb_addc(sb, c);
		return rc ? -1 : 0;
	}
	if ((strcmp(fmt, "lowerRoman") == 0 || strcmp(fmt, "upperRoman") == 0)
	    && n < 4000)
		return add_roman(sb, n, fmt[0] == 'u');
	if (strcmp(fmt, "ordinal") == 0) {
		const char *suf = "th";

		if (n % 100 < 11 || n % 100 > 13)
			suf = n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" :
			    n % 10 == 3 ? "rd" : "th";
		return sb_printf(sb, "%ld%s", n, suf);
	}
	return sb_printf(sb, "%ld", n);
}

/* Find the list of a paragraph that has none directly, from its style. */
static void
from_style(struct numbering *nb, const char *style, long *numid, long *ilvl)
{
	struct style *s;
	const char *id = style ? style : nb->defstyle;

	for (int hops = 0; hops < 16 && (s = find_style(nb, id)) != NULL;
	    hops++) {
		if (s->numid >= 0) {
			*numid = s->numid;
			if (*ilvl < 0)
				*ilvl = s->ilvl;
			if (*ilvl < 0) {
				/* A level may name its style instead. */
				struct num *n = find_num(nb, s->numid);
				struct abstract *a = n ?
				    find_abs(nb, n->absid) : NULL;

				for (int i = 0; a != NULL && i < NLVL; i++)
					if (a->lvl[i].pstyle != NULL &&
					    strcmp(a->lvl[i].pstyle,
					    s->id) == 0)
						*ilvl = i;
			}
			return;
		}
		id = s->based;
	}
}

int
num_label(struct numbering *nb, long numid, long ilvl, const char *style,
    const char *text, struct strbuf *out)
{
	struct num *n;
	struct abstract *a;
	struct lvl *l;
	const char *p;
	size_t before = out->len;

	if (nb == NULL)
		return 0;
	if (numid < 0)
		from_style(nb, style, &numid, &ilvl);
	if (numid <= 0 || (n = find_num(nb, numid)) == NULL ||
	    (a = find_abs(nb, n->absid)) == NULL)
		return 0;
	if (ilvl < 0 || ilvl >= NLVL)
		ilvl = 0;
	if (!n->used) {
		/* A restarted list (startOverride) begins anew. */
		n->used = true;
		for (int i = 0; i < NLVL; i++)
			if (n->start[i] >= 0) {
				a->lvl[i].start = n->start[i];
				a->counting[i] = false;
			}
	}
	if (a->counting[ilvl])
		a->count[ilvl]++;
	else {
		a->count[ilvl] = a->lvl[ilvl].start;
		a->counting[ilvl] = true;
	}
	for (int i = (int)ilvl + 1; i < NLVL; i++)
		a->counting[i] = false;
	l = &a->lvl[ilvl];
	if (l->text == NULL || strcmp(l->fmt, "bullet") == 0)
		return 0;
	for (p = l->text; *p != '\0'; p++) {
		if (p[0] == '%' && p[1] >= '1' && p[1] <= '9') {
			int k = p[1] - '1';
			long v = a->counting[k] ? a->count[k] : a->lvl[k].start;

			if (num_format(out, k == ilvl ? l->fmt : a->lvl[k].fmt,
			    v) == -1)
				return -1;
			p++;
		} else if (sb_addc(out, *p) == -1)
			return -1;
	}
	if (out->len == before)
		return 0;
	/*
	 * Word puts a tab after the label by default.  Tabs mean table
	 * cells here, so a space, or nothing before "（見出し）".
	 */
	if (l->suff == 's' || (l->suff == 't' && text != NULL &&
	    strncmp(text, "（", strlen("（")) != 0 && text[0] != '(' &&
	    text[0] != '\0'))
		return sb_addc(out, ' ');
	return 0;
}
