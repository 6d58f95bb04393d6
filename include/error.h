/*
 * Errors travel up as a status and a message; only main() prints them,
 * as "itaku: <what>: <why>".  The status is the process exit status.
 */
#ifndef ITAKU_ERROR_H
#define ITAKU_ERROR_H

enum status {
	ST_OK = 0,		/* success */
	ST_FINDINGS = 1,	/* the command worked and found something to act on */
	ST_USAGE = 2,		/* bad command line */
	ST_DATA = 3,		/* bad or unknown input value: date, ID, name, cycle */
	ST_FILE = 4,		/* a file could not be read, or is not a document we read */
	ST_DB = 5,		/* the database is not ours, too new, locked or corrupt */
	ST_INTERNAL = 6		/* out of memory or a bug */
};

struct error {
	int status;
	char msg[1024];
};

/* Set the first error only; a later error never hides the cause.  Returns status. */
int error_set(struct error *, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Prefix the existing message with "what: ". */
void error_prefix(struct error *, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void error_clear(struct error *);

#endif
