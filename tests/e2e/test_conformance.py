#!/usr/bin/env python3
# The NSPCC example against the seed conformance list (../shared/conformance), using its own check.py.
"""Every statement in ../shared/conformance/nspcc-2017.jsonl must be covered by a
claim from the same source whose verdict is in the entry's `accept` list. The
rule is the one in ../shared/conformance/check.py: that script reads the JSON
report on stdin and exits 0 when everything is covered; it is run as it is,
not copied, so the oracle stays where it is maintained.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

CONFORMANCE = e2e.CONFORMANCE


def main():
    binary = e2e.binary_from_argv()
    e2e.require_conformance()
    suite = e2e.Suite("seed conformance")
    script = CONFORMANCE / "check.py"
    entries_file = CONFORMANCE / "nspcc-2017.jsonl"
    result = e2e.run(binary, "check", "examples/nspcc-2017", "--format", "json")
    suite.equal(result.status, 1, f"exit status of the example\n  {result.describe()}")
    report = result.json()
    entries = [json.loads(line) for line in entries_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    suite.check(len(entries) >= 50, f"expected the full conformance list, found {len(entries)} entries")

    checked = subprocess.run([sys.executable, str(script)], input=result.stdout_bytes, capture_output=True, timeout=60)
    output = checked.stdout.decode("utf-8", errors="replace")
    print("  check.py: " + output.strip().replace("\n", "\n  check.py: "))
    suite.equal(checked.returncode, 0, f"check.py exit status (statements not covered are listed above)\n"
                                       f"  stderr: {checked.stderr.decode(errors='replace')}")
    suite.check(f"{len(entries)} of {len(entries)} seed statements covered" in output,
                f"check.py did not report all {len(entries)} statements covered")

    # The check must be able to fail: a report whose claims all pass must not satisfy it,
    # since the list accepts only fail for Kent's 573% and only unverifiable for ages.
    flipped = json.loads(result.stdout)
    for claim in flipped["claims"]:
        claim["verdict"] = "pass"
    negative = subprocess.run([sys.executable, str(script)], input=json.dumps(flipped).encode("utf-8"),
                              capture_output=True, timeout=60)
    suite.equal(negative.returncode, 1, "check.py on a report where every claim passes")
    suite.check(report["claims"], "the report has no claims")
    suite.finish()


if __name__ == "__main__":
    main()
