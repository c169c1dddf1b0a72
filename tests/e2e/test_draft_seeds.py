#!/usr/bin/env python3
# claimcheck draft on the NSPCC seed articles (../shared/seeds, read in place) with only
# examples/nspcc-2017/counts.claims as data: the drafted file, checked unedited, is measured against the
# seed conformance list by its own check.py. All 53 statements must get an accepted verdict (as
# drafting has reached); Kent's 573% must be drafted as a fail diagnosed ratio-as-increase; no statement the list calls
# fail or warn may be drafted as a pass. Skipped, with one line saying so, where the seeds are not beside
# the project.
import json
import os
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

MIN_ACCEPTED = 53  # all, as drafting reached; a change that drafts worse is caught


def norm(s):
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        s = s.replace(a, b)
    return " ".join(s.split())


def main():
    binary = e2e.binary_from_argv()
    e2e.require_seeds()
    e2e.require_conformance()
    suite = e2e.Suite("draft on the seeds")
    seeds = sorted(str(p) for p in e2e.SEEDS.glob("*.txt"))
    with tempfile.TemporaryDirectory(dir=e2e.ROOT / "build" if (e2e.ROOT / "build").is_dir() else None) as tmp:
        out = pathlib.Path(tmp) / "nspcc.claims"
        drafted = e2e.run(binary, "draft", *seeds, "--data", "examples/nspcc-2017/counts.claims", "-o", str(out))
        if not suite.equal(drafted.status, 0, f"draft exit status\n  {drafted.describe()}"):
            return suite.finish()
        again = e2e.run(binary, "draft", *seeds, "--data", "examples/nspcc-2017/counts.claims", "--format", "json")
        suite.equal(again.status, 0, f"draft --format json\n  {again.describe()}")
        suite.equal(e2e.run(binary, "draft", *seeds, "--data", "examples/nspcc-2017/counts.claims",
                            "--format", "json").stdout_bytes, again.stdout_bytes, "drafting twice is byte-identical")
        checked = e2e.run(binary, "check", str(out), "--articles", str(e2e.SEEDS), "--allow-outside", "--format", "json")
        suite.check(checked.status in (0, 1), f"the drafted file checks as it stands\n  {checked.describe()}")
        report = checked.json()

    oracle = subprocess.run([sys.executable, str(e2e.CONFORMANCE / "check.py")], input=checked.stdout_bytes,
                            capture_output=True, timeout=60)
    output = oracle.stdout.decode("utf-8", errors="replace")
    print("  check.py: " + output.strip().replace("\n", "\n  check.py: "))
    last = output.strip().splitlines()[-1] if output.strip() else ""
    accepted = int(last.split(" of ")[0]) if " of " in last else 0
    suite.check(accepted >= MIN_ACCEPTED, f"at least {MIN_ACCEPTED} seed statements with an accepted verdict, not {accepted}")

    entries = [json.loads(l) for l in (e2e.CONFORMANCE / "nspcc-2017.jsonl").read_text(encoding="utf-8").splitlines()
               if l.strip()]
    claims = report.get("claims", [])
    for e in entries:
        if not set(e["accept"]) <= {"fail", "warn"}:
            continue
        q = norm(e["quote"])
        hits = [c for c in claims if str(c.get("source", "")).endswith(e["source"]) and q in norm(c.get("quote", ""))]
        # The claim drafted for this statement: its check states the statement's key words.
        def states_key(c):
            key = e["key"].lower()
            return any(k.get("claimed") and (k["claimed"].lower() in key or key in k["claimed"].lower())
                       for k in c.get("checks", []))
        passes = [c["id"] for c in hits if c.get("verdict") == "pass" and states_key(c)]
        suite.equal(passes, [], f"{e['source']} {e['quote']!r} (a {'/'.join(e['accept'])}) drafted as a pass")

    kent = [c for c in claims if c.get("source", "").startswith("002") and "573%" in c.get("quote", "")]
    suite.check(bool(kent), "a drafted claim quotes Kent's 573%")
    for c in kent:
        suite.equal(c.get("verdict"), "fail", f"Kent's 573% ({c['id']}) is drafted as a fail")
        diagnoses = [k.get("diagnosis") for k in c.get("checks", [])]
        suite.check("ratio-as-increase" in diagnoses, f"Kent's 573% is diagnosed ratio-as-increase, not {diagnoses}")
    return suite.finish()


if __name__ == "__main__":
    sys.exit(main())
