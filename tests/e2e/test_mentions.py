#!/usr/bin/env python3
# The numbers of an article as coverage (check) and extract both find them, on an article written for
# this test: the same mentions at the same places, numbers in several words as one, multipliers read
# into the value, percentages in words, ratios, scores and ranges as numbers, N in M as one phrase;
# headline verbs, ranks, shares and falls hinted as what they state.
import os
import pathlib
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

ARTICLE = """Council spending doubled last year and fees tripled, while grants were halved.
Some 0.5 million people, 2.3bn pounds, 15k fans and 1.5m viewers; the budget was \u00a32.3 billion.
Temperatures fell to -3 overnight.
Fifteen per cent agreed and seventy-five percent did not.
Twenty-one volunteers, Ninety-nine stewards and a hundred and twenty marshals came.
The ratio was 3:1, the vote 5-4, and 12-15 seats changed hands.
Only 1 in 10 replied, and One in five wrote twice.
Tens of thousands marched; hundreds of thousands watched; several forces and a handful of councils replied.
It was twice as high as in 2015, and a dozen schools closed at 11:20 on 2017-06-01.
Thefts treble; Kent was the second worst-affected area; four out of five fell 12%.
"""

# (line, text, kind) that coverage must report, among others.
EXPECTED = [
    (1, "doubled", "words"), (1, "tripled", "words"), (1, "halved", "words"),
    (2, "0.5 million", "figure"), (2, "2.3bn", "figure"), (2, "15k", "figure"), (2, "1.5m", "figure"),
    (2, "\u00a32.3 billion", "figure"), (3, "-3", "figure"),
    (4, "Fifteen per cent", "percent"), (4, "seventy-five percent", "percent"),
    (5, "Twenty-one", "words"), (5, "Ninety-nine", "words"), (5, "a hundred and twenty", "words"),
    (6, "3:1", "ratio"), (6, "5-4", "score"), (6, "12-15", "range"),
    (7, "1 in 10", "words"), (7, "One in five", "words"),
    (8, "Tens of thousands", "vague"), (8, "hundreds of thousands", "vague"), (8, "several", "vague"),
    (8, "a handful", "vague"), (9, "twice", "words"), (9, "a dozen", "words"),
    (9, "2015", "date"), (9, "11:20", "date"), (9, "2017-06-01", "date"),
    (10, "treble", "words"), (10, "the second worst-affected", "rank"), (10, "four out of five", "words"),
    (10, "12%", "percent"),
]

# Values as the suggested checks write them.
CHECKS = ["<count> is 0.5 million", "<count> is 2.3bn", "<count> is 15k", "<count> is 1.5m",
          "<count> is -3", "is fifteen per cent", "is 75 percent", "<count> is 21", "<count> is 99", "<count> is 120",
          "ratio(<first>, <second>) is 3 times", "<first> is 5", "<second> is 4", "<count> >= 12", "<count> <= 15",
          "is one in 10", "change(<before>, <after>) is doubled", "ratio(<after>, <before>) is twice",
          "change(<before>, <after>) is treble", "top(<values by group>, 2) == <group>",
          "share(<part>, <whole>) is four out of five", "change(<before>, <after>) is down 12%"]


def places_in_skeleton(skeleton):
    """(line, column) of every claim's number and every date or age set apart, from the skeleton's comments."""
    places = set()
    for m in re.finditer(r'^  # "(?:[^"\\]|\\.)*" \((\d+):(\d+)\):', skeleton, re.M):
        places.add((int(m[1]), int(m[2])))
    apart = re.search(r"^# dates, spans of time, age groups and scales of rates set apart:(.*?)\n(?!#  )", skeleton, re.M | re.S)
    for m in re.finditer(r"\((\d+):(\d+)\)", apart[1] if apart else ""):
        places.add((int(m[1]), int(m[2])))
    return places


def test_coverage_and_extract_agree(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-e2e-") as name:
        tmp = pathlib.Path(name)
        (tmp / "a.txt").write_text(ARTICLE, encoding="utf-8")
        made = e2e.run(binary, "extract", "a.txt", "-o", "a.claims", cwd=name)
        if not suite.equal(made.status, 0, f"extract\n  {made.describe()}"):
            return
        skeleton = (tmp / "a.claims").read_text(encoding="utf-8")
        for check in CHECKS:
            suite.check(check in skeleton, f"skeleton suggests no {check!r}")
        result = e2e.run(binary, "check", "a.claims", "--rules", str(e2e.RULES), "--format", "json", cwd=name)
        if not suite.equal(result.status, 0, f"check of the unedited skeleton\n  {result.describe()}"):
            return
        report = result.json()
        suite.check(all(c["verdict"] == "unverifiable" for c in report["claims"]), "unedited claims are unverifiable")
        coverage = report["coverage"][0]
        suite.equal(coverage["unchecked"], [], "every number inside a drafted quote")
        found = coverage["covered"] + coverage["dates_and_ages"]
        marks = {(m["line"], m["text"], m["kind"]) for m in found}
        for entry in EXPECTED:
            suite.check(entry in marks, f"coverage: no {entry} in {sorted(marks)}")
        suite.equal({(m["line"], m["column"]) for m in found}, places_in_skeleton(skeleton),
                    "coverage and extract find the same numbers at the same places")
        suite.check(not any(m["text"] in ("Tens", "thousands", "twenty", "one", "1", "10", "5", "4")
                            for m in found if m["line"] in (5, 6, 7, 8)), f"a number split in two: {sorted(marks)}")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("numbers in articles")
    suite.run_test(test_coverage_and_extract_agree, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
