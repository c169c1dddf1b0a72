#!/usr/bin/env python3
# claimcheck.toml end to end: `claimcheck init`, the file found from a subdirectory, flags and
# the environment over it, every bad file of tests/bad/config/ against its golden output,
# the rules directory looked for and not found, and --only and --quiet.
"""Each tests/bad/config/NAME.toml is used with

    claimcheck check examples/demo --config tests/bad/config/NAME.toml

and what it prints must equal tests/bad/config/NAME.expected (exit status, stdout, stderr).
`python3 tests/e2e/test_config.py build/claimcheck --update` rewrites the .expected files.
"""
import os
import pathlib
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

BAD = e2e.ROOT / "tests" / "bad" / "config"
DEMO = e2e.ROOT / "examples" / "demo"


def project(base):
    """A copy of the demo with its rules in style/ and a claimcheck.toml naming them."""
    root = base / "project"
    shutil.copytree(DEMO, root)
    shutil.copytree(e2e.ROOT / "rules", root / "style")
    (root / "sub").mkdir()
    (root / "claimcheck.toml").write_text('rules = "style"\n[check]\nonly = ["fail"]\n', encoding="utf-8")
    return root


def rules_used(result):
    found = re.search(r"^claimcheck: debug: rules directory: (.*)$", result.stderr, re.M)
    return found.group(1) if found else None


def verdict_lines(text):
    return [line.split()[0] for line in text.splitlines() if re.match(r"^  (PASS|WARN|FAIL|UNVERIFIABLE|ERROR) ", line)]


def test_init(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-config-") as tmp:
        base = pathlib.Path(tmp)
        made = e2e.run(binary, "init", str(base))
        suite.equal(made.status, 0, f"init\n  {made.describe()}")
        written = (base / "claimcheck.toml").read_text(encoding="utf-8")
        suite.check(written.startswith("# claimcheck.toml: settings"), "init writes a commented file")
        again = e2e.run(binary, "init", str(base))
        suite.equal(again.status, 2, "init over an existing claimcheck.toml")
        suite.check("exists; claimcheck init never replaces one" in again.stderr, f"init again: {again.stderr!r}")
        suite.equal((base / "claimcheck.toml").read_text(encoding="utf-8"), written, "init leaves the file as it was")
        missing = e2e.run(binary, "init", str(base / "nowhere"))
        suite.equal((missing.status, missing.stderr.strip()),
                    (2, f"claimcheck: init {base / 'nowhere'}: no such directory"), "init into no directory")
        # Every setting uncommented at its default is accepted, and changes nothing.
        settings = re.sub(r"^# (\S+ = .*)$", r"\1", written, flags=re.M)
        suite.check(settings.count("\n[") == 3, "init writes the [check], [test] and [limits] tables")
        shutil.copytree(DEMO, base / "demo")
        (base / "demo" / "claimcheck.toml").write_text(settings.replace('rules = "rules"', f'rules = "{e2e.ROOT}/rules"')
                                                       .replace('articles = "articles"', 'articles = "."'),
                                                       encoding="utf-8")
        plain = e2e.run(binary, "check", "article.claims", cwd=DEMO)
        configured = e2e.run(binary, "check", "article.claims", cwd=base / "demo")
        suite.equal((configured.status, configured.stdout, configured.stderr), (plain.status, plain.stdout, ""),
                    "every default of init's file gives what no file gives")


def test_discovery(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-config-") as tmp:
        root = project(pathlib.Path(tmp))
        below = e2e.run(binary, "-v", "check", "../article.claims", cwd=root / "sub")
        suite.equal(below.status, 1, f"check from a subdirectory\n  {below.describe()}")
        suite.equal(rules_used(below), str(root / "style"), "the rules named in claimcheck.toml, relative to it")
        suite.equal(set(verdict_lines(below.stdout)), {"FAIL"}, "only = [\"fail\"] from the file found above")
        suite.check(f"configuration: {root / 'claimcheck.toml'}" in below.stderr, "-v names the file used")
        # No input given inside the project: the working directory's file.
        explain = e2e.run(binary, "-v", "explain", "article.claims:5", cwd=root)
        suite.equal(rules_used(explain), "style", f"explain finds it too\n  {explain.describe()}")


def test_precedence(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-config-") as tmp:
        root = project(pathlib.Path(tmp))
        flag = e2e.run(binary, "-v", "check", "article.claims", "--only", "warn", "--rules", str(e2e.ROOT / "rules"),
                       cwd=root)
        suite.equal(set(verdict_lines(flag.stdout)), {"WARN"}, "--only on the command line wins over the file")
        suite.equal(rules_used(flag), str(e2e.ROOT / "rules"), "--rules wins over the file")
        env_rules = e2e.run(binary, "-v", "check", "article.claims", cwd=root,
                            env={"CLAIMCHECK_RULES": str(e2e.ROOT / "rules")})
        suite.equal(rules_used(env_rules), str(e2e.ROOT / "rules"), "CLAIMCHECK_RULES wins over the file")
        (root / "other.toml").write_text('[check]\nonly = ["pass"]\n', encoding="utf-8")
        env = e2e.run(binary, "check", "article.claims", cwd=root, env={"CLAIMCHECK_CONFIG": "other.toml"})
        suite.equal(set(verdict_lines(env.stdout)), {"PASS"}, f"CLAIMCHECK_CONFIG instead of the file found\n"
                                                            f"  {env.describe()}")
        given = e2e.run(binary, "check", "article.claims", "--config", "claimcheck.toml", cwd=root,
                        env={"CLAIMCHECK_CONFIG": "other.toml"})
        suite.equal(set(verdict_lines(given.stdout)), {"FAIL"}, "--config wins over CLAIMCHECK_CONFIG")
        missing = e2e.run(binary, "check", "article.claims", cwd=root, env={"CLAIMCHECK_CONFIG": "gone.toml"})
        suite.equal((missing.status, missing.stderr),
                    (2, "gone.toml: error: cannot read it: no such file\n  note: named by CLAIMCHECK_CONFIG\n"
                        "1 error; nothing was checked\n"), "a CLAIMCHECK_CONFIG that names nothing")
        # Two inputs under two different files: claimcheck does not pick one.
        shutil.copytree(root, root.parent / "twin")
        both = e2e.run(binary, "check", str(root / "article.claims"), str(root.parent / "twin" / "article.claims"))
        suite.equal(both.status, 2, "inputs under two claimcheck.toml files")
        suite.check("the inputs lie under different claimcheck.toml files" in both.stderr, both.stderr)


def golden(result):
    return f"exit {result.status}\n--- stdout\n{result.stdout}--- stderr\n{result.stderr}"


def test_bad_files(binary, suite, update):
    cases = sorted(BAD.glob("*.toml"))
    suite.check(len(cases) >= 6, f"tests/bad/config holds {len(cases)} cases")
    for case in cases:
        result = e2e.run(binary, "check", "examples/demo", "--config", f"tests/bad/config/{case.name}")
        expected = case.with_suffix(".expected")
        if update:
            expected.write_text(golden(result), encoding="utf-8")
            continue
        suite.equal(result.status, 2, f"{case.name}: exit status")
        suite.check(re.search(rf"^tests/bad/config/{re.escape(case.name)}:\d+:\d+: error: ", result.stderr, re.M),
                    f"{case.name}: an error with its line and column:\n{result.stderr}")
        suite.check("\n  " in result.stderr and "^\n" in result.stderr, f"{case.name}: the line and a caret")
        suite.equal(golden(result), expected.read_text(encoding="utf-8") if expected.exists() else None,
                    f"{case.name}: the golden output")


def test_no_rules(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-config-") as tmp:
        base = pathlib.Path(tmp)
        (base / "bin").mkdir()
        shutil.copy(binary, base / "bin" / "claimcheck")  # beside no rules/ and no share/claimcheck/rules
        shutil.copytree(DEMO, base / "demo")
        result = e2e.run(str(base / "bin" / "claimcheck"), "check", "article.claims", cwd=base / "demo")
        suite.equal(result.status, 2, f"no rules directory\n  {result.describe()}")
        text = result.stderr.replace(str(base), "TMP")
        suite.check(text.startswith("article.claims:3:1: error: no rules directory to read house-style.claims from\n"
                                    "  use house-style\n  ^\n"), text)
        for note in ("looked for --rules, then CLAIMCHECK_RULES, then `rules` in a claimcheck.toml (none above",
                     "then for a directory at TMP/rules, TMP/share/claimcheck/rules, rules: none exists",
                     'set one with --rules DIR, CLAIMCHECK_RULES=DIR, or rules = "DIR" in claimcheck.toml'):
            suite.check(f"  note: {note}" in text, f"the note {note!r}:\n{text}")
        extract = e2e.run(str(base / "bin" / "claimcheck"), "extract", "article.txt", cwd=base / "demo")
        suite.equal(extract.status, 2, "extract with no rules directory")
        suite.check("claimcheck: error: no rules directory" in extract.stderr, extract.stderr)


def test_only_and_quiet(binary, suite):
    full = e2e.run(binary, "check", "examples/demo")
    summary = full.stdout.strip().splitlines()[-1]
    quiet = e2e.run(binary, "check", "examples/demo", "--quiet")
    suite.equal(quiet.status, full.status, "--quiet keeps the exit status")
    suite.equal(set(verdict_lines(quiet.stdout)), {"WARN", "FAIL", "UNVERIFIABLE"}, "--quiet: the problems")
    suite.check("\nArticles\n" not in quiet.stdout and "\nTables\n" not in quiet.stdout, "--quiet: no coverage")
    passes = verdict_lines(full.stdout).count("PASS")
    suite.equal(quiet.stdout.strip().splitlines()[-1], f"{summary}; {passes} not shown",
                "--quiet: the summary counts every claim")
    only = e2e.run(binary, "check", "examples/demo", "--only", "fail,unverifiable")
    suite.equal(set(verdict_lines(only.stdout)), {"FAIL", "UNVERIFIABLE"}, "--only fail,unverifiable")
    suite.check("\nArticles\n" in only.stdout, "--only alone keeps the coverage")
    bad = e2e.run(binary, "check", "examples/demo", "--only", "failed")
    suite.equal(bad.status, 2, "--only with no verdict's name")
    json_run = e2e.run(binary, "check", "examples/demo", "--quiet", "--format", "json")
    suite.equal(len(json_run.json()["claims"]), len(verdict_lines(full.stdout)), "JSON keeps every claim")
    test_quiet = e2e.run(binary, "test", "examples/demo", "--quiet")
    suite.equal(test_quiet.status, 0, "test --quiet: the exit status")
    suite.check(re.fullmatch(r"\d+ passed, 0 failed\n", test_quiet.stdout),
                f"test --quiet: the totals alone when every claim meets its expectation: {test_quiet.stdout!r}")


def main():
    update = "--update" in sys.argv
    if update:
        sys.argv.remove("--update")
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("config")
    for test in (test_init, test_discovery, test_precedence, test_no_rules, test_only_and_quiet):
        suite.run_test(test, binary, suite)
    suite.run_test(test_bad_files, binary, suite, update)
    suite.finish()


if __name__ == "__main__":
    main()
