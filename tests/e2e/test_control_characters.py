#!/usr/bin/env python3
# Control characters in articles (ESC, NUL, BEL, the C1 CSI) are shown as escapes in the text,
# line, test, explain and HTML outputs, never passed to the terminal raw; a claims file holding
# one is refused, and the message shows it as a control picture; extract writes no control
# character into a skeleton, and refuses an article whose name a claims file cannot hold.
import os
import pathlib
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

ARTICLE = "Police said \x1b[31mcrime\x1b[0m rose by 50%\x07 and \x00 fell by\u009b 12% in all.\n"
CLAIMS = """let a = 100
let b = 150

claim rise in "a.txt":
  quote "0m rose by 50%"
  check change(a, b) is 50%
  note "a note"

claim lost in "a.txt":
  quote "not there"
  check a == 100
"""

RAW = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]")  # any control but tab and line feed


def test_outputs_escape_control_characters(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-e2e-") as name:
        tmp = pathlib.Path(name)
        (tmp / "a.txt").write_bytes(ARTICLE.encode("utf-8"))
        (tmp / "a.claims").write_bytes(CLAIMS.encode("utf-8"))
        runs = {
            "text": e2e.run(binary, "check", "a.claims", cwd=name),
            "line": e2e.run(binary, "check", "a.claims", "--format", "line", cwd=name),
            "html": e2e.run(binary, "check", "a.claims", "--format", "html", cwd=name),
            "test": e2e.run(binary, "test", "a.claims", cwd=name),
            "explain": e2e.run(binary, "explain", "a.claims:4", cwd=name),
        }
        for fmt, result in runs.items():
            suite.check(result.status in (0, 1), f"{fmt}: exit status\n  {result.describe()}")
            raw = RAW.findall(result.stdout_bytes)
            suite.check(not raw, f"{fmt}: raw control characters {raw[:5]} in\n{result.stdout[:1500]!r}")
        suite.check("a.claims:10:3: error: lost: the quote is not in a.txt" in runs["line"].stdout,
                    f"line: the anchoring error on one line\n{runs['line'].stdout}")
        html = runs["html"].stdout
        suite.check("Police said \\x1b[" in html and "\\x00 fell by\\u009b " in html,
                    "html: the article's control characters shown as escapes")


def test_claims_file_with_control_characters_is_refused(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-e2e-") as name:
        tmp = pathlib.Path(name)
        (tmp / "a.claims").write_bytes(b'let a = 1\nclaim x in "a.txt":\n  quote "\x1b[2Jgone"\n  check a == 1\n')
        result = e2e.run(binary, "check", "a.claims", cwd=name)
        suite.equal(result.status, 2, f"a claims file with ESC: refused\n  {result.describe()}")
        suite.check(not RAW.findall(result.stderr_bytes), "the message shows no raw control character")
        suite.check("a.claims:3:10: error: a control character (0x1B)" in result.stderr and "\u241b[2Jgone" in result.stderr,
                    f"the message names the place and shows ESC as a picture\n  {result.describe()}")


def test_extract_writes_a_file_check_reads(binary, suite):
    # Control characters and bytes that are not UTF-8 in an article: the skeleton extract writes
    # holds none of them, so check reads it (every claim unverifiable, none an error).
    with tempfile.TemporaryDirectory(prefix="claimcheck-e2e-") as name:
        tmp = pathlib.Path(name)
        (tmp / "a.txt").write_bytes(b"Sales reached 5,653 last year, up\xe0\x95\x01 7 from 4,100.\n"
                                    b"A rise of\x1b 12% and\x07 three\x7f times more.\n")
        made = e2e.run(binary, "extract", "a.txt", "-o", "a.claims", cwd=name)
        suite.equal(made.status, 0, f"extract\n  {made.describe()}")
        skeleton = (tmp / "a.claims").read_bytes()
        suite.check(not RAW.findall(skeleton), f"no control character in the skeleton\n{skeleton!r}")
        checked = e2e.run(binary, "check", "a.claims", "--format", "line", cwd=name)
        suite.equal(checked.status, 0, f"check reads the skeleton\n  {checked.describe()}")
        suite.check("error" not in checked.stdout, f"no claim is an error\n{checked.stdout}")


def test_extract_refuses_an_article_name_a_claims_file_cannot_hold(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-e2e-") as name:
        tmp = pathlib.Path(name)
        (tmp / "a\x01b.txt").write_text("Sales rose to 500.\n")
        result = e2e.run(binary, "extract", "a\x01b.txt", "-o", "a.claims", cwd=name)
        suite.equal(result.status, 2, f"refused\n  {result.describe()}")
        suite.check("a\u2401b.txt: the file name holds U+0001 (SOH)" in result.stderr and
                    not RAW.findall(result.stderr_bytes), f"the message says why\n  {result.describe()}")
        suite.check(not (tmp / "a.claims").exists(), "nothing written")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("control characters")
    suite.run_test(test_outputs_escape_control_characters, binary, suite)
    suite.run_test(test_claims_file_with_control_characters_is_refused, binary, suite)
    suite.run_test(test_extract_writes_a_file_check_reads, binary, suite)
    suite.run_test(test_extract_refuses_an_article_name_a_claims_file_cannot_hold, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
