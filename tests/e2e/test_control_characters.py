#!/usr/bin/env python3
# Control characters taken from articles and claims files (ESC, NUL, BEL, the C1 CSI) are shown as
# escapes in the text, line, test, explain and HTML outputs, never passed to the terminal raw.
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
  quote "0m rose by 50%\x07"
  check change(a, b) is 50%
  note "a note with \x1b]0;title\x07 in it"

claim lost in "a.txt":
  quote "not \x1b[2J there"
  check a == 100

claim gone in "gone\x1b[1m.txt":
  quote "rose"
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
        text = runs["text"].stdout
        suite.check('"0m rose by 50%\\x07"' in text, f"text: the quote with its BEL escaped\n{text}")
        suite.check('not \\x1b[2J there' in text, f"text: the missing quote with its ESC escaped\n{text}")
        suite.check('gone\\x1b[1m.txt' in text, f"text: the article name escaped\n{text}")
        suite.check('"\\x1b[31mcrime\\x1b[0m rose" (' not in text, "text: no unchecked number shown raw")
        suite.check("a.claims:10:3: error: lost: the quote is not in a.txt" in runs["line"].stdout,
                    f"line: the anchoring error on one line\n{runs['line'].stdout}")
        suite.check("title\\x07 in it" in runs["explain"].stdout, f"explain: the note escaped\n{runs['explain'].stdout}")
        html = runs["html"].stdout
        suite.check("Police said \\x1b[" in html and "\\x00 fell by\\u009b " in html,
                    "html: the article's control characters shown as escapes")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("control characters")
    suite.run_test(test_outputs_escape_control_characters, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
