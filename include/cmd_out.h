/*
 * Where a command's output goes: stdout, or -o FILE written to a
 * temporary file beside it and renamed into place only when everything
 * was written, so a failed report never leaves half a file behind.
 */
#ifndef ITAKU_CMD_OUT_H
#define ITAKU_CMD_OUT_H

#include <stdio.h>

#include "error.h"

struct cmd_out {
	FILE *fp;
	const char *path;	/* NULL for stdout */
	char *tmp;
};

int cmd_out_open(struct cmd_out *, const char *path, struct error *);
/* Flush and put the file in place (ok) or remove it (!ok). */
int cmd_out_close(struct cmd_out *, int ok, struct error *);

#endif
