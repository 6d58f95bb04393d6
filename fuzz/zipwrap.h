/*
 * Fuzzing helpers: build a stored (uncompressed) zip archive in memory so
 * the document harnesses can mutate XML parts directly rather than bytes
 * hidden behind deflate and CRCs, and split one input into several parts.
 */
#ifndef ITAKU_FUZZ_ZIPWRAP_H
#define ITAKU_FUZZ_ZIPWRAP_H

#include <stddef.h>

/* The separator between parts of one fuzz input. */
#define FUZZ_SEP "\n=====\n"

struct zpart {
	const char *name;
	const unsigned char *data;
	size_t len;
};

/* Split buf at FUZZ_SEP into at most max parts; returns how many. */
size_t fuzz_split(const unsigned char *buf, size_t len, struct zpart *, size_t max);
/* A malloc'd zip holding the parts, stored; NULL when out of memory. */
unsigned char *fuzz_zip(const struct zpart *, size_t n, size_t *outlen);
/* Input that doc_read_mem would hand to pdftotext: not ours to fuzz. */
int fuzz_is_pdf(const unsigned char *buf, size_t len);

#endif
