/*
 * Periodic verification of contractors' safeguards: review intervals,
 * due dates, and what is overdue or coming up (委託先における個人データ
 * 取扱状況の把握, at intervals fixed in advance, through the whole chain).
 *
 * A delegation is first due for its initial check (選定時の確認) on its
 * start date (or the day it was registered); then every interval months
 * after its latest review: the delegation's own review_months, else the
 * configured interval of its risk tier.  A conditional or failed review
 * brings the next one forward to a follow-up.  Everything is computed in
 * memory from one query per table, so the whole register costs the same
 * few queries however large it is.
 */
#ifndef ITAKU_SCHEDULE_H
#define ITAKU_SCHEDULE_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "date.h"
#include "error.h"
#include "findings.h"
#include "graph.h"
#include "store.h"
#include "store_review.h"

enum due_kind {
	DUE_INITIAL,		/* 選定時の確認: before the delegation starts */
	DUE_REVIEW,		/* the periodic review */
	DUE_FOLLOWUP,		/* after a conditional or failed review */
	DUE_CHAIN,		/* a re-delegation below is overdue or unapproved */
	DUE_UNAPPROVED,		/* re-delegation without prior approval */
	DUE_CONTRACT_END,	/* the contract's end date */
	DUE_CERT,		/* a certification's expiry */
	DUE_INCIDENT_NOTICE,	/* incident: notice up the chain (委託元への通知) */
	DUE_INCIDENT_QUICK,	/* incident: quick report to the PPC (速報) */
	DUE_INCIDENT_FINAL,	/* incident: final report to the PPC (確報) */
	DUE_INCIDENT_REVIEW,	/* incident: follow-up review of the safeguards */
	DUE_NKINDS
};

struct due_item {
	enum due_kind kind;
	size_t del;		/* delegation index in the graph */
	long delegation_id;
	long org_id;		/* the outsourcee, or the certified organisation */
	long cert_id;		/* DUE_CERT only */
	long incident_id;	/* DUE_INCIDENT_* only */
	struct date due;	/* overdue since / due on */
	bool overdue;		/* today is after due */
	long days;		/* overdue: days since due; upcoming: days until due */
	char detail[240];	/* what and why, in English */
};

struct due_list {
	struct date as_of;
	int within;		/* days ahead that count as upcoming */
	struct due_item *v;	/* overdue first, oldest first; then upcoming, soonest first */
	size_t n, cap;
	size_t noverdue;
};

const char *due_kind_name(enum due_kind);	/* "review", "chain", ... */
const char *due_kind_title(enum due_kind);	/* Japanese label */

/* Months between reviews of d: its own review_months, else its tier's. */
int schedule_interval(const struct delegation *, const struct config *);
/*
 * When d is next due for verification, given its latest review (NULL
 * when never reviewed), and which kind of check that is.
 */
struct date schedule_next(const struct delegation *, const struct review_last *,
    const struct config *, enum due_kind *);

/*
 * Everything overdue on today or due within the next within days, from
 * in-memory data: last reviews ordered by delegation id, and the current
 * certifications.
 */
int schedule_build(const struct graph *, const struct review_last *, size_t,
    const struct cert *, size_t, const struct config *, struct date today,
    int within, struct due_list *, struct error *);
/* The same, reading reviews and certifications from the store. */
int schedule_compute(struct store *, const struct graph *, const struct config *,
    struct date today, int within, struct due_list *, struct error *);
/* The same, with the last reviews the caller has already read. */
int schedule_compute_last(struct store *, const struct graph *,
    const struct review_last *, size_t, const struct config *,
    struct date today, int within, struct due_list *, struct error *);
void due_list_free(struct due_list *);
/* Append an item for delegation index del; NULL when out of memory. */
struct due_item *due_list_add(struct due_list *, enum due_kind,
    const struct graph *, size_t del, struct date due, struct date today);
/* Order items (overdue first, oldest first; then soonest) and count the overdue. */
void due_list_sort(struct due_list *);

/* Add a FIND_REVIEW_OVERDUE (and certification) finding for everything overdue on today. */
int schedule_findings(struct store *, const struct graph *,
    const struct config *, struct date today, struct findings *,
    struct error *);

#endif
