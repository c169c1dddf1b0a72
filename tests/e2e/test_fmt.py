#!/usr/bin/env python3
# claimcheck fmt end to end: --check and its exit status, rewriting in place, standard input,
# parse errors (golden), and the property on the examples: their verdicts stay the same however
# their layout is changed and then formatted, and every claims file shipped is already formatted.
import os
import pathlib
import random
import re
import stat
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

MESSY = ('let  a=( 1+2 )*3\n'
         'claim   sum in "a.txt" :\n'
         '      quote "a  ( b )"\n'
         '# the check\n'
         '\tcheck a==9   # nine\n'
         '\n\n\n'
         'let b = 5,653\n')
CANONICAL = ('let a = (1 + 2) * 3\n'
             '\n'
             'claim sum in "a.txt":\n'
             '  quote "a  ( b )"\n'
             '  # the check\n'
             '  check a == 9  # nine\n'
             '\n'
             'let b = 5,653\n')
BROKEN = 'let a = 1\nclaim x in "a.txt"\n  check a is 1\n'
BROKEN_STDERR = ('broken.claims:2:19: error: expected \':\'\n'
                 '  claim x in "a.txt"\n'
                 '                    ^\n'
                 '1 error; not formatted\n')
SHIPPED = ["examples", "rules"]


def write(directory, name, text, mode=None):
    path = pathlib.Path(directory) / name
    path.write_bytes(text.encode("utf-8"))
    if mode is not None:
        path.chmod(mode)
    return path


def test_check(binary, suite):
    with tempfile.TemporaryDirectory() as d:
        messy, tidy = write(d, "messy.claims", MESSY), write(d, "tidy.claims", CANONICAL)
        result = e2e.run(binary, "fmt", "--check", "tidy.claims", "messy.claims", cwd=d)
        suite.equal(result.status, 1, f"--check with a file not formatted\n  {result.describe()}")
        suite.equal(result.stdout, 'messy.claims:1: not formatted\n  - let  a=( 1+2 )*3\n  + let a = (1 + 2) * 3\n',
                    "--check lists the file with its first differing line")
        suite.equal(messy.read_text(encoding="utf-8"), MESSY, "--check writes nothing")
        ok = e2e.run(binary, "fmt", "--check", "tidy.claims", cwd=d)
        suite.equal((ok.status, ok.stdout, ok.stderr), (0, "", ""), "--check on a formatted file")
        crlf = write(d, "crlf.claims", CANONICAL.replace("\n", "\r\n"))
        ends = e2e.run(binary, "fmt", "--check", crlf.name, cwd=d)
        suite.equal((ends.status, ends.stdout),
                    (1, "crlf.claims: not formatted (line ends, a byte order mark or the final newline)\n"),
                    "--check on a file that differs only in its line ends")
        suite.equal(tidy.read_text(encoding="utf-8"), CANONICAL, "a formatted file is left alone")
        long = write(d, "long.claims", "let a = " + "+".join(["1"] * 100000) + "\n")
        hint = e2e.run(binary, "fmt", "--check", long.name, cwd=d).stdout.splitlines()
        suite.check(len(hint) == 3 and all(len(line) < 320 for line in hint),
                    f"the hint cuts a long line short: {[line[:80] for line in hint]}")


def test_in_place(binary, suite):
    with tempfile.TemporaryDirectory() as d:
        messy = write(d, "messy.claims", MESSY, 0o640)
        tidy = write(d, "tidy.claims", CANONICAL)
        before = tidy.stat()
        result = e2e.run(binary, "fmt", "messy.claims", "tidy.claims", cwd=d)
        suite.equal((result.status, result.stdout, result.stderr), (0, "formatted messy.claims\n", ""),
                    f"fmt rewrites only the file that changes\n  {result.describe()}")
        suite.equal(messy.read_text(encoding="utf-8"), CANONICAL, "the file rewritten in canonical layout")
        suite.equal(stat.S_IMODE(messy.stat().st_mode), 0o640, "its permissions kept")
        after = tidy.stat()
        suite.equal((after.st_ino, after.st_mtime_ns), (before.st_ino, before.st_mtime_ns),
                    "a formatted file is not written at all")
        again = e2e.run(binary, "fmt", "messy.claims", cwd=d)
        suite.equal((again.status, again.stdout), (0, ""), "formatting again changes nothing")
        leftovers = sorted(p.name for p in pathlib.Path(d).iterdir())
        suite.equal(leftovers, ["messy.claims", "tidy.claims"], "no temporary file left beside them")


def test_stdin(binary, suite):
    import subprocess
    done = subprocess.run([binary, "fmt", "-"], input=MESSY.encode(), capture_output=True)
    suite.equal((done.returncode, done.stdout.decode(), done.stderr.decode()), (0, CANONICAL, ""),
                "fmt - formats standard input to standard output")
    check = subprocess.run([binary, "fmt", "--check", "-"], input=MESSY.encode(), capture_output=True)
    suite.equal((check.returncode, check.stdout.decode().splitlines()[:1]), (1, ["<stdin>:1: not formatted"]),
                "fmt --check - says standard input is not formatted")
    broken = subprocess.run([binary, "fmt", "-"], input=BROKEN.encode(), capture_output=True)
    suite.equal((broken.returncode, broken.stdout), (2, b""), "fmt - on a file that does not parse writes nothing")
    alone = e2e.run(binary, "fmt", "-", "tests/cases/exact.claims")
    suite.equal(alone.status, 2, f"'-' beside files to rewrite is refused\n  {alone.describe()}")


def test_parse_error(binary, suite):
    with tempfile.TemporaryDirectory() as d:
        broken = write(d, "broken.claims", BROKEN)
        messy = write(d, "messy.claims", MESSY)
        result = e2e.run(binary, "fmt", "broken.claims", "messy.claims", cwd=d)
        suite.equal((result.status, result.stderr), (2, BROKEN_STDERR),
                    f"a file that does not parse: file:line:col, the line, a caret, exit 2\n  {result.describe()}")
        suite.equal(broken.read_text(encoding="utf-8"), BROKEN, "the file that does not parse is left as it was")
        suite.equal(messy.read_text(encoding="utf-8"), CANONICAL, "the others are still formatted")
        missing = e2e.run(binary, "fmt", "--check", "no-such.claims", cwd=d)
        suite.equal(missing.status, 2, f"a file that cannot be read\n  {missing.describe()}")


def test_bad_cases_as_check_says(binary, suite):
    # Each malformed file fmt refuses gets the error `check` gives it (tests/bad/*.expected), at the same place.
    refused = 0
    for path in sorted((e2e.ROOT / "tests" / "bad").glob("*.claims")):
        if path.with_suffix(".args").exists():
            continue  # its golden output is under limits given on the command line
        result = e2e.run(binary, "fmt", "--check", f"tests/bad/{path.name}")
        if result.status != 2:
            continue
        refused += 1
        golden = path.with_suffix(".expected").read_text(encoding="utf-8").split("--- stderr\n", 1)[1]
        suite.equal(result.stderr.splitlines()[:-1], golden.splitlines()[:-1], f"tests/bad/{path.name}: fmt's error")
        suite.equal(result.stderr.splitlines()[-1], "1 error; not formatted", f"tests/bad/{path.name}: fmt's last line")
    suite.check(refused >= 40, f"expected at least 40 malformed files refused by fmt, got {refused}")


def relaid(text, rng):
    """The same program laid out otherwise: indentation widths, tabs, blank and comment lines, CRLF."""
    lines = []
    width, blank = rng.choice([1, 3, 4]), rng.choice([" ", "\t"])
    for line in text.splitlines():
        stripped = line.lstrip(" \t")
        indent = len(line) - len(stripped)
        if rng.random() < 0.2:
            lines.append("")
        if rng.random() < 0.1:
            lines.append(blank * indent * width + "# a comment put in")
        lines.append(blank * indent * width + stripped + rng.choice(["", "", " ", "\t "]))
    return rng.choice(["\n", "\r\n"]).join(lines) + "\n"


def verdicts(binary, copy, directories):
    result = copy.run(binary, "check", *directories, "--format", "json")
    return result.status, {key: claim["verdict"] for key, claim in e2e.claims_by_key(result.json()).items()}


def test_verdicts_unchanged(binary, suite):
    directories = ["examples/demo", "examples/nspcc-2017", "examples/nspcc-regression", "tests/cases"]
    rng = random.Random(17)
    with e2e.ProjectCopy(*directories) as copy:
        before = verdicts(binary, copy, directories)
        files = sorted(p for d in directories for p in copy.path(d).rglob("*.claims"))
        originals = {p: p.read_bytes() for p in files}
        for path in files:
            path.write_bytes(relaid(originals[path].decode("utf-8"), rng).encode("utf-8"))
        suite.equal(verdicts(binary, copy, directories), before, "the verdicts of the files laid out otherwise")
        names = [str(p.relative_to(copy.base)) for p in files]
        result = e2e.run(binary, "fmt", *names, cwd=copy.base)
        suite.equal(result.status, 0, f"fmt on the files laid out otherwise\n  {result.describe()}")
        suite.equal(verdicts(binary, copy, directories), before, "the verdicts of the files formatted")
        again = e2e.run(binary, "fmt", "--check", *names, cwd=copy.base)
        suite.equal((again.status, again.stdout), (0, ""), "formatting is idempotent")
        print(f"  {len(files)} files, {len(before[1])} claims")


def test_directories(binary, suite):
    with tempfile.TemporaryDirectory() as d:
        (pathlib.Path(d) / "sub").mkdir()
        nested = write(d, "sub/nested.claims", MESSY)
        outside = write(d, "outside.txt", MESSY)
        (pathlib.Path(d) / "sub" / "link.claims").symlink_to(outside)
        write(d, "sub/notes.txt", MESSY)
        result = e2e.run(binary, "fmt", "sub", cwd=d)
        suite.equal((result.status, result.stdout), (0, "formatted sub/nested.claims\n"),
                    f"a directory: the claims files under it\n  {result.describe()}")
        suite.equal(nested.read_text(encoding="utf-8"), CANONICAL, "the file found in the directory, formatted")
        suite.equal(outside.read_text(encoding="utf-8"), MESSY, "a symbolic link found in a directory is passed over")
        (pathlib.Path(d) / "empty").mkdir()
        empty = e2e.run(binary, "fmt", "--check", "empty", cwd=d)
        suite.equal((empty.status, empty.stderr), (2, "claimcheck: empty: no .claims files in this directory\n"),
                    "a directory with no claims file")


def test_shipped_files_are_formatted(binary, suite):
    result = e2e.run(binary, "fmt", "--check", *SHIPPED)
    suite.equal((result.status, result.stderr), (0, ""),
                f"every claims file in {' and '.join(SHIPPED)} is formatted (run claimcheck fmt on them):\n"
                f"{result.stdout}")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("fmt")
    for test in (test_check, test_in_place, test_stdin, test_parse_error, test_bad_cases_as_check_says,
                 test_verdicts_unchanged, test_directories, test_shipped_files_are_formatted):
        suite.run_test(test, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
