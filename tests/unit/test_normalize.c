#include "unit.h"
#include "normalize.h"

static char *
norm(const char *in)
{
	struct ntext nt;
	struct error e = { 0 };
	char *out;

	assert_int_equal(norm_text(in, strlen(in), &nt, &e), ST_OK);
	out = strdup(nt.text);
	norm_free(&nt);
	return out;
}

static void
nfkc_full_and_half_width(void **state)
{
	char *s;

	(void)state;
	s = norm("第１条　ＡＢＣ（目的）ｶﾞｲﾄﾞﾗｲﾝ\n");
	assert_string_equal(s, "第1条 ABC(目的)ガイドライン\n");
	free(s);
}

static void
kanji_article_numbers(void **state)
{
	char *s;

	(void)state;
	s = norm("第十五条（協議）\n第二十一条 第三項 第百二条 第七条の二\n");
	assert_string_equal(s, "第15条(協議)\n第21条 第3項 第102条第7条の2\n");
	free(s);
	/* Dates and counts stay as written: only 第N条/項/号/章 change. */
	s = norm("令和七年四月一日 第三者\n");
	assert_string_equal(s, "令和七年四月一日 第三者\n");
	free(s);
	assert_int_equal(norm_kanji_number("二十一", strlen("二十一")), 21);
	assert_int_equal(norm_kanji_number("二〇二五", strlen("二〇二五")), 2025);
	assert_int_equal(norm_kanji_number("甲", strlen("甲")), -1);
}

static void
pdf_lines_are_joined(void **state)
{
	char *s;

	(void)state;
	/* A sentence broken mid-way by PDF extraction, with stray spaces. */
	s = norm("乙は、個人情報の漏えい、滅失又は毀損の防止その他の\n個人 情報の安全管理のために必要な措置を講じる。\n第2条 次の条\n");
	assert_string_equal(s, "乙は、個人情報の漏えい、滅失又は毀損の防止その他の個人情報の安全管理のために必要な措置を講じる。\n第2条 次の条\n");
	free(s);
	/* A heading line and a numbered line are not continuations. */
	s = norm("（再委託）\n第7条 乙は再委託しない。\n２ 甲は、\n");
	assert_string_equal(s, "(再委託)\n第7条 乙は再委託しない。\n2 甲は、\n");
	free(s);
	/* Text wrapped at a fixed width breaks beside numbers and brackets. */
	s = norm("乙は、本契約が終了したときは、終了日から\n30日以内に個人情報を消去する。\n");
	assert_string_equal(s, "乙は、本契約が終了したときは、終了日から30日以内に個人情報を消去する。\n");
	free(s);
	s = norm("乙は、委託先の名称を、委託を開始する日の30\n日前までに甲に通知する。\n");
	assert_string_equal(s, "乙は、委託先の名称を、委託を開始する日の30日前までに甲に通知する。\n");
	free(s);
	s = norm("乙は、毎月、甲から預かった個人情報の取扱状況\n（受領件数及び消去日）を甲に報告する。\n");
	assert_string_equal(s, "乙は、毎月、甲から預かった個人情報の取扱状況(受領件数及び消去日)を甲に報告する。\n");
	free(s);
	s = norm("乙は、資料等（複写したものを含む。）を速やかに甲に返還し、資料等（\n複製物を含む。）を消去する。\n");
	assert_string_equal(s, "乙は、資料等(複写したものを含む。)を速やかに甲に返還し、資料等(複製物を含む。)を消去する。\n");
	free(s);
	s = norm("乙は、個人情報の件数、管理状況（保管場所を含む。）\nを書面で甲に報告する。\n");
	assert_string_equal(s, "乙は、個人情報の件数、管理状況(保管場所を含む。)を書面で甲に報告する。\n");
	free(s);
	/* Numbered lines and items in brackets still start anew. */
	s = norm("乙は、次の事項を甲に報告する。ただし、次の\n(1) 取扱件数\n10. 廃棄の状況\n");
	assert_string_equal(s, "乙は、次の事項を甲に報告する。ただし、次の\n(1) 取扱件数\n10. 廃棄の状況\n");
	free(s);
	/* A table drawn in boxes keeps one row to a line. */
	s = norm("┌────┬──────────────┐\n│委託期間│令和8年4月1日から令和9年3月31日まで│\n├────┼──────────────┤\n│支払条件│毎月末日締め、翌月末日払い│\n");
	assert_non_null(strstr(s, "\n│委託期間│令和8年4月1日から令和9年3月31日まで│\n"));
	assert_non_null(strstr(s, "\n│支払条件│"));
	free(s);
	/* English lines wrapped before a lower-case word are joined. */
	s = norm("The Processor shall\nprocess data.\n");
	assert_string_equal(s, "The Processor shall process data.\n");
	free(s);
	/* A wrap inside an open bracket joins even before 「. */
	s = norm("会員の氏名、住所、電話番号、生年月日及び購入履歴（以下\n「会員情報」という。）\n");
	assert_string_equal(s, "会員の氏名、住所、電話番号、生年月日及び購入履歴(以下「会員情報」という。)\n");
	free(s);
	/* Closed brackets: a line that opens with 「 starts anew. */
	s = norm("次の用語の意味は、それぞれ次のとおりとする（定義）\n「会員」とは、登録した者をいう。\n");
	assert_string_equal(s, "次の用語の意味は、それぞれ次のとおりとする(定義)\n「会員」とは、登録した者をいう。\n");
	free(s);
	/* A hanging indent under a label goes on; a lettered item does not. */
	s = norm("Information: the Contractor holds the\n    names and dates of birth of residents\n");
	assert_string_equal(s, "Information: the Contractor holds the names and dates of birth of residents\n");
	free(s);
	s = norm("The Contractor must:\n  a) keep the data secure, and\n  b) not copy it.\n");
	assert_string_equal(s, "The Contractor must:\na) keep the data secure, and\nb) not copy it.\n");
	free(s);	/* A page footer between the halves of a sentence goes. */
	s = norm("乙は、甲から預かった個人情報の紛失、盗難その\n\n- 1 -\n\n他の事故が生じたときは直ちに甲に届け出る。\n");
	assert_string_equal(s, "乙は、甲から預かった個人情報の紛失、盗難その他の事故が生じたときは直ちに甲に届け出る。\n");
	free(s);
	s = norm("The Processor shall keep the data of a\n\n          Acme DPA - Page 1 of 4\n\f\n    commercial nature secret.\n");
	assert_string_equal(s, "The Processor shall keep the data of a commercial nature secret.\n");
	free(s);
	/* English wrapped at a fixed width, continuation lines indented. */
	s = norm("4.3 The Provider shall not sub-contract the processing of Crew\n    Data, or any part of it, without the consent of the\n    Co-operative.\n4.4 The Provider shall not transfer it.\n");
	assert_string_equal(s, "4.3 The Provider shall not sub-contract the processing of Crew Data, or any part of it, without the consent of the Co-operative.\n4.4 The Provider shall not transfer it.\n");
	free(s);
	s = norm("The Provider shall:\n    (a) keep it safe; and\n    5.2 Other terms\n");
	assert_string_equal(s, "The Provider shall:\n(a) keep it safe; and\n5.2 Other terms\n");
	free(s);
	/* English copied from a PDF: long lines that end mid-sentence go on. */
	s = norm("9.1 On termination of this Agreement the Processor shall delete all Customer\nData and certify the deletion in writing.\n");
	assert_string_equal(s, "9.1 On termination of this Agreement the Processor shall delete all Customer Data and certify the deletion in writing.\n");
	free(s);
	/* Labelled particulars keep a row to a line. */
	s = norm("Services: After-hours telephone triage for residents, as described in Schedule 1\nInformation: names and dates of birth of residents\n");
	assert_string_equal(s, "Services: After-hours telephone triage for residents, as described in Schedule 1\nInformation: names and dates of birth of residents\n");
	free(s);
	/* A numbered line or a title is no footer. */
	s = norm("第1条 乙は、次の事項を守る。\n\n2 前項の規定は甲にも適用する。\n");
	assert_string_equal(s, "第1条 乙は、次の事項を守る。\n\n2 前項の規定は甲にも適用する。\n");
	free(s);
}

static void
quotes_come_from_the_original(void **state)
{
	const char *in = "第十五条　乙は、個人情報を\n外部に持ち出してはならない。\n";
	struct ntext nt;
	struct error e = { 0 };
	const char *p;
	char *q;
	size_t s;

	(void)state;
	assert_int_equal(norm_text(in, strlen(in), &nt, &e), ST_OK);
	p = strstr(nt.text, "乙は");
	assert_non_null(p);
	s = (size_t)(p - nt.text);
	q = norm_quote(&nt, s, nt.len - 1);
	assert_string_equal(q, "乙は、個人情報を外部に持ち出してはならない。");
	free(q);
	q = norm_quote(&nt, 0, (size_t)(strstr(nt.text, "条") - nt.text) + 3);
	assert_string_equal(q, "第十五条");
	free(q);
	norm_free(&nt);
}

static void
language(void **state)
{
	struct ntext nt;
	struct error e = { 0 };
	const char *en = "The Processor shall process personal data only on documented instructions.";
	const char *ja = "乙は、個人情報を適正に取り扱う。Article 28 GDPR";

	(void)state;
	assert_int_equal(norm_text(en, strlen(en), &nt, &e), ST_OK);
	assert_true(norm_is_english(&nt));
	norm_free(&nt);
	assert_int_equal(norm_text(ja, strlen(ja), &nt, &e), ST_OK);
	assert_false(norm_is_english(&nt));
	norm_free(&nt);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(nfkc_full_and_half_width),
		cmocka_unit_test(kanji_article_numbers),
		cmocka_unit_test(pdf_lines_are_joined),
		cmocka_unit_test(quotes_come_from_the_original),
		cmocka_unit_test(language),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
