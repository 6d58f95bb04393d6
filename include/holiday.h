/*
 * Japanese national holidays (国民の祝日に関する法律), computed rather
 * than listed, and the business days that reporting deadlines fall on.
 *
 * Covered: every holiday since the Act took effect on 1948-07-20 with
 * the years each rule was in force, Happy Monday holidays (2000, 2003),
 * 春分の日 and 秋分の日 by the astronomical approximation valid for
 * 1900-2099 (outside those years there are none), 振替休日 (since
 * 1973-04-12; since 2007 the first non-holiday after a Sunday holiday),
 * 国民の休日 (since 1985-12-27: a day between two holidays), and the
 * one-off days set by special acts (1959, 1989, 1990, 1993, 2019) and
 * the Olympic moves of 2020 and 2021.
 */
#ifndef ITAKU_HOLIDAY_H
#define ITAKU_HOLIDAY_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"

struct holiday {
	struct date date;
	const char *name;	/* Japanese, e.g. "振替休日" */
};

/* The holiday on d, or NULL when d is not one. */
const char *holiday_name(struct date);
bool holiday_is(struct date);
/*
 * Fill v with the holidays of year in date order; returns how many there
 * are (at most max are written).  A year has at most 30.
 */
size_t holiday_list(int year, struct holiday *v, size_t max);

/*
 * A business day is what the administrative organs are open on (行政機関
 * の休日に関する法律 第1条): not a Saturday, Sunday, national holiday or
 * a day from 29 December to 3 January.
 */
bool business_day(struct date);
/* d itself when it is a business day, else the next one. */
struct date business_day_on_or_after(struct date);
/*
 * The n-th business day after d, d not counted: n = 1 is the next
 * business day even when d is a Saturday.  n = 0: business_day_on_or_after(d).
 */
struct date business_days_after(struct date, int n);

#endif
