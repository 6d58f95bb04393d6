/* A growable NUL-terminated byte buffer. */
#ifndef ITAKU_STRBUF_H
#define ITAKU_STRBUF_H

#include <stddef.h>

struct strbuf {
	char *buf;	/* always NUL-terminated once anything was added */
	size_t len;
	size_t cap;
};

#define STRBUF_INIT { NULL, 0, 0 }

/* All return 0, or -1 when memory ran out (the buffer is unchanged then). */
int sb_add(struct strbuf *, const void *, size_t);
int sb_adds(struct strbuf *, const char *);
int sb_addc(struct strbuf *, char);
int sb_printf(struct strbuf *, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void sb_reset(struct strbuf *);
/* Hand the string over to the caller ("" when empty); the buffer is reset. */
char *sb_detach(struct strbuf *);
void sb_free(struct strbuf *);

#endif
