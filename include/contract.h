/*
 * Contracts on file: a document imported against a delegation is read,
 * hashed, checked against a ruleset, and stored with its text and check
 * results.  The same bytes imported again change nothing; a new document
 * supersedes the delegation's current one, and both stay listed.
 */
#ifndef ITAKU_CONTRACT_H
#define ITAKU_CONTRACT_H

#include <stdbool.h>

#include "clause.h"
#include "error.h"
#include "store.h"

struct contract_import {
	long document_id;
	bool unchanged;		/* these bytes were on file already */
	bool ruleset_auto;	/* the ruleset was chosen from the language */
	long superseded;	/* the document it replaced, 0 when none */
	char format[16];
	struct check_result res;	/* empty when unchanged */
};

/*
 * Import path against a delegation, checking it with ruleset (an ID or a
 * file; NULL to choose from the document's language).  Must be called
 * inside store_begin()/store_commit(); audited.
 */
int contract_import(struct store *, long delegation_id, const char *path,
    const char *ruleset, struct contract_import *, struct error *);
void contract_import_free(struct contract_import *);

/* Rebuild the check result stored with a document (from its JSON). */
int contract_result(const struct document *, struct check_result *,
    bool *ruleset_auto, struct error *);

#endif
