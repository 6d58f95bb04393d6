/*
 * The user's configuration: $XDG_CONFIG_HOME/itaku/config, else
 * ~/.config/itaku/config.  Simple "key = value" lines; '#' starts a
 * comment.  A missing file means the defaults; an unknown key or a bad
 * value is an error naming file:line, so a typo is never silently ignored.
 */
#ifndef ITAKU_CONFIG_H
#define ITAKU_CONFIG_H

#include <stddef.h>

#include "error.h"

enum risk_tier { RISK_HIGH, RISK_MEDIUM, RISK_LOW, RISK_NTIERS };

struct config {
	int interval[RISK_NTIERS];	/* months between reviews, by risk tier */
	int followup_conditional;	/* months to a follow-up after "conditional" */
	int followup_fail;		/* months to a follow-up after "fail" */
	int due_within;			/* days ahead that "due" lists */
};

#define CONFIG_MAX_SIZE (64 * 1024)

void config_defaults(struct config *);
/* The path the configuration is read from; NULL when it does not fit. */
const char *config_path(char *buf, size_t size);
/* Read path over the defaults; a missing file is not an error. */
int config_load(const char *path, struct config *, struct error *);
/* Parse a configuration held in memory; name is used in messages. */
int config_parse(const char *name, const char *buf, size_t len,
    struct config *, struct error *);
/* config_defaults() then config_load(config_path()). */
int config_load_default(struct config *, struct error *);

/* "high", "medium", "low" to a tier; RISK_MEDIUM for anything else. */
enum risk_tier risk_tier(const char *);

#endif
