#!/usr/bin/env bash
# Regenerates gazetteers/groups.tsv from a MISP galaxy checkout (CC0/BSD-2).
#
# Usage: tools/regenerate_groups.sh /path/to/misp-galaxy [/path/to/gazette-import]
#
# Reads clusters/threat-actor.json and clusters/mitre-intrusion-set.json, with Debian's
# English and French word lists (packages wamerican and wfrench) for the common-word rule.
# Without a tool path, builds gazette-import from tools/ into a temporary build directory
# (cmake and a C++17 compiler needed). Installs nothing. Warnings go to standard error.
# Writes only gazetteers/groups.tsv; the hand-written gazetteers/groups_curated.tsv, whose lines extend
# these entries by id, is left alone (check that its ids still exist after a regeneration).
set -euo pipefail

usage() { echo "usage: $0 /path/to/misp-galaxy [/path/to/gazette-import]" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 ]] || usage
galaxy=$1
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out="$repo/gazetteers/groups.tsv"

inputs=("$galaxy/clusters/threat-actor.json" "$galaxy/clusters/mitre-intrusion-set.json")
words=(/usr/share/dict/american-english /usr/share/dict/french)
for f in "${inputs[@]}"; do
  [[ -r $f ]] || { echo "$0: cannot read $f (is $galaxy a misp-galaxy checkout?)" >&2; exit 2; }
done
for f in "${words[@]}"; do
  [[ -r $f ]] || { echo "$0: missing word list $f (Debian: apt-get install wamerican wfrench)" >&2; exit 2; }
done

if [[ $# -ge 2 ]]; then
  tool=$2
else
  build="${TMPDIR:-/tmp}/gazette-import-build"
  generator=()
  if [[ ! -f $build/CMakeCache.txt ]] && command -v ninja > /dev/null; then generator=(-G Ninja); fi
  cmake -S "$repo/tools" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
    -DGAZETTE_BUILD_TESTS=OFF > /dev/null
  cmake --build "$build" --target gazette-import > /dev/null
  tool="$build/gazette-import"
fi
[[ -x $tool ]] || { echo "$0: $tool is not an executable" >&2; exit 2; }

"$tool" misp --type GROUP --id-prefix group \
  --common-words "${words[0]}" --common-words "${words[1]}" \
  --regenerate "tools/regenerate_groups.sh /path/to/misp-galaxy" \
  "${inputs[@]}" -o "$out"
