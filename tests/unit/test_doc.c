/*
 * The document readers against real contracts from the corpus, a docx
 * with every construct, every encoding, and hostile inputs built by
 * tests/fixtures/hostile/make.sh.  Run from the repository root.
 */
#include "unit.h"
#include "doc.h"

#define FIX	"tests/fixtures/doc/"

static char hostile[256];

static struct doc
read_ok(const char *path)
{
	struct error e = { 0, "" };
	struct doc d;
	int rc = doc_read_file(path, &d, &e);

	if (rc != 0)
		print_error("%s: %s\n", path, e.msg);
	assert_int_equal(rc, ST_OK);
	assert_non_null(d.text);
	assert_int_equal(strlen(d.text), d.len);
	return d;
}

static void
has(const struct doc *d, const char *s)
{
	if (strstr(d->text, s) == NULL)
		print_error("text lacks \"%s\"\n", s);
	assert_non_null(strstr(d->text, s));
}

static void
lacks(const struct doc *d, const char *s)
{
	if (strstr(d->text, s) != NULL)
		print_error("text has \"%s\"\n", s);
	assert_null(strstr(d->text, s));
}

static int
count(const struct doc *d, const char *s)
{
	int n = 0;

	for (const char *p = d->text; (p = strstr(p, s)) != NULL; p++)
		n++;
	return n;
}

/* The file is refused with ST_FILE and a message containing why. */
static void
refused(const char *file, const char *why)
{
	char path[512];
	struct error e = { 0, "" };
	struct doc d;

	snprintf(path, sizeof(path), "%s/%s", hostile, file);
	assert_int_equal(doc_read_file(path, &d, &e), ST_FILE);
	if (strstr(e.msg, why) == NULL)
		print_error("%s: message \"%s\" lacks \"%s\"\n", file, e.msg,
		    why);
	assert_non_null(strstr(e.msg, why));
	assert_non_null(strstr(e.msg, file));
	assert_null(d.text);
}

static void
docx_automatic_numbering(void **state)
{
	struct doc d = read_ok(FIX "ja_05.docx");

	(void)state;
	assert_string_equal(d.format_name, "docx");
	has(&d, "\n第1条（目的）\n");
	has(&d, "\n第7条（知的財産権）\n");
	has(&d, "第10条");
	has(&d, "株式会社みなみ食品（以下「甲」という。）と株式会社プロモーションワークス");
	doc_free(&d);
}

static void
docx_header_and_split_runs(void **state)
{
	struct doc d = read_ok(FIX "ja_11.docx");

	(void)state;
	has(&d, "\n第2条（当事者の責任）\n");
	has(&d, "善良な管理者の注意をもって本件データを取り扱い");
	has(&d, "秘 社外秘");
	/* The header follows the body. */
	assert_true(strstr(d.text, "秘 社外秘") > strstr(d.text, "第2条"));
	doc_free(&d);
}

static void
docx_tracked_deletion(void **state)
{
	struct doc d = read_ok(FIX "ja_14_tracked.docx");

	(void)state;
	lacks(&d, "事故時の対応");
	lacks(&d, "漏えい等の事故が発生したときは");
	has(&d, "第6条（報告及び監査）");
	has(&d, "第8条（返還及び消去）");
	doc_free(&d);
}

static void
docx_english(void **state)
{
	struct doc d = read_ok(FIX "en_01.docx");

	(void)state;
	has(&d, "DATA PROCESSING ADDENDUM");
	doc_free(&d);
}

static void
docx_every_construct(void **state)
{
	struct doc d = read_ok(FIX "features.docx");

	(void)state;
	/* Numbering through a style and its basedOn chain, kanji counting. */
	has(&d, "第一条（目的）\n");
	has(&d, "① 本契約は、個人情報の取扱いを定める。\n");
	has(&d, "② 乙は善良な管理者");
	/* A tracked format change's old numbering is not used. */
	has(&d, "第二条（変更）\n");
	/* The lower level restarts when the higher one advances. */
	has(&d, "① 挿入された文。\n");
	lacks(&d, "削除された文");
	lacks(&d, "移動元の文");
	has(&d, "移動先の文。");
	/* A deleted numbered paragraph is gone and not counted. */
	lacks(&d, "削除された条");
	has(&d, "第三条（再委託）");
	lacks(&d, "第四条");
	/* Field results without field codes. */
	has(&d, "ページ72025年4月1日");
	lacks(&d, "PAGE");
	lacks(&d, "DATE");
	/* A text box once, not twice. */
	assert_int_equal(count(&d, "テキストボックスの文"), 1);
	has(&d, "図の前");
	has(&d, "図の後");
	has(&d, "項目\t内容\n期間\t1年 更新あり\n");
	has(&d, "甲\t乙\n丙");
	has(&d, "甲の義務");
	lacks(&d, "こう");
	has(&d, "(ア) 項目その一\n(イ) 項目その二");
	has(&d, "I. Roman one");
	has(&d, "ヘッダーの文");
	has(&d, "フッターの文");
	has(&d, "脚注の文");
	has(&d, "文末脚注の文");
	lacks(&d, "SEPARATOR");
	doc_free(&d);
}

static void
odt_paragraphs(void **state)
{
	struct doc d = read_ok(FIX "ja_21.odt");

	(void)state;
	assert_string_equal(d.format_name, "odt");
	has(&d, "\n２　履行期間\n　令和7年4月1日から令和10年3月31日まで\n");
	has(&d, "　ア　責任体制\n");
	doc_free(&d);
}

static void
html_blocks_and_entities(void **state)
{
	struct doc d = read_ok(FIX "ja_08.html");
	struct doc en = read_ok(FIX "en_06.html");

	(void)state;
	assert_string_equal(d.format_name, "html");
	lacks(&d, "<p>");
	has(&d, "\n第3条（再委託の禁止）\n乙は、本業務を他の者に再委託してはならない。\n");
	/* The title in <head> is not text. */
	assert_int_equal(count(&d, "個人情報取扱契約書"), 1);
	has(&en, "(the \"Customer\")");
	has(&en, "the Customer's employees");
	doc_free(&d);
	doc_free(&en);
}

static void
markdown_is_text_without_marks(void **state)
{
	static const char md[] = "# 業務委託契約書\n\n## 第1条（目的）\n"
	    "本契約は**重要**である。\n\n| 項目 | 内容 |\n|---|---|\n"
	    "| 期間 | 1年 |\n";
	struct error e = { 0, "" };
	struct doc d, t = read_ok(FIX "ja_17.md");

	(void)state;
	assert_int_equal(doc_read_mem("x.md", md, sizeof(md) - 1, &d, &e),
	    ST_OK);
	assert_string_equal(d.format_name, "markdown");
	has(&d, "業務委託契約書\n");
	has(&d, "\n第1条（目的）\n本契約は重要である。\n");
	has(&d, "項目\t内容\n期間\t1年\n");
	lacks(&d, "#");
	lacks(&d, "|");
	/* Without markdown marks a .md file is plain text. */
	has(&t, "\n第6条（複製の禁止）\n");
	doc_free(&d);
	doc_free(&t);
}

static void
pdf_paragraphs(void **state)
{
	struct doc d;

	(void)state;
	if (system("command -v pdftotext >/dev/null 2>&1") != 0) {
		skip();
		return;
	}
	d = read_ok(FIX "en_04.pdf");
	assert_string_equal(d.format_name, "pdf");
	has(&d, "\n- Subject-matter: hosting your contact lists and sending "
	    "the email campaigns you create.\n");
	has(&d, "\n2. Your instructions\n");
	doc_free(&d);
}

/*
 * A Japanese specification printed to PDF (ja_spec.pdf.html by chromium):
 * ２　, （１）, ア　 items begin lines, and a wrapped item is one line.
 */
static void
pdf_japanese_items(void **state)
{
	struct doc d;

	(void)state;
	if (system("command -v pdftotext >/dev/null 2>&1") != 0) {
		skip();
		return;
	}
	d = read_ok(FIX "ja_spec.pdf");
	has(&d, "住民健診結果データ入力業務\n２ 履行期間\n令和8年4月1日から令和9年3月31日まで\n");
	has(&d, "\n（１）健診機関から提出される受診票の受付及び件数の確認を行い、受診者の氏名、生年月日及び健診結果を町の定める様式により電子データに入力すること。\n（２）");
	has(&d, "\n４ 個人情報の取扱い\nア 受注者は、");
	doc_free(&d);
}

static void
pdf_needs_pdftotext(void **state)
{
	char *old = getenv("PATH") ? strdup(getenv("PATH")) : NULL;
	struct error e = { 0, "" };
	struct doc d;

	(void)state;
	setenv("PATH", "/nonexistent", 1);
	assert_int_equal(doc_read_file(FIX "en_04.pdf", &d, &e), ST_FILE);
	if (old != NULL)
		setenv("PATH", old, 1);
	free(old);
	assert_non_null(strstr(e.msg, "needs pdftotext"));
	assert_non_null(strstr(e.msg, "apt-get install poppler-utils"));
}

static void
every_encoding_same_text(void **state)
{
	static const struct { const char *file, *enc; } t[] = {
		{ "utf8.txt", "UTF-8" }, { "utf8-bom.txt", "UTF-8" },
		{ "utf8-crlf.txt", "UTF-8" }, { "sjis.txt", "Shift_JIS" },
		{ "eucjp.txt", "EUC-JP" }, { "iso2022jp.txt", "ISO-2022-JP" },
		{ "utf16le-bom.txt", "UTF-16LE" },
		{ "utf16be-bom.txt", "UTF-16BE" },
	};
	struct doc ref = read_ok(FIX "enc/utf8.txt"), d;
	char path[256];

	(void)state;
	has(&ref, "第2条（秘密保持）");
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		snprintf(path, sizeof(path), FIX "enc/%s", t[i].file);
		d = read_ok(path);
		assert_string_equal(d.format_name, "text");
		assert_string_equal(d.encoding, t[i].enc);
		assert_string_equal(d.text, ref.text);
		doc_free(&d);
	}
	d = read_ok(FIX "enc/utf16le-nobom.txt");
	assert_string_equal(d.encoding, "UTF-16LE");
	has(&d, "Clause 1. The processor acts on documented instructions.\n");
	doc_free(&d);
	doc_free(&ref);
}

static void
vendor_extensions_decode(void **state)
{
	struct doc a = read_ok(FIX "enc/ext-cp932.txt");
	struct doc b = read_ok(FIX "enc/ext-eucjpms.txt");

	(void)state;
	assert_string_equal(a.text, "①髙橋㈱の代表者は、９時～１７時に対応する。\n");
	assert_string_equal(b.text, a.text);
	doc_free(&a);
	doc_free(&b);
}

static void
corpus_encodings(void **state)
{
	static const struct { const char *file, *enc, *line; } t[] = {
		{ "ja_02.txt", "Shift_JIS", "第１条" },
		{ "ja_06.txt", "EUC-JP", "第一条" },
		{ "ja_12.txt", "UTF-16LE", "第1条" },
		{ "ja_19.txt", "ISO-2022-JP", "第1条" },
	};
	char path[256];
	struct doc d;

	(void)state;
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		snprintf(path, sizeof(path), FIX "%s", t[i].file);
		d = read_ok(path);
		assert_string_equal(d.encoding, t[i].enc);
		has(&d, t[i].line);
		lacks(&d, "\r");
		doc_free(&d);
	}
}

static void
format_from_content_not_name(void **state)
{
	struct error e = { 0, "" };
	struct doc d;
	FILE *f;
	char buf[65536];
	size_t n;

	(void)state;
	/* A docx read from memory under a .txt name is still a docx. */
	assert_non_null(f = fopen(FIX "ja_05.docx", "rb"));
	n = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	assert_int_equal(doc_read_mem("contract.txt", buf, n, &d, &e), ST_OK);
	assert_int_equal(d.format, DOC_DOCX);
	doc_free(&d);
}

static int
make_hostile(void **state)
{
	char cmd[512];
	FILE *p;

	(void)state;
	snprintf(cmd, sizeof(cmd), "sh tests/fixtures/hostile/make.sh");
	if ((p = popen(cmd, "r")) == NULL)
		return -1;
	if (fgets(hostile, sizeof(hostile), p) == NULL)
		hostile[0] = '\0';
	hostile[strcspn(hostile, "\n")] = '\0';
	return pclose(p) == 0 && hostile[0] != '\0' ? 0 : -1;
}

static int
remove_hostile(void **state)
{
	char cmd[512];

	(void)state;
	if (hostile[0] != '\0' && strncmp(hostile, "/tmp/", 5) == 0) {
		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", hostile);
		return system(cmd) == 0 ? 0 : -1;
	}
	return 0;
}

static void
hostile_archives(void **state)
{
	(void)state;
	refused("bomb-size.docx", "would inflate to");
	refused("bomb-ratio.docx", "compressed more than 200:1");
	refused("bomb-total.docx", "inflates to more than 256 MiB");
	refused("many.docx", "20001 entries");
	refused("lie.docx", "longer than declared");
	refused("truncated.docx", "truncated or damaged");
	refused("corrupt.docx", "damaged");
	refused("zip-password.docx", "encrypted");
	refused("other.zip", "not a .docx or .odt");
	refused("ods.odt", "not a text document");
}

static void
hostile_xml(void **state)
{
	(void)state;
	refused("doctype.docx", "DOCTYPE");
	refused("xxe.docx", "DOCTYPE");
	refused("odt-doctype.odt", "DOCTYPE");
	refused("deep.docx", "not well-formed XML");
	refused("notxml.docx", "not well-formed XML");
	refused("deep.html", "deeper than 256");
}

static void
not_documents(void **state)
{
	(void)state;
	refused("empty.txt", "empty");
	refused("binary.docx", "binary");
	refused("legacy.doc", "save it as .docx");
	refused("encrypted.docx", "password-protected");
	refused("scan.png", "OCR");
	refused("scan.jpg", "OCR");
	refused("scan.gif", "OCR");
	refused("scan.tif", "OCR");
	refused("contract.rtf", "RTF");
	refused("big.txt", "too large");
}

static void
damaged_text(void **state)
{
	(void)state;
	refused("bad-utf8.txt", "invalid UTF-8 byte sequence at byte offset 299");
	refused("cut-sjis.txt", "incomplete Shift_JIS character at byte "
	    "offset 780");
}

static void
damaged_pdf(void **state)
{
	(void)state;
	if (system("command -v pdftotext >/dev/null 2>&1") != 0) {
		skip();
		return;
	}
	refused("broken.pdf", "PDF cannot be read");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(docx_automatic_numbering),
		cmocka_unit_test(docx_header_and_split_runs),
		cmocka_unit_test(docx_tracked_deletion),
		cmocka_unit_test(docx_english),
		cmocka_unit_test(docx_every_construct),
		cmocka_unit_test(odt_paragraphs),
		cmocka_unit_test(html_blocks_and_entities),
		cmocka_unit_test(markdown_is_text_without_marks),
		cmocka_unit_test(pdf_paragraphs),
		cmocka_unit_test(pdf_japanese_items),
		cmocka_unit_test(pdf_needs_pdftotext),
		cmocka_unit_test(every_encoding_same_text),
		cmocka_unit_test(vendor_extensions_decode),
		cmocka_unit_test(corpus_encodings),
		cmocka_unit_test(format_from_content_not_name),
		cmocka_unit_test(hostile_archives),
		cmocka_unit_test(hostile_xml),
		cmocka_unit_test(not_documents),
		cmocka_unit_test(damaged_text),
		cmocka_unit_test(damaged_pdf),
	};

	return cmocka_run_group_tests(tests, make_hostile, remove_hostile);
}
