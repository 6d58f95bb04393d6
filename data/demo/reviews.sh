# Reviews and certifications of the demo register (sourced by scripts/demo.sh).
$itaku review add 1 --on 2026-05-10 --by 山田花子 --method onsite --result conditional \
	--answers data/demo/minato-2026-05.answers --evidence 訪問記録-2026-05
$itaku review add 2 --on 2026-08-01 --by 山田花子 --method questionnaire --result conditional \
	--answers data/demo/hokuto-2026-08.answers --notes "媒体廃棄の記録が不十分。3か月後に再確認"
$itaku review add 4 --on 2026-06-15 --by 佐藤一郎 --method certification --result pass \
	--answers data/demo/cloud-2026-06.answers --evidence "ISMS 認証書 IS 000000"
$itaku review add 6 --on 2026-10-01 --by 佐藤一郎 --method audit-report --result pass \
	--answers data/demo/hikari-2026-10.answers --evidence "PCI DSS 準拠報告書 2026"
$itaku cert add Cloud --kind isms --expires 2026-12-10 --id "IS 000000"
$itaku cert add ひかり決済 --kind pmark --expires 2027-08-31 --id 第00000000号
