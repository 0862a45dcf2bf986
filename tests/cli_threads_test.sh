#!/usr/bin/env bash
# gazette-extract's batch pipeline: output with --threads 2 and 4 is byte-identical to --threads 1
# (JSONL, JSON, STIX per document and one STIX bundle) on 1,000 generated documents; a reader that
# stops early (| head -1) ends it quietly with status 0; progress goes to standard error only when
# asked for (standard error is not a terminal here), with a percentage when the input size is known.
#   cli_threads_test.sh PATH/TO/gazette-extract
set -euo pipefail
BIN="${1:?usage: cli_threads_test.sh PATH/TO/gazette-extract}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# 1,000 documents from fixed lists, indexed by the line number (no randomness: the same everywhere).
groups=("APT31" "APT28" "Sandworm" "Mustang Panda" "Lazarus Group" "APT41" "Turla")
countries=("France" "Belgium" "Germany" "the United States" "Japan" "Czech Republic" "Ukraine" "Canada")
sponsors=("Chinese" "Russian" "North Korean" "Iranian")
agencies=("ANSSI" "the FBI" "the NCSC" "the CCB" "the BSI")
{
  for ((i = 1; i <= 1000; i++)); do
    g="${groups[i % 7]}"; c="${countries[i % 8]}"; s="${sponsors[i % 4]}"; a="${agencies[i % 5]}"
    if ((i % 3 == 0)); then
      text="L'agence ${a} a indiqué que le groupe ${g}, lié à l'État ${s,,}, a ciblé des ministères en ${c}. Document n° ${i} — « fin »."
    else
      text="The ${s} state-sponsored group ${g} targeted ${c}, ${a} said on day ${i}.\\n${a} warned the Ministry of Defence."
    fi
    # Every 50th document is long (a few hundred sentences), so the batches are uneven in size.
    if ((i % 50 == 0)); then
      long=""
      for ((k = 0; k < 300; k++)); do long+=" The group ${groups[k % 7]} was seen in ${countries[k % 8]}."; done
      text+="${long}"
    fi
    printf '{"id": "doc-%04d", "seq": %d, "text": "%s"}\n' "$i" "$i" "$text"
  done
} > "$TMP/in.jsonl"
[ "$(wc -l < "$TMP/in.jsonl")" -eq 1000 ] || fail "generator wrote $(wc -l < "$TMP/in.jsonl") lines"

run() {  # run NAME ARGS...: output in $TMP/NAME.out, standard error in $TMP/NAME.err
  local name="$1"; shift
  "$BIN" --input-format jsonl "$@" "$TMP/in.jsonl" > "$TMP/$name.out" 2> "$TMP/$name.err" \
    || fail "$name: exit status $? ($(tail -c 300 "$TMP/$name.err"))"
}

for format in jsonl json stix stix-single; do
  args=(--output-format "$format")
  case "$format" in
    stix) args+=(--published 2024-03-05T12:00:00Z) ;;
    stix-single) args=(--output-format stix --stix-single-bundle --published 2024-03-05T12:00:00Z) ;;
  esac
  for threads in 1 2 4; do run "$format.$threads" "${args[@]}" --threads "$threads"; done
  cmp "$TMP/$format.1.out" "$TMP/$format.2.out" || fail "$format: --threads 2 differs from --threads 1"
  cmp "$TMP/$format.1.out" "$TMP/$format.4.out" || fail "$format: --threads 4 differs from --threads 1"
  [ ! -s "$TMP/$format.2.err" ] || fail "$format: unexpected standard error: $(head -c 300 "$TMP/$format.2.err")"
done
[ "$(wc -l < "$TMP/jsonl.1.out")" -eq 1000 ] || fail "jsonl: expected 1000 lines"
[ "$(wc -l < "$TMP/stix.1.out")" -eq 1000 ] || fail "stix: expected 1000 bundles"
[ "$(wc -l < "$TMP/stix-single.1.out")" -eq 1 ] || fail "stix --stix-single-bundle: expected one line"
grep -q '"relationship_type":"targets"' "$TMP/stix-single.1.out" || fail "stix: no targets relationship"
echo "ok: --threads 1, 2 and 4 give identical jsonl, json, stix and single-bundle output"

# A reader that goes away: status 0, nothing on standard error, one line read.
for format in jsonl stix; do
  set +e
  "$BIN" --input-format jsonl --output-format "$format" --threads 2 "$TMP/in.jsonl" 2> "$TMP/pipe.err" | head -n 1 > "$TMP/pipe.out"
  status=("${PIPESTATUS[@]}")
  set -e
  [ "${status[0]}" -eq 0 ] || fail "$format | head -1: gazette-extract exit status ${status[0]}"
  [ ! -s "$TMP/pipe.err" ] || fail "$format | head -1: standard error: $(head -c 300 "$TMP/pipe.err")"
  [ "$(wc -l < "$TMP/pipe.out")" -eq 1 ] || fail "$format | head -1: expected one line"
done
echo "ok: | head -1 ends quietly"

# Progress: none by default when standard error is not a terminal; with --progress, lines ending
# at 100% of the known input size; --no-progress wins over nothing.
run quiet --threads 2
[ ! -s "$TMP/quiet.err" ] || fail "progress printed without --progress"
run progress --threads 2 --progress
grep -q '^gazette-extract: 1000 documents, .* docs/s, 100.0%$' "$TMP/progress.err" \
  || fail "--progress: no final line with 100.0%: $(tail -c 300 "$TMP/progress.err")"
cmp "$TMP/progress.out" "$TMP/jsonl.1.out" || fail "--progress changed the output"
run noprogress --threads 2 --no-progress
[ ! -s "$TMP/noprogress.err" ] || fail "--no-progress printed progress"
# Standard input from a pipe has no known size: no percentage.
"$BIN" --input-format jsonl --progress - < <(cat "$TMP/in.jsonl") > /dev/null 2> "$TMP/stdin.err"
grep -q '^gazette-extract: 1000 documents, .* docs/s$' "$TMP/stdin.err" \
  || fail "--progress on a pipe: $(tail -c 300 "$TMP/stdin.err")"
echo "ok: progress"
