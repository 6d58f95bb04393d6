/*
 * The store's reviews (定期的な確認) and certifications (ISMS, Privacy
 * Mark, SOC 2): one function per query, as in store.h.
 */
#ifndef ITAKU_STORE_REVIEW_H
#define ITAKU_STORE_REVIEW_H

#include <stddef.h>

#include "error.h"
#include "store.h"

struct review_answer {
	char *item;		/* checklist item id, "org-1" */
	char *answer;		/* ok, ng, na */
	char *note;
};

struct review {
	long id;
	long delegation_id;
	char *reviewed_on;	/* YYYY-MM-DD */
	char *reviewer;
	char *method;		/* questionnaire, onsite, audit-report, certification */
	char *result;		/* pass, conditional, fail */
	char *notes;
	char *evidence;		/* references, one a line */
	char *checklist;	/* "safeguards/1", NULL without answers */
	char *created_at;
	struct review_answer *answers;
	size_t nanswers;
};

void review_free(struct review *);
void review_list_free(struct review *, size_t);
/* Insert r and its answers; sets r->id and r->created_at. */
int store_review_insert(struct store *, struct review *, struct error *);
/* ST_DATA "review N: no such review" when absent; with its answers. */
int store_review_get(struct store *, long id, struct review *, struct error *);
/* Reviews of one delegation (0: of all), newest first, without answers. */
int store_review_list(struct store *, long delegation_id, struct review **,
    size_t *, struct error *);

/* The latest review of each delegation that has one. */
struct review_last {
	long delegation_id;
	char reviewed_on[11];
	char result[12];
};

/* One query for the whole register, ordered by delegation id. */
int store_review_last(struct store *, struct review_last **, size_t *,
    struct error *);

struct cert {
	long id;
	long org_id;
	char *kind;		/* isms, pmark, soc2, other */
	char *ident;		/* registration number, "" when none */
	char *issued_on;	/* NULL when unknown */
	char *expires_on;
	char *notes;
	char *created_at;
};

void cert_free(struct cert *);
void cert_list_free(struct cert *, size_t);
int store_cert_insert(struct store *, struct cert *, struct error *);
/*
 * Certifications of one organisation (0: of all), by organisation, kind
 * and expiry.  With current_only, only the latest-expiring one of each
 * organisation and kind (a renewal replaces the old certificate).
 */
int store_cert_list(struct store *, long org_id, int current_only,
    struct cert **, size_t *, struct error *);

#endif
