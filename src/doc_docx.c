/*
 * Word .docx: the text of word/document.xml as the reader sees it with
 * tracked changes accepted, then headers, footers, footnotes and
 * endnotes.  Deleted and moved-away text, field codes, ruby readings and
 * the duplicate of a text box are left out; automatic numbering is put
 * back in front of its paragraph.
 */
#include <stdlib.h>
#include <string.h>

#include "doc_int.h"
#include "i18n.h"

#define W	"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define MC	"http://schemas.openxmlformats.org/markup-compatibility/2006"
#define PKGREL	"http://schemas.openxmlformats.org/package/2006/relationships"
#define RELTYPE	"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define NEST	64	/* paragraphs in text boxes in paragraphs, cells, ... */

struct para {
	size_t	 start;		/* where its text begins in the output */
	long	 numid, ilvl;
	char	*style;
	bool	 markdel;	/* the paragraph mark is a tracked deletion */
};

struct docx {
	const char	*name;
	struct strbuf	*sb;
	struct numbering *nb;
	struct para	 para[NEST];
	int		 npara;
	size_t		 cell[NEST];	/* start of each open table cell */
	int		 ncell;
	int		 mcdepth[NEST];	/* open mc:AlternateContent ... */
	bool		 mctaken[NEST];	/* ... and whether a branch was read */
	int		 nmc;
	int		 fld[NEST];	/* open fields: 1 code, 0 result */
	int		 nfld;
	int		 ncode;		/* open fields showing their code */
	int		 pprdepth;	/* inside w:pPr at this depth, or -1 */
	int		 tdepth;	/* inside w:t at this depth, or -1 */
};

static int
para_end(struct docx *d, struct error *e)
{
	struct para *p = &d->para[--d->npara];
	struct strbuf lab = STRBUF_INIT;
	struct strbuf *sb = d->sb;
	bool empty = sb->len == p->start;

	if (p->markdel && empty)
		goto done;	/* a deleted paragraph: gone, and not counted */
	if (d->nb != NULL && !(empty && p->numid < 0 && p->style == NULL)) {
		if (num_label(d->nb, p->numid, p->ilvl, p->style,
		    sb->buf ? sb->buf + p->start : "", &lab) == -1) {
			error_set(e, ST_INTERNAL, _("%s: out of memory"),
			    d->name);
			goto done;
		}
		if (lab.len > 0) {
			if (doc_out(sb, lab.buf, lab.len, d->name, e) != ST_OK)
				goto done;
			memmove(sb->buf + p->start + lab.len,
			    sb->buf + p->start, sb->len - lab.len - p->start);
			memcpy(sb->buf + p->start, lab.buf, lab.len);
		}
	}
	doc_out(sb, "\n", 1, d->name, e);
done:
	free(p->style);
	p->style = NULL;
	sb_free(&lab);
	return e->status;
}

static int
text(struct docx *d, const char *s, size_t n, struct error *e)
{
	if (d->ncode > 0)
		return ST_OK;
	return doc_out(d->sb, s, n, d->name, e);
}

static void
fldchar(struct docx *d, struct dxml *x)
{
	char *t = dx_attr(x, W, "fldCharType");

	if (t == NULL)
		return;
	if (strcmp(t, "begin") == 0) {
		if (d->nfld < NEST)
			d->fld[d->nfld] = 1;
		d->nfld++;
		d->ncode++;
	} else if (strcmp(t, "separate") == 0 && d->nfld > 0) {
		if (d->nfld <= NEST && d->fld[d->nfld - 1] == 1) {
			d->fld[d->nfld - 1] = 0;
			d->ncode--;
		}
	} else if (strcmp(t, "end") == 0 && d->nfld > 0) {
		if (d->nfld > NEST || d->fld[d->nfld - 1] == 1)
			d->ncode--;
		d->nfld--;
	}
	free(t);
}

/* Elements whose whole subtree is no part of the text. */
static bool
skipped(const struct dxml *x)
{
	static const char *const w[] = {
		"del", "delText", "moveFrom", "instrText", "delInstrText",
		"rt", "sdtPr", "sectPr", "pPrChange", "rPrChange",
		"tblPrChange", "trPrChange", "tcPrChange", "sectPrChange",
		"numberingChange", "tblPr", "tblGrid", "trPr", "tcPr",
		"rPr", "fldData", "comments", NULL
	};

	if (x->ns == NULL || strcmp((const char *)x->ns, W) != 0)
		return false;
	for (int i = 0; w[i] != NULL; i++)
		if (strcmp((const char *)x->local, w[i]) == 0)
			return true;
	return false;
}

static int
start_para(struct docx *d, struct dxml *x, struct error *e)
{
	struct para *p;

	if (x->empty)
		return doc_out(d->sb, "\n", 1, d->name, e);
	if (d->npara == NEST)
		return error_set(e, ST_FILE, _("%s: paragraphs nest too deeply; "
		    "not a document we read"), d->name);
	/* A text box inside a paragraph starts on its own line. */
	if (d->npara > 0 && d->sb->len > d->para[d->npara - 1].start &&
	    d->sb->buf[d->sb->len - 1] != '\n' &&
	    doc_out(d->sb, "\n", 1, d->name, e) != ST_OK)
		return e->status;
	p = &d->para[d->npara++];
	memset(p, 0, sizeof(*p));
	p->start = d->sb->len;
	p->numid = p->ilvl = -1;
	return ST_OK;
}

static long
lattr(struct dxml *x, const char *local)
{
	char *v = dx_attr(x, W, local);
	long n = -1;

	if (v != NULL) {
		n = strtol(v, NULL, 10);
		if (n < 0 || n > 1000000)
			n = -1;
		free(v);
	}
	return n;
}

/* The paragraph properties that matter: style, list, deleted mark. */
static void
ppr(struct docx *d, struct dxml *x)
{
	struct para *p = &d->para[d->npara - 1];

	if (dx_is(x, W, "pStyle")) {
		free(p->style);
		p->style = dx_attr(x, W, "val");
	} else if (dx_is(x, W, "numId"))
		p->numid = lattr(x, "val");
	else if (dx_is(x, W, "ilvl"))
		p->ilvl = lattr(x, "val");
	else if (dx_is(x, W, "del") || dx_is(x, W, "moveFrom"))
		p->markdel = true;
}

static int
element(struct docx *d, struct dxml *x, struct error *e)
{
	char *v;

	if (x->ns != NULL && strcmp((const char *)x->ns, MC) == 0) {
		if (dx_is(x, MC, "AlternateContent") && !x->empty) {
			if (d->nmc == NEST)
				return error_set(e, ST_FILE, _("%s: alternate "
				    "content nests too deeply"), d->name);
			d->mcdepth[d->nmc] = x->depth;
			d->mctaken[d->nmc++] = false;
		} else if (d->nmc > 0 &&
		    x->depth == d->mcdepth[d->nmc - 1] + 1 &&
		    (dx_is(x, MC, "Choice") || dx_is(x, MC, "Fallback"))) {
			/* The same content twice: read one branch only. */
			if (d->mctaken[d->nmc - 1])
				return dx_skip(x, e) == 1 ? ST_OK : e->status;
			d->mctaken[d->nmc - 1] = true;
		}
		return ST_OK;
	}
	if (d->pprdepth >= 0) {
		if (dx_is(x, W, "pPrChange") || dx_is(x, W, "sectPr"))
			return dx_skip(x, e) == 1 ? ST_OK : e->status;
		ppr(d, x);
		return ST_OK;
	}
	if (x->ns == NULL || strcmp((const char *)x->ns, W) != 0)
		return ST_OK;
	if (skipped(x))
		return dx_skip(x, e) == 1 ? ST_OK : e->status;
	if (dx_is(x, W, "p"))
		return start_para(d, x, e);
	if (dx_is(x, W, "pPr")) {
		if (!x->empty && d->npara > 0)
			d->pprdepth = x->depth;
		return ST_OK;
	}
	if (dx_is(x, W, "t")) {
		if (!x->empty)
			d->tdepth = x->depth;
		return ST_OK;
	}
	if (dx_is(x, W, "tab") || dx_is(x, W, "ptab"))
		return text(d, "\t", 1, e);
	if (dx_is(x, W, "br") || dx_is(x, W, "cr"))
		return text(d, "\n", 1, e);
	if (dx_is(x, W, "noBreakHyphen"))
		return text(d, "-", 1, e);
	if (dx_is(x, W, "fldChar")) {
		fldchar(d, x);
		return ST_OK;
	}
	if (dx_is(x, W, "tc") && !x->empty) {
		if (d->ncell == NEST)
			return error_set(e, ST_FILE, _("%s: tables nest too "
			    "deeply; not a document we read"), d->name);
		d->cell[d->ncell++] = d->sb->len;
		return ST_OK;
	}
	if ((dx_is(x, W, "footnote") || dx_is(x, W, "endnote")) &&
	    (v = dx_attr(x, W, "type")) != NULL) {
		/* Separators are lines, not notes. */
		bool sep = strcmp(v, "normal") != 0;

		free(v);
		if (sep)
			return dx_skip(x, e) == 1 ? ST_OK : e->status;
	}
	return ST_OK;
}

static int
end_element(struct docx *d, struct dxml *x, struct error *e)
{
	if (d->nmc > 0 && x->depth == d->mcdepth[d->nmc - 1] &&
	    dx_is(x, MC, "AlternateContent")) {
		d->nmc--;
		return ST_OK;
	}
	if (x->ns == NULL || strcmp((const char *)x->ns, W) != 0)
		return ST_OK;
	if (d->pprdepth >= 0) {
		if (x->depth == d->pprdepth)
			d->pprdepth = -1;
		return ST_OK;
	}
	if (x->depth == d->tdepth && dx_is(x, W, "t"))
		d->tdepth = -1;
	else if (dx_is(x, W, "p") && d->npara > 0)
		return para_end(d, e);
	else if (dx_is(x, W, "tc") && d->ncell > 0)
		return doc_out_cell(d->sb, d->cell[--d->ncell], d->name, e);
	else if (dx_is(x, W, "tr"))
		return doc_out_row(d->sb, d->name, e);
	return ST_OK;
}

/* Read one part (the body, a header, the notes) into the output. */
static int
part(struct docx *d, struct dzip *z, const char *path, struct error *e)
{
	struct dxml x;
	char *buf = NULL;
	size_t len;
	long idx;
	int rc;

	memset(&x, 0, sizeof(x));
	if ((idx = dz_find(z, path)) < 0)
		return ST_OK;
	if (dz_read(z, idx, &buf, &len, e) != ST_OK)
		goto done;
	if (dx_open(&x, d->name, path, buf, len, e) != ST_OK)
		goto done;
	d->npara = d->ncell = d->nmc = d->nfld = d->ncode = 0;
	d->pprdepth = d->tdepth = -1;
	while ((rc = dx_next(&x, e)) == 1) {
		switch (x.type) {
		case XML_READER_TYPE_ELEMENT:
			rc = element(d, &x, e);
			break;
		case XML_READER_TYPE_END_ELEMENT:
			rc = end_element(d, &x, e);
			break;
		case XML_READER_TYPE_TEXT:
		case XML_READER_TYPE_CDATA:
		case XML_READER_TYPE_WHITESPACE:
		case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
			rc = ST_OK;
			if (d->tdepth >= 0 && d->pprdepth < 0)
				rc = text(d, dx_value(&x),
				    strlen(dx_value(&x)), e);
			break;
		default:
			rc = ST_OK;
		}
		if (rc != ST_OK)
			break;
	}
	/* Paragraphs left open by a truncated part still hold text. */
	while (e->status == ST_OK && d->npara > 0)
		para_end(d, e);
done:
	while (d->npara > 0) {
		free(d->para[--d->npara].style);
		d->para[d->npara].style = NULL;
	}
	dx_close(&x);
	free(buf);
	return e->status;
}

struct rels {
	char	*path[DOC_MAX_PARTS];
	char	 kind[DOC_MAX_PARTS];	/* h header, f footer, n notes */
	int	 n;
	char	*numbering, *styles;
};

static void
rels_free(struct rels *r)
{
	for (int i = 0; i < r->n; i++)
		free(r->path[i]);
	free(r->numbering);
	free(r->styles);
}

/* "header1.xml" relative to word/, or "/word/header1.xml". */
static char *
rel_path(const char *target)
{
	char *p;

	if (target[0] == '/')
		return strdup(target + 1);
	if (strstr(target, "..") != NULL || strchr(target, ':') != NULL)
		return NULL;
	if ((p = malloc(strlen(target) + 6)) == NULL)
		return NULL;
	strcpy(p, "word/");
	strcat(p, target);
	return p;
}

static int
read_rels(struct rels *r, const char *name, struct dzip *z, struct error *e)
{
	struct dxml x;
	char *buf = NULL, *type = NULL, *target = NULL, *mode = NULL, *path;
	const char *t;
	size_t len;
	long idx;
	int rc;

	memset(&x, 0, sizeof(x));
	if ((idx = dz_find(z, "word/_rels/document.xml.rels")) < 0)
		return ST_OK;
	if (dz_read(z, idx, &buf, &len, e) != ST_OK ||
	    dx_open(&x, name, "word/_rels/document.xml.rels", buf, len,
	    e) != ST_OK)
		goto done;
	while ((rc = dx_next(&x, e)) == 1) {
		if (x.type != XML_READER_TYPE_ELEMENT ||
		    !dx_is(&x, PKGREL, "Relationship"))
			continue;
		free(type);
		free(target);
		free(mode);
		type = dx_attr(&x, NULL, "Type");
		target = dx_attr(&x, NULL, "Target");
		mode = dx_attr(&x, NULL, "TargetMode");
		if (type == NULL || target == NULL ||
		    (mode != NULL && strcmp(mode, "External") == 0))
			continue;
		t = strrchr(type, '/') ? strrchr(type, '/') + 1 : type;
		if ((path = rel_path(target)) == NULL)
			continue;
		if (strcmp(t, "numbering") == 0 && r->numbering == NULL)
			r->numbering = path;
		else if (strcmp(t, "styles") == 0 && r->styles == NULL)
			r->styles = path;
		else if ((strcmp(t, "header") == 0 ||
		    strcmp(t, "footer") == 0 || strcmp(t, "footnotes") == 0 ||
		    strcmp(t, "endnotes") == 0) && r->n < DOC_MAX_PARTS) {
			bool dup = false;

			for (int i = 0; i < r->n; i++)
				dup |= strcmp(r->path[i], path) == 0;
			if (dup) {
				free(path);
				continue;
			}
			r->kind[r->n] = strcmp(t, "header") == 0 ? 'h' :
			    strcmp(t, "footer") == 0 ? 'f' : 'n';
			r->path[r->n++] = path;
		} else
			free(path);
	}
done:
	free(type);
	free(target);
	free(mode);
	dx_close(&x);
	free(buf);
	return e->status;
}

static int
load_numbering(struct docx *d, struct dzip *z, struct rels *r,
    struct error *e)
{
	char *num = NULL, *sty = NULL;
	size_t numlen = 0, stylen = 0;
	long idx;

	idx = dz_find(z, r->numbering ? r->numbering : "word/numbering.xml");
	if (idx < 0)
		return ST_OK;	/* no lists, nothing to count */
	if (dz_read(z, idx, &num, &numlen, e) != ST_OK)
		goto done;
	idx = dz_find(z, r->styles ? r->styles : "word/styles.xml");
	if (idx >= 0 && dz_read(z, idx, &sty, &stylen, e) != ST_OK)
		goto done;
	num_load(&d->nb, d->name, num, numlen, sty, stylen, e);
done:
	free(num);
	free(sty);
	return e->status;
}

int
doc_docx(const char *name, struct dzip *z, struct strbuf *sb,
    struct error *e)
{
	struct docx d;
	struct rels r;
	static const char order[] = "hfn";

	memset(&d, 0, sizeof(d));
	memset(&r, 0, sizeof(r));
	d.name = name;
	d.sb = sb;
	if (read_rels(&r, name, z, e) != ST_OK ||
	    load_numbering(&d, z, &r, e) != ST_OK ||
	    part(&d, z, "word/document.xml", e) != ST_OK)
		goto done;
	/* Headers, footers and notes follow the body, a blank line apart. */
	for (int k = 0; k < 3; k++)
		for (int i = 0; i < r.n; i++) {
			if (r.kind[i] != order[k])
				continue;
			if (doc_out_nl(sb, name, e) != ST_OK ||
			    doc_out(sb, "\n", 1, name, e) != ST_OK ||
			    part(&d, z, r.path[i], e) != ST_OK)
				goto done;
		}
done:
	num_free(d.nb);
	rels_free(&r);
	return e->status;
}
