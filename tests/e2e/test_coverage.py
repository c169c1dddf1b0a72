#!/usr/bin/env python3
# Quotes anchored in their articles and the coverage of the articles' numbers (--articles, JSON coverage,
# the text and line reports), on the demo example and on edited copies of it (the same tests on the NSPCC
# seed articles are in test_coverage_seeds.py); quotes that would match
# only inside a word or number; a missing article as a positioned note, a directory as an error.
import os
import pathlib
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

# Each corpus test runs on a set of articles and the example that checks them: the
# project's own demo (its article beside its claims), and in test_coverage_seeds.py the
# NSPCC seed articles, which only a checkout with ../shared beside it has.
class Corpus:
    def __init__(self, example, claims_file, articles, sample, narrowed, repeated, status):
        self.example = example          # the example directory checked
        self.claims_file = claims_file  # one claims file of it, edited by the tests
        self.articles = articles        # where the articles are: passed as --articles, or None (beside the claims)
        self.sample = sample            # (claim id, quote, verdict) of one claim to follow
        self.narrowed = narrowed        # (quote, a shorter quote leaving one number unchecked, that number, its kind,
                                        #  "N numbers, 1 unchecked")
        self.repeated = repeated        # (a quote to replace, a quote found more than once in the article)
        self.status = status            # exit status of `check` on the example

    def args(self):
        return ["--articles", str(self.articles)] if self.articles else []

    def article_files(self):
        folder = self.articles or (e2e.ROOT / self.example)
        return sorted(folder.glob("*.txt"))

    def article_text(self, source):
        folder = self.articles or (e2e.ROOT / self.example)
        return (folder / source).read_text(encoding="utf-8")


DEMO = Corpus("examples/demo", "examples/demo/article.claims", None,
              ("young_rise", "a rise of 6%", "fail"),
              ('quote "a rise of 6%"', 'quote "a rise of"', "a rise of 6%", "percent", "17 numbers, 1 unchecked"),
              ('quote "rose by 27% last year"', 'visits'), 1)


def check_json(binary, suite, *args, status=1, runner=None):
    result = (runner or (lambda *a: e2e.run(binary, *a)))("check", *args, "--format", "json")
    suite.equal(result.status, status, f"exit status\n  {result.describe()}")
    return result.json() if result.stdout.startswith("{") else {"claims": [], "coverage": []}


def test_example_fully_anchored_and_covered(binary, suite, corpus):
    report = check_json(binary, suite, corpus.example, *corpus.args(), status=corpus.status)
    for claim in report["claims"]:
        suite.check("quote_at" in claim, f"{claim['file']} {claim['id']}: quote not located ({claim.get('message')})")
    coverage = {a["source"]: a for a in report["coverage"]}
    suite.equal(sorted(coverage), [p.name for p in corpus.article_files()], "articles covered")
    for name, article in coverage.items():
        suite.equal(article["unchecked"], [], f"{name}: unchecked numbers")
        suite.check(len(article["covered"]) >= 7, f"{name}: only {len(article['covered'])} numbers found")
        for m in article["covered"]:
            suite.check(m["claims"], f"{name}: covered {m['text']} names no claim")
        kinds = {m["kind"] for m in article["dates_and_ages"]}
        suite.check(kinds <= {"date", "age"}, f"{name}: dates_and_ages kinds {kinds}")
    claim_id, quote, verdict = corpus.sample
    sample = next((c for c in report["claims"] if c["id"] == claim_id and c["quote"] == quote), None)
    if suite.check(sample, f"no {claim_id}"):
        suite.equal(sample["verdict"], verdict, f"{claim_id} keeps its verdict when anchored")
        line = corpus.article_text(sample["source"]).splitlines()[sample["quote_at"]["line"] - 1]
        suite.check(line[sample["quote_at"]["column"] - 1:].startswith(sample["quote"]),
                    f"{claim_id} quote_at {sample['quote_at']} does not point at its quote in {line!r}")


def test_unchecked_number_is_listed(binary, suite, corpus):
    # Narrowing one quote leaves its number unchecked, at its line and column in the article.
    quote, shorter, number, kind, counted = corpus.narrowed
    with e2e.ProjectCopy(corpus.example) as copy:
        copy.edit(corpus.claims_file, quote, shorter)
        run = lambda *a: copy.run(binary, *a)  # noqa: E731
        report = check_json(binary, suite, corpus.example, *corpus.args(), runner=run, status=corpus.status)
        edited = [a for a in report["coverage"] if a["unchecked"]]
        if not suite.equal(len(edited), 1, "articles with an unchecked number"):
            return
        article = edited[0]
        suite.equal([(m["text"], m["kind"]) for m in article["unchecked"]], [(number, kind)],
                    f"{article['source']}: unchecked after the quote no longer covers {number}")
        text = corpus.article_text(article["source"]).splitlines()
        for m in article["unchecked"]:
            suite.check(text[m["line"] - 1][m["column"] - 1:].startswith(m["text"]), f"unchecked {m} position")
        lines = run("check", corpus.example, *corpus.args(), "--format", "line").stdout.splitlines()
        suite.check(any(l.endswith(f': unchecked: "{number}" ({kind})') and f"{article['source']}:" in l
                        for l in lines), f"line report: no unchecked line for {number}")
        text_report = run("check", corpus.example, *corpus.args()).stdout
        suite.check(counted in text_report and f'"{number}" ({kind})' in text_report,
                    f"text report: coverage section:\n{text_report[-900:]}")


def test_missing_and_repeated_quotes_are_errors(binary, suite, corpus):
    claim_id, quote, _ = corpus.sample
    replaced, repeated = corpus.repeated
    with e2e.ProjectCopy(corpus.example) as copy:
        copy.edit(corpus.claims_file, f'quote "{quote}"', 'quote "not a sentence of the article"')
        copy.edit(corpus.claims_file, replaced, f'quote "{repeated}"')
        run = lambda *a: copy.run(binary, *a)  # noqa: E731
        report = check_json(binary, suite, corpus.claims_file, *corpus.args(), runner=run)
        missing = next((c for c in report["claims"] if c["id"] == claim_id), {})
        suite.equal(missing.get("verdict"), "error", "a quote the article lacks: error")
        suite.check("the quote is not in" in missing.get("message", ""), f"message: {missing.get('message')}")
        found_twice = [c for c in report["claims"] if c["quote"] == repeated]
        suite.check(found_twice and found_twice[0]["verdict"] == "error" and "times (at" in found_twice[0].get("message", ""),
                    f"a quote found more than once: {found_twice}")
        result = run("test", corpus.claims_file, *corpus.args())
        suite.equal(result.status, 1, "test: a claim whose quote is not found does not meet its expectation")


def test_articles_option(binary, suite):
    # Without an article beside the claims nothing is found, and that is only a note; a wrong
    # --articles directory is a usage error; an article missing from the given directory is an error.
    claims = DEMO.claims_file
    with e2e.ProjectCopy(DEMO.example) as copy:
        run = lambda *a: copy.run(binary, *a)  # noqa: E731
        article = copy.path(f"{DEMO.example}/article.txt")
        kept = article.read_bytes()
        article.unlink()
        report = check_json(binary, suite, claims, runner=run)
        suite.check(all(a["path"] is None for a in report["coverage"]), "an article found that is not there")
        suite.check(all(c["verdict"] != "error" for c in report["claims"]), "a missing article made a claim an error")
        result = run("check", claims, "--articles", "no/such/dir")
        suite.equal(result.status, 2, f"--articles no/such/dir\n  {result.describe()}")
        suite.check("--articles no/such/dir: no such directory" in result.stderr, f"stderr: {result.stderr}")
        copy.path("articles").mkdir()
        report = check_json(binary, suite, claims, "--articles", "articles", runner=run)
        suite.check(all(c["verdict"] == "error" and "is not in" in c["message"]
                        for c in report["claims"] if c["quote"]),
                    "claims in articles missing from --articles must be errors")
        article.write_bytes(kept)
        report = check_json(binary, suite, claims, runner=run)
        suite.check(all("quote_at" in c for c in report["claims"]), "an article beside the claims file is found")


CORPUS_TESTS = (test_example_fully_anchored_and_covered, test_unchecked_number_is_listed,
                test_missing_and_repeated_quotes_are_errors)


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
    for test in CORPUS_TESTS:
        suite.run_test(test, binary, suite, DEMO)
    for test in (test_articles_option, test_quote_inside_a_word_or_number_is_not_found,
                 test_anchoring_errors_and_notes_are_positioned,
                 test_an_article_that_is_no_file_stops_the_run):
        suite.run_test(test, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
