/*
 * Bounded reading of zip members for the office readers.  A zip bomb is
 * refused from its declared sizes before anything is inflated, and a
 * member that inflates to more than it declared is treated as a lie.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zip.h>

#include "doc_int.h"
#include "i18n.h"

static uint32_t
le16(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint64_t
le64(const unsigned char *p)
{
	uint64_t v = 0;

	for (int i = 7; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

/*
 * Count the entries from the end of central directory record before
 * libzip allocates one structure per entry.  -1: no record found.
 */
static long long
eocd_entries(const unsigned char *p, size_t len)
{
	size_t i, lo;

	if (len < 22)
		return -1;
	lo = len > 22 + 65535 ? len - 22 - 65535 : 0;
	for (i = len - 22 + 1; i-- > lo; ) {
		if (memcmp(p + i, "PK\5\6", 4) != 0)
			continue;
		/* Zip64: the locator sits right before the record. */
		if (le16(p + i + 10) == 0xffff && i >= 20 &&
		    memcmp(p + i - 20, "PK\6\7", 4) == 0) {
			uint64_t off = le64(p + i - 20 + 8);

			if (off > len - 56 || memcmp(p + off, "PK\6\6", 4) != 0)
				return -1;
			return le64(p + off + 32) > (uint64_t)1 << 40 ?
			    (long long)1 << 40 : (long long)le64(p + off + 32);
		}
		return le16(p + i + 10);
	}
	return -1;
}

int
dz_open(struct dzip *z, const char *name, const void *buf, size_t len,
    struct error *e)
{
	zip_source_t *src = NULL;
	zip_error_t zerr;
	long long n;
	int zep = 0;

	memset(z, 0, sizeof(*z));
	z->name = name;
	zip_error_init(&zerr);
	if ((n = eocd_entries(buf, len)) < 0) {
		error_set(e, ST_FILE, _("%s: the zip archive is truncated or "
		    "damaged (no central directory); save the document again"),
		    name);
		goto done;
	}
	if (n > DOC_MAX_ENTRIES) {
		error_set(e, ST_FILE, _("%s: the zip archive has %lld entries "
		    "(the limit is %d); not a document we read"), name, n,
		    DOC_MAX_ENTRIES);
		goto done;
	}
	if ((src = zip_source_buffer_create(buf, len, 0, &zerr)) == NULL) {
		error_set(e, ST_INTERNAL, "%s: %s", name,
		    zip_error_strerror(&zerr));
		goto done;
	}
	if ((z->za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS,
	    &zerr)) == NULL) {
		zip_source_free(src);
		zep = zip_error_code_zip(&zerr);
		error_set(e, zep == ZIP_ER_MEMORY ? ST_INTERNAL : ST_FILE,
		    _("%s: the zip archive is truncated or damaged (%s); "
		    "save the document again"), name, zip_error_strerror(&zerr));
		goto done;
	}
	if (zip_get_num_entries(z->za, 0) > DOC_MAX_ENTRIES) {
		error_set(e, ST_FILE, _("%s: the zip archive has too many "
		    "entries; not a document we read"), name);
		goto done;
	}
done:
	zip_error_fini(&zerr);
	if (e->status != ST_OK && z->za != NULL) {
		zip_discard(z->za);
		z->za = NULL;
	}
	return e->status;
}

long
dz_find(struct dzip *z, const char *entry)
{
	zip_int64_t i;

	if ((i = zip_name_locate(z->za, entry, 0)) < 0 || i > DOC_MAX_ENTRIES)
		return -1;
	return (long)i;
}

int
dz_read(struct dzip *z, long idx, char **out, size_t *outlen,
    struct error *e)
{
	zip_stat_t st;
	zip_file_t *zf = NULL;
	zip_int64_t n;
	size_t got = 0;
	char *buf = NULL, extra;
	const char *ename = "?";

	*out = NULL;
	*outlen = 0;
	zip_stat_init(&st);
	if (zip_stat_index(z->za, (zip_uint64_t)idx, 0, &st) == -1 ||
	    (st.valid & (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE)) !=
	    (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE)) {
		error_set(e, ST_FILE, _("%s: damaged zip entry; save the "
		    "document again"), z->name);
		goto done;
	}
	if (st.valid & ZIP_STAT_NAME)
		ename = st.name;
	if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) &&
	    st.encryption_method != ZIP_EM_NONE) {
		error_set(e, ST_FILE, _("%s: %s is encrypted; remove the "
		    "password and save again"), z->name, ename);
		goto done;
	}
	if (st.size > DOC_MAX_ENTRY) {
		error_set(e, ST_FILE, _("%s: %s would inflate to %llu bytes "
		    "(the limit is %zu MiB); not a document we read"), z->name,
		    ename, (unsigned long long)st.size, DOC_MAX_ENTRY / MIB);
		goto done;
	}
	if (st.size > DOC_MAX_INFLATE - z->inflated) {
		error_set(e, ST_FILE, _("%s: the archive inflates to more than "
		    "%zu MiB; not a document we read"), z->name,
		    DOC_MAX_INFLATE / MIB);
		goto done;
	}
	if (st.size >= DOC_RATIO_FROM &&
	    st.size / DOC_MAX_RATIO > st.comp_size) {
		error_set(e, ST_FILE, _("%s: %s is compressed more than %d:1, "
		    "like a zip bomb; not a document we read"), z->name, ename,
		    DOC_MAX_RATIO);
		goto done;
	}
	if ((buf = malloc((size_t)st.size + 1)) == NULL) {
		error_set(e, ST_INTERNAL, _("%s: out of memory"), z->name);
		goto done;
	}
	if ((zf = zip_fopen_index(z->za, (zip_uint64_t)idx, 0)) == NULL) {
		error_set(e, ST_FILE, _("%s: cannot read %s (%s); save the "
		    "document again"), z->name, ename, zip_strerror(z->za));
		goto done;
	}
	while (got < st.size) {
		n = zip_fread(zf, buf + got, st.size - got);
		if (n < 0) {
			error_set(e, ST_FILE, _("%s: cannot inflate %s (%s); the "
			    "archive is damaged"), z->name, ename,
			    zip_file_strerror(zf));
			goto done;
		}
		if (n == 0)
			break;
		got += (size_t)n;
	}
	if (got != st.size) {
		error_set(e, ST_FILE, _("%s: %s is shorter than declared; the "
		    "archive is damaged"), z->name, ename);
		goto done;
	}
	/* One more byte: data beyond the declared size is a lie. */
	n = zip_fread(zf, &extra, 1);
	if (n != 0) {
		error_set(e, ST_FILE, _("%s: %s is %s; the archive is damaged "
		    "or hostile"), z->name, ename, n > 0 ?
		    _("longer than declared") :
		    _("corrupt (checksum mismatch)"));
		goto done;
	}
	buf[got] = '\0';
	z->inflated += got;
	*out = buf;
	*outlen = got;
	buf = NULL;
done:
	if (zf != NULL)
		zip_fclose(zf);
	free(buf);
	return e->status;
}

void
dz_close(struct dzip *z)
{
	if (z->za != NULL)
		zip_discard(z->za);
	z->za = NULL;
}
