#!/usr/bin/env python3
# The corpus tests of test_coverage.py on the NSPCC example and the seed articles it quotes
# (../shared/seeds: third-party text, read in place, never copied into the repository), and every
# quote of the example an exact substring of its seed.
# Skipped, with one line saying so, where the seeds are not beside the project.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402
import test_coverage as coverage  # noqa: E402

NSPCC = coverage.Corpus("examples/nspcc-2017", "examples/nspcc-2017/002-kent.claims", e2e.SEEDS,
                        ("kent_rise", "has shot up by 573%", "fail"),
                        ('quote "has shot up by 573%"', 'quote "shot up"', "up by 573%", "percent", "8 numbers, 1 unchecked"),
                        ('quote "(44%)"', '2015/16.'), 1)


def test_quotes_are_in_the_seeds(binary, suite):
    result = e2e.run(binary, "check", NSPCC.example, "--format", "json")
    suite.equal(result.status, 1, f"exit status of the example\n  {result.describe()}")
    texts = {}
    for claim in result.json()["claims"]:
        where = f"{claim['file']} {claim['id']}"
        seed = e2e.SEEDS / claim["source"]
        if not suite.check(seed.is_file(), f"{where}: its source {claim['source']} is not in {e2e.SEEDS}"):
            continue
        text = texts.setdefault(seed, seed.read_text(encoding="utf-8"))
        suite.check(claim["quote"], f"{where}: no quote")
        suite.check(claim["quote"] in text, f"{where}: quote {claim['quote']!r} is not an exact substring of {seed.name}")


def main():
    binary = e2e.binary_from_argv()
    e2e.require_seeds()
    suite = e2e.Suite("quote anchoring and coverage on the seed articles")
    for test in coverage.CORPUS_TESTS:
        suite.run_test(test, binary, suite, NSPCC)
    suite.run_test(test_quotes_are_in_the_seeds, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
