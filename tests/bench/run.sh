#!/usr/bin/env bash
# Builds gazette-bench in Release in its own build directory and runs it; the Markdown table goes to
# stdout, build output and progress to stderr. Exits 1 when the entity/relation counts differ from
# tests/bench/expected_counts.txt (or, with --pathological, when an input scales worse than 2.5x).
#
#   tests/bench/run.sh                     # 50 MB corpus, 5 runs per row (several minutes)
#   tests/bench/run.sh --quick             # 5 MB corpus (same as --size-mb 5)
#   tests/bench/run.sh --size-mb 5 --update-expected
#   tests/bench/run.sh --pathological      # what tests/bench/pathological.sh runs
#
# Other options go to the binary (gazette-bench --help). GAZETTE_BENCH_BUILD_DIR overrides build-bench/.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="${GAZETTE_BENCH_BUILD_DIR:-$ROOT/build-bench}"

ARGS=()
for a in "$@"; do
  if [ "$a" = "--quick" ]; then ARGS+=(--size-mb 5); else ARGS+=("$a"); fi
done

GEN=()
if [ ! -f "$BUILD/CMakeCache.txt" ] && command -v ninja >/dev/null 2>&1; then GEN=(-G Ninja); fi
{
  cmake -S "$ROOT" -B "$BUILD" "${GEN[@]}" -DCMAKE_BUILD_TYPE=Release -DGAZETTE_BUILD_BENCH=ON \
    -DGAZETTE_BUILD_TESTS=OFF -DGAZETTE_BUILD_EXAMPLES=OFF -DGAZETTE_BUILD_TOOLS=OFF
  cmake --build "$BUILD" --target gazette-bench -j "$(nproc 2>/dev/null || echo 2)"
} >&2
exec "$BUILD/tests/bench/gazette-bench" --source-dir "$ROOT" "${ARGS[@]+"${ARGS[@]}"}"
