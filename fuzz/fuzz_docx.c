/*
 * docx: an input starting "PK" is read as it is; any other input is split
 * at FUZZ_SEP into document.xml, numbering.xml, styles.xml and the
 * relationships, and stored in a zip, so mutations reach the XML walker.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "zipwrap.h"

int
LLVMFuzzerTestOneInput(const uint8_t *buf, size_t len)
{
	static const char *const names[] = { "word/document.xml",
	    "word/numbering.xml", "word/styles.xml",
	    "word/_rels/document.xml.rels", "word/footnotes.xml" };
	struct zpart v[6];
	struct error e = { 0 };
	struct doc d = { 0 };
	unsigned char *zip = NULL;
	size_t n, zlen;

	if (fuzz_is_pdf(buf, len))
		return 0;
	if (len >= 2 && buf[0] == 'P' && buf[1] == 'K') {
		if (doc_read_mem("fuzz.docx", buf, len, &d, &e) == ST_OK)
			doc_free(&d);
		return 0;
	}
	n = fuzz_split(buf, len, v, 5);
	for (size_t i = 0; i < n; i++)
		v[i].name = names[i];
	v[n].name = "[Content_Types].xml";
	v[n].data = (const unsigned char *)"<Types/>";
	v[n].len = 8;
	if ((zip = fuzz_zip(v, n + 1, &zlen)) == NULL)
		return 0;
	if (doc_read_mem("fuzz.docx", zip, zlen, &d, &e) == ST_OK)
		doc_free(&d);
	free(zip);
	return 0;
}
