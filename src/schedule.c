/* Temporary: replaced by the review scheduler. */
#include "schedule.h"

int
schedule_findings(struct store *s, const struct graph *g, struct date today,
    struct findings *f, struct error *e)
{
	(void)s; (void)g; (void)today; (void)f; (void)e;
	return ST_OK;
}
