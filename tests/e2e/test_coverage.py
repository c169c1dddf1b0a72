#!/usr/bin/env python3
# Quotes anchored in their articles and the coverage of the articles' numbers (--articles, JSON coverage,
# the text and line reports), on the NSPCC example and on edited copies of it; quotes that would match
# only inside a word or number; a missing article as a positioned note, a directory as an error.
import os
import pathlib
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

SEEDS = e2e.SHARED / "seeds"
EXAMPLE = "examples/nspcc-2017"
KENT = f"{EXAMPLE}/002-kent.claims"


def seeds_present(suite):
    return suite.check(SEEDS.is_dir(), f"seed articles not found at {SEEDS} (expected ../shared/seeds beside the project)")


def check_json(binary, suite, *args, status=1, runner=None):
    result = (runner or (lambda *a: e2e.run(binary, *a)))("check", *args, "--format", "json")
    suite.equal(result.status, status, f"exit status\n  {result.describe()}")
    return result.json() if result.stdout.startswith("{") else {"claims": [], "coverage": []}


def test_example_fully_anchored_and_covered(binary, suite):
    if not seeds_present(suite):
        return
    report = check_json(binary, suite, EXAMPLE, "--articles", str(SEEDS))
    for claim in report["claims"]:
        suite.check("quote_at" in claim, f"{claim['file']} {claim['id']}: quote not located ({claim.get('message')})")
    coverage = {a["source"]: a for a in report["coverage"]}
    suite.equal(sorted(coverage), sorted(p.name for p in SEEDS.glob("*.txt")), "articles covered")
    for name, article in coverage.items():
        suite.equal(article["unchecked"], [], f"{name}: unchecked numbers")
        suite.check(len(article["covered"]) >= 7, f"{name}: only {len(article['covered'])} numbers found")
        for m in article["covered"]:
            suite.check(m["claims"], f"{name}: covered {m['text']} names no claim")
        kinds = {m["kind"] for m in article["dates_and_ages"]}
        suite.check(kinds <= {"date", "age"}, f"{name}: dates_and_ages kinds {kinds}")
    kent = next((c for c in report["claims"] if c["id"] == "kent_rise"), None)
    if suite.check(kent, "no kent_rise"):
        suite.equal(kent["verdict"], "fail", "kent_rise is still a fail when anchored")
        line = (SEEDS / kent["source"]).read_text(encoding="utf-8").splitlines()[kent["quote_at"]["line"] - 1]
        suite.check(line[kent["quote_at"]["column"] - 1:].startswith(kent["quote"]),
                    f"kent_rise quote_at {kent['quote_at']} does not point at its quote in {line!r}")


def test_unchecked_number_is_listed(binary, suite):
    # Dropping the Kent claim leaves its 573% unchecked, at its line and column in the article.
    if not seeds_present(suite):
        return
    with e2e.ProjectCopy(EXAMPLE) as copy:
        copy.edit(KENT, 'quote "has shot up by 573%"', 'quote "shot up"')
        report = check_json(binary, suite, EXAMPLE, "--articles", str(SEEDS), runner=lambda *a: copy.run(binary, *a))
        article = next((a for a in report["coverage"] if a["source"].startswith("002_")), {"unchecked": []})
        unchecked = [(m["text"], m["kind"]) for m in article["unchecked"]]
        suite.equal(unchecked, [("573%", "percent")], "002: unchecked after the quote no longer covers 573%")
        text = (SEEDS / article.get("source", "")).read_text(encoding="utf-8").splitlines() if article.get("source") else []
        for m in article["unchecked"]:
            suite.check(text[m["line"] - 1][m["column"] - 1:].startswith(m["text"]), f"unchecked {m} position")
        lines = copy.run(binary, "check", EXAMPLE, "--articles", str(SEEDS), "--format", "line").stdout.splitlines()
        suite.check(any(l.endswith(': unchecked: "573%" (percent)') and "002_07f839348fd89e1a.txt:" in l for l in lines),
                    "line report: no unchecked line for 573%")
        text_report = copy.run(binary, "check", EXAMPLE, "--articles", str(SEEDS)).stdout
        suite.check("8 numbers, 1 unchecked" in text_report and '"573%" (percent)' in text_report,
                    f"text report: coverage section:\n{text_report[-900:]}")


def test_missing_and_repeated_quotes_are_errors(binary, suite):
    if not seeds_present(suite):
        return
    with e2e.ProjectCopy(EXAMPLE) as copy:
        copy.edit(KENT, 'quote "has shot up by 573%"', 'quote "has shot up by 473%"')
        copy.edit(KENT, 'quote "(44%)"', 'quote "2015/16."')
        report = check_json(binary, suite, KENT, "--articles", str(SEEDS), runner=lambda *a: copy.run(binary, *a))
        by_id = {c["id"]: c for c in report["claims"]}
        rise = by_id.get("kent_rise", {})
        suite.equal(rise.get("verdict"), "error", "a quote the article lacks: error")
        suite.check("the quote is not in" in rise.get("message", ""), f"message: {rise.get('message')}")
        repeated = [c for c in report["claims"] if c["quote"] == "2015/16."]
        suite.check(repeated and repeated[0]["verdict"] == "error" and "times (at" in repeated[0].get("message", ""),
                    f"a quote found more than once: {repeated}")
        result = copy.run(binary, "test", KENT, "--articles", str(SEEDS))
        suite.equal(result.status, 1, "test: a claim whose quote is not found does not meet its expectation")


def test_articles_option(binary, suite):
    # Without --articles nothing is found beside the claims and that is only a note; a wrong
    # --articles directory is a usage error; an article missing from the given directory is an error.
    report = check_json(binary, suite, KENT)
    suite.check(all(a["path"] is None for a in report["coverage"]), "articles found beside the example claims")
    suite.check(all(c["verdict"] != "error" for c in report["claims"]), "a missing article made a claim an error")
    result = e2e.run(binary, "check", KENT, "--articles", "no/such/dir")
    suite.equal(result.status, 2, f"--articles no/such/dir\n  {result.describe()}")
    suite.check("--articles no/such/dir: no such directory" in result.stderr, f"stderr: {result.stderr}")
    with e2e.ProjectCopy(EXAMPLE) as copy:
        copy.path("articles").mkdir()
        report = check_json(binary, suite, KENT, "--articles", "articles", runner=lambda *a: copy.run(binary, *a))
        suite.check(all(c["verdict"] == "error" and "is not in" in c["message"] for c in report["claims"]),
                    "claims in articles missing from --articles must be errors")
        if seeds_present(suite):
            shutil.copy(SEEDS / "002_07f839348fd89e1a.txt", copy.path(f"{EXAMPLE}/002_07f839348fd89e1a.txt"))
            report = check_json(binary, suite, KENT, runner=lambda *a: copy.run(binary, *a))
            suite.check(all("quote_at" in c for c in report["claims"]), "an article beside the claims file is found")


ARTICLE = "Officials said spending rose by 50% to 1,500 this year.\n"
CLAIMS = """let a = 100
let b = 105

claim cut_number in "article.txt":
  quote "spending rose by 5"
  check change(a, b) is 5%

claim cut_word in "article.txt":
  quote "pending rose by 50%"
  check change(a, b) is 5%

claim cut_thousands in "article.txt":
  quote "to 1"
  check a == 100

claim whole in "article.txt":
  quote "spending rose by 50% to 1,500"
  check a == 100

claim elsewhere in "gone.txt":
  quote "rose by 5%"
  check change(a, b) is 5%
"""


def small_project(tmp):
    (tmp / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp / "a.claims").write_text(CLAIMS, encoding="utf-8")


def run_in(binary, tmp, *args):
    return e2e.run(binary, "check", "a.claims", *args, cwd=str(tmp))


def test_quote_inside_a_word_or_number_is_not_found(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-e2e-") as name:
        tmp = pathlib.Path(name)
        small_project(tmp)
        report = check_json(binary, suite, "a.claims", runner=lambda *a: e2e.run(binary, *a, cwd=name))
        by_id = {c["id"]: c for c in report["claims"]}
        for cid in ("cut_number", "cut_word", "cut_thousands"):
            claim = by_id.get(cid, {})
            suite.equal(claim.get("verdict"), "error", f"{cid}: a quote cut inside a number or word")
            issue = claim.get("quote_issue") or {}
            suite.equal((issue.get("severity"), issue.get("line"), issue.get("column")),
                        ("error", CLAIMS[:CLAIMS.index(f"claim {cid} ")].count("\n") + 2, 3), f"{cid}: quote_issue at the quote")
            suite.check("the quote is not in article.txt" in claim.get("message", ""), f"{cid}: message {claim.get('message')}")
        suite.check("quote_at" in by_id.get("whole", {}), "a quote on word boundaries is found")


def test_anchoring_errors_and_notes_are_positioned(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-e2e-") as name:
        tmp = pathlib.Path(name)
        small_project(tmp)
        text = run_in(binary, tmp)
        suite.equal(text.status, 1, f"exit status\n  {text.describe()}")
        suite.check("\n  ERROR        cut_number  \"spending rose by 5\"\n                 a.claims:5:3: error: the quote is not in "
                    "article.txt\n" in text.stdout, f"text report: positioned error\n{text.stdout}")
        suite.check("\n  PASS         elsewhere  \"rose by 5%\"\n                 a.claims:21:3: note: quote not located: "
                    "article \"gone.txt\" not found beside the claims file (in .); use --articles DIR\n" in text.stdout,
                    f"text report: a note at the claim whose article is missing\n{text.stdout}")
        lines = run_in(binary, tmp, "--format", "line").stdout.splitlines()
        for expected in ("a.claims:5:3: error: cut_number: the quote is not in article.txt",
                         "a.claims:21:3: note: elsewhere: quote not located: article \"gone.txt\" not found beside "
                         "the claims file (in .); use --articles DIR"):
            suite.check(expected in lines, f"line report: no {expected!r} in {lines}")
        report = run_in(binary, tmp, "--format", "json").json()
        elsewhere = next(c for c in report["claims"] if c["id"] == "elsewhere")
        suite.equal(elsewhere["verdict"], "pass", "a missing article keeps the claim's verdict")
        suite.equal({k: (elsewhere.get("quote_issue") or {}).get(k) for k in ("severity", "file", "line", "column")},
                    {"severity": "note", "file": "a.claims", "line": 21, "column": 3}, "JSON quote_issue of the note")
        suite.check("message" not in elsewhere, f"a note is not the claim's message: {elsewhere.get('message')}")
        html = run_in(binary, tmp, "--format", "html").stdout
        suite.check("a.claims:21:3: note: quote not located" in html, "HTML card shows the note")
        given = run_in(binary, tmp, "--articles", ".", "--format", "json").json()
        gone = next(c for c in given["claims"] if c["id"] == "elsewhere")
        suite.equal((gone["verdict"], (gone.get("quote_issue") or {}).get("severity")), ("error", "error"),
                    "with --articles a missing article is an error")


def test_an_article_that_is_no_file_stops_the_run(binary, suite):
    """A directory (or a FIFO) by the article's name can never be read: an error at the claim, no report."""
    with tempfile.TemporaryDirectory(prefix="claimcheck-e2e-") as name:
        tmp = pathlib.Path(name)
        small_project(tmp)
        (tmp / "sub").mkdir()
        with open(tmp / "a.claims", "a", encoding="utf-8") as claims:
            claims.write('\nclaim folder in "sub":\n  quote "rose by 5%"\n  check change(a, b) is 5%\n')
        text = run_in(binary, tmp)
        suite.equal((text.status, text.stdout), (2, ""), f"exit status 2 and no report\n  {text.describe()}")
        suite.equal(text.stderr, 'a.claims:24:1: error: cannot read sub: is a directory, not a file\n'
                    '  claim folder in "sub":\n  ^\n1 error; nothing was checked\n', "the error, at the claim naming it")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("quote anchoring and coverage")
    for test in (test_example_fully_anchored_and_covered, test_unchecked_number_is_listed,
                 test_missing_and_repeated_quotes_are_errors, test_articles_option,
                 test_quote_inside_a_word_or_number_is_not_found, test_anchoring_errors_and_notes_are_positioned,
                 test_an_article_that_is_no_file_stops_the_run):
        suite.run_test(test, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
