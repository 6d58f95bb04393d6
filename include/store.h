/*
 * The store: the only module that speaks SQL.  An embedded SQLite database
 * (WAL, foreign keys, a busy timeout so cron and a person can share it),
 * migrated by PRAGMA user_version and recognised by its application_id.
 *
 * Every write happens between store_begin() and store_commit(); a command
 * that fails calls store_rollback() and leaves nothing half-written.
 * Functions return an enum status and fill the struct error.
 */
#ifndef ITAKU_STORE_H
#define ITAKU_STORE_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

struct store;

#define STORE_APPLICATION_ID 0x4954414b	/* "ITAK" */
#define STORE_SCHEMA_VERSION 2

/* An in-memory database, for tests: nothing touches the file system. */
#define STORE_MEMORY ":memory:"

/* Open path, creating it (mode 0600, parent directories 0700) if missing. */
int store_open(const char *path, struct store **, struct error *);
void store_close(struct store *);
/* True when group or others may read the database file. */
bool store_exposed(const struct store *);
int store_schema_version(struct store *);

/* Who is changing things, recorded in the audit trail. */
void store_set_actor(struct store *, const char *user, const char *command);
const char *store_actor_user(const struct store *);
const char *store_actor_command(const struct store *);

int store_begin(struct store *, struct error *);	/* BEGIN IMMEDIATE */
int store_commit(struct store *, struct error *);
void store_rollback(struct store *);

/* Organisations. */
struct org {
	long id;
	char *name;
	char *corporate_number;	/* 13 digits or NULL */
	char *address;
	char *country;		/* ISO 3166 alpha-2, "JP" by default */
	char *contact;
	char *notes;
	bool is_root;		/* the entrusting business itself */
	char *created_at;
};

void org_free(struct org *);
void org_list_free(struct org *, size_t);
int store_org_insert(struct store *, struct org *, struct error *);	/* sets id */
int store_org_update(struct store *, const struct org *, struct error *);
/* ST_DATA "organisation N: no such organisation" when absent. */
int store_org_get(struct store *, long id, struct org *, struct error *);
int store_org_root(struct store *, long *id, struct error *);	/* 0 when none */
/* Organisations whose name equals, or failing that contains, name. */
int store_org_match(struct store *, const char *name, struct org **, size_t *, struct error *);
int store_org_list(struct store *, struct org **, size_t *, struct error *);

/* Delegations (委託): parent entrusts personal data to child. */
struct delegation {
	long id;
	long parent_id, child_id;
	char *data_items;	/* the personal data entrusted */
	char *purpose;
	long people;		/* -1 when unknown */
	bool sensitive;		/* 要配慮個人情報 */
	bool credit_card;
	char *start_date, *end_date;	/* YYYY-MM-DD or NULL */
	char *ended_on;			/* set by "delegate end" */
	char *risk;			/* high, medium, low */
	int review_months;		/* 0: from the risk tier */
	char *approved_on, *approved_by, *approval_ref;	/* prior approval of a re-delegation */
	char *notes;
	char *created_at;
};

void delegation_free(struct delegation *);
void delegation_list_free(struct delegation *, size_t);
int store_delegation_insert(struct store *, struct delegation *, struct error *);
int store_delegation_update(struct store *, const struct delegation *, struct error *);
int store_delegation_get(struct store *, long id, struct delegation *, struct error *);
/* All delegations, ordered by id. */
int store_delegation_list(struct store *, struct delegation **, size_t *, struct error *);

/* The audit trail: append-only, each record hashed with its predecessor. */
struct audit_record {
	long seq;
	char *at;		/* UTC, ISO 8601 */
	char *user;
	char *command;
	char *entity;		/* "org", "delegation", ... */
	long entity_id;
	char *action;		/* "add", "edit", "end", "approve", ... */
	char *old_value;	/* JSON or NULL */
	char *new_value;	/* JSON or NULL */
	char *prev_hash;
	char *hash;
};

void audit_record_free(struct audit_record *);
int store_audit_insert(struct store *, const struct audit_record *, struct error *);
/* The last record's seq and hash; seq 0 and an empty hash when there is none. */
int store_audit_head(struct store *, long *seq, char hash[65], struct error *);
/* What the meta table says the head is (to notice a removed tail). */
int store_audit_meta_head(struct store *, long *seq, char hash[65], struct error *);
typedef int audit_visit_fn(const struct audit_record *, void *);
/* Visit records in seq order; a non-zero return from fn stops and is returned. */
int store_audit_each(struct store *, long since_seq, audit_visit_fn *, void *, struct error *);

/* Contract documents imported against a delegation, with their check. */
struct document_clause {
	char *clause;		/* "term" */
	char *title;
	bool present;
	char *article;		/* where the first evidence is, "" when missing */
	char *evidence;		/* JSON array */
};

struct document {
	long id;
	long delegation_id;
	char *sha256;		/* of the file's bytes, hex */
	char *filename;
	char *format, *encoding;
	long size;
	char *text;		/* NULL in listings */
	char *ruleset, *ruleset_version;
	int present, missing;
	char *result;		/* the whole check as JSON; NULL in listings */
	char *imported_at;
	long superseded_by;	/* 0 while current */
	struct document_clause *clauses;
	size_t nclauses;
};

void document_free(struct document *);
void document_list_free(struct document *, size_t);
/* The document of a delegation with these bytes, 0 when none. */
int store_document_find(struct store *, long delegation_id, const char *sha256,
    long *id, struct error *);
/* Insert d with its clauses and make it the delegation's current document. */
int store_document_insert(struct store *, struct document *, struct error *);
int store_document_get(struct store *, long id, struct document *, struct error *);
/* Documents of one delegation (0: all), newest first, without text and result. */
int store_document_list(struct store *, long delegation_id, struct document **,
    size_t *, struct error *);

/* Contracts: the current (not superseded) document of each delegation. */
struct contract_summary {
	long delegation_id;
	long document_id;
	int present, missing;
	char *missing_ids;	/* "term,status-report" */
};

void contract_summary_list_free(struct contract_summary *, size_t);
int store_contract_summaries(struct store *, struct contract_summary **,
    size_t *, struct error *);

#endif
