/*
 * odt: an input starting "PK" is read as it is; any other input is split
 * at FUZZ_SEP into content.xml and styles.xml, stored in a zip after the
 * mimetype member.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "zipwrap.h"

int
LLVMFuzzerTestOneInput(const uint8_t *buf, size_t len)
{
	static const char mime[] = "application/vnd.oasis.opendocument.text";
	static const char *const names[] = { "content.xml", "styles.xml" };
	struct zpart v[3];
	struct error e = { 0 };
	struct doc d = { 0 };
	unsigned char *zip = NULL;
	size_t n, zlen;

	if (fuzz_is_pdf(buf, len))
		return 0;
	if (len >= 2 && buf[0] == 'P' && buf[1] == 'K') {
		if (doc_read_mem("fuzz.odt", buf, len, &d, &e) == ST_OK)
			doc_free(&d);
		return 0;
	}
	v[0].name = "mimetype";
	v[0].data = (const unsigned char *)mime;
	v[0].len = sizeof(mime) - 1;
	n = fuzz_split(buf, len, v + 1, 2);
	for (size_t i = 0; i < n; i++)
		v[i + 1].name = names[i];
	if ((zip = fuzz_zip(v, n + 1, &zlen)) == NULL)
		return 0;
	if (doc_read_mem("fuzz.odt", zip, zlen, &d, &e) == ST_OK)
		doc_free(&d);
	free(zip);
	return 0;
}
