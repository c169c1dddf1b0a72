#!/usr/bin/env python3
# Diagnostics of the CLI, grammar, loader and type checker: malformed input exits 2 with file:line:col and a caret.
"""Each tests/cases/bad/*.claims file starts with one or more header lines

    # expect-error: [FILE:]LINE:COL: MESSAGE

naming where the error must be reported (FILE relative to tests/cases/bad/, the
case file itself when omitted) and text the message must start with (may be
empty when any wording will do). Running `claimcheck check` on the file must
exit 2, print nothing on stdout, and print on stderr, for each expected error,

    tests/cases/bad/FILE:LINE:COL: error: MESSAGE...
      <the source line>
      <spaces (tabs where the line has tabs) up to COL>^
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

HEADER = re.compile(r"^# expect-error: (?:(?P<file>[^:\s]+\.claims):)?(?P<line>\d+):(?P<col>\d+):(?: (?P<message>.*))?$")
BAD = e2e.CASES / "bad"


def expectations(path):
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := HEADER.match(line):
            file = BAD / (m.group("file") or path.name)
            found.append((file, int(m.group("line")), int(m.group("col")), m.group("message") or ""))
    return found


def caret_line(source_line, column):
    """What the caret line must be: tabs kept so it lines up, one space per other code point."""
    pad = "".join("\t" if c == "\t" else " " for c in source_line[: column - 1])
    return "  " + pad + " " * max(0, column - 1 - len(source_line)) + "^"


def check_case(binary, suite, path):
    name = path.name
    expected = expectations(path)
    if not suite.check(expected, f"{name}: no '# expect-error: LINE:COL: MESSAGE' header"):
        return
    result = e2e.run(binary, "check", f"tests/cases/bad/{name}")
    suite.equal(result.status, 2, f"{name}: exit status\n  {result.describe()}")
    suite.equal(result.stdout, "", f"{name}: stdout")
    lines = result.stderr.splitlines()
    position = 0
    for file, line, col, message in expected:
        shown = f"tests/cases/bad/{file.name}"
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
    files = sorted(BAD.glob("*.claims"))
    suite.check(len(files) >= 10, f"expected at least 10 bad cases, found {len(files)}")
    print(f"  {len(files)} malformed files")
    for path in files:
        check_case(binary, suite, path)


def test_header_format(suite):
    # The harness itself: a header must parse, or a case would silently check nothing.
    for path in sorted(BAD.glob("*.claims")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        suite.check(HEADER.match(first), f"{path.name}: first line is not an expect-error header: {first!r}")
    suite.equal(caret_line("\tab", 3), "  \t ^", "caret padding keeps tabs")
    suite.equal(caret_line("é x", 3), "    ^", "caret padding counts code points")


def test_nonexistent_input(binary, suite):
    result = e2e.run(binary, "check", "tests/cases/bad/no-such-file.claims")
    suite.equal(result.status, 2, f"a nonexistent input: exit status\n  {result.describe()}")
    suite.equal(result.stdout, "", "a nonexistent input: stdout")
    suite.check("tests/cases/bad/no-such-file.claims: error:" in result.stderr,
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
