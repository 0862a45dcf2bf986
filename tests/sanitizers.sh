#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer + UndefinedBehaviorSanitizer, and the multi-threaded
# tests under ThreadSanitizer, each in its own build directory. The ASan build uses clang with
# -DGAZETTE_WERROR=ON, so CI enforces the warning set with clang too (the main CI build is GCC).
#   tests/sanitizers.sh [asan|tsan|all]   (default all)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
what="${1:-all}"
jobs="$(nproc 2>/dev/null || echo 2)"
run_asan() {
  local b="$root/build-asan"
  cmake -S "$root" -B "$b" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGAZETTE_BUILD_TOOLS=ON -DGAZETTE_WERROR=ON \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
  cmake --build "$b"
  # The install test rebuilds a consumer without sanitizer flags; everything else runs instrumented.
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$b" --output-on-failure -j "$jobs" -LE install
}
run_tsan() {
  local b="$root/build-tsan"
  cmake -S "$root" -B "$b" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGAZETTE_BUILD_TOOLS=OFF \
    -DCMAKE_CXX_FLAGS="-fsanitize=thread -fno-omit-frame-pointer" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=thread" >/dev/null
  cmake --build "$b"
  TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
    ctest --test-dir "$b" --output-on-failure -R 'api|threads|example'
}
case "$what" in
  asan) run_asan ;;
  tsan) run_tsan ;;
  all) run_asan; run_tsan ;;
  *) echo "usage: tests/sanitizers.sh [asan|tsan|all]" >&2; exit 2 ;;
esac
