# Shared helpers for the end-to-end tests of the claimcheck binary (standard library only).
"""Run the binary, collect failures, and report them with a clear message.

Every test script is run as `python3 tests/e2e/test_<name>.py <path-to-claimcheck>`
with the project root as working directory; it exits 0 when every check passes.
"""
import json
import os
import pathlib
import subprocess
import sys
import traceback
from fractions import Fraction

ROOT = pathlib.Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "cases"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CONFORMANCE = SHARED / "conformance"
SKIPPED = 77  # tests/CMakeLists.txt gives every end-to-end test SKIP_RETURN_CODE 77


def skip(reason):
    """Ends the test as skipped (CTest's skip status), saying in one line what is missing."""
    print(f"SKIPPED {pathlib.Path(sys.argv[0]).name}: {reason}")
    sys.exit(SKIPPED)


def require_seeds():
    """Skips the test unless the NSPCC seed articles (third-party text, never copied here) sit beside the project."""
    if not SEEDS.is_dir():
        skip("needs the NSPCC seed articles in ../shared/seeds beside the project, which a clone alone lacks")


def require_conformance():
    """Skips the test unless the seed conformance list sits beside the project."""
    if not (CONFORMANCE / "check.py").is_file() or not (CONFORMANCE / "nspcc-2017.jsonl").is_file():
        skip("needs the seed conformance list in ../shared/conformance beside the project, which a clone alone lacks")


def binary_from_argv():
    if len(sys.argv) != 2:
        print(f"usage: {sys.argv[0]} <path-to-claimcheck>", file=sys.stderr)
        sys.exit(2)
    path = pathlib.Path(sys.argv[1]).resolve()
    if not path.is_file():
        print(f"FAIL: no claimcheck binary at {path}", file=sys.stderr)
        sys.exit(1)
    # Paths in reports are relative to the working directory: always the project root.
    os.chdir(ROOT)
    return str(path)


class Run:
    """One finished run of the binary: exit status and raw output."""

    def __init__(self, args, completed):
        self.args = args
        self.status = completed.returncode
        self.stdout_bytes = completed.stdout
        self.stderr_bytes = completed.stderr
        self.stdout = completed.stdout.decode("utf-8", errors="replace")
        self.stderr = completed.stderr.decode("utf-8", errors="replace")

    def json(self):
        """The JSON on stdout; a claimcheck report is first validated against docs/report.schema.json."""
        document = json.loads(self.stdout_bytes.decode("utf-8"))
        if isinstance(document, dict) and document.get("tool") == "claimcheck":
            validate_report(document, f"the report of claimcheck {' '.join(self.args)}")
        return document

    def describe(self):
        return (f"command: claimcheck {' '.join(self.args)}\n  exit status: {self.status}\n"
                f"  stderr: {self.stderr[:2000]!r}\n  stdout (start): {self.stdout[:600]!r}")


# --- The JSON report's schema ------------------------------------------------

SCHEMA = ROOT / "docs" / "report.schema.json"
_validator = None


class SchemaError(AssertionError):
    """A JSON report that docs/report.schema.json rejects."""


def report_validator():
    """The validator of docs/report.schema.json (python3-jsonschema, which .ci/test installs)."""
    global _validator
    if _validator is None:
        try:
            import jsonschema
        except ImportError:
            # Debian's package lives with the system's Python, which may not be the one running us.
            sys.path.append("/usr/lib/python3/dist-packages")
        try:
            import jsonschema
        except ImportError:
            raise SchemaError("validating JSON reports needs the Python jsonschema package: "
                              "apt-get install python3-jsonschema (.ci/test installs it)") from None
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        _validator = cls(schema)
    return _validator


def schema_errors(report):
    """Every way `report` breaks the schema, one line each: none when it is valid."""
    errors = sorted(report_validator().iter_errors(report), key=lambda e: list(e.absolute_path))
    return [f"at /{'/'.join(str(p) for p in e.absolute_path)}: {e.message}" for e in errors]


def validate_report(report, what="a JSON report"):
    """Raises SchemaError unless `report` (parsed) is valid under docs/report.schema.json."""
    errors = schema_errors(report)
    if errors:
        raise SchemaError(f"{what} does not follow docs/report.schema.json:\n  " + "\n  ".join(errors[:10]))
    return report


def run(binary, *args, env=None, timeout=120, cwd=None):
    full_env = dict(os.environ)
    # Colour and rule lookup must not depend on the caller's environment.
    full_env.pop("NO_COLOR", None)
    full_env.pop("CLAIMCHECK_RULES", None)
    full_env.pop("CLAIMCHECK_CONFIG", None)
    if env:
        full_env.update(env)
    completed = subprocess.run([binary, *args], capture_output=True, env=full_env, timeout=timeout, cwd=cwd)
    return Run(list(args), completed)


class Suite:
    """Collects failures instead of stopping at the first, then reports them all."""

    def __init__(self, name):
        self.name = name
        self.failures = []
        self.checks = 0

    def check(self, condition, message):
        self.checks += 1
        if not condition:
            self.failures.append(message)
        return bool(condition)

    def equal(self, actual, expected, what):
        return self.check(actual == expected, f"{what}: expected {expected!r}, got {actual!r}")

    def run_test(self, function, *args):
        before = len(self.failures)
        try:
            function(*args)
        except Exception:  # a crash in one test must not hide the others
            self.failures.append(f"{function.__name__} raised:\n{traceback.format_exc()}")
        status = "ok" if len(self.failures) == before else "FAILED"
        print(f"  {function.__name__}: {status}")

    def finish(self):
        if self.failures:
            print(f"\nFAIL: {self.name}: {len(self.failures)} of {self.checks} checks failed:")
            for failure in self.failures:
                print("  - " + failure.replace("\n", "\n    "))
            sys.exit(1)
        print(f"ok: {self.name}: {self.checks} checks passed")
        sys.exit(0)


def claims_by_key(report):
    """Claims keyed by (file name, id): ids repeat across the example's files."""
    return {(c["file"].rsplit("/", 1)[-1], c["id"]): c for c in report["claims"]}


def summary_of(claims):
    """The summary a JSON report's claims imply: the claims of each verdict, then those drafted, not yet reviewed."""
    counts = {v: 0 for v in ("pass", "warn", "fail", "unverifiable", "error")}
    for claim in claims:
        counts[claim["verdict"]] = counts.get(claim["verdict"], 0) + 1
    counts["drafted"] = sum(1 for claim in claims if claim["drafted"])
    return counts


def implied_status(verdicts, strict=False):
    """Exit status the verdicts imply: 1 on fail or error (or warn with --strict), else 0."""
    verdicts = set(verdicts)
    if verdicts & {"fail", "error"}:
        return 1
    if strict and "warn" in verdicts:
        return 1
    return 0


# --- Shown values against the JSON interval (language.md section 7) ----------

def figure_of(text):
    """The value a shown figure stands for, as the engine keeps it: "44.4999%" -> 0.444999,
    "a fall of 48%" -> -0.48, "5,653" -> 5653, "15.49 a day" -> 15.49; None when it is marked
    as going on ("0.3333333…", a bound no decimal can write)."""
    if "…" in text:
        return None
    if text == "no change":
        return Fraction(0)
    sign = 1
    for frame, frame_sign in (("a rise of ", 1), ("a fall of ", -1)):
        if text.startswith(frame):
            text, sign = text[len(frame):], frame_sign
    number = text.split(" ")[0].replace(",", "")
    scale = 100 if number.endswith("%") or text.endswith((" points", " point")) else 1
    return sign * Fraction(number.rstrip("%")) / scale


def unfaithful(actual, shown, interval):
    """Why `shown` (a Fraction) contradicts `actual` beside the JSON interval, or None: it must be
    inside exactly when actual is, never on the other side of a bound, and a bound when actual is."""
    def inside(x):
        low = interval["low"] is None or (x >= Fraction(interval["low"]) if interval["low_closed"]
                                          else x > Fraction(interval["low"]))
        high = interval["high"] is None or (x <= Fraction(interval["high"]) if interval["high_closed"]
                                            else x < Fraction(interval["high"]))
        return (low and high) != bool(interval.get("negated"))
    if inside(shown) != inside(actual):
        return f"shown {shown} is {'in' if inside(shown) else 'out'}side {interval['text']}, the value is not"
    for bound in (interval["low"], interval["high"]):
        if bound is None:
            continue
        b = Fraction(bound)
        if actual == b and shown != b:
            return f"the value is the bound {b}, shown {shown} is not"
        if (shown - b) * (actual - b) < 0:
            return f"shown {shown} is on the other side of the bound {b} from the value {actual}"
    return None


# --- Copies of the project for tests that edit claim files -------------------

RULES = ROOT / "rules"


class ProjectCopy:
    """A temporary copy of some of the project's directories, keeping their relative paths.

    Use as a context manager; run the binary on it with `root_args()` so that `use`
    may read the copy (the default root is the working directory) and rules are the
    project's own.
    """

    def __init__(self, *relative_dirs):
        import shutil
        import tempfile
        self._shutil = shutil
        self.base = pathlib.Path(tempfile.mkdtemp(prefix="claimcheck-e2e-"))
        for relative in relative_dirs:
            shutil.copytree(ROOT / relative, self.base / relative)

    def path(self, relative):
        return self.base / relative

    def root_args(self):
        return ["--root", str(self.base), "--rules", str(RULES)]

    def run(self, binary, *args):
        """Run in the copy, so reported paths read as they do in the project."""
        return run(binary, *args, *self.root_args(), cwd=self.base)

    def edit(self, relative, old, new, count=1):
        """Replace `old` by `new` in a copied file; the text must be there exactly `count` times."""
        path = self.path(relative)
        text = path.read_text(encoding="utf-8")
        found = text.count(old)
        if found != count:
            raise AssertionError(f"{relative}: {old!r} occurs {found} times, expected {count}")
        path.write_text(text.replace(old, new), encoding="utf-8")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._shutil.rmtree(self.base, ignore_errors=True)
        return False
