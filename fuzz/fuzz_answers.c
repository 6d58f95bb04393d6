/* Answer files against the shipped safeguard checklist, loaded once. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "checklist.h"

static struct checklist cl;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct error e = { 0 };

	(void)argc;
	(void)argv;
	if (checklist_load(CHECKLIST_DEFAULT, &cl, &e) != ST_OK) {
		fprintf(stderr, "fuzz_answers: %s (set ITAKU_DATADIR)\n", e.msg);
		exit(1);
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *buf, size_t len)
{
	struct error e = { 0 };
	struct answers a = { 0 };

	if (answers_parse(&cl, "fuzz.answers", (const char *)buf, len, &a,
	    &e) == ST_OK)
		answers_free(&a);
	return 0;
}
