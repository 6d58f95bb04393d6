#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "error.h"

int
error_set(struct error *e, int status, const char *fmt, ...)
{
	va_list ap;

	if (e == NULL || e->status != ST_OK)
		return e ? e->status : status;
	e->status = status;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	va_end(ap);
	return status;
}

void
error_prefix(struct error *e, const char *fmt, ...)
{
	char prefix[256], old[sizeof(e->msg)];
	va_list ap;

	if (e == NULL || e->status == ST_OK)
		return;
	va_start(ap, fmt);
	vsnprintf(prefix, sizeof(prefix), fmt, ap);
	va_end(ap);
	memcpy(old, e->msg, sizeof(old));
	/* Truncation is fine here: a long message is still a message. */
	if (snprintf(e->msg, sizeof(e->msg), "%s: %.900s", prefix, old) < 0)
		e->msg[0] = '\0';
}

void
error_clear(struct error *e)
{
	e->status = ST_OK;
	e->msg[0] = '\0';
}
