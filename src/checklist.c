/*
 * Checklists and answer files.  The XML is shipped data but is read like
 * any other file: size-capped, no network, no DOCTYPE, validated against
 * the RELAX NG schema before a single value is trusted.  Answer files
 * come from people and are treated as hostile input.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "checklist.h"
#include "datadir.h"
#include "i18n.h"
#include "strbuf.h"
#include "utf8.h"

#define CL_NS "urn:itaku:checklist:1"

/* Does needle occur in buf?  (memmem is not in POSIX.) */
static bool
contains(const char *buf, size_t len, const char *needle)
{
	size_t n = strlen(needle);

	for (size_t i = 0; n <= len && i <= len - n; i++)
		if (buf[i] == needle[0] && memcmp(buf + i, needle, n) == 0)
			return true;
	return false;
}

static int
read_capped(const char *path, size_t max, char **out, size_t *outlen,
    struct error *e)
{
	struct stat st;
	char *buf = NULL;
	size_t len = 0;
	ssize_t n;
	int fd, rv = ST_OK;

	*out = NULL;
	*outlen = 0;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return error_set(e, ST_FILE, "%s: %s", path, strerror(errno));
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode)) {
		rv = error_set(e, ST_FILE, _("%s: not a regular file"), path);
		goto done;
	}
	if ((buf = malloc(max + 2)) == NULL) {
		rv = error_set(e, ST_INTERNAL, _("out of memory"));
		goto done;
	}
	/* Read one byte past the cap to tell a full file from a large one. */
	while (len <= max && (n = read(fd, buf + len, max + 1 - len)) != 0) {
		if (n == -1) {
			if (errno == EINTR)
				continue;
			rv = error_set(e, ST_FILE, "%s: %s", path, strerror(errno));
			goto done;
		}
		len += n;
	}
	if (len > max) {
		rv = error_set(e, ST_FILE,
		    _("%s: larger than %zu bytes; refused"), path, max);
		goto done;
	}
	buf[len] = '\0';
	*out = buf;
	*outlen = len;
	buf = NULL;
done:
	free(buf);
	close(fd);
	return rv;
}

/* libxml2 reports through a global hook; keep the first message. */
struct xerr {
	char msg[300];
};

static void
xerr_structured(void *arg, xmlErrorPtr err)
{
	struct xerr *x = arg;
	size_t n;

	if (x == NULL || err == NULL || x->msg[0] != '\0' ||
	    err->level < XML_ERR_ERROR)
		return;
	snprintf(x->msg, sizeof(x->msg), "line %d: %s", err->line,
	    err->message ? err->message : "error");
	n = strlen(x->msg);
	while (n > 0 && (x->msg[n - 1] == '\n' || x->msg[n - 1] == ' '))
		x->msg[--n] = '\0';
}

static void
xerr_quiet(void *ctx, const char *fmt, ...)
{
	(void)ctx;
	(void)fmt;
}

static xmlDocPtr
parse_xml(const char *path, struct xerr *x, struct error *e)
{
	xmlDocPtr doc = NULL;
	char *buf;
	size_t len;

	if (read_capped(path, CHECKLIST_MAX_SIZE, &buf, &len, e) != ST_OK)
		return NULL;
	if (contains(buf, len, "<!DOCTYPE") || contains(buf, len, "<!ENTITY")) {
		error_set(e, ST_FILE, _("%s: has a DOCTYPE or entity "
		    "declarations, which checklists never need; refused"),
		    path);
		goto done;
	}
	doc = xmlReadMemory(buf, (int)len, path, NULL, XML_PARSE_NONET |
	    XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
	if (doc == NULL) {
		error_set(e, ST_FILE, _("%s: not well-formed XML (%s)"), path,
		    x->msg[0] ? x->msg : "parse error");
		goto done;
	}
	if (doc->intSubset != NULL || doc->extSubset != NULL) {
		error_set(e, ST_FILE, _("%s: has a DOCTYPE; refused"), path);
		xmlFreeDoc(doc);
		doc = NULL;
	}
done:
	free(buf);
	return doc;
}

static int
validate(xmlDocPtr doc, const char *xml, const char *rng, struct xerr *x,
    struct error *e)
{
	xmlDocPtr sdoc;
	xmlRelaxNGParserCtxtPtr pctx = NULL;
	xmlRelaxNGPtr schema = NULL;
	xmlRelaxNGValidCtxtPtr vctx = NULL;
	int rv = ST_OK;

	if ((sdoc = parse_xml(rng, x, e)) == NULL)
		return e->status;
	/* The parser context takes the schema document over. */
	if ((pctx = xmlRelaxNGNewDocParserCtxt(sdoc)) == NULL) {
		xmlFreeDoc(sdoc);
		return error_set(e, ST_INTERNAL, _("out of memory"));
	}
	xmlRelaxNGSetParserStructuredErrors(pctx, xerr_structured, x);
	if ((schema = xmlRelaxNGParse(pctx)) == NULL) {
		rv = error_set(e, ST_FILE, _("%s: not a usable RELAX NG "
		    "schema (%s)"), rng, x->msg[0] ? x->msg : "error");
		goto done;
	}
	if ((vctx = xmlRelaxNGNewValidCtxt(schema)) == NULL) {
		rv = error_set(e, ST_INTERNAL, _("out of memory"));
		goto done;
	}
	xmlRelaxNGSetValidStructuredErrors(vctx, xerr_structured, x);
	if (xmlRelaxNGValidateDoc(vctx, doc) != 0)
		rv = error_set(e, ST_FILE, _("%s: does not follow %s (%s)"),
		    xml, rng, x->msg[0] ? x->msg : "invalid");
done:
	xmlRelaxNGFreeValidCtxt(vctx);
	xmlRelaxNGFree(schema);
	xmlRelaxNGFreeParserCtxt(pctx);
	xmlFreeDoc(sdoc);
	return rv;
}

static bool
is_elem(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->ns != NULL &&
	    strcmp((const char *)n->ns->href, CL_NS) == 0 &&
	    strcmp((const char *)n->name, name) == 0;
}

static char *
prop(xmlNodePtr n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *s;

	if (v == NULL)
		return NULL;
	s = strdup((const char *)v);
	xmlFree(v);
	return s;
}

/* Fill ja and en from the <text xml:lang> children (the schema made sure both are there). */
static int
texts(xmlNodePtr parent, char **ja, char **en)
{
	xmlChar *lang, *content;
	char **slot;

	for (xmlNodePtr c = parent->children; c != NULL; c = c->next) {
		if (!is_elem(c, "text"))
			continue;
		lang = xmlNodeGetLang(c);
		slot = lang && strcmp((const char *)lang, "ja") == 0 ? ja : en;
		xmlFree(lang);
		if ((content = xmlNodeGetContent(c)) == NULL)
			return -1;
		free(*slot);
		*slot = strdup((const char *)content);
		xmlFree(content);
		if (*slot == NULL)
			return -1;
	}
	return *ja != NULL && *en != NULL ? 0 : -1;
}

static int
build(xmlDocPtr doc, const char *xml, struct checklist *c, struct error *e)
{
	xmlNodePtr root = xmlDocGetRootElement(doc), g, it;
	struct checklist_group *ng;
	struct checklist_item *ni;
	char *version;

	if ((c->id = prop(root, "id")) == NULL ||
	    (version = prop(root, "version")) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	c->version = atoi(version);
	free(version);
	if (texts(root, &c->ja, &c->en) == -1)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	for (g = root->children; g != NULL; g = g->next) {
		if (!is_elem(g, "group"))
			continue;
		if ((ng = realloc(c->groups, (c->ngroups + 1) * sizeof(*ng))) == NULL)
			return error_set(e, ST_INTERNAL, _("out of memory"));
		c->groups = ng;
		ng = &c->groups[c->ngroups++];
		memset(ng, 0, sizeof(*ng));
		if ((ng->id = prop(g, "id")) == NULL ||
		    texts(g, &ng->ja, &ng->en) == -1)
			return error_set(e, ST_INTERNAL, _("out of memory"));
		for (it = g->children; it != NULL; it = it->next) {
			if (!is_elem(it, "item"))
				continue;
			ni = realloc(c->items, (c->nitems + 1) * sizeof(*ni));
			if (ni == NULL)
				return error_set(e, ST_INTERNAL,
				    _("out of memory"));
			c->items = ni;
			/* Counted at once so checklist_free() frees it on error. */
			ni = &c->items[c->nitems++];
			memset(ni, 0, sizeof(*ni));
			ni->group = c->ngroups - 1;
			if ((ni->id = prop(it, "id")) == NULL ||
			    texts(it, &ni->ja, &ni->en) == -1)
				return error_set(e, ST_INTERNAL,
				    _("out of memory"));
			ni->ref = prop(it, "ref");
			/* The schema cannot say that ids are unique; we can. */
			if (checklist_find(c, ni->id) != (long)c->nitems - 1)
				return error_set(e, ST_FILE, _("%s: item id "
				    "\"%s\" appears twice"), xml, ni->id);
		}
	}
	return ST_OK;
}

int
checklist_load_file(const char *xml, const char *rng, struct checklist *c,
    struct error *e)
{
	struct xerr x = { "" };
	xmlDocPtr doc = NULL;
	int rv;

	memset(c, 0, sizeof(*c));
	xmlSetGenericErrorFunc(NULL, xerr_quiet);
	xmlSetStructuredErrorFunc(&x, xerr_structured);
	if ((doc = parse_xml(xml, &x, e)) == NULL) {
		rv = e->status;
		goto done;
	}
	x.msg[0] = '\0';
	if ((rv = validate(doc, xml, rng, &x, e)) != ST_OK)
		goto done;
	rv = build(doc, xml, c, e);
done:
	xmlSetStructuredErrorFunc(NULL, NULL);
	xmlFreeDoc(doc);
	if (rv != ST_OK)
		checklist_free(c);
	return rv;
}

int
checklist_load(const char *name, struct checklist *c, struct error *e)
{
	char rel[256], xml[PATH_MAX], rng[PATH_MAX];

	memset(c, 0, sizeof(*c));
	/* A name, not a path: no way out of the checklists directory. */
	if (name[0] == '\0' || strlen(name) > 64 ||
	    strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789-_") != strlen(name))
		return error_set(e, ST_DATA, _("checklist \"%.64s\": a "
		    "checklist is named by a word such as \"%s\""),
		    name, CHECKLIST_DEFAULT);
	snprintf(rel, sizeof(rel), "contract-templates/checklists/%s.xml", name);
	if (datadir_path(rel, xml, sizeof(xml)) == NULL ||
	    datadir_path("contract-templates/checklists/checklist.rng", rng,
	    sizeof(rng)) == NULL)
		return error_set(e, ST_FILE,
		    _("checklist %s: path too long"), name);
	return checklist_load_file(xml, rng, c, e);
}

void
checklist_free(struct checklist *c)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < c->nitems; i++) {
		free(c->items[i].id);
		free(c->items[i].ref);
		free(c->items[i].ja);
		free(c->items[i].en);
	}
	for (size_t i = 0; i < c->ngroups; i++) {
		free(c->groups[i].id);
		free(c->groups[i].ja);
		free(c->groups[i].en);
	}
	free(c->items);
	free(c->groups);
	free(c->id);
	free(c->ja);
	free(c->en);
	memset(c, 0, sizeof(*c));
}

int
checklist_label(const struct checklist *c, char *buf, size_t size)
{
	int n = snprintf(buf, size, "%s/%d", c->id, c->version);

	return n < 0 || (size_t)n >= size ? -1 : 0;
}

long
checklist_find(const struct checklist *c, const char *id)
{
	for (size_t i = 0; i < c->nitems; i++)
		if (strcmp(c->items[i].id, id) == 0)
			return (long)i;
	return -1;
}

const char *
checklist_item_text(const struct checklist_item *it, const char *lang)
{
	return lang != NULL && strcmp(lang, "en") == 0 ? it->en : it->ja;
}

const char *
checklist_group_text(const struct checklist_group *g, const char *lang)
{
	return lang != NULL && strcmp(lang, "en") == 0 ? g->en : g->ja;
}

char *
checklist_template(const struct checklist *c, const char *lang)
{
	struct strbuf sb = STRBUF_INIT;
	bool en = lang != NULL && strcmp(lang, "en") == 0;
	int fail = 0;

	fail |= sb_printf(&sb, "# %s (%s/%d)\n", en ? c->en : c->ja, c->id,
	    c->version);
	if (en)
		fail |= sb_adds(&sb,
		    "# After each item id write ok (in place), ng (missing or\n"
		    "# inadequate) or na (does not apply), then a note if you\n"
		    "# like.  Lines starting with # are comments.  Then run:\n"
		    "#   itaku review add DELEGATION --answers THIS-FILE ...\n");
	else
		fail |= sb_adds(&sb,
		    "# 各項目の ID の後に ok（実施されている）、ng（不備がある）、\n"
		    "# na（該当しない）のいずれかを書き、続けて備考を書けます。\n"
		    "# # で始まる行は注釈です。記入後に次を実行してください:\n"
		    "#   itaku review add 委託ID --answers このファイル ...\n");
	for (size_t i = 0; i < c->nitems; i++) {
		const struct checklist_item *it = &c->items[i];

		if (i == 0 || c->items[i - 1].group != it->group)
			fail |= sb_printf(&sb, "\n# == %s ==\n",
			    checklist_group_text(&c->groups[it->group], lang));
		fail |= sb_printf(&sb, "# %s%s%s%s\n%s\n",
		    checklist_item_text(it, lang), it->ref ? " [" : "",
		    it->ref ? it->ref : "", it->ref ? "]" : "", it->id);
	}
	if (fail) {
		sb_free(&sb);
		return NULL;
	}
	return sb_detach(&sb);
}

const char *
answer_name(enum answer_value a)
{
	if (a == ANSWER_OK)
		return "ok";
	return a == ANSWER_NG ? "ng" : "na";
}

bool
answer_from_name(const char *s, enum answer_value *a)
{
	if (strcmp(s, "ok") == 0)
		*a = ANSWER_OK;
	else if (strcmp(s, "ng") == 0)
		*a = ANSWER_NG;
	else if (strcmp(s, "na") == 0)
		*a = ANSWER_NA;
	else
		return false;
	return true;
}

void
answers_free(struct answers *a)
{
	if (a == NULL)
		return;
	for (size_t i = 0; i < a->n; i++)
		free(a->v[i].note);
	free(a->v);
	a->v = NULL;
	a->n = 0;
}

static size_t
span_word(const char *s)
{
	size_t n = 0;

	while (s[n] != '\0' && s[n] != ' ' && s[n] != '\t')
		n++;
	return n;
}

static const char *
skip_blank(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/* One non-comment line: "ID ANSWER [NOTE]". */
static int
answer_line(const struct checklist *c, const char *name, long lineno,
    char *line, struct answers *a, struct error *e)
{
	char id[64], word[16];
	const char *p = line, *note;
	size_t n, len;
	enum answer_value v;
	long i;

	n = span_word(p);
	if (n >= sizeof(id))
		return error_set(e, ST_DATA,
		    _("%s:%ld: unknown item \"%.20s...\""), name, lineno, p);
	memcpy(id, p, n);
	id[n] = '\0';
	if ((i = checklist_find(c, id)) == -1)
		return error_set(e, ST_DATA, _("%s:%ld: unknown item \"%s\" "
		    "(see itaku review template)"), name, lineno, id);
	if (a->v[i].line != 0)
		return error_set(e, ST_DATA, _("%s:%ld: %s already answered on "
		    "line %ld"), name, lineno, id, a->v[i].line);
	p = skip_blank(p + n);
	if (*p == '\0')
		return error_set(e, ST_DATA, _("%s:%ld: %s: no answer; write "
		    "ok, ng or na after the id"), name, lineno, id);
	n = span_word(p);
	if (n >= sizeof(word) || (memcpy(word, p, n), word[n] = '\0',
	    !answer_from_name(word, &v)))
		return error_set(e, ST_DATA, _("%s:%ld: %s: answer \"%.15s\" "
		    "is not ok, ng or na"), name, lineno, id, p);
	note = skip_blank(p + n);
	len = strlen(note);
	if (len > ANSWERS_MAX_NOTE)
		return error_set(e, ST_DATA, _("%s:%ld: %s: note longer than "
		    "%d bytes"), name, lineno, id, ANSWERS_MAX_NOTE);
	if ((a->v[i].note = strdup(note)) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	a->v[i].value = v;
	a->v[i].line = lineno;
	return ST_OK;
}

int
answers_parse(const struct checklist *c, const char *name, const char *buf,
    size_t len, struct answers *a, struct error *e)
{
	const char *p = buf, *end = buf + len, *nl;
	char line[ANSWERS_MAX_LINE + 1], *t;
	struct strbuf missing = STRBUF_INIT;
	long lineno = 0;
	size_t n, nmissing = 0;

	a->v = NULL;
	a->n = 0;
	if (len > ANSWERS_MAX_SIZE)
		return error_set(e, ST_FILE, _("%s: larger than %d bytes; not "
		    "an answer file"), name, ANSWERS_MAX_SIZE);
	if (memchr(buf, '\0', len) != NULL || !utf8_valid(buf, len))
		return error_set(e, ST_FILE, _("%s: not UTF-8 text; save the "
		    "answer file as UTF-8"), name);
	if ((a->v = calloc(c->nitems ? c->nitems : 1, sizeof(*a->v))) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	a->n = c->nitems;
	for (size_t i = 0; i < a->n; i++)
		a->v[i].item = i;
	/* Editors on Windows like to start with a byte order mark. */
	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	while (p < end) {
		lineno++;
		if ((nl = memchr(p, '\n', end - p)) == NULL)
			nl = end;
		n = nl - p;
		if (n > 0 && p[n - 1] == '\r')
			n--;
		if (n > ANSWERS_MAX_LINE) {
			error_set(e, ST_DATA, _("%s:%ld: line longer than %d "
			    "bytes"), name, lineno, ANSWERS_MAX_LINE);
			goto fail;
		}
		memcpy(line, p, n);
		line[n] = '\0';
		p = nl < end ? nl + 1 : end;
		for (t = line; *t != '\0'; t++)
			if ((unsigned char)*t < 0x20 && *t != '\t') {
				error_set(e, ST_DATA, _("%s:%ld: control "
				    "character in line"), name, lineno);
				goto fail;
			} else if (*t == 0x7f) {
				error_set(e, ST_DATA, _("%s:%ld: control "
				    "character in line"), name, lineno);
				goto fail;
			}
		while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t'))
			line[--n] = '\0';
		t = (char *)skip_blank(line);
		if (*t == '\0' || *t == '#')
			continue;
		if (answer_line(c, name, lineno, t, a, e) != ST_OK)
			goto fail;
	}
	for (size_t i = 0; i < a->n; i++) {
		if (a->v[i].line != 0)
			continue;
		if (nmissing < 8 && sb_printf(&missing, "%s%s",
		    nmissing ? ", " : "", c->items[i].id) == -1) {
			error_set(e, ST_INTERNAL, _("out of memory"));
			goto fail;
		}
		nmissing++;
	}
	if (nmissing > 0) {
		error_set(e, ST_DATA, _("%s: not answered: %s%s (every item "
		    "needs ok, ng or na)"),
		    name, missing.buf, nmissing > 8 ? ", ..." : "");
		goto fail;
	}
	sb_free(&missing);
	return ST_OK;
fail:
	sb_free(&missing);
	answers_free(a);
	return e->status;
}

int
answers_read(const struct checklist *c, const char *path, struct answers *a,
    struct error *e)
{
	char *buf;
	size_t len;
	int rv;

	a->v = NULL;
	a->n = 0;
	if (read_capped(path, ANSWERS_MAX_SIZE, &buf, &len, e) != ST_OK)
		return e->status;
	rv = answers_parse(c, path, buf, len, a, e);
	free(buf);
	return rv;
}
