#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>
#include <nettle/sha2.h>

#include "audit.h"
#include "check_render.h"
#include "contract.h"
#include "doc.h"
#include "i18n.h"
#include "ruleset.h"

/* The readers refuse larger inputs anyway; refuse before reading them. */
#define CONTRACT_MAX_BYTES (64L * 1024 * 1024)

static int
read_file(const char *path, char **buf, size_t *len, struct error *e)
{
	struct stat st;
	ssize_t n;
	size_t got = 0;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return error_set(e, ST_FILE, "%s: %s", path, strerror(errno));
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode)) {
		close(fd);
		return error_set(e, ST_FILE, _("%s: not a regular file"), path);
	}
	if (st.st_size > CONTRACT_MAX_BYTES) {
		close(fd);
		return error_set(e, ST_FILE, _("%s: %lld bytes is larger than "
		    "the %ld MiB a contract may have"),
		    path, (long long)st.st_size, CONTRACT_MAX_BYTES >> 20);
	}
	if ((*buf = malloc((size_t)st.st_size + 1)) == NULL) {
		close(fd);
		return error_set(e, ST_INTERNAL, _("out of memory"));
	}
	while (got < (size_t)st.st_size &&
	    (n = read(fd, *buf + got, (size_t)st.st_size - got)) != 0) {
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			error_set(e, ST_FILE, "%s: %s", path, strerror(errno));
			close(fd);
			free(*buf);
			return e->status;
		}
		got += (size_t)n;
	}
	close(fd);
	*len = got;
	return ST_OK;
}

static void
sha256_hex(const char *buf, size_t len, char hex[65])
{
	struct sha256_ctx ctx;
	uint8_t d[SHA256_DIGEST_SIZE];

	sha256_init(&ctx);
	sha256_update(&ctx, len, (const uint8_t *)buf);
	sha256_digest(&ctx, sizeof(d), d);
	for (size_t i = 0; i < sizeof(d); i++)
		snprintf(hex + 2 * i, 3, "%02x", d[i]);
}

static const char *
base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

/* The stored rows of the clause results, evidence as JSON. */
static int
fill_clauses(struct document *d, json_t *result)
{
	json_t *arr = json_object_get(result, "clauses"), *c;
	size_t i;

	d->nclauses = json_array_size(arr);
	if ((d->clauses = calloc(d->nclauses ? d->nclauses : 1,
	    sizeof(*d->clauses))) == NULL)
		return -1;
	json_array_foreach(arr, i, c) {
		struct document_clause *dc = &d->clauses[i];
		json_t *ev = json_object_get(c, "evidence");
		const char *where = json_string_value(json_object_get(
		    json_array_get(ev, 0), "where"));

		dc->clause = strdup(json_string_value(json_object_get(c, "id")));
		dc->title = strdup(json_string_value(json_object_get(c, "title")));
		dc->present = strcmp(json_string_value(json_object_get(c,
		    "status")), "present") == 0;
		dc->article = strdup(where ? where : "");
		dc->evidence = json_dumps(ev, JSON_COMPACT);
		if (!dc->clause || !dc->title || !dc->article || !dc->evidence)
			return -1;
	}
	return 0;
}

static int
store_import(struct store *s, struct document *d, const struct check_doc *cd,
    long *superseded, struct error *e)
{
	struct document *cur = NULL;
	json_t *result, *audit;
	size_t n = 0;
	int rc;

	if ((result = check_doc_json(cd)) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	/* The stored result names the file it came from, not the import path. */
	json_object_set_new(result, "file", json_string(d->filename));
	if ((d->result = json_dumps(result, JSON_COMPACT)) == NULL ||
	    fill_clauses(d, result) == -1) {
		json_decref(result);
		return error_set(e, ST_INTERNAL, _("out of memory"));
	}
	json_decref(result);
	*superseded = 0;
	if (store_document_list(s, d->delegation_id, &cur, &n, e) != ST_OK)
		return e->status;
	for (size_t i = 0; i < n; i++)
		if (cur[i].superseded_by == 0)
			*superseded = cur[i].id;
	document_list_free(cur, n);
	if (store_document_insert(s, d, e) != ST_OK)
		return e->status;
	audit = json_pack("{s:I, s:s, s:s, s:s, s:I, s:s, s:s, s:i, s:i, s:o}",
	    "delegation", (json_int_t)d->delegation_id, "sha256", d->sha256,
	    "file", d->filename, "format", d->format, "size", (json_int_t)d->size,
	    "ruleset", d->ruleset, "ruleset_version", d->ruleset_version,
	    "present", d->present, "missing", d->missing,
	    "supersedes", *superseded ? json_integer(*superseded) : json_null());
	if (audit == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	rc = audit_append(s, "document", d->id, "import", NULL, audit, e);
	json_decref(audit);
	return rc;
}

int
contract_import(struct store *s, long delegation_id, const char *path,
    const char *ruleset_arg, struct contract_import *out, struct error *e)
{
	struct document d = { 0 };
	struct ruleset *rs = NULL;
	struct doc doc = { 0 };
	char *buf = NULL, sha[65];
	size_t len = 0;
	long existing;
	int rc;

	memset(out, 0, sizeof(*out));
	/* A ruleset the user named is checked even when nothing changes. */
	if (ruleset_arg != NULL && (rc = ruleset_open(ruleset_arg, &rs, e)) != ST_OK)
		return rc;
	if ((rc = read_file(path, &buf, &len, e)) != ST_OK)
		goto done;
	sha256_hex(buf, len, sha);
	if ((rc = store_document_find(s, delegation_id, sha, &existing, e)) != ST_OK)
		goto done;
	if (existing != 0) {
		out->document_id = existing;
		out->unchanged = true;
		goto done;
	}
	if ((rc = doc_read_mem(path, buf, len, &doc, e)) != ST_OK)
		goto done;
	snprintf(out->format, sizeof(out->format), "%s", doc.format_name);
	out->ruleset_auto = rs == NULL;
	if (rs == NULL && (rc = ruleset_open(clause_auto_ruleset(doc.text,
	    doc.len), &rs, e)) != ST_OK)
		goto done;
	if ((rc = clause_check(rs, doc.text, doc.len, &out->res, e)) != ST_OK)
		goto done;
	d.delegation_id = delegation_id;
	d.sha256 = strdup(sha);
	d.filename = strdup(base_name(path));
	d.format = strdup(doc.format_name);
	d.encoding = doc.encoding ? strdup(doc.encoding) : NULL;
	d.size = (long)len;
	d.text = doc.text;
	doc.text = NULL;
	d.ruleset = strdup(out->res.ruleset_id);
	d.ruleset_version = strdup(out->res.ruleset_version);
	d.present = (int)out->res.present;
	d.missing = (int)out->res.missing;
	if (!d.sha256 || !d.filename || !d.format || !d.ruleset ||
	    !d.ruleset_version) {
		rc = error_set(e, ST_INTERNAL, _("out of memory"));
		goto done;
	}
	struct check_doc cd = { d.filename, d.format, out->ruleset_auto, &out->res };
	if ((rc = store_import(s, &d, &cd, &out->superseded, e)) != ST_OK)
		goto done;
	out->document_id = d.id;
done:
	free(buf);
	doc_free(&doc);
	document_free(&d);
	ruleset_free(rs);
	if (rc != ST_OK)
		contract_import_free(out);
	return rc;
}

void
contract_import_free(struct contract_import *ci)
{
	check_result_free(&ci->res);
}

static char *
jstr(json_t *o, const char *key)
{
	const char *v = json_string_value(json_object_get(o, key));

	return strdup(v ? v : "");
}

int
contract_result(const struct document *d, struct check_result *r,
    bool *ruleset_auto, struct error *e)
{
	json_t *root, *arr, *c, *ev;
	size_t i, j;

	memset(r, 0, sizeof(*r));
	if ((root = json_loads(d->result, 0, NULL)) == NULL)
		return error_set(e, ST_DB,
		    _("document %ld: stored check result is not JSON"), d->id);
	arr = json_object_get(root, "clauses");
	r->ruleset_id = jstr(root, "ruleset");
	r->ruleset_version = jstr(root, "ruleset_version");
	r->ruleset_title = strdup("");
	r->ruleset_lang = jstr(root, "language");
	r->english = strcmp(r->ruleset_lang ? r->ruleset_lang : "", "en") == 0;
	*ruleset_auto = json_is_true(json_object_get(root, "ruleset_auto"));
	r->nclauses = json_array_size(arr);
	r->clauses = calloc(r->nclauses ? r->nclauses : 1, sizeof(*r->clauses));
	if (r->clauses == NULL)
		goto nomem;
	json_array_foreach(arr, i, c) {
		struct clause_result *cr = &r->clauses[i];
		json_t *evs = json_object_get(c, "evidence");

		cr->id = jstr(c, "id");
		cr->title_ja = jstr(c, "title_ja");
		cr->title_en = jstr(c, "title_en");
		cr->source = jstr(c, "source");
		cr->model = jstr(c, "model");
		cr->present = strcmp(json_string_value(json_object_get(c,
		    "status")) ? json_string_value(json_object_get(c, "status")) :
		    "", "present") == 0;
		cr->present ? r->present++ : r->missing++;
		cr->nev = json_array_size(evs);
		if ((cr->ev = calloc(cr->nev ? cr->nev : 1, sizeof(*cr->ev))) == NULL)
			goto nomem;
		json_array_foreach(evs, j, ev) {
			struct clause_evidence *x = &cr->ev[j];
			x->article = jstr(ev, "article");
			x->heading = jstr(ev, "heading");
			x->paragraph = jstr(ev, "paragraph");
			x->item = jstr(ev, "item");
			x->where = jstr(ev, "where");
			x->text = jstr(ev, "text");
			x->offset = (size_t)json_integer_value(json_object_get(ev, "offset"));
		}
	}
	json_decref(root);
	return ST_OK;
nomem:
	json_decref(root);
	check_result_free(r);
	return error_set(e, ST_INTERNAL, _("out of memory"));
}
