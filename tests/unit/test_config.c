/* The configuration file: defaults, keys, and errors naming file:line. */
#include <sys/stat.h>
#include <unistd.h>

#include "unit.h"
#include "config.h"

static int
parse(const char *text, struct config *c, struct error *e)
{
	config_defaults(c);
	error_clear(e);
	return config_parse("config", text, strlen(text), c, e);
}

static void
defaults_follow_risk(void **state)
{
	struct config c;

	(void)state;
	config_defaults(&c);
	assert_int_equal(c.interval[RISK_HIGH], 6);
	assert_int_equal(c.interval[RISK_MEDIUM], 12);
	assert_int_equal(c.interval[RISK_LOW], 24);
	assert_int_equal(c.followup_conditional, 3);
	assert_int_equal(c.followup_fail, 1);
	assert_int_equal(c.due_within, 30);
	assert_int_equal(risk_tier("high"), RISK_HIGH);
	assert_int_equal(risk_tier("low"), RISK_LOW);
	assert_int_equal(risk_tier(NULL), RISK_MEDIUM);
}

static void
keys_override(void **state)
{
	struct config c;
	struct error e = { 0 };

	(void)state;
	assert_int_equal(parse("# intervals\n\ninterval.high = 3\r\n"
	    "  interval.low=36   # two years is too long\n"
	    "followup.conditional = 2\nfollowup.fail = 1\ndue.within = 0\n",
	    &c, &e), ST_OK);
	assert_int_equal(c.interval[RISK_HIGH], 3);
	assert_int_equal(c.interval[RISK_MEDIUM], 12);
	assert_int_equal(c.interval[RISK_LOW], 36);
	assert_int_equal(c.followup_conditional, 2);
	assert_int_equal(c.due_within, 0);
}

static void
errors_name_file_and_line(void **state)
{
	struct config c;
	struct error e = { 0 };

	(void)state;
	assert_int_equal(parse("interval.high = 6\ninterval.hihg = 6\n", &c, &e),
	    ST_DATA);
	assert_non_null(strstr(e.msg, "config:2: unknown key \"interval.hihg\""));
	assert_int_equal(parse("\n\ninterval.low = two\n", &c, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "config:3: interval.low"));
	assert_int_equal(parse("interval.low = 0\n", &c, &e), ST_DATA);
	assert_int_equal(parse("interval.low = 121\n", &c, &e), ST_DATA);
	assert_int_equal(parse("interval.low = 12x\n", &c, &e), ST_DATA);
	assert_int_equal(parse("due.within = -1\n", &c, &e), ST_DATA);
	assert_int_equal(parse("interval.low\n", &c, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "config:1: expected"));
	assert_int_equal(parse("interval.low = 99999999999999999999\n", &c, &e),
	    ST_DATA);
	assert_int_equal(parse("interval.low = \xff\n", &c, &e), ST_DATA);
	assert_non_null(strstr(e.msg, "UTF-8"));
}

static void
file_missing_is_defaults_xdg_wins(void **state)
{
	char dir[] = "/tmp/itaku-config-XXXXXX", path[256], buf[512];
	struct config c;
	struct error e = { 0 };
	FILE *fp;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/itaku", dir);
	assert_int_equal(mkdir(path, 0700), 0);
	setenv("XDG_CONFIG_HOME", dir, 1);
	assert_non_null(config_path(buf, sizeof(buf)));
	snprintf(path, sizeof(path), "%s/itaku/config", dir);
	assert_string_equal(buf, path);
	assert_int_equal(config_load_default(&c, &e), ST_OK);
	assert_int_equal(c.interval[RISK_HIGH], 6);
	assert_non_null(fp = fopen(path, "w"));
	fputs("interval.medium = 9\n", fp);
	fclose(fp);
	assert_int_equal(config_load_default(&c, &e), ST_OK);
	assert_int_equal(c.interval[RISK_MEDIUM], 9);
	/* A relative XDG_CONFIG_HOME is ignored, as the spec says. */
	setenv("XDG_CONFIG_HOME", "relative", 1);
	setenv("HOME", "/home/someone", 1);
	assert_string_equal(config_path(buf, sizeof(buf)),
	    "/home/someone/.config/itaku/config");
	unlink(path);
	snprintf(path, sizeof(path), "%s/itaku", dir);
	rmdir(path);
	rmdir(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(defaults_follow_risk),
		cmocka_unit_test(keys_override),
		cmocka_unit_test(errors_name_file_and_line),
		cmocka_unit_test(file_missing_is_defaults_xdg_wins),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
