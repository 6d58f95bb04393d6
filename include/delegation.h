/*
 * Delegations (委託): who entrusts which personal data to whom.  The graph
 * of delegations is a DAG rooted at the entrusting business: the same
 * company may serve several contractors, but no chain may loop.
 */
#ifndef ITAKU_DELEGATION_H
#define ITAKU_DELEGATION_H

#include <jansson.h>

#include "date.h"
#include "error.h"
#include "store.h"

/* Parse "#12" or "12" as a delegation ID (ST_DATA when not a number or unknown). */
int delegation_resolve(struct store *, const char *ref, long *id, struct error *);

/*
 * Validate and insert (and audit) d: both ends exist, the parent is the
 * root or receives data itself, dates are real and in order, and the new
 * edge closes no cycle (the error names the cycle).  Sets d->id.
 */
int delegation_create(struct store *, struct delegation *, struct error *);
/* Record the end of a delegation on a date. */
int delegation_finish(struct store *, long id, struct date on, struct error *);
/* Record the prior approval of a re-delegation. */
int delegation_approve(struct store *, long id, struct date on, const char *by,
    const char *ref, struct error *);
/* Store an edited delegation (same id as old), auditing old and new. */
int delegation_modify(struct store *, const struct delegation *old,
    const struct delegation *d, struct error *);

json_t *delegation_json(const struct delegation *);

#endif
