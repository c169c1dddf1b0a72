#!/usr/bin/env python3
# claimcheck extract: a skeleton drafted from the demo article checks as unverifiable with no number left
# unchecked (the seed articles and their conformance list: test_extract_seeds.py); quotes with markup, quotes and backslashes round-trip;
# bad input (a missing file, a directory, a binary file) writes nothing; --output never replaces a file
# without --force, nor an article at all; a pathological article (thousands of numbers in one sentence)
# gives a skeleton in proportion to it; a sentence repeated verbatim gives claims that check unverifiable;
# money and counts in words ("£3.4m", "half a million", "a dozen") are drafted as printed and check.
import os
import pathlib
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

DEMO_ARTICLES = e2e.ROOT / "examples" / "demo"

# Typography folded as engine/articles/article.cpp folds it, so spans are found as `check` finds quotes.
FOLDS = {"\u2018": "'", "\u2019": "'", "\u201A": "'", "\u2032": "'",
         "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u2033": '"',
         "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
         "\u00A0": " ", "\u202F": " ", "\u2009": " "}


def fold(text):
    """The folded text, and for each of its characters the index it came from in `text`."""
    out, origin = [], []
    for i, c in enumerate(text):
        c = FOLDS.get(c, " " if c in " \t\n\r" else c)
        if c == " " and out and out[-1] == " ":
            continue  # runs of white space are one space
        out.append(c)
        origin.append(i)
    return "".join(out), origin


def spans(article, quote):
    """Every [begin, end) of `quote` in `article` (character indexes), matched folded."""
    folded, origin = fold(article)
    needle = fold(quote)[0].strip(" ")
    found, at = [], folded.find(needle)
    while needle and at >= 0:
        found.append((origin[at], origin[at + len(needle) - 1] + 1))
        at = folded.find(needle, at + 1)
    return found


def unescape(literal):
    return re.sub(r'\\(["\\])', r"\1", literal)


STRING = r'"((?:[^"\\]|\\.)*)"'


def skeleton_claims(text):
    """(id, article, quote) for each claim in a skeleton, the strings unescaped."""
    claims = []
    for line in text.splitlines():
        if m := re.match(rf"claim (\S+) in {STRING}:$", line):
            claims.append([m[1], unescape(m[2]), None])
        elif m := re.match(rf"  quote {STRING}$", line):
            claims[-1][2] = unescape(m[1])
    return [tuple(c) for c in claims]


def extract(binary, *args):
    return e2e.run(binary, "extract", *args)


def test_unedited_skeleton_is_unverifiable_and_covers_every_number(binary, suite, folder=DEMO_ARTICLES):
    """A skeleton of every article in `folder` quotes every number and checks as all unverifiable."""
    articles = sorted(folder.glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="claimcheck-e2e-") as tmp:
        skeleton = pathlib.Path(tmp) / "skeleton.claims"
        made = extract(binary, *map(str, articles), "--output", str(skeleton))
        if not suite.equal(made.status, 0, f"exit status\n  {made.describe()}"):
            return
        suite.equal(made.stdout, "", "nothing on standard output with --output")
        result = e2e.run(binary, "check", str(skeleton), "--articles", str(folder), "--rules", str(e2e.RULES),
                         "--format", "json")
        suite.equal(result.status, 0, f"check exit status\n  {result.describe()}")
        if not result.stdout.startswith("{"):
            return
        report = result.json()
        suite.equal(len(report["claims"]), len(skeleton_claims(skeleton.read_text(encoding="utf-8"))), "claims checked")
        for claim in report["claims"]:
            suite.equal(claim["verdict"], "unverifiable", f"{claim['id']} verdict ({claim.get('message')})")
            suite.check("quote_at" in claim, f"{claim['id']}: quote not anchored")
            suite.equal(claim["checks"], [], f"{claim['id']}: no check written")
        suite.equal(report["summary"]["unverifiable"], len(report["claims"]), "summary")
        suite.equal(sorted(a["source"] for a in report["coverage"]), [p.name for p in articles],
                    "every article in the coverage")
        for article in report["coverage"]:
            suite.equal(article["unchecked"], [], f"{article['source']}: numbers no claim quotes")


def test_markup_quotes_and_backslashes_round_trip(binary, suite):
    text = ('<script>var s = "53 crimes";</script>\n'
            'He said "the rise was 44%" \\ and C:\\data\\12 files were lost.\n'
            '\u201CIt was 15 a day\u201D, she said.\n')
    with tempfile.TemporaryDirectory(prefix="claimcheck-e2e-") as tmp:
        article = pathlib.Path(tmp) / "odd.txt"
        article.write_text(text, encoding="utf-8")
        skeleton = pathlib.Path(tmp) / "odd.claims"
        made = extract(binary, str(article), "-o", str(skeleton))
        if not suite.equal(made.status, 0, f"exit status\n  {made.describe()}"):
            return
        written = skeleton_claims(skeleton.read_text(encoding="utf-8"))
        suite.equal([c[0] for c in written], ["n53", "n44_pct", "n12", "n15"], "claims")
        suite.check(any("<script>" in q and '"53 crimes"' in q for _, _, q in written), f"script line quoted: {written}")
        suite.check(any('"the rise was 44%" \\ and C:\\data\\12' in q for _, _, q in written), f"escapes: {written}")
        # Beside the claims file, as `check` finds an article without --articles.
        result = e2e.run(binary, "check", str(skeleton), "--rules", str(e2e.RULES), "--format", "json")
        suite.equal(result.status, 0, f"check exit status\n  {result.describe()}")
        if not result.stdout.startswith("{"):
            return
        report = result.json()
        suite.equal([c["quote"] for c in report["claims"]], [c[2] for c in written], "quotes as the parser read them")
        for claim in report["claims"]:
            suite.equal(claim["verdict"], "unverifiable", f"{claim['id']} ({claim.get('message')})")
            suite.check(claim["quote"] in text,
                        f"{claim['id']}: quote {claim['quote']!r} is not the article's text")


def test_missing_article_writes_nothing(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-e2e-") as tmp:
        good = pathlib.Path(tmp) / "good.txt"
        good.write_text("Police recorded 53 crimes.\n", encoding="utf-8")
        out = pathlib.Path(tmp) / "out.claims"
        missing = str(pathlib.Path(tmp) / "missing.txt")
        result = extract(binary, str(good), missing, "--output", str(out))
        suite.equal(result.status, 2, f"exit status\n  {result.describe()}")
        suite.check(not out.exists(), "no output file when an article is missing")
        suite.check(f"{missing}: no such file" in result.stderr, f"stderr names the missing file: {result.stderr!r}")
        to_stdout = extract(binary, missing, str(good))
        suite.equal((to_stdout.status, to_stdout.stdout), (2, ""), "nothing on standard output either")
        directory = extract(binary, tmp)
        suite.equal(directory.status, 2, f"a directory is no article\n  {directory.describe()}")


def test_binary_file_is_refused(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-e2e-") as tmp:
        elf = pathlib.Path(tmp) / "program.txt"
        elf.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)
        noise = pathlib.Path(tmp) / "noise.txt"
        noise.write_bytes(bytes((i * 151 + 7) % 256 or 1 for i in range(4096)))  # no NUL, mostly not text
        latin1 = pathlib.Path(tmp) / "latin1.txt"
        latin1.write_bytes("Caf\u00e9 visits rose by 12% in Orl\u00e9ans.\n".encode("latin-1"))
        for path, why in ((elf, "it contains NUL bytes"), (noise, "of its bytes are not text")):
            out = pathlib.Path(tmp) / "out.claims"
            result = extract(binary, str(path), "-o", str(out))
            suite.equal(result.status, 2, f"{path.name}: exit status\n  {result.describe()}")
            suite.check(f"{path}: not a text file (" in result.stderr and why in result.stderr,
                        f"{path.name}: stderr names the file and why: {result.stderr!r}")
            suite.check(not out.exists(), f"{path.name}: no skeleton written")
        result = extract(binary, str(latin1))
        suite.equal(result.status, 0, f"an article in Latin-1 is text\n  {result.describe()}")


def pathological(numbers):
    """One sentence holding `numbers` figures, as a scraped table run together might."""
    return "Figures rose to 0" + "".join(f", rose to {i}" for i in range(1, numbers)) + ".\n"


def test_pathological_article_gives_a_bounded_skeleton(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-e2e-") as tmp:
        article = pathlib.Path(tmp) / "table.txt"
        article.write_text(pathological(4000), encoding="utf-8")
        out = pathlib.Path(tmp) / "table.claims"
        made = extract(binary, str(article), "-o", str(out))
        if not suite.equal(made.status, 0, f"exit status\n  {made.describe()}"):
            return
        ratio = out.stat().st_size / article.stat().st_size
        suite.check(ratio < 15, f"skeleton is {ratio:.0f} times the article (each quote should be a short window)")
        claims = skeleton_claims(out.read_text(encoding="utf-8"))
        suite.check(len(claims) >= 3700, f"only {len(claims)} claims")
        longest = max(len(q or "") for _, _, q in claims)
        suite.check(longest < 200, f"a quote of {longest} characters")
        result = e2e.run(binary, "check", str(out), "--rules", str(e2e.RULES), "--format", "json")
        suite.equal(result.status, 0, f"check exit status\n  {result.describe()[:400]}")
        if result.stdout.startswith("{"):
            report = result.json()
            suite.equal(report["summary"]["unverifiable"], len(claims), "all claims unverifiable")
            suite.equal(report["coverage"][0]["unchecked"], [], "every number quoted")


def test_repeated_sentence_checks_as_unverifiable(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-e2e-") as tmp:
        article = pathlib.Path(tmp) / "rep.txt"
        article.write_text("Crime rose by 50%.\n" * 40 + "Arrests fell by 7%.\n", encoding="utf-8")
        out = pathlib.Path(tmp) / "rep.claims"
        made = extract(binary, str(article), "-o", str(out))
        if not suite.equal(made.status, 0, f"exit status\n  {made.describe()}"):
            return
        skeleton = out.read_text(encoding="utf-8")
        # The last of the 40 is unique with the sentence after it; the other 39 cannot be made unique.
        suite.equal(skeleton.count('  # quote "Crime rose by 50%" (the article has it 40 times)\n'), 39,
                    "a quote found 40 times is a comment in each claim")
        suite.check("\n# 39 claims below have their quotes as a comment" in skeleton, "the note says why, once")
        suite.check('\n  quote "Crime rose by 50%. Arrests fell by 7%"\n' in skeleton, "widened to two sentences")
        suite.check('\n  quote "Arrests fell by 7%"\n' in skeleton, "a unique quote stays a quote")
        result = e2e.run(binary, "check", str(out), "--rules", str(e2e.RULES), "--format", "json")
        suite.equal(result.status, 0, f"check exit status\n  {result.describe()}")
        if result.stdout.startswith("{"):
            report = result.json()
            suite.equal(sorted({c["verdict"] for c in report["claims"]}), ["unverifiable"], "verdicts")
            suite.equal(len(report["claims"]), 41, "claims")


def test_output_is_never_overwritten_without_force(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-e2e-") as tmp:
        article = pathlib.Path(tmp) / "a.txt"
        article.write_text("Police recorded 53 crimes.\n", encoding="utf-8")
        out = pathlib.Path(tmp) / "a.claims"
        out.write_text("keep me\n", encoding="utf-8")
        refused = extract(binary, str(article), "--output", str(out))
        suite.equal(refused.status, 2, f"exit status on an existing file\n  {refused.describe()}")
        suite.check("--force" in refused.stderr, f"stderr says how to replace it: {refused.stderr!r}")
        suite.equal(out.read_text(encoding="utf-8"), "keep me\n", "the existing file is untouched")
        forced = extract(binary, str(article), "--output", str(out), "--force")
        suite.equal(forced.status, 0, f"exit status with --force\n  {forced.describe()}")
        suite.check('claim n53 in "a.txt":' in out.read_text(encoding="utf-8"), "--force replaced the file")
        into_input = extract(binary, str(article), "--output", str(article), "--force")
        suite.equal(into_input.status, 2, f"exit status writing into the article\n  {into_input.describe()}")
        suite.equal(article.read_text(encoding="utf-8"), "Police recorded 53 crimes.\n", "the article is untouched")


def test_money_and_counts_in_words_are_drafted_as_printed(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-e2e-") as tmp:
        article = pathlib.Path(tmp) / "council.txt"
        article.write_text("The council will spend \u00A33.4m on roads.\nIt spends half a million on parks.\n"
                           "A dozen schools will close.\n", encoding="utf-8")
        out = pathlib.Path(tmp) / "council.claims"
        made = extract(binary, str(article), "-o", str(out))
        if not suite.equal(made.status, 0, f"exit status\n  {made.describe()}"):
            return
        skeleton = out.read_text(encoding="utf-8")
        drafted = {"  # check <amount> is \u00A33.4m\n": "  check roads is \u00A33.4m\n",
                   "  # check <count> is half a million\n": "  check parks is half a million\n",
                   "  # check <count> is a dozen\n": "  check schools is a dozen\n"}
        for line, check in drafted.items():
            if suite.check(line in skeleton, f"drafted {line.strip()!r} in\n{skeleton}"):
                skeleton = skeleton.replace(line, check)
        lets = "let roads = \u00A33,412,000\nlet parks = 495,000\nlet schools = 12\n"
        out.write_text(skeleton.replace("use house-style\n", "use house-style\n" + lets), encoding="utf-8")
        result = e2e.run(binary, "check", str(out), "--rules", str(e2e.RULES), "--format", "json")
        suite.equal(result.status, 0, f"check exit status\n  {result.describe()}")
        if result.stdout.startswith("{"):
            suite.equal([c["verdict"] for c in result.json()["claims"]], ["pass"] * 3, "verdicts")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("extract")
    for test in (
                 test_unedited_skeleton_is_unverifiable_and_covers_every_number,
                 test_markup_quotes_and_backslashes_round_trip,
                 test_missing_article_writes_nothing,
                 test_binary_file_is_refused,
                 test_pathological_article_gives_a_bounded_skeleton,
                 test_repeated_sentence_checks_as_unverifiable,
                 test_output_is_never_overwritten_without_force,
                 test_money_and_counts_in_words_are_drafted_as_printed):
        suite.run_test(test, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
