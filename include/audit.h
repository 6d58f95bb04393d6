/*
 * The audit trail (監査証跡): every change appends a record in the same
 * transaction, chained with SHA-256 so that a changed, removed or
 * reordered record is detected.
 */
#ifndef ITAKU_AUDIT_H
#define ITAKU_AUDIT_H

#include <jansson.h>

#include "error.h"

struct store;

/*
 * Append a record of a change to entity/id.  old and new are JSON values
 * (either may be NULL); the store's actor names the user and command.
 * Must be called inside store_begin()/store_commit().
 */
int audit_append(struct store *, const char *entity, long id,
    const char *action, json_t *old_value, json_t *new_value, struct error *);

struct audit_verdict {
	long records;		/* records checked */
	long bad_seq;		/* first bad record, 0 when all is well */
	char why[256];		/* what is wrong with it */
};

/* Check the whole chain.  A broken chain is not an error: see the verdict. */
int audit_verify(struct store *, struct audit_verdict *, struct error *);

/* The hex SHA-256 of a record's fields and its predecessor's hash. */
struct audit_record;
void audit_hash(const struct audit_record *, char hex[65]);

#endif
