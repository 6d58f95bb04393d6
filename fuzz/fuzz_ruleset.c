/* Ruleset XML against the shipped RELAX NG schema, then compiled. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

#include "ruleset.h"

int
LLVMFuzzerTestOneInput(const uint8_t *buf, size_t len)
{
	static char schema[PATH_MAX];
	struct error e = { 0 };
	struct ruleset *rs = NULL;

	if (schema[0] == '\0' && ruleset_schema_path(schema, sizeof(schema)) == NULL)
		abort();
	if (ruleset_load_mem("fuzz.xml", (const char *)buf, len, schema, &rs,
	    &e) == ST_OK)
		ruleset_free(rs);
	return 0;
}
