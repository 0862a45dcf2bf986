#!/usr/bin/env python3
"""Error paths and output formats of gazette-extract, one case per ctest test.

Usage: cli_test.py --extract PATH/TO/gazette-extract --work-dir DIR CASE

Each case runs the CLI on inputs it writes under DIR (recreated) and checks the exit status,
standard output and standard error. Exit status 0 = pass; a failed check prints what differed.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys

EXTRACT = None
WORK = None


class Failure(Exception):
    pass


def check(cond, what, result=None):
    if not cond:
        detail = ""
        if result is not None:
            detail = "\n--- exit: %d\n--- stdout:\n%s\n--- stderr:\n%s" % (
                result.returncode, result.stdout.decode("utf-8", "replace")[:4000],
                result.stderr.decode("utf-8", "replace")[:4000])
        raise Failure(what + detail)


def write(name, data):
    path = os.path.join(WORK, name)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode, **({} if isinstance(data, bytes) else {"encoding": "utf-8"})) as f:
        f.write(data)
    return path


def run(*args, stdin=b""):
    return subprocess.run([EXTRACT] + list(args), input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          cwd=WORK, timeout=120)


def jsonl(result):
    lines = result.stdout.decode("utf-8").splitlines()
    return [json.loads(line) for line in lines]


# --- cases -------------------------------------------------------------------------------------------

def case_help():
    r = run("--help")
    check(r.returncode == 0, "--help exits 0", r)
    check(b"Usage: gazette-extract" in r.stdout, "--help prints the usage", r)
    r = run("-h")
    check(r.returncode == 0 and b"Usage" in r.stdout, "-h is --help", r)


def case_version():
    r = run("--version")
    check(r.returncode == 0, "--version exits 0", r)
    check(r.stdout.startswith(b"gazette-extract "), "--version prints the name and version", r)


def case_unknown_option():
    r = run("--frobnicate")
    check(r.returncode == 2, "an unknown option exits 2", r)
    check(b"--frobnicate" in r.stderr, "the message names the option", r)
    check(r.stdout == b"", "nothing on standard output", r)


def case_missing_value():
    r = run("--gazetteer")
    check(r.returncode == 2, "an option without its value exits 2", r)
    check(b"needs a value" in r.stderr, "the message says a value is needed", r)
    r = run("--output-format", "xml", write("a.txt", "x"))
    check(r.returncode == 2 and b"xml" in r.stderr, "a bad --output-format value exits 2 and is quoted", r)


def case_empty_jsonl_input():
    path = write("empty.jsonl", "")
    r = run("--input-format", "jsonl", path)
    check(r.returncode == 0, "empty input exits 0", r)
    check(r.stdout == b"", "empty input writes nothing", r)
    r = run("--input-format", "jsonl", stdin=b"")
    check(r.returncode == 0 and r.stdout == b"", "empty standard input writes nothing and exits 0", r)
    r = run("--input-format", "jsonl", write("blank.jsonl", "\n  \n\t\n"))
    check(r.returncode == 0 and r.stdout == b"", "blank lines are skipped", r)


def case_empty_json_array():
    r = run("--input-format", "jsonl", "--output-format", "json", write("empty.jsonl", ""))
    check(r.returncode == 0, "empty input with --output-format json exits 0", r)
    check(json.loads(r.stdout) == [], "and writes an empty JSON array", r)


def case_jsonl_bad_lines_keep_order():
    lines = [
        '{"id": "first", "text": "APT31 targeted a bank.", "source": "feed-a"}',
        '{"id": "broken", "text": "unterminated',
        '{"id": "second", "text": "Fancy Bear struck."}',
        '{"id": "no-text", "body": "APT31"}',
        '["not", "an", "object"]',
        '{"id": 42, "text": "APT28 again."}',
        '{"text": "No id here."}',
    ]
    path = write("docs.jsonl", "\n".join(lines) + "\n")
    r = run("--input-format", "jsonl", "--threads", "2", path)
    check(r.returncode == 1, "bad JSONL lines make the exit status 1", r)
    docs = jsonl(r)
    ids = [d["id"] for d in docs]
    check(ids == ["first", "second", 42, "docs:7"], "the good documents are written, in input order: %r" % ids, r)
    err = r.stderr.decode("utf-8")
    for line_no in (2, 4, 5):
        check("%s:%d:" % (path, line_no) in err, "stderr names %s:%d" % (path, line_no), r)
    check(("%s:1:" % path) not in err and ("%s:3:" % path) not in err, "good lines are not reported", r)
    check("text" in err, "the missing field is named", r)
    check(docs[0]["source"] == "feed-a", "other JSONL fields are copied through", r)
    check(any(e["text"] == "APT31" for e in docs[0]["entities"]), "entities are extracted", r)


def case_jsonl_hostile_lines_keep_order():
    # Invalid UTF-8 inside a line and a 100 MB line: every document is still written, in order.
    huge_text = "A" * (100 * 1024 * 1024)
    data = b"".join([
        b'{"id": "first", "text": "APT31 targeted a bank."}\n',
        b'{"id": "bad-utf8", "text": "Fancy Bear \xff\xfe struck France."}\n',
        b'{"id": "huge", "text": "' + huge_text.encode("ascii") + b'"}\n',
        b'{"id": "last", "text": "Sandworm targeted Ukraine."}\n',
    ])
    path = write("hostile.jsonl", data)
    r = run("--input-format", "jsonl", "--threads", "2", path)
    check(r.returncode == 0, "hostile but well-formed lines are documents, exit 0", r)
    docs = jsonl(r)
    check([d["id"] for d in docs] == ["first", "bad-utf8", "huge", "last"], "all documents, in input order", r)
    check(any("UTF-8" in w for w in docs[1]["warnings"]), "the invalid UTF-8 is reported as a warning", r)
    check(any(e["text"] == "Fancy Bear" for e in docs[1]["entities"]), "entities around invalid bytes", r)
    check(any("max_document_bytes" in w for w in docs[2]["warnings"]), "the 100 MB document is over the limit", r)
    check(any(e["text"] == "Sandworm" for e in docs[3]["entities"]), "the line after the huge one is processed", r)


def case_missing_file():
    ok = write("ok.txt", "APT31 targeted a bank.")
    missing = os.path.join(WORK, "does-not-exist.txt")
    r = run(missing, ok)
    check(r.returncode == 1, "a missing input exits 1", r)
    check(missing.encode() in r.stderr, "the message names the file", r)
    docs = jsonl(r)
    check([d["id"] for d in docs] == ["ok"], "the readable file is still processed", r)


def case_json_output_is_array():
    a = write("alpha.txt", "APT31 targeted a bank.")
    b = write("beta.txt", "Fancy Bear struck again.")
    r = run("--output-format", "json", a, b)
    check(r.returncode == 0, "exit 0", r)
    docs = json.loads(r.stdout)
    check(isinstance(docs, list) and len(docs) == 2, "a JSON array with one object per input", r)
    check([d["id"] for d in docs] == ["alpha", "beta"], "ids are the file stems, in order", r)
    for d in docs:
        for key in ("schema_version", "id", "lang", "entities", "relations", "facts", "warnings"):
            check(key in d, "document has %r" % key, r)


def case_bad_gazetteer_file():
    bad = write("bad.tsv", "id\ttype\tcanonical\taliases\tattributes\n"
                           "group:x\tGROUP\tX Owl\t\t\n"
                           "group:y\tgroup\tY Owl\t\t\n")
    r = run("--gazetteer", bad, write("a.txt", "X Owl"))
    check(r.returncode == 2, "a bad gazetteer file exits 2", r)
    err = r.stderr.decode("utf-8")
    check(bad + ":3:" in err, "the message has FILE:LINE (%s:3:)" % bad, r)
    check('"group"' in err, "the bad type is quoted", r)
    check(r.stdout == b"", "nothing is extracted", r)
    r = run("--gazetteer", os.path.join(WORK, "nope.tsv"), write("b.txt", "x"))
    check(r.returncode == 2 and b"nope.tsv" in r.stderr, "a missing gazetteer file exits 2 naming it", r)


def case_bad_rule_file():
    bad = write("bad.json", '{\n  "relations": [\n    {"id": "r", },\n  ]\n}\n')
    r = run("--rules", bad, write("a.txt", "x"))
    check(r.returncode == 2, "a bad rule file exits 2", r)
    check((bad + ":3:").encode() in r.stderr, "the message has FILE:LINE:COLUMN", r)


def case_output_dev_full():
    if not os.path.exists("/dev/full"):
        print("skipped: no /dev/full")
        return
    a = write("a.txt", "APT31 targeted a bank.")
    r = run("-o", "/dev/full", a)
    check(r.returncode == 1, "writing to a full device exits 1", r)
    check(b"/dev/full" in r.stderr, "the message names the output", r)
    r = run("-o", os.path.join(WORK, "no-such-dir", "out.jsonl"), a)
    check(r.returncode == 1 and b"no-such-dir" in r.stderr, "an unwritable output path exits 1 naming it", r)


def case_text_input_id():
    a = write("news.report.txt", "APT31 targeted a bank.")
    r = run(a)
    check(r.returncode == 0, "exit 0", r)
    docs = jsonl(r)
    check(len(docs) == 1 and docs[0]["id"] == "news.report", "the id is the file name without its extension", r)
    r = run(stdin=b"Fancy Bear struck.")
    check(r.returncode == 0 and jsonl(r)[0]["id"] == "stdin", "standard input is the document \"stdin\"", r)
    r = run("-o", os.path.join(WORK, "out.jsonl"), a)
    check(r.returncode == 0 and r.stdout == b"", "-o writes to the file, not standard output", r)
    with open(os.path.join(WORK, "out.jsonl"), encoding="utf-8") as f:
        check(json.loads(f.readline())["id"] == "news.report", "the output file holds the document")


def case_types_filter():
    a = write("a.txt", "APT31 targeted France, Senator Jane Doe said.")
    r = run("--types", "GROUP", "--no-relations", a)
    check(r.returncode == 0, "exit 0", r)
    doc = jsonl(r)[0]
    check({e["type"] for e in doc["entities"]} == {"GROUP"}, "only GROUP entities", r)
    check(doc["relations"] == [], "--no-relations gives no relations", r)


CASES = {name[len("case_"):]: fn for name, fn in globals().items() if name.startswith("case_")}


def main():
    global EXTRACT, WORK
    p = argparse.ArgumentParser()
    p.add_argument("--extract", required=True)
    p.add_argument("--work-dir", required=True)
    p.add_argument("case", choices=sorted(CASES))
    a = p.parse_args()
    EXTRACT = os.path.abspath(a.extract)
    WORK = os.path.abspath(a.work_dir)
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    try:
        CASES[a.case]()
    except Failure as e:
        print("FAIL %s: %s" % (a.case, e))
        return 1
    print("ok %s" % a.case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
