/*
 * Segmentation of normalised contract text into articles (第N条, Article N,
 * numbered sections, 別表/Schedule/Annex), paragraphs (2, 第N項, 7.2), items
 * (一, (1), ①, ア, (a), bullets) and sentences, so that a finding can be
 * named "第7条（再委託）第2項".
 */
#ifndef ITAKU_SEGMENT_H
#define ITAKU_SEGMENT_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "strbuf.h"

enum seg_kind {
	SK_PREAMBLE,	/* text before the first unit */
	SK_ARTICLE,	/* 第N条, Article N, Clause N, Section N */
	SK_SECTION,	/* 別表, 別紙, 特記事項, 附則, Schedule, Annex, Appendix */
	SK_HEADONLY,	/* a unit known only by its heading line （再委託） */
	SK_IMPLICIT,	/* the unnumbered first paragraph of an article */
	SK_NUM,		/* 2, 2., ２ */
	SK_DOT2,	/* 1.1, 7.2 */
	SK_KOU,		/* 第N項 */
	SK_PNUM,	/* (1), 1) */
	SK_CIRCLED,	/* ① */
	SK_KANJI,	/* 一 二 三 */
	SK_KANA,	/* ア イ ウ */
	SK_PKANA,	/* (ア) */
	SK_ALPHA,	/* (a), a) */
	SK_ROMAN,	/* (i), (ii) */
	SK_BULLET	/* -, ・, • */
};

struct seg_unit {
	enum seg_kind kind;
	int role;		/* 0 article or section, 1 paragraph, 2 item */
	int parent;		/* -1 for articles */
	char label[48];		/* as written, normalised: 第7条, 2, 1.1, (1), ア */
	char *heading;		/* 再委託, Sub-processors; NULL when none */
	size_t start, end;	/* text range, descendants included */
	int nparas;		/* articles: paragraphs they have */
};

struct seg_sentence {
	size_t start, end;
	int unit;
};

struct segdoc {
	const char *text;	/* borrowed */
	size_t len;
	bool english;
	struct seg_unit *units;
	size_t nunits;
	struct seg_sentence *sents;
	size_t nsents;
};

int seg_parse(const char *text, size_t len, bool english, struct segdoc *,
    struct error *);
void seg_free(struct segdoc *);
/* The sentence that contains offset off, or -1. */
long seg_sentence_at(const struct segdoc *, size_t off);
/* The article (role 0) a unit belongs to. */
int seg_article(const struct segdoc *, int unit);
/*
 * The unit that evidence names as the article: the article, or for an item
 * in the preamble (① … with no 第N条 above it) that item's outermost item.
 */
int seg_named_article(const struct segdoc *, int unit);
/* The paragraph-sized block: paragraph, article, or an item with a heading. */
int seg_block(const struct segdoc *, int unit);
/* The innermost unit with a heading, or -1. */
int seg_headed(const struct segdoc *, int unit);
/* The paragraph (role 1) and innermost item (role 2) of a unit, or -1. */
int seg_paragraph(const struct segdoc *, int unit);
int seg_item(const struct segdoc *, int unit);
/* Display label of one unit: 第7条, 第2項, 第三号, (1), 5.1; "" for none. */
void seg_display_label(const struct segdoc *, int unit, char *buf, size_t size);
/* Append the location of a unit: 第7条（再委託）第2項.  -1 on no memory. */
int seg_where(const struct segdoc *, int unit, struct strbuf *);

#endif
