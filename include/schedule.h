/*
 * Periodic verification of contractors' safeguards: review intervals,
 * due dates, and what is overdue or coming up.
 */
#ifndef ITAKU_SCHEDULE_H
#define ITAKU_SCHEDULE_H

#include "date.h"
#include "error.h"
#include "findings.h"
#include "graph.h"
#include "store.h"

/* Add a FIND_REVIEW_OVERDUE (and certification) finding for everything overdue on today. */
int schedule_findings(struct store *, const struct graph *, struct date today,
    struct findings *, struct error *);

#endif
