// engine/tables/csv/table_scan: one pass however many queries, and the same exact answers for
// any number of threads and any block size, checked against a reference computed
// from the generated rows' values (never from the file), including quoted line
// ends that straddle the points where the file is split between workers.
#include "engine/tables/csv/table_scan.hpp"

#include "table_support.hpp"

#include <algorithm>
#include <cstdint>
#include <set>

using namespace claimcheck;
using namespace claimcheck::test;
using Op = Filter::Op;
using Strings = std::vector<std::string>;

namespace {

// Force names as written in the file; some need quotes, one holds a line end.
const std::vector<std::string> forces = {"Kent", "Essex", "Avon and Somerset", "Comma, Force",
                                         "Two\nLines \"quoted\"", "Caf\xC3\xA9 Police"};

struct Row {
    int year = 2016, month = 4;
    std::size_t force = 0;
    int age = 0;
    std::int64_t count = 0;
    std::int64_t rate_units = 0;  // rate = units / 10^scale, written with exactly `scale` decimals
    int rate_scale = 0;
    std::string big;  // 37 digits: sums of a few hundred leave __int128
};

std::vector<Row> make_rows(std::size_t n, std::uint64_t seed) {
    std::uint64_t s = seed;
    auto next = [&](std::uint64_t below) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        return (s >> 33) % below;
    };
    std::vector<Row> rows(n);
    for (Row& r : rows) {
        r.year = 2015 + static_cast<int>(next(3));
        r.month = 1 + static_cast<int>(next(12));
        r.force = next(forces.size());
        r.age = static_cast<int>(next(18));
        r.count = static_cast<std::int64_t>(next(1000));
        r.rate_scale = static_cast<int>(next(4));
        r.rate_units = static_cast<std::int64_t>(next(20001)) - 10000;
        r.big = std::to_string(1 + next(9));
        while (r.big.size() < 37) r.big += static_cast<char>('0' + next(10));
    }
    return rows;
}

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string rate_text(const Row& r) {
    const std::int64_t a = r.rate_units < 0 ? -r.rate_units : r.rate_units;
    std::string digits = std::to_string(a);
    const auto scale = static_cast<std::size_t>(r.rate_scale);
    if (scale > 0) {
        if (digits.size() <= scale) digits.insert(0, scale + 1 - digits.size(), '0');
        digits.insert(digits.size() - scale, ".");
    }
    return (r.rate_units < 0 ? "-" : "") + digits;
}

std::string write_csv(const std::vector<Row>& rows, const std::string& eol = "\n", bool bom = false) {
    std::string out = bom ? "\xEF\xBB\xBF" : "";
    out += "month,force,age,count,rate,big" + eol;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& r = rows[i];
        char month[16];
        std::snprintf(month, sizeof month, "%04d-%02d", r.year, r.month);
        const std::string& f = forces[r.force];
        const bool quote = f.find_first_of(",\"\n") != std::string::npos || i % 7 == 0;
        out += std::string(month) + "," + (quote ? quoted(f) : f) + "," + std::to_string(r.age) + "," +
               std::to_string(r.count) + "," + rate_text(r) + "," + r.big + eol;
    }
    return out;
}

Rational rate(const Row& r) { return Rational(r.rate_units) / power_of_ten(r.rate_scale); }

// The queries, and the same answers computed straight from the rows.
struct Workload {
    std::vector<Query> queries;
    Strings expected;
};

Workload workload(const Schema& s, const std::vector<Row>& rows) {
    const std::size_t month_c = column(s, "month"), force = column(s, "force"), age = column(s, "age"),
                      count = column(s, "count"), rate_c = column(s, "rate"), big = column(s, "big");
    const Filter kent = compare(Op::eq, force, std::string("Kent"));
    const Filter kent_fy = all({kent, within(month_c, fy(2016))});
    const Filter young = compare(Op::lt, age, Rational(10));
    const Filter odd = any({one_of(force, {forces[3], forces[4]}), negate(compare(Op::ge, rate_c, Rational(0)))});
    Workload w;
    w.queries = {query(Aggregate::count), query(Aggregate::sum, count), query(Aggregate::sum, count, kent_fy),
                 query(Aggregate::sum, count, {}, force), query(Aggregate::mode, age), query(Aggregate::count, {}, young),
                 query(Aggregate::mean, rate_c), query(Aggregate::min, rate_c, odd), query(Aggregate::max, rate_c, odd),
                 query(Aggregate::distinct, force), query(Aggregate::sum, big),
                 query(Aggregate::sum, rate_c, young, month_c)};
    Rational sum_count, sum_kent, sum_rate, sum_big;
    std::map<std::string, Rational> by_force, by_month;
    std::map<int, std::uint64_t> ages;
    std::optional<Rational> least, most;
    std::set<std::size_t> distinct;
    std::uint64_t young_n = 0;
    for (const Row& r : rows) {
        sum_count += r.count;
        const DaySpan m = month(r.year, r.month);
        if (r.force == 0 && m.first >= fy(2016).first && m.last <= fy(2016).last) sum_kent += r.count;
        by_force[forces[r.force]] += r.count;
        ++ages[r.age];
        if (r.age < 10) {
            ++young_n;
            char key[16];
            std::snprintf(key, sizeof key, "%04d-%02d", r.year, r.month);
            by_month[key] += rate(r);
        }
        sum_rate += rate(r);
        if (r.force == 3 || r.force == 4 || r.rate_units < 0) {
            if (!least || rate(r) < *least) least = rate(r);
            if (!most || rate(r) > *most) most = rate(r);
        }
        distinct.insert(r.force);
        sum_big += Rational(Integer(r.big));
    }
    int mode = 0;
    for (const auto& [a, n] : ages)
        if (n > ages[mode]) mode = a;  // ascending keys: a tie keeps the lesser
    Answer f, mth;
    f.groups = by_force;
    mth.groups = by_month;
    w.expected = {std::to_string(rows.size()), fraction_text(sum_count), fraction_text(sum_kent), shown(f),
                  std::to_string(mode), std::to_string(young_n), fraction_text(sum_rate / Rational(rows.size())),
                  least ? fraction_text(*least) : "none", most ? fraction_text(*most) : "none",
                  std::to_string(distinct.size()), fraction_text(sum_big), shown(mth)};
    return w;
}

ScanOptions with(int threads, std::size_t block = 1 << 20) {
    ScanOptions o;
    o.threads = threads;
    o.block_size = block;
    return o;
}

}  // namespace

TEST_CASE("table_scan parallel: the answers match the rows' own values for any threads and blocks") {
    const auto rows = make_rows(3000, 7);
    TempDir dir;
    const std::string path = dir.write("crimes.csv", write_csv(rows));
    const Schema s = schema_of(path);
    REQUIRE(s.columns[5].type == ColumnType::integer);
    const Workload w = workload(s, rows);
    for (int threads : {1, 2, 3, 4, 8}) {
        for (std::size_t block : {std::size_t(1) << 20, std::size_t(4096), std::size_t(61), std::size_t(1)}) {
            if (block == 1 && threads > 2) continue;  // slow, and adds nothing
            INFO("threads " << threads << ", block " << block);
            const ScanResult r = scan_ok(path, s, w.queries, with(threads, block));
            CHECK(shown(r) == w.expected);
            CHECK(r.rows == rows.size());
            CHECK(r.bytes_read == std::filesystem::file_size(path));
        }
    }
}

TEST_CASE("table_scan parallel: memory does not grow with the file") {
    TempDir dir;
    const std::string small = dir.write("small.csv", write_csv(make_rows(200, 1)));
    const std::string large = dir.write("large.csv", write_csv(make_rows(20000, 1)));
    REQUIRE(std::filesystem::file_size(large) > 50 * std::filesystem::file_size(small));
    const Schema s = schema_of(large);
    for (int threads : {1, 2}) {
        const ScanResult a = scan_ok(small, s, {query(Aggregate::count)}, with(threads, 4096));
        const ScanResult b = scan_ok(large, s, {query(Aggregate::count)}, with(threads, 4096));
        CHECK(b.largest_buffer <= 2 * 4096);  // a block and the unfinished record before it
        CHECK(b.largest_buffer >= 4096);
        CHECK(b.bytes_read > 50 * a.bytes_read);
    }
    // A record longer than a block is held whole: the buffer grows to it, not to the file.
    const std::string long_row = dir.write("long.csv", "n,note\n1,\"" + std::string(20000, 'x') + "\"\n2,short\n");
    const Schema t = schema_of(long_row);
    const ScanResult r = scan_ok(long_row, t, {query(Aggregate::sum, 0)}, with(1, 1024));
    CHECK(shown(r) == Strings{"3"});
    CHECK(r.largest_buffer >= 20000);
    CHECK(r.largest_buffer <= 2 * 20000 + 2048);
}

TEST_CASE("table_scan parallel: BOM and CRLF files split the same way") {
    const auto rows = make_rows(500, 11);
    TempDir dir;
    const std::string path = dir.write("crimes.csv", write_csv(rows, "\r\n", true));
    const Schema s = schema_of(path);
    const Workload w = workload(s, rows);
    for (int threads : {1, 2, 5, 16}) {
        INFO("threads " << threads);
        CHECK(shown(scan_ok(path, s, w.queries, with(threads, 97))) == w.expected);
    }
}

TEST_CASE("table_scan parallel: the file is read once, for one query or ten") {
    const auto rows = make_rows(2000, 3);
    TempDir dir;
    const std::string path = dir.write("crimes.csv", write_csv(rows));
    const auto size = std::filesystem::file_size(path);
    const Schema s = schema_of(path);
    const Workload w = workload(s, rows);
    const std::vector<Query> ten(w.queries.begin(), w.queries.begin() + 10);
    for (int threads : {1, 2}) {
        INFO("threads " << threads);
        CHECK(scan_ok(path, s, {w.queries[0]}, with(threads)).bytes_read == size);
        CHECK(scan_ok(path, s, ten, with(threads)).bytes_read == size);
        CHECK(scan_ok(path, s, ten, with(threads, 1000)).bytes_read == size);
    }
}

TEST_CASE("table_scan parallel: a quoted field with line ends across the split point") {
    // The middle row's force is a long quoted text whose lines look like rows: a worker
    // starting inside it would count them, unless its guess is caught and the range re-read.
    auto rows = make_rows(400, 5);
    std::string fake;
    for (int i = 0; i < 300; ++i) fake += "\n2016-04,Kent,13,5,1.5,1" + std::string(36, '0');
    const std::string head = write_csv(std::vector<Row>(rows.begin(), rows.begin() + 200));
    std::string tail = write_csv(std::vector<Row>(rows.begin() + 200, rows.end()));
    tail = tail.substr(tail.find('\n') + 1);
    const std::string middle = "2016-05," + quoted("Fake" + fake) + ",3,9,0.5,1" + std::string(36, '0') + "\n";
    TempDir dir;
    const std::string path = dir.write("crimes.csv", head + middle + tail);
    const Schema s = schema_of(path);
    const std::vector<Query> queries = workload(s, rows).queries;
    const Strings one = shown(scan_ok(path, s, queries, with(1)));  // one worker: no guess to get wrong
    CHECK(one[0] == "401");
    CHECK(one[9] == "7");  // the six forces and the fake one
    for (int threads : {2, 3, 4, 6, 9}) {
        for (std::size_t block : {std::size_t(1) << 20, std::size_t(333)}) {
            INFO("threads " << threads << ", block " << block);
            const ScanResult r = scan_ok(path, s, queries, with(threads, block));
            CHECK(shown(r) == one);
            CHECK(r.rows == 401);
            const auto size = std::filesystem::file_size(path);
            CHECK(r.bytes_read >= size);
            // Only the ranges the field spans are read again, not the rest of the file (with
            // small blocks: a re-read reads whole blocks, however few bytes it then needs).
            if (threads == 9 && block < 1000) CHECK(r.bytes_read < size + size / 2);
        }
    }
}

TEST_CASE("table_scan parallel: tiny files with more threads than bytes") {
    TempDir dir;
    for (const std::string csv : {"\xEF\xBB\xBFn\n1\n2\n", "n\r\n1\r\n2\r\n", "\"n\"\n\"1\"\n2", "n\n\n\n1\n\n2\n\n",
                                  "\n\n\nn\n1\n2\n", "\r\n\"n\"\r\n\r\n1\r\n2"}) {
        const std::string path = dir.write("t.csv", csv);
        const Schema s = schema_of(path, {{"", "n", ColumnType::integer}});
        for (int threads : {1, 2, 3, 5, 8, 64}) {
            INFO(csv << " threads " << threads);
            const ScanResult r =
                scan_ok(path, s, {query(Aggregate::sum, 0), query(Aggregate::count)}, with(threads, 2));
            CHECK(shown(r) == Strings{"3", "2"});
            // Blank lines before the header, split between workers, make the header's range read again.
            if (csv[0] != '\n' && csv[0] != '\r') CHECK(r.bytes_read == csv.size());
        }
    }
    const std::string header_only = dir.write("h.csv", "a_long_header_name,another\n");
    const Schema s = schema_of(header_only);
    for (int threads : {1, 4, 30})
        CHECK(shown(scan_ok(header_only, s, {query(Aggregate::count)}, with(threads, 3))) == Strings{"0"});
}

namespace {

// "rows first-last" of each node, as Answer::filter_rows gives them.
Strings shown_rows(const std::vector<FilterRows>& rows) {
    Strings out;
    for (const FilterRows& r : rows) out.push_back(std::to_string(r.rows) + " " + std::to_string(r.first) + "-" + std::to_string(r.last));
    return out;
}

}  // namespace

TEST_CASE("table_scan parallel: each filter node's rows, first and last, are the same for any threads and blocks") {
    const auto rows = make_rows(2000, 11);
    TempDir dir;
    const std::string path = dir.write("crimes.csv", write_csv(rows));
    const Schema s = schema_of(path);
    const std::size_t month_c = column(s, "month"), force = column(s, "force"), rate_c = column(s, "rate");
    const Filter kent_fy = all({compare(Op::eq, force, std::string("Kent")), within(month_c, fy(2016))});
    const Filter odd = any({one_of(force, {forces[3], forces[4]}), negate(compare(Op::ge, rate_c, Rational(0)))});
    const std::vector<Query> queries = {query(Aggregate::count, {}, kent_fy), query(Aggregate::sum, rate_c, odd),
                                        query(Aggregate::count)};
    // The reference, from the rows: each starts on the line after the one before it ends (the header is
    // line 1), and a force with a line end in it takes two. Nodes in filter_nodes order.
    std::vector<FilterRows> kent_nodes(3), odd_nodes(4);
    auto held = [](FilterRows& node, bool holds, std::uint64_t line) {
        if (!holds) return;
        if (node.rows++ == 0) node.first = line;
        node.last = line;
    };
    std::uint64_t line = 2;
    for (const Row& r : rows) {
        const DaySpan m = month(r.year, r.month);
        const bool kent = r.force == 0, in_fy = m.first >= fy(2016).first && m.last <= fy(2016).last;
        const bool listed = r.force == 3 || r.force == 4, positive = r.rate_units >= 0;
        held(kent_nodes[0], kent && in_fy, line), held(kent_nodes[1], kent, line), held(kent_nodes[2], in_fy, line);
        held(odd_nodes[0], listed || !positive, line), held(odd_nodes[1], listed, line);
        held(odd_nodes[2], !positive, line), held(odd_nodes[3], positive, line);
        line += 1 + static_cast<std::uint64_t>(std::count(forces[r.force].begin(), forces[r.force].end(), '\n'));
    }
    REQUIRE(kent_nodes[0].rows > 1);
    REQUIRE(odd_nodes[2].rows > 1);
    const ScanResult plain = scan_ok(path, s, queries, with(2));
    CHECK(plain.answers[0].filter_rows.empty());  // counted only when asked
    for (int threads : {1, 2, 3, 8}) {
        for (std::size_t block : {std::size_t(1) << 20, std::size_t(61)}) {
            INFO("threads " << threads << ", block " << block);
            ScanOptions options = with(threads, block);
            options.filter_rows = true;
            const ScanResult r = scan_ok(path, s, queries, options);
            CHECK(shown_rows(r.answers[0].filter_rows) == shown_rows(kent_nodes));
            CHECK(shown_rows(r.answers[1].filter_rows) == shown_rows(odd_nodes));
            CHECK(r.answers[2].filter_rows.size() == 1);  // no `where`: the one node that holds for every row
            CHECK(r.answers[2].filter_rows[0].rows == rows.size());
            CHECK(*r.answers[0].value == Rational(kent_nodes[0].rows));  // the answers are as without counting
            CHECK(*r.answers[1].value == *plain.answers[1].value);
        }
    }
}
