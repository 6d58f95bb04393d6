/* Temporary: replaced when the command lands. */
#include "cmd.h"

int
cmd_cert(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	(void)argc; (void)ctx;
	return error_set(e, ST_INTERNAL, "%s: not built yet", argv[0]);
}
