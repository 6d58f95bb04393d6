/* SQL for reviews and their checklist answers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store_int.h"
#include "store_review.h"

static void
answer_free(void *p)
{
	struct review_answer *a = p;

	free(a->item);
	free(a->answer);
	free(a->note);
}

void
review_free(struct review *r)
{
	if (r == NULL)
		return;
	free(r->reviewed_on);
	free(r->reviewer);
	free(r->method);
	free(r->result);
	free(r->notes);
	free(r->evidence);
	free(r->checklist);
	free(r->created_at);
	for (size_t i = 0; i < r->nanswers; i++)
		answer_free(&r->answers[i]);
	free(r->answers);
	memset(r, 0, sizeof(*r));
}

void
review_list_free(struct review *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		review_free(&v[i]);
	free(v);
}

/* A row of REVIEW_COLUMNS, for st_collect(). */
static int
review_read(sqlite3_stmt *st, void *p)
{
	struct review *r = p;

	r->id = sqlite3_column_int64(st, 0);
	r->delegation_id = sqlite3_column_int64(st, 1);
	r->reviewed_on = st_col_text0(st, 2);
	r->reviewer = st_col_text0(st, 3);
	r->method = st_col_text0(st, 4);
	r->result = st_col_text0(st, 5);
	r->notes = st_col_text0(st, 6);
	r->evidence = st_col_text0(st, 7);
	r->checklist = st_col_text(st, 8);
	r->created_at = st_col_text0(st, 9);
	if (!r->reviewed_on || !r->reviewer || !r->method || !r->result ||
	    !r->notes || !r->evidence || !r->created_at ||
	    (sqlite3_column_type(st, 8) != SQLITE_NULL && !r->checklist)) {
		review_free(r);
		return -1;
	}
	return 0;
}

static void
review_release(void *p)
{
	review_free(p);
}

int
st_review_collect(struct store *s, sqlite3_stmt *st, struct review **out,
    size_t *n, const char *what, struct error *e)
{
	return st_collect(s, st, sizeof(**out), review_read, review_release,
	    (void **)out, n, what, e);
}

int
store_review_insert(struct store *s, struct review *r, struct error *e)
{
	sqlite3_stmt *st;
	char now[32];
	int rc;

	st = st_prepare(s, "INSERT INTO review (delegation_id, reviewed_on, "
	    "reviewer, method, result, notes, evidence, checklist, created_at) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", e);
	if (st == NULL)
		return e->status;
	st_now(now);
	st_bind_long(st, 1, r->delegation_id);
	st_bind_text(st, 2, r->reviewed_on);
	st_bind_text(st, 3, r->reviewer);
	st_bind_text(st, 4, r->method);
	st_bind_text(st, 5, r->result);
	st_bind_text(st, 6, r->notes ? r->notes : "");
	st_bind_text(st, 7, r->evidence ? r->evidence : "");
	st_bind_text(st, 8, r->checklist);
	st_bind_text(st, 9, now);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return st_fail(s, rc, "review", e);
	r->id = (long)sqlite3_last_insert_rowid(s->db);
	free(r->created_at);
	if ((r->created_at = strdup(now)) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));

	st = st_prepare(s, "INSERT INTO review_answer (review_id, item, answer, "
	    "note) VALUES (?, ?, ?, ?)", e);
	if (st == NULL)
		return e->status;
	for (size_t i = 0; i < r->nanswers; i++) {
		sqlite3_reset(st);
		st_bind_long(st, 1, r->id);
		st_bind_text(st, 2, r->answers[i].item);
		st_bind_text(st, 3, r->answers[i].answer);
		st_bind_text(st, 4, r->answers[i].note ? r->answers[i].note : "");
		if ((rc = sqlite3_step(st)) != SQLITE_DONE) {
			sqlite3_finalize(st);
			return st_fail(s, rc, "review answer", e);
		}
	}
	sqlite3_finalize(st);
	return ST_OK;
}

static int
answer_read(sqlite3_stmt *st, void *p)
{
	struct review_answer *a = p;

	a->item = st_col_text0(st, 0);
	a->answer = st_col_text0(st, 1);
	a->note = st_col_text0(st, 2);
	if (!a->item || !a->answer || !a->note) {
		answer_free(a);
		return -1;
	}
	return 0;
}

static int
answers_get(struct store *s, struct review *r, struct error *e)
{
	sqlite3_stmt *st;

	st = st_prepare(s, "SELECT item, answer, note FROM review_answer "
	    "WHERE review_id = ? ORDER BY rowid", e);
	if (st == NULL)
		return e->status;
	st_bind_long(st, 1, r->id);
	return st_collect(s, st, sizeof(*r->answers), answer_read, answer_free,
	    (void **)&r->answers, &r->nanswers, "review answers", e);
}

int
store_review_get(struct store *s, long id, struct review *r, struct error *e)
{
	sqlite3_stmt *st;
	int rc;

	memset(r, 0, sizeof(*r));
	st = st_prepare(s, "SELECT " REVIEW_COLUMNS " FROM review WHERE id = ?", e);
	if (st == NULL)
		return e->status;
	st_bind_long(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		rc = review_read(st, r) == -1 ?
		    error_set(e, ST_INTERNAL, _("out of memory")) : ST_OK;
	else if (rc == SQLITE_DONE)
		rc = error_set(e, ST_DATA, _("review %ld: no such review"), id);
	else
		rc = st_fail(s, rc, "review", e);
	sqlite3_finalize(st);
	if (rc != ST_OK)
		return rc;
	if (answers_get(s, r, e) != ST_OK) {
		review_free(r);
		return e->status;
	}
	return ST_OK;
}

int
store_review_list(struct store *s, long delegation_id, struct review **out,
    size_t *n, struct error *e)
{
	sqlite3_stmt *st;

	*out = NULL;
	*n = 0;
	st = st_prepare(s, delegation_id > 0 ?
	    "SELECT " REVIEW_COLUMNS " FROM review WHERE delegation_id = ? "
	    "ORDER BY reviewed_on DESC, id DESC" :
	    "SELECT " REVIEW_COLUMNS " FROM review "
	    "ORDER BY reviewed_on DESC, id DESC", e);
	if (st == NULL)
		return e->status;
	if (delegation_id > 0)
		st_bind_long(st, 1, delegation_id);
	return st_review_collect(s, st, out, n, "reviews", e);
}

static int
last_read(sqlite3_stmt *st, void *p)
{
	struct review_last *l = p;
	const unsigned char *on, *result;

	on = sqlite3_column_text(st, 1);
	result = sqlite3_column_text(st, 2);
	l->delegation_id = sqlite3_column_int64(st, 0);
	snprintf(l->reviewed_on, sizeof(l->reviewed_on), "%s",
	    on ? (const char *)on : "");
	snprintf(l->result, sizeof(l->result), "%s",
	    result ? (const char *)result : "");
	return 0;
}

int
store_review_last(struct store *s, struct review_last **out, size_t *n,
    struct error *e)
{
	sqlite3_stmt *st;

	*out = NULL;
	*n = 0;
	/*
	 * One seek per delegation down review(delegation_id, reviewed_on):
	 * the index ends in the rowid, so "latest, and of two on the same
	 * day the later entered" needs no sort and no table scan.
	 */
	st = st_prepare(s, "SELECT r.delegation_id, r.reviewed_on, r.result "
	    "FROM delegation d JOIN review r ON r.id = (SELECT id FROM review "
	    "WHERE delegation_id = d.id ORDER BY reviewed_on DESC, id DESC "
	    "LIMIT 1) ORDER BY d.id", e);
	if (st == NULL)
		return e->status;
	return st_collect(s, st, sizeof(**out), last_read, NULL, (void **)out,
	    n, "last reviews", e);
}
