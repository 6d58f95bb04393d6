/* Output to stdout or, atomically, to the file named by -o. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd_out.h"
#include "i18n.h"

int
cmd_out_open(struct cmd_out *o, const char *path, struct error *e)
{
	int fd;

	memset(o, 0, sizeof(*o));
	if (path == NULL || strcmp(path, "-") == 0) {
		o->fp = stdout;
		return ST_OK;
	}
	o->path = path;
	if ((o->tmp = malloc(strlen(path) + 16)) == NULL)
		return error_set(e, ST_INTERNAL, _("out of memory"));
	sprintf(o->tmp, "%s.tmp.XXXXXX", path);
	/* Reports name people and contracts: readable by the owner only. */
	if ((fd = mkstemp(o->tmp)) == -1 || (o->fp = fdopen(fd, "w")) == NULL) {
		error_set(e, ST_FILE, "%s: %s", path, strerror(errno));
		if (fd != -1) {
			close(fd);
			unlink(o->tmp);
		}
		free(o->tmp);
		o->tmp = NULL;
		return e->status;
	}
	return ST_OK;
}

int
cmd_out_close(struct cmd_out *o, int ok, struct error *e)
{
	int failed;

	if (o->fp == NULL)
		return ST_OK;
	if (o->path == NULL) {
		o->fp = NULL;
		return ST_OK;
	}
	failed = fflush(o->fp) == EOF || ferror(o->fp) || fsync(fileno(o->fp)) == -1;
	failed |= fclose(o->fp) == EOF;
	o->fp = NULL;
	if (ok && failed)
		error_set(e, ST_FILE, _("%s: write error"), o->path);
	else if (ok && rename(o->tmp, o->path) == -1)
		error_set(e, ST_FILE, "%s: %s", o->path, strerror(errno));
	else if (ok) {
		free(o->tmp);
		o->tmp = NULL;
		return ST_OK;
	}
	unlink(o->tmp);
	free(o->tmp);
	o->tmp = NULL;
	return e->status;
}
