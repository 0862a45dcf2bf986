#!/usr/bin/env bash
# Peak memory of gazette-extract on a large JSON Lines input: generates SIZE_MB (default 200) of
# documents from the project's sample texts (plus ../shared/eval texts when present), runs the CLI
# with --threads 2 and prints wall time, throughput and peak RSS. Memory must stay bounded by the
# batch size, not grow with the input.
#   tests/bench/streaming_memory.sh [BIN] [SIZE_MB]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${1:-$root/build/examples/gazette-extract}"
size_mb="${2:-200}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
python3 - "$root" "$size_mb" "$work/input.jsonl" <<'PY'
import glob, json, os, random, sys
root, size_mb, out_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
texts = []
for path in sorted(glob.glob(os.path.join(root, "examples/data/*.txt")) + glob.glob(os.path.join(root, "tests/data/*.txt"))):
    texts.append(open(path, encoding="utf-8").read())
shared = os.path.join(root, "..", "shared", "eval")
for path in sorted(glob.glob(os.path.join(shared, "annoctr", "*.jsonl")) + glob.glob(os.path.join(shared, "seeds", "gold.jsonl"))):
    for line in open(path, encoding="utf-8"):
        t = json.loads(line)["text"]
        texts.extend(t[i:i + 4000] for i in range(0, len(t), 4000))
rng = random.Random(20261123)
written, n = 0, 0
with open(out_path, "w", encoding="utf-8") as out:
    while written < size_mb * 1024 * 1024:
        line = json.dumps({"id": f"d{n}", "text": rng.choice(texts)}, ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode("utf-8"))
        n += 1
print(f"{n} documents, {written / 1e6:.1f} MB", file=sys.stderr)
PY
/usr/bin/time -v "$bin" --threads 2 --input-format jsonl "$work/input.jsonl" > "$work/out.jsonl" 2> "$work/time.txt"
secs=$(grep "Elapsed (wall clock)" "$work/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
rss=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')
docs=$(wc -l < "$work/out.jsonl")
python3 -c "import sys; s=float(sys.argv[1]); mb=int(sys.argv[2]); print(f'| input | documents | wall time | MB/s | peak RSS |\n|---|---:|---:|---:|---:|\n| {mb} MB JSONL | {sys.argv[3]} | {s:.1f} s | {mb*1.048576/s:.1f} | {int(sys.argv[4])/1024:.1f} MB |')" "$secs" "$size_mb" "$docs" "$rss"
