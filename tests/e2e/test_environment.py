#!/usr/bin/env python3
# Nothing lost, nothing dependent on the machine: --output is written whole or not
# at all and never into an input; a run killed by a signal leaves no file behind;
# inputs are never changed; output does not depend on the locale or on the order
# in which a directory lists its files.
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

EXAMPLE = "examples/nspcc-2017"


def snapshot(directory):
    """Every file under directory with its bytes and modification time."""
    return {str(p): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(pathlib.Path(directory).rglob("*"))
            if p.is_file()}


def test_output_file(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-env-") as tmp:
        target = pathlib.Path(tmp) / "report.json"
        stdout = e2e.run(binary, "check", EXAMPLE, "--format", "json")
        written = e2e.run(binary, "check", EXAMPLE, "--format", "json", "--output", str(target))
        suite.equal(written.status, stdout.status, "--output: the same exit status as without it")
        suite.equal(written.stdout, "", "--output: nothing on stdout")
        suite.equal(target.read_bytes(), stdout.stdout_bytes, "--output: the same bytes as stdout")
        stdout.json()  # the report, validated against docs/report.schema.json
        again = e2e.run(binary, "check", EXAMPLE, "--format", "json", "--output", str(target))
        suite.equal(again.status, 2, f"--output onto an existing file without --force\n  {again.describe()}")
        suite.check("exists; --force replaces it" in again.stderr, "--output onto an existing file: message")
        target.write_text("older report\n")
        forced = e2e.run(binary, "check", EXAMPLE, "--format", "json", "--output", str(target), "--force")
        suite.equal(target.read_bytes(), stdout.stdout_bytes, "--force replaces the file")
        suite.equal(forced.status, stdout.status, "--force: exit status")
        junit = pathlib.Path(tmp) / "results.xml"
        test_run = e2e.run(binary, "test", "examples/", "--format", "junit", "-o", str(junit))
        suite.equal(test_run.status, 0, f"test --output\n  {test_run.describe()}")
        suite.check(junit.read_text().startswith("<?xml"), "test --output writes the JUnit file")
        suite.equal(sorted(p.name for p in pathlib.Path(tmp).iterdir()), ["report.json", "results.xml"],
                    "no temporary file is left beside the output")


def test_never_into_an_input(binary, suite):
    with e2e.ProjectCopy("examples") as copy:
        before = snapshot(copy.base)
        for given in ("examples/nspcc-2017/counts.claims", "examples/nspcc-2017/002-kent.claims",
                      "examples/nspcc-2017/counts.csv"):
            result = e2e.run(binary, "check", "examples/nspcc-2017", "--output", given, "--force", cwd=copy.base)
            suite.equal(result.status, 2, f"--output {given}: refused\n  {result.describe()}")
            suite.check("never writes into its inputs" in result.stderr, f"--output {given}: message")
        # Every command, run over the copy, leaves every file of it as it was.
        for args in (["check", "examples/nspcc-2017", "--format", "html"], ["test", "examples/"],
                     ["explain", "examples/nspcc-2017/002-kent.claims:7"],
                     ["extract", "examples/demo/article.txt"]):
            e2e.run(binary, *args, cwd=copy.base)
        suite.check(snapshot(copy.base) == before, "a command changed a file it read")


def test_killed_run_leaves_nothing(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-env-") as tmp:
        base = pathlib.Path(tmp)
        # A table big enough that the run is still busy when the signal comes.
        with open(base / "t.csv", "w") as f:
            f.write("area,n\n")
            line = "".join(f"Kent,{i % 97}\n" for i in range(100000))
            for _ in range(60):
                f.write(line)
        # And claims enough that the run lasts about a second after the scan on an idle machine too
        # (the scan alone ends within the 0.15 s the signal waits).
        (base / "t.claims").write_text('table t from "t.csv":\n  column area text\n  column n integer\n'
                                       'let a = sum(t.n)\n' +
                                       "".join(f'claim c{i} in "a.txt":\n  check a > {i}\n' for i in range(60000)))
        report = base / "report.json"
        for sig in (signal.SIGINT, signal.SIGTERM):
            process = subprocess.Popen([binary, "check", str(base / "t.claims"), "--format", "json",
                                        "--output", str(report)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            time.sleep(0.15)
            process.send_signal(sig)
            process.communicate(timeout=60)
            suite.check(process.returncode != 0, f"{sig.name}: the run was interrupted")
            suite.check(not report.exists(), f"{sig.name}: no report file after the interrupted run")
            leftovers = [p.name for p in base.iterdir() if p.name not in ("t.csv", "t.claims")]
            suite.equal(leftovers, [], f"{sig.name}: nothing left behind")
        report.write_text("the last good report\n")
        process = subprocess.Popen([binary, "check", str(base / "t.claims"), "--format", "json", "--output",
                                    str(report), "--force"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(0.15)
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=60)
        suite.equal(report.read_text(), "the last good report\n", "an interrupted --force run keeps the old file")


def german_locale(directory):
    """Builds de_DE.UTF-8 into directory (no root needed); the environment that selects it, or None."""
    if not shutil.which("localedef"):
        return None
    subprocess.run(["localedef", "-i", "de_DE", "-f", "UTF-8", str(directory / "de_DE.UTF-8")],
                   capture_output=True)
    env = {"LOCPATH": str(directory), "LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8"}
    probe = subprocess.run([sys.executable, "-c", "import locale; locale.setlocale(locale.LC_ALL, '');"
                            "print(locale.localeconv()['decimal_point'])"],
                           capture_output=True, text=True, env={**os.environ, **env})
    return env if probe.stdout.strip() == "," else None


def test_locale(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-locale-") as tmp:
        env = german_locale(pathlib.Path(tmp))
        if not suite.check(env is not None, "de_DE.UTF-8 could not be built with localedef (package locales)"):
            return
        for args in (["check", EXAMPLE], ["check", EXAMPLE, "--format", "json"], ["check", EXAMPLE, "--format", "html"],
                     ["explain", "examples/nspcc-2017/000-lincolnshire.claims:46"], ["test", "examples/"]):
            plain = e2e.run(binary, *args, env={"LC_ALL": "C"})
            german = e2e.run(binary, *args, env=env)
            suite.equal(german.stdout_bytes, plain.stdout_bytes, f"{' '.join(args)}: the same under de_DE.UTF-8")
            suite.equal(german.status, plain.status, f"{' '.join(args)}: exit status under de_DE.UTF-8")
        suite.check("15.49" in e2e.run(binary, "check", EXAMPLE, env=env).stdout, "15.49, not 15,49")


def test_directory_order(binary, suite):
    names = ["b.claims", "A.claims", "c.claims", "a.claims", "sub/z.claims", "Z.claims"]
    outputs = []
    for order in (names, list(reversed(names))):
        with tempfile.TemporaryDirectory(prefix="claimcheck-order-") as tmp:
            base = pathlib.Path(tmp) / "suite"
            for name in order:
                (base / name).parent.mkdir(parents=True, exist_ok=True)
                (base / name).write_text(f'claim c in "a.txt":\n  check 1 == 1\n  note "{name}"\n')
            result = e2e.run(binary, "check", "suite", "--format", "json", cwd=tmp)
            outputs.append(result.stdout_bytes)
            files = [c["file"] for c in result.json()["claims"]]
            suite.equal(files, sorted(files), "files are checked in byte order of their paths")
    suite.equal(outputs[0], outputs[1], "the report does not depend on the order files were made in")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("environment")
    suite.run_test(test_output_file, binary, suite)
    suite.run_test(test_never_into_an_input, binary, suite)
    suite.run_test(test_killed_run_leaves_nothing, binary, suite)
    suite.run_test(test_locale, binary, suite)
    suite.run_test(test_directory_order, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
