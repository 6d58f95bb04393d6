/* The configuration file: defaults, then key = value lines over them. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "i18n.h"
#include "utf8.h"

struct key {
	const char *name;
	size_t off;
	int min, max;
};

static const struct key keys[] = {
	{ "interval.high", offsetof(struct config, interval[RISK_HIGH]), 1, 120 },
	{ "interval.medium", offsetof(struct config, interval[RISK_MEDIUM]), 1, 120 },
	{ "interval.low", offsetof(struct config, interval[RISK_LOW]), 1, 120 },
	{ "followup.conditional", offsetof(struct config, followup_conditional), 1, 120 },
	{ "followup.fail", offsetof(struct config, followup_fail), 1, 120 },
	{ "due.within", offsetof(struct config, due_within), 0, 3660 },
};

void
config_defaults(struct config *c)
{
	/* The guideline leaves the interval to the business; these follow risk. */
	c->interval[RISK_HIGH] = 6;
	c->interval[RISK_MEDIUM] = 12;
	c->interval[RISK_LOW] = 24;
	c->followup_conditional = 3;
	c->followup_fail = 1;
	c->due_within = 30;
}

enum risk_tier
risk_tier(const char *s)
{
	if (s != NULL && strcmp(s, "high") == 0)
		return RISK_HIGH;
	if (s != NULL && strcmp(s, "low") == 0)
		return RISK_LOW;
	return RISK_MEDIUM;
}

const char *
config_path(char *buf, size_t size)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	int n;

	/* The XDG spec says a relative XDG_CONFIG_HOME is to be ignored. */
	if (xdg != NULL && xdg[0] == '/')
		n = snprintf(buf, size, "%s/itaku/config", xdg);
	else
		n = snprintf(buf, size, "%s/.config/itaku/config",
		    home != NULL && *home != '\0' ? home : ".");
	return n < 0 || (size_t)n >= size ? NULL : buf;
}

static char *
trim(char *s)
{
	char *end;

	while (*s == ' ' || *s == '\t')
		s++;
	end = s + strlen(s);
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
		*--end = '\0';
	return s;
}

static int
parse_line(const char *name, long lineno, char *line, struct config *c,
    struct error *e)
{
	char *key, *val, *eq, *end;
	const struct key *k = NULL;
	long v;

	if ((eq = strchr(line, '=')) == NULL)
		return error_set(e, ST_DATA,
		    _("%s:%ld: expected \"key = value\""), name, lineno);
	*eq = '\0';
	key = trim(line);
	val = trim(eq + 1);
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (strcmp(keys[i].name, key) == 0)
			k = &keys[i];
	if (k == NULL)
		return error_set(e, ST_DATA, _("%s:%ld: unknown key \"%.64s\" "
		    "(known: interval.high, interval.medium, interval.low, "
		    "followup.conditional, followup.fail, due.within)"),
		    name, lineno, key);
	errno = 0;
	v = strtol(val, &end, 10);
	if (*val == '\0' || *end != '\0' || errno != 0 || v < k->min ||
	    v > k->max)
		return error_set(e, ST_DATA, _("%s:%ld: %s: \"%.64s\" is not a "
		    "whole number from %d to %d"), name, lineno, k->name, val,
		    k->min, k->max);
	*(int *)(void *)((char *)c + k->off) = (int)v;
	return ST_OK;
}

int
config_parse(const char *name, const char *buf, size_t len, struct config *c,
    struct error *e)
{
	char line[1024], *hash;
	const char *p = buf, *end = buf + len, *nl;
	long lineno = 0;
	size_t n;

	if (len > CONFIG_MAX_SIZE)
		return error_set(e, ST_DATA, _("%s: larger than %d bytes; not "
		    "a configuration file"), name, CONFIG_MAX_SIZE);
	if (memchr(buf, '\0', len) != NULL || !utf8_valid(buf, len))
		return error_set(e, ST_DATA, _("%s: not UTF-8 text"), name);
	while (p < end) {
		lineno++;
		if ((nl = memchr(p, '\n', end - p)) == NULL)
			nl = end;
		n = nl - p;
		if (n >= sizeof(line))
			return error_set(e, ST_DATA, _("%s:%ld: line too long"),
			    name, lineno);
		memcpy(line, p, n);
		line[n] = '\0';
		p = nl < end ? nl + 1 : end;
		if ((hash = strchr(line, '#')) != NULL)
			*hash = '\0';
		if (*trim(line) == '\0')
			continue;
		if (parse_line(name, lineno, line, c, e) != ST_OK)
			return e->status;
	}
	return ST_OK;
}

int
config_load(const char *path, struct config *c, struct error *e)
{
	struct stat st;
	char *buf = NULL;
	ssize_t n;
	size_t len = 0;
	int fd, rv;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		if (errno == ENOENT)
			return ST_OK;
		return error_set(e, ST_FILE, "%s: %s", path, strerror(errno));
	}
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode)) {
		rv = error_set(e, ST_FILE, _("%s: not a regular file"), path);
		goto done;
	}
	if ((buf = malloc(CONFIG_MAX_SIZE + 1)) == NULL) {
		rv = error_set(e, ST_INTERNAL, _("out of memory"));
		goto done;
	}
	/* Read one byte more than allowed to notice an oversized file. */
	while (len <= CONFIG_MAX_SIZE &&
	    (n = read(fd, buf + len, CONFIG_MAX_SIZE + 1 - len)) != 0) {
		if (n == -1) {
			if (errno == EINTR)
				continue;
			rv = error_set(e, ST_FILE, "%s: %s", path, strerror(errno));
			goto done;
		}
		len += n;
	}
	rv = config_parse(path, buf, len, c, e);
done:
	free(buf);
	close(fd);
	return rv;
}

int
config_load_default(struct config *c, struct error *e)
{
	char path[4096];

	config_defaults(c);
	if (config_path(path, sizeof(path)) == NULL)
		return error_set(e, ST_FILE, _("configuration path too long"));
	return config_load(path, c, e);
}
