#!/usr/bin/env python3
"""The table benchmark's Python baseline: the values crimes.claims checks,
computed the way a data journalist might, with the csv module and exact
fractions. One pass over the file; prints {claim id: "p/q" or "n"} as JSON,
null for a value that does not exist (a change from 0, the mean of no rows).

    python3 bench/tables/baseline.py [--cells int|fraction] crimes.csv

--cells fraction reads each count as a Fraction, as a script must that cannot
know a numeric column holds only integers (about three times slower); the
default reads counts with int, as a journalist who looked at the file would.
"""
import argparse
import csv
import json
from collections import Counter
from datetime import date
from fractions import Fraction


def financial_year(month):
    """'2016-04' -> 2016: the financial year (1 April to 31 March) the month lies in."""
    year, m = int(month[:4]), int(month[5:7])
    return year if m >= 4 else year - 1


def days_in_financial_year(start):
    return (date(start + 1, 4, 1) - date(start, 4, 1)).days


def largest_key(totals):
    """The key with the largest total; on a tie the smallest key. None when there are none."""
    return min(totals, key=lambda k: (-totals[k], k)) if totals else None


def ratio(p, q):
    """p/q exactly; None when q is 0 (claimcheck: an error, no value)."""
    return Fraction(p, q) if q else None


def main(path, number):
    rows = 0
    total = 0
    by_force_year = Counter()   # (force, financial year) -> sum of counts
    by_year = Counter()         # financial year -> sum of counts
    by_force = Counter()        # force -> sum of counts
    by_age = Counter()          # age -> sum of counts
    rows_by_age = Counter()     # age -> number of rows
    young_other_sexual = 0

    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            count = number(row["count"])
            age = int(row["age"])
            force = row["force"]
            year = financial_year(row["month"])

            rows += 1
            total += count
            by_force_year[force, year] += count
            by_year[year] += count
            by_force[force] += count
            by_age[age] += count
            rows_by_age[age] += 1
            if row["offence_group"] == "Sexual offences, other" and age < 10:
                young_other_sexual += 1

    kent_2015_16 = by_force_year["Kent", 2015]
    kent_2016_17 = by_force_year["Kent", 2016]
    answers = {
        "total": total,
        "kent_2016_17": kent_2016_17,
        "kent_2015_16": kent_2015_16,
        "kent_change": ratio(kent_2016_17 - kent_2015_16, kent_2015_16),
        "thames_valley_2017_18": by_force_year["Thames Valley", 2017],
        "per_day_2016_17": Fraction(by_year[2016], days_in_financial_year(2016)),
        "top_age": largest_key(by_age),
        "mode_age": largest_key(rows_by_age),
        "young_other_sexual": young_other_sexual,
        "max_force": max(by_force.values(), default=None),
        "mean_count": ratio(total, rows),
        "forces": len(by_force),
    }
    print(json.dumps({name: None if value is None else str(Fraction(value)) for name, value in answers.items()},
                     indent=1))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="The table benchmark's Python baseline.")
    parser.add_argument("--cells", choices=["int", "fraction"], default="int", help="how counts are read")
    parser.add_argument("file")
    args = parser.parse_args()
    main(args.file, int if args.cells == "int" else Fraction)
