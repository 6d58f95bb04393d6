/*
 * The store's incidents (漏えい、滅失又は毀損) and the response steps
 * recorded against them: one function per query, as in store.h.
 */
#ifndef ITAKU_STORE_INCIDENT_H
#define ITAKU_STORE_INCIDENT_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "store.h"

struct incident_done {
	char *step;		/* "fact", "report-quick", ... */
	char *done_on;		/* YYYY-MM-DD */
	char *notes;
	char *created_at;
};

struct incident {
	long id;
	long delegation_id;
	char *discovered_on;	/* YYYY-MM-DD: the day it became known (知った日) */
	char *occurred_on;	/* NULL when unknown */
	char *what;
	long people;		/* -1 when unknown */
	bool sensitive;		/* 規則第7条第1号: 要配慮個人情報 */
	bool financial;		/* 第2号: financial damage from misuse */
	bool unlawful;		/* 第3号: an unlawful purpose */
	bool over_1000;		/* 第4号: more than 1,000 people */
	int notice_days;	/* business days for the notice up the chain */
	char *notes;
	char *closed_on;	/* NULL while open */
	char *close_reason;	/* why it was closed with steps missing, or NULL */
	char *created_at;
	struct incident_done *done;	/* in the order recorded */
	size_t ndone;
};

void incident_free(struct incident *);
void incident_list_free(struct incident *, size_t);
/* Insert; sets id and created_at. */
int store_incident_insert(struct store *, struct incident *, struct error *);
/* Store the editable fields of an incident (not its steps or closure). */
int store_incident_update(struct store *, const struct incident *,
    struct error *);
/* ST_DATA "incident N: no such incident" when absent; with its steps. */
int store_incident_get(struct store *, long id, struct incident *, struct error *);
/*
 * Incidents of one delegation (0: of all), only the open ones when
 * open_only, ordered by id, each with its steps: two queries in all.
 */
int store_incident_list(struct store *, long delegation_id, bool open_only,
    struct incident **, size_t *, struct error *);
/* Record (or re-date) a step of an incident. */
int store_incident_step(struct store *, long id, const char *step,
    const char *done_on, const char *notes, struct error *);
int store_incident_close(struct store *, long id, const char *closed_on,
    const char *reason, struct error *);

#endif
