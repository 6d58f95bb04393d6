/*
 * Checklist XML against checklist.rng.  The loader reads files, so each
 * input is written to one temporary file first.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "checklist.h"
#include "datadir.h"

static char xml[PATH_MAX], rng[PATH_MAX];

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *tmp = getenv("TMPDIR");

	(void)argc;
	(void)argv;
	snprintf(xml, sizeof(xml), "%s/itaku-fuzz-checklist.%ld.xml",
	    tmp ? tmp : "/tmp", (long)getpid());
	if (datadir_path("contract-templates/checklists/checklist.rng", rng,
	    sizeof(rng)) == NULL || access(rng, R_OK) != 0) {
		fprintf(stderr, "fuzz_checklist: no %s (set ITAKU_DATADIR)\n", rng);
		exit(1);
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *buf, size_t len)
{
	struct error e = { 0 };
	struct checklist c = { 0 };
	FILE *fp;

	if ((fp = fopen(xml, "w")) == NULL)
		abort();
	fwrite(buf, 1, len, fp);
	if (fclose(fp) != 0)
		abort();
	if (checklist_load_file(xml, rng, &c, &e) == ST_OK) {
		char *t = checklist_template(&c, "ja");

		free(t);
		checklist_free(&c);
	}
	unlink(xml);
	return 0;
}
