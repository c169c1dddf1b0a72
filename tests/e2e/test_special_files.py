#!/usr/bin/env python3
# Special files and links at the edges, where the outcome is more than a message (the
# hostile corpus, tests/hostile, holds the messages): --output leaves a FIFO, a device,
# a socket or a directory as it was, even with --force, and writes through a link to a
# regular file, keeping the link; a FIFO with a writer waiting is refused at once; a
# file that may not be read says "permission denied" (run as an unprivileged user when
# the tests run as root, where chmod 000 stops nothing).
import os
import pathlib
import shutil
import socket
import stat
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

PASSING = 'let a = 1\n\nclaim c in "a.txt":\n  check a == 1\n'
NOBODY = 65534


def project(tmp):
    (tmp / "main.claims").write_text(PASSING, encoding="utf-8")


def test_output_leaves_special_files_as_they_were(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-special-") as name:
        tmp = pathlib.Path(name)
        project(tmp)
        os.mkfifo(tmp / "fifo")
        os.symlink("/dev/full", tmp / "full")
        (tmp / "dir").mkdir()
        (tmp / "dir" / "kept.txt").write_text("kept\n")
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.bind(str(tmp / "sock"))
        sock.close()
        before = sorted(p.name for p in tmp.iterdir())
        for target, kind in (("fifo", stat.S_ISFIFO), ("full", stat.S_ISCHR), ("dir", stat.S_ISDIR), ("sock", stat.S_ISSOCK)):
            for force in ([], ["--force"]):
                result = e2e.run(binary, "check", "main.claims", "-o", target, *force, cwd=name, timeout=10)
                suite.equal(result.status, 2, f"-o {target} {force}: refused\n  {result.describe()}")
                suite.check("--output replaces only a regular file" in result.stderr and "--force" not in result.stderr,
                            f"-o {target} {force}: says why, and does not suggest --force: {result.stderr!r}")
                suite.check(kind(os.stat(tmp / target).st_mode), f"-o {target} {force}: still what it was")
        suite.equal(os.readlink(tmp / "full"), "/dev/full", "the link to the device is left as it was")
        suite.equal((tmp / "dir" / "kept.txt").read_text(), "kept\n", "the directory's files are left as they were")
        suite.equal(sorted(p.name for p in tmp.iterdir()), before, "no temporary file is left behind")


def test_output_through_a_link_to_a_file(binary, suite):
    with tempfile.TemporaryDirectory(prefix="claimcheck-special-") as name:
        tmp = pathlib.Path(name)
        project(tmp)
        (tmp / "old").mkdir()
        (tmp / "old" / "report.txt").write_text("the old report\n")
        os.symlink("old/report.txt", tmp / "report.txt")
        refused = e2e.run(binary, "check", "main.claims", "-o", "report.txt", cwd=name)
        suite.equal(refused.status, 2, f"without --force: refused\n  {refused.describe()}")
        suite.check("exists; --force replaces it" in refused.stderr, f"without --force: the message\n  {refused.describe()}")
        suite.equal((tmp / "old" / "report.txt").read_text(), "the old report\n", "without --force the file is kept")
        expected = e2e.run(binary, "check", "main.claims", cwd=name).stdout
        forced = e2e.run(binary, "check", "main.claims", "-o", "report.txt", "--force", cwd=name)
        suite.equal(forced.status, 0, f"--force through a link to a regular file\n  {forced.describe()}")
        suite.equal(os.readlink(tmp / "report.txt"), "old/report.txt", "the link stays a link")
        suite.equal((tmp / "old" / "report.txt").read_text(), expected, "the file it points to holds the report")
        suite.equal(sorted(p.name for p in (tmp / "old").iterdir()), ["report.txt"], "no temporary file is left")


def test_fifo_with_a_writer_waiting(binary, suite):
    # Opened, a FIFO with a writer would give bytes that pread() cannot seek: it is never opened.
    with tempfile.TemporaryDirectory(prefix="claimcheck-special-") as name:
        tmp = pathlib.Path(name)
        (tmp / "main.claims").write_text('table t from "t.csv":\n  column n integer\nlet s = sum(t.n)\n\n'
                                         'claim c in "a.txt":\n  check s == 1\n', encoding="utf-8")
        os.mkfifo(tmp / "t.csv")
        writer = subprocess.Popen([sys.executable, "-c", "open('t.csv', 'w').write('n\\n1\\n')"], cwd=name)
        try:
            result = e2e.run(binary, "check", "main.claims", cwd=name, timeout=10)
            suite.equal((result.status, result.stdout), (2, ""), f"a FIFO table with a writer\n  {result.describe()}")
            suite.check("cannot read t.csv: is a FIFO (a named pipe), not a regular file" in result.stderr,
                        f"the message\n  {result.describe()}")
        finally:
            writer.kill()
            writer.wait()


def as_unprivileged():
    """How to run the binary so that chmod 000 stops it: as is, or as nobody when root; None if neither."""
    if os.geteuid() != 0:
        return {}
    probe = subprocess.run(["true"], preexec_fn=lambda: (os.setgid(NOBODY), os.setuid(NOBODY)), check=False)
    return {"preexec_fn": lambda: (os.setgid(NOBODY), os.setuid(NOBODY))} if probe.returncode == 0 else None


def test_unreadable_inputs_say_permission_denied(binary, suite):
    how = as_unprivileged()
    if how is None:
        print("  note: running as root and cannot become nobody: the permission-denied checks are skipped")
        return
    with tempfile.TemporaryDirectory(prefix="claimcheck-special-") as name:
        tmp = pathlib.Path(name)
        os.chmod(tmp, 0o755)
        for file, text in (("article.claims", 'let v = 3\n\nclaim c in "a.txt":\n  quote "rose to 3"\n  check v == 3\n'),
                           ("use.claims", 'use "counts.claims"\n\nclaim c in "a.txt":\n  check v == 3\n'),
                           ("table.claims", 'table t from "t.csv":\n  column n integer\nlet s = sum(t.n)\n\n'
                                            'claim c in "a.txt":\n  check s == 1\n'),
                           ("a.txt", "It rose to 3.\n"), ("counts.claims", "let v = 3\n"), ("t.csv", "n\n1\n")):
            (tmp / file).write_text(text, encoding="utf-8")
            os.chmod(tmp / file, 0o644)
        # The build may lie where the unprivileged user cannot reach (a clone in a private
        # temporary directory): the binary and the rules are run from copies beside the inputs.
        runner = tmp / "claimcheck"
        shutil.copy2(binary, runner)
        os.chmod(runner, 0o755)
        rules = tmp / "rules"
        shutil.copytree(e2e.RULES, rules)
        os.chmod(rules, 0o755)
        for rule in rules.iterdir():
            os.chmod(rule, 0o644)
        for locked, claims, line in (("a.txt", "article.claims", 3), ("counts.claims", "use.claims", 1),
                                     ("t.csv", "table.claims", 1)):
            os.chmod(tmp / locked, 0)
            result = subprocess.run([str(runner), "check", claims, "--rules", str(rules)], cwd=name, capture_output=True,
                                    text=True, timeout=10, **how)
            os.chmod(tmp / locked, 0o644)
            suite.equal(result.returncode, 2, f"{locked} unreadable: exit status\n  {result.stderr}")
            suite.check(result.stderr.startswith(f"{claims}:{line}:1: error: cannot read {locked}: permission denied\n"),
                        f"{locked} unreadable: permission denied, at the line naming it: {result.stderr!r}")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("special files and links at the edges")
    for test in (test_output_leaves_special_files_as_they_were, test_output_through_a_link_to_a_file,
                 test_fifo_with_a_writer_waiting, test_unreadable_inputs_say_permission_denied):
        suite.run_test(test, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
