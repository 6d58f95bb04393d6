/*
 * The clause checker on arbitrary text, against both shipped rulesets
 * (the first byte chooses), loaded once.  Only valid UTF-8 reaches it
 * in itaku, since doc_read_mem converts everything, so the text is made
 * of what doc_read_mem returns for the input.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "clause.h"
#include "doc.h"
#include "ruleset.h"
#include "zipwrap.h"

static struct ruleset *rulesets[2];

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char *const ids[] = { "meti", "gdpr-art28" };
	struct error e = { 0 };

	(void)argc;
	(void)argv;
	for (int i = 0; i < 2; i++)
		if (ruleset_open(ids[i], &rulesets[i], &e) != ST_OK) {
			fprintf(stderr, "fuzz_clause: %s (set ITAKU_DATADIR)\n", e.msg);
			exit(1);
		}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *buf, size_t len)
{
	struct error e = { 0 };
	struct check_result r = { 0 };
	struct doc d = { 0 };

	if (len < 1 || fuzz_is_pdf(buf, len))
		return 0;
	if (doc_read_mem("fuzz.txt", buf + 1, len - 1, &d, &e) != ST_OK)
		return 0;
	if (clause_check(rulesets[buf[0] & 1], d.text, d.len, &r, &e) == ST_OK)
		check_result_free(&r);
	clause_auto_ruleset(d.text, d.len);
	doc_free(&d);
	return 0;
}
