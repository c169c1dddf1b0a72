#!/usr/bin/env python3
# JUnit XML from `claimcheck test --format junit` (cli/report/junit.cpp), validated against tests/e2e/junit.xsd.
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

SCHEMA = e2e.ROOT / "tests" / "e2e" / "junit.xsd"
SUITE = "tests/cases/suite"


def xmllint():
    path = shutil.which("xmllint")
    if path is None:
        raise AssertionError("xmllint not found: install the Debian package libxml2-utils to validate JUnit output")
    return path


def schema_errors(xml_bytes):
    """xmllint's complaints about the document against junit.xsd; empty when it validates."""
    with tempfile.NamedTemporaryFile(suffix=".xml", delete=False) as f:
        f.write(xml_bytes)
    try:
        done = subprocess.run([xmllint(), "--noout", "--schema", str(SCHEMA), f.name], capture_output=True)
        return "" if done.returncode == 0 else done.stderr.decode("utf-8", "replace") or f"exit {done.returncode}"
    finally:
        os.unlink(f.name)


def junit(binary, suite, *args, status, copy=None):
    """Run `test --format junit`, check exit status, well-formedness and schema; the parsed root."""
    run = copy.run(binary, "test", *args, "--format", "junit") if copy else e2e.run(binary, "test", *args, "--format", "junit")
    suite.equal(run.status, status, f"exit status\n  {run.describe()}")
    suite.check(run.stdout_bytes.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n'), "XML declaration first")
    try:
        root = ET.fromstring(run.stdout_bytes)
    except ET.ParseError as error:
        suite.check(False, f"test {' '.join(args)} --format junit is not well-formed XML: {error}\n  {run.describe()}")
        return None, run
    errors = schema_errors(run.stdout_bytes)
    suite.check(errors == "", f"test {' '.join(args)} --format junit does not validate against junit.xsd:\n{errors}")
    return root, run


def json_claims(binary, *args, copy=None):
    run = copy.run(binary, "check", *args, "--format", "json") if copy else e2e.run(binary, "check", *args, "--format", "json")
    return run.json()["claims"]


def results_of(case):
    return [child for child in case if child.tag in ("failure", "error", "skipped")]


def check_counts(suite, root):
    """Every count attribute is the number of elements it counts."""
    total = {"tests": 0, "failures": 0, "errors": 0}
    for testsuite in root.findall("testsuite"):
        cases = testsuite.findall("testcase")
        counted = {"tests": len(cases),
                   "failures": sum(len(c.findall("failure")) for c in cases),
                   "errors": sum(len(c.findall("error")) for c in cases),
                   "skipped": sum(len(c.findall("skipped")) for c in cases)}
        for key, value in counted.items():
            suite.equal(int(testsuite.get(key, "0")), value, f"testsuite {testsuite.get('name')}: {key}")
            total[key] = total.get(key, 0) + value
    for key in ("tests", "failures", "errors"):
        suite.equal(int(root.get(key, "-1")), total[key], f"testsuites: {key}")


def location(case):
    """Where a testcase's claim is: the text of its <system-out>, FILE:LINE."""
    outputs = case.findall("system-out")
    return outputs[0].text if len(outputs) == 1 else None


def class_name(file):
    return file[:-len(".claims")].replace("/", ".") if file.endswith(".claims") else file.replace("/", ".")


def test_examples_structure(binary, suite):
    # One testsuite per file holding claims, one testcase per claim, in the report's order.
    xmllint()
    root, _ = junit(binary, suite, "examples/", status=0)
    if root is None:
        return
    suite.equal(root.tag, "testsuites", "root element")
    claims = json_claims(binary, "examples/")
    files = sorted({c["file"] for c in claims})
    suite.equal([s.get("name") for s in root.findall("testsuite")], files, "testsuite names (one per claims file)")
    for testsuite in root.findall("testsuite"):
        name = testsuite.get("name")
        expected = [(class_name(c["file"]), c["id"], f"{c['file']}:{c['line']}") for c in claims if c["file"] == name]
        found = [(t.get("classname"), t.get("name"), location(t)) for t in testsuite.findall("testcase")]
        suite.equal(found, expected, f"{name}: testcases (classname, name, system-out FILE:LINE)")
        for case in testsuite.findall("testcase"):
            # Jenkins' junit-10.xsd allows these four attributes only (no file, no line)
            suite.check(set(case.keys()) <= {"name", "classname", "time", "group"},
                        f"{name} {case.get('name')}: attributes {sorted(case.keys())}")
            suite.equal(case.get("time"), "0", f"{name} {case.get('name')}: time")
            suite.equal(results_of(case), [], f"{name} {case.get('name')}: no failure when the expectation is met")
    # CI readers merge testcases of equal classname and name: each must be unique
    pairs = [(c.get("classname"), c.get("name")) for c in root.iter("testcase")]
    suite.equal(len(set(pairs)), len(pairs), "(classname, name) of testcases unique")
    suite.equal(int(root.get("tests")), len(claims), "testsuites tests = claims")
    suite.equal((root.get("failures"), root.get("errors")), ("0", "0"), "no failures in examples/")
    check_counts(suite, root)


def test_one_wrong_expectation(binary, suite):
    # Pinning Kent's 573% to pass: exactly one failure, carrying the figures and the diagnosis.
    with e2e.ProjectCopy("examples/nspcc-2017") as copy:
        copy.edit("examples/nspcc-2017/002-kent.claims", "  expect fail\n", "  expect pass\n")
        root, _ = junit(binary, suite, "examples/nspcc-2017", status=1, copy=copy)
        if root is None:
            return
        check_counts(suite, root)
        suite.equal((root.get("failures"), root.get("errors")), ("1", "0"), "testsuites failures, errors")
        failing = [(s.get("name"), c) for s in root.findall("testsuite") for c in s.findall("testcase") if results_of(c)]
        suite.equal([(s, c.get("name")) for s, c in failing], [("examples/nspcc-2017/002-kent.claims", "kent_rise")],
                    "the one failing testcase")
        if not failing:
            return
        results = results_of(failing[0][1])
        suite.equal([r.tag for r in results], ["failure"], "kent_rise results")
        failure = results[0]
        suite.equal(failure.get("message"), "expected pass, got fail", "failure message")
        text = failure.text or ""
        for part in ("examples/nspcc-2017/002-kent.claims:7", "change(kent.2015_16, kent.2016_17) is up by 573%",
                     "claimed up by 573%", "[572.5%, 573.5%)", "actual 473.02%", "ratio-as-increase", "5.73", "473%"):
            suite.check(part in text, f"failure text lacks {part!r}:\n{text}")


def test_error_and_unverifiable(binary, suite):
    # An unmet expectation on an error verdict is an <error>; on any other verdict a <failure>.
    with e2e.ProjectCopy(SUITE) as copy:
        file = f"{SUITE}/expectations.claims"
        copy.edit(file, "  expect error\n", "  expect pass\n")
        copy.edit(file, "  expect unverifiable\n", "  expect pass\n")
        root, _ = junit(binary, suite, file, status=1, copy=copy)
        if root is None:
            return
        check_counts(suite, root)
        suite.equal((root.get("failures"), root.get("errors")), ("1", "1"), "testsuites failures, errors")
        cases = {c.get("name"): c for c in root.iter("testcase")}
        error = results_of(cases.get("pinned_error", ET.Element("none")))
        suite.equal([(r.tag, r.get("message")) for r in error], [("error", "expected pass, got error")], "pinned_error")
        if error:
            suite.check("division by zero" in (error[0].text or ""), f"error text says why: {error[0].text!r}")
        missing = results_of(cases.get("pinned_unverifiable", ET.Element("none")))
        suite.equal([(r.tag, r.get("message")) for r in missing], [("failure", "expected pass, got unverifiable")],
                    "pinned_unverifiable")
        if missing:
            suite.check("no daily counts are published" in (missing[0].text or ""),
                        f"unverifiable text gives the missing figure's reason: {missing[0].text!r}")


def test_applied_template_failure(binary, suite):
    # A claim made by `apply`: its check lives in the template file, and the failure must point there.
    with e2e.ProjectCopy("examples") as copy:
        copy.edit("examples/nspcc-regression/2017.claims", "  expect rose fail\n", "  expect rose pass\n")
        root, _ = junit(binary, suite, "examples/nspcc-regression", status=1, copy=copy)
        if root is None:
            return
        check_counts(suite, root)
        failing = [c for c in root.iter("testcase") if results_of(c)]
        suite.equal([(c.get("name"), location(c)) for c in failing],
                    [("force(lincolnshire, 2015_16, 2016_17).rose", "examples/nspcc-regression/2017.claims:10")],
                    "the one failing testcase is the apply's claim, at the apply line")
        if failing:
            text = results_of(failing[0])[0].text or ""
            suite.check("lincolnshire.2016_17 > lincolnshire.2015_16" in text, f"failure text has the check:\n{text}")
            suite.check("examples/nspcc-regression/templates.claims:19" in text,
                        f"failure text places the check in the template file (templates.claims:19):\n{text}")


def test_markup_escaped(binary, suite):
    # Check text with < > & and non-ASCII in failures stays well-formed and valid.
    with e2e.ProjectCopy() as copy:
        copy.path("marks.claims").write_text(
            'let a = 5\nlet b = 7\n\nclaim less in "a&b <x>.txt":\n  quote "\u201cfive\u201d < seven & more"\n'
            '  check a > b\n\nclaim third in "x.txt":\n  check a < b - 3\n', encoding="utf-8")
        root, run = junit(binary, suite, "marks.claims", status=1, copy=copy)
        if root is None:
            return
        check_counts(suite, root)
        texts = [r.text or "" for c in root.iter("testcase") for r in results_of(c)]
        suite.equal(len(texts), 2, "two failures")
        suite.check(any("a > b" in t for t in texts), f"'>' round-trips through escaping: {texts}")
        suite.check(any("a < b - 3" in t for t in texts), f"'<' round-trips through escaping: {texts}")


def test_deterministic(binary, suite):
    # Same input, byte-identical report, passing or failing.
    first = e2e.run(binary, "test", "examples/", "--format", "junit")
    second = e2e.run(binary, "test", "examples/", "--format", "junit")
    suite.check(first.stdout_bytes == second.stdout_bytes, "test examples/ --format junit differs between runs")
    with e2e.ProjectCopy(SUITE) as copy:
        copy.edit(f"{SUITE}/expectations.claims", "  expect warn\n", "  expect fail\n")
        runs = [copy.run(binary, "test", SUITE, "--format", "junit") for _ in range(3)]
        suite.equal([r.status for r in runs], [1, 1, 1], "exit status of the failing suite")
        suite.check(len({r.stdout_bytes for r in runs}) == 1, "failing suite's JUnit output differs between runs")


def test_schema_rejects_invalid(binary, suite):
    # The schema itself must be able to fail: documents CI readers would not accept are rejected,
    # among them everything Jenkins' junit-10.xsd rejects that claimcheck once wrote (file and line on a testcase).
    xmllint()
    valid = (b'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="n" tests="2" failures="1" errors="0" time="0.5">'
             b'<testsuite name="s" tests="2" failures="1" errors="0" skipped="1" timestamp="2024-01-02T03:04:05" '
             b'hostname="h" id="0" package="p" file="a/b.claims">'
             b'<properties><property name="k" value="v"/></properties>'
             b'<testcase name="c" classname="a.b" time="0">'
             b'<failure message="m" type="t">detail</failure><system-out>a/b.claims:3</system-out></testcase>'
             b'<system-out/>'
             b'<testcase name="d"><skipped message="later"/></testcase>'
             b'<system-err/></testsuite></testsuites>\n')
    suite.equal(schema_errors(valid), "", "a full, valid document validates")
    invalid = {
        "testcase without name": valid.replace(b'<testcase name="c" ', b"<testcase "),
        "file on a testcase": valid.replace(b'classname="a.b" ', b'classname="a.b" file="a/b.claims" '),
        "line on a testcase": valid.replace(b'classname="a.b" ', b'classname="a.b" line="3" '),
        "properties in a testcase": valid.replace(b'time="0"><failure', b'time="0"><properties/><failure'),
        "testsuite without tests": valid.replace(b'<testsuite name="s" tests="2" ', b'<testsuite name="s" '),
        "testsuite without failures": valid.replace(b'tests="2" failures="1" errors="0" skipped',
                                                    b'tests="2" errors="0" skipped'),
        "testsuite without errors": valid.replace(b'failures="1" errors="0" skipped', b'failures="1" skipped'),
        "skipped on testsuites": valid.replace(b'<testsuites name="n" ', b'<testsuites name="n" skipped="1" '),
        "non-numeric count": valid.replace(b'failures="1" errors="0" skipped', b'failures="one" errors="0" skipped'),
        "negative time": valid.replace(b'time="0.5"', b'time="-1"'),
        "time with four decimals": valid.replace(b'time="0.5"', b'time="0.1234"'),
        "bad timestamp": valid.replace(b"2024-01-02T03:04:05", b"yesterday"),
        "unknown element": valid.replace(b"<system-out>a/b.claims:3</system-out>", b"<verdict>fail</verdict>"),
        "testcase outside a testsuite": b'<testsuites><testcase name="x"/></testsuites>',
        "property without value": valid.replace(b' value="v"', b""),
        "two skipped": valid.replace(b'<skipped message="later"/>', b"<skipped/><skipped/>"),
        "skipped and failed": valid.replace(b'<skipped message="later"/>', b"<skipped/><failure/>"),
    }
    for what, document in invalid.items():
        suite.check(document != valid, f"the invalid case {what!r} changes the document")
        suite.check(schema_errors(document) != "", f"junit.xsd accepts a document with {what}")


def main():
    binary = e2e.binary_from_argv()
    if shutil.which("xmllint") is None:
        # without it the output cannot be validated: fail, never skip
        print("FAIL: junit: xmllint not found; install the Debian package libxml2-utils", file=sys.stderr)
        sys.exit(1)
    suite = e2e.Suite("junit")
    for test in (test_examples_structure, test_one_wrong_expectation, test_error_and_unverifiable,
                 test_applied_template_failure, test_markup_escaped, test_deterministic, test_schema_rejects_invalid):
        suite.run_test(test, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
