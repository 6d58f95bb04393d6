/*
 * A minimal zip writer: local headers, stored data, the central directory
 * and its end record.  Enough for libzip and for doc_zip.c to accept.
 */
#define _GNU_SOURCE		/* memmem */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "zipwrap.h"

static unsigned char *
put16(unsigned char *p, unsigned v)
{
	p[0] = v & 0xff;
	p[1] = (v >> 8) & 0xff;
	return p + 2;
}

static unsigned char *
put32(unsigned char *p, uint32_t v)
{
	p = put16(p, v & 0xffff);
	return put16(p, v >> 16);
}

size_t
fuzz_split(const unsigned char *buf, size_t len, struct zpart *v, size_t max)
{
	size_t n = 0, seplen = strlen(FUZZ_SEP);
	const unsigned char *p = buf, *end = buf + len, *q;

	while (n < max) {
		q = n + 1 < max ? memmem(p, (size_t)(end - p), FUZZ_SEP, seplen) : NULL;
		v[n].data = p;
		v[n].len = q ? (size_t)(q - p) : (size_t)(end - p);
		n++;
		if (q == NULL)
			break;
		p = q + seplen;
	}
	return n;
}

unsigned char *
fuzz_zip(const struct zpart *v, size_t n, size_t *outlen)
{
	unsigned char *buf, *p, *cd;
	uint32_t *offs, *crcs;
	size_t size = 22, i;

	for (i = 0; i < n; i++)
		size += 30 + 46 + 2 * strlen(v[i].name) + v[i].len;
	buf = malloc(size);
	offs = calloc(n + 1, sizeof(*offs));
	crcs = calloc(n + 1, sizeof(*crcs));
	if (buf == NULL || offs == NULL || crcs == NULL) {
		free(buf);
		buf = NULL;
		goto done;
	}
	p = buf;
	for (i = 0; i < n; i++) {
		size_t nl = strlen(v[i].name);

		offs[i] = (uint32_t)(p - buf);
		crcs[i] = (uint32_t)crc32(0, v[i].data, (uInt)v[i].len);
		p = put32(p, 0x04034b50);
		p = put16(p, 20);
		p = put16(p, 0);		/* flags */
		p = put16(p, 0);		/* stored */
		p = put32(p, 0);		/* time, date */
		p = put32(p, crcs[i]);
		p = put32(p, (uint32_t)v[i].len);
		p = put32(p, (uint32_t)v[i].len);
		p = put16(p, (unsigned)nl);
		p = put16(p, 0);
		memcpy(p, v[i].name, nl);
		p += nl;
		if (v[i].len > 0)
			memcpy(p, v[i].data, v[i].len);
		p += v[i].len;
	}
	cd = p;
	for (i = 0; i < n; i++) {
		size_t nl = strlen(v[i].name);

		p = put32(p, 0x02014b50);
		p = put16(p, 20);
		p = put16(p, 20);
		p = put16(p, 0);
		p = put16(p, 0);
		p = put32(p, 0);
		p = put32(p, crcs[i]);
		p = put32(p, (uint32_t)v[i].len);
		p = put32(p, (uint32_t)v[i].len);
		p = put16(p, (unsigned)nl);
		p = put16(p, 0);		/* extra */
		p = put16(p, 0);		/* comment */
		p = put16(p, 0);		/* disk */
		p = put16(p, 0);		/* internal attributes */
		p = put32(p, 0);		/* external attributes */
		p = put32(p, offs[i]);
		memcpy(p, v[i].name, nl);
		p += nl;
	}
	p = put32(p, 0x06054b50);
	p = put16(p, 0);
	p = put16(p, 0);
	p = put16(p, (unsigned)n);
	p = put16(p, (unsigned)n);
	p = put32(p, (uint32_t)(p - cd - 12));
	p = put32(p, (uint32_t)(cd - buf));
	p = put16(p, 0);
	*outlen = (size_t)(p - buf);
done:
	free(offs);
	free(crcs);
	return buf;
}

int
fuzz_is_pdf(const unsigned char *buf, size_t len)
{
	return memmem(buf, len > 1024 ? 1024 : len, "%PDF-", 5) != NULL;
}
