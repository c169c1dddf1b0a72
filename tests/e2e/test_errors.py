#!/usr/bin/env python3
# Malformed input: every file of tests/bad/ against its golden output, plus usage errors.
"""Each tests/bad/NAME.claims is checked with

    claimcheck check tests/bad/NAME.claims --format line [the lines of NAME.args]

from the project root, and the exit status, stdout and stderr must equal
tests/bad/NAME.expected exactly:

    exit 2
    --- stdout
    ...
    --- stderr
    tests/bad/NAME.claims:LINE:COL: error: MESSAGE
      <the source line>
      <spaces up to COL>^
    ...

(the project's absolute path, where a message has one, is written <root>).
A case may also start with headers that say what the golden file must show,

    # expect-error: [FILE:]LINE:COL: MESSAGE

checked as well: the error at that place, its message starting so, the source
line and a caret under the column. Files in tests/bad/lib/ and tests/bad/data/
are what the cases use, not cases. To write the golden files after a deliberate
change of wording, run with CLAIMCHECK_REGENERATE=1 and review the diff.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

HEADER = re.compile(r"^# expect-error: (?:(?P<file>[^:\s]+\.claims):)?(?P<line>\d+):(?P<col>\d+):(?: (?P<message>.*))?$")
BAD = e2e.ROOT / "tests" / "bad"
MINIMUM_CASES = 60


def expectations(path):
    found = []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return found  # a case about bytes that are not UTF-8 has no header
    for line in text.splitlines():
        if m := HEADER.match(line):
            file = BAD / (m.group("file") or path.name)
            found.append((file, int(m.group("line")), int(m.group("col")), m.group("message") or ""))
    return found


def golden_text(result):
    text = f"exit {result.status}\n--- stdout\n{result.stdout}--- stderr\n{result.stderr}"
    return text.replace(str(e2e.ROOT), "<root>")


def run_case(binary, path):
    args_file = path.with_suffix(".args")
    args = args_file.read_text(encoding="utf-8").split("\n") if args_file.exists() else []
    return e2e.run(binary, "check", f"tests/bad/{path.name}", "--format", "line", *[a for a in args if a])


def caret_line(source_line, column):
    """What the caret line must be: tabs kept so it lines up, one space per other code point."""
    pad = "".join("\t" if c == "\t" else " " for c in source_line[: column - 1])
    return "  " + pad + " " * max(0, column - 1 - len(source_line)) + "^"


def check_headers(suite, name, expected, result):
    lines = result.stderr.splitlines()
    position = 0
    for file, line, col, message in expected:
        shown = f"tests/bad/{file.name}"
        prefix = f"{shown}:{line}:{col}: error: "
        index = next((i for i in range(position, len(lines)) if lines[i].startswith(prefix)), None)
        if not suite.check(index is not None, f"{name}: no line starting {prefix!r} on stderr:\n{result.stderr}"):
            continue
        position = index + 1
        suite.check(lines[index][len(prefix):].startswith(message),
                    f"{name}: message should start {message!r}, got {lines[index][len(prefix):]!r}")
        source_line = file.read_text(encoding="utf-8").splitlines()[line - 1]
        following = lines[index + 1: index + 3]
        suite.equal(following[:1], ["  " + source_line], f"{name}: source line under the message")
        suite.equal(following[1:2], [caret_line(source_line, col)], f"{name}: caret line")


def test_bad_cases(binary, suite):
    cases = sorted(BAD.glob("*.claims"))
    suite.check(len(cases) >= MINIMUM_CASES, f"expected at least {MINIMUM_CASES} malformed inputs, found {len(cases)}")
    print(f"  {len(cases)} malformed inputs")
    regenerate = os.environ.get("CLAIMCHECK_REGENERATE") == "1"
    for path in cases:
        result = run_case(binary, path)
        golden = path.with_suffix(".expected")
        if regenerate:
            golden.write_text(golden_text(result), encoding="utf-8")
            continue
        if not suite.check(golden.exists(), f"{path.name}: no golden file {golden.name}"):
            continue
        suite.equal(golden_text(result), golden.read_text(encoding="utf-8"), f"{path.name}: output against {golden.name}")
        suite.check(result.status in (1, 2), f"{path.name}: malformed input must not exit {result.status}")
        if result.status == 2:
            suite.equal(result.stdout, "", f"{path.name}: no report when the input is refused")
        check_headers(suite, path.name, expectations(path), result)
    stale = [g.name for g in BAD.glob("*.expected") if not g.with_suffix(".claims").exists()]
    suite.equal(stale, [], "golden files without a case")


def test_header_format(suite):
    # The harness itself: a line that looks like a header must parse, or it would silently check nothing.
    for path in sorted(BAD.glob("*.claims")):
        for line in path.read_bytes().decode("utf-8", errors="replace").splitlines():
            if line.startswith("# expect"):
                suite.check(HEADER.match(line), f"{path.name}: malformed expect-error header: {line!r}")
    suite.equal(caret_line("\tab", 3), "  \t ^", "caret padding keeps tabs")
    suite.equal(caret_line("é x", 3), "    ^", "caret padding counts code points")


def test_nonexistent_input(binary, suite):
    result = e2e.run(binary, "check", "tests/bad/no-such-file.claims")
    suite.equal(result.status, 2, f"a nonexistent input: exit status\n  {result.describe()}")
    suite.equal(result.stdout, "", "a nonexistent input: stdout")
    suite.check("tests/bad/no-such-file.claims: error:" in result.stderr,
                f"a nonexistent input: stderr should name the path, got {result.stderr!r}")
    # One good input beside a missing one: still exit 2, and no report.
    mixed = e2e.run(binary, "check", "tests/cases/exact.claims", "no-such-dir/", "--format", "json")
    suite.equal(mixed.status, 2, f"a good and a missing input: exit status\n  {mixed.describe()}")
    suite.equal(mixed.stdout, "", "a good and a missing input: stdout")


def test_usage_errors(binary, suite):
    cases = {
        "an unknown option": ["check", "tests/cases/exact.claims", "--no-such-option"],
        "an unknown subcommand": ["frobnicate", "tests/cases/exact.claims"],
        "no input": ["check"],
        "no subcommand": [],
        "an unknown format": ["check", "tests/cases/exact.claims", "--format", "xml"],
        "an unknown colour": ["check", "tests/cases/exact.claims", "--color", "sometimes"],
    }
    for what, args in cases.items():
        result = e2e.run(binary, *args)
        suite.equal(result.status, 2, f"{what}: exit status\n  {result.describe()}")
        suite.equal(result.stdout, "", f"{what}: stdout")
        suite.check(result.stderr.strip(), f"{what}: nothing on stderr says what is wrong")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("error diagnostics")
    suite.run_test(test_header_format, suite)
    suite.run_test(test_bad_cases, binary, suite)
    suite.run_test(test_nonexistent_input, binary, suite)
    suite.run_test(test_usage_errors, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
