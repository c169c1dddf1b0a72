#!/usr/bin/env python3
"""The NSPCC example end to end: verdicts, exit status and seed conformance."""
import json
import subprocess
import sys

binary = sys.argv[1]
run = subprocess.run([binary, "check", "examples/nspcc-2017", "--format", "json"], capture_output=True, text=True)
assert run.returncode == 1, f"expected exit 1 (Kent's 573% fails), got {run.returncode}: {run.stderr}"
report = json.loads(run.stdout)
by_id = {(c["file"].rsplit("/", 1)[-1], c["id"]): c for c in report["claims"]}
assert by_id[("002-kent.claims", "kent_rise")]["verdict"] == "fail"
print("ok")
