/* Text and JSON views of a clause check. */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "check_render.h"
#include "i18n.h"
#include "utf8.h"

/* Titles follow the interface language; the model wording, the document's. */
static const char *
title_of(const struct clause_result *c)
{
	const char *t = i18n_japanese() ? c->title_ja : c->title_en;

	if (t == NULL || *t == '\0')
		t = i18n_japanese() ? c->title_en : c->title_ja;
	return t ? t : "";
}

/* Where the clause was found: the first two places, then "+N". */
static void
print_where(FILE *f, const struct clause_result *c)
{
	size_t i, j, shown = 0, more = 0;

	for (i = 0; i < c->nev; i++) {
		for (j = 0; j < i; j++)
			if (strcmp(c->ev[j].where, c->ev[i].where) == 0)
				break;
		if (j < i)
			continue;	/* two sentences of one paragraph */
		if (shown == 2) {
			more++;
			continue;
		}
		fprintf(f, "%s%s", shown ? ", " : "",
		    c->ev[i].where[0] ? c->ev[i].where : "-");
		shown++;
	}
	if (more > 0)
		fprintf(f, " +%zu", more);
}

static void
print_indented(FILE *f, const char *s, const char *indent)
{
	const char *nl;

	while (*s) {
		nl = strchr(s, '\n');
		fprintf(f, "%s%.*s\n", indent,
		    (int)(nl ? (size_t)(nl - s) : strlen(s)), s);
		if (nl == NULL)
			break;
		s = nl + 1;
	}
}

void
check_render_text(FILE *f, const struct check_doc *d)
{
	const struct check_result *r = d->res;
	int w = 0, x;
	size_t i;

	fprintf(f, _("%s (%s): ruleset %s %s — %zu/%zu clauses present\n"),
	    d->file, d->format, r->ruleset_id, r->ruleset_version, r->present,
	    r->nclauses);
	if (d->ruleset_auto)
		fprintf(f, _("  (English document: checked against %s; "
		    "use --ruleset meti for the METI list)\n"), r->ruleset_id);
	for (i = 0; i < r->nclauses; i++)
		if ((x = utf8_width(title_of(&r->clauses[i]))) > w)
			w = x;
	for (i = 0; i < r->nclauses; i++) {
		const struct clause_result *c = &r->clauses[i];

		fprintf(f, "  %s ", c->present ? "✓" : "✗");
		utf8_pad(f, title_of(c), w + 2);
		if (c->present)
			print_where(f, c);
		else
			fputs(_("missing"), f);
		fputc('\n', f);
	}
	for (i = 0; i < r->nclauses; i++) {
		const struct clause_result *c = &r->clauses[i];

		if (c->present)
			continue;
		fprintf(f, _("\n  Missing: %s (%s) — %s\n"), title_of(c),
		    c->id, c->source);
		fprintf(f, "  %s\n", _("Add wording such as:"));
		print_indented(f, c->model, "    ");
	}
}

static int
set_str(json_t *o, const char *k, const char *v)
{
	return json_object_set_new(o, k, json_string(v ? v : ""));
}

json_t *
check_doc_json(const struct check_doc *d)
{
	const struct check_result *r = d->res;
	json_t *doc, *arr, *c, *evs, *ev;
	size_t i, j;

	if ((doc = json_object()) == NULL || (arr = json_array()) == NULL) {
		json_decref(doc);
		return NULL;
	}
	if (set_str(doc, "file", d->file) || set_str(doc, "format", d->format) ||
	    set_str(doc, "ruleset", r->ruleset_id) ||
	    set_str(doc, "ruleset_version", r->ruleset_version) ||
	    json_object_set_new(doc, "ruleset_auto",
	    json_boolean(d->ruleset_auto)) ||
	    set_str(doc, "language", r->english ? "en" : "ja") ||
	    json_object_set_new(doc, "clauses", arr))
		goto fail;
	for (i = 0; i < r->nclauses; i++) {
		const struct clause_result *cr = &r->clauses[i];

		if ((c = json_object()) == NULL || json_array_append_new(arr, c) ||
		    (evs = json_array()) == NULL)
			goto fail;
		if (set_str(c, "id", cr->id) ||
		    set_str(c, "title", title_of(cr)) ||
		    set_str(c, "title_ja", cr->title_ja) ||
		    set_str(c, "title_en", cr->title_en) ||
		    set_str(c, "source", cr->source) ||
		    set_str(c, "status", cr->present ? "present" : "missing") ||
		    json_object_set_new(c, "evidence", evs) ||
		    (!cr->present && set_str(c, "model", cr->model)))
			goto fail;
		for (j = 0; j < cr->nev; j++) {
			const struct clause_evidence *e = &cr->ev[j];

			if ((ev = json_object()) == NULL ||
			    json_array_append_new(evs, ev) ||
			    set_str(ev, "article", e->article) ||
			    set_str(ev, "heading", e->heading) ||
			    set_str(ev, "paragraph", e->paragraph) ||
			    set_str(ev, "item", e->item) ||
			    set_str(ev, "where", e->where) ||
			    set_str(ev, "text", e->text) ||
			    json_object_set_new(ev, "offset",
			    json_integer((json_int_t)e->offset)))
				goto fail;
		}
	}
	if (json_object_set_new(doc, "present", json_integer((json_int_t)r->present)) ||
	    json_object_set_new(doc, "missing", json_integer((json_int_t)r->missing)))
		goto fail;
	return doc;
fail:
	json_decref(doc);
	return NULL;
}

int
check_render_json(FILE *f, const struct check_doc *d, size_t n,
    struct error *e)
{
	json_t *root, *arr, *o;
	size_t i;
	int rc = ST_OK;

	if ((root = json_object()) == NULL || (arr = json_array()) == NULL ||
	    json_object_set_new(root, "documents", arr)) {
		json_decref(root);
		return error_set(e, ST_INTERNAL,
		    _("out of memory building JSON"));
	}
	for (i = 0; i < n; i++)
		if ((o = check_doc_json(&d[i])) == NULL ||
		    json_array_append_new(arr, o)) {
			json_decref(root);
			return error_set(e, ST_INTERNAL,
			    _("out of memory building JSON"));
		}
	if (json_dumpf(root, f, JSON_COMPACT) == -1)
		rc = error_set(e, ST_INTERNAL, _("cannot write JSON"));
	else
		fputc('\n', f);
	json_decref(root);
	return rc;
}
