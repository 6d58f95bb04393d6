/* Organisations: validation, lookup by ID or name, changes with audit. */
#ifndef ITAKU_ORG_H
#define ITAKU_ORG_H

#include <stdbool.h>

#include <jansson.h>

#include "error.h"
#include "store.h"

/* 法人番号: 13 digits whose first digit is the check digit of the other 12. */
bool org_corporate_number_valid(const char *);
/* ISO 3166-1 alpha-2: two upper-case letters. */
bool org_country_valid(const char *);

/*
 * Resolve a reference typed by a person: a number is an ID; otherwise an
 * exact name, or failing that the one name containing it.  Ambiguity is
 * an ST_DATA error listing the candidates.
 */
int org_resolve(struct store *, const char *ref, long *id, struct error *);

/* Validate and insert (and audit) a new organisation; sets o->id. */
int org_create(struct store *, struct org *, struct error *);
/* Validate and store the edited o (same id as old), auditing old and new. */
int org_modify(struct store *, const struct org *old, const struct org *o,
    struct error *);

json_t *org_json(const struct org *);

#endif
