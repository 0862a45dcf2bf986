#!/usr/bin/env python3
"""Checks gazette-extract's JSON output against docs/schema/gazette-document.schema.json.

  validate_schema.py [--schema FILE] OUTPUT...
      each OUTPUT is gazette-extract output: JSON Lines, or the array of --output-format json
  validate_schema.py [--schema FILE] --extract BIN [TEXT...]
      runs BIN over the TEXT files and over generated JSON Lines (extra fields, numeric and missing
      ids, invalid UTF-8, empty text), in both jsonl and json output formats, and checks the output

Besides the schema, checks what JSON Schema cannot say: entity and relation ids are e1..eN and
r1..rN, spans are ordered and never overlap, relation heads and tails and fact relations name
objects of the same document, and (with --extract) text[start:end] is the entity text.
Needs python3-jsonschema (Draft 2020-12). Exit status 1 when anything is invalid, 2 on bad usage,
77 when jsonschema is missing.
"""
import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:  # ctest treats 77 as skipped (SKIP_RETURN_CODE in tests/schema.cmake)
    print("validate_schema.py: python3-jsonschema is not installed; skipped")
    sys.exit(77)

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_SCHEMA = ROOT / "docs" / "schema" / "gazette-document.schema.json"


def documents_in(text):
    stripped = text.lstrip()
    if stripped.startswith("["):
        return json.loads(text)
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def semantic_errors(doc, text=None):
    """Invariants of docs/json-output.md beyond the schema, for a document that passed the schema."""
    errors = []
    entities = doc["entities"]
    for i, e in enumerate(entities):
        if e["id"] != f"e{i + 1}":
            errors.append(f"entities[{i}].id is {e['id']!r}, expected 'e{i + 1}'")
        if not (e["start"] <= e["end"] and e["byte_start"] <= e["byte_end"]):
            errors.append(f"{e['id']}: span end before start")
        if i > 0 and e["start"] < entities[i - 1]["end"]:
            errors.append(f"{e['id']}: overlaps or precedes {entities[i - 1]['id']}")
        if text is not None and text[e["start"]:e["end"]] != e["text"]:
            errors.append(f"{e['id']}: text[{e['start']}:{e['end']}] is {text[e['start']:e['end']]!r}, not {e['text']!r}")
    by_id = {e["id"]: e for e in entities}
    relations = {}
    for i, r in enumerate(doc["relations"]):
        if r["id"] != f"r{i + 1}":
            errors.append(f"relations[{i}].id is {r['id']!r}, expected 'r{i + 1}'")
        relations[r["id"]] = r
        for end in ("head", "tail"):
            if r[end] not in by_id:
                errors.append(f"{r['id']}: {end} {r[end]} is not an entity of the document")
        for part in ("trigger", "sentence"):
            s = r[part]
            if not (s["start"] <= s["end"] and s["byte_start"] <= s["byte_end"]):
                errors.append(f"{r['id']}: {part} span end before start")
        if text is not None and text[r["trigger"]["start"]:r["trigger"]["end"]] != r["trigger"]["text"]:
            errors.append(f"{r['id']}: trigger text does not match its span")
    seen = set()
    for i, f in enumerate(doc["facts"]):
        for rid in f["relations"]:
            r = relations.get(rid)
            if r is None:
                errors.append(f"facts[{i}]: relation {rid} does not exist")
                continue
            seen.add(rid)
            head, tail = by_id.get(r["head"]), by_id.get(r["tail"])
            if r["type"] != f["type"] or (head and head["canonical_id"] != f["head_id"]) or \
                    (tail and tail["canonical_id"] != f["tail_id"]):
                errors.append(f"facts[{i}]: {rid} is not a ({f['type']}, {f['head_id']}, {f['tail_id']}) relation")
    for rid in relations:
        if rid not in seen:
            errors.append(f"{rid} is in no fact")
    return errors


def check_output(name, output, validator, texts=None):
    """(errors, documents) of one gazette-extract output; prints each error."""
    try:
        docs = documents_in(output)
    except json.JSONDecodeError as e:
        print(f"{name}: not JSON: {e}")
        return 1, 0
    errors = 0
    for n, doc in enumerate(docs, 1):
        where = f"{name}: document {n} ({json.dumps(doc.get('id')) if isinstance(doc, dict) else '?'})"
        problems = [f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message[:200]}"
                    for e in validator.iter_errors(doc)]
        if not problems:
            text = texts.get(json.dumps(doc["id"])) if texts else None
            problems = semantic_errors(doc, text)
        for p in problems:
            print(f"{where}: {p}")
        errors += len(problems)
    return errors, len(docs)


GENERATED = [
    {"id": "extra-fields", "source": "wire", "tags": ["a", "b"], "text": "The FBI said APT28 targeted Germany."},
    {"id": 42, "text": "L'ANSSI a attribué l'attaque au groupe APT31, lié à la Chine."},
    {"text": "A document without an id, about Sandworm and Ukraine."},
    {"id": "empty", "text": ""},
    {"id": "unicode", "text": "« Les autorités françaises » ont convoqué l’ambassadeur de Chine à Paris\u00a0; 😀 APT31."},
]
INVALID_UTF8 = b'{"id": "bad-utf8", "text": "APT31 \xff\xfe hit Belgium."}\n'


def run_extract(binary, texts, validator):
    errors = docs = 0
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = pathlib.Path(tmp) / "generated.jsonl"
        with open(jsonl, "wb") as f:
            for d in GENERATED:
                f.write(json.dumps(d, ensure_ascii=False).encode("utf-8") + b"\n")
            f.write(INVALID_UTF8)
        known = {}
        for i, d in enumerate(GENERATED, 1):
            known[json.dumps(d.get("id", f"generated:{i}"))] = d["text"]
        for p in texts:
            known[json.dumps(pathlib.Path(p).stem)] = pathlib.Path(p).read_text(encoding="utf-8")
        runs = []
        for fmt in ("jsonl", "json"):
            if texts:
                runs.append((f"text inputs, --output-format {fmt}", [binary, "--output-format", fmt, *texts]))
            runs.append((f"generated jsonl, --output-format {fmt}",
                         [binary, "--input-format", "jsonl", "--output-format", fmt, str(jsonl)]))
        for name, cmd in runs:
            proc = subprocess.run(cmd, capture_output=True)
            if proc.returncode != 0:
                print(f"{name}: exit status {proc.returncode}: {proc.stderr.decode(errors='replace')[-500:]}")
                errors += 1
                continue
            e, n = check_output(name, proc.stdout.decode("utf-8"), validator, known)
            errors, docs = errors + e, docs + n
    return errors, docs


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--schema", default=str(DEFAULT_SCHEMA))
    ap.add_argument("--extract", metavar="BIN", help="run this gazette-extract over the FILEs (text inputs)")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    if not args.extract and not args.files:
        ap.error("give OUTPUT files, or --extract BIN")
    schema = json.loads(pathlib.Path(args.schema).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    if args.extract:
        errors, docs = run_extract(args.extract, args.files, validator)
    else:
        errors = docs = 0
        for f in args.files:
            e, n = check_output(f, pathlib.Path(f).read_text(encoding="utf-8"), validator)
            errors, docs = errors + e, docs + n
    print(f"{docs} documents checked, {errors} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
