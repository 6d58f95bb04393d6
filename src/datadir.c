#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "datadir.h"

static int
has_templates(const char *dir)
{
	char p[PATH_MAX];
	struct stat st;

	if (snprintf(p, sizeof(p), "%s/contract-templates", dir) >= (int)sizeof(p))
		return 0;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *
datadir(void)
{
	static char dir[PATH_MAX];
	const char *env;
	char *slash;
	ssize_t n;

	if (dir[0] != '\0')
		return dir;
	if ((env = getenv("ITAKU_DATADIR")) != NULL && *env != '\0' &&
	    strlen(env) < sizeof(dir)) {
		strcpy(dir, env);
		return dir;
	}
	/* An uninstalled build runs from the source tree. */
	n = readlink("/proc/self/exe", dir, sizeof(dir) - 1);
	if (n > 0) {
		dir[n] = '\0';
		if ((slash = strrchr(dir, '/')) != NULL) {
			*slash = '\0';
			if (has_templates(dir))
				return dir;
		}
	}
	snprintf(dir, sizeof(dir), "%s", ITAKU_DATADIR);
	return dir;
}

const char *
datadir_path(const char *rel, char *buf, size_t size)
{
	if (snprintf(buf, size, "%s/%s", datadir(), rel) >= (int)size)
		return NULL;
	return buf;
}
