#!/usr/bin/env python3
# PostgreSQL past one machine: the same claims against a partitioned table whose partitions are
# postgres_fdw foreign tables on two other PostgreSQL servers, and against one local table of the
# same rows. The answers are equal; and the server's own EXPLAIN VERBOSE of claimcheck's statement
# (auto_explain, logged as it ran) shows the aggregates computed on each shard, as remote SQL,
# when the claims group by the partition key (docs/scale.md says which statements are pushed down).
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402
import pg_cluster  # noqa: E402

TABLE = "(year integer, region text, qty integer, amount numeric(12, 2))"
COLUMNS = "  column year integer\n  column region text\n  column qty integer\n  column amount decimal\n"
# Grouped by year, the partition key, with number filters: each shard aggregates its own rows.
GROUPED = ["max(sum(t.amount by t.year))", "min(count(t where t.qty > 5 by t.year))",
           "max(mean(t.amount where t.amount < 100 by t.year))", "min(max(t.qty by t.year))",
           "max(distinct(t.qty by t.year))", "top(sum(t.qty where t.qty >= 3 by t.year)) == 2021"]
# Everything else: still one statement, the same answers, aggregated on the coordinator.
OTHERS = ["count(t)", "sum(t.amount)", 'sum(t.qty where t.region == "North")', "mode(t.qty)",
          'top(sum(t.amount by t.region)) == "North"', "distinct(t.region)", "mean(t.amount)"]


def claims(relation, address, checks):
    out = f'table t from postgres "{address}" relation "{relation}":\n' + COLUMNS
    for i, text in enumerate(checks):
        out += f'\nclaim q{i} in "x.txt":\n  check {text}{"" if text.startswith("top(") else " == 0"}\n'
    return out


def outcome(run):
    return [(c["id"], [(ch["verdict"], ch.get("actual")) for ch in c["checks"]]) for c in run.json()["claims"]]


def remote_scans(log_text):
    """Each foreign scan's remote SQL in the plan auto_explain logged for claimcheck's aggregating
    statement (the one with count(*); the others read the table's name and columns)."""
    plans = [p for p in log_text.split("LOG:  duration: ") if "Query Text: SELECT " in p and "count(*)" in p]
    return [re.findall(r"Remote SQL: (.*)", p) for p in plans]


def test_shards(binary, suite, coordinator, shards):
    rng = random.Random(4)
    rows = [(2021 + rng.randint(0, 1), rng.choice(["North", "South", "East"]), rng.randint(0, 12),
             f"{rng.randint(-50, 500)}.{rng.randint(0, 99):02d}") for _ in range(300)]
    for shard, year in zip(shards, (2021, 2022)):
        shard.psql(f"CREATE TABLE sales {TABLE}")
        shard.copy_in("sales", "year,region,qty,amount\n" + "".join(
            f"{r[0]},{r[1]},{r[2]},{r[3]}\n" for r in rows if r[0] == year))
    setup = [f"CREATE TABLE single {TABLE}", "CREATE EXTENSION postgres_fdw",
             f"CREATE TABLE sales {TABLE} PARTITION BY LIST (year)"]
    for i, (shard, year) in enumerate(zip(shards, (2021, 2022))):
        setup += [f"CREATE SERVER shard{i} FOREIGN DATA WRAPPER postgres_fdw "
                  f"OPTIONS (host '{shard.root}', port '{shard.port}', dbname 'postgres')",
                  f"CREATE USER MAPPING FOR {pg_cluster.USER} SERVER shard{i} OPTIONS (user '{pg_cluster.USER}')",
                  f"CREATE FOREIGN TABLE sales_{year} PARTITION OF sales FOR VALUES IN ({year}) "
                  f"SERVER shard{i} OPTIONS (table_name 'sales')"]
    coordinator.psql("; ".join(setup))
    coordinator.copy_in("single", "year,region,qty,amount\n" + "".join(f"{a},{b},{c},{d}\n" for a, b, c, d in rows))
    coordinator.psql("ANALYZE single; ANALYZE sales")
    address = coordinator.conninfo()
    with e2e.ProjectCopy() as copy:
        for name, checks in (("grouped", GROUPED), ("others", OTHERS)):
            copy.path(f"{name}-single.claims").write_text(claims("single", address, checks), encoding="utf-8")
            copy.path(f"{name}-shards.claims").write_text(claims("sales", address, checks), encoding="utf-8")
            logged = len(coordinator.log())
            sharded = copy.run(binary, "check", f"{name}-shards.claims", "--format", "json")
            plans = coordinator.log()[logged:]
            single = copy.run(binary, "check", f"{name}-single.claims", "--format", "json")
            if not suite.check(sharded.stdout.startswith("{") and single.stdout.startswith("{"),
                               f"{name}:\n  {sharded.describe()}\n  {single.describe()}"):
                continue
            suite.equal(outcome(sharded), outcome(single), f"{name}: the sharded table's answers are the single table's")
            suite.check(all(c[1][0][1] is not None for c in outcome(sharded)), f"{name}: every check has a value")
            if name == "grouped":
                statements = remote_scans(plans)
                suite.equal(len(statements), 1, f"grouped: one statement:\n{plans}")
                scans = statements[0] if statements else []
                suite.equal(len(scans), 2, f"grouped: one foreign scan a shard in the plan:\n{plans}")
                for scan in scans:
                    suite.check(re.search(r"\bsum\(", scan) and "FILTER (WHERE" in scan and "GROUP BY" in scan,
                                f"grouped: the shard computes the sums, filtered and grouped: {scan}")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("postgres shards")
    # auto_explain logs the plan of every statement the coordinator runs, as EXPLAIN VERBOSE shows it.
    explain = ["session_preload_libraries = 'auto_explain'", "auto_explain.log_min_duration = 0",
               "auto_explain.log_verbose = on"]
    with pg_cluster.Cluster() as shard0, pg_cluster.Cluster() as shard1, pg_cluster.Cluster(explain) as coordinator:
        suite.run_test(test_shards, binary, suite, coordinator, [shard0, shard1])
    suite.finish()


if __name__ == "__main__":
    main()
