// engine/tables/sheet/sheet_source (with the xlsx and ods readers and sheet_table under it): the committed
// workbooks of tests/bad/data (written by tests/sheets/make_workbooks.py) read as tables: a sheet
// and range chosen or defaulted, merged headers over sub-headers, typed columns, exact aggregates,
// and each error with the clause or cell it names.
#include "engine/tables/sheet/sheet_source.hpp"

#include "engine/core/deadline.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

std::string fixture(const std::string& name) { return std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/bad/data/" + name; }

SheetSource release(std::optional<std::string> sheet, std::optional<std::string> range, const std::string& file = "release.xlsx") {
    return SheetSource(fixture(file), WorkbookKind::xlsx, std::move(sheet), std::move(range));
}

Schema schema_of(const SheetSource& source, const std::vector<Column>& declared = {}) {
    auto read = source.schema(declared);
    if (auto* e = std::get_if<DataError>(&read)) FAIL(e->message);
    return std::get<Schema>(read);
}

DataError error_of(const SheetSource& source) {
    auto read = source.schema({});
    REQUIRE(std::holds_alternative<DataError>(read));
    return std::get<DataError>(read);
}

}  // namespace

TEST_CASE("sheet_source: the kind of workbook is the file's extension") {
    CHECK(workbook_kind("release.xlsx") == WorkbookKind::xlsx);
    CHECK(workbook_kind("RELEASE.XLSX") == WorkbookKind::xlsx);
    CHECK(workbook_kind("a/b.ods") == WorkbookKind::ods);
    CHECK_FALSE(workbook_kind("release.csv"));
    CHECK_FALSE(workbook_kind("xlsx"));
}

TEST_CASE("sheet_source: a range's first row is the header, merged cells joined to their sub-headers") {
    const Schema schema = schema_of(release("Table 3", "A5:E60"));
    std::vector<std::string> names, types;
    for (const auto& c : schema.columns) {
        names.push_back(c.name);
        types.push_back(type_name(c.type));
    }
    CHECK(names == std::vector<std::string>{"force", "offences_2016", "offences_2017", "rate", "published"});
    CHECK(types == std::vector<std::string>{"text", "integer", "integer", "decimal", "date"});
    CHECK(schema.columns[1].header == "Offences 2016");
}

TEST_CASE("sheet_source: the sums are exact, from the digits stored and the text shown") {
    const SheetSource source = release("Table 3", "A5:E");
    const Schema schema = schema_of(source);
    std::vector<Query> queries(3);
    queries[0] = {Aggregate::sum, 1, {}, std::nullopt};
    queries[1] = {Aggregate::sum, 2, {}, std::nullopt};
    queries[2] = {Aggregate::sum, 3, {}, std::nullopt};
    const ScanResult result = source.scan(schema, queries, {});
    REQUIRE_FALSE(result.error);
    CHECK(result.rows == 3);
    CHECK(*result.answers[0].value == Rational(4080));
    CHECK(*result.answers[1].value == Rational(4197));   // "1,905" as text, as printed
    CHECK(*result.answers[2].value == Rational(1, 2));   // 0.1 + 0.25 + 1.5E-1
}

TEST_CASE("sheet_source: an .ods workbook gives the same table, past its runs of repeated empty cells") {
    const SheetSource source(fixture("release.ods"), WorkbookKind::ods, "Table 3", "A5:E60");
    const Schema schema = schema_of(source);
    REQUIRE(schema.columns.size() == 5);
    CHECK(schema.columns[2].header == "Offences 2017");  // covered cells under the merge, then the sub-header
    CHECK(schema.columns[4].type == ColumnType::date);
    std::vector<Query> queries(2);
    queries[0] = {Aggregate::sum, 2, {}, std::nullopt};
    queries[1] = {Aggregate::sum, 3, {}, std::nullopt};
    const ScanResult result = source.scan(schema, queries, {});
    REQUIRE_FALSE(result.error);
    CHECK(*result.answers[0].value == Rational(4197));
    CHECK(*result.answers[1].value == Rational(1, 2));
    const SheetSource first(fixture("release.ods"), WorkbookKind::ods, std::nullopt, std::nullopt);
    CHECK(schema_of(first).columns.at(0).header == "About this release");
    const SheetSource missing(fixture("release.ods"), WorkbookKind::ods, "Table 9", std::nullopt);
    CHECK(error_of(missing).message == "no sheet \"Table 9\" in the workbook; its sheets are \"Notes\", \"Table 3\"");
}

TEST_CASE("sheet_source: without a sheet, the first; without a range, the used area") {
    const Schema notes = schema_of(release(std::nullopt, std::nullopt));
    REQUIRE(notes.columns.size() == 1);
    CHECK(notes.columns[0].header == "About this release");
    const Schema whole = schema_of(release("Table 3", std::nullopt));
    CHECK(whole.columns[0].header == "Table 3: Offences by force");  // the title is the first non-empty row
}

TEST_CASE("sheet_source: a missing sheet, a malformed or empty range name their clause") {
    const DataError missing = error_of(release("Table 9", std::nullopt));
    CHECK(missing.part == SourcePart::sheet);
    CHECK(missing.message == "no sheet \"Table 9\" in the workbook; its sheets are \"Notes\", \"Table 3\"");
    const DataError malformed = error_of(release("Table 3", "A5:5E"));
    CHECK(malformed.part == SourcePart::range);
    const DataError empty = error_of(release("Table 3", "G1:H9"));
    CHECK(empty.part == SourcePart::range);
    CHECK(empty.message == "range \"G1:H9\" holds no cell of sheet \"Table 3\", whose cells are in A1:E9");
}

TEST_CASE("sheet_source: a file that is not a workbook is unreadable, saying why") {
    const DataError e = error_of(release(std::nullopt, std::nullopt, "not_a_zip.xlsx"));
    CHECK(e.unreadable);
    CHECK(e.row == 0);
    CHECK(e.message.starts_with("not a workbook: not a zip archive"));
    const DataError ods = error_of(SheetSource(fixture("release.xlsx"), WorkbookKind::ods, std::nullopt, std::nullopt));
    CHECK(ods.message == "not a workbook: no content.xml");  // an .xlsx named .ods
}

TEST_CASE("sheet_source: a bad cell is named by its sheet and reference; declared columns fix the types") {
    const SheetSource source = release("Table 3", "A5:E60", "bad_cell.xlsx");
    const Schema inferred = schema_of(source);
    CHECK(inferred.columns[1].type == ColumnType::text);  // "n/a" among the numbers
    const Schema schema = schema_of(source, {{"", "offences_2016", ColumnType::integer}});
    const ScanResult result = source.scan(schema, {Query{Aggregate::count, std::nullopt, {}, std::nullopt}}, {});
    REQUIRE(result.error);
    CHECK(result.error->place == "sheet \"Table 3\" cell B8");
    CHECK(result.error->message == "text in an integer column");
    CHECK(result.error->text == "n/a");
    ScanOptions lenient;
    lenient.lenient = true;
    const ScanResult skipped = source.scan(schema, {Query{Aggregate::count, std::nullopt, {}, std::nullopt}}, lenient);
    REQUIRE_FALSE(skipped.error);
    CHECK(skipped.skipped == 1);
    CHECK(*skipped.answers[0].value == Rational(2));
}

TEST_CASE("sheet_source: reading a workbook stops at the run's time limit, naming the part it was reading") {
    const Deadline spent(0.000001, Deadline::Clock::now() - std::chrono::seconds(1));
    const Deadline::Scope installed(spent);
    try {
        (void)release("Table 3", "A5:E60").schema({});
        FAIL("read past the time limit");
    } catch (const LimitExceeded& e) {
        CHECK(std::string(e.what()).starts_with("stopped while reading _rels/.rels of "));
    }
}
