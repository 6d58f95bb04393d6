/*
 * The matching engine.  Each group is matched once over the whole
 * normalised text (lazily, only when a rule needs it), keeping matches
 * that lie inside one sentence; rules then test ranges by binary search,
 * so checking stays linear in the text however many rules there are.
 */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>
#include <utf8proc.h>

#include "clause.h"
#include "normalize.h"
#include "segment.h"
#include "strbuf.h"

#define ALIAS_MAX 32
#define QUOTE_MAX 600
#define FINDER_MIN 65536	/* text size from which a finder pays for its compile */

struct span {
	size_t s, e;
};

struct mlist {
	bool done;
	struct span *v;
	size_t n, cap;
};

/* Search with a first-character filter; anch NULL: plain search. */
struct finder {
	bool tried;
	pcre2_code *anch;	/* the pattern, anchored */
	uint8_t *first;		/* [cp]: a match can begin with BMP cp */
};

struct engine {
	const struct ruleset *rs;
	struct ntext nt;
	struct segdoc sd;
	struct mlist *ml;		/* per group */
	pcre2_code **aliascode;		/* per group: the document's own terms */
	bool *aliasdone;
	uint8_t *uses;			/* per group: ranged searches, for JIT */
	char **aliaspat;		/* per group: the pattern of aliascode */
	struct finder *fg, *fa;		/* per group: for code and aliascode */
	uint16_t *cps;			/* for finders: see index_text() */
	uint32_t *coff;
	size_t nch;
	pcre2_match_data *md;
};

static int
ml_push(struct mlist *m, size_t s, size_t e)
{
	struct span *nv;

	if (m->n == m->cap) {
		size_t nc = m->cap ? m->cap * 2 : 16;
		if ((nv = reallocarray(m->v, nc, sizeof(*nv))) == NULL)
			return -1;
		m->v = nv;
		m->cap = nc;
	}
	m->v[m->n].s = s;
	m->v[m->n].e = e;
	m->n++;
	return 0;
}

static int
cmp_span(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	return x->s < y->s ? -1 : x->s > y->s ? 1 : x->e < y->e ? -1 : x->e > y->e;
}

/*
 * The first-character set of a pattern, by a parser that gives up (-1)
 * on anything it does not know, so that a set it returns is never too
 * small.  Zero-width items (\b, ^, $, lookarounds) add nothing; what
 * follows them is what the match begins with.
 */
struct fset {
	const char *p, *end;
	uint8_t *bits;
	bool caseless;
	int depth;
};

static int fs_alt(struct fset *, bool, bool *);

static int
fs_add(struct fset *f, int32_t cp, bool collect)
{
	if (!collect)
		return 0;
	if (cp < 0 || cp >= 0xFFFF)	/* 0xFFFF marks non-BMP in the index */
		return -1;
	/* Only ASCII and CJK have case sets known here. */
	if (f->caseless && cp >= 0x80 && (cp < 0x3000 || cp > 0x9FFF))
		return -1;
	f->bits[cp] = 1;
	if (f->caseless && ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))) {
		f->bits[cp ^ 0x20] = 1;
		if (cp == 'k' || cp == 'K')
			f->bits[0x212A] = 1;	/* Kelvin sign */
		if (cp == 's' || cp == 'S')
			f->bits[0x017F] = 1;	/* long s */
	}
	return 0;
}

/* One literal character, escaped or not; -2 for a class escape. */
static int
fs_char(struct fset *f, int32_t *cp)
{
	utf8proc_ssize_t k;
	unsigned char c;

	if (f->p >= f->end)
		return -1;
	if (*f->p == '\\') {
		if (f->p + 1 >= f->end)
			return -1;
		c = (unsigned char)f->p[1];
		f->p += 2;
		if (strchr("sSwWdD", c) != NULL && c != '\0')
			return -2;
		if (c == 'n' || c == 't' || c == 'r') {
			*cp = c == 'n' ? '\n' : c == 't' ? '\t' : '\r';
			return 0;
		}
		if ((c == 'p' || c == 'P') && f->p < f->end && *f->p == '{') {
			/* \p{Han}: a property, any of many characters */
			while (f->p < f->end && *f->p != '}')
				f->p++;
			if (f->p >= f->end)
				return -1;
			f->p++;
			return -2;
		}
		if (c < 0x80 && !((c >= '0' && c <= '9') ||
		    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) && c > ' ') {
			*cp = c;
			return 0;
		}
		return -1;
	}
	k = utf8proc_iterate((const utf8proc_uint8_t *)f->p,
	    (utf8proc_ssize_t)(f->end - f->p), cp);
	if (k <= 0)
		return -1;
	f->p += k;
	return 0;
}

static int
fs_class(struct fset *f, bool collect)
{
	int32_t lo, hi, c;
	bool first = true;
	int r;

	f->p++;
	if (f->p < f->end && *f->p == '^') {
		if (collect)
			return -1;
		f->p++;
	}
	while (f->p < f->end) {
		if (*f->p == ']' && !first) {
			f->p++;
			return 0;
		}
		first = false;
		if (*f->p == '[')
			return -1;
		if ((r = fs_char(f, &lo)) == -1)
			return -1;
		if (r == -2) {
			if (collect)
				return -1;
			continue;
		}
		hi = lo;
		if (f->end - f->p >= 2 && f->p[0] == '-' && f->p[1] != ']') {
			f->p++;
			if (fs_char(f, &hi) != 0 || hi < lo || hi - lo > 0xFFFF)
				return -1;
		}
		for (c = lo; c <= hi; c++)
			if (fs_add(f, c, collect) == -1)
				return -1;
	}
	return -1;
}

/* A quantifier, if any: *min0 when it allows none. */
static int
fs_quant(struct fset *f, bool *min0)
{
	long n = -1;

	*min0 = false;
	if (f->p >= f->end)
		return 0;
	switch (*f->p) {
	case '?':
	case '*':
		*min0 = true;
		/* FALLTHROUGH */
	case '+':
		f->p++;
		break;
	case '{':
		f->p++;
		while (f->p < f->end && *f->p >= '0' && *f->p <= '9') {
			n = (n < 0 ? 0 : n * 10) + (*f->p++ - '0');
			if (n > 100000)
				return -1;
		}
		if (n < 0)
			return -1;
		if (f->p < f->end && *f->p == ',') {
			f->p++;
			while (f->p < f->end && *f->p >= '0' && *f->p <= '9')
				f->p++;
		}
		if (f->p >= f->end || *f->p != '}')
			return -1;
		f->p++;
		*min0 = n == 0;
		break;
	default:
		return 0;
	}
	if (f->p < f->end && (*f->p == '?' || *f->p == '+'))
		f->p++;
	return 0;
}

static int
fs_atom(struct fset *f, bool collect, bool *nullable)
{
	bool look = false, n;
	int32_t cp;
	int r;

	*nullable = false;
	switch (*f->p) {
	case '(':
		f->p++;
		if (f->p < f->end && *f->p == '?') {
			if (f->p + 1 >= f->end)
				return -1;
			if (f->p[1] == '=' || f->p[1] == '!')
				look = true;
			else if (f->p[1] == '<' && f->p + 2 < f->end &&
			    (f->p[2] == '=' || f->p[2] == '!')) {
				/* a lookbehind: zero-width like a lookahead */
				look = true;
				f->p++;
			} else if (f->p[1] != ':')
				return -1;
			f->p += 2;
		} else if (f->p < f->end && *f->p == '*')
			return -1;	/* verbs act on the unanchored search */
		if (++f->depth > 64 || fs_alt(f, collect && !look, &n) == -1)
			return -1;
		f->depth--;
		if (f->p >= f->end || *f->p != ')')
			return -1;
		f->p++;
		*nullable = look || n;
		return 0;
	case '[':
		return fs_class(f, collect);
	case '^':
	case '$':
		f->p++;
		*nullable = true;
		return 0;
	case '.':
		f->p++;
		return collect ? -1 : 0;
	case '*':
	case '+':
	case '?':
	case '{':
	case '}':
	case ']':
		return -1;
	case '\\':
		if (f->p + 1 < f->end && (f->p[1] == 'b' || f->p[1] == 'B')) {
			f->p += 2;
			*nullable = true;
			return 0;
		}
		break;
	}
	if ((r = fs_char(f, &cp)) == -1)
		return -1;
	if (r == -2)
		return collect ? -1 : 0;
	return fs_add(f, cp, collect);
}

static int
fs_seq(struct fset *f, bool collect, bool *nullable)
{
	bool n, min0;

	*nullable = true;
	while (f->p < f->end && *f->p != '|' && *f->p != ')') {
		if (fs_atom(f, collect && *nullable, &n) == -1 ||
		    fs_quant(f, &min0) == -1)
			return -1;
		if (!n && !min0)
			*nullable = false;
	}
	return 0;
}

static int
fs_alt(struct fset *f, bool collect, bool *nullable)
{
	bool n;

	*nullable = false;
	for (;;) {
		if (fs_seq(f, collect, &n) == -1)
			return -1;
		if (n)
			*nullable = true;
		if (f->p >= f->end || *f->p != '|')
			return 0;
		f->p++;
	}
}

/*
 * Set up the finder of code (compiled from pat).  On any doubt, or
 * when memory runs out, it stays a plain search: slower, same result.
 */
static void
finder_init(struct finder *fd, const pcre2_code *code, const char *pat)
{
	struct fset f;
	uint32_t opts, jit, ajit;
	size_t jsz = 0;
	bool nullable;
	int err;
	PCRE2_SIZE eoff;

	fd->tried = true;
	if (pat == NULL ||
	    pcre2_pattern_info(code, PCRE2_INFO_ARGOPTIONS, &opts) != 0 ||
	    (opts & ~(PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS |
	    PCRE2_NO_UTF_CHECK)) != 0 || !(opts & PCRE2_UTF) ||
	    (f.bits = calloc(0x10000, 1)) == NULL)
		return;
	f.p = pat;
	f.end = pat + strlen(pat);
	f.caseless = (opts & PCRE2_CASELESS) != 0;
	f.depth = 0;
	if (fs_alt(&f, true, &nullable) == -1 || f.p != f.end || nullable)
		goto fail;
	if ((fd->anch = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
	    opts | PCRE2_ANCHORED, &err, &eoff, NULL)) == NULL)
		goto fail;
	/* An interpreted anchored try per candidate loses to a JIT scan. */
	ajit = pcre2_jit_compile(fd->anch, PCRE2_JIT_COMPLETE);
	jit = pcre2_pattern_info(code, PCRE2_INFO_JITSIZE, &jsz);
	if (ajit != 0 && jit == 0 && jsz > 0) {
		pcre2_code_free(fd->anch);
		fd->anch = NULL;
		goto fail;
	}
	fd->first = f.bits;
	return;
fail:
	free(f.bits);
}

static void
finder_free(struct finder *fd)
{
	pcre2_code_free(fd->anch);
	free(fd->first);
	memset(fd, 0, sizeof(*fd));
}

/*
 * The text decoded once for every finder: the BMP code point of each
 * character (0xFFFF: never a first character) and its offset.
 */
static int
index_text(struct engine *en)
{
	const unsigned char *u = (const unsigned char *)en->nt.text;
	size_t len = en->nt.len, off = 0, i = 0, n;
	uint32_t c, cp;

	if ((en->cps = reallocarray(NULL, len + 1, sizeof(*en->cps))) == NULL ||
	    (en->coff = reallocarray(NULL, len + 1, sizeof(*en->coff))) == NULL)
		return -1;
	while (off < len) {
		c = u[off];
		if (c >= 0xE0) {
			/* 0xFE, 0xFF: utf8proc's one-byte U+FFFE, U+FFFF */
			n = c >= 0xF8 ? 1 : c >= 0xF0 ? 4 : 3;
			cp = n == 3 ? (c & 0x0Fu) << 12 | (u[off + 1] & 0x3Fu) << 6 |
			    (u[off + 2] & 0x3Fu) : 0xFFFF;
		} else if (c < 0x80) {
			cp = c;
			n = 1;
		} else if (c >= 0xC0) {
			cp = (c & 0x1Fu) << 6 | (u[off + 1] & 0x3Fu);
			n = 2;
		} else {
			cp = 0xFFFF;	/* not at a character: never tried */
			n = 1;
		}
		if (off + n > len)
			break;
		en->cps[i] = (uint16_t)cp;
		en->coff[i++] = (uint32_t)off;
		off += n;
	}
	en->nch = i;
	return 0;
}

/* Like pcre2_match() from off over the whole text, filtered if it can be. */
static int
search(struct engine *en, const struct finder *fd, const pcre2_code *code,
    size_t off)
{
	const uint8_t *b = fd ? fd->first : NULL;
	size_t lo, hi, mid;
	uint16_t cp;
	int rc;

	if (b == NULL)
		return pcre2_match(code, (PCRE2_SPTR)en->nt.text, en->nt.len,
		    off, PCRE2_NO_UTF_CHECK, en->md, NULL);
	lo = 0;
	hi = en->nch;
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (en->coff[mid] < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* A byte a code point, not a bit: this loop is the scan. */
	for (; lo < en->nch; lo++) {
		cp = en->cps[lo];
		if (!b[cp])
			continue;
		rc = pcre2_match(fd->anch, (PCRE2_SPTR)en->nt.text, en->nt.len,
		    en->coff[lo], PCRE2_NO_UTF_CHECK, en->md, NULL);
		if (rc != PCRE2_ERROR_NOMATCH)
			return rc;
	}
	return PCRE2_ERROR_NOMATCH;
}

/* Run code over the text, keeping matches that stay inside a sentence. */
static int
scan(struct engine *en, const struct finder *fd, pcre2_code *code,
    struct mlist *m)
{
	const char *t = en->nt.text;
	size_t len = en->nt.len, off = 0;
	PCRE2_SIZE *ov;
	long si;
	int rc;

	while (off <= len) {
		if ((rc = search(en, fd, code, off)) < 0)
			break;
		ov = pcre2_get_ovector_pointer(en->md);
		si = seg_sentence_at(&en->sd, ov[0]);
		/*
		 * A match that runs out of its sentence (from a heading into
		 * the text below it) is dropped, and must not hide a match
		 * starting inside it: search on from its next character.
		 */
		if (si >= 0 && ov[1] <= en->sd.sents[si].end && ov[1] > ov[0]) {
			if (ml_push(m, ov[0], ov[1]) == -1)
				return -1;
			off = ov[1];
		} else
			off = ov[0] + 1;
		while (off < len && (t[off] & 0xC0) == 0x80)
			off++;
	}
	return 0;
}

/* (?:t1|t2|…) for the terms found, each quoted. */
static int
terms_alternation(char seen[][64], size_t nseen, struct strbuf *pat)
{
	size_t i;
	const char *p;

	for (i = 0; i < nseen; i++) {
		if (sb_adds(pat, i ? "|" : "(?:") == -1)
			return -1;
		for (p = seen[i]; *p; p++)
			if ((strchr("\\^$.|?*+()[]{}", *p) && sb_addc(pat, '\\') == -1) ||
			    sb_addc(pat, *p) == -1)
				return -1;
	}
	return sb_addc(pat, ')');
}

/*
 * Terms defined from terms found: 保存文書を収納した箱（以下「保存箱」という。）,
 * 本件記録及びこれを変換した画像データ（以下あわせて「本件記録等」という。）.
 * Two rounds, so a chain of two definitions is followed.
 */
static int
chain_terms(struct engine *en, char seen[][64], size_t *nseen)
{
	static const char tail[] = "(?:等)?(?:を|及び|並びに|又は|若しくは|が)"
	    "[^。「」()\\n]{0,30}?\\(以下、?(?:あわせて|併せて|これらを|総称して)?"
	    "「([^」]{1,15})」と(?:いう|いい|総称)";
	const char *t = en->nt.text;
	struct strbuf pat = STRBUF_INIT;
	pcre2_code *code;
	PCRE2_SIZE *ov, eoff;
	size_t round, off, l, j, before;
	int err;

	for (round = 0; round < 2 && *nseen < ALIAS_MAX; round++) {
		sb_reset(&pat);
		if (terms_alternation(seen, *nseen, &pat) == -1 ||
		    sb_adds(&pat, tail) == -1)
			goto nomem;
		code = pcre2_compile((PCRE2_SPTR)pat.buf, pat.len, PCRE2_UTF |
		    PCRE2_UCP | PCRE2_NO_UTF_CHECK, &err, &eoff, NULL);
		if (code == NULL)
			break;		/* a term no expression can hold */
		(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
		before = *nseen;
		for (off = 0; off < en->nt.len && *nseen < ALIAS_MAX;) {
			if (pcre2_match(code, (PCRE2_SPTR)t, en->nt.len, off,
			    PCRE2_NO_UTF_CHECK, en->md, NULL) < 2)
				break;
			ov = pcre2_get_ovector_pointer(en->md);
			off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
			l = ov[3] - ov[2];
			if (ov[2] == PCRE2_UNSET || l == 0 || l >= sizeof(seen[0]))
				continue;
			for (j = 0; j < *nseen; j++)
				if (strlen(seen[j]) == l &&
				    memcmp(seen[j], t + ov[2], l) == 0)
					break;
			if (j < *nseen)
				continue;
			memcpy(seen[*nseen], t + ov[2], l);
			seen[(*nseen)++][l] = '\0';
		}
		pcre2_code_free(code);
		if (*nseen == before)
			break;
	}
	sb_free(&pat);
	return 0;
nomem:
	sb_free(&pat);
	return -1;
}

/* Terms the document defines for a group: 顧客の宛名データ（以下「宛名データ」という。） */
/*
 * A group's expression is compiled to machine code only once it is worth
 * it: before a scan of the whole text, or on its fourth ranged search.
 * Most groups only ever look at a few sentences, where compiling costs
 * more than it saves.
 */
static void
group_jit(struct engine *en, int g, bool now)
{
	if (en->uses[g] > 4 || (!now && ++en->uses[g] < 4))
		return;
	(void)pcre2_jit_compile(en->rs->groups[g].code, PCRE2_JIT_COMPLETE);
	en->uses[g] = 5;
}

static int
build_alias(struct engine *en, size_t g, struct error *e)
{
	const struct ralias *a = &en->rs->aliases[en->rs->groups[g].alias];
	const char *t = en->nt.text;
	struct strbuf pat = STRBUF_INIT;
	char seen[ALIAS_MAX][64];
	size_t nseen = 0, i, j, off, l;
	PCRE2_SIZE *ov;
	int err;
	PCRE2_SIZE eoff;

	int pass;
	bool any_ctx = false;

	for (i = 0; i < a->ncodes; i++)
		any_ctx |= a->ctx != NULL && a->ctx[i];
	/*
	 * Pass 0: the plain expressions.  Pass 1: those that count only when
	 * the group occurs in the document, by its own words or a term from
	 * pass 0 (a contract about personal data: 「委託データ」とは、甲から
	 * 提供されたデータをいう).
	 */
	for (pass = 0; pass < (any_ctx ? 2 : 1); pass++) {
	if (pass == 1 && nseen == 0) {
		int rc;

		group_jit(en, (int)g, true);
		if (!en->fg[g].tried && en->nt.len >= FINDER_MIN)
			finder_init(&en->fg[g], en->rs->groups[g].code,
			    en->rs->groups[g].pattern);
		if (en->fg[g].first != NULL && en->cps == NULL &&
		    index_text(en) == -1)
			return error_set(e, ST_INTERNAL, "out of memory");
		rc = search(en, &en->fg[g], en->rs->groups[g].code, 0);
		if (rc < 0)
			break;
	}
	for (i = 0; i < a->ncodes; i++) {
		struct finder fd = { 0 }, fk = { 0 };
		size_t lend;
		bool inline_ = false;
		bool keyed = a->keys != NULL && a->keys[i] != NULL;

		if ((a->ctx != NULL && a->ctx[i]) != (pass == 1))
			continue;
		if (en->nt.len >= FINDER_MIN) {
			if (keyed)
				finder_init(&fk, a->keys[i], a->keypats[i]);
			else
				finder_init(&fd, a->codes[i], a->pats[i]);
			if ((fd.first != NULL || fk.first != NULL) &&
			    en->cps == NULL && index_text(en) == -1) {
				finder_free(&fd);
				finder_free(&fk);
				return error_set(e, ST_INTERNAL, "out of memory");
			}
		}
		off = 0;
		lend = en->nt.len;
		inline_ = false;
		for (;;) {
			if (off >= en->nt.len || nseen >= ALIAS_MAX)
				break;
			if (keyed) {
				/*
				 * Only the lines its key matches: from the
				 * line of the next key match to its end.
				 */
				if (!inline_ || off >= lend) {
					size_t ls;

					if (search(en, &fk, a->keys[i], off) < 0)
						break;
					ov = pcre2_get_ovector_pointer(en->md);
					ls = ov[0];
					while (ls > 0 && t[ls - 1] != '\n')
						ls--;
					if (ls > off)
						off = ls;
					lend = ov[1];
					while (lend < en->nt.len && t[lend] != '\n')
						lend++;
					inline_ = true;
				}
				if (pcre2_match(a->codes[i], (PCRE2_SPTR)t, lend,
				    off, PCRE2_NO_UTF_CHECK, en->md, NULL) < 2) {
					off = lend;
					inline_ = false;
					continue;
				}
			} else if (search(en, &fd, a->codes[i], off) < 2)
				break;
			ov = pcre2_get_ovector_pointer(en->md);
			off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
			if (ov[2] == PCRE2_UNSET || ov[3] <= ov[2])
				continue;
			l = ov[3] - ov[2];
			if (l >= sizeof(seen[0]))
				continue;
			for (j = 0; j < nseen; j++)
				if (strlen(seen[j]) == l &&
				    memcmp(seen[j], t + ov[2], l) == 0)
					break;
			if (j < nseen)
				continue;
			memcpy(seen[nseen], t + ov[2], l);
			seen[nseen++][l] = '\0';
		}
		finder_free(&fd);
		finder_free(&fk);
	}
	}
	if (nseen == 0)
		return 0;
	if (a->chain && chain_terms(en, seen, &nseen) == -1)
		goto nomem;
	if (terms_alternation(seen, nseen, &pat) == -1)
		goto nomem;
	en->aliascode[g] = pcre2_compile((PCRE2_SPTR)pat.buf, pat.len,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK, &err, &eoff, NULL);
	if (en->aliascode[g] != NULL)
		(void)pcre2_jit_compile(en->aliascode[g], PCRE2_JIT_COMPLETE);
	en->aliaspat[g] = sb_detach(&pat);
	return 0;
nomem:
	sb_free(&pat);
	return error_set(e, ST_INTERNAL, "out of memory");
}

static struct mlist *
matches(struct engine *en, int g, struct error *e)
{
	struct mlist *m = &en->ml[g];

	if (m->done)
		return m;
	m->done = true;
	group_jit(en, g, true);
	if (!en->fg[g].tried && en->nt.len >= FINDER_MIN)
		finder_init(&en->fg[g], en->rs->groups[g].code,
		    en->rs->groups[g].pattern);
	if ((en->fg[g].first != NULL && en->cps == NULL && index_text(en) == -1) ||
	    scan(en, &en->fg[g], en->rs->groups[g].code, m) == -1)
		goto nomem;
	if (en->rs->groups[g].alias >= 0) {
		if (!en->aliasdone[g] && build_alias(en, (size_t)g, e) != 0)
			return NULL;
		en->aliasdone[g] = true;
		if (en->aliascode[g] != NULL) {
			if (!en->fa[g].tried && en->nt.len >= FINDER_MIN)
				finder_init(&en->fa[g], en->aliascode[g],
				    en->aliaspat[g]);
			if ((en->fa[g].first != NULL && en->cps == NULL &&
			    index_text(en) == -1) ||
			    scan(en, &en->fa[g], en->aliascode[g], m) == -1)
				goto nomem;
			qsort(m->v, m->n, sizeof(*m->v), cmp_span);
		}
	}
	return m;
nomem:
	error_set(e, ST_INTERNAL, "out of memory matching");
	return NULL;
}

static bool
has_in(const struct mlist *m, size_t s, size_t e)
{
	size_t lo = 0, hi = m->n, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (m->v[mid].s < s)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < m->n && m->v[lo].s < e; lo++)
		if (m->v[lo].e <= e)
			return true;
	return false;
}

/*
 * Does group g match inside [s, e)?  Small ranges are searched directly
 * rather than scanning the whole text for a group only ever tested there.
 */
static int
group_in(struct engine *en, int g, size_t s, size_t e, struct error *err)
{
	struct mlist *m = &en->ml[g];
	pcre2_code *codes[2];
	PCRE2_SIZE *ov;
	size_t off;
	int i;

	if (!m->done && e - s > 65536) {
		if ((m = matches(en, g, err)) == NULL)
			return -1;
	}
	if (m->done)
		return has_in(m, s, e);
	if (en->rs->groups[g].alias >= 0 && !en->aliasdone[g]) {
		if (build_alias(en, (size_t)g, err) != 0)
			return -1;
		en->aliasdone[g] = true;
	}
	group_jit(en, g, e - s > 4096);
	codes[0] = en->rs->groups[g].code;
	codes[1] = en->aliascode[g];
	for (i = 0; i < 2; i++) {
		off = s;
		while (codes[i] != NULL && off < e &&
		    pcre2_match(codes[i], (PCRE2_SPTR)en->nt.text, e, off,
		    PCRE2_NO_UTF_CHECK, en->md, NULL) >= 0) {
			long si;

			ov = pcre2_get_ovector_pointer(en->md);
			si = seg_sentence_at(&en->sd, ov[0]);
			if (si >= 0 && ov[1] <= en->sd.sents[si].end && ov[1] > ov[0])
				return 1;
			off = ov[0] + 1;	/* as in scan() */
			while (off < e && (en->nt.text[off] & 0xC0) == 0x80)
				off++;
		}
	}
	return 0;
}

static void
range_of(const struct engine *en, long si, enum rscope sc, size_t *s, size_t *e)
{
	const struct segdoc *d = &en->sd;
	int u = d->sents[si].unit;

	switch (sc) {
	case RS_SENTENCE:
		*s = d->sents[si].start;
		*e = d->sents[si].end;
		return;
	case RS_PARAGRAPH:
		u = seg_block(d, u);
		break;
	case RS_ARTICLE:
		u = seg_article(d, u);
		break;
	case RS_DOCUMENT:
		*s = 0;
		*e = d->len;
		return;
	}
	*s = d->units[u].start;
	*e = d->units[u].end;
	/* Never smaller than the sentence (a sentence may close a unit's line). */
	if (d->sents[si].start < *s)
		*s = d->sents[si].start;
	if (d->sents[si].end > *e)
		*e = d->sents[si].end;
}

static bool
heading_matches(struct engine *en, int g, long si)
{
	const struct segdoc *d = &en->sd;
	int u = d->sents[si].unit;
	const char *h;

	for (; u >= 0; u = d->units[u].parent) {
		if ((h = d->units[u].heading) == NULL)
			continue;
		if (pcre2_match(en->rs->groups[g].code, (PCRE2_SPTR)h,
		    strlen(h), 0, 0, en->md, NULL) >= 0)
			return true;
		if (en->aliascode[g] != NULL &&
		    pcre2_match(en->aliascode[g], (PCRE2_SPTR)h, strlen(h), 0,
		    0, en->md, NULL) >= 0)
			return true;
	}
	return false;
}

/* -1 error, 0 no, 1 the rule holds for sentence si. */
static int
rule_holds(struct engine *en, const struct rrule *r, long si, struct error *e)
{
	size_t s, t, i, n = 0;
	int in;
	bool ok;

	range_of(en, si, r->scope, &s, &t);
	for (i = 0; i < r->nreq; i++) {
		if ((in = group_in(en, r->req[i].group, s, t, e)) < 0)
			return -1;
		if (in)
			n++;
		else if (r->min == r->nreq)
			return 0;
	}
	if (n < r->min)
		return 0;
	if (r->nheading > 0) {
		ok = false;
		for (i = 0; i < r->nheading && !ok; i++) {
			int g = r->heading[i];

			if (en->rs->groups[g].alias >= 0 && !en->aliasdone[g]) {
				if (build_alias(en, (size_t)g, e) != 0)
					return -1;
				en->aliasdone[g] = true;
			}
			ok = heading_matches(en, g, si);
		}
		if (!ok)
			return 0;
	}
	for (i = 0; i < r->nunless; i++) {
		range_of(en, si, r->unless[i].scope, &s, &t);
		if ((in = group_in(en, r->unless[i].group, s, t, e)) < 0)
			return -1;
		if (in)
			return 0;
	}
	for (i = 0; i < r->ncontext; i++) {
		range_of(en, si, r->context[i].scope, &s, &t);
		if ((in = group_in(en, r->context[i].group, s, t, e)) < 0)
			return -1;
		if (!in)
			return 0;
	}
	return 1;
}

static char *
label_of(const struct segdoc *d, int u)
{
	char buf[64];

	if (u < 0)
		return strdup("");
	seg_display_label(d, u, buf, sizeof(buf));
	return strdup(buf);
}

static int
add_evidence(struct engine *en, struct clause_result *cr, long si, int rule)
{
	const struct segdoc *d = &en->sd;
	struct clause_evidence *ev;
	struct strbuf sb = STRBUF_INIT;
	int u = d->sents[si].unit, art, h;
	size_t os, oe, n;
	char *q;

	if ((ev = reallocarray(cr->ev, cr->nev + 1, sizeof(*ev))) == NULL)
		return -1;
	cr->ev = ev;
	ev = &cr->ev[cr->nev];
	memset(ev, 0, sizeof(*ev));
	cr->nev++;
	art = seg_named_article(d, u);
	h = d->units[art].heading ? art : seg_headed(d, u);
	ev->article = label_of(d, art);
	ev->heading = strdup(h >= 0 ? d->units[h].heading : "");
	ev->paragraph = label_of(d, seg_paragraph(d, u));
	ev->item = label_of(d, seg_item(d, u) == art ? -1 : seg_item(d, u));
	if (seg_where(d, u, &sb) == -1) {
		sb_free(&sb);
		return -1;
	}
	ev->where = sb_detach(&sb);
	if ((q = norm_quote(&en->nt, d->sents[si].start, d->sents[si].end)) != NULL &&
	    (n = strlen(q)) > QUOTE_MAX) {
		/* q holds more than QUOTE_MAX + 1 bytes: room for "…" and NUL. */
		n = QUOTE_MAX - 2;
		while (n > 0 && (q[n] & 0xC0) == 0x80)
			n--;
		memcpy(q + n, "…", 4);
	}
	ev->text = q;
	norm_span(&en->nt, d->sents[si].start, d->sents[si].end, &os, &oe);
	ev->offset = os;
	ev->rule = rule;
	if (!ev->article || !ev->heading || !ev->paragraph || !ev->item ||
	    !ev->where || !ev->text)
		return -1;
	return 0;
}

static int
cmp_ev(const void *a, const void *b)
{
	const struct clause_evidence *x = a, *y = b;

	return x->offset < y->offset ? -1 : x->offset > y->offset;
}

static int
check_clause(struct engine *en, const struct rclause *c, struct clause_result *cr,
    struct error *e)
{
	long *seen = NULL, si, last;
	size_t nseen = 0, ri, i, k;
	struct mlist *m, *all[16];
	int rc;

	for (ri = 0; ri < c->nrules && cr->nev < CLAUSE_MAX_EVIDENCE; ri++) {
		const struct rrule *r = &c->rules[ri];
		size_t nall = r->min == r->nreq ? 1 : r->nreq;

		if (nall > 16)
			nall = 16;
		for (k = 0; k < nall; k++)
			if ((all[k] = matches(en, r->req[k].group, e)) == NULL)
				goto fail;
		for (k = 0; k < nall && cr->nev < CLAUSE_MAX_EVIDENCE; k++) {
			m = all[k];
			last = -1;
			for (i = 0; i < m->n && cr->nev < CLAUSE_MAX_EVIDENCE; i++) {
				size_t j;

				si = seg_sentence_at(&en->sd, m->v[i].s);
				if (si < 0 || si == last)
					continue;
				last = si;
				for (j = 0; j < nseen; j++)
					if (seen[j] == si)
						break;
				if (j < nseen)
					continue;
				if ((rc = rule_holds(en, r, si, e)) < 0)
					goto fail;
				if (rc == 0)
					continue;
				{
					long *ns = reallocarray(seen, nseen + 1,
					    sizeof(*ns));
					if (ns == NULL)
						goto nomem;
					seen = ns;
					seen[nseen++] = si;
				}
				if (add_evidence(en, cr, si, (int)ri) == -1)
					goto nomem;
			}
		}
	}
	cr->present = cr->nev > 0;
	if (cr->nev > 1)	/* ev is NULL when there is none */
		qsort(cr->ev, cr->nev, sizeof(*cr->ev), cmp_ev);
	free(seen);
	return ST_OK;
nomem:
	error_set(e, ST_INTERNAL, "out of memory checking clauses");
fail:
	free(seen);
	return e->status ? e->status : ST_INTERNAL;
}

static void
ev_free(struct clause_evidence *ev)
{
	free(ev->article);
	free(ev->heading);
	free(ev->paragraph);
	free(ev->item);
	free(ev->where);
	free(ev->text);
}

/*
 * Clauses implied by present ones (<implied-by>), to a fixed point so that
 * a chain of implications holds whatever the clauses' order.  -1 on no
 * memory.
 */
static int
imply(const struct ruleset *rs, struct check_result *res)
{
	bool changed = true;
	size_t i, j, k;

	while (changed) {
		changed = false;
		for (i = 0; i < rs->nclauses; i++) {
			const struct rclause *c = &rs->clauses[i];
			struct clause_result *cr = &res->clauses[i];

			for (j = 0; j < c->nimplied && !cr->present; j++) {
				const struct clause_result *by =
				    &res->clauses[c->implied_by[j]];

				if (!by->present || by->nev == 0)
					continue;
				if ((cr->ev = calloc(by->nev, sizeof(*cr->ev))) == NULL ||
				    (cr->implied_by = strdup(by->id)) == NULL)
					return -1;
				for (k = 0; k < by->nev; k++) {
					struct clause_evidence *d = &cr->ev[k];
					const struct clause_evidence *f = &by->ev[k];

					cr->nev++;
					d->article = strdup(f->article);
					d->heading = strdup(f->heading);
					d->paragraph = strdup(f->paragraph);
					d->item = strdup(f->item);
					d->where = strdup(f->where);
					d->text = strdup(f->text);
					d->offset = f->offset;
					d->rule = -1;
					if (!d->article || !d->heading ||
					    !d->paragraph || !d->item ||
					    !d->where || !d->text)
						return -1;
				}
				cr->present = true;
				changed = true;
			}
		}
	}
	return 0;
}

static void
engine_free(struct engine *en)
{
	size_t i;

	if (en->ml != NULL)
		for (i = 0; i < en->rs->ngroups; i++)
			free(en->ml[i].v);
	if (en->aliascode != NULL)
		for (i = 0; i < en->rs->ngroups; i++)
			pcre2_code_free(en->aliascode[i]);
	if (en->aliaspat != NULL)
		for (i = 0; i < en->rs->ngroups; i++)
			free(en->aliaspat[i]);
	if (en->fg != NULL)
		for (i = 0; i < en->rs->ngroups; i++)
			finder_free(&en->fg[i]);
	if (en->fa != NULL)
		for (i = 0; i < en->rs->ngroups; i++)
			finder_free(&en->fa[i]);
	free(en->ml);
	free(en->aliascode);
	free(en->aliaspat);
	free(en->fg);
	free(en->fa);
	free(en->cps);
	free(en->coff);
	free(en->aliasdone);
	free(en->uses);
	pcre2_match_data_free(en->md);
	seg_free(&en->sd);
	norm_free(&en->nt);
}

int
clause_check(const struct ruleset *rs, const char *text, size_t len,
    struct check_result *res, struct error *e)
{
	struct engine en;
	size_t i;
	int rc;

	memset(res, 0, sizeof(*res));
	memset(&en, 0, sizeof(en));
	en.rs = rs;
	if ((rc = norm_text(text, len, &en.nt, e)) != ST_OK)
		return rc;
	if ((rc = seg_parse(en.nt.text, en.nt.len, norm_is_english(&en.nt),
	    &en.sd, e)) != ST_OK)
		goto done;
	rc = ST_INTERNAL;
	if ((en.ml = calloc(rs->ngroups + 1, sizeof(*en.ml))) == NULL ||
	    (en.aliascode = calloc(rs->ngroups + 1, sizeof(*en.aliascode))) == NULL ||
	    (en.aliasdone = calloc(rs->ngroups + 1, sizeof(*en.aliasdone))) == NULL ||
	    (en.uses = calloc(rs->ngroups + 1, sizeof(*en.uses))) == NULL ||
	    (en.aliaspat = calloc(rs->ngroups + 1, sizeof(*en.aliaspat))) == NULL ||
	    (en.fg = calloc(rs->ngroups + 1, sizeof(*en.fg))) == NULL ||
	    (en.fa = calloc(rs->ngroups + 1, sizeof(*en.fa))) == NULL ||
	    (en.md = pcre2_match_data_create(4, NULL)) == NULL)
		goto nomem;
	res->english = en.sd.english;
	if ((res->ruleset_id = strdup(rs->id)) == NULL ||
	    (res->ruleset_version = strdup(rs->version)) == NULL ||
	    (res->ruleset_title = strdup(rs->title ? rs->title : "")) == NULL ||
	    (res->ruleset_lang = strdup(rs->lang)) == NULL ||
	    (res->clauses = calloc(rs->nclauses, sizeof(*res->clauses))) == NULL)
		goto nomem;
	for (i = 0; i < rs->nclauses; i++) {
		const struct rclause *c = &rs->clauses[i];
		struct clause_result *cr = &res->clauses[i];

		res->nclauses++;
		if ((cr->id = strdup(c->id)) == NULL ||
		    (cr->title_ja = strdup(c->title_ja)) == NULL ||
		    (cr->title_en = strdup(c->title_en)) == NULL ||
		    (cr->source = strdup(c->source)) == NULL ||
		    (cr->model = strdup(c->model)) == NULL)
			goto nomem;
		if ((rc = check_clause(&en, c, cr, e)) != ST_OK)
			goto done;
	}
	if (imply(rs, res) == -1)
		goto nomem;
	for (i = 0; i < res->nclauses; i++)
		if (res->clauses[i].present)
			res->present++;
		else
			res->missing++;
	rc = ST_OK;
	goto done;
nomem:
	rc = error_set(e, ST_INTERNAL, "out of memory checking clauses");
done:
	if (rc != ST_OK)
		check_result_free(res);
	engine_free(&en);
	return rc;
}

void
check_result_free(struct check_result *r)
{
	size_t i, j;

	for (i = 0; i < r->nclauses; i++) {
		struct clause_result *c = &r->clauses[i];
		for (j = 0; j < c->nev; j++)
			ev_free(&c->ev[j]);
		free(c->ev);
		free(c->implied_by);
		free(c->id);
		free(c->title_ja);
		free(c->title_en);
		free(c->source);
		free(c->model);
	}
	free(r->clauses);
	free(r->ruleset_id);
	free(r->ruleset_version);
	free(r->ruleset_title);
	free(r->ruleset_lang);
	memset(r, 0, sizeof(*r));
}

const char *
clause_auto_ruleset(const char *text, size_t len)
{
	const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)text;
	size_t i = 0, wide = 0, latin = 0;
	utf8proc_int32_t cp;
	utf8proc_ssize_t k;

	if (len > 65536)
		len = 65536;	/* a contract is in one language: its start tells */
	while (i < len) {
		/* ASCII and well-formed 3-byte characters inline. */
		if (u[i] < 0x80) {
			cp = u[i];
			k = 1;
		} else if ((u[i] & 0xF0) == 0xE0 && len - i >= 3 &&
		    (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80 &&
		    (cp = (u[i] & 0x0F) << 12 | (u[i + 1] & 0x3F) << 6 |
		    (u[i + 2] & 0x3F)) >= 0x800 && (cp < 0xD800 || cp > 0xDFFF))
			k = 3;
		else
			k = utf8proc_iterate(u + i, (utf8proc_ssize_t)(len - i),
			    &cp);
		if (k <= 0) {
			i++;
			continue;
		}
		i += (size_t)k;
		if (norm_is_wide(cp))
			wide++;
		else if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
			latin++;
	}
	return latin > 3 * wide + 20 ? "gdpr-art28" : "meti";
}
