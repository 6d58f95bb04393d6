/*
 * The clause checker on short synthetic contracts: each look-alike that a
 * keyword search gets wrong, and each clause worded without the usual words.
 */
#include "unit.h"
#include "clause.h"
#include "ruleset.h"

#define SCHEMA "contract-templates/rulesets/ruleset.rng"

static struct ruleset *meti, *gdpr;

static int
setup(void **state)
{
	struct error e = { 0 };

	(void)state;
	if (ruleset_load("contract-templates/rulesets/meti.xml", SCHEMA, &meti, &e) ||
	    ruleset_load("contract-templates/rulesets/gdpr-art28.xml", SCHEMA,
	    &gdpr, &e)) {
		fprintf(stderr, "%s\n", e.msg);
		return -1;
	}
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	ruleset_free(meti);
	ruleset_free(gdpr);
	return 0;
}

static const struct clause_result *
clause(const struct check_result *r, const char *id)
{
	size_t i;

	for (i = 0; i < r->nclauses; i++)
		if (strcmp(r->clauses[i].id, id) == 0)
			return &r->clauses[i];
	fail_msg("no clause %s", id);
	return NULL;
}

/* Is clause id present in text (checked with rs)? */
static bool
has(struct ruleset *rs, const char *text, const char *id)
{
	struct check_result r;
	struct error e = { 0 };
	bool p;

	assert_int_equal(clause_check(rs, text, strlen(text), &r, &e), ST_OK);
	p = clause(&r, id)->present;
	check_result_free(&r);
	return p;
}

#define HEAD "個人情報取扱契約書\n\n甲と乙は、乙が取り扱う個人情報について次のとおり契約する。\n\n"
#define YES(id, body) assert_true(has(meti, HEAD body, id))
#define NO(id, body) assert_false(has(meti, HEAD body, id))

static void
audit_lookalikes(void **state)
{
	(void)state;
	/* The entrusting party's own accounting audit is not compliance-check. */
	NO("compliance-check", "第5条（会計）\n甲は、会計監査人による監査を実施することができる。\n");
	/* Acceptance of deliverables is not compliance-check. */
	NO("compliance-check", "第6条（検収）\n甲は、成果物の納入を受けた日から10日以内に検収を行い、その結果を乙に通知する。\n");
	NO("compliance-check", "第6条（検査）\n甲は、納入物が仕様書に適合するかを検査することができる。\n");
	/* A report the contractor sends on its own is not an audit right. */
	NO("compliance-check", "第7条（報告）\n乙は、個人情報の取扱状況を毎月甲に報告する。\n");
	/* Worded without 監査: visiting and checking. */
	YES("compliance-check", "第8条（確認）\n甲は、乙の作業場所に赴き確認することができる。\n");
	YES("compliance-check", "第8条\n乙は、甲が行う実地調査を受け入れ、これに協力します。\n");
	YES("compliance-check", "第8条\n甲は、乙に対し、関係書類の提出を求めることができる。\n");
}

static void
return_lookalikes(void **state)
{
	(void)state;
	NO("return-erasure", "第9条（貸与品の返還）\n乙は、本契約が終了したときは、甲から貸与を受けた端末及び入館証を甲に返還しなければならない。\n");
	/* A report of disposal status is not itself a disposal duty. */
	NO("return-erasure", "第9条\n乙は、資料の保管及び廃棄の状況を甲に報告する。\n");
	YES("return-erasure", "第9条\n乙は、業務が終了したときは、媒体を甲に戻し、写しを残さない。\n");
	YES("return-erasure", "第9条\n乙は、契約終了後、個人情報を復元できない方法により消去する。\n");
}

static void
copy_lookalikes(void **state)
{
	(void)state;
	NO("no-unauthorized-copy", "第7条（著作権）\n甲は、成果物を自由に利用し、複製し、及び改変することができる。乙は、個人情報を適切に扱う。\n");
	YES("no-unauthorized-copy", "第7条\n乙は、甲の承諾なく個人情報を複写し、又は複製してはならない。\n");
}

static void
term_lookalikes(void **state)
{
	(void)state;
	NO("term", "第3条（支払）\n甲の支払期間は、請求書を受領した日から30日間とする。\n");
	NO("term", "第4条（保証）\n保証期間は、検収完了の日から1年間とする。\n");
	NO("term", "第5条\n作業日程は、甲が発注の都度指示する。\n");
	NO("term", "第6条（存続）\n第5条の規定は、本契約の終了後もなお効力を有する。\n");
	NO("term", "第7条\n乙は、原契約が終了したときは、個人情報を返還する。\n");
	YES("term", "第10条\n本契約は締結日から1年間効力を有する。\n");
	YES("term", "第10条（契約期間）\n2025年4月1日から2026年3月31日までとする。\n");
	YES("term", "第10条\n本業務の委託期間は、令和七年四月一日から令和八年三月三十一日までとする。\n");
}

static void
report_lookalikes(void **state)
{
	(void)state;
	NO("status-report", "第4条（進捗報告）\n乙は、毎週、本業務の進捗状況及び課題を記載した進捗報告書を甲に提出する。\n");
	NO("status-report", "第5条\n乙は、業務が完了したときは、業務完了報告書を甲に提出する。\n");
	NO("status-report", "第6条\n甲は、個人情報の管理の状況を調査することができる。\n");
	YES("status-report", "第6条\n乙は、四半期ごとに個人情報の取扱状況を書面で甲に報告しなければならない。\n");
	YES("status-report", "第6条\n甲は、個人情報の取扱いについて、乙に報告を求めることができる。\n");
}

static void
subcontract_lookalikes(void **state)
{
	(void)state;
	/* A definition alone creates no rule. */
	NO("subcontracting", "第2条（定義）\n(5) 再委託 乙が本業務の全部又は一部を第三者に委託することをいう。\n");
	NO("subcontract-notice", "第2条（定義）\n(5) 再委託 乙が本業務の全部又は一部を第三者に委託することをいい、再々委託を含む。\n");
	/* A bare ban is subcontracting, not subcontract-notice. */
	YES("subcontracting", "第3条\n乙は、本業務を第三者に再委託してはならない。\n");
	NO("subcontract-notice", "第3条\n乙は、本業務を第三者に再委託してはならない。\n");
	YES("subcontract-notice", "第3条\n乙は、甲の書面による事前の承諾を得なければ、本業務を再委託することができない。\n");
	YES("subcontract-notice", "第3条\n乙は、再委託しようとするときは、あらかじめ再委託先の名称を甲に書面で通知しなければならない。\n");
	/* The proviso on its own line still belongs to the ban. */
	YES("subcontract-notice", "第3条\n乙は、本業務を第三者に再委託してはならない。ただし、次の事項をあらかじめ書面で甲に報告し、甲の承諾を得た場合はこの限りでない。\n一 再委託先の名称\n");
}

static void
responsibility_lookalikes(void **state)
{
	(void)state;
	NO("responsibility", "第5条（免責）\n甲は、乙の個人情報の取扱いに起因する損害について一切責任を負わない。\n");
	NO("responsibility", "第5条（体制）\n乙は、本件業務の開発責任者を定め、甲に通知する。\n");
	YES("responsibility", "第5条\n乙は、個人情報の取扱いについて甲に対して責任を負う。\n");
}

static void
leak_and_other_wordings(void **state)
{
	(void)state;
	YES("leak-prevention", "第4条\n乙は、個人情報を外部に持ち出し、又は他人に閲覧させてはならない。\n");
	/* Naming 漏えい in an incident duty is incident-report only. */
	NO("leak-prevention", "第4条\n乙は、個人情報の漏えいが発生したときは、直ちに甲に報告しなければならない。\n");
	YES("incident-report", "第4条\n乙は、個人情報の漏えいが発生したときは、直ちに甲に報告しなければならない。\n");
	NO("incident-report", "第4条\n甲は、事故が発生したときは、個人情報保護委員会への報告を行う。\n");
	/* Termination for anti-social forces is not a breach measure for the data. */
	NO("breach-measures", "第11条（反社会的勢力の排除）\n甲は、乙が反社会的勢力に該当するときは、本契約を解除できる。\n2 甲は、乙が前項に違反したときは、本契約を解除することができる。\n");
	YES("breach-measures", "第11条\n甲は、乙が本契約に違反したときは、本契約を解除することができる。\n");
	/* です・ます style and public-procurement specifications. */
	YES("no-unauthorized-use", "(3) 目的外利用の禁止\n受注者は、個人情報を本業務の目的以外に利用しません。\n");
	YES("safeguards", "イ 安全管理措置\n受注者は、個人情報の安全管理のために必要な措置を講じること。\n");
}

static void
evidence_names_the_article(void **state)
{
	const char *t = HEAD "（目的）\n第一条 本契約は目的を定める。\n（再委託）\n第七条 乙は、第三者に再委託してはならない。\n"
	    "２ 乙は、再委託しようとするときは、あらかじめ甲の書面による承諾を得なければならない。\n";
	struct check_result r;
	struct error e = { 0 };
	const struct clause_result *c;

	(void)state;
	assert_int_equal(clause_check(meti, t, strlen(t), &r, &e), ST_OK);
	assert_string_equal(r.ruleset_id, "meti");
	c = clause(&r, "subcontract-notice");
	assert_true(c->present);
	assert_int_equal(c->nev, 1);
	assert_string_equal(c->ev[0].article, "第7条");
	assert_string_equal(c->ev[0].heading, "再委託");
	assert_string_equal(c->ev[0].paragraph, "第2項");
	assert_string_equal(c->ev[0].where, "第7条（再委託）第2項");
	/* Quoted from the original text, full-width digits and all. */
	assert_non_null(strstr(c->ev[0].text, "乙は、再委託しようとするときは"));
	assert_string_equal(t + c->ev[0].offset, strstr(t, "乙は、再委託しようと"));
	assert_false(clause(&r, "term")->present);
	assert_int_equal(r.present + r.missing, 13);
	check_result_free(&r);
}

static void
gdpr_lookalikes(void **state)
{
	(void)state;
	assert_false(has(gdpr, "4. Security\nWe keep audit logs of all staff access to customer accounts, reviewed weekly.\n", "audits"));
	assert_true(has(gdpr, "9. Audits\nThe Processor shall allow for and contribute to audits conducted by the Controller.\n", "audits"));
	assert_false(has(gdpr, "8. Equipment\nIf we issued you hardware security keys, you must return them within 30 days after your subscription ends.\n", "deletion-return"));
	assert_true(has(gdpr, "8. End\nAfter termination the Processor shall delete all personal data and copies.\n", "deletion-return"));
	assert_false(has(gdpr, "3. Security\nThe measures ensure the ongoing confidentiality, integrity and availability of systems.\n", "confidentiality"));
	assert_false(has(gdpr, "9. Misc\nThe prices of the Agreement are confidential between the parties.\n", "confidentiality"));
	assert_true(has(gdpr, "3. Staff\nAll personnel with access to the data are bound by confidentiality obligations.\n", "confidentiality"));
	assert_false(has(gdpr, "9. Support\nSupport requests shall be raised following the instructions published in the help centre.\n", "instructions"));
	assert_true(has(gdpr, "2. Instructions\nThe Processor shall process personal data only on documented instructions from the Controller.\n", "instructions"));
}

static void
automatic_ruleset(void **state)
{
	const char *en = "The Processor shall process personal data only on documented instructions.";
	const char *ja = "乙は、個人情報を適正に取り扱う。GDPR Article 28";

	(void)state;
	assert_string_equal(clause_auto_ruleset(en, strlen(en)), "gdpr-art28");
	assert_string_equal(clause_auto_ruleset(ja, strlen(ja)), "meti");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(audit_lookalikes),
		cmocka_unit_test(return_lookalikes),
		cmocka_unit_test(copy_lookalikes),
		cmocka_unit_test(term_lookalikes),
		cmocka_unit_test(report_lookalikes),
		cmocka_unit_test(subcontract_lookalikes),
		cmocka_unit_test(responsibility_lookalikes),
		cmocka_unit_test(leak_and_other_wordings),
		cmocka_unit_test(evidence_names_the_article),
		cmocka_unit_test(gdpr_lookalikes),
		cmocka_unit_test(automatic_ruleset),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
