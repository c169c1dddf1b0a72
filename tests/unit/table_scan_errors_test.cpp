// engine/tables/csv/table_scan: bad data is an error naming file, row, column and the offending
// text (never a skipped row), unless lenient: then skipped rows are counted.
#include "engine/tables/csv/table_scan.hpp"

#include "table_support.hpp"

using namespace claimcheck;
using namespace claimcheck::test;

namespace {

const std::vector<Column> typed = {{"", "month", ColumnType::date},
                                   {"", "force", ColumnType::text},
                                   {"", "age", ColumnType::integer},
                                   {"", "rate", ColumnType::decimal},
                                   {"", "year", ColumnType::period}};

const std::string header = "month,force,age,rate,year\n";
const std::string good = "2016-04,Kent,13,0.5,2016/17\n";

// The error a scan of the header, a good row, and `bad` reports.
DataError error_of(const std::string& bad, int threads = 2) {
    TempDir dir;
    const std::string path = dir.write("t.csv", header + good + bad + good);
    const Schema schema = schema_of(path, typed);
    ScanOptions options;
    options.threads = threads;
    const ScanResult r = scan_table(path, schema, {query(Aggregate::count)}, options);
    REQUIRE(r.error);
    CHECK(r.error->file == path);
    CHECK(r.answers.empty());
    return *r.error;
}

std::string where(const DataError& e) {
    return std::to_string(e.row) + ":" + std::to_string(e.column) + ":" + std::to_string(e.character) + ": " +
           e.message + " [" + e.text + "]";
}

}  // namespace

TEST_CASE("table_scan errors: a wrong number of fields") {
    CHECK(where(error_of("2016-04,Kent,13,0.5\n")) == "3:5:20: 4 fields, expected 5 [2016-04,Kent,13,0.5]");
    CHECK(where(error_of("2016-04,Kent,13,0.5,2016/17,extra\n")) ==
          "3:6:29: 6 fields, expected 5 [2016-04,Kent,13,0.5,2016/17,extra]");
    CHECK(where(error_of("lonely\n")) == "3:2:7: 1 field, expected 5 [lonely]");
    CHECK(error_of("2016-04,Kent,13,0.5\n").line == "2016-04,Kent,13,0.5");
}

TEST_CASE("table_scan errors: text or nothing in a number column") {
    CHECK(where(error_of("2016-04,Kent,thirteen,0.5,2016/17\n")) ==
          "3:3:14: text in an integer column [thirteen]");
    CHECK(where(error_of("2016-04,Kent,13.5,0.5,2016/17\n")) == "3:3:14: text in an integer column [13.5]");
    CHECK(where(error_of("2016-04,Kent,,0.5,2016/17\n")) == "3:3:14: empty cell in an integer column []");
    CHECK(where(error_of("2016-04,Kent,13,\"\",2016/17\n")) == "3:4:17: empty cell in a decimal column []");
    CHECK(where(error_of("2016-04,Kent,13,1e3x,2016/17\n")) == "3:4:17: text in a decimal column [1e3x]");
    CHECK(where(error_of("2016-04,Kent,13,1e999,2016/17\n")) == "3:4:17: text in a decimal column [1e999]");
}

TEST_CASE("table_scan errors: impossible dates and periods") {
    CHECK(where(error_of("2017-02-30,Kent,13,0.5,2016/17\n")) == "3:1:1: no such date [2017-02-30]");
    CHECK(where(error_of("April,Kent,13,0.5,2016/17\n")) ==
          "3:1:1: text in a date column (dates are written YYYY-MM-DD, YYYY-MM or Apr-22) [April]");
    CHECK(where(error_of("2016-04,Kent,13,0.5,2016/18\n")) ==
          "3:5:21: not a financial year: the second year must follow the first [2016/18]");
    CHECK(where(error_of("2016-04,Kent,13,0.5,\n")) == "3:5:21: empty cell in a period column []");
}

TEST_CASE("table_scan errors: quoting and encoding") {
    const DataError open = error_of("2016-04,\"Kent,13,0.5,2016/17\n");
    CHECK(open.row == 3);
    CHECK(open.column == 2);
    CHECK(open.character == 9);
    CHECK(open.message == "unterminated quote");
    CHECK(open.text == "\"Kent,13,0.5,2016/17\u2026");  // the field runs on over line ends: shown to the first
    CHECK(where(error_of("2016-04,Ke\"nt,13,0.5,2016/17\n")) == "3:2:9: quote inside an unquoted field [Ke\"nt]");
    CHECK(where(error_of("2016-04,\"Kent\"x,13,0.5,2016/17\n")) == "3:2:9: text after a closing quote [\"Kent\"x]");
    const DataError utf8 = error_of("2016-04,K\xFFnt,13,0.5,2016/17\n");
    CHECK(where(utf8) == "3:2:9: invalid UTF-8 [K\xEF\xBF\xBDnt]");  // shown with U+FFFD
    CHECK(utf8.line == "2016-04,K\xEF\xBF\xBDnt,13,0.5,2016/17");
}

TEST_CASE("table_scan errors: rows and characters count what comes before") {
    // A quoted line end makes a row two lines; characters count UTF-8 characters, not bytes.
    const DataError e = error_of("2016-05,\"Two\nlines\",14,1,2016/17\n2016-06,Caf\xC3\xA9 \xC3\xA9t\xC3\xA9,x,1,2016/17\n");
    CHECK(where(e) == "5:3:18: text in an integer column [x]");
    CHECK(e.line == "2016-06,Caf\xC3\xA9 \xC3\xA9t\xC3\xA9,x,1,2016/17");
    // A bad field that starts on a row's second line has no character on its first.
    const DataError second = error_of("2016-05,\"Two\nlines\",fourteen,1,2016/17\n");
    CHECK(second.row == 3);
    CHECK(second.column == 3);
    CHECK(second.character == 0);
    CHECK(second.line == "2016-05,\"Two");
}

TEST_CASE("table_scan errors: the first bad row by file order, whatever the threads") {
    std::string rows;
    for (int i = 0; i < 200; ++i) rows += good;
    const std::string bad = rows + "2016-04,Kent,x,0.5,2016/17\n" + rows + "2016-04,Kent,13\n" + rows;
    for (int threads : {1, 2, 3, 4, 7}) {
        INFO("threads " << threads);
        CHECK(where(error_of(bad, threads)) == "203:3:14: text in an integer column [x]");
    }
    const std::string late = rows + rows + "2016-04,Kent,13\n" + rows;
    for (int threads : {1, 2, 5}) CHECK(where(error_of(late, threads)) == "403:4:16: 3 fields, expected 5 [2016-04,Kent,13]");
}

TEST_CASE("table_scan errors: lenient scans skip bad rows and count them") {
    TempDir dir;
    std::string csv = header + good;
    csv += "2016-04,Kent,x,0.5,2016/17\n" + good + "2016-04,\"Kent\n" + good + "2017-02-30,Kent,1,1,2016/17\n";
    csv += "2016-04,Essex,15,1.5,2016/17\n";
    const std::string path = dir.write("t.csv", csv);
    const Schema schema = schema_of(path, typed);
    for (int threads : {1, 2, 3}) {
        INFO("threads " << threads);
        ScanOptions options;
        options.lenient = true;
        options.threads = threads;
        const ScanResult r = scan_table(path, schema,
                                        {query(Aggregate::count), query(Aggregate::sum, column(schema, "rate"))},
                                        options);
        CHECK_FALSE(r.error);
        // The unterminated quote swallows the rest of the file: one skipped row.
        CHECK(shown(r) == std::vector<std::string>{"2", "1"});
        CHECK(r.skipped == 2);
        CHECK(r.rows == 4);
        REQUIRE(r.first_skipped);
        CHECK(where(*r.first_skipped) == "3:3:14: text in an integer column [x]");
    }
}

TEST_CASE("table_scan errors: lenient skipping of rows with a wrong field count") {
    TempDir dir;
    const std::string path = dir.write("t.csv", "a,b\n1,2\n3\n4,5,6\n7,8\n");
    const Schema schema = schema_of(path);
    ScanOptions options;
    options.lenient = true;
    const ScanResult r = scan_table(path, schema, {query(Aggregate::sum, column(schema, "a"))}, options);
    CHECK(shown(r) == std::vector<std::string>{"8"});
    CHECK(r.skipped == 2);
    CHECK(r.first_skipped->row == 3);
}

TEST_CASE("table_scan errors: a file that cannot be read") {
    TempDir dir;
    Schema schema;
    schema.columns = {{"a", "a", ColumnType::integer}};
    const ScanResult r = scan_table(dir.file("missing.csv"), schema, {query(Aggregate::count)});
    REQUIRE(r.error);
    CHECK(r.error->row == 0);
    CHECK(r.error->message == "no such file");
    CHECK(r.answers.empty());
}

TEST_CASE("table_scan errors: a bad byte after many clean rows is found whatever the block size") {
    // Blocks of clean rows are surveyed once and their records not checked byte by byte: the
    // survey must stop at the first odd byte in every block, refilled or not, CRLF or LF.
    for (const std::string eol : {"\n", "\r\n"}) {
        for (const std::string bad : {"Ke\x07nt", "K\xC3t", "Ke\rnt", "\"Ke\x01nt\""}) {
            std::string csv = "force,n" + eol;
            for (int i = 0; i < 500; ++i) csv += "Kent,1" + eol;
            csv += bad + ",2" + eol;
            for (int i = 0; i < 100; ++i) csv += "Kent,1" + eol;
            TempDir dir;
            const std::string path = dir.write("t.csv", csv);
            const Schema schema = schema_of(path);
            for (std::size_t block : {std::size_t{64}, std::size_t{1000}, std::size_t{1} << 20}) {
                INFO("block " << block << ", bad " << bad << ", CRLF " << (eol.size() == 2));
                ScanOptions options;
                options.block_size = block;
                const ScanResult r = scan_table(path, schema, {query(Aggregate::count)}, options);
                REQUIRE(r.error);
                CHECK(r.error->row == 502);
            }
        }
        std::string clean = "force,n" + eol;
        for (int i = 0; i < 600; ++i) clean += "\"Kent" + eol + "East\",1" + eol;  // line ends inside quotes are fine
        TempDir dir;
        const std::string path = dir.write("t.csv", clean);
        ScanOptions options;
        options.block_size = 64;
        const ScanResult r = scan_table(path, schema_of(path), {query(Aggregate::count)}, options);
        CHECK_FALSE(r.error);
        CHECK(shown(r.answers.at(0)) == "600");
    }
}
