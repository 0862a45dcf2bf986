#!/usr/bin/env python3
"""The naive baseline Gazette's gazetteer matching is compared with (issue #10).

Exact, case-sensitive, whole-word matching of names read from a MISP galaxy: threat-actor and
mitre-intrusion-set names and synonyms as GROUP, country names as COUNTRY. Leftmost-longest, no
folding, no rules. Writes predictions in gazette-extract's JSON Lines shape for a gold or input file.

  naive_dictionary.py MISP_GALAXY_DIR INPUT.jsonl > PRED.jsonl
"""
import json
import re
import sys


def names(galaxy_dir):
    out = {}
    for cluster, kind in (("threat-actor", "GROUP"), ("mitre-intrusion-set", "GROUP"), ("country", "COUNTRY")):
        with open(f"{galaxy_dir}/clusters/{cluster}.json", encoding="utf-8") as f:
            values = json.load(f)["values"]
        for v in values:
            found = [v["description"]] if kind == "COUNTRY" else [v["value"]] + v.get("meta", {}).get("synonyms", [])
            for name in found:
                name = re.sub(r"\s+\(.*\)$", "", name.strip())  # "Lazarus (Group)" style qualifiers
                if name:
                    out.setdefault(name, kind)
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    table = names(sys.argv[1])
    # One alternation, longest names first, so the leftmost match is also the longest there.
    alternation = "|".join(re.escape(n) for n in sorted(table, key=len, reverse=True))
    pattern = re.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)")
    with open(sys.argv[2], encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            doc = json.loads(line)
            entities = [{"id": f"e{k}", "type": table[m.group(0)], "start": m.start(), "end": m.end()}
                        for k, m in enumerate(pattern.finditer(doc["text"]))]
            print(json.dumps({"id": doc["id"], "entities": entities, "relations": []}, ensure_ascii=False))


if __name__ == "__main__":
    main()
