#!/usr/bin/env python3
# Resource limits: each one just under (the run goes on) and just over (exit 2, a
# positioned message naming the flag, no report), with its flag; and the worst
# input the default limits allow, which must run without a crash.
import os
import pathlib
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

CLAIM = 'claim c in "a.txt":\n  check a > 0\n'


def nested(depth):
    return "let a = " + "(" * depth + "1" + ")" * depth + "\n" + CLAIM


def divided(times):
    return "let a = 1" + " / 7" * times + "\n" + CLAIM


def chain(length):
    """A check of x{length-1}, which needs x{length-2}, ... down to x0: length figures in a chain."""
    lets = "let x0 = 1\n" + "".join(f"let x{i} = x{i - 1} + 1\n" for i in range(1, length))
    return lets + 'claim c in "a.txt":\n' + f"  check x{length - 1} > 0\n"


def claims(n):
    return "let a = 1\n" + "".join(f'claim c{i} in "a.txt":\n  check a > 0\n' for i in range(n))


def sized(n):
    """A claims file of exactly n bytes (n >= 60)."""
    text = "let a = 1\n" + CLAIM
    return text + "#" * (n - len(text) - 1) + "\n"


# (what, flag, value, text just under, text just over, start of the message)
CASES = [
    ("nesting", "--max-depth", "20", nested(20), nested(21), "brackets (or minus signs in a row) nested 21 deep"),
    ("figures through figures", "--max-depth", "20", chain(20), chain(21), "a figure defined through 21 figures"),
    ("number length", "--max-digits", "30", f"let a = {'9' * 30}\n{CLAIM}", f"let a = {'9' * 31}\n{CLAIM}",
     "a number of 31 digits"),
    ("token length", "--max-token", "40", f"let {'a' * 39}b = 1\nlet a = 1\n{CLAIM}",
     f"let {'a' * 40}b = 1\nlet a = 1\n{CLAIM}", "a token of 41 characters"),
    ("exact value size", "--max-bits", "64", divided(21), divided(23), "an exact value of 66 bits"),
    ("claims", "--max-claims", "5", claims(5), claims(6), "more claims than allowed"),
    ("file size", "--max-file-size", "200", sized(200), sized(201), "cannot read"),
]


def test_each_limit_just_under_and_over(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-limits-") as tmp:
        for what, flag, value, under, over, message in CASES:
            for name, text in (("under", under), ("over", over)):
                path = pathlib.Path(tmp) / f"{name}.claims"
                path.write_text(text, encoding="utf-8")
                result = e2e.run(binary, "check", str(path), flag, value, "--format", "json")
                if name == "under":
                    suite.equal(result.status, 0, f"{what} just under {flag} {value}\n  {result.describe()}")
                    continue
                suite.equal(result.status, 2, f"{what} just over {flag} {value}: exit status\n  {result.describe()}")
                suite.equal(result.stdout, "", f"{what} just over: no report")
                suite.check(message in result.stderr and flag in result.stderr,
                            f"{what} just over: message {message!r} naming {flag}\n  {result.describe()}")
                suite.check(result.stderr.startswith(str(path)), f"{what} just over: the message names the file")


def test_use_depth(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-limits-") as tmp:
        base = pathlib.Path(tmp)
        for i in range(1, 4):
            (base / f"f{i}.claims").write_text(f'use "f{i + 1}.claims"\n')
        (base / "f4.claims").write_text("let a = 1\n")
        (base / "main.claims").write_text('use "f1.claims"\n' + CLAIM)
        ok = e2e.run(binary, "check", str(base / "main.claims"), "--max-use-depth", "5")
        suite.equal(ok.status, 0, f"five files deep under --max-use-depth 5\n  {ok.describe()}")
        over = e2e.run(binary, "check", str(base / "main.claims"), "--max-use-depth", "4")
        suite.equal(over.status, 2, f"five files deep over --max-use-depth 4\n  {over.describe()}")
        suite.check("files using files 5 deep, over the limit of 4; --max-use-depth raises it" in over.stderr,
                    f"use depth message\n  {over.describe()}")


def test_time_limit(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-limits-") as tmp:
        base = pathlib.Path(tmp)
        rows = "".join(f"Kent,{i % 97}\n" for i in range(20000))
        (base / "t.csv").write_text("area,n\n" + rows)
        (base / "t.claims").write_text('table t from "t.csv":\n  column area text\n  column n integer\n'
                                       'let a = sum(t.n)\n' + CLAIM)
        ok = e2e.run(binary, "check", str(base / "t.claims"), "--time-limit", "600")
        suite.equal(ok.status, 0, f"well within --time-limit 600\n  {ok.describe()}")
        late = e2e.run(binary, "check", str(base / "t.claims"), "--time-limit", "0.000001", "--format", "json")
        suite.equal(late.status, 2, f"past --time-limit 0.000001: exit status\n  {late.describe()}")
        suite.equal(late.stdout, "", "past the time limit: no report")
        suite.check("the run took longer than its limit of 1e-06 s; --time-limit raises it" in late.stderr,
                    f"time limit message\n  {late.describe()}")
        # Stopped by a limit, a run writes no report: not to standard output, not to --output.
        # The article, 4 bytes a byte once read, is more than --max-memory 1M allows.
        (base / "a.txt").write_text("Nothing happened. " * 20000 + "\nCases rose by 5%.\n")
        (base / "k.claims").write_text('let a = 5\nclaim k in "a.txt":\n  quote "rose by 5%"\n  check a is 5\n')
        for command in (["check", str(base / "k.claims")], ["test", str(base / "k.claims")],
                        ["extract", str(base / "a.txt")]):
            for limit in (["--time-limit", "0.000001"], ["--max-memory", "1M"]):
                out = base / "out.txt"
                ok = e2e.run(binary, *command, "--output", str(out))
                suite.check(out.exists(), f"{command[0]} without a limit writes --output\n  {ok.describe()}")
                out.unlink(missing_ok=True)
                stopped = e2e.run(binary, *command, *limit, "--output", str(out))
                what = f"{command[0]} {' '.join(limit)} --output"
                suite.equal(stopped.status, 2, f"{what}: exit status\n  {stopped.describe()}")
                suite.equal(stopped.stdout, "", f"{what}: nothing on standard output")
                suite.check(not out.exists(), f"{what}: the output file is not written\n  {stopped.describe()}")


def test_article_size(binary, suite):
    # Articles are read whole, so they are held to --max-file-size too: by check
    # (an error at the claim naming it, and no report, as for any limit) and by extract.
    with tempfile.TemporaryDirectory(prefix="claimcheck-limits-") as tmp:
        base = pathlib.Path(tmp)
        article = "Cases rose by 473% in a year." + " " * (300 - 30) + "\n"
        (base / "a.txt").write_text(article)
        (base / "k.claims").write_text('let a = 1\nclaim k in "a.txt":\n  quote "rose by 473%"\n  check a > 0\n')
        for limit, status in (("300", 0), ("299", 2)):
            result = e2e.run(binary, "check", str(base / "k.claims"), "--max-file-size", limit, "--format", "json")
            suite.equal(result.status, status, f"check, a 300-byte article, --max-file-size {limit}\n  {result.describe()}")
        over = e2e.run(binary, "check", str(base / "k.claims"), "--max-file-size", "299")
        suite.equal(over.stdout, "", f"check over the limit: no report\n  {over.describe()}")
        suite.check(over.stderr.startswith(f"{base / 'k.claims'}:2:1: error: cannot read {base / 'a.txt'}: is 300 bytes, "
                                           "over the limit of 299; --max-file-size raises it\n"),
                    f"check names the claim, the article's size and the flag\n  {over.describe()}")
        for limit, status in (("300", 0), ("299", 2)):
            result = e2e.run(binary, "extract", str(base / "a.txt"), "--max-file-size", limit)
            suite.equal(result.status, status, f"extract, a 300-byte article, --max-file-size {limit}\n  {result.describe()}")
            if status == 2:
                suite.equal(result.stdout, "", "extract over the limit: no skeleton")
                suite.check("--max-file-size raises it" in result.stderr, f"extract names the flag\n  {result.describe()}")


def test_worst_input_within_the_defaults(binary, suite):
    # 199 figures, each defined through the next inside 199 brackets: the deepest recursion
    # the default limits allow. It must run, not overflow the stack.
    depth = 199
    lines = [f"let x{i} = " + "(" * depth + f"x{i + 1} + 1" + ")" * depth for i in range(depth)]
    text = "\n".join(lines) + f"\nlet x{depth} = 1\n" + 'claim c in "a.txt":\n' + f"  check x0 == {depth + 1}\n"
    with tempfile.TemporaryDirectory(prefix="claimcheck-limits-") as tmp:
        path = pathlib.Path(tmp) / "worst.claims"
        path.write_text(text)
        result = e2e.run(binary, "check", str(path), "--format", "json")
        suite.equal(result.status, 0, f"the worst nesting within the defaults\n  {result.describe()}")


def test_flag_ranges(binary, suite):
    for args in (["--max-depth", "1001"], ["--max-depth", "0"], ["--max-bits", "-5"], ["--time-limit", "0"],
                 ["--time-limit", "nan"], ["--time-limit", "inf"], ["--max-claims", "99999999999999999999999"],
                 ["--max-memory", "0"], ["--max-file-size", "2G"]):
        result = e2e.run(binary, "check", "tests/cases/exact.claims", *args)
        suite.equal(result.status, 2, f"{' '.join(args)} is a usage error\n  {result.describe()}")
        suite.check(result.stderr.startswith(f'{args[0]}: "{args[1]}" is not a '),
                    f"{' '.join(args)}: one plain line naming the flag and the value\n  {result.describe()}")
    for args in (["--max-memory", "512M"], ["--max-file-size", "1G"], ["--time-limit", "86400"]):
        result = e2e.run(binary, "check", "tests/cases/exact.claims", *args)
        suite.check(result.status in (0, 1), f"{' '.join(args)} is within its range\n  {result.describe()}")
    help_text = e2e.run(binary, "check", "--help").stdout
    for flag in ("--max-depth", "--max-token", "--max-digits", "--max-file-size", "--max-bits", "--max-claims",
                 "--max-use-depth", "--time-limit", "--max-memory"):
        suite.check(flag in help_text, f"check --help lists {flag}")
    extract_help = e2e.run(binary, "extract", "--help").stdout
    for flag in ("--max-file-size", "--time-limit", "--max-memory"):
        suite.check(flag in extract_help, f"extract --help lists {flag}")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("resource limits")
    suite.run_test(test_each_limit_just_under_and_over, binary, suite)
    suite.run_test(test_use_depth, binary, suite)
    suite.run_test(test_time_limit, binary, suite)
    suite.run_test(test_article_size, binary, suite)
    suite.run_test(test_worst_input_within_the_defaults, binary, suite)
    suite.run_test(test_flag_ranges, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
