/*
 * Japanese national holidays.  A date is tested against the rules
 * directly, so a deadline can be moved without building a calendar.
 */
#include <stddef.h>

#include "holiday.h"

/*
 * A 国民の祝日: on a fixed day, or on the nth Monday of the month when
 * nth is not 0, from year "from" to year "to".  A row with from == to
 * is a one-off day of a special act (those count as 国民の祝日 for
 * 振替休日 and 国民の休日, as the acts say).
 */
static const struct rule {
	int from, to;
	int m, d, nth;
	const char *name;
} rules[] = {
	{ 1949, 9999, 1, 1, 0, "元日" },
	{ 1949, 1999, 1, 15, 0, "成人の日" },
	{ 2000, 9999, 1, 0, 2, "成人の日" },
	{ 1967, 9999, 2, 11, 0, "建国記念の日" },
	{ 2020, 9999, 2, 23, 0, "天皇誕生日" },
	{ 1949, 1988, 4, 29, 0, "天皇誕生日" },
	{ 1989, 2006, 4, 29, 0, "みどりの日" },
	{ 2007, 9999, 4, 29, 0, "昭和の日" },
	{ 1949, 9999, 5, 3, 0, "憲法記念日" },
	{ 2007, 9999, 5, 4, 0, "みどりの日" },
	{ 1949, 9999, 5, 5, 0, "こどもの日" },
	{ 1996, 2002, 7, 20, 0, "海の日" },
	{ 2003, 2019, 7, 0, 3, "海の日" },
	{ 2022, 9999, 7, 0, 3, "海の日" },
	{ 2016, 2019, 8, 11, 0, "山の日" },
	{ 2022, 9999, 8, 11, 0, "山の日" },
	{ 1966, 2002, 9, 15, 0, "敬老の日" },
	{ 2003, 9999, 9, 0, 3, "敬老の日" },
	{ 1966, 1999, 10, 10, 0, "体育の日" },
	{ 2000, 2019, 10, 0, 2, "体育の日" },
	{ 2022, 9999, 10, 0, 2, "スポーツの日" },
	{ 1948, 9999, 11, 3, 0, "文化の日" },
	{ 1948, 9999, 11, 23, 0, "勤労感謝の日" },
	{ 1989, 2018, 12, 23, 0, "天皇誕生日" },
	/* Special acts. */
	{ 1959, 1959, 4, 10, 0, "皇太子明仁親王の結婚の儀" },
	{ 1989, 1989, 2, 24, 0, "昭和天皇の大喪の礼" },
	{ 1990, 1990, 11, 12, 0, "即位礼正殿の儀" },
	{ 1993, 1993, 6, 9, 0, "皇太子徳仁親王の結婚の儀" },
	{ 2019, 2019, 5, 1, 0, "即位の日" },
	{ 2019, 2019, 10, 22, 0, "即位礼正殿の儀" },
	/* The Olympic and Paralympic special measures act moved three days. */
	{ 2020, 2020, 7, 23, 0, "海の日" },
	{ 2020, 2020, 7, 24, 0, "スポーツの日" },
	{ 2020, 2020, 8, 10, 0, "山の日" },
	{ 2021, 2021, 7, 22, 0, "海の日" },
	{ 2021, 2021, 7, 23, 0, "スポーツの日" },
	{ 2021, 2021, 8, 8, 0, "山の日" },
};

#define NRULES (sizeof(rules) / sizeof(rules[0]))

static const struct date act_start = { 1948, 7, 20 };
static const struct date furikae_start = { 1973, 4, 12 };
static const struct date kokumin_start = { 1985, 12, 27 };
static const struct date rule_2007 = { 2007, 1, 1 };

/*
 * The day of March (vernal) or September (autumnal) of the equinox, by
 * the approximation used for the official calendar, 1900-2099; 0
 * outside.  Scaled by 10^6 so that no floating point is involved.
 */
static int
equinox_day(int y, int month)
{
	long base, shift = y < 1980 ? (y - 1983) / 4 : (y - 1980) / 4;

	if (y < 1900 || y > 2099)
		return 0;
	if (month == 3)
		base = y < 1980 ? 20835700 : 20843100;
	else
		base = y < 1980 ? 23258800 : 23248800;
	/* C truncates (y - 1983) / 4 towards zero, as the formula wants. */
	return (int)((base + 242194L * (y - 1980) - 1000000L * shift) / 1000000L);
}

/* A 国民の祝日 proper (not a substitute or in-between day). */
static const char *
shukujitsu(struct date d)
{
	if (date_cmp(d, act_start) < 0)
		return NULL;
	if (d.m == 3 && d.d == equinox_day(d.y, 3) && d.y >= 1949)
		return "春分の日";
	if (d.m == 9 && d.d == equinox_day(d.y, 9))
		return "秋分の日";
	for (size_t i = 0; i < NRULES; i++) {
		const struct rule *r = &rules[i];

		if (d.y < r->from || d.y > r->to || d.m != r->m)
			continue;
		if (r->nth == 0 ? d.d == r->d :
		    date_weekday(d) == 1 && (d.d - 1) / 7 + 1 == r->nth)
			return r->name;
	}
	return NULL;
}

/*
 * 振替休日: before 2007 the Monday after a Sunday holiday; since 2007
 * the first day after a Sunday holiday that is not itself a holiday.
 */
static bool
furikae(struct date d)
{
	struct date p = date_add_days(d, -1);

	if (shukujitsu(d) != NULL)
		return false;
	if (date_cmp(d, rule_2007) < 0)
		return date_weekday(p) == 0 && date_cmp(p, furikae_start) >= 0 &&
		    shukujitsu(p) != NULL;
	for (; shukujitsu(p) != NULL; p = date_add_days(p, -1))
		if (date_weekday(p) == 0)
			return date_cmp(p, furikae_start) >= 0;
	return false;
}

/* 国民の休日: between two 国民の祝日; before 2007 not on a Sunday or 振替休日. */
static bool
kokumin(struct date d)
{
	if (date_cmp(d, kokumin_start) < 0 || shukujitsu(d) != NULL ||
	    shukujitsu(date_add_days(d, -1)) == NULL ||
	    shukujitsu(date_add_days(d, 1)) == NULL)
		return false;
	if (date_cmp(d, rule_2007) < 0)
		return date_weekday(d) != 0 && !furikae(d);
	return true;
}

const char *
holiday_name(struct date d)
{
	const char *n;

	if ((n = shukujitsu(d)) != NULL)
		return n;
	if (furikae(d))
		return "振替休日";
	if (kokumin(d))
		return "国民の休日";
	return NULL;
}

bool
holiday_is(struct date d)
{
	return holiday_name(d) != NULL;
}

size_t
holiday_list(int year, struct holiday *v, size_t max)
{
	struct date d = { year, 1, 1 };
	size_t n = 0;
	const char *name;

	for (; d.y == year; d = date_add_days(d, 1)) {
		if ((name = holiday_name(d)) == NULL)
			continue;
		if (n < max) {
			v[n].date = d;
			v[n].name = name;
		}
		n++;
	}
	return n;
}

bool
business_day(struct date d)
{
	int wd = date_weekday(d);

	if (wd == 0 || wd == 6)
		return false;
	/* 年末年始: 29 December to 3 January. */
	if ((d.m == 12 && d.d >= 29) || (d.m == 1 && d.d <= 3))
		return false;
	return !holiday_is(d);
}

struct date
business_day_on_or_after(struct date d)
{
	while (!business_day(d))
		d = date_add_days(d, 1);
	return d;
}

struct date
business_days_after(struct date d, int n)
{
	if (n <= 0)
		return business_day_on_or_after(d);
	while (n-- > 0)
		d = business_day_on_or_after(date_add_days(d, 1));
	return d;
}
