/*
 * Japanese national holidays against the official lists (内閣府「国民の
 * 祝日について」) of known years, the history of the rules, and the
 * business days deadlines move to.
 */
#include "unit.h"
#include "holiday.h"

static struct date
D(const char *s)
{
	struct date d;

	assert_true(date_parse(s, &d));
	return d;
}

static const char *
F(struct date d)
{
	static char buf[4][DATE_STRLEN];
	static int i;

	i = (i + 1) % 4;
	date_format(d, buf[i]);
	return buf[i];
}

/* The year's computed holidays are exactly want, in order. */
static void
year_is(int year, const char *const *want)
{
	struct holiday v[40];
	size_t n, k;

	n = holiday_list(year, v, 40);
	for (k = 0; want[k] != NULL; k++) {
		if (k >= n)
			fail_msg("%d: %s missing", year, want[k]);
		if (strcmp(F(v[k].date), want[k]) != 0)
			fail_msg("%d: holiday %zu is %s (%s), wanted %s", year, k,
			    F(v[k].date), v[k].name, want[k]);
	}
	if (n != k)
		fail_msg("%d: %zu holidays, wanted %zu (extra %s %s)", year, n, k,
		    F(v[k].date), v[k].name);
}

static void
official_2019(void **state)
{
	static const char *const want[] = {
		"2019-01-01", "2019-01-14", "2019-02-11", "2019-03-21",
		"2019-04-29", "2019-04-30", "2019-05-01", "2019-05-02",
		"2019-05-03", "2019-05-04", "2019-05-05", "2019-05-06",
		"2019-07-15", "2019-08-11", "2019-08-12", "2019-09-16",
		"2019-09-23", "2019-10-14", "2019-10-22", "2019-11-03",
		"2019-11-04", "2019-11-23", NULL
	};

	(void)state;
	year_is(2019, want);
	/* No 天皇誕生日 in 2019: 12/23 had passed, 2/23 was yet to come. */
	assert_null(holiday_name(D("2019-12-23")));
	assert_null(holiday_name(D("2019-02-23")));
	assert_string_equal(holiday_name(D("2019-04-30")), "国民の休日");
	assert_string_equal(holiday_name(D("2019-05-01")), "即位の日");
	assert_string_equal(holiday_name(D("2019-05-02")), "国民の休日");
	assert_string_equal(holiday_name(D("2019-05-06")), "振替休日");
	assert_string_equal(holiday_name(D("2019-10-22")), "即位礼正殿の儀");
}

static void
official_2020_2021(void **state)
{
	static const char *const y2020[] = {
		"2020-01-01", "2020-01-13", "2020-02-11", "2020-02-23",
		"2020-02-24", "2020-03-20", "2020-04-29", "2020-05-03",
		"2020-05-04", "2020-05-05", "2020-05-06", "2020-07-23",
		"2020-07-24", "2020-08-10", "2020-09-21", "2020-09-22",
		"2020-11-03", "2020-11-23", NULL
	};
	static const char *const y2021[] = {
		"2021-01-01", "2021-01-11", "2021-02-11", "2021-02-23",
		"2021-03-20", "2021-04-29", "2021-05-03", "2021-05-04",
		"2021-05-05", "2021-07-22", "2021-07-23", "2021-08-08",
		"2021-08-09", "2021-09-20", "2021-09-23", "2021-11-03",
		"2021-11-23", NULL
	};

	(void)state;
	year_is(2020, y2020);
	year_is(2021, y2021);
	/* The Olympic moves leave the usual days ordinary. */
	assert_null(holiday_name(D("2020-07-20")));
	assert_null(holiday_name(D("2020-10-12")));
	assert_null(holiday_name(D("2020-08-11")));
	assert_null(holiday_name(D("2021-10-11")));
	assert_string_equal(holiday_name(D("2020-07-24")), "スポーツの日");
	assert_string_equal(holiday_name(D("2021-08-09")), "振替休日");
}

static void
official_2024_2025_2026(void **state)
{
	static const char *const y2024[] = {
		"2024-01-01", "2024-01-08", "2024-02-11", "2024-02-12",
		"2024-02-23", "2024-03-20", "2024-04-29", "2024-05-03",
		"2024-05-04", "2024-05-05", "2024-05-06", "2024-07-15",
		"2024-08-11", "2024-08-12", "2024-09-16", "2024-09-22",
		"2024-09-23", "2024-10-14", "2024-11-03", "2024-11-04",
		"2024-11-23", NULL
	};
	static const char *const y2025[] = {
		"2025-01-01", "2025-01-13", "2025-02-11", "2025-02-23",
		"2025-02-24", "2025-03-20", "2025-04-29", "2025-05-03",
		"2025-05-04", "2025-05-05", "2025-05-06", "2025-07-21",
		"2025-08-11", "2025-09-15", "2025-09-23", "2025-10-13",
		"2025-11-03", "2025-11-23", "2025-11-24", NULL
	};
	static const char *const y2026[] = {
		"2026-01-01", "2026-01-12", "2026-02-11", "2026-02-23",
		"2026-03-20", "2026-04-29", "2026-05-03", "2026-05-04",
		"2026-05-05", "2026-05-06", "2026-07-20", "2026-08-11",
		"2026-09-21", "2026-09-22", "2026-09-23", "2026-10-12",
		"2026-11-03", "2026-11-23", NULL
	};

	(void)state;
	year_is(2024, y2024);
	year_is(2025, y2025);
	year_is(2026, y2026);
	assert_string_equal(holiday_name(D("2026-09-22")), "国民の休日");
	assert_string_equal(holiday_name(D("2026-05-06")), "振替休日");
	assert_string_equal(holiday_name(D("2025-11-24")), "振替休日");
}

static void
equinoxes(void **state)
{
	(void)state;
	/* 国立天文台 暦要項 and past calendars. */
	assert_string_equal(holiday_name(D("2027-03-21")), "春分の日");
	assert_string_equal(holiday_name(D("2027-09-23")), "秋分の日");
	assert_string_equal(holiday_name(D("2012-09-22")), "秋分の日");
	assert_string_equal(holiday_name(D("1979-03-21")), "春分の日");
	assert_string_equal(holiday_name(D("1960-03-20")), "春分の日");
	assert_null(holiday_name(D("2100-03-20")));
	assert_null(holiday_name(D("2100-03-21")));
}

static void
history_of_the_rules(void **state)
{
	(void)state;
	assert_null(holiday_name(D("1948-01-01")));	/* before the Act */
	assert_string_equal(holiday_name(D("1948-11-03")), "文化の日");
	assert_string_equal(holiday_name(D("1999-01-15")), "成人の日");
	assert_null(holiday_name(D("2000-01-15")));
	assert_string_equal(holiday_name(D("2000-01-10")), "成人の日");
	assert_string_equal(holiday_name(D("1988-04-29")), "天皇誕生日");
	assert_string_equal(holiday_name(D("2006-04-29")), "みどりの日");
	assert_string_equal(holiday_name(D("2007-04-29")), "昭和の日");
	assert_string_equal(holiday_name(D("2018-12-23")), "天皇誕生日");
	assert_null(holiday_name(D("2015-08-11")));	/* 山の日 from 2016 */
	assert_string_equal(holiday_name(D("1989-02-24")), "昭和天皇の大喪の礼");
	/* Before 2007, 5/4 was a 国民の休日 unless a Sunday or a 振替休日. */
	assert_string_equal(holiday_name(D("2006-05-04")), "国民の休日");
	assert_null(holiday_name(D("2003-05-04")));	/* a Sunday */
	assert_string_equal(holiday_name(D("1998-05-04")), "振替休日");
	/* Since 2007 the substitute skips the holidays that follow. */
	assert_string_equal(holiday_name(D("2008-05-06")), "振替休日");
	assert_string_equal(holiday_name(D("2009-09-22")), "国民の休日");
	/* No 振替休日 before 1973-04-12, the first on 1973-04-30. */
	assert_null(holiday_name(D("1973-02-12")));
	assert_string_equal(holiday_name(D("1973-04-30")), "振替休日");
}

static void
business_days(void **state)
{
	(void)state;
	assert_true(business_day(D("2026-04-01")));
	assert_false(business_day(D("2026-04-04")));	/* Saturday */
	assert_false(business_day(D("2026-12-29")));	/* 年末年始, a Tuesday */
	assert_false(business_day(D("2027-01-03")));
	assert_true(business_day(D("2027-01-04")));
	/* Golden Week 2026: 4/29 Wed, 5/2-5/6 closed. */
	assert_string_equal(F(business_day_on_or_after(D("2026-05-02"))),
	    "2026-05-07");
	assert_string_equal(F(business_day_on_or_after(D("2026-04-30"))),
	    "2026-04-30");
	/* The 28th is the last business day of 2026, a Monday. */
	assert_string_equal(F(business_days_after(D("2026-12-25"), 1)),
	    "2026-12-28");
	assert_string_equal(F(business_days_after(D("2026-12-28"), 1)),
	    "2027-01-04");
	/* "The next business day" after a Saturday is the Monday. */
	assert_string_equal(F(business_days_after(D("2026-04-04"), 1)),
	    "2026-04-06");
	assert_string_equal(F(business_days_after(D("2026-04-04"), 0)),
	    "2026-04-06");
	assert_string_equal(F(business_days_after(D("2026-04-30"), 2)),
	    "2026-05-07");
	/* Silver Week 2026: 9/19 Sat to 9/23 Wed. */
	assert_string_equal(F(business_days_after(D("2026-09-18"), 1)),
	    "2026-09-24");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(official_2019),
		cmocka_unit_test(official_2020_2021),
		cmocka_unit_test(official_2024_2025_2026),
		cmocka_unit_test(equinoxes),
		cmocka_unit_test(history_of_the_rules),
		cmocka_unit_test(business_days),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
