/*
 * Where the shipped data lives (contract-templates/, data/): $ITAKU_DATADIR,
 * else the directory of a running, uninstalled binary that has them, else
 * the compiled-in $(PREFIX)/share/itaku.
 */
#ifndef ITAKU_DATADIR_H
#define ITAKU_DATADIR_H

#include <stddef.h>

/* Full path of rel (e.g. "contract-templates/rulesets/meti.xml"); NULL if too long. */
const char *datadir_path(const char *rel, char *buf, size_t size);
const char *datadir(void);

#endif
