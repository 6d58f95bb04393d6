/* Registers for unit tests, in memory: organisations and delegations. */
#ifndef ITAKU_TEST_FIXTURE_H
#define ITAKU_TEST_FIXTURE_H

#include <stdbool.h>

#include "config.h"
#include "delegation.h"
#include "store.h"

/* Point the configuration at nothing, so a user's own cannot leak in. */
void fx_no_config(void);
/* The default configuration. */
const struct config *fx_config(void);
/* A fresh in-memory database with a test actor; NULL on failure. */
struct store *fx_store(void);
/* Add an organisation and return its ID; fails the test on error. */
long fx_org(struct store *, const char *name, bool root);
/* Add d (its strings stay the caller's) and return its ID; fails the test on error. */
long fx_delegation(struct store *, struct delegation *d);

#endif
