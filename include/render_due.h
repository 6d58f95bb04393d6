/*
 * Renderers for reviews, certifications and the due list: text, JSON
 * and iCalendar (RFC 5545).  They print to a FILE* and never query; all
 * return 0, or -1 when memory ran out.
 */
#ifndef ITAKU_RENDER_DUE_H
#define ITAKU_RENDER_DUE_H

#include <stdio.h>
#include <time.h>

#include <jansson.h>

#include "checklist.h"
#include "graph.h"
#include "schedule.h"
#include "store_review.h"

/* "委託元 › A社 › B社" for delegation index del; malloc'd, NULL on no memory. */
char *render_chain(const struct graph *, size_t del);

/* Nothing at all for an empty list: cron mails only when there is news. */
int render_due_text(FILE *, const struct graph *, const struct due_list *);
json_t *render_due_json(const struct graph *, const struct due_list *);
/* A calendar of every item, stamped now; written even when empty. */
int render_due_ics(FILE *, const struct graph *, const struct due_list *,
    time_t now);
/* Fold and escape for iCalendar (exposed for the tests). */
int ics_text(FILE *, const char *name, const char *value);

/* Reviews; org names the delegation's outsourcee, chain its path. */
json_t *render_review_json(const struct review *, const char *org,
    const char *chain);
int render_review_text(FILE *, const struct review *, const char *chain,
    const struct checklist *, const char *lang);
int render_review_list_text(FILE *, const struct review *, size_t,
    const struct graph *);
json_t *render_review_list_json(const struct review *, size_t,
    const struct graph *);

json_t *render_cert_json(const struct cert *, const char *org);
int render_cert_list_text(FILE *, const struct cert *, size_t,
    const struct graph *, struct date today);

#endif
