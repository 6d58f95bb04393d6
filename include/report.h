/*
 * The report for management and auditors (経営者への報告, 監査証跡): every
 * figure, list and matrix it shows, gathered from the store in one go and
 * held in memory, so that the renderers (HTML, Markdown, CSV) only print.
 */
#ifndef ITAKU_REPORT_H
#define ITAKU_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "date.h"
#include "error.h"
#include "findings.h"
#include "graph.h"
#include "schedule.h"
#include "store.h"
#include "store_incident.h"
#include "tree.h"

/* Per delegation (indexed like the graph's), for tables and the CSV. */
struct report_del {
	int level;		/* 1 委託先, 2 再委託先, ...; 0 unconnected */
	bool active;
	long document_id;	/* the current contract, 0 when none */
	int present, total;	/* its clauses found / checked */
	bool has_next;		/* active: when it is next due for review */
	struct date next;
	enum due_kind next_kind;
};

/* Contracts checked against one ruleset: rows × clauses. */
struct report_matrix_row {
	size_t del;			/* delegation index */
	const struct document *doc;	/* in report.docs */
	signed char *cell;		/* per column: 1 present, 0 missing, -1 not checked */
	const char **article;		/* per column: where it was found, "" */
};

struct report_matrix {
	const char *ruleset;		/* "meti" */
	const char **clause;		/* column clause ids, ruleset order */
	const char **title;		/* column titles */
	size_t ncols;
	struct report_matrix_row *rows;	/* by delegation id */
	size_t nrows;
};

/* An organisation serving several contractors (in-degree >= 2). */
struct report_conc {
	size_t org;		/* org index */
	size_t *dels;		/* the active delegations into it */
	size_t n;
};

struct report {
	struct date as_of;
	int within;		/* days ahead counted as upcoming */
	struct graph g;
	struct findings f;
	struct tree_view tree;	/* active delegations from the root */
	struct due_list due;	/* overdue first, then upcoming */
	struct document *docs;	/* current contracts with clause rows */
	size_t ndocs;
	struct report_del *dels;

	/* Summary figures (active delegations only). */
	size_t orgs, active, ended;
	size_t *by_level;	/* by_level[1 .. maxlevel] */
	int maxlevel;
	size_t sensitive, credit_card;
	long people;		/* summed over direct contractors: an upper bound */
	size_t people_unknown;	/* direct contractors with no count */
	size_t with_contract, clauses_present, clauses_total;
	size_t unapproved;	/* FIND_UNAPPROVED findings */

	struct report_matrix *matrices;
	size_t nmatrices;
	struct report_conc *conc;
	size_t nconc;
	struct incident *incidents;	/* open ones, by id */
	size_t nincidents;
};

int report_build(struct store *, const struct config *, struct date today,
    int within, struct report *, struct error *);
void report_free(struct report *);
/* "#3 委託元 › A社" style labels need the graph: the org name of a delegation's child. */
const char *report_child_name(const struct report *, size_t del);
const char *report_parent_name(const struct report *, size_t del);

#endif
