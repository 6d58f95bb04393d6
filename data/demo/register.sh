# The demo register: a mail-order business, its contractors and their
# subcontractors.  Sourced by scripts/demo.sh with $itaku set to the
# command to run (with --db and --as-of already given).
$itaku init --org 株式会社さくら通販 --cn 7000012050002 --address 東京都千代田区
$itaku org add ミナトデータサービス株式会社 --cn 1000011000005 --address 東京都港区 --contact "情報管理部 03-0000-0001"
$itaku org add 有限会社北斗印刷 --address 埼玉県川口市
$itaku org add 北斗ロジスティクス株式会社 --address 千葉県船橋市
$itaku org add 青葉コールセンター株式会社 --address 宮城県仙台市
$itaku org add "Cloud Hosting Inc." --country US --contact privacy@cloud.example
$itaku org add 株式会社ひかり決済 --address 大阪府大阪市

$itaku delegate add さくら ミナト --data 顧客氏名・住所・電話番号・購入履歴 --purpose 顧客データ入力・管理 \
	--people 120000 --risk high --start 2025-04-01 --end 2027-03-31
$itaku delegate add ミナト 北斗印刷 --data 宛名（氏名・住所） --purpose ダイレクトメール印刷 \
	--people 120000 --start 2025-06-01 --approved-on 2025-05-20 --approved-by 情報管理部長 --approval-ref 承認書-2025-031
$itaku delegate add 北斗印刷 北斗ロジスティクス --data 宛名（氏名・住所） --purpose ダイレクトメール発送 \
	--people 120000 --start 2025-06-01
$itaku delegate add ミナト Cloud --data 顧客データベース一式 --purpose サーバ保守 \
	--people 120000 --risk high --start 2025-04-01 --approved-on 2025-03-15 --approved-by 情報管理部長
$itaku delegate add さくら 青葉 --data 氏名・電話番号・問合せ内容 --purpose 問合せ対応 \
	--people 8000 --risk medium --start 2024-10-01 --end 2026-09-30
$itaku delegate add さくら ひかり決済 --data クレジットカード番号・氏名 --purpose 決済代行 \
	--people 90000 --credit-card --risk high --start 2025-01-01
$itaku delegate add 青葉 Cloud --data 問合せ記録 --purpose 通話録音の保管 \
	--people 8000 --start 2024-10-01 --approved-on 2024-09-10 --approved-by 情報管理部長
