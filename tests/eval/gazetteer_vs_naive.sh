#!/usr/bin/env bash
# Compares, on the gold texts of ../shared/eval, three extractors scored with its score.py
# (--types GROUP,COUNTRY): the naive exact-match dictionary of MISP names (naive_dictionary.py),
# Gazette's gazetteer matching alone (--gazetteer-only), and the full extractor.
#   tests/eval/gazetteer_vs_naive.sh [--bin build/examples/gazette-extract] [SHARED_DIR]
# Reads ../shared (eval gold and the MISP galaxy snapshot); it is not a unit test.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
BIN="$HERE/../../build/examples/gazette-extract"
if [ "${1:-}" = "--bin" ]; then BIN="$2"; shift 2; fi
SHARED="${1:-$HERE/../../../shared}"
[ -x "$BIN" ] || { echo "gazetteer_vs_naive.sh: no extractor at $BIN (build first or pass --bin)" >&2; exit 2; }
[ -d "$SHARED/eval" ] && [ -d "$SHARED/data/misp-galaxy" ] || { echo "gazetteer_vs_naive.sh: $SHARED/eval or data/misp-galaxy missing" >&2; exit 2; }
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
score() {  # GOLD PRED -> "GROUP F1  COUNTRY F1  both F1"
  python3 "$SHARED/eval/score.py" "$1" "$2" --types GROUP,COUNTRY --json | python3 -c '
import json, sys
r = json.load(sys.stdin)
def f1(t):
    return r["by_type_strict"].get(t, {}).get("f", 0.0)
print("%.3f | %.3f | %.3f" % (f1("GROUP"), f1("COUNTRY"), r["entities_strict"]["f"]))'
}
echo "| gold | extractor | GROUP F1 | COUNTRY F1 | GROUP+COUNTRY F1 |"
echo "|---|---|---|---|---|"
for GOLD in "$SHARED/eval/seeds/gold.jsonl" "$SHARED/eval/annoctr/dev.jsonl" "$SHARED/eval/annoctr/train.jsonl"; do
  name="$(basename "$(dirname "$GOLD")")/$(basename "$GOLD" .jsonl)"
  python3 -c 'import json,sys
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        d = json.loads(line); print(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False))' "$GOLD" > "$TMP/in.jsonl"
  python3 "$HERE/naive_dictionary.py" "$SHARED/data/misp-galaxy" "$TMP/in.jsonl" > "$TMP/naive.jsonl"
  "$BIN" --input-format jsonl --no-relations --gazetteer-only "$TMP/in.jsonl" > "$TMP/gazetteer.jsonl"
  "$BIN" --input-format jsonl --no-relations "$TMP/in.jsonl" > "$TMP/full.jsonl"
  echo "| $name | naive MISP dictionary | $(score "$GOLD" "$TMP/naive.jsonl") |"
  echo "| $name | Gazette gazetteers only | $(score "$GOLD" "$TMP/gazetteer.jsonl") |"
  echo "| $name | Gazette full | $(score "$GOLD" "$TMP/full.jsonl") |"
done
