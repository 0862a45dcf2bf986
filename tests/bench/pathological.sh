#!/usr/bin/env bash
# Times Extract on hostile inputs (10 MB without spaces, 1 M capitalized words, 100k "warned ",
# 100k nested brackets, ...) and Build with 1 M aliases sharing a prefix, each at 1x and 2x size;
# prints a Markdown table and fails (exit 1) when a 2x run takes more than 2.5x the 1x run.
#
#   tests/bench/pathological.sh                    # full sizes (about 3 minutes, 2.5 GB peak)
#   tests/bench/pathological.sh --path-scale 0.1   # a smoke run at a tenth of the sizes
#   tests/bench/pathological.sh --path-case Build  # one case
set -euo pipefail
exec "$(dirname "$0")/run.sh" --pathological "$@"
