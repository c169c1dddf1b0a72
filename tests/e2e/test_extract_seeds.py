#!/usr/bin/env python3
# claimcheck extract on the NSPCC seed articles (../shared/seeds, read in place): every statement of the
# seed conformance list is quoted by some drafted claim, and the unedited skeleton checks as unverifiable
# with every number covered. Skipped, with one line saying so, where the seeds are not beside the project.
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402
import test_extract as x  # noqa: E402


def seed_paths():
    return sorted(str(p) for p in e2e.SEEDS.glob("*.txt"))


def test_every_conformance_entry_is_extracted(binary, suite):
    result = x.extract(binary, *seed_paths())
    if not suite.equal(result.status, 0, f"exit status\n  {result.describe()}"):
        return
    suite.equal(x.extract(binary, *seed_paths()).stdout_bytes, result.stdout_bytes, "a second run is byte-identical")
    claims = x.skeleton_claims(result.stdout)
    articles = {p.name: p.read_text(encoding="utf-8") for p in e2e.SEEDS.glob("*.txt")}
    located = {}  # (article, id) -> the quote's one span
    for cid, name, quote in claims:
        where = x.spans(articles.get(name, ""), quote or "")
        if suite.equal(len(where), 1, f"{name} {cid}: times the quote {quote!r} is found"):
            located[(name, cid)] = where[0]
    counts = {name: sum(1 for c in claims if c[1] == name) for name in sorted(articles)}
    for name, n in counts.items():
        suite.check(f"extracted {n} claims from {e2e.SEEDS / name}" in result.stderr, f"stderr names {n} claims from {name}")
        suite.check(f"# {name}: {n} numeric statements\n" in result.stdout, f"skeleton counts {n} for {name}")
    print("  claims per article: " + ", ".join(f"{name[:3]} {n}" for name, n in counts.items()))
    for line in (e2e.CONFORMANCE / "nspcc-2017.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        article = articles[entry["source"]]
        entry_spans = x.spans(article, entry["quote"])
        key_spans = x.spans(article, entry["key"])
        # Covered: a claim of that article whose quote holds the key where the entry's quote does.
        covered = [cid for (name, cid), (b, e) in located.items() if name == entry["source"] and any(
            b <= kb and ke <= e and eb <= kb and ke <= ee for kb, ke in key_spans for eb, ee in entry_spans)]
        suite.check(covered, f"{entry['source']}: no claim quotes {entry['key']!r} of {entry['quote']!r}")


def main():
    binary = e2e.binary_from_argv()
    e2e.require_seeds()
    e2e.require_conformance()
    suite = e2e.Suite("extract on the seed articles")
    suite.run_test(test_every_conformance_entry_is_extracted, binary, suite)
    suite.run_test(x.test_unedited_skeleton_is_unverifiable_and_covers_every_number, binary, suite, e2e.SEEDS)
    suite.finish()


if __name__ == "__main__":
    main()
