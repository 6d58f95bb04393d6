/*
 * Gathering the report: the graph, findings, tree, due list, current
 * contracts with their clause rows, last reviews and open incidents, one
 * query each, then everything else worked out in memory.
 */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "store_register.h"
#include "store_review.h"

const char *
report_child_name(const struct report *r, size_t del)
{
	long o = graph_org(&r->g, r->g.dels[del].child_id);

	return o >= 0 ? r->g.orgs[o].name : "?";
}

const char *
report_parent_name(const struct report *r, size_t del)
{
	long o = graph_org(&r->g, r->g.dels[del].parent_id);

	return o >= 0 ? r->g.orgs[o].name : "?";
}

static void
matrix_free(struct report_matrix *m)
{
	for (size_t i = 0; i < m->nrows; i++) {
		free(m->rows[i].cell);
		free(m->rows[i].article);
	}
	free(m->rows);
	free(m->clause);
	free(m->title);
}

void
report_free(struct report *r)
{
	for (size_t i = 0; i < r->nmatrices; i++)
		matrix_free(&r->matrices[i]);
	free(r->matrices);
	for (size_t i = 0; i < r->nconc; i++)
		free(r->conc[i].dels);
	free(r->conc);
	incident_list_free(r->incidents, r->nincidents);
	document_list_free(r->docs, r->ndocs);
	free(r->dels);
	free(r->by_level);
	tree_free(&r->tree);
	due_list_free(&r->due);
	findings_free(&r->f);
	graph_free(&r->g);
	memset(r, 0, sizeof(*r));
}

/* Levels, activity, next review and the summary counts. */
static int
summarise(struct report *r, const struct config *cfg,
    const struct review_last *last, size_t nlast)
{
	const struct graph *g = &r->g;
	size_t k = 0, *nl;

	if ((r->dels = calloc(g->ndels + 1, sizeof(*r->dels))) == NULL)
		return -1;
	r->orgs = g->norgs;
	for (size_t i = 0; i < g->ndels; i++) {
		const struct delegation *d = &g->dels[i];
		struct report_del *x = &r->dels[i];

		x->level = graph_level(g, i);
		x->active = graph_del_active(d, r->as_of);
		if (x->level > r->maxlevel)
			r->maxlevel = x->level;
		while (k < nlast && last[k].delegation_id < d->id)
			k++;
		if (!x->active) {
			r->ended++;
			continue;
		}
		r->active++;
		r->sensitive += d->sensitive;
		r->credit_card += d->credit_card;
		if (x->level == 1) {
			if (d->people >= 0)
				r->people += d->people;
			else
				r->people_unknown++;
		}
		x->has_next = true;
		x->next = schedule_next(d, k < nlast && last[k].delegation_id ==
		    d->id ? &last[k] : NULL, cfg, &x->next_kind);
	}
	if ((nl = calloc((size_t)r->maxlevel + 1, sizeof(size_t))) == NULL)
		return -1;
	for (size_t i = 0; i < g->ndels; i++)
		if (r->dels[i].active)
			nl[r->dels[i].level]++;
	r->by_level = nl;
	for (size_t i = 0; i < r->f.n; i++)
		if (r->f.v[i].kind == FIND_UNAPPROVED)
			r->unapproved++;
	return 0;
}

static int
cmp_doc_del(const void *a, const void *b)
{
	const struct document *x = a, *y = b;

	return x->delegation_id < y->delegation_id ? -1 :
	    x->delegation_id > y->delegation_id;
}

static struct report_matrix *
matrix_for(struct report *r, const char *ruleset)
{
	struct report_matrix *nv;

	for (size_t i = 0; i < r->nmatrices; i++)
		if (strcmp(r->matrices[i].ruleset, ruleset) == 0)
			return &r->matrices[i];
	nv = realloc(r->matrices, (r->nmatrices + 1) * sizeof(*nv));
	if (nv == NULL)
		return NULL;
	r->matrices = nv;
	nv = &nv[r->nmatrices++];
	memset(nv, 0, sizeof(*nv));
	nv->ruleset = ruleset;
	return nv;
}

/* Columns: every clause any document of the ruleset was checked for. */
static int
add_columns(struct report_matrix *m, const struct document *d)
{
	const char **nc, **nt;

	for (size_t c = 0; c < d->nclauses; c++) {
		size_t k;
		for (k = 0; k < m->ncols; k++)
			if (strcmp(m->clause[k], d->clauses[c].clause) == 0)
				break;
		if (k < m->ncols)
			continue;
		if ((nc = realloc(m->clause, (m->ncols + 1) * sizeof(*nc))) == NULL)
			return -1;
		m->clause = nc;
		if ((nt = realloc(m->title, (m->ncols + 1) * sizeof(*nt))) == NULL)
			return -1;
		m->title = nt;
		m->clause[m->ncols] = d->clauses[c].clause;
		m->title[m->ncols] = d->clauses[c].title;
		m->ncols++;
	}
	return 0;
}

/* The coverage matrix of active delegations' current contracts, by ruleset. */
static int
matrices(struct report *r)
{
	struct report_matrix *m;
	struct report_matrix_row *nr, *row;

	if (r->ndocs > 1)	/* docs is NULL when there are none */
		qsort(r->docs, r->ndocs, sizeof(*r->docs), cmp_doc_del);
	for (size_t i = 0; i < r->ndocs; i++) {
		const struct document *d = &r->docs[i];
		long del = graph_del(&r->g, d->delegation_id);

		if (del < 0)
			continue;
		r->dels[del].document_id = d->id;
		r->dels[del].present = d->present;
		r->dels[del].total = d->present + d->missing;
		if (!r->dels[del].active)
			continue;
		r->with_contract++;
		r->clauses_present += (size_t)d->present;
		r->clauses_total += (size_t)(d->present + d->missing);
		if ((m = matrix_for(r, d->ruleset)) == NULL || add_columns(m, d) == -1)
			return -1;
		if ((nr = realloc(m->rows, (m->nrows + 1) * sizeof(*nr))) == NULL)
			return -1;
		m->rows = nr;
		row = &nr[m->nrows++];
		memset(row, 0, sizeof(*row));
		row->del = (size_t)del;
		row->doc = d;
	}
	/* Cells once the columns are complete. */
	for (size_t i = 0; i < r->nmatrices; i++) {
		m = &r->matrices[i];
		for (size_t j = 0; j < m->nrows; j++) {
			row = &m->rows[j];
			row->cell = malloc((m->ncols + 1) * sizeof(*row->cell));
			row->article = calloc(m->ncols + 1, sizeof(*row->article));
			if (row->cell == NULL || row->article == NULL)
				return -1;
			for (size_t c = 0; c < m->ncols; c++) {
				row->cell[c] = -1;
				row->article[c] = "";
				for (size_t k = 0; k < row->doc->nclauses; k++) {
					const struct document_clause *dc =
					    &row->doc->clauses[k];
					if (strcmp(dc->clause, m->clause[c]) != 0)
						continue;
					row->cell[c] = dc->present;
					row->article[c] = dc->article ? dc->article : "";
				}
			}
		}
	}
	return 0;
}

/* Organisations that two or more active delegations lead into. */
static int
concentration(struct report *r)
{
	const struct graph *g = &r->g;
	struct report_conc *nv;

	for (size_t o = 0; o < g->norgs; o++) {
		size_t n = 0, *v;

		for (size_t k = g->in_start[o]; k < g->in_start[o + 1]; k++)
			n += r->dels[g->in[k]].active;
		if (n < 2)
			continue;
		if ((v = malloc(n * sizeof(*v))) == NULL)
			return -1;
		n = 0;
		for (size_t k = g->in_start[o]; k < g->in_start[o + 1]; k++)
			if (r->dels[g->in[k]].active)
				v[n++] = g->in[k];
		if ((nv = realloc(r->conc, (r->nconc + 1) * sizeof(*nv))) == NULL) {
			free(v);
			return -1;
		}
		r->conc = nv;
		nv[r->nconc].org = o;
		nv[r->nconc].dels = v;
		nv[r->nconc].n = n;
		r->nconc++;
	}
	return 0;
}

int
report_build(struct store *s, const struct config *cfg, struct date today,
    int within, struct report *r, struct error *e)
{
	struct tree_options opt = { 0 };
	struct review_last *last = NULL;
	size_t nlast = 0;

	memset(r, 0, sizeof(*r));
	r->as_of = today;
	r->within = within;
	if (graph_load(s, &r->g, e) != ST_OK)
		return e->status;
	if (findings_collect(s, &r->g, cfg, today, &r->f, e) != ST_OK ||
	    tree_build(&r->g, &r->f, today, &opt, &r->tree, e) != ST_OK ||
	    store_review_last(s, &last, &nlast, e) != ST_OK ||
	    schedule_compute_last(s, &r->g, last, nlast, cfg, today, within,
	    &r->due, e) != ST_OK ||
	    store_register_current_clauses(s, &r->docs, &r->ndocs, e) != ST_OK ||
	    store_incident_list(s, 0, true, &r->incidents, &r->nincidents,
	    e) != ST_OK)
		goto fail;
	if (summarise(r, cfg, last, nlast) == -1 || matrices(r) == -1 ||
	    concentration(r) == -1) {
		error_set(e, ST_INTERNAL, _("out of memory"));
		goto fail;
	}
	free(last);
	return ST_OK;
fail:
	free(last);
	report_free(r);
	return e->status;
}
