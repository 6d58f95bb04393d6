/*
 * Collecting findings from every capability.  Each source adds findings
 * for active delegations only: an ended delegation needs no supervision.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "findings.h"
#include "i18n.h"
#include "incident.h"
#include "schedule.h"

static const struct {
	const char *name, *title;
} kinds[FIND_NKINDS] = {
	[FIND_UNAPPROVED] = { "unapproved", N_("re-delegated without prior approval") },
	[FIND_EXPIRED] = { "expired", N_("past its end date") },
	[FIND_PARENT_ENDED] = { "parent-ended", N_("continues after the delegation above ended") },
	[FIND_NO_CONTRACT] = { "no-contract", N_("no contract on file") },
	[FIND_CONTRACT_GAP] = { "contract-gap", N_("contract lacks recommended clauses") },
	[FIND_REVIEW_OVERDUE] = { "review-overdue", N_("safeguard review overdue") },
	[FIND_CERT_EXPIRED] = { "cert-expired", N_("certification expired") },
	[FIND_INCIDENT] = { "incident", N_("incident response open") },
};

const char *
finding_kind_name(enum finding_kind k)
{
	return k < FIND_NKINDS ? kinds[k].name : "unknown";
}

const char *
finding_kind_title(enum finding_kind k)
{
	return k < FIND_NKINDS ? _(kinds[k].title) : "?";
}

int
findings_add(struct findings *f, long delegation_id, enum finding_kind kind,
    const char *fmt, ...)
{
	struct finding *nv;
	va_list ap;

	if (f->n == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 32;
		if ((nv = realloc(f->v, cap * sizeof(*nv))) == NULL)
			return -1;
		f->v = nv;
		f->cap = cap;
	}
	nv = &f->v[f->n++];
	nv->delegation_id = delegation_id;
	nv->kind = kind;
	va_start(ap, fmt);
	vsnprintf(nv->detail, sizeof(nv->detail), fmt, ap);
	va_end(ap);
	return 0;
}

void
findings_free(struct findings *f)
{
	free(f->v);
	memset(f, 0, sizeof(*f));
}

/* Findings the register itself shows: approvals, dates, ended parents. */
static int
register_findings(const struct graph *g, struct date today, struct findings *f)
{
	struct date start, end, approved;
	int rc = 0;

	for (size_t i = 0; i < g->ndels && rc == 0; i++) {
		const struct delegation *d = &g->dels[i];
		long p = graph_org(g, d->parent_id);

		if (!graph_del_active(d, today))
			continue;
		if (p >= 0 && p != g->root) {
			if (d->approved_on == NULL)
				rc |= findings_add(f, d->id, FIND_UNAPPROVED, "%s", "");
			else if (d->start_date && date_parse(d->start_date, &start) &&
			    date_parse(d->approved_on, &approved) &&
			    date_cmp(approved, start) > 0)
				rc |= findings_add(f, d->id, FIND_UNAPPROVED,
				    _("approved %s, after it started %s"),
				    d->approved_on, d->start_date);
			/* Every delegation into the parent has ended. */
			bool fed = false;
			for (size_t k = g->in_start[p]; k < g->in_start[p + 1]; k++)
				if (graph_del_active(&g->dels[g->in[k]], today))
					fed = true;
			if (!fed)
				rc |= findings_add(f, d->id, FIND_PARENT_ENDED,
				    _("%s no longer receives the data"),
				    g->orgs[p].name);
		}
		if (d->end_date && date_parse(d->end_date, &end) &&
		    date_cmp(end, today) < 0)
			rc |= findings_add(f, d->id, FIND_EXPIRED,
			    _("ended %s, %ld days ago"), d->end_date,
			    date_diff(end, today));
	}
	return rc;
}

static int
contract_findings(struct store *s, const struct graph *g, struct date today,
    struct findings *f, struct error *e)
{
	struct contract_summary *v;
	size_t n, k = 0;
	int rc = 0;

	if (store_contract_summaries(s, &v, &n, e) != ST_OK)
		return e->status;
	/* Both lists are ordered by delegation id: merge them. */
	for (size_t i = 0; i < g->ndels && rc == 0; i++) {
		const struct delegation *d = &g->dels[i];

		while (k < n && v[k].delegation_id < d->id)
			k++;
		if (!graph_del_active(d, today))
			continue;
		if (k == n || v[k].delegation_id != d->id)
			rc |= findings_add(f, d->id, FIND_NO_CONTRACT, "%s", "");
		else if (v[k].missing > 0)
			rc |= findings_add(f, d->id, FIND_CONTRACT_GAP,
			    _("missing: %s"), v[k].missing_ids);
	}
	contract_summary_list_free(v, n);
	if (rc != 0)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	return ST_OK;
}

int
findings_collect(struct store *s, const struct graph *g,
    const struct config *cfg, struct date today, struct findings *f,
    struct error *e)
{
	memset(f, 0, sizeof(*f));
	if (register_findings(g, today, f) != 0) {
		findings_free(f);
		return error_set(e, ST_INTERNAL, _("out of memory"));
	}
	if (contract_findings(s, g, today, f, e) != ST_OK ||
	    schedule_findings(s, g, cfg, today, f, e) != ST_OK ||
	    incident_findings(s, g, today, f, e) != ST_OK) {
		findings_free(f);
		return e->status;
	}
	return ST_OK;
}
