/*
 * Safeguard checklists: XML data in contract-templates/checklists/,
 * validated against checklist.rng beside it, and the answers a reviewer
 * fills in by hand.
 *
 * An answer file has one line per item: the item id, then ok, ng or na,
 * then an optional note to the end of the line.  Lines whose first
 * non-blank character is '#' are comments; blank lines are ignored.
 * Every item must be answered exactly once.
 */
#ifndef ITAKU_CHECKLIST_H
#define ITAKU_CHECKLIST_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

#define CHECKLIST_DEFAULT "safeguards"
#define CHECKLIST_MAX_SIZE (1024 * 1024)	/* the XML file */
#define ANSWERS_MAX_SIZE (64 * 1024)		/* an answer file */
#define ANSWERS_MAX_LINE 2048
#define ANSWERS_MAX_NOTE 1000

struct checklist_item {
	char *id;		/* "org-1" */
	char *ref;		/* where the guideline asks for it, or NULL */
	char *ja, *en;
	size_t group;		/* index into groups */
};

struct checklist_group {
	char *id;		/* "org" */
	char *ja, *en;
};

struct checklist {
	char *id;		/* "safeguards" */
	int version;
	char *ja, *en;		/* the title */
	struct checklist_group *groups;
	size_t ngroups;
	struct checklist_item *items;
	size_t nitems;
};

enum answer_value { ANSWER_OK, ANSWER_NG, ANSWER_NA };

struct answer {
	size_t item;		/* index into the checklist's items */
	enum answer_value value;
	char *note;		/* "" when none */
	long line;		/* where it was written */
};

/* Answers in checklist order: v[i].item == i. */
struct answers {
	struct answer *v;
	size_t n;
};

/*
 * Load contract-templates/checklists/NAME.xml and validate it against
 * checklist.rng in the same directory.  NAME is a plain word.
 */
int checklist_load(const char *name, struct checklist *, struct error *);
/* The same from explicit paths (tests, other directories). */
int checklist_load_file(const char *xml, const char *rng, struct checklist *,
    struct error *);
void checklist_free(struct checklist *);
/* "safeguards/1": what a review records as the checklist it answered. */
int checklist_label(const struct checklist *, char *buf, size_t size);
long checklist_find(const struct checklist *, const char *id);
/* The item's or group's text in lang ("ja" or "en"). */
const char *checklist_item_text(const struct checklist_item *, const char *lang);
const char *checklist_group_text(const struct checklist_group *, const char *lang);

/* A blank answer file with every item, in lang; malloc'd, NULL when out of memory. */
char *checklist_template(const struct checklist *, const char *lang);

/* Parse a filled-in answer file; name is used in messages as "name:line: ...". */
int answers_parse(const struct checklist *, const char *name, const char *buf,
    size_t len, struct answers *, struct error *);
/* Read (at most ANSWERS_MAX_SIZE bytes of) path and parse it. */
int answers_read(const struct checklist *, const char *path, struct answers *,
    struct error *);
void answers_free(struct answers *);

const char *answer_name(enum answer_value);	/* "ok", "ng", "na" */
bool answer_from_name(const char *, enum answer_value *);

#endif
