/*
 * The review scheduler: due dates from the register, the latest review of
 * each delegation and the current certifications, all held in memory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "incident.h"
#include "schedule.h"

static const struct {
	const char *name, *title;
} kinds[DUE_NKINDS] = {
	[DUE_INITIAL] = { "initial", N_("initial check") },
	[DUE_REVIEW] = { "review", N_("periodic review") },
	[DUE_FOLLOWUP] = { "followup", N_("follow-up review") },
	[DUE_CHAIN] = { "chain", N_("oversight of subcontractors") },
	[DUE_UNAPPROVED] = { "unapproved",
	    N_("prior approval of re-delegation") },
	[DUE_CONTRACT_END] = { "contract-end",
	    N_("end of the contract period") },
	[DUE_CERT] = { "cert", N_("certification expiry") },
	[DUE_INCIDENT_NOTICE] = { "incident-notice",
	    N_("notice to the entrusting business") },
	[DUE_INCIDENT_QUICK] = { "incident-quick",
	    N_("breach report (quick report)") },
	[DUE_INCIDENT_FINAL] = { "incident-final",
	    N_("breach report (final report)") },
	[DUE_INCIDENT_REVIEW] = { "incident-review",
	    N_("review after the incident") },
};

const char *
due_kind_name(enum due_kind k)
{
	return k < DUE_NKINDS ? kinds[k].name : "unknown";
}

const char *
due_kind_title(enum due_kind k)
{
	return k < DUE_NKINDS ? _(kinds[k].title) : "?";
}

int
schedule_interval(const struct delegation *d, const struct config *c)
{
	if (d->review_months > 0)
		return d->review_months;
	return c->interval[risk_tier(d->risk)];
}

/* The local date a delegation was registered (created_at is UTC, date first). */
static struct date
created_on(const struct delegation *d)
{
	char buf[DATE_STRLEN];
	struct date on;

	if (d->created_at != NULL && strlen(d->created_at) >= 10) {
		memcpy(buf, d->created_at, 10);
		buf[10] = '\0';
		if (date_parse(buf, &on))
			return on;
	}
	return date_from_days(0);
}

struct date
schedule_next(const struct delegation *d, const struct review_last *last,
    const struct config *c, enum due_kind *kind)
{
	struct date on;
	int months = schedule_interval(d, c), follow;

	if (last == NULL || !date_parse(last->reviewed_on, &on)) {
		/* 選定時の確認: before the data is handed over. */
		*kind = DUE_INITIAL;
		if (d->start_date != NULL && date_parse(d->start_date, &on))
			return on;
		return created_on(d);
	}
	follow = 0;
	if (strcmp(last->result, "conditional") == 0)
		follow = c->followup_conditional;
	else if (strcmp(last->result, "fail") == 0)
		follow = c->followup_fail;
	/* A follow-up never comes later than the regular review would. */
	if (follow > 0 && follow < months) {
		*kind = DUE_FOLLOWUP;
		return date_add_months(on, follow);
	}
	*kind = DUE_REVIEW;
	return date_add_months(on, months);
}

void
due_list_free(struct due_list *l)
{
	free(l->v);
	memset(l, 0, sizeof(*l));
}

struct due_item *
due_list_add(struct due_list *l, enum due_kind kind, const struct graph *g,
    size_t del, struct date due, struct date today)
{
	struct due_item *it;

	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		if ((it = realloc(l->v, cap * sizeof(*it))) == NULL)
			return NULL;
		l->v = it;
		l->cap = cap;
	}
	it = &l->v[l->n++];
	memset(it, 0, sizeof(*it));
	it->kind = kind;
	it->del = del;
	it->delegation_id = g->dels[del].id;
	it->org_id = g->dels[del].child_id;
	it->due = due;
	it->overdue = date_cmp(today, due) > 0;
	it->days = it->overdue ? date_diff(due, today) : date_diff(today, due);
	return it;
}

/* Keep an item only when it is overdue or due within the window. */
static bool
wanted(struct date due, struct date today, int within)
{
	long ahead = date_diff(today, due);

	return ahead < 0 || ahead <= within;
}

static int
item_cmp(const void *a, const void *b)
{
	const struct due_item *x = a, *y = b;
	int c;

	if (x->overdue != y->overdue)
		return x->overdue ? -1 : 1;
	if ((c = date_cmp(x->due, y->due)) != 0)
		return c;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if (x->delegation_id != y->delegation_id)
		return x->delegation_id < y->delegation_id ? -1 : 1;
	if (x->incident_id != y->incident_id)
		return x->incident_id < y->incident_id ? -1 : 1;
	return x->cert_id < y->cert_id ? -1 : x->cert_id > y->cert_id;
}

void
due_list_sort(struct due_list *l)
{
	if (l->n > 1)
		qsort(l->v, l->n, sizeof(*l->v), item_cmp);
	for (l->noverdue = 0; l->noverdue < l->n && l->v[l->noverdue].overdue;)
		l->noverdue++;
}

/* Is d a re-delegation without a prior approval?  Sets since. */
static bool
unapproved(const struct graph *g, const struct delegation *d, struct date *since)
{
	struct date start, approved;
	long p = graph_org(g, d->parent_id);
	bool has_start = d->start_date && date_parse(d->start_date, &start);

	if (p < 0 || p == g->root)
		return false;
	*since = has_start ? start : created_on(d);
	if (d->approved_on == NULL || !date_parse(d->approved_on, &approved))
		return true;
	return has_start && date_cmp(approved, start) > 0;
}

/*
 * Per delegation: its own problem date (overdue review or unapproved),
 * or none.  Per organisation: the earliest problem anywhere below it.
 */
struct rollup {
	long *child;		/* per delegation: the child's org index */
	bool *active;		/* per delegation: not ended */
	struct date *own;	/* per delegation */
	bool *has_own;
	struct date *below;	/* per organisation */
	bool *has_below;
	unsigned *seen;		/* per organisation, DFS stamps */
};

static void
rollup_free(struct rollup *r)
{
	free(r->child);
	free(r->active);
	free(r->own);
	free(r->has_own);
	free(r->below);
	free(r->has_below);
	free(r->seen);
}

static void
earliest(struct date *acc, bool *has, struct date d)
{
	if (!*has || date_cmp(d, *acc) < 0)
		*acc = d;
	*has = true;
}

/* Fill below[] children first, in topological order (Kahn's algorithm). */
static int
rollup_below(const struct graph *g, struct rollup *r)
{
	size_t *order, *indeg, head = 0, tail = 0;
	long c;

	order = malloc((g->norgs + 1) * sizeof(*order));
	indeg = calloc(g->norgs + 1, sizeof(*indeg));
	if (order == NULL || indeg == NULL) {
		free(order);
		free(indeg);
		return -1;
	}
	for (size_t i = 0; i < g->ndels; i++)
		if (r->active[i] && (c = r->child[i]) >= 0)
			indeg[c]++;
	for (size_t o = 0; o < g->norgs; o++)
		if (indeg[o] == 0)
			order[tail++] = o;
	while (head < tail) {
		size_t o = order[head++];
		for (size_t k = g->out_start[o]; k < g->out_start[o + 1]; k++) {
			size_t d = g->out[k];
			if (!r->active[d] || (c = r->child[d]) < 0)
				continue;
			if (--indeg[c] == 0)
				order[tail++] = (size_t)c;
		}
	}
	/* Reverse topological order: every child is done before its parents. */
	while (tail > 0) {
		size_t o = order[--tail];
		for (size_t k = g->out_start[o]; k < g->out_start[o + 1]; k++) {
			size_t d = g->out[k];
			if (!r->active[d] || (c = r->child[d]) < 0)
				continue;
			if (r->has_own[d])
				earliest(&r->below[o], &r->has_below[o], r->own[d]);
			if (r->has_below[c])
				earliest(&r->below[o], &r->has_below[o], r->below[c]);
		}
	}
	free(order);
	free(indeg);
	return 0;
}

/* Name the delegations with problems below org o, for a chain item's detail. */
static void
describe_below(const struct graph *g, struct rollup *r,
    size_t o, unsigned stamp, char *buf, size_t size)
{
	size_t stack_small[64], *stack = stack_small, sp = 0, cap = 64, named = 0, total = 0;
	size_t len;
	long c;

	buf[0] = '\0';
	stack[sp++] = o;
	r->seen[o] = stamp;
	while (sp > 0) {
		size_t p = stack[--sp];
		for (size_t k = g->out_start[p]; k < g->out_start[p + 1]; k++) {
			size_t d = g->out[k];
			if (!r->active[d] || (c = r->child[d]) < 0)
				continue;
			if (r->has_own[d]) {
				total++;
				len = strlen(buf);
				if (named < 3 && len < size)
					snprintf(buf + len, size - len, "%s#%ld %s",
					    named ? ", " : "", g->dels[d].id,
					    g->orgs[c].name);
				named += named < 3;
			}
			if (!r->has_below[c] || r->seen[c] == stamp)
				continue;
			r->seen[c] = stamp;
			if (sp == cap) {
				size_t *ns = malloc(cap * 2 * sizeof(*ns));
				if (ns == NULL)
					goto done;
				memcpy(ns, stack, sp * sizeof(*ns));
				if (stack != stack_small)
					free(stack);
				stack = ns;
				cap *= 2;
			}
			stack[sp++] = (size_t)c;
		}
	}
	if (total > named) {
		len = strlen(buf);
		if (len < size)
			snprintf(buf + len, size - len, _(" and %zu more"),
			    total - named);
	}
done:
	if (stack != stack_small)
		free(stack);
}

int
schedule_build(const struct graph *g, const struct review_last *last,
    size_t nlast, const struct cert *certs, size_t ncerts,
    const struct config *cfg, struct date today, int within,
    struct due_list *l, struct error *e)
{
	struct rollup r = { 0 };
	struct due_item *it;
	struct date due, since;
	enum due_kind kind;
	size_t k = 0;
	unsigned stamp = 0;
	char names[160];
	long c;

	memset(l, 0, sizeof(*l));
	l->as_of = today;
	l->within = within;
	r.child = calloc(g->ndels + 1, sizeof(*r.child));
	r.active = calloc(g->ndels + 1, sizeof(*r.active));
	r.own = calloc(g->ndels + 1, sizeof(*r.own));
	r.has_own = calloc(g->ndels + 1, sizeof(*r.has_own));
	r.below = calloc(g->norgs + 1, sizeof(*r.below));
	r.has_below = calloc(g->norgs + 1, sizeof(*r.has_below));
	r.seen = calloc(g->norgs + 1, sizeof(*r.seen));
	if (!r.child || !r.active || !r.own || !r.has_own || !r.below ||
	    !r.has_below || !r.seen)
		goto oom;
	/* Looked up once: the loops below visit every edge more than once. */
	for (size_t i = 0; i < g->ndels; i++) {
		r.child[i] = graph_org(g, g->dels[i].child_id);
		r.active[i] = graph_del_active(&g->dels[i], today);
	}

	/* Reviews, approvals and contract ends; both lists are ordered by id. */
	for (size_t i = 0; i < g->ndels; i++) {
		const struct delegation *d = &g->dels[i];
		const struct review_last *lr = NULL;

		while (k < nlast && last[k].delegation_id < d->id)
			k++;
		if (k < nlast && last[k].delegation_id == d->id)
			lr = &last[k];
		if (!r.active[i])
			continue;
		due = schedule_next(d, lr, cfg, &kind);
		if (date_cmp(today, due) > 0)
			earliest(&r.own[i], &r.has_own[i], due);
		if (wanted(due, today, within)) {
			if ((it = due_list_add(l, kind, g, i, due,
			    today)) == NULL)
				goto oom;
			if (lr == NULL)
				snprintf(it->detail, sizeof(it->detail), "%s",
				    _("never reviewed; check the safeguards "
				    "before the data is handed over"));
			else
				snprintf(it->detail, sizeof(it->detail),
				    _("last review %s (%s); every %d months%s"),
				    lr->reviewed_on, lr->result,
				    schedule_interval(d, cfg), kind == DUE_FOLLOWUP ?
				    _("; follow-up of the findings") : "");
		}
		if (unapproved(g, d, &since)) {
			if (date_cmp(today, since) > 0)
				earliest(&r.own[i], &r.has_own[i], since);
			if (wanted(since, today, within)) {
				if ((it = due_list_add(l, DUE_UNAPPROVED, g,
				    i, since, today)) == NULL)
					goto oom;
				snprintf(it->detail, sizeof(it->detail),
				    d->approved_on ? _("approved on %s, after "
				    "the start; approval must come first") :
				    _("re-delegation by %s has no prior "
				    "approval"),
				    d->approved_on ? d->approved_on :
				    graph_org_name(g, d->parent_id));
			}
		}
		if (d->end_date != NULL && date_parse(d->end_date, &due) &&
		    wanted(due, today, within)) {
			if ((it = due_list_add(l, DUE_CONTRACT_END, g, i,
			    due, today)) == NULL)
				goto oom;
			snprintf(it->detail, sizeof(it->detail), it->overdue ?
			    _("the contract ended on %s; renew it or end the "
			    "delegation") : _("the contract ends on %s; renew "
			    "it or plan the return or deletion of the data"),
			    d->end_date);
		}
	}

	/* 再委託先以降も同様: roll problems up the chain. */
	if (rollup_below(g, &r) == -1)
		goto oom;
	for (size_t i = 0; i < g->ndels; i++) {
		if (!r.active[i] || (c = r.child[i]) < 0 || !r.has_below[c])
			continue;
		describe_below(g, &r, (size_t)c, ++stamp, names,
		    sizeof(names));
		if ((it = due_list_add(l, DUE_CHAIN, g, i, r.below[c],
		    today)) == NULL)
			goto oom;
		snprintf(it->detail, sizeof(it->detail),
		    _("oversight incomplete below %s: %s"), g->orgs[c].name,
		    names);
	}

	/* Certifications count for every active delegation into the org. */
	for (size_t j = 0; j < ncerts; j++) {
		const struct cert *ct = &certs[j];
		long o = graph_org(g, ct->org_id), first = -1;

		if (o < 0 || !date_parse(ct->expires_on, &due) ||
		    !wanted(due, today, within))
			continue;
		for (size_t q = g->in_start[o]; q < g->in_start[o + 1]; q++)
			if (r.active[g->in[q]] &&
			    (first < 0 || g->in[q] < (size_t)first))
				first = (long)g->in[q];
		if (first < 0)
			continue;
		if ((it = due_list_add(l, DUE_CERT, g, (size_t)first, due,
		    today)) == NULL)
			goto oom;
		it->org_id = ct->org_id;
		it->cert_id = ct->id;
		snprintf(it->detail, sizeof(it->detail), it->overdue ?
		    _("%s%s%s expired on %s") : _("%s%s%s expires on %s"),
		    ct->kind, ct->ident[0] ? " " : "", ct->ident,
		    ct->expires_on);
	}

	due_list_sort(l);
	rollup_free(&r);
	return ST_OK;
oom:
	rollup_free(&r);
	due_list_free(l);
	return error_set(e, ST_INTERNAL, _("out of memory"));
}

/* The due list from last reviews already read; incidents only when asked. */
static int
compute_with(struct store *s, const struct graph *g,
    const struct review_last *last, size_t nlast, const struct config *cfg,
    struct date today, int within, bool incidents, struct due_list *l,
    struct error *e)
{
	struct cert *certs = NULL;
	size_t ncerts = 0;
	int rv;

	memset(l, 0, sizeof(*l));
	if ((rv = store_cert_list(s, 0, 1, &certs, &ncerts, e)) != ST_OK)
		return rv;
	rv = schedule_build(g, last, nlast, certs, ncerts, cfg, today, within,
	    l, e);
	if (rv == ST_OK && incidents)
		rv = incident_due(s, g, last, nlast, today, within, l, e);
	cert_list_free(certs, ncerts);
	return rv;
}

static int
compute(struct store *s, const struct graph *g, const struct config *cfg,
    struct date today, int within, bool incidents, struct due_list *l,
    struct error *e)
{
	struct review_last *last = NULL;
	size_t nlast = 0;
	int rv;

	memset(l, 0, sizeof(*l));
	if ((rv = store_review_last(s, &last, &nlast, e)) == ST_OK)
		rv = compute_with(s, g, last, nlast, cfg, today, within,
		    incidents, l, e);
	free(last);
	return rv;
}

int
schedule_compute(struct store *s, const struct graph *g,
    const struct config *cfg, struct date today, int within,
    struct due_list *l, struct error *e)
{
	return compute(s, g, cfg, today, within, true, l, e);
}

int
schedule_compute_last(struct store *s, const struct graph *g,
    const struct review_last *last, size_t nlast, const struct config *cfg,
    struct date today, int within, struct due_list *l, struct error *e)
{
	return compute_with(s, g, last, nlast, cfg, today, within, true, l, e);
}

int
schedule_findings(struct store *s, const struct graph *g,
    const struct config *cfg, struct date today, struct findings *f,
    struct error *e)
{
	struct due_list l;
	char since[DATE_STRLEN];
	int rc = 0;

	/* Incidents are incident_findings()'s: their items are not needed. */
	if (compute(s, g, cfg, today, 0, false, &l, e) != ST_OK)
		return e->status;
	for (size_t i = 0; i < l.noverdue && rc == 0; i++) {
		const struct due_item *it = &l.v[i];
		long o;

		date_format(it->due, since);
		switch (it->kind) {
		case DUE_INITIAL:
		case DUE_REVIEW:
		case DUE_FOLLOWUP:
			rc = findings_add(f, it->delegation_id,
			    FIND_REVIEW_OVERDUE,
			    _("%s overdue since %s (%ld days)"),
			    due_kind_name(it->kind), since, it->days);
			break;
		case DUE_CERT:
			/* Every delegation into the certified organisation. */
			if ((o = graph_org(g, it->org_id)) < 0)
				break;
			for (size_t q = g->in_start[o]; q < g->in_start[o + 1] &&
			    rc == 0; q++)
				if (graph_del_active(&g->dels[g->in[q]], today))
					rc = findings_add(f, g->dels[g->in[q]].id,
					    FIND_CERT_EXPIRED, "%s", it->detail);
			break;
		default:
			/* The register's own findings cover the rest. */
			break;
		}
	}
	due_list_free(&l);
	if (rc != 0)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	return ST_OK;
}
