/*
 * Findings: what needs a person's attention, attached to a delegation.
 * Collected from every capability (the register itself, contracts,
 * reviews, certifications, incidents) so that the tree can mark nodes and
 * roll them up to every contractor above.
 */
#ifndef ITAKU_FINDINGS_H
#define ITAKU_FINDINGS_H

#include <stddef.h>

#include "date.h"
#include "error.h"
#include "graph.h"
#include "store.h"

enum finding_kind {
	FIND_UNAPPROVED,	/* re-delegation without prior approval */
	FIND_EXPIRED,		/* delegation past its end date, not ended */
	FIND_PARENT_ENDED,	/* re-delegation continues after its parent ended */
	FIND_NO_CONTRACT,	/* no contract document imported */
	FIND_CONTRACT_GAP,	/* the contract lacks recommended clauses */
	FIND_REVIEW_OVERDUE,	/* periodic verification overdue */
	FIND_CERT_EXPIRED,	/* a certification has expired */
	FIND_INCIDENT,		/* an open incident */
	FIND_NKINDS
};

struct finding {
	long delegation_id;
	enum finding_kind kind;
	char detail[160];	/* e.g. "missing: term, status-report" */
};

struct findings {
	struct finding *v;
	size_t n, cap;
};

const char *finding_kind_name(enum finding_kind);	/* "unapproved" ... */
const char *finding_kind_title(enum finding_kind);	/* Japanese label */

int findings_add(struct findings *, long delegation_id, enum finding_kind,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
struct config;

/* Everything found on active delegations as of today, under cfg's intervals. */
int findings_collect(struct store *, const struct graph *,
    const struct config *, struct date today, struct findings *,
    struct error *);
void findings_free(struct findings *);

#endif
