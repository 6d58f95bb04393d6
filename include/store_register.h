/*
 * The whole register at once, for export and import-register: every row
 * of every table with its ID and timestamps as stored, read and written
 * in bulk (one query per table), so that a register moves between
 * databases without loss.
 */
#ifndef ITAKU_STORE_REGISTER_H
#define ITAKU_STORE_REGISTER_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "store.h"
#include "store_incident.h"
#include "store_review.h"

struct register_data {
	struct org *orgs;		/* by id */
	size_t norgs;
	struct delegation *dels;	/* by id */
	size_t ndels;
	struct document *docs;		/* by id, with text, result and clauses */
	size_t ndocs;
	struct review *reviews;		/* by id, with answers */
	size_t nreviews;
	struct cert *certs;		/* by id */
	size_t ncerts;
	struct incident *incidents;	/* by id, with their steps */
	size_t nincidents;
	struct audit_record *audit;	/* by seq */
	size_t naudit;
};

void register_data_free(struct register_data *);
int store_register_read(struct store *, struct register_data *, struct error *);
/* False when any register table (or the audit trail) has a row. */
int store_register_empty(struct store *, bool *, struct error *);
/*
 * Insert everything as it is: IDs, timestamps, the superseded links and
 * the audit records verbatim (their chain is the caller's to check).
 * Must be called inside store_begin()/store_commit() on an empty register.
 */
int store_register_write(struct store *, const struct register_data *,
    struct error *);
/*
 * The current (not superseded) document of each delegation with its
 * clause rows in ruleset order, without text or result, by delegation.
 */
int store_register_current_clauses(struct store *, struct document **,
    size_t *, struct error *);

#endif
