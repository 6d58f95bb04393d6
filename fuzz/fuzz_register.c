/*
 * Register exports (itaku import-register).  Every input goes through the
 * same JSON parse and register_from_json() check as register_import(), with
 * no database.  An input that passes is then imported for real, through
 * register_import() from a file in a private temporary directory into a
 * fresh in-memory store, so the writes, the audit chain check and the
 * import's own audit record are fuzzed too.  Nothing is kept between runs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "register_io.h"
#include "store.h"

static char dir[64], file[96];

static void
cleanup(void)
{
	unlink(file);
	rmdir(dir);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *tmp = getenv("TMPDIR");

	(void)argc;
	(void)argv;
	snprintf(dir, sizeof(dir), "%s/itaku-fuzz.XXXXXX",
	    tmp != NULL && strlen(tmp) < 32 ? tmp : "/tmp");
	if (mkdtemp(dir) == NULL) {
		perror("fuzz_register: mkdtemp");
		exit(1);
	}
	snprintf(file, sizeof(file), "%s/register.json", dir);
	atexit(cleanup);
	return 0;
}

/* register_import() as `itaku import-register` runs it, into :memory:. */
static void
import(const uint8_t *buf, size_t len)
{
	struct register_import sum;
	struct error e = { 0 };
	struct store *s = NULL;
	FILE *fp;

	if ((fp = fopen(file, "wb")) == NULL)
		abort();
	if (fwrite(buf, 1, len, fp) != len || fclose(fp) != 0)
		abort();
	if (store_open(STORE_MEMORY, &s, &e) != ST_OK) {
		fprintf(stderr, "fuzz_register: %s\n", e.msg);
		abort();
	}
	store_set_actor(s, "fuzz", "import-register");
	(void)register_import(s, file, &sum, &e);
	store_close(s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *buf, size_t len)
{
	struct register_data r;
	struct error e = { 0 };
	json_error_t jerr;
	json_t *j;
	int rc;

	/* As register_import() parses it. */
	j = json_loadb((const char *)buf, len, JSON_REJECT_DUPLICATES, &jerr);
	if (j == NULL)
		return 0;
	rc = register_from_json(j, &r, &e);
	if (rc == ST_OK)
		register_data_free(&r);
	json_decref(j);
	if (rc == ST_OK)
		import(buf, len);
	return 0;
}
