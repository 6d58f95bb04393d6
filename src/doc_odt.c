/*
 * OpenDocument text: content.xml's paragraphs, headings, tables and
 * lists.  Deleted text kept in text:tracked-changes and comments are
 * left out; numbered lists get their labels back.
 */
#include <stdlib.h>
#include <string.h>

#include "doc_int.h"
#include "i18n.h"

#define TEXT	"urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define TABLE	"urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define OFFICE	"urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define STYLE	"urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define NEST	64
#define NLVL	10
#define MAX_STYLES 1000

struct lstyle {
	char	*name;
	char	 fmt[NLVL][24];	/* a Word format name for num_format() */
	char	*prefix[NLVL], *suffix[NLVL];
	long	 start[NLVL];
};

struct odt {
	const char	*name;
	struct strbuf	*sb;
	struct lstyle	*ls;
	size_t		 nls;
	struct lstyle	*cur;		/* the list style being defined */
	int		 curlvl;
	/* open lists */
	struct lstyle	*list[NEST];	/* the style of each open list */
	long		 count[NEST];
	int		 nlist;
	char		*pending;	/* label for the item's first paragraph */
	size_t		 cell[NEST];
	int		 ncell;
	int		 npara;
};

static const char *
odf_fmt(const char *f)
{
	static const struct { const char *odf, *word; } map[] = {
		{ "1", "decimal" }, { "a", "lowerLetter" },
		{ "A", "upperLetter" }, { "i", "lowerRoman" },
		{ "I", "upperRoman" }, { "１", "decimalFullWidth" },
		{ "一", "japaneseCounting" }, { "①", "decimalEnclosedCircle" },
		{ "ア", "aiueoFullWidth" }, { "イ", "irohaFullWidth" },
		{ "ｱ", "aiueo" }, { "ｲ", "iroha" }, { "甲", "ideographTraditional" },
	};

	if (f == NULL || f[0] == '\0')
		return "none";
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strncmp(f, map[i].odf, strlen(map[i].odf)) == 0)
			return map[i].word;
	return "decimal";
}

static void
odt_free(struct odt *o)
{
	for (size_t i = 0; i < o->nls; i++) {
		free(o->ls[i].name);
		for (int j = 0; j < NLVL; j++) {
			free(o->ls[i].prefix[j]);
			free(o->ls[i].suffix[j]);
		}
	}
	free(o->ls);
	free(o->pending);
}

static struct lstyle *
find_ls(struct odt *o, const char *name)
{
	if (name == NULL)
		return NULL;
	for (size_t i = 0; i < o->nls; i++)
		if (strcmp(o->ls[i].name, name) == 0)
			return &o->ls[i];
	return NULL;
}

/* text:list-style and its numbered levels. */
static int
list_style(struct odt *o, struct dxml *x, struct error *e)
{
	struct lstyle *ls;
	char *v;
	void *p;
	int lvl;

	if (dx_is(x, TEXT, "list-style") && !x->empty) {
		o->cur = NULL;
		if (o->nls >= MAX_STYLES)
			return ST_OK;
		/* Allocated once: o->list[] and o->cur point into it. */
		if (o->ls == NULL && (p = calloc(MAX_STYLES, sizeof(*ls))) == NULL)
			return error_set(e, ST_INTERNAL, _("%s: out of memory"),
			    o->name);
		if (o->ls == NULL)
			o->ls = p;
		ls = &o->ls[o->nls];
		memset(ls, 0, sizeof(*ls));
		if ((ls->name = dx_attr(x, STYLE, "name")) == NULL)
			return ST_OK;
		for (int i = 0; i < NLVL; i++) {
			strcpy(ls->fmt[i], "none");
			ls->start[i] = 1;
		}
		o->nls++;
		o->cur = ls;
		return ST_OK;
	}
	if (o->cur == NULL || !dx_is(x, TEXT, "list-level-style-number"))
		return ST_OK;
	if ((v = dx_attr(x, TEXT, "level")) == NULL)
		return ST_OK;
	lvl = atoi(v) - 1;
	free(v);
	if (lvl < 0 || lvl >= NLVL)
		return ST_OK;
	v = dx_attr(x, STYLE, "num-format");
	strcpy(o->cur->fmt[lvl], odf_fmt(v));
	free(v);
	free(o->cur->prefix[lvl]);	/* a level given twice */
	free(o->cur->suffix[lvl]);
	o->cur->prefix[lvl] = dx_attr(x, STYLE, "num-prefix");
	o->cur->suffix[lvl] = dx_attr(x, STYLE, "num-suffix");
	if ((v = dx_attr(x, TEXT, "start-value")) != NULL) {
		o->cur->start[lvl] = atol(v);
		free(v);
	}
	return ST_OK;
}

static int
list_item(struct odt *o)
{
	struct strbuf lab = STRBUF_INIT;
	struct lstyle *ls;
	int lvl = o->nlist - 1;

	if (lvl < 0 || lvl >= NEST)
		return 0;
	o->count[lvl]++;
	free(o->pending);
	o->pending = NULL;
	if ((ls = o->list[lvl]) == NULL || lvl >= NLVL ||
	    strcmp(ls->fmt[lvl], "none") == 0)
		return 0;
	if ((ls->prefix[lvl] && sb_adds(&lab, ls->prefix[lvl]) == -1) ||
	    num_format(&lab, ls->fmt[lvl], ls->start[lvl] - 1 +
	    o->count[lvl]) == -1 ||
	    (ls->suffix[lvl] && sb_adds(&lab, ls->suffix[lvl]) == -1) ||
	    sb_addc(&lab, ' ') == -1) {
		sb_free(&lab);
		return -1;
	}
	o->pending = sb_detach(&lab);
	return 0;
}

static int
element(struct odt *o, struct dxml *x, struct error *e)
{
	struct strbuf *sb = o->sb;
	char *v;
	long n;

	if (dx_is(x, TEXT, "tracked-changes") ||
	    dx_is(x, OFFICE, "annotation") ||
	    dx_is(x, TEXT, "note-citation") ||
	    dx_is(x, TEXT, "ruby-text") ||
	    dx_is(x, TEXT, "sequence-decls") ||
	    dx_is(x, OFFICE, "forms"))
		return dx_skip(x, e) == 1 ? ST_OK : e->status;
	if (dx_is(x, TEXT, "list-style") ||
	    dx_is(x, TEXT, "list-level-style-number"))
		return list_style(o, x, e);
	if (dx_is(x, TEXT, "p") || dx_is(x, TEXT, "h")) {
		if (o->npara > 0 && sb->len > 0 &&
		    sb->buf[sb->len - 1] != '\n' &&
		    doc_out(sb, "\n", 1, o->name, e) != ST_OK)
			return e->status;
		if (o->pending != NULL) {
			if (doc_outs(sb, o->pending, o->name, e) != ST_OK)
				return e->status;
			free(o->pending);
			o->pending = NULL;
		}
		if (x->empty)
			return doc_out(sb, "\n", 1, o->name, e);
		o->npara++;
		return ST_OK;
	}
	if (dx_is(x, TEXT, "s")) {
		n = 1;
		if ((v = dx_attr(x, TEXT, "c")) != NULL) {
			n = atol(v);
			free(v);
		}
		for (long i = 0; i < n && i < 1000; i++)
			if (doc_out(sb, " ", 1, o->name, e) != ST_OK)
				return e->status;
		return ST_OK;
	}
	if (dx_is(x, TEXT, "tab"))
		return doc_out(sb, "\t", 1, o->name, e);
	if (dx_is(x, TEXT, "line-break"))
		return doc_out(sb, "\n", 1, o->name, e);
	if (dx_is(x, TEXT, "list") && !x->empty) {
		if (o->nlist < NEST) {
			v = dx_attr(x, TEXT, "style-name");
			o->list[o->nlist] = find_ls(o, v);
			if (o->list[o->nlist] == NULL && o->nlist > 0)
				o->list[o->nlist] = o->list[o->nlist - 1];
			o->count[o->nlist] = 0;
			free(v);
		}
		o->nlist++;
		return ST_OK;
	}
	if (dx_is(x, TEXT, "list-item") || dx_is(x, TEXT, "list-header")) {
		if (dx_is(x, TEXT, "list-item") && list_item(o) == -1)
			return error_set(e, ST_INTERNAL, _("%s: out of memory"),
			    o->name);
		return ST_OK;
	}
	if (dx_is(x, TABLE, "table-cell") ||
	    dx_is(x, TABLE, "covered-table-cell")) {
		if (x->empty)
			return doc_out(sb, "\t", 1, o->name, e);
		if (o->ncell == NEST)
			return error_set(e, ST_FILE, _("%s: tables nest too "
			    "deeply; not a document we read"), o->name);
		o->cell[o->ncell++] = sb->len;
	}
	return ST_OK;
}

static int
end_element(struct odt *o, struct dxml *x, struct error *e)
{
	struct strbuf *sb = o->sb;

	if (dx_is(x, TEXT, "list-style"))
		o->cur = NULL;
	else if (dx_is(x, TEXT, "p") || dx_is(x, TEXT, "h")) {
		if (o->npara > 0)
			o->npara--;
		return doc_out(sb, "\n", 1, o->name, e);
	} else if (dx_is(x, TEXT, "list")) {
		if (o->nlist > 0)
			o->nlist--;
	} else if ((dx_is(x, TABLE, "table-cell") ||
	    dx_is(x, TABLE, "covered-table-cell")) && o->ncell > 0)
		return doc_out_cell(sb, o->cell[--o->ncell], o->name, e);
	else if (dx_is(x, TABLE, "table-row"))
		return doc_out_row(sb, o->name, e);
	return ST_OK;
}

/* ODF collapses white space in paragraphs; text:s keeps spaces. */
static int
collapse(struct odt *o, const char *s, struct error *e)
{
	struct strbuf *sb = o->sb;
	size_t n;

	while (*s != '\0') {
		n = strcspn(s, " \t\r\n");
		if (doc_out(sb, s, n, o->name, e) != ST_OK)
			return e->status;
		s += n;
		if (*s == '\0')
			break;
		s += strspn(s, " \t\r\n");
		if (sb->len > 0 && sb->buf[sb->len - 1] != ' ' &&
		    sb->buf[sb->len - 1] != '\n' &&
		    doc_out(sb, " ", 1, o->name, e) != ST_OK)
			return e->status;
	}
	return ST_OK;
}

static int
read_part(struct odt *o, struct dzip *z, const char *path, bool body,
    struct error *e)
{
	struct dxml x;
	char *buf = NULL;
	size_t len;
	long idx;
	int rc, inbody = -1;

	memset(&x, 0, sizeof(x));
	if ((idx = dz_find(z, path)) < 0) {
		if (body)
			error_set(e, ST_FILE, _("%s: the OpenDocument file has "
			    "no content.xml; the document is damaged"), o->name);
		return e->status;
	}
	if (dz_read(z, idx, &buf, &len, e) != ST_OK ||
	    dx_open(&x, o->name, path, buf, len, e) != ST_OK)
		goto done;
	while ((rc = dx_next(&x, e)) == 1) {
		if (x.type == XML_READER_TYPE_ELEMENT) {
			if (dx_is(&x, OFFICE, "body") && !x.empty)
				inbody = x.depth;
			/* styles.xml: only the list styles. */
			if (!body && !dx_is(&x, TEXT, "list-style") &&
			    !dx_is(&x, TEXT, "list-level-style-number"))
				continue;
			if (body && inbody < 0 &&
			    !dx_is(&x, TEXT, "list-style") &&
			    !dx_is(&x, TEXT, "list-level-style-number"))
				continue;
			if (element(o, &x, e) != ST_OK)
				break;
		} else if (x.type == XML_READER_TYPE_END_ELEMENT) {
			if (x.depth == inbody)
				inbody = -1;
			if (dx_is(&x, TEXT, "list-style"))
				o->cur = NULL;
			if (!body || inbody < 0)
				continue;
			if (end_element(o, &x, e) != ST_OK)
				break;
		} else if (body && inbody >= 0 && o->npara > 0 &&
		    (x.type == XML_READER_TYPE_TEXT ||
		    x.type == XML_READER_TYPE_CDATA ||
		    x.type == XML_READER_TYPE_WHITESPACE ||
		    x.type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)) {
			if (collapse(o, dx_value(&x), e) != ST_OK)
				break;
		}
	}
done:
	dx_close(&x);
	free(buf);
	return e->status;
}

int
doc_odt(const char *name, struct dzip *z, struct strbuf *sb,
    struct error *e)
{
	struct odt o;

	memset(&o, 0, sizeof(o));
	o.name = name;
	o.sb = sb;
	if (read_part(&o, z, "styles.xml", false, e) == ST_OK)
		read_part(&o, z, "content.xml", true, e);
	odt_free(&o);
	return e->status;
}
