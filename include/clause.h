/*
 * The clause checker: match a document's text against a ruleset and say,
 * clause by clause, whether it is present and where (which article,
 * paragraph and item, and the sentence itself).  Pure logic; the result
 * owns copies of everything it shows so it outlives the ruleset, e.g. for
 * `contract import` to store (ruleset id and version, per-clause status
 * and evidence).
 *
 * Rule semantics (see contract-templates/rulesets/ruleset.rng): a rule
 * anchors on its first <require> group (or on any of them when min is
 * given); the sentence holding the anchor must have the other groups
 * within the rule's scope (sentence, paragraph block, article, document),
 * no <unless> group within that condition's scope, a <heading> match on
 * the heading of an enclosing article or item, and each <context> group
 * within its scope.  Only text inside sentences counts, not headings.
 * A clause none of whose rules match is still present when a clause named
 * by its <implied-by> is present (by its own rules or, in turn, implied);
 * it then carries that clause's evidence, with rule -1.
 */
#ifndef ITAKU_CLAUSE_H
#define ITAKU_CLAUSE_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "ruleset.h"

#define CLAUSE_MAX_EVIDENCE 5

struct clause_evidence {
	char *article;		/* 第7条, Article 4, 5, 別表; "" in the preamble */
	char *heading;		/* 再委託; "" when none */
	char *paragraph;	/* 第2項, 7.2, (2); "" */
	char *item;		/* 第三号, (1), ①, ア; "" */
	char *where;		/* 第7条（再委託）第2項 */
	char *text;		/* the sentence, quoted from the original */
	size_t offset;		/* its byte offset in the original text */
	int rule;		/* which rule of the clause matched (0-based);
				   -1: evidence of the implying clause */
};

struct clause_result {
	char *id, *title_ja, *title_en, *source, *model;
	bool present;
	char *implied_by;	/* id of the clause whose evidence stands in
				   (<implied-by>), NULL when its own rules match */
	struct clause_evidence *ev;
	size_t nev;
};

struct check_result {
	char *ruleset_id, *ruleset_version, *ruleset_title, *ruleset_lang;
	bool english;		/* the document is predominantly English */
	struct clause_result *clauses;	/* in ruleset order */
	size_t nclauses;
	size_t present, missing;
};

int clause_check(const struct ruleset *, const char *text, size_t len,
    struct check_result *, struct error *);
void check_result_free(struct check_result *);
/* "gdpr-art28" for a predominantly English text, else "meti". */
const char *clause_auto_ruleset(const char *text, size_t len);

#endif
