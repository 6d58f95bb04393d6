/* Text, JSON and iCalendar for reviews, certifications and due items. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "render_due.h"
#include "strbuf.h"
#include "table.h"
#include "utf8.h"

#define CHAIN_MAX 64
#define CHAIN_SEP " \xe2\x80\xba "	/* " › " */

char *
render_chain(const struct graph *g, size_t del)
{
	struct strbuf sb = STRBUF_INIT;
	size_t path[CHAIN_MAX], n;
	long p, c;
	int fail = 0;

	n = graph_chain(g, del, path, CHAIN_MAX);
	if (n == 0) {
		/* Not connected to the root: show the one edge we know. */
		p = graph_org(g, g->dels[del].parent_id);
		c = graph_org(g, g->dels[del].child_id);
		fail |= sb_printf(&sb, "%s" CHAIN_SEP "%s",
		    p >= 0 ? g->orgs[p].name : "?", c >= 0 ? g->orgs[c].name : "?");
	}
	for (size_t i = 0; i < n; i++)
		fail |= sb_printf(&sb, "%s%s", i ? CHAIN_SEP : "",
		    g->orgs[path[i]].name);
	if (fail) {
		sb_free(&sb);
		return NULL;
	}
	return sb_detach(&sb);
}

static json_t *
chain_json(const struct graph *g, size_t del)
{
	size_t path[CHAIN_MAX], n;
	json_t *a;
	long p, c;

	if ((a = json_array()) == NULL)
		return NULL;
	n = graph_chain(g, del, path, CHAIN_MAX);
	if (n == 0) {
		p = graph_org(g, g->dels[del].parent_id);
		c = graph_org(g, g->dels[del].child_id);
		json_array_append_new(a, json_string(p >= 0 ? g->orgs[p].name : "?"));
		json_array_append_new(a, json_string(c >= 0 ? g->orgs[c].name : "?"));
	}
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_string(g->orgs[path[i]].name));
	return a;
}

int
render_due_text(FILE *fp, const struct graph *g, const struct due_list *l)
{
	char when[80], date[DATE_STRLEN], *chain;

	for (size_t i = 0; i < l->n; i++) {
		const struct due_item *it = &l->v[i];

		if (i == 0 && l->noverdue > 0)
			fprintf(fp,
			    _("Overdue (%zu), oldest first:\n"), l->noverdue);
		if (i == l->noverdue)
			fprintf(fp, _("%sDue within %d days (%zu), soonest "
			    "first:\n"),
			    i ? "\n" : "", l->within, l->n - l->noverdue);
		date_format(it->due, date);
		if (it->overdue)
			snprintf(when, sizeof(when),
			    _("overdue since %s (%ld days)"), date, it->days);
		else if (it->days == 0)
			snprintf(when, sizeof(when), _("due today %s"), date);
		else
			snprintf(when, sizeof(when), _("due %s (in %ld days)"),
			    date, it->days);
		if ((chain = render_chain(g, it->del)) == NULL)
			return -1;
		fputs("  ", fp);
		utf8_pad(fp, when, 37);
		fprintf(fp, "%-15s #%-5ld %s\n      %s\n",
		    due_kind_name(it->kind), it->delegation_id, chain, it->detail);
		free(chain);
	}
	return 0;
}

static json_t *
item_json(const struct graph *g, const struct due_item *it)
{
	char date[DATE_STRLEN], *chain;
	json_t *j;

	date_format(it->due, date);
	if ((chain = render_chain(g, it->del)) == NULL)
		return NULL;
	j = json_pack("{s:s, s:s, s:I, s:s, s:I, s:o, s:s, s:s, s:I, s:b, s:s}",
	    "kind", due_kind_name(it->kind),
	    "title", due_kind_title(it->kind),
	    "delegation", (json_int_t)it->delegation_id,
	    "organisation", graph_org_name(g, it->org_id),
	    "organisation_id", (json_int_t)it->org_id,
	    "chain", chain_json(g, it->del),
	    "path", chain,
	    "due", date,
	    "days", (json_int_t)it->days,
	    "overdue", it->overdue,
	    "detail", it->detail);
	free(chain);
	if (j != NULL && it->kind == DUE_CERT &&
	    json_object_set_new(j, "certification", json_integer(it->cert_id)) != 0) {
		json_decref(j);
		return NULL;
	}
	if (j != NULL && it->incident_id > 0 &&
	    json_object_set_new(j, "incident", json_integer(it->incident_id)) != 0) {
		json_decref(j);
		return NULL;
	}
	return j;
}

json_t *
render_due_json(const struct graph *g, const struct due_list *l)
{
	json_t *root, *over, *up, *it;
	char date[DATE_STRLEN];

	date_format(l->as_of, date);
	over = json_array();
	up = json_array();
	root = json_pack("{s:s, s:o, s:o}", "as_of", date, "overdue", over,
	    "upcoming", up);
	if (root == NULL)
		return NULL;
	for (size_t i = 0; i < l->n; i++) {
		if ((it = item_json(g, &l->v[i])) == NULL ||
		    json_array_append_new(i < l->noverdue ? over : up, it) != 0) {
			json_decref(root);
			return NULL;
		}
	}
	return root;
}

/*
 * Write one content line, folded so that no line exceeds 75 octets
 * (RFC 5545 3.1) and never inside a UTF-8 sequence.
 */
static void
ics_fold(FILE *fp, const char *s)
{
	size_t len = strlen(s), room = 75, n;

	while (len > room) {
		n = room;
		while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
		fwrite(s, 1, n, fp);
		fputs("\r\n ", fp);
		s += n;
		len -= n;
		room = 74;	/* the leading space counts */
	}
	fwrite(s, 1, len, fp);
	fputs("\r\n", fp);
}

static int
ics_raw(FILE *fp, const char *name, const char *value)
{
	struct strbuf sb = STRBUF_INIT;

	if (sb_printf(&sb, "%s:%s", name, value) == -1)
		return -1;
	ics_fold(fp, sb.buf);
	sb_free(&sb);
	return 0;
}

int
ics_text(FILE *fp, const char *name, const char *value)
{
	struct strbuf sb = STRBUF_INIT;
	int fail = 0;

	fail |= sb_printf(&sb, "%s:", name);
	for (const char *p = value; *p != '\0' && !fail; p++) {
		switch (*p) {
		case '\\':
		case ';':
		case ',':
			fail |= sb_addc(&sb, '\\');
			fail |= sb_addc(&sb, *p);
			break;
		case '\n':
			fail |= sb_adds(&sb, "\\n");
			break;
		case '\r':
			break;
		default:
			/* Other controls are not allowed in TEXT. */
			if ((unsigned char)*p >= 0x20 && *p != 0x7f)
				fail |= sb_addc(&sb, *p);
			break;
		}
	}
	if (fail) {
		sb_free(&sb);
		return -1;
	}
	ics_fold(fp, sb.buf);
	sb_free(&sb);
	return 0;
}

static int
ics_event(FILE *fp, const struct graph *g, const struct due_item *it,
    const char *stamp)
{
	char buf[64], start[9], end[9], date[DATE_STRLEN], *chain;
	struct strbuf sb = STRBUF_INIT;
	struct date next = date_add_days(it->due, 1);
	int fail = 0;

	snprintf(start, sizeof(start), "%04d%02d%02d", it->due.y, it->due.m,
	    it->due.d);
	snprintf(end, sizeof(end), "%04d%02d%02d", next.y, next.m, next.d);
	date_format(it->due, date);
	if ((chain = render_chain(g, it->del)) == NULL)
		return -1;
	fputs("BEGIN:VEVENT\r\n", fp);
	/* Stable across runs, so a subscribed calendar moves the event. */
	if (it->kind == DUE_CERT)
		snprintf(buf, sizeof(buf), "cert-%ld-%ld@itaku", it->cert_id,
		    it->delegation_id);
	else if (it->incident_id > 0)
		snprintf(buf, sizeof(buf), "%s-%ld@itaku", due_kind_name(it->kind),
		    it->incident_id);
	else
		snprintf(buf, sizeof(buf), "%s-%ld@itaku", due_kind_name(it->kind),
		    it->delegation_id);
	fail |= ics_text(fp, "UID", buf);
	fail |= ics_raw(fp, "DTSTAMP", stamp);
	fail |= ics_raw(fp, "DTSTART;VALUE=DATE", start);
	fail |= ics_raw(fp, "DTEND;VALUE=DATE", end);
	fail |= sb_printf(&sb, "%s%s %s: %s (#%ld)", it->overdue ? _("[overdue] ") : "",
	    due_kind_title(it->kind), due_kind_name(it->kind),
	    graph_org_name(g, it->org_id), it->delegation_id);
	if (!fail)
		fail |= ics_text(fp, "SUMMARY", sb.buf);
	sb_reset(&sb);
	fail |= sb_printf(&sb, "%s\n%s\n", chain, it->detail);
	fail |= sb_printf(&sb, it->overdue ? _("overdue since %s") : _("due %s"),
	    date);
	if (!fail)
		fail |= ics_text(fp, "DESCRIPTION", sb.buf);
	fputs("TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n", fp);
	sb_free(&sb);
	free(chain);
	return fail ? -1 : 0;
}

int
render_due_ics(FILE *fp, const struct graph *g, const struct due_list *l,
    time_t now)
{
	char stamp[32];
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%Y%m%dT%H%M%SZ", &tm);
	fputs("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
	    "PRODID:-//itaku//itaku " ITAKU_VERSION "//EN\r\n"
	    "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n", fp);
	if (ics_text(fp, "X-WR-CALNAME", _("itaku: outsourcee reviews due")) == -1)
		return -1;
	for (size_t i = 0; i < l->n; i++)
		if (ics_event(fp, g, &l->v[i], stamp) == -1)
			return -1;
	fputs("END:VCALENDAR\r\n", fp);
	return 0;
}

json_t *
render_review_json(const struct review *r, const char *org, const char *chain)
{
	json_t *j, *answers, *evidence;
	const char *p, *nl;

	answers = json_array();
	evidence = json_array();
	j = json_pack("{s:I, s:I, s:s?, s:s?, s:s, s:s, s:s, s:s, s:s, s:o, "
	    "s:s?, s:o, s:s}",
	    "id", (json_int_t)r->id,
	    "delegation", (json_int_t)r->delegation_id,
	    "organisation", org,
	    "path", chain,
	    "reviewed_on", r->reviewed_on,
	    "reviewer", r->reviewer,
	    "method", r->method,
	    "result", r->result,
	    "notes", r->notes,
	    "evidence", evidence,
	    "checklist", r->checklist,
	    "answers", answers,
	    "created_at", r->created_at);
	if (j == NULL)
		return NULL;
	for (p = r->evidence; p != NULL && *p != '\0'; p = nl ? nl + 1 : NULL) {
		nl = strchr(p, '\n');
		if (json_array_append_new(evidence, nl ? json_stringn(p, nl - p) :
		    json_string(p)) != 0)
			goto oom;
	}
	for (size_t i = 0; i < r->nanswers; i++)
		if (json_array_append_new(answers, json_pack("{s:s, s:s, s:s}",
		    "item", r->answers[i].item, "answer", r->answers[i].answer,
		    "note", r->answers[i].note)) != 0)
			goto oom;
	return j;
oom:
	json_decref(j);
	return NULL;
}

/* "  label:    " in columns, whatever the language. */
static void
label(FILE *fp, const char *s)
{
	fputs("  ", fp);
	utf8_pad(fp, s, 11);
}

int
render_review_text(FILE *fp, const struct review *r, const char *chain,
    const struct checklist *c, const char *lang)
{
	const char *p, *nl, *text;
	size_t ng = 0;
	long k;

	fprintf(fp,
	    _("review %ld of delegation #%ld"), r->id, r->delegation_id);
	fprintf(fp, "%s%s%s\n", chain ? " (" : "", chain ? chain : "",
	    chain ? ")" : "");
	label(fp, _("date:"));
	fprintf(fp, "%s\n", r->reviewed_on);
	label(fp, _("reviewer:"));
	fprintf(fp, "%s\n", r->reviewer);
	label(fp, _("method:"));
	fprintf(fp, "%s\n", r->method);
	label(fp, _("result:"));
	fprintf(fp, "%s\n", r->result);
	for (p = r->evidence; p != NULL && *p != '\0'; p = nl ? nl + 1 : NULL) {
		nl = strchr(p, '\n');
		label(fp, _("evidence:"));
		fprintf(fp, "%.*s\n", nl ? (int)(nl - p) : (int)strlen(p), p);
	}
	if (r->notes[0] != '\0') {
		label(fp, _("notes:"));
		fprintf(fp, "%s\n", r->notes);
	}
	if (r->checklist == NULL) {
		label(fp, _("checklist:"));
		fprintf(fp, "%s\n", _("none"));
		return 0;
	}
	for (size_t i = 0; i < r->nanswers; i++)
		ng += strcmp(r->answers[i].answer, "ng") == 0;
	label(fp, _("checklist:"));
	fprintf(fp, "%s, ", r->checklist);
	fprintf(fp, _("%zu items, %zu ng\n"), r->nanswers, ng);
	for (size_t i = 0; i < r->nanswers; i++) {
		const struct review_answer *a = &r->answers[i];

		text = NULL;
		if (c != NULL && (k = checklist_find(c, a->item)) >= 0)
			text = checklist_item_text(&c->items[k], lang);
		fprintf(fp, "  %-9s %s  %s", a->item, a->answer, text ? text : "");
		if (a->note[0] != '\0')
			fprintf(fp, "%s— %s", text ? " " : "", a->note);
		fputc('\n', fp);
	}
	return 0;
}

int
render_review_list_text(FILE *fp, const struct review *v, size_t n,
    const struct graph *g)
{
	static const char *head[] = { N_("ID"), N_("DATE"), N_("DELEGATION"),
	    N_("ORGANISATION"), N_("METHOD"), N_("RESULT"), N_("REVIEWER") };
	struct table t;
	char id[24], del[24];
	const char *row[7];
	long d;
	int rc = 0;

	table_init(&t, head, 7);
	for (size_t i = 0; i < n && rc == 0; i++) {
		snprintf(id, sizeof(id), "%ld", v[i].id);
		snprintf(del, sizeof(del), "#%ld", v[i].delegation_id);
		d = graph_del(g, v[i].delegation_id);
		row[0] = id;
		row[1] = v[i].reviewed_on;
		row[2] = del;
		row[3] = d >= 0 ? graph_org_name(g, g->dels[d].child_id) : "?";
		row[4] = v[i].method;
		row[5] = v[i].result;
		row[6] = v[i].reviewer;
		rc = table_add(&t, row);
	}
	if (rc == 0)
		table_print(fp, &t);
	table_free(&t);
	return rc;
}

json_t *
render_review_list_json(const struct review *v, size_t n, const struct graph *g)
{
	json_t *a, *j;
	char *chain;
	long d;

	if ((a = json_array()) == NULL)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		d = graph_del(g, v[i].delegation_id);
		chain = d >= 0 ? render_chain(g, (size_t)d) : NULL;
		j = render_review_json(&v[i], d >= 0 ?
		    graph_org_name(g, g->dels[d].child_id) : NULL, chain);
		free(chain);
		/* The list leaves answers to "review show". */
		if (j != NULL)
			json_object_del(j, "answers");
		if (j == NULL || json_array_append_new(a, j) != 0) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

json_t *
render_cert_json(const struct cert *c, const char *org)
{
	return json_pack("{s:I, s:I, s:s?, s:s, s:s?, s:s?, s:s, s:s?, s:s?}",
	    "id", (json_int_t)c->id,
	    "org_id", (json_int_t)c->org_id,
	    "organisation", org,
	    "kind", c->kind,
	    "ident", c->ident,
	    "issued_on", c->issued_on,
	    "expires_on", c->expires_on,
	    "notes", c->notes,
	    "created_at", c->created_at);
}

int
render_cert_list_text(FILE *fp, const struct cert *v, size_t n,
    const struct graph *g, struct date today)
{
	static const char *head[] = { N_("ID"), N_("ORGANISATION"), N_("KIND"),
	    N_("NUMBER"), N_("ISSUED"), N_("EXPIRES"), N_("STATUS") };
	struct table t;
	char id[24], status[48];
	const char *row[7];
	struct date exp;
	long left;
	int rc = 0;

	table_init(&t, head, 7);
	for (size_t i = 0; i < n && rc == 0; i++) {
		snprintf(id, sizeof(id), "%ld", v[i].id);
		if (!date_parse(v[i].expires_on, &exp))
			snprintf(status, sizeof(status), "?");
		else if ((left = date_diff(today, exp)) < 0)
			snprintf(status, sizeof(status),
			    _("expired %ld days ago"), -left);
		else
			snprintf(status, sizeof(status),
			    _("valid, %ld days left"), left);
		row[0] = id;
		row[1] = graph_org_name(g, v[i].org_id);
		row[2] = v[i].kind;
		row[3] = v[i].ident;
		row[4] = v[i].issued_on ? v[i].issued_on : "";
		row[5] = v[i].expires_on;
		row[6] = status;
		rc = table_add(&t, row);
	}
	if (rc == 0)
		table_print(fp, &t);
	table_free(&t);
	return rc;
}
