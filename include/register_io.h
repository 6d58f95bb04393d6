/*
 * The register as one JSON document, for `itaku export` and
 * `itaku import-register`: every organisation, delegation, document (text,
 * sha256, check result, clause rows, superseded links), review with its
 * answers, certification, incident with its steps and audit record, with their IDs.  Import is
 * strict: every field is checked (type, range, date, reference) before
 * anything is written, and the whole register goes in one transaction.
 *
 * The audit trail is carried over verbatim, its hash chain checked on the
 * way in, and the import itself is appended to it as one record, so the
 * imported register's history still verifies and says where it came from.
 */
#ifndef ITAKU_REGISTER_IO_H
#define ITAKU_REGISTER_IO_H

#include <stddef.h>

#include <jansson.h>

#include "error.h"
#include "store.h"
#include "store_register.h"

#define REGISTER_FORMAT "itaku-register"
#define REGISTER_VERSION 1
/* Larger files are refused before they are parsed. */
#define REGISTER_MAX_SIZE (256L * 1024 * 1024)

/* The register as JSON (new reference); NULL when memory ran out. */
json_t *register_to_json(const struct register_data *, const char *exported_at);
/*
 * Check j and convert it; on error, ST_DATA with "path.to.field: why"
 * (e.g. "delegations[3].start_date: 2026-02-30: not a date").
 */
int register_from_json(const json_t *j, struct register_data *, struct error *);

struct register_import {
	size_t orgs, dels, docs, reviews, certs, incidents, audit;
};

/*
 * Read, check and load the register in path into the empty store, in one
 * transaction; errors are prefixed with path.
 */
int register_import(struct store *, const char *path, struct register_import *,
    struct error *);

#endif
