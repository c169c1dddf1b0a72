#!/usr/bin/env python3
# Quotes anchored in their articles and the coverage of the articles' numbers (--articles, JSON coverage,
# the text and line reports), on the NSPCC example and on edited copies of it.
import os
import shutil
import sys

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


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("quote anchoring and coverage")
    for test in (test_example_fully_anchored_and_covered, test_unchecked_number_is_listed,
                 test_missing_and_repeated_quotes_are_errors, test_articles_option):
        suite.run_test(test, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
