/* Temporary: replaced by the clause checker. */
#include "cmd.h"

int
cmd_check(int argc, char **argv, struct ctx *ctx, struct error *e)
{
	(void)argc; (void)argv; (void)ctx;
	return error_set(e, ST_INTERNAL, "check: not built yet");
}
