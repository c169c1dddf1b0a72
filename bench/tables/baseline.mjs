// The table benchmark's DuckDB baseline: the values crimes.claims checks,
// computed with SQL through @duckdb/node-api (bench/tables/setup installs it),
// the fast way: one statement straight over read_csv (no table is loaded),
// with FILTER aggregates for the filtered sums and counts, and
// GROUPING SETS ((), (age), (force)) for the per-age and per-force totals the
// top, mode, max and distinct count are read from (a few dozen rows).
// Sums are integers (DuckDB sums INTEGER into HUGEINT, exactly); the divisions
// are done here with BigInt, so every answer is exact. Prints {claim id:
// "p/q" or "n"} as JSON (null where there is no value), like baseline.py.
//
//     node bench/tables/baseline.mjs crimes.csv
import { DuckDBInstance } from '@duckdb/node-api';

const path = process.argv[2];
if (!path || process.argv.length !== 3) {
    console.error('usage: baseline.mjs FILE.csv');
    process.exit(2);
}

const gcd = (a, b) => {
    a = a < 0n ? -a : a;
    b = b < 0n ? -b : b;
    while (b) [a, b] = [b, a % b];
    return a;
};

// p/q in lowest terms, "n" when q divides p: the form claimcheck's JSON uses;
// null when there is no value (no rows, or q is 0).
const fraction = (p, q) => {
    if (p === null || q === null || BigInt(q) === 0n) return null;
    p = BigInt(p);
    q = BigInt(q);
    if (q < 0n) [p, q] = [-p, -q];
    const g = gcd(p, q);
    [p, q] = [p / g, q / g];
    return q === 1n ? `${p}` : `${p}/${q}`;
};

// The financial year starting 1 April `start`: its months as text, and its length in days.
const financialYear = (start) => ({
    from: `${start}-04`,
    to: `${start + 1}-03`,
    days: (Date.UTC(start + 1, 3, 1) - Date.UTC(start, 3, 1)) / 86400000,
});
const fy2015 = financialYear(2015), fy2016 = financialYear(2016), fy2017 = financialYear(2017);
const inYear = (fy) => `month BETWEEN '${fy.from}' AND '${fy.to}'`;
const quote = (text) => `'${text.replaceAll("'", "''")}'`;
const columns = "{'month': 'VARCHAR', 'force': 'VARCHAR', 'offence_group': 'VARCHAR', 'age': 'INTEGER', 'count': 'INTEGER'}";

const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
// One row for the whole file (GROUPING(age) and GROUPING(force) both 1), one per age, one per force.
const result = await db.runAndReadAll(`
    SELECT GROUPING(age) AS all_ages, GROUPING(force) AS all_forces, age, force,
           coalesce(sum(count), 0) AS total,
           count(*) AS rows,
           coalesce(sum(count) FILTER (WHERE force = 'Kent' AND ${inYear(fy2016)}), 0) AS kent2016,
           coalesce(sum(count) FILTER (WHERE force = 'Kent' AND ${inYear(fy2015)}), 0) AS kent2015,
           coalesce(sum(count) FILTER (WHERE force = 'Thames Valley' AND ${inYear(fy2017)}), 0) AS thames2017,
           coalesce(sum(count) FILTER (WHERE ${inYear(fy2016)}), 0) AS all2016,
           count(*) FILTER (WHERE offence_group = 'Sexual offences, other' AND age < 10) AS young_other_sexual
    FROM read_csv(${quote(path)}, header = true, columns = ${columns})
    GROUP BY GROUPING SETS ((), (age), (force))`);
db.closeSync();
const grouped = result.getRowObjects();
const whole = grouped.find((r) => r.all_ages && r.all_forces);
const byAge = grouped.filter((r) => !r.all_ages && r.age !== null);
const byForce = grouped.filter((r) => !r.all_forces && r.force !== null);

// The key of the row with the largest value; on a tie the smallest key, as in claimcheck's top and mode.
const largestKey = (rows, key, value) => {
    let best = null;
    for (const r of rows) {
        const v = BigInt(r[value]);
        if (best === null || v > best.value || (v === best.value && r[key] < best.key)) best = { key: r[key], value: v };
    }
    return best?.key ?? null;
};
const maxForce = byForce.reduce((max, r) => (max === null || r.total > max ? r.total : max), null);

const answers = {
    total: fraction(whole.total, 1),
    kent_2016_17: fraction(whole.kent2016, 1),
    kent_2015_16: fraction(whole.kent2015, 1),
    kent_change: fraction(BigInt(whole.kent2016) - BigInt(whole.kent2015), whole.kent2015),
    thames_valley_2017_18: fraction(whole.thames2017, 1),
    per_day_2016_17: fraction(whole.all2016, fy2016.days),
    top_age: fraction(largestKey(byAge, 'age', 'total'), 1),
    mode_age: fraction(largestKey(byAge, 'age', 'rows'), 1),
    young_other_sexual: fraction(whole.young_other_sexual, 1),
    max_force: fraction(maxForce, 1),
    mean_count: fraction(whole.total, whole.rows),
    forces: fraction(byForce.length, 1),
};
console.log(JSON.stringify(answers, null, 1));
