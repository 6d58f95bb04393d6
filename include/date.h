/*
 * Calendar dates (local, no time of day) and the arithmetic that reviews
 * and deadlines need: whole days and calendar months.
 */
#ifndef ITAKU_DATE_H
#define ITAKU_DATE_H

#include <stdbool.h>

struct date {
	int y, m, d;
};

#define DATE_STRLEN 11	/* "YYYY-MM-DD" and NUL */

/* Strict YYYY-MM-DD with a real day (no 2026-02-30); years 1900 to 9999. */
bool date_parse(const char *, struct date *);
void date_format(struct date, char buf[DATE_STRLEN]);
struct date date_today(void);
bool date_valid(struct date);
bool date_leap(int year);
int date_days_in_month(int year, int month);
/* Days since 1970-01-01; and back. */
long date_to_days(struct date);
struct date date_from_days(long);
struct date date_add_days(struct date, long);
/* Calendar months: 2027-01-31 + 1 month = 2027-02-28. */
struct date date_add_months(struct date, int);
/* b - a in days. */
long date_diff(struct date a, struct date b);
int date_cmp(struct date, struct date);
/* 0 Sunday .. 6 Saturday. */
int date_weekday(struct date);

#endif
