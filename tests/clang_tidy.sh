#!/usr/bin/env bash
# Runs clang-tidy (checks in .clang-tidy) over Gazette's own sources: src/*.cc, examples/*.cc,
# tools/*.cc, cmake/embed_files.cc and, through HeaderFilterRegex, their headers. Not tests/, fuzz
# targets, the benchmark or generated files. Exits non-zero on any finding.
#   tests/clang_tidy.sh BUILD_DIR
# BUILD_DIR is a configured build tree of this project with compile_commands.json (the top-level
# CMakeLists.txt exports it by default); build it first so generated sources exist. Set CLANG_TIDY
# to pick the binary and JOBS for the parallelism (default: nproc).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -ne 1 ]; then echo "usage: tests/clang_tidy.sh BUILD_DIR" >&2; exit 2; fi
build="$(cd "$1" && pwd)"
if [ ! -f "$build/compile_commands.json" ]; then
  echo "clang_tidy.sh: $build/compile_commands.json is missing; configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON" >&2
  exit 2
fi
tidy="${CLANG_TIDY:-$(command -v clang-tidy || command -v clang-tidy-14 || true)}"
if [ -z "$tidy" ]; then echo "clang_tidy.sh: clang-tidy not found (Debian: apt-get install clang-tidy)" >&2; exit 2; fi
jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
cd "$root"
files=(src/*.cc examples/*.cc tools/*.cc cmake/embed_files.cc)
# Only files the build compiles have a compile command (tools/ is optional).
sources=()
for f in "${files[@]}"; do
  if grep -q "\"file\": \"$root/$f\"" "$build/compile_commands.json"; then sources+=("$root/$f"); fi
done
if [ ${#sources[@]} -eq 0 ]; then echo "clang_tidy.sh: no sources in $build/compile_commands.json" >&2; exit 2; fi
echo "clang-tidy ($("$tidy" --version | grep -o 'version [0-9.]*')) on ${#sources[@]} files, $jobs jobs"
# CMake omits -std when the compiler's default already is C++17 (GCC 12); clang-tidy's is older.
# clang-tidy's "N warnings generated." counts warnings it suppressed in system headers: dropped.
set +e
printf '%s\0' "${sources[@]}" |
  xargs -0 -n 1 -P "$jobs" "$tidy" -p "$build" --quiet --use-color=false --extra-arg-before=-std=c++17 2>&1 |
  grep -v -E '^[0-9]+ warnings? generated\.$'
status=${PIPESTATUS[1]}
set -e
if [ "$status" -ne 0 ]; then echo "clang_tidy.sh: findings above (exit $status)" >&2; exit 1; fi
echo "clang_tidy.sh: no findings"
