/*
 * Incidents (事故又は違反への対処): a leak, loss or damage of personal
 * data (漏えい、滅失又は毀損) at any level of the chain, the response
 * steps of the METI guideline (ア)-(カ), and the reporting deadlines of
 * APPI Article 26 and PPC Rules Articles 7-10.
 *
 * Deadlines, all counted from the day the incident was discovered (知った
 * 日), which is day 1 as the PPC guideline 3-5-3-4 (※2) says, and moved
 * to the next business day when they fall on a weekend, a national
 * holiday or 29 December - 3 January (行政機関の休日に関する法律 第1条):
 *
 *	notice	the outsourcee's notice up the chain to the entrusting
 *		business (規則第9条, 「速やかに」): notice_days business days
 *		after discovery, the next business day by default;
 *	quick	the quick report to the PPC (速報, 規則第8条第1項,
 *		「速やかに」, 概ね3～5日以内): the 5th day;
 *	final	the final report (確報, 規則第8条第2項): the 30th day, the
 *		60th when an unlawful purpose (第7条第3号) may be involved.
 *
 * They apply only to a reportable incident (any trigger of 規則第7条).
 * Every incident also brings the delegation a follow-up review of the
 * outsourcee's safeguards INCIDENT_REVIEW_DAYS after discovery, unless
 * one is recorded after the discovery.
 */
#ifndef ITAKU_INCIDENT_H
#define ITAKU_INCIDENT_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "date.h"
#include "error.h"
#include "findings.h"
#include "graph.h"
#include "schedule.h"
#include "store.h"
#include "store_incident.h"

#define INCIDENT_QUICK_DAY	5	/* 速報: the 5th day, discovery being day 1 */
#define INCIDENT_FINAL_DAY	30	/* 確報 */
#define INCIDENT_FINAL_DAY_UNLAWFUL 60
#define INCIDENT_NOTICE_DAYS	1	/* business days to notify up the chain */
#define INCIDENT_NOTICE_MAX	30
#define INCIDENT_REVIEW_DAYS	30	/* the follow-up review after an incident */

/* In display order; names are what "incident step" takes. */
enum incident_step {
	ISTEP_NOTICE,		/* 委託元への通知 (規則第9条) */
	ISTEP_FACT,		/* (ア) 事実調査・原因の究明 */
	ISTEP_SCOPE,		/* (イ) 影響範囲の特定 */
	ISTEP_PREVENTION,	/* (ウ) 再発防止策の検討・実施 */
	ISTEP_NOTIFY,		/* (エ) 本人への連絡 (法第26条第2項) */
	ISTEP_REPORT_QUICK,	/* (オ) 速報 */
	ISTEP_REPORT_FINAL,	/* (オ) 確報 */
	ISTEP_PUBLISH,		/* (カ) 公表 */
	ISTEP_N
};

const char *incident_step_name(enum incident_step);	/* "fact" */
const char *incident_step_letter(enum incident_step);	/* "a", "e1"; "" for notice */
const char *incident_step_title(enum incident_step);	/* Japanese */
/* A step by name or by letter ("a" .. "f", "e1", "e2"); -1 when unknown. */
int incident_step_parse(const char *);
/* "notice, fact (a), ..." for error messages. */
const char *incident_step_names(void);

/* Any trigger of 規則第7条 applies: the PPC and the people must be told. */
bool incident_reportable(const struct incident *);
/*
 * Closing needs fact, scope and prevention always; for a reportable
 * incident also the notice, the people's notification and both reports
 * (a final report filed at once stands for the quick one too).
 */
bool incident_step_required(const struct incident *, enum incident_step);
/* When the step was recorded as done. */
bool incident_step_done(const struct incident *, enum incident_step,
    struct date *);
/* The deadline of a step: only notice, quick and final of a reportable incident have one. */
bool incident_deadline(const struct incident *, enum incident_step,
    struct date *);
/* The follow-up review: INCIDENT_REVIEW_DAYS after discovery. */
struct date incident_review_due(const struct incident *);

/* Where a step stands on a day. */
enum step_state {
	STEP_DONE,		/* recorded */
	STEP_OPEN,		/* required or useful, no deadline, not recorded */
	STEP_DUE,		/* deadline today or ahead */
	STEP_OVERDUE,		/* deadline passed */
	STEP_OPTIONAL		/* not required and not recorded */
};

struct step_status {
	enum step_state state;
	bool required;
	bool has_deadline;
	struct date deadline;
	struct date done_on;	/* STEP_DONE */
	long days;		/* DUE: days left; OVERDUE: days since; DONE: days late */
};

void incident_status(const struct incident *, struct date today,
    struct step_status v[ISTEP_N]);

/* Triggers the delegation's own data suggests that the incident does not set. */
#define SUGGEST_SENSITIVE	0x1	/* the delegation carries 要配慮個人情報 */
#define SUGGEST_FINANCIAL	0x2	/* credit card data: financial damage */
#define SUGGEST_OVER_1000	0x4	/* the delegation covers more than 1,000 people */
unsigned incident_suggestions(const struct incident *, const struct delegation *);

/*
 * Validate and insert (and audit) an incident, inside the caller's
 * transaction: the delegation exists, dates are real, discovery is not
 * after today and occurrence not after discovery, the text is sane.
 * More than 1,000 people sets over_1000.  Sets in->id.
 */
int incident_create(struct store *, struct incident *, struct date today,
    struct error *);
/* What "incident edit" changes; NULL, -2 (people), -1 (notice_days) keep. */
#define CHANGE_SENSITIVE	0x1
#define CHANGE_FINANCIAL	0x2
#define CHANGE_UNLAWFUL		0x4
#define CHANGE_OVER_1000	0x8
struct incident_change {
	char *occurred_on, *what, *notes;	/* borrowed, from argv */
	long people;
	int notice_days;
	unsigned set;		/* CHANGE_* of the triggers given */
	bool sensitive, financial, unlawful, over_1000;
};

/*
 * Change an incident (and audit old and new), as incident_create
 * validates.  Triggers found later do not move the deadlines: they stay
 * counted from the discovery, the earliest the business can have known.
 */
int incident_modify(struct store *, long id, const struct incident_change *,
    struct date today, struct error *);
/* Record (or correct) a step done on a day between discovery and today. */
int incident_record_step(struct store *, long id, enum incident_step,
    struct date on, const char *notes, struct date today, struct error *);
/*
 * Close an open incident.  Refused (ST_DATA, naming the missing steps)
 * while required steps are missing, unless reason says why.
 */
int incident_close(struct store *, long id, struct date on,
    const char *reason, struct date today, struct error *);

/*
 * The follow-up review of an incident's delegation: due, and whether a
 * review after the discovery exists (its date in *review_on).
 */
int incident_followup(struct store *, const struct incident *, struct date *due,
    bool *done, struct date *review_on, struct error *);

/*
 * Append to l what incidents make due: the open incidents' deadlines not
 * yet met (DUE_INCIDENT_NOTICE, _QUICK, _FINAL) and the follow-up
 * reviews of active delegations (DUE_INCIDENT_REVIEW), overdue on today
 * or due within days; then sort l again.  last holds the latest review
 * of each delegation, ordered by delegation id (store_review_last()).
 */
int incident_due(struct store *, const struct graph *,
    const struct review_last *, size_t nlast, struct date today, int within,
    struct due_list *, struct error *);
/* A FIND_INCIDENT for every open incident on an active delegation. */
int incident_findings(struct store *, const struct graph *, struct date today,
    struct findings *, struct error *);

/* The incident as stored (for the audit trail and JSON output). */
json_t *incident_json(const struct incident *);

#endif
