#include <stdio.h>
#include <string.h>
#include <time.h>

#include "date.h"

bool
date_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
date_days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && date_leap(y) ? 29 : days[m - 1];
}

bool
date_valid(struct date d)
{
	return d.y >= 1900 && d.y <= 9999 && d.m >= 1 && d.m <= 12 &&
	    d.d >= 1 && d.d <= date_days_in_month(d.y, d.m);
}

static int
digits(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

bool
date_parse(const char *s, struct date *out)
{
	struct date d;

	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	d.y = digits(s, 4);
	d.m = digits(s + 5, 2);
	d.d = digits(s + 8, 2);
	if (d.y < 0 || d.m < 0 || d.d < 0 || !date_valid(d))
		return false;
	*out = d;
	return true;
}

void
date_format(struct date d, char buf[DATE_STRLEN])
{
	unsigned y = (unsigned)d.y % 10000, m = (unsigned)d.m % 100,
	    dd = (unsigned)d.d % 100;

	snprintf(buf, DATE_STRLEN, "%04u-%02u-%02u", y, m, dd);
}

struct date
date_today(void)
{
	time_t now = time(NULL);
	struct tm tm;

	localtime_r(&now, &tm);
	return (struct date){ tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday };
}

/* Howard Hinnant's days_from_civil. */
long
date_to_days(struct date d)
{
	long y = d.y - (d.m <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (d.m + (d.m > 2 ? -3 : 9)) + 2) / 5 + d.d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

struct date
date_from_days(long z)
{
	long era, doe, yoe, y, doy, mp;
	struct date d;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	d.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	d.y = (int)(y + (d.m <= 2));
	return d;
}

struct date
date_add_days(struct date d, long n)
{
	return date_from_days(date_to_days(d) + n);
}

struct date
date_add_months(struct date d, int n)
{
	long m = (long)d.y * 12 + (d.m - 1) + n;
	int dim;

	d.y = (int)(m / 12);
	d.m = (int)(m % 12) + 1;
	dim = date_days_in_month(d.y, d.m);
	if (d.d > dim)
		d.d = dim;
	return d;
}

long
date_diff(struct date a, struct date b)
{
	return date_to_days(b) - date_to_days(a);
}

int
date_cmp(struct date a, struct date b)
{
	long x = date_to_days(a), y = date_to_days(b);

	return (x > y) - (x < y);
}

int
date_weekday(struct date d)
{
	long z = date_to_days(d);	/* 1970-01-01 was a Thursday */

	return (int)(((z % 7) + 7 + 4) % 7);
}
