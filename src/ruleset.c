/*
 * Loading rulesets: read the file (bounded), refuse DOCTYPEs, parse with
 * XML_PARSE_NONET, validate against the RELAX NG schema, then build the
 * groups and compile each into one PCRE2 alternation.
 */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <pcre2.h>

#include "datadir.h"
#include "ruleset.h"
#include "strbuf.h"

#define RULESET_MAX (4u << 20)

struct xerr {
	bool set;
	int line;
	char msg[512];
};

static void
collect(void *arg, xmlErrorPtr err)
{
	struct xerr *x = arg;
	size_t n;

	if (x->set || err == NULL || err->level < XML_ERR_ERROR)
		return;
	x->set = true;
	x->line = err->line;
	snprintf(x->msg, sizeof(x->msg), "%s",
	    err->message ? err->message : "invalid XML");
	n = strlen(x->msg);
	while (n > 0 && (x->msg[n - 1] == '\n' || x->msg[n - 1] == ' '))
		x->msg[--n] = '\0';
}

static void
free_group(struct rgroup *g)
{
	free(g->name);
	free(g->pattern);
	pcre2_code_free(g->code);
}

void
ruleset_free(struct ruleset *rs)
{
	size_t i, j;

	if (rs == NULL)
		return;
	for (i = 0; i < rs->ngroups; i++)
		free_group(&rs->groups[i]);
	free(rs->groups);
	for (i = 0; i < rs->naliases; i++) {
		for (j = 0; j < rs->aliases[i].ncodes; j++) {
			pcre2_code_free(rs->aliases[i].codes[j]);
			free(rs->aliases[i].pats[j]);
		}
		for (j = 0; j < rs->aliases[i].ncodes; j++) {
			pcre2_code_free(rs->aliases[i].keys[j]);
			free(rs->aliases[i].keypats[j]);
		}
		free(rs->aliases[i].keys);
		free(rs->aliases[i].keypats);
		free(rs->aliases[i].ctx);
		free(rs->aliases[i].codes);
		free(rs->aliases[i].pats);
	}
	free(rs->aliases);
	for (i = 0; i < rs->nclauses; i++) {
		struct rclause *c = &rs->clauses[i];
		for (j = 0; j < c->nrules; j++) {
			free(c->rules[j].req);
			free(c->rules[j].unless);
			free(c->rules[j].context);
			free(c->rules[j].heading);
		}
		free(c->rules);
		for (j = 0; j < c->nimplied; j++)
			free(c->implied_ids[j]);
		free(c->implied_ids);
		free(c->implied_by);
		free(c->id);
		free(c->title_ja);
		free(c->title_en);
		free(c->source);
		free(c->model);
	}
	free(rs->clauses);
	free(rs->id);
	free(rs->version);
	free(rs->lang);
	free(rs->title);
	free(rs->path);
	free(rs);
}

struct loader {
	struct ruleset *rs;
	const char *name;
	bool caseless;
	struct error *e;
	size_t capg;
};

static bool
is_el(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE &&
	    strcmp((const char *)n->name, name) == 0;
}

static char *
prop(xmlNodePtr n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *r;

	if (v == NULL)
		return NULL;
	r = strdup((const char *)v);
	xmlFree(v);
	return r;
}

/* Element text with each line trimmed and blank edges dropped. */
static char *
content(xmlNodePtr n)
{
	xmlChar *v = xmlNodeGetContent(n);
	struct strbuf sb = STRBUF_INIT;
	const char *p, *e, *ls, *le;
	size_t blank = 0;

	if (v == NULL)
		return NULL;
	p = (const char *)v;
	e = p + strlen(p);
	while (p < e) {
		ls = p;
		while (p < e && *p != '\n')
			p++;
		le = p;
		if (p < e)
			p++;
		while (ls < le && (*ls == ' ' || *ls == '\t' || *ls == '\r'))
			ls++;
		while (le > ls && (le[-1] == ' ' || le[-1] == '\t' ||
		    le[-1] == '\r'))
			le--;
		if (ls == le) {
			blank++;
			continue;
		}
		if (sb.len > 0 && (sb_adds(&sb, blank ? "\n\n" : "\n") == -1))
			goto nomem;
		blank = 0;
		if (sb_add(&sb, ls, (size_t)(le - ls)) == -1)
			goto nomem;
	}
	xmlFree(v);
	return sb_detach(&sb);
nomem:
	xmlFree(v);
	sb_free(&sb);
	return NULL;
}

static int
nomem(struct loader *l)
{
	return error_set(l->e, ST_INTERNAL, "out of memory loading ruleset");
}

static int
bad(struct loader *l, xmlNodePtr n, const char *fmt, const char *arg)
{
	char msg[512];

	snprintf(msg, sizeof(msg), fmt, arg);
	return error_set(l->e, ST_DATA, "%s:%ld: %s", l->name,
	    n ? xmlGetLineNo(n) : 0L, msg);
}

/* Escape a literal term for PCRE2. */
static int
add_literal(struct strbuf *sb, const char *t)
{
	for (; *t != '\0'; t++) {
		if (strchr("\\^$.|?*+()[]{}", *t) != NULL &&
		    sb_addc(sb, '\\') == -1)
			return -1;
		if (*t == ' ') {	/* any run of white space */
			if (sb_adds(sb, "\\s+") == -1)
				return -1;
			while (t[1] == ' ')
				t++;
			continue;
		}
		if (sb_addc(sb, *t) == -1)
			return -1;
	}
	return 0;
}

/* jit is false for a compile that only checks the expression. */
static void *
compile(struct loader *l, xmlNodePtr n, const char *pat, bool caseless,
    bool jit)
{
	pcre2_code *c;
	int err;
	PCRE2_SIZE off;
	PCRE2_UCHAR msg[256];
	char buf[400];

	c = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | (caseless ? PCRE2_CASELESS : 0), &err,
	    &off, NULL);
	if (c == NULL) {
		pcre2_get_error_message(err, msg, sizeof(msg));
		snprintf(buf, sizeof(buf), "bad regular expression at offset %zu: %s",
		    (size_t)off, (char *)msg);
		bad(l, n, "%s", buf);
		return NULL;
	}
	if (jit)
		(void)pcre2_jit_compile(c, PCRE2_JIT_COMPLETE);
	return c;
}

static int
find_group(struct ruleset *rs, const char *name)
{
	size_t i;

	for (i = 0; i < rs->ngroups; i++)
		if (rs->groups[i].name && strcmp(rs->groups[i].name, name) == 0)
			return (int)i;
	return -1;
}

/* A group from <group>, or from the words inside <require> etc. */
static int
make_group(struct loader *l, xmlNodePtr n, const char *name)
{
	struct ruleset *rs = l->rs;
	struct strbuf sb = STRBUF_INIT;
	struct rgroup *g;
	xmlNodePtr c;
	char *cs, *t, *ref;
	bool caseless = l->caseless;
	int idx;

	if ((ref = prop(n, "ref")) != NULL) {
		idx = find_group(rs, ref);
		if (idx < 0)
			bad(l, n, "no group named \"%s\"", ref);
		free(ref);
		return idx < 0 ? -2 : idx;
	}
	if (name != NULL && find_group(rs, name) >= 0)
		return bad(l, n, "group \"%s\" defined twice", name), -2;
	if ((cs = prop(n, "case")) != NULL) {
		caseless = strcmp(cs, "insensitive") == 0;
		free(cs);
	}
	if (sb_adds(&sb, "(?:") == -1)
		goto nomem;
	for (c = n->children; c != NULL; c = c->next) {
		bool re = is_el(c, "re");

		if (!re && !is_el(c, "term"))
			continue;
		if ((t = content(c)) == NULL)
			goto nomem;
		if (sb.len > 3 && sb_addc(&sb, '|') == -1) {
			free(t);
			goto nomem;
		}
		if (re) {
			/* Compile alone first so the error names its line. */
			void *one;
			struct strbuf w = STRBUF_INIT;

			if (sb_printf(&w, "(?:%s)", t) == -1) {
				free(t);
				goto nomem;
			}
			one = compile(l, c, w.buf, caseless, false);
			sb_free(&w);
			if (one == NULL) {
				free(t);
				sb_free(&sb);
				return -2;
			}
			pcre2_code_free(one);
			if (sb_printf(&sb, "(?:%s)", t) == -1) {
				free(t);
				goto nomem;
			}
		} else if (add_literal(&sb, t) == -1) {
			free(t);
			goto nomem;
		}
		free(t);
	}
	if (sb_addc(&sb, ')') == -1)
		goto nomem;
	if (rs->ngroups == l->capg) {
		size_t nc = l->capg ? l->capg * 2 : 64;
		if ((g = reallocarray(rs->groups, nc, sizeof(*g))) == NULL)
			goto nomem;
		rs->groups = g;
		l->capg = nc;
	}
	g = &rs->groups[rs->ngroups];
	memset(g, 0, sizeof(*g));
	g->alias = -1;
	g->line = (int)xmlGetLineNo(n);
	if (name != NULL && (g->name = strdup(name)) == NULL)
		goto nomem;
	g->pattern = sb_detach(&sb);
	/* The checker compiles group code to machine code when it pays. */
	if ((g->code = compile(l, n, g->pattern, caseless, false)) == NULL) {
		free_group(g);
		return -2;
	}
	return (int)rs->ngroups++;
nomem:
	sb_free(&sb);
	nomem(l);
	return -2;
}

static int
parse_scope(const char *s, enum rscope def)
{
	if (s == NULL)
		return def;
	if (strcmp(s, "sentence") == 0)
		return RS_SENTENCE;
	if (strcmp(s, "paragraph") == 0)
		return RS_PARAGRAPH;
	if (strcmp(s, "article") == 0)
		return RS_ARTICLE;
	return RS_DOCUMENT;
}

static int
add_cond(struct rcond **v, size_t *n, int group, enum rscope scope)
{
	struct rcond *nv;

	if ((nv = reallocarray(*v, *n + 1, sizeof(**v))) == NULL)
		return -1;
	*v = nv;
	nv[*n].group = group;
	nv[*n].scope = scope;
	(*n)++;
	return 0;
}

static int
load_rule(struct loader *l, xmlNodePtr n, struct rrule *r)
{
	xmlNodePtr c;
	char *s;
	int g, *nh;

	memset(r, 0, sizeof(*r));
	r->line = (int)xmlGetLineNo(n);
	s = prop(n, "scope");
	r->scope = parse_scope(s, RS_SENTENCE);
	free(s);
	for (c = n->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if ((g = make_group(l, c, NULL)) < 0)
			return -1;
		s = prop(c, "scope");
		if (is_el(c, "require")) {
			if (add_cond(&r->req, &r->nreq, g, r->scope) == -1)
				goto nomem;
		} else if (is_el(c, "unless")) {
			if (add_cond(&r->unless, &r->nunless, g,
			    parse_scope(s, RS_SENTENCE)) == -1)
				goto nomem;
		} else if (is_el(c, "context")) {
			if (add_cond(&r->context, &r->ncontext, g,
			    parse_scope(s, RS_ARTICLE)) == -1)
				goto nomem;
		} else if (is_el(c, "heading")) {
			if ((nh = reallocarray(r->heading, r->nheading + 1,
			    sizeof(int))) == NULL)
				goto nomem;
			r->heading = nh;
			r->heading[r->nheading++] = g;
		}
		free(s);
	}
	r->min = r->nreq;
	if ((s = prop(n, "min")) != NULL) {
		long v = strtol(s, NULL, 10);
		free(s);
		if (v < 1 || (size_t)v > r->nreq)
			return bad(l, n, "min=\"%s\" is more than the rule's require groups",
			    "min"), -1;
		r->min = (size_t)v;
	}
	return 0;
nomem:
	free(s);
	nomem(l);
	return -1;
}

static int
load_clause(struct loader *l, xmlNodePtr n, struct rclause *cl)
{
	xmlNodePtr c;
	struct rrule *nr;
	char *lang;
	size_t i;

	memset(cl, 0, sizeof(*cl));
	if ((cl->id = prop(n, "id")) == NULL)
		return nomem(l), -1;
	for (i = 0; i < l->rs->nclauses; i++)
		if (strcmp(l->rs->clauses[i].id, cl->id) == 0)
			return bad(l, n, "clause \"%s\" defined twice", cl->id), -1;
	for (c = n->children; c != NULL; c = c->next) {
		if (is_el(c, "title")) {
			lang = prop(c, "lang");
			if (lang && strcmp(lang, "ja") == 0)
				cl->title_ja = content(c);
			else
				cl->title_en = content(c);
			free(lang);
		} else if (is_el(c, "source"))
			cl->source = content(c);
		else if (is_el(c, "model"))
			cl->model = content(c);
		else if (is_el(c, "rule")) {
			if ((nr = reallocarray(cl->rules, cl->nrules + 1,
			    sizeof(*nr))) == NULL)
				return nomem(l), -1;
			cl->rules = nr;
			if (load_rule(l, c, &cl->rules[cl->nrules]) == -1) {
				struct rrule *r = &cl->rules[cl->nrules];
				free(r->req);
				free(r->unless);
				free(r->context);
				free(r->heading);
				return -1;
			}
			cl->nrules++;
		} else if (is_el(c, "implied-by")) {
			char **ni, *id;

			if ((id = prop(c, "clause")) == NULL)
				return nomem(l), -1;
			if ((ni = reallocarray(cl->implied_ids, cl->nimplied + 1,
			    sizeof(*ni))) == NULL) {
				free(id);
				return nomem(l), -1;
			}
			cl->implied_ids = ni;
			ni[cl->nimplied++] = id;
		}
	}
	if (!cl->title_ja || !cl->title_en || !cl->source || !cl->model)
		return nomem(l), -1;
	return 0;
}

static int
load_alias(struct loader *l, xmlNodePtr n)
{
	struct ruleset *rs = l->rs;
	struct ralias *a;
	xmlNodePtr c;
	char *gname, *t;
	void **nc;
	char **np;
	uint32_t caps;
	int g;

	gname = prop(n, "group");
	g = gname ? find_group(rs, gname) : -1;
	if (g < 0) {
		bad(l, n, "alias for unknown group \"%s\"", gname ? gname : "");
		free(gname);
		return -1;
	}
	free(gname);
	if ((a = reallocarray(rs->aliases, rs->naliases + 1, sizeof(*a))) == NULL)
		return nomem(l), -1;
	rs->aliases = a;
	a = &rs->aliases[rs->naliases++];
	memset(a, 0, sizeof(*a));
	a->group = g;
	rs->groups[g].alias = (int)(rs->naliases - 1);
	if ((t = prop(n, "chain")) != NULL) {
		a->chain = strcmp(t, "yes") == 0;
		free(t);
	}
	for (c = n->children; c != NULL; c = c->next) {
		if (!is_el(c, "re"))
			continue;
		if ((t = content(c)) == NULL)
			return nomem(l), -1;
		if ((nc = reallocarray(a->codes, a->ncodes + 1,
		    sizeof(*nc))) == NULL ||
		    (a->codes = nc, np = reallocarray(a->pats, a->ncodes + 1,
		    sizeof(*np))) == NULL) {
			free(t);
			return nomem(l), -1;
		}
		a->pats = np;
		{
			bool *nb = reallocarray(a->ctx, a->ncodes + 1, sizeof(*nb));
			char *cv;

			if (nb == NULL) {
				free(t);
				return nomem(l), -1;
			}
			a->ctx = nb;
			cv = prop(c, "context");
			nb[a->ncodes] = cv != NULL && strcmp(cv, "document") == 0;
			free(cv);
		}
		{
			void **nk = reallocarray(a->keys, a->ncodes + 1,
			    sizeof(*nk));
			char **nkp, *kv;

			if (nk == NULL) {
				free(t);
				return nomem(l), -1;
			}
			a->keys = nk;
			if ((nkp = reallocarray(a->keypats, a->ncodes + 1,
			    sizeof(*nkp))) == NULL) {
				free(t);
				return nomem(l), -1;
			}
			a->keypats = nkp;
			nk[a->ncodes] = NULL;
			nkp[a->ncodes] = NULL;
			/*
			 * key="…": a cheap expression the match's line must
			 * hold, so a costly one is tried on few lines.
			 */
			if ((kv = prop(c, "key")) != NULL) {
				nkp[a->ncodes] = kv;
				if ((nk[a->ncodes] = compile(l, c, kv, l->caseless,
				    true)) == NULL) {
					free(t);
					nkp[a->ncodes] = NULL;
					free(kv);
					return -1;
				}
			}
		}
		/* The pattern stays: the checker reads first characters off it. */
		np[a->ncodes] = t;
		nc[a->ncodes] = compile(l, c, t, l->caseless, true);
		if (nc[a->ncodes] == NULL) {
			free(t);
			pcre2_code_free(a->keys[a->ncodes]);
			free(a->keypats[a->ncodes]);
			return -1;
		}
		a->ncodes++;
		pcre2_pattern_info(nc[a->ncodes - 1], PCRE2_INFO_CAPTURECOUNT,
		    &caps);
		if (caps < 1)
			return bad(l, c, "%s", "an alias expression needs a "
			    "capture group for the defined term"), -1;
	}
	return 0;
}

/* Turn <implied-by clause="…"/> names into clause indices. */
static int
resolve_implied(struct loader *l, xmlNodePtr root)
{
	struct ruleset *rs = l->rs;
	xmlNodePtr n = root->children;
	size_t i, j, k;

	for (i = 0; i < rs->nclauses; i++) {
		struct rclause *c = &rs->clauses[i];

		while (n != NULL && !is_el(n, "clause"))
			n = n->next;
		if (c->nimplied == 0)
			goto next;
		if ((c->implied_by = calloc(c->nimplied, sizeof(int))) == NULL)
			return nomem(l);
		for (j = 0; j < c->nimplied; j++) {
			for (k = 0; k < rs->nclauses; k++)
				if (strcmp(rs->clauses[k].id, c->implied_ids[j]) == 0)
					break;
			if (k == rs->nclauses || k == i) {
				char why[256];

				snprintf(why, sizeof(why), "clause \"%s\" is implied "
				    "by %s \"%s\"", c->id, k == i ? "itself:" :
				    "unknown clause", c->implied_ids[j]);
				return bad(l, n, "%s", why);
			}
			c->implied_by[j] = (int)k;
		}
next:
		if (n != NULL)
			n = n->next;
	}
	return ST_OK;
}

static int
build(struct loader *l, xmlNodePtr root)
{
	struct ruleset *rs = l->rs;
	xmlNodePtr c;
	struct rclause *ncl;
	char *cs;
	size_t nclauses = 0;

	rs->id = prop(root, "id");
	rs->version = prop(root, "version");
	rs->lang = prop(root, "lang");
	if (!rs->id || !rs->version || !rs->lang)
		return nomem(l);
	if ((cs = prop(root, "case")) != NULL) {
		l->caseless = strcmp(cs, "insensitive") == 0;
		free(cs);
	}
	for (c = root->children; c != NULL; c = c->next)
		if (is_el(c, "clause"))
			nclauses++;
	if ((ncl = calloc(nclauses, sizeof(*ncl))) == NULL)
		return nomem(l);
	rs->clauses = ncl;
	for (c = root->children; c != NULL; c = c->next) {
		if (is_el(c, "title")) {
			if ((rs->title = content(c)) == NULL)
				return nomem(l);
		} else if (is_el(c, "group")) {
			char *name = prop(c, "name");
			int g = make_group(l, c, name);
			free(name);
			if (g < 0)
				return l->e->status;
		} else if (is_el(c, "alias")) {
			if (load_alias(l, c) == -1)
				return l->e->status;
		} else if (is_el(c, "clause")) {
			if (load_clause(l, c, &rs->clauses[rs->nclauses]) == -1) {
				rs->nclauses++;	/* so that it is freed */
				return l->e->status;
			}
			rs->nclauses++;
		}
	}
	return resolve_implied(l, root);
}

static int
doctype_line(const char *xml, size_t len)
{
	size_t i;
	int line = 1;

	for (i = 0; i + 9 <= len; i++) {
		if (xml[i] == '\n')
			line++;
		if (memcmp(xml + i, "<!DOCTYPE", 9) == 0)
			return line;
	}
	return 0;
}

int
ruleset_load_mem(const char *name, const char *xml, size_t len,
    const char *schema, struct ruleset **out, struct error *e)
{
	struct xerr xe = { 0 };
	xmlDocPtr doc = NULL;
	xmlRelaxNGParserCtxtPtr pctx = NULL;
	xmlRelaxNGPtr rng = NULL;
	xmlRelaxNGValidCtxtPtr vctx = NULL;
	struct loader l;
	int rc, line;

	*out = NULL;
	if ((line = doctype_line(xml, len)) != 0)
		return error_set(e, ST_DATA, "%s:%d: DOCTYPE declarations are "
		    "not allowed in rulesets", name, line);
	xmlSetStructuredErrorFunc(&xe, collect);
	doc = xmlReadMemory(xml, (int)len, name, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (doc == NULL || xe.set) {
		rc = error_set(e, ST_DATA, "%s:%d: not well-formed XML: %s", name,
		    xe.line, xe.set ? xe.msg : "parse error");
		goto done;
	}
	if (doc->intSubset != NULL || doc->extSubset != NULL) {
		rc = error_set(e, ST_DATA, "%s: DOCTYPE declarations are not "
		    "allowed in rulesets", name);
		goto done;
	}
	if ((pctx = xmlRelaxNGNewParserCtxt(schema)) == NULL) {
		rc = error_set(e, ST_INTERNAL, "%s: cannot read the schema", schema);
		goto done;
	}
	xmlRelaxNGSetParserStructuredErrors(pctx, collect, &xe);
	if ((rng = xmlRelaxNGParse(pctx)) == NULL) {
		rc = error_set(e, ST_INTERNAL, "%s: bad ruleset schema: %s", schema,
		    xe.set ? xe.msg : "cannot parse");
		goto done;
	}
	if ((vctx = xmlRelaxNGNewValidCtxt(rng)) == NULL) {
		rc = error_set(e, ST_INTERNAL, "out of memory validating ruleset");
		goto done;
	}
	xmlRelaxNGSetValidStructuredErrors(vctx, collect, &xe);
	if (xmlRelaxNGValidateDoc(vctx, doc) != 0) {
		rc = error_set(e, ST_DATA, "%s:%d: invalid ruleset: %s", name,
		    xe.line, xe.set ? xe.msg : "does not match the schema");
		goto done;
	}
	memset(&l, 0, sizeof(l));
	l.name = name;
	l.e = e;
	if ((l.rs = calloc(1, sizeof(*l.rs))) == NULL ||
	    (l.rs->path = strdup(name)) == NULL) {
		ruleset_free(l.rs);
		rc = error_set(e, ST_INTERNAL, "out of memory loading ruleset");
		goto done;
	}
	if ((rc = build(&l, xmlDocGetRootElement(doc))) != ST_OK) {
		ruleset_free(l.rs);
		goto done;
	}
	*out = l.rs;
	rc = ST_OK;
done:
	xmlSetStructuredErrorFunc(NULL, NULL);
	xmlRelaxNGFreeValidCtxt(vctx);
	xmlRelaxNGFree(rng);
	xmlRelaxNGFreeParserCtxt(pctx);
	xmlFreeDoc(doc);
	return rc;
}

int
ruleset_load(const char *path, const char *schema, struct ruleset **out,
    struct error *e)
{
	FILE *f;
	char *buf = NULL;
	size_t n = 0, cap = 0, r;
	int rc;

	*out = NULL;
	if ((f = fopen(path, "rb")) == NULL)
		return error_set(e, ST_FILE, "%s: %s", path, strerror(errno));
	for (;;) {
		if (n == cap) {
			char *nb;
			if (cap >= RULESET_MAX) {
				fclose(f);
				free(buf);
				return error_set(e, ST_DATA, "%s: larger than %u bytes; "
				    "not a ruleset", path, RULESET_MAX);
			}
			cap = cap ? cap * 2 : 65536;
			if ((nb = realloc(buf, cap + 1)) == NULL) {
				fclose(f);
				free(buf);
				return error_set(e, ST_INTERNAL, "out of memory");
			}
			buf = nb;
		}
		r = fread(buf + n, 1, cap - n, f);
		n += r;
		if (r == 0)
			break;
	}
	if (ferror(f)) {
		fclose(f);
		free(buf);
		return error_set(e, ST_FILE, "%s: read error", path);
	}
	fclose(f);
	rc = ruleset_load_mem(path, buf, n, schema, out, e);
	free(buf);
	return rc;
}

const char *
ruleset_schema_path(char *buf, size_t size)
{
	return datadir_path("contract-templates/rulesets/ruleset.rng", buf, size);
}

/* --ruleset ID|FILE to a path; see ruleset_open(). */
static int
ruleset_resolve(const char *arg, char *buf, size_t size, struct error *e)
{
	char rel[PATH_MAX];
	size_t n = strlen(arg);
	const char *p;
	FILE *f;

	if (strchr(arg, '/') != NULL || (n > 4 && strcmp(arg + n - 4, ".xml") == 0)) {
		if (snprintf(buf, size, "%s", arg) >= (int)size)
			return error_set(e, ST_USAGE, "ruleset path too long");
		return ST_OK;
	}
	for (p = arg; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		    *p == '-' || *p == '_'))
			return error_set(e, ST_DATA, "%s: not a ruleset ID (IDs "
			    "are like meti or gdpr-art28; give a file path "
			    "with a '/' or .xml)", arg);
	snprintf(rel, sizeof(rel), "contract-templates/rulesets/%s.xml", arg);
	if (datadir_path(rel, buf, size) == NULL)
		return error_set(e, ST_DATA, "%s: ruleset path too long", arg);
	if ((f = fopen(buf, "r")) == NULL)
		return error_set(e, ST_DATA, "%s: no such ruleset (looked for %s)",
		    arg, buf);
	fclose(f);
	return ST_OK;
}

int
ruleset_open(const char *arg, struct ruleset **out, struct error *e)
{
	char path[PATH_MAX], schema[PATH_MAX];
	int rc;

	*out = NULL;
	if ((rc = ruleset_resolve(arg, path, sizeof(path), e)) != ST_OK)
		return rc;
	if (ruleset_schema_path(schema, sizeof(schema)) == NULL)
		return error_set(e, ST_INTERNAL, "data directory path too long");
	return ruleset_load(path, schema, out, e);
}

const struct rclause *
ruleset_clause(const struct ruleset *rs, const char *id)
{
	size_t i;

	for (i = 0; i < rs->nclauses; i++)
		if (strcmp(rs->clauses[i].id, id) == 0)
			return &rs->clauses[i];
	return NULL;
}
