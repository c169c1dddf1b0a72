#!/usr/bin/env python3
# The report writers and CLI environment: determinism, colour, --strict, UTF-8 JSON, honest display of values,
# drafted claims not yet reviewed marked and counted in every format.
import json
import os
import pathlib
import pty
import re
import subprocess
import sys
import tempfile
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

ESC = b"\x1b["
EXAMPLE = "examples/nspcc-2017"


def run_on_terminal(binary, args, env_extra=None):
    """Runs the binary with stdout on a pseudo-terminal; returns (status, output bytes)."""
    env = dict(os.environ)
    env.pop("NO_COLOR", None)
    env["TERM"] = "xterm-256color"
    env.update(env_extra or {})
    master, slave = pty.openpty()
    process = subprocess.Popen([binary, *args], stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    chunks = []
    while True:  # read while it runs, so a long report cannot fill the terminal's buffer
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the other side closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    process.stderr.read()
    return process.wait(timeout=60), b"".join(chunks)


def test_deterministic(binary, suite):
    for fmt in ("json", "text", "line"):
        for target in (EXAMPLE, "tests/cases/vocabulary.claims"):
            first = e2e.run(binary, "check", target, "--format", fmt)
            second = e2e.run(binary, "check", target, "--format", fmt)
            suite.check(first.stdout_bytes, f"{fmt} report of {target} is empty")
            suite.check(first.stdout_bytes == second.stdout_bytes, f"two {fmt} reports of {target} differ")
            suite.equal(first.status, second.status, f"exit status of two {fmt} runs of {target}")
    # The same files named in another order, or found through their directory, give the same report.
    files = sorted(str(p.relative_to(e2e.ROOT)) for p in (e2e.ROOT / EXAMPLE).glob("*.claims"))
    by_dir = e2e.run(binary, "check", EXAMPLE, "--format", "json")
    by_files = e2e.run(binary, "check", *files, "--format", "json")
    suite.check(by_dir.stdout_bytes == by_files.stdout_bytes,
                "a directory and its files named one by one give different reports")


def test_no_colour_off_a_terminal(binary, suite):
    for args in (["check", EXAMPLE], ["check", EXAMPLE, "--color", "auto"], ["check", EXAMPLE, "--color", "never"]):
        result = e2e.run(binary, *args)
        suite.check(ESC not in result.stdout_bytes, f"colour codes on a pipe: claimcheck {' '.join(args)}")
        suite.check(ESC not in result.stderr_bytes, f"colour codes on stderr (a pipe): claimcheck {' '.join(args)}")


def test_colour_on_a_terminal(binary, suite):
    status, out = run_on_terminal(binary, ["check", EXAMPLE])
    suite.equal(status, 1, "text report on a terminal: exit status")
    suite.check(ESC in out, "no colour on a terminal with NO_COLOR unset")
    suite.check(b"FAIL" in out and b"kent_rise" in out, "text report on a terminal lacks the Kent claim")


def test_no_colour_env(binary, suite):
    for value in ("1", "0", "yes"):  # any non-empty value disables colour (no-color.org)
        status, out = run_on_terminal(binary, ["check", EXAMPLE], {"NO_COLOR": value})
        suite.check(ESC not in out, f"colour on a terminal with NO_COLOR={value}")
        suite.check(b"kent_rise" in out, f"no report on a terminal with NO_COLOR={value}")
        result = e2e.run(binary, "check", EXAMPLE, env={"NO_COLOR": value})
        suite.check(ESC not in result.stdout_bytes, f"colour on a pipe with NO_COLOR={value}")
    status, out = run_on_terminal(binary, ["check", EXAMPLE, "--color", "never"])
    suite.check(ESC not in out, "colour on a terminal with --color never")


def test_colour_always(binary, suite):
    result = e2e.run(binary, "check", EXAMPLE, "--color", "always")
    suite.equal(result.status, 1, "--color always: exit status")
    suite.check(ESC in result.stdout_bytes, "--color always: no colour codes on a pipe")
    plain = e2e.run(binary, "check", EXAMPLE, "--color", "never")
    stripped = re.sub(rb"\x1b\[[0-9;]*m", b"", result.stdout_bytes)
    suite.check(stripped == plain.stdout_bytes, "--color always: the report without its colour codes differs from --color never")
    # Machine-read formats never carry colour.
    for fmt in ("json", "line"):
        coloured = e2e.run(binary, "check", EXAMPLE, "--format", fmt, "--color", "always")
        suite.check(ESC not in coloured.stdout_bytes, f"--color always puts colour codes into the {fmt} report")
    as_json = e2e.run(binary, "check", EXAMPLE, "--format", "json", "--color", "always")
    try:
        as_json.json()
    except ValueError as error:
        suite.check(False, f"--color always --format json is not valid JSON: {error}")


def test_strict(binary, suite):
    plain = e2e.run(binary, "check", "tests/cases/warn_only.claims", "--format", "json")
    verdicts = {c["verdict"] for c in plain.json()["claims"]}
    suite.equal(verdicts, {"pass", "warn"}, "warn_only.claims verdicts")
    suite.equal(plain.status, 0, "warnings only: exit status without --strict")
    for fmt in ("json", "text", "line"):
        strict = e2e.run(binary, "check", "tests/cases/warn_only.claims", "--format", fmt, "--strict")
        suite.equal(strict.status, 1, f"warnings only: exit status with --strict ({fmt})")
    with tempfile.TemporaryDirectory(prefix="claimcheck-out-") as tmp:
        # --strict is about warnings: passes and unverifiable claims still exit 0.
        path = pathlib.Path(tmp) / "quiet.claims"
        path.write_text('let a = missing "no data"\n\nclaim p in "x.txt":\n  check 1 == 1\n\n'
                        'claim u in "x.txt":\n  check a == 1\n', encoding="utf-8")
        quiet = e2e.run(binary, "check", str(path), "--strict")
        suite.equal(quiet.status, 0, f"pass and unverifiable with --strict\n  {quiet.describe()}")


def test_json_utf8(binary, suite):
    result = e2e.run(binary, "check", "tests/cases/syntax.claims", "--format", "json")
    try:
        text = result.stdout_bytes.decode("utf-8", errors="strict")
        report = json.loads(text)
    except ValueError as error:
        suite.check(False, f"JSON report is not valid UTF-8 JSON: {error}")
        return
    claim = report["claims"][0]
    suite.equal(claim["quote"], 'he said "44%" \\ she said \u201c44 per cent\u201d', "quote with escapes and UTF-8")
    suite.equal(claim["source"], 'na\u00efve "article".txt', "article name with UTF-8 and escapes")
    suite.equal(claim["notes"][0], "a note with UTF-8: caf\u00e9, 15 a day \u2248 5,653 \u00f7 365", "UTF-8 note")
    with tempfile.TemporaryDirectory(prefix="claimcheck-out-") as tmp:
        # A claims file is UTF-8 text: other bytes are refused where they start, never passed into the JSON.
        path = pathlib.Path(tmp) / "latin1.claims"
        path.write_bytes(b'claim latin in "caf\xe9.txt":\n  quote "caf\xe9 \xff"\n  check 1 == 1\n')
        bad = e2e.run(binary, "check", str(path), "--format", "json")
        suite.equal(bad.status, 2, f"a quote in Latin-1: exit status\n  {bad.describe()}")
        suite.equal(bad.stdout, "", "a quote in Latin-1: no report")
        suite.check(f"{path}:1:20: error: invalid UTF-8" in bad.stderr, f"a quote in Latin-1: message\n  {bad.describe()}")
    example = e2e.run(binary, "check", EXAMPLE, "--format", "json")
    try:
        json.loads(example.stdout_bytes.decode("utf-8", errors="strict"))
    except ValueError as error:
        suite.check(False, f"the example's JSON report is not valid UTF-8 JSON: {error}")


def display_value(text):
    """'44.5%' -> 89/200, '5,653 a day' -> 5653, '5.73 times' -> 573/100."""
    m = re.match(r"^(-?[\d,]+(?:\.\d+)?)(%| points?| times| a \w+)?$", text)
    number = Fraction(m.group(1).replace(",", ""))
    return number / 100 if m.group(2) in ("%", " point", " points") else number


def test_display_agrees_with_verdict(binary, suite):
    # A value shown rounded onto a bound ("actual 44.5%" for 44.4999% claimed as "44%", which
    # passes) tells the reader the opposite of the verdict: the display must keep enough digits.
    checks = ["44.4999% is 44%", "43.4999% is 44%", "15.5499 is 15.5", "15.4499 is 15.4",
              "5,649.9999 is 5,600 to the nearest 100", "change(3,903, 5,653) is 44%"]
    with tempfile.TemporaryDirectory(prefix="claimcheck-out-") as tmp:
        path = pathlib.Path(tmp) / "display.claims"
        path.write_text("".join(f'claim c{i} in "x.txt":\n  check {c}\n\n' for i, c in enumerate(checks)),
                        encoding="utf-8")
        result = e2e.run(binary, "check", str(path), "--format", "json")
        if not suite.check(result.status in (0, 1), f"display cases\n  {result.describe()}"):
            return
        for claim in result.json()["claims"]:
            check = claim["checks"][0]
            interval = check["interval"]

            def inside(x):
                low, high = Fraction(interval["low"]), Fraction(interval["high"])
                return ((x >= low) if interval["low_closed"] else (x > low)) and \
                       ((x <= high) if interval["high_closed"] else (x < high))
            exact = Fraction(check["actual"]["exact"])
            shown = display_value(check["actual"]["display"])
            suite.check(inside(shown) == inside(exact),
                        f"'{check['text']}' is {check['verdict']}, but its actual value is shown as "
                        f"{check['actual']['display']}, which is {'inside' if inside(shown) else 'outside'} "
                        f"the claimed interval {interval['text']} (exact value {check['actual']['exact']})")


DRAFTED_ARTICLE = "In Kent, 361 sex crimes were committed against children in 2016/17, up from 63.\n"
DRAFTED_CLAIMS = """let kent.2015_16 = 63 during FY2015/16
let kent.2016_17 = 361 during FY2016/17

claim n361 in "kent.txt":
  quote "361 sex crimes were committed against children"
  check kent.2016_17 is 361
  note "drafted: score 24.0, runner-up 12.0"

claim n63 in "kent.txt":
  quote "up from 63"
  check kent.2015_16 is 63
  note "not drafted"
"""


def test_drafted(binary, suite):
    # A claim whose note begins with "drafted" is drafted, not yet reviewed; "not drafted" is not.
    with tempfile.TemporaryDirectory(prefix="claimcheck-out-") as tmp:
        (pathlib.Path(tmp) / "kent.txt").write_text(DRAFTED_ARTICLE, encoding="utf-8")
        path = pathlib.Path(tmp) / "review.claims"
        path.write_text(DRAFTED_CLAIMS, encoding="utf-8")
        text = e2e.run(binary, "check", str(path))
        suite.equal(text.status, 0, f"drafted claims that pass: exit status\n  {text.describe()}")
        suite.check(text.stdout.endswith("\n2 claims: 2 pass, 0 warn, 0 fail, 0 unverifiable, 0 error; "
                                         "1 drafted, not yet reviewed\n"), f"text summary\n  {text.describe()}")
        suite.check('  PASS         n361 (drafted)  "361 sex crimes' in text.stdout, "text: the drafted claim's line")
        suite.check('  PASS         n63  "up from 63"' in text.stdout, "text: the reviewed claim's line")
        report = e2e.run(binary, "check", str(path), "--format", "json").json()
        suite.equal([(c["id"], c["drafted"]) for c in report["claims"]], [("n361", True), ("n63", False)],
                    "json: drafted on each claim")
        suite.equal(report["summary"]["drafted"], 1, "json: summary drafted")
        lines = e2e.run(binary, "check", str(path), "--format", "line").stdout.splitlines()
        suite.equal([line.split(": ")[2] for line in lines], ["n361 (drafted)", "n63"], "line: ids as marked")
        html = e2e.run(binary, "check", str(path), "--format", "html").stdout
        suite.equal(html.count('<span class="badge drafted">drafted</span>'), 1, "html: one drafted badge")
        suite.check('<a class="hl v-pass drafted"' in html, "html: the drafted claim's highlight is marked")
        suite.check('<a class="hl v-pass" ' in html, "html: the reviewed claim's highlight is not")
        suite.check('<span class="n">1</span> drafted, not yet reviewed</li>' in html, "html: summary count")
        junit = e2e.run(binary, "test", str(path), "--format", "junit").stdout
        suite.equal(junit.count("drafted, not yet reviewed</system-out>"), 1, f"junit: the drafted testcase\n{junit}")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("report output")
    for test in (test_deterministic, test_no_colour_off_a_terminal, test_colour_on_a_terminal, test_no_colour_env,
                 test_colour_always, test_strict, test_json_utf8, test_display_agrees_with_verdict, test_drafted):
        suite.run_test(test, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
