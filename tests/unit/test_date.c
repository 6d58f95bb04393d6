#include "unit.h"
#include "date.h"

static struct date
D(const char *s)
{
	struct date d;

	assert_true(date_parse(s, &d));
	return d;
}

static void
parse_rejects_impossible_dates(void **state)
{
	struct date d;

	(void)state;
	assert_false(date_parse("2026-02-30", &d));
	assert_false(date_parse("2026-13-01", &d));
	assert_false(date_parse("2026-00-10", &d));
	assert_false(date_parse("2026-1-10", &d));
	assert_false(date_parse("2026-01-10x", &d));
	assert_false(date_parse("", &d));
	assert_false(date_parse("2025-02-29", &d));
	assert_true(date_parse("2024-02-29", &d));
	assert_int_equal(d.y, 2024);
	assert_int_equal(d.m, 2);
	assert_int_equal(d.d, 29);
}

static void
months_clamp_to_month_end(void **state)
{
	char buf[DATE_STRLEN];

	(void)state;
	date_format(date_add_months(D("2027-01-31"), 1), buf);
	assert_string_equal(buf, "2027-02-28");
	date_format(date_add_months(D("2028-01-31"), 1), buf);
	assert_string_equal(buf, "2028-02-29");
	date_format(date_add_months(D("2026-08-31"), 6), buf);
	assert_string_equal(buf, "2027-02-28");
	date_format(date_add_months(D("2026-11-22"), 24), buf);
	assert_string_equal(buf, "2028-11-22");
	date_format(date_add_months(D("2026-03-31"), -1), buf);
	assert_string_equal(buf, "2026-02-28");
}

static void
days_round_trip(void **state)
{
	struct date d = D("1999-12-31"), e;
	char buf[DATE_STRLEN];

	(void)state;
	for (long i = 0; i < 20000; i += 37) {
		e = date_add_days(d, i);
		assert_true(date_valid(e));
		assert_int_equal(date_diff(d, e), i);
	}
	date_format(date_add_days(D("2024-02-28"), 1), buf);
	assert_string_equal(buf, "2024-02-29");
	date_format(date_add_days(D("2100-02-28"), 1), buf);
	assert_string_equal(buf, "2100-03-01");
	assert_int_equal(date_diff(D("2026-01-01"), D("2027-01-01")), 365);
}

static void
weekday_known(void **state)
{
	(void)state;
	assert_int_equal(date_weekday(D("2026-11-22")), 0);	/* Sunday */
	assert_int_equal(date_weekday(D("2000-01-01")), 6);	/* Saturday */
	assert_int_equal(date_cmp(D("2026-01-02"), D("2026-01-01")), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parse_rejects_impossible_dates),
		cmocka_unit_test(months_clamp_to_month_end),
		cmocka_unit_test(days_round_trip),
		cmocka_unit_test(weekday_known),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
