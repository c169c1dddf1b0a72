#!/usr/bin/env python3
"""Reads Google Benchmark JSON on stdin; prints GMP vs cpp_rational per workload."""
import json
import sys

runs = json.load(sys.stdin)["benchmarks"]
times = {}
for run in runs:
    name, backend = run["name"].split("/")[0].split("<")
    times.setdefault(name, {})[backend.rstrip(">")] = run["cpu_time"]
print(f"{'workload':<16}{'GMP (ns)':>14}{'cpp_rational (ns)':>20}{'cpp / GMP':>12}")
for name, t in times.items():
    print(f"{name:<16}{t['Gmp']:>14.0f}{t['Cpp']:>20.0f}{t['Cpp'] / t['Gmp']:>11.2f}x")
