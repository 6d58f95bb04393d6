/*
 * Any input through doc_read_mem's format detection: built as fuzz_html
 * and fuzz_text, which differ only in their seed corpora (HTML and
 * Markdown; text in every Japanese encoding).  PDF goes to pdftotext,
 * which is not ours to fuzz.
 */
#include <stdint.h>

#include "doc.h"
#include "zipwrap.h"

int
LLVMFuzzerTestOneInput(const uint8_t *buf, size_t len)
{
	struct error e = { 0 };
	struct doc d = { 0 };

	if (fuzz_is_pdf(buf, len))
		return 0;
	if (doc_read_mem("fuzz", buf, len, &d, &e) == ST_OK)
		doc_free(&d);
	return 0;
}
