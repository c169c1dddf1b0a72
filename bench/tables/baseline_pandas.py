#!/usr/bin/python3
"""The table benchmark's pandas baseline: the values crimes.claims checks,
computed the fast way a pandas user would: pd.read_csv with the columns and
their types given (text as category), then boolean masks and groupbys.
Sums are int64 (exact at these sizes); divisions are Fractions of ints.
Prints {claim id: "p/q" or "n"} as JSON, null for a value that does not
exist, like baseline.py.

Debian's python3-pandas (bench/tables/setup installs it), so run it with
Debian's Python:

    /usr/bin/python3 bench/tables/baseline_pandas.py crimes.csv
"""
import json
import sys
from fractions import Fraction

import pandas as pd

from baseline import days_in_financial_year, financial_year, ratio


def main(path):
    crimes = pd.read_csv(path, usecols=["month", "force", "offence_group", "age", "count"],
                         dtype={"month": "category", "force": "category", "offence_group": "category",
                                "age": "int64", "count": "int64"})
    count = crimes["count"]
    year = crimes["month"].map(financial_year)  # computed once per month, not per row
    kent = crimes["force"] == "Kent"
    by_age = count.groupby(crimes["age"]).agg(["sum", "size"])  # ages ascending: idxmax ties to the smallest
    by_force = count.groupby(crimes["force"], observed=True).sum()

    total = int(count.sum())
    kent_2015_16 = int(count[kent & (year == 2015)].sum())
    kent_2016_17 = int(count[kent & (year == 2016)].sum())
    answers = {
        "total": total,
        "kent_2016_17": kent_2016_17,
        "kent_2015_16": kent_2015_16,
        "kent_change": ratio(kent_2016_17 - kent_2015_16, kent_2015_16),
        "thames_valley_2017_18": int(count[(crimes["force"] == "Thames Valley") & (year == 2017)].sum()),
        "per_day_2016_17": Fraction(int(count[year == 2016].sum()), days_in_financial_year(2016)),
        "top_age": int(by_age["sum"].idxmax()) if len(by_age) else None,
        "mode_age": int(by_age["size"].idxmax()) if len(by_age) else None,
        "young_other_sexual": int(((crimes["offence_group"] == "Sexual offences, other") & (crimes["age"] < 10)).sum()),
        "max_force": int(by_force.max()) if len(by_force) else None,
        "mean_count": ratio(total, len(crimes)),
        "forces": len(by_force),
    }
    print(json.dumps({name: None if value is None else str(Fraction(value)) for name, value in answers.items()},
                     indent=1))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: baseline_pandas.py crimes.csv")
    main(sys.argv[1])
