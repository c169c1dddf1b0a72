// The table benchmark's DuckDB baseline: the values crimes.claims checks,
// computed with SQL through @duckdb/node-api (bench/tables/setup installs it).
// Loads the CSV into an in-memory table, then runs one query per claim.
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

const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();

const one = async (sql) => {
    const rows = (await db.runAndReadAll(sql)).getRows();
    return rows.length ? rows[0][0] : null;
};
const quote = (text) => `'${text.replaceAll("'", "''")}'`;

const columns = "{'month': 'VARCHAR', 'force': 'VARCHAR', 'offence_group': 'VARCHAR', 'age': 'INTEGER', 'count': 'INTEGER'}";
await db.run(`CREATE TABLE crimes AS SELECT * FROM read_csv(${quote(path)}, header = true, columns = ${columns})`);

const sumWhere = (where) => one(`SELECT coalesce(sum(count), 0) FROM crimes WHERE ${where}`);
const inYear = (fy) => `month BETWEEN '${fy.from}' AND '${fy.to}'`;

const total = await one('SELECT coalesce(sum(count), 0) FROM crimes');
const rows = await one('SELECT count(*) FROM crimes');
const kent2016 = await sumWhere(`force = 'Kent' AND ${inYear(fy2016)}`);
const kent2015 = await sumWhere(`force = 'Kent' AND ${inYear(fy2015)}`);
const thamesValley2017 = await sumWhere(`force = 'Thames Valley' AND ${inYear(fy2017)}`);
const all2016 = await sumWhere(inYear(fy2016));
// Ties go to the smallest key, as in claimcheck's top and mode.
const topAge = await one('SELECT age FROM crimes GROUP BY age ORDER BY sum(count) DESC, age LIMIT 1');
const modeAge = await one('SELECT age FROM crimes GROUP BY age ORDER BY count(*) DESC, age LIMIT 1');
const youngOtherSexual = await one(
    "SELECT count(*) FROM crimes WHERE offence_group = 'Sexual offences, other' AND age < 10");
const maxForce = await one('SELECT max(s) FROM (SELECT sum(count) AS s FROM crimes GROUP BY force)');
const forces = await one('SELECT count(DISTINCT force) FROM crimes');

const answers = {
    total: fraction(total, 1),
    kent_2016_17: fraction(kent2016, 1),
    kent_2015_16: fraction(kent2015, 1),
    kent_change: fraction(kent2015 === null ? null : BigInt(kent2016) - BigInt(kent2015), kent2015),
    thames_valley_2017_18: fraction(thamesValley2017, 1),
    per_day_2016_17: fraction(all2016, fy2016.days),
    top_age: fraction(topAge, 1),
    mode_age: fraction(modeAge, 1),
    young_other_sexual: fraction(youngOtherSexual, 1),
    max_force: fraction(maxForce, 1),
    mean_count: fraction(total, rows),
    forces: fraction(forces, 1),
};
console.log(JSON.stringify(answers, null, 1));
db.closeSync();
