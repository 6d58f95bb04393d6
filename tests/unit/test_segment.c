#include "unit.h"
#include "normalize.h"
#include "segment.h"
#include "strbuf.h"

struct fx {
	struct ntext nt;
	struct segdoc d;
};

static void
parse(struct fx *f, const char *text)
{
	struct error e = { 0 };

	assert_int_equal(norm_text(text, strlen(text), &f->nt, &e), ST_OK);
	assert_int_equal(seg_parse(f->nt.text, f->nt.len, norm_is_english(&f->nt),
	    &f->d, &e), ST_OK);
}

static void
done(struct fx *f)
{
	seg_free(&f->d);
	norm_free(&f->nt);
}

/* Where the sentence containing needle is. */
static char *
where(struct fx *f, const char *needle)
{
	const char *p = strstr(f->nt.text, needle);
	struct strbuf sb = STRBUF_INIT;
	long si;

	assert_non_null(p);
	si = seg_sentence_at(&f->d, (size_t)(p - f->nt.text));
	assert_true(si >= 0);
	assert_int_equal(seg_where(&f->d, f->d.sents[si].unit, &sb), 0);
	return sb_detach(&sb);
}

#define WHERE(f, needle, want) do { char *w_ = where(f, needle); \
	assert_string_equal(w_, want); free(w_); } while (0)

static void
japanese_articles_paragraphs_items(void **state)
{
	struct fx f;

	(void)state;
	parse(&f, "業務委託契約書\n\n甲と乙は次のとおり契約する。\n\n"
	    "（再委託）\n第７条　乙は、再委託してはならない。\n"
	    "２　乙は、再委託先に同等の義務を負わせる。\n"
	    "第八条(禁止事項)\n乙は、次に掲げる行為をしてはならない。\n"
	    "一　個人情報を漏えいすること。\n二　個人情報を複製すること。\n"
	    "第9条 報告\n9.1 乙は毎月報告する。\n9.2 甲は監査できる。\n"
	    "第10条（事故）乙は、直ちに報告する。\n① 第一報\n② 経過\n"
	    "別表（第9条関係）\n１．月次報告\n(1) 取扱件数\n");
	WHERE(&f, "次のとおり", "前文");
	WHERE(&f, "再委託してはならない", "第7条（再委託）第1項");
	WHERE(&f, "同等の義務", "第7条（再委託）第2項");
	WHERE(&f, "次に掲げる", "第8条（禁止事項）");
	WHERE(&f, "複製すること", "第8条（禁止事項）第二号");
	WHERE(&f, "毎月報告", "第9条（報告）9.1");
	WHERE(&f, "監査できる", "第9条（報告）9.2");
	WHERE(&f, "直ちに報告", "第10条（事故）");
	WHERE(&f, "経過", "第10条（事故）②");
	WHERE(&f, "取扱件数", "別表（第9条関係）1(1)");
	done(&f);
}

static void
specification_and_kana_items(void **state)
{
	struct fx f;

	(void)state;
	parse(&f, "○○業務委託仕様書\n\n１　履行期間\n　令和7年4月1日から令和8年3月31日まで\n"
	    "５　個人情報の取扱い\n　受注者は、次の事項を遵守すること。\n"
	    "　ア　責任体制\n　　受注者は、責任者を定めること。\n"
	    "　キ　取扱状況の報告\n　　受注者は、取扱状況を報告すること。\n"
	    "６　業務報告\n　受注者は、利用者数を報告すること。\n");
	WHERE(&f, "令和7年", "1（履行期間）");
	WHERE(&f, "責任者を定め", "5（個人情報の取扱い）ア（責任体制）");
	WHERE(&f, "取扱状況を報告", "5（個人情報の取扱い）キ（取扱状況の報告）");
	WHERE(&f, "利用者数", "6（業務報告）");
	done(&f);
}

static void
english_styles(void **state)
{
	struct fx f;

	(void)state;
	parse(&f, "DATA PROCESSING AGREEMENT\n\nArticle 4 - Sub-processors\n"
	    "1. The Provider shall not engage another processor without authorisation.\n"
	    "2. The Provider shall inform the Customer. It shall remain liable.\n"
	    "Annex A - Security measures\n(a) Encryption at rest.\n");
	WHERE(&f, "another processor", "Article 4(1) (Sub-processors)");
	WHERE(&f, "remain liable", "Article 4(2) (Sub-processors)");
	WHERE(&f, "Encryption", "Annex A(a) (Security measures)");
	done(&f);
	parse(&f, "DATA PROCESSING ADDENDUM\n\n4. Security\nThe Processor shall "
	    "implement measures.\n5. Audits\n5.1 The Processor shall allow for audits.\n");
	WHERE(&f, "implement measures", "4 (Security)");
	WHERE(&f, "allow for audits", "5.1 (Audits)");
	done(&f);
}

static void
sentences_keep_brackets_whole(void **state)
{
	struct fx f;

	(void)state;
	parse(&f, "第1条 株式会社A（以下「甲」という。）は、乙に委託する。次の文。\n");
	assert_int_equal(f.d.nsents, 2);
	done(&f);
}

static void
articles_without_jou(void **state)
{
	struct fx f;

	(void)state;
	parse(&f, "業務委託契約書\n\n甲と乙は、次のとおり契約する。\n\n"
	    "第1　目的\n甲は、乙に入力業務を委託する。\n"
	    "第２　秘密の保持\n(1) 乙は、個人情報を他に漏らさない。\n(2) 乙は、写しを作らない。\n"
	    "第三　代金\n甲は、代金を支払う。\n"
	    "第4四半期の報告は、別に定める。\n");
	WHERE(&f, "入力業務", "第1（目的）");
	WHERE(&f, "写しを作らない", "第2（秘密の保持）(2)");
	WHERE(&f, "代金を支払う", "第三（代金）");
	/* 第N with no space after it is text, not a new article. */
	WHERE(&f, "第4四半期", "第三（代金）");
	done(&f);
}

static void
preamble_items_are_one_paragraph(void **state)
{
	struct fx f;
	long a, b;

	(void)state;
	/* A pledge: a lead-in, then circled items and no articles. */
	parse(&f, "誓約書\n\n当社は、次の事項を守ることを約束します。\n\n"
	    "① 当社は、お客様の個人情報の責任者を置きます。\n\n"
	    "② 当社は、お預かりした書類を他の目的に使いません。\n"
	    "③ 当社は、書類を複製しません。\n\n以上\n");
	WHERE(&f, "次の事項", "前文");
	WHERE(&f, "責任者", "①");
	WHERE(&f, "他の目的", "②");
	/* The items share one article and one paragraph block, as under 第N条. */
	a = seg_sentence_at(&f.d, (size_t)(strstr(f.nt.text, "責任者") - f.nt.text));
	b = seg_sentence_at(&f.d, (size_t)(strstr(f.nt.text, "複製") - f.nt.text));
	assert_int_equal(seg_article(&f.d, f.d.sents[a].unit),
	    seg_article(&f.d, f.d.sents[b].unit));
	assert_int_equal(seg_block(&f.d, f.d.sents[a].unit),
	    seg_block(&f.d, f.d.sents[b].unit));
	assert_int_equal(f.d.units[seg_item(&f.d, f.d.sents[b].unit)].kind,
	    SK_CIRCLED);
	/* The title and lead-in are a paragraph of their own, still 前文. */
	a = seg_sentence_at(&f.d, (size_t)(strstr(f.nt.text, "次の事項") - f.nt.text));
	assert_true(seg_block(&f.d, f.d.sents[a].unit) !=
	    seg_block(&f.d, f.d.sents[b].unit));
	assert_true(f.d.units[seg_block(&f.d, f.d.sents[a].unit)].end <=
	    (size_t)(strstr(f.nt.text, "①") - f.nt.text));
	WHERE(&f, "誓約書", "前文");
	done(&f);
	/* (1) items likewise; numbered sections 1. stay articles. */
	parse(&f, "確認書\n\n受注者は、次のとおり確認します。\n(1) 個人情報を適正に扱います。\n"
	    "(2) 書類を返します。\n");
	WHERE(&f, "返します", "(2)");
	done(&f);
	parse(&f, "覚書\n\n次のとおり定める。\n1. 目的\n乙は入力を行う。\n2. 期間\n1年間とする。\n");
	WHERE(&f, "1年間", "2（期間）");
	done(&f);
}

/* １（定義）: a number with its heading in brackets and nothing else on the line. */
static void
numbers_with_bracketed_headings(void **state)
{
	struct fx f;

	(void)state;
	parse(&f, "取扱注意事項\n\n受託者は、次の事項を守らなければならない。\n\n"
	    "１（定義）\nこの注意事項の用語は、次のとおりとする。\n(1) 個人情報　氏名等\n(2) 再委託　他の者に行わせること\n\n"
	    "２（秘密の保持）\n受託者は、個人情報を他に漏らしてはならない。\n\n"
	    "１０（事故の報告）\n受託者は、事故を直ちに報告する。\n"
	    "3(1)の規定は、前項に準用する。\n");
	WHERE(&f, "次の事項", "前文");
	WHERE(&f, "他の者に", "1（定義）(2)");
	WHERE(&f, "他に漏らして", "2（秘密の保持）");
	WHERE(&f, "直ちに報告", "10（事故の報告）");
	/* A number with more than a heading after it is text. */
	WHERE(&f, "準用する", "10（事故の報告）");
	done(&f);
}

/* 7. with a heading, then (1) … (8) with ア イ under one of them; and 7.(1) written together. */
static void
dotted_numbers_with_bracketed_items(void **state)
{
	struct fx f;

	(void)state;
	parse(&f, "○○業務委託仕様書\n\n1. 件名\n○○業務\n\n"
	    "2. 作業体制\n(1) 作業は専用室で行う。\n(2) 名簿を提出する。\n\n"
	    "3. データの取扱い\n(1) 受託者は、次の措置を講じなければならない。\n"
	    "　ア　端末を接続しないこと。\n　イ　媒体を暗号化すること。\n"
	    "(2) 受託者は、データを他に漏らしてはならない。\n"
	    "(3) 受託者は、データを複製してはならない。\n"
	    "(10) 受託者は、作業の終了後にデータを消去すること。\n\n"
	    "4. その他\n協議して定める。\n"
	    "4.(1) 受託者は、4.(2)の規定により報告する。\n");
	WHERE(&f, "専用室", "2（作業体制）(1)");
	WHERE(&f, "接続しない", "3（データの取扱い）(1)ア");
	WHERE(&f, "他に漏らして", "3（データの取扱い）(2)");
	WHERE(&f, "複製して", "3（データの取扱い）(3)");
	WHERE(&f, "消去する", "3（データの取扱い）(10)");
	WHERE(&f, "協議して", "4（その他）");
	WHERE(&f, "の規定により", "4（その他）(1)");
	done(&f);
	/* 5.(2) right under 5. with its heading, and under another number. */
	parse(&f, "仕様書\n\n1. 件名\n○○業務\n\n5. 監査\n5.(1) 甲は、監査することができる。\n"
	    "5.(2) 乙は、これに協力する。\n6.(1) 乙は、毎月報告する。\n");
	WHERE(&f, "監査することが", "5（監査）(1)");
	WHERE(&f, "協力する", "5（監査）(2)");
	WHERE(&f, "毎月報告", "6(1)");
	done(&f);
}

/* A schedule's lettered articles (C.4), initialisms (C.F.R.) and an English subtitle in brackets. */
static void
english_schedule_articles_and_initialisms(void **state)
{
	struct fx f;
	long a, b;

	(void)state;
	parse(&f, "SCHEDULE B - DATA PROTECTION\n\nThis Schedule forms part of the Agreement.\n\n"
	    "## B.1 Definitions\n(a) \"Data\" means information about a person.\n(b) \"Law\" means the Act.\n\n"
	    "## B.2 Use\nThe Supplier shall use the Data only on written instructions.\n\n"
	    "## B.3 Security\nThe Supplier shall keep safeguards under 45 C.F.R. Part 164 for the Data. It shall train staff.\n");
	WHERE(&f, "written instructions", "B.2 (Use)");
	WHERE(&f, "keep safeguards", "B.3 (Security)");
	/* C.F.R. ends no sentence; the full stop after Data does. */
	a = seg_sentence_at(&f.d, (size_t)(strstr(f.nt.text, "keep safeguards") - f.nt.text));
	b = seg_sentence_at(&f.d, (size_t)(strstr(f.nt.text, "for the Data") - f.nt.text));
	assert_int_equal(a, b);
	b = seg_sentence_at(&f.d, (size_t)(strstr(f.nt.text, "train staff") - f.nt.text));
	assert_true(a != b);
	done(&f);
	/* A bracketed subtitle under the title heads nothing. */
	parse(&f, "DATA PROCESSING AGREEMENT\n(Privacy Act 1988)\n\nThis Agreement is made between A and B.\n\n"
	    "1. Scope\nThe Processor shall process the data for the Controller.\n\n"
	    "2. Security\nThe Processor shall keep the data secure.\n");
	WHERE(&f, "keep the data", "2 (Security)");
	done(&f);
}

/* A pledge's items, each marked 一, are told apart by their position. */
static void
pledge_items_all_marked_one(void **state)
{
	struct fx f;

	(void)state;
	parse(&f, "誓約書\n\n私は、次のことを約束します。\n\n"
	    "一　見た名前は誰にも話しません。\n\n一　コピーしません。\n\n"
	    "一　終わったら全部お返しします。\n");
	WHERE(&f, "誰にも話しません", "1番目の「一」");
	WHERE(&f, "コピーしません", "2番目の「一」");
	WHERE(&f, "お返しします", "3番目の「一」");
	done(&f);
	parse(&f, "第8条(禁止事項)\n乙は、次に掲げる行為をしてはならない。\n"
	    "一　個人情報を漏えいすること。\n二　個人情報を複製すること。\n");
	WHERE(&f, "漏えいすること", "第8条（禁止事項）第一号");
	done(&f);
}

/* 第15条 alone, its heading on the next line, then the text. */
static void
heading_on_the_line_after_the_number(void **state)
{
	struct fx f;

	(void)state;
	parse(&f, "第15条\n契約期間\n令和8年4月1日から令和9年3月31日まで\n"
	    "第16条\n2026年4月1日に施行\n乙は、これに従う。\n");
	WHERE(&f, "令和9年3月31日", "第15条（契約期間）");
	/* A dated line is text, not a heading. */
	WHERE(&f, "に施行", "第16条");
	WHERE(&f, "これに従う", "第16条");
	done(&f);
}

/*
 * A pledge headed by bare words on their own lines: each heads the text
 * under it.  An addressee (町内会 over 会長 … 様) heads nothing, and text
 * with numbered articles never takes short lines for headings.
 */
static void
bare_headings_in_unnumbered_text(void **state)
{
	struct fx f;

	(void)state;
	parse(&f, "誓約書\n\nみどり自治会\n会長 山川 一郎 様\n\n"
	    "私は、名簿の入力を引き受けるにあたり、次のことを約束します。\n\n"
	    "作業をする期間\n令和8年5月1日から令和8年6月30日まで\n\n"
	    "名簿の使い方\n名簿は入力のためだけに使います。\n\n"
	    "コピーをしないこと\n名簿をコピーしません。\n\n"
	    "お礼について\nお礼は作業の後に受け取ります。\n");
	WHERE(&f, "令和8年6月30日", "（作業をする期間）");
	WHERE(&f, "入力のためだけ", "（名簿の使い方）");
	WHERE(&f, "コピーしません", "（コピーをしないこと）");
	WHERE(&f, "約束します", "前文");
	done(&f);
	parse(&f, "業務委託契約書\n\n第1条 乙は、名簿を入力する。\n\n"
	    "作業の期間\n令和8年5月1日から令和8年6月30日まで\n\n"
	    "名簿の使い方\n名簿は入力のためだけに使う。\n\n"
	    "お礼\nお礼は後で払う。\n");
	WHERE(&f, "入力のためだけ", "第1条");
	done(&f);
}

/* An English lead-in that ends in a colon is one paragraph with its items. */
static void
english_lead_in_with_its_items(void **state)
{
	struct fx f;
	int a, b;

	(void)state;
	parse(&f, "DATA PROCESSING TERMS\n\nThese terms apply to the Supplier.\n\n"
	    "The Supplier shall provide such help as the Customer requires:\n"
	    "(a) to carry out an impact assessment; and\n(b) to consult the regulator.\n");
	a = seg_block(&f.d, f.d.sents[seg_sentence_at(&f.d,
	    (size_t)(strstr(f.d.text, "such help") - f.d.text))].unit);
	b = seg_paragraph(&f.d, f.d.sents[seg_sentence_at(&f.d,
	    (size_t)(strstr(f.d.text, "impact assessment") - f.d.text))].unit);
	assert_int_equal(a, b);
	b = seg_paragraph(&f.d, f.d.sents[seg_sentence_at(&f.d,
	    (size_t)(strstr(f.d.text, "apply to the Supplier") - f.d.text))].unit);
	assert_int_not_equal(a, b);
	done(&f);
}

/* § 5 (German drafting) and CLAUSE ONE (numbers in words) are articles. */
static void
paragraph_signs_and_numbers_in_words(void **state)
{
	struct fx f;

	(void)state;
	parse(&f, "AGREEMENT\n\n§ 1 Subject matter\n(1) The Contractor processes payroll data.\n"
	    "§ 5 Subcontracting\n(2) The Contractor may only commission subcontractors with consent.\n");
	WHERE(&f, "payroll data", "§ 1(1) (Subject matter)");
	WHERE(&f, "commission subcontractors", "§ 5(2) (Subcontracting)");
	done(&f);
	parse(&f, "DATA PROCESSING AGREEMENT\n\nCLAUSE ONE – OBJECT\n1.1. The object is the treatment of data.\n"
	    "CLAUSE TWELVE – TERM\n12.1. This Agreement lasts two years.\n");
	WHERE(&f, "treatment of data", "1.1 (OBJECT)");
	WHERE(&f, "lasts two years", "12.1 (TERM)");
	done(&f);
}

/* Article I., Article IV: Roman numerals number English articles. */
static void
english_roman_articles(void **state)
{
	struct fx f;

	(void)state;
	parse(&f, "STUDENT DATA PRIVACY AGREEMENT\n\nArticle I. Purpose and Scope\n"
	    "1. Purpose. The Provider hosts student accounts.\n"
	    "2. Term. This agreement lasts three years.\n"
	    "Article II. Security\n1. The Provider encrypts the data.\n");
	WHERE(&f, "lasts three years", "Article I(2) (Purpose and Scope)");
	WHERE(&f, "encrypts the data", "Article II(1) (Security)");
	done(&f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(japanese_articles_paragraphs_items),
		cmocka_unit_test(pledge_items_all_marked_one),
		cmocka_unit_test(heading_on_the_line_after_the_number),
		cmocka_unit_test(specification_and_kana_items),
		cmocka_unit_test(english_styles),
		cmocka_unit_test(english_roman_articles),
		cmocka_unit_test(bare_headings_in_unnumbered_text),
		cmocka_unit_test(english_lead_in_with_its_items),
		cmocka_unit_test(paragraph_signs_and_numbers_in_words),
		cmocka_unit_test(english_schedule_articles_and_initialisms),
		cmocka_unit_test(sentences_keep_brackets_whole),
		cmocka_unit_test(articles_without_jou),
		cmocka_unit_test(preamble_items_are_one_paragraph),
		cmocka_unit_test(numbers_with_bracketed_headings),
		cmocka_unit_test(dotted_numbers_with_bracketed_items),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
