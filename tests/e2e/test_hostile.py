#!/usr/bin/env python3
# The hostile-input corpus (tests/hostile/CLASS/NAME/): each case against its golden
# exit status and output, within 10 s and 1 GB. See tests/hostile/README.md.
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

HOSTILE = e2e.ROOT / "tests" / "hostile"
SECONDS = 10
MEMORY = 1 << 30
# Under AddressSanitizer a run is several times slower (up to some 20 times on a per-word
# scan of 16 MiB) and its memory is mostly shadow: the release run holds the time and the
# memory; the sanitized run is there for what the sanitizers find. Slower phases also
# change where a run stopped by --time-limit stops, so there only the phase is not held.
SANITIZED = "ASAN_OPTIONS" in os.environ
TIME_ALLOWED = SECONDS * (20 if SANITIZED else 1)
STOPPED_WHILE = re.compile(r"stopped while [^\n]*?: the run took longer")  # a phase may name file:line:col


def phase_not_held(text):
    return STOPPED_WHILE.sub("stopped while ...: the run took longer", text) if SANITIZED else text


def cases(selected):
    classes = sorted(p for p in HOSTILE.iterdir() if p.is_dir())
    if selected:
        classes = [c for c in classes if c.name in selected]
    return [case for c in classes for case in sorted(p for p in c.iterdir() if p.is_dir())]


def run_case(binary, case, work):
    """Runs one case in `work`; returns (status, stdout, stderr, seconds, peak bytes)."""
    shutil.copytree(case, work, symlinks=True, dirs_exist_ok=True)
    setup = work / "setup.py"
    if setup.exists():
        subprocess.run([sys.executable, str(setup), str(e2e.ROOT)], cwd=work, check=True, timeout=120)
    args = [a for a in (work / "args").read_text(encoding="utf-8").split("\n") if a]
    stdin_file = work / "stdin"
    env = dict(os.environ)
    for name in ("NO_COLOR", "CLAIMCHECK_RULES", "CLAIMCHECK_CONFIG"):
        env.pop(name, None)
    env["CLAIMCHECK_RULES"] = str(e2e.ROOT / "rules")
    started = time.monotonic()
    with open(stdin_file if stdin_file.exists() else os.devnull, "rb") as stdin:
        child = subprocess.Popen([binary, *args], cwd=work, env=env, stdin=stdin,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    output = {}
    readers = [threading.Thread(target=lambda k, f: output.__setitem__(k, f.read()), args=(k, f))
               for k, f in (("out", child.stdout), ("err", child.stderr))]
    for reader in readers:
        reader.start()
    killer = threading.Timer(TIME_ALLOWED + 5, child.kill)
    killer.start()
    # wait4 gives this child's own peak memory, not the largest of every child so far.
    _, wait_status, usage = os.wait4(child.pid, 0)
    killer.cancel()
    seconds = time.monotonic() - started
    for reader in readers:
        reader.join()
    child.returncode = os.waitstatus_to_exitcode(wait_status)
    return child.returncode, output["out"], output["err"], seconds, usage.ru_maxrss * 1024


def shown(data, work):
    text = data.decode("utf-8", errors="backslashreplace")
    return text.replace(str(work), "<case>").replace(str(e2e.ROOT), "<root>")


def parse_expected(text):
    """(exit line, [(section, starts_only, body)])."""
    first, _, rest = text.partition("\n")
    sections = []
    for chunk in ("\n" + rest).split("\n--- ")[1:]:
        heading, _, body = chunk.partition("\n")
        sections.append((heading.split(" ")[0], heading.endswith("(starts)"), body))
    return first, sections


def golden(status, stdout, stderr, previous):
    """The golden text for this result, keeping the (starts) headings of the previous golden file."""
    starts = {}
    if previous is not None:
        for name, only_start, body in parse_expected(previous)[1]:
            if only_start:
                starts[name] = len(body)
    parts = [f"exit {status}"]
    for name, text in (("stdout", stdout), ("stderr", stderr)):
        if name in starts:
            parts.append(f"--- {name} (starts)\n{text[:starts[name]]}")
        else:
            parts.append(f"--- {name}\n{text}")
    return "\n".join(parts)


def cut(text, limit=1500):
    """Enough of a long output to see what went wrong, not megabytes of it."""
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} characters in all)"


def test_cases(binary, suite, selected):
    found = cases(selected)
    suite.check(found, f"no hostile cases in {selected or 'tests/hostile'}")
    regenerate = os.environ.get("CLAIMCHECK_REGENERATE") == "1"
    for case in found:
        name = f"{case.parent.name}/{case.name}"
        with tempfile.TemporaryDirectory(prefix="claimcheck-hostile-") as tmp:
            work = pathlib.Path(tmp) / "case"
            status, out, err, seconds, peak = run_case(binary, case, work)
            stdout, stderr = shown(out, work), shown(err, work)
        expected_file = case / "expected"
        previous = expected_file.read_text(encoding="utf-8") if expected_file.exists() else None
        if regenerate:
            expected_file.write_text(golden(status, stdout, stderr, previous), encoding="utf-8")
            continue
        print(f"  {name}: exit {status} in {seconds:.2f} s, {peak / 2**20:.0f} MB")
        if not suite.check(previous is not None, f"{name}: no golden file"):
            continue
        suite.check(seconds <= TIME_ALLOWED, f"{name}: took {seconds:.1f} s, over {TIME_ALLOWED} s")
        suite.check(SANITIZED or peak <= MEMORY, f"{name}: peak memory {peak / 2**20:.0f} MB, over 1 GB")
        suite.check(status in (0, 1, 2), f"{name}: exit {status}: a crash or an internal error")
        exit_line, sections = parse_expected(previous)
        suite.check(f"exit {status}" == exit_line, f"{name}: {exit_line} expected, got exit {status}\n  stderr: {cut(stderr)!r}")
        actual = {"stdout": stdout, "stderr": stderr}
        for section, only_start, body in sections:
            got, body = phase_not_held(actual[section]), phase_not_held(body)
            if SANITIZED and only_start and "stopped while " in body:  # a prefix that names the phase
                body = body[:body.index("stopped while ") + len("stopped while ")]
            if only_start:
                suite.check(got.startswith(body), f"{name}: {section} should start {cut(body)!r}, got {cut(got)!r}")
            else:
                suite.check(got == body, f"{name}: {section}: expected {cut(body)!r}, got {cut(got)!r}")


def main():
    if len(sys.argv) < 2:
        print(f"usage: {sys.argv[0]} <path-to-claimcheck> [CLASS...]", file=sys.stderr)
        sys.exit(2)
    selected = sys.argv[2:]
    sys.argv = sys.argv[:2]
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("hostile inputs" + (f" ({', '.join(selected)})" if selected else ""))
    suite.run_test(test_cases, binary, suite, selected)
    suite.finish()


if __name__ == "__main__":
    main()
