# Contracts on file for the demo register (sourced by scripts/demo.sh).
$itaku contract import 1 data/demo/contracts/minato-itaku-keiyaku.docx
$itaku contract import 2 data/demo/contracts/hokuto-dm-hassou.txt
$itaku contract import 4 data/demo/contracts/cloud-hosting-dpa.docx
$itaku contract import 5 data/demo/contracts/aoba-kojinjoho.html
