/*
 * Clause rulesets: XML files validated against ruleset.rng.  A ruleset
 * holds word groups (terms and PCRE2 regular expressions), aliases that
 * add a document's own defined terms to a group, and clauses; a clause is
 * present when any of its rules matches, or when a clause that implies it
 * is present (see ruleset.rng and clause.h).
 */
#ifndef ITAKU_RULESET_H
#define ITAKU_RULESET_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

enum rscope { RS_SENTENCE, RS_PARAGRAPH, RS_ARTICLE, RS_DOCUMENT };

struct rgroup {
	char *name;		/* NULL for a group written inside a rule */
	char *pattern;		/* the alternation handed to PCRE2 */
	void *code;		/* pcre2_code_8 */
	int alias;		/* index into aliases that extends it, -1 none */
	int line;
};

struct rcond {
	int group;
	enum rscope scope;
};

struct rrule {
	enum rscope scope;
	size_t min;		/* require groups that must match; all by default */
	struct rcond *req, *unless, *context;
	size_t nreq, nunless, ncontext;
	int *heading;		/* groups of which one must match the heading */
	size_t nheading;
	int line;
};

/*
 * A clause may be implied by others (<implied-by clause="…"/>): a rule that
 * re-delegation needs the entrusting party's approval is itself a rule on
 * re-delegation.  When none of the clause's own rules match, it is present
 * if an implying clause is, with that clause's evidence.
 */
struct rclause {
	char *id, *title_ja, *title_en, *source, *model;
	struct rrule *rules;
	size_t nrules;
	char **implied_ids;	/* as written */
	int *implied_by;	/* indices into the ruleset's clauses */
	size_t nimplied;
};

struct ralias {
	int group;
	void **codes;		/* pcre2_code_8; capture 1 is the defined term */
	char **pats;		/* the expression of each code */
	bool *ctx;		/* <re context="document">: the term counts only
				   when the group occurs in the document by its
				   own words or by the other expressions */
	void **keys;		/* <re key="…">: pcre2_code_8 or NULL; the
				   expression is tried only on the lines
				   where its key matches */
	char **keypats;		/* the key's expression, NULL when none */
	size_t ncodes;
	bool chain;		/* <alias chain="yes">: a term defined from a
				   term found (保存文書を収納した箱（以下
				   「保存箱」という。）) is one too */
};

struct ruleset {
	char *id, *version, *lang, *title, *path;
	struct rgroup *groups;
	size_t ngroups;
	struct ralias *aliases;
	size_t naliases;
	struct rclause *clauses;
	size_t nclauses;
};

/*
 * Load a ruleset file and validate it against the RELAX NG schema.  Errors:
 * ST_FILE when unreadable, ST_DATA with "file:line: why" when invalid.
 */
int ruleset_load(const char *path, const char *schema, struct ruleset **,
    struct error *);
int ruleset_load_mem(const char *name, const char *xml, size_t len,
    const char *schema, struct ruleset **, struct error *);
void ruleset_free(struct ruleset *);
/* The schema shipped in the data directory. */
const char *ruleset_schema_path(char *buf, size_t size);
/*
 * Load by ID or path in one go, with the shipped schema: anything with a
 * '/' or ending in .xml is a file, an ID names
 * contract-templates/rulesets/ID.xml in the data directory.  Unknown IDs
 * are ST_DATA.
 */
int ruleset_open(const char *arg, struct ruleset **, struct error *);
const struct rclause *ruleset_clause(const struct ruleset *, const char *id);

#endif
