#!/usr/bin/env bash
# Builds the libFuzzer targets (Extract, the TSV loader, the rule loader, the CLI's JSONL reader)
# with ASan+UBSan (clang) and runs each for SECONDS (default 60).
#   tests/fuzz/run_fuzzers.sh [SECONDS] [BUILD_DIR]
# Crashes are written to BUILD_DIR/crashes/<target>/; keep their inputs as regression tests.
set -euo pipefail
seconds="${1:-60}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${2:-$root/build-fuzz}"
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS="$flags -fsanitize=fuzzer-no-link" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DGAZETTE_BUILD_FUZZERS=ON -DGAZETTE_BUILD_TESTS=OFF -DGAZETTE_BUILD_EXAMPLES=OFF -DGAZETTE_BUILD_TOOLS=OFF >/dev/null
cmake --build "$build" --target extract_fuzzer gazetteer_fuzzer rules_fuzzer jsonl_fuzzer
status=0
for target in extract gazetteer rules jsonl; do
  work="$build/corpus/$target"; crashes="$build/crashes/$target"
  mkdir -p "$work" "$crashes"
  echo "== fuzzing ${target} for ${seconds}s"
  if ! "$build/tests/fuzz/${target}_fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
       -artifact_prefix="$crashes/" -print_final_stats=1 "$work" "$here/corpus/$target" 2>"$build/$target.log"; then
    echo "fuzzer ${target} found a problem:"; tail -n 40 "$build/$target.log"; status=1
  else
    grep -E "stat::number_of_executed_units|Done" "$build/$target.log" | tail -n 2 || true
  fi
done
exit $status
