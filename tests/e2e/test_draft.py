#!/usr/bin/env python3
# claimcheck draft end to end, on the example written for the docs (examples/drafting): the drafted file
# parses, uses the data, checks as it stands and is counted as drafted; the JSON ranks every candidate;
# the output never replaces a file unasked or an input; bad data and bad articles are positioned errors
# with exit status 2; a limit stops the run with a message, not a crash.
import json
import os
import pathlib
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

EXAMPLE = pathlib.Path("examples/drafting")
ARTICLE = str(EXAMPLE / "article.txt")
DATA = str(EXAMPLE / "data.claims")


def test_drafted_file_checks(binary, suite):
    with tempfile.TemporaryDirectory(dir="build") as tmp:
        out = pathlib.Path(tmp) / "library.claims"
        r = e2e.run(binary, "draft", ARTICLE, "--data", DATA, "-o", str(out))
        if not suite.equal(r.status, 0, f"draft -o\n  {r.describe()}"):
            return
        suite.check("drafted 9 checks for 9 numeric statements" in r.stderr, f"the count on stderr: {r.stderr!r}")
        text = out.read_text(encoding="utf-8")
        suite.check(f'use "../../{DATA}"' in text, "the data is used by a path relative to the drafted file")
        c = e2e.run(binary, "check", str(out), "--articles", str(EXAMPLE), "--format", "json")
        suite.equal(c.status, 1, f"the drafted file checks (a drafted fail makes it 1)\n  {c.describe()}")
        report = c.json()
        suite.equal(report["summary"]["drafted"], 9, "every claim counted as drafted, not yet reviewed")
        verdicts = {cl["id"]: cl["verdict"] for cl in report["claims"]}
        suite.equal(verdicts.get("a_rise_of_260_pct"), "fail", "the ratio reported as a rise is drafted as a fail")
        suite.equal(verdicts.get("more_than_3000"), "unverifiable", "a missing figure stays unverifiable")
        suite.check("error" not in verdicts.values(), f"no drafted claim is an error: {verdicts}")
        # Reviewed (the notes deleted), the same file counts nothing as drafted.
        reviewed = "\n".join(l for l in text.splitlines() if not l.strip().startswith("note \"drafted")) + "\n"
        out.write_text(reviewed, encoding="utf-8")
        again = e2e.run(binary, "check", str(out), "--articles", str(EXAMPLE), "--format", "json")
        suite.equal(again.json()["summary"]["drafted"], 0, "no claim counted once its note is deleted")


def test_json_ranks_candidates(binary, suite):
    r = e2e.run(binary, "draft", ARTICLE, "--data", DATA, "--format", "json")
    if not suite.equal(r.status, 0, f"draft --format json\n  {r.describe()}"):
        return
    suite.equal(e2e.run(binary, "draft", ARTICLE, "--data", DATA, "--format", "json").stdout_bytes, r.stdout_bytes,
                "drafting twice is byte-identical")
    statements = json.loads(r.stdout)["articles"][0]["statements"]
    suite.equal(len(statements), 9, "one statement for each number")
    for s in statements:
        eligible = [c["score"] for c in s["candidates"] if c["eligible"]]
        suite.equal(eligible, sorted(eligible, reverse=True), f"{s['id']}: candidates best first")
        if s["drafted"]:
            suite.equal(s["drafted"], s["candidates"][0]["check"], f"{s['id']}: the drafted check is the best")
        else:
            suite.check(s["reason"], f"{s['id']}: nothing drafted says why")


def test_output_is_never_an_input_or_replaced_unasked(binary, suite):
    with tempfile.TemporaryDirectory(dir="build") as tmp:
        existing = pathlib.Path(tmp) / "mine.claims"
        existing.write_text("# mine\n", encoding="utf-8")
        r = e2e.run(binary, "draft", ARTICLE, "--data", DATA, "-o", str(existing))
        suite.equal(r.status, 2, f"an existing file without --force\n  {r.describe()}")
        suite.equal(existing.read_text(encoding="utf-8"), "# mine\n", "the existing file is untouched")
        for given in (ARTICLE, DATA):
            r = e2e.run(binary, "draft", ARTICLE, "--data", DATA, "-o", given, "--force")
            suite.equal(r.status, 2, f"the output may not be an input ({given})\n  {r.describe()}")


def test_bad_inputs(binary, suite):
    with tempfile.TemporaryDirectory(dir="build") as tmp:
        bad = pathlib.Path(tmp) / "bad.claims"
        bad.write_text("let visits = 5 label\n", encoding="utf-8")
        r = e2e.run(binary, "draft", ARTICLE, "--data", str(bad))
        suite.equal(r.status, 2, f"data that does not parse\n  {r.describe()}")
        suite.check("bad.claims:1:21: error: expected a quoted string" in r.stderr and "^" in r.stderr,
                    f"the error names file:line:col with a caret: {r.stderr!r}")
        suite.equal(r.stdout, "", "nothing drafted on stdout")
        r = e2e.run(binary, "draft", ARTICLE, "--data", str(pathlib.Path(tmp) / "none.claims"))
        suite.equal(r.status, 2, f"a data file that does not exist\n  {r.describe()}")
        suite.check("cannot read" in r.stderr, f"says it cannot read it: {r.stderr!r}")
        binary_article = pathlib.Path(tmp) / "image.txt"
        binary_article.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
        r = e2e.run(binary, "draft", str(binary_article), "--data", DATA)
        suite.equal(r.status, 2, f"an article that is not text\n  {r.describe()}")
        suite.check("draft reads articles as UTF-8 text: plain, Markdown or HTML" in r.stderr, f"says so: {r.stderr!r}")
    r = e2e.run(binary, "draft", ARTICLE)
    suite.equal(r.status, 2, f"--data is required\n  {r.describe()}")
    r = e2e.run(binary, "draft", ARTICLE, "--data", DATA, "--max-claims", "3")
    suite.equal(r.status, 2, f"a limit reached\n  {r.describe()}")
    suite.check("--max-claims" in r.stderr, f"names the limit: {r.stderr!r}")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("draft")
    for test in (test_drafted_file_checks, test_json_ranks_candidates, test_output_is_never_an_input_or_replaced_unasked,
                 test_bad_inputs):
        suite.run_test(test, binary, suite)
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
