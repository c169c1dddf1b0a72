// engine/tables/csv/table_schema: a table's header read into a schema: the delimiter sniffed,
// columns named, declared columns matched, the rest typed from the first rows.
#include "engine/tables/csv/table_schema.hpp"

#include "table_support.hpp"

using namespace claimcheck;
using namespace claimcheck::test;

namespace {

std::vector<std::string> names(const Schema& s) {
    std::vector<std::string> out;
    for (const auto& c : s.columns) out.push_back(c.name);
    return out;
}

std::vector<std::string> types(const Schema& s) {
    std::vector<std::string> out;
    for (const auto& c : s.columns) out.push_back(type_name(c.type));
    return out;
}

DataError schema_error(const std::string& path, const std::vector<Column>& declared = {}) {
    auto read = read_schema(path, declared, std::nullopt);
    REQUIRE(std::holds_alternative<DataError>(read));
    return std::get<DataError>(read);
}

Column declared(const std::string& header, const std::string& name, ColumnType type) { return {header, name, type}; }

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("table_schema: the delimiter is the most frequent of , ; TAB outside quotes") {
    CHECK(sniff_delimiter("a,b,c\n") == ',');
    CHECK(sniff_delimiter("a;b;c\n1,5;2,5;3\n") == ';');
    CHECK(sniff_delimiter("a\tb\tc,d\n") == '\t');
    CHECK(sniff_delimiter("\"a;b;c\",d\n") == ',');   // inside quotes they do not count
    CHECK(sniff_delimiter("\"x\ny,z,w\";d;e\n") == ';');  // the header's first line ends outside quotes
    CHECK(sniff_delimiter("a;b\n,,,,,,,\n") == ';');    // the first line only
    CHECK(sniff_delimiter("single\n") == ',');
    CHECK(sniff_delimiter("Table 1: offences\n\nforce;count\nKent;3\n") == ';');  // past a title
    CHECK_FALSE(sniff_delimiter("Table 1: offences\nforce;co", false));  // the line is still to come
    CHECK(sniff_delimiter("a,b;c\n") == ',');           // a tie goes to the comma
}

TEST_CASE("table_schema: each type inferred from the cells' shapes") {
    TempDir dir;
    const std::string path = dir.write("t.csv",
                                       "Month,Force,Offence group,Age,Rate,Day,Year,Code\n"
                                       "2016-04,Kent,Rape,13,0.5,2016-04-01,2016/17,007\n"
                                       "2016-05,Essex,Other,,12,2016-02-30,FY2017/18,x1\n"
                                       "2016-06,Avon,Other,-4,-3.25,2017-01-31,FY 2018/19,12\n");
    const Schema s = schema_of(path);
    CHECK(s.delimiter == ',');
    CHECK(names(s) == Strings{"month", "force", "offence_group", "age", "rate", "day", "year", "code"});
    CHECK(types(s) == Strings{"date", "text", "text", "integer", "decimal", "date", "period", "text"});
    CHECK(s.columns[2].header == "Offence group");
    CHECK(s.index_of("offence_group") == 2);
    CHECK_FALSE(s.index_of("Offence group"));
}

TEST_CASE("table_schema: a title and notes above the header are a preamble, not the header") {
    TempDir dir;
    const Schema titled = schema_of(dir.write("t.csv", "Table 1: Offences by force;;\n\"Source: Home Office; 2017\"\n\n"
                                                        "Force;Offences\nKent;\"1,820\"\nEssex;610\n"));
    CHECK(titled.preamble == 2);
    CHECK(titled.delimiter == ';');
    CHECK(names(titled) == Strings{"force", "offences"});
    CHECK(types(titled) == Strings{"text", "integer"});
    CHECK(schema_of(dir.write("u.csv", "force,offences\nKent,1820\n")).preamble == 0);
    const Schema single = schema_of(dir.write("v.csv", "Offences\n1820\n610\n"));  // one column: its header first
    CHECK(single.preamble == 0);
    CHECK(names(single) == Strings{"offences"});
}

TEST_CASE("table_schema: only the first rows decide") {
    TempDir dir;
    std::string csv = "n\n";
    for (int i = 0; i < 5; ++i) csv += std::to_string(i) + "\n";
    csv += "five\n";
    const std::string path = dir.write("t.csv", csv);
    CHECK(std::get<Schema>(read_schema(path, {}, std::nullopt, 5)).columns[0].type == ColumnType::integer);
    CHECK(std::get<Schema>(read_schema(path, {}, std::nullopt, 6)).columns[0].type == ColumnType::text);
}

TEST_CASE("table_schema: where no row reads, the first one's problem is the file's, not a text column") {
    TempDir dir;
    const std::string cp1252 = dir.write("a.csv", "area,spend\nKent,\"\xA3" "1,200\"\nEssex,\"\xA3" "700\"\n");
    const auto e = std::get<DataError>(read_schema(cp1252, {}, std::nullopt));
    CHECK(e.row == 2);
    CHECK(e.message.starts_with("invalid UTF-8 (is the file in another encoding, such as Windows-1252?"));
    // One row readable is evidence enough: the scan names the bad row when it reaches it.
    const std::string mixed = dir.write("b.csv", "area,spend\nKent,1200\nEssex,\"\xA3" "700\"\n");
    CHECK(std::get<Schema>(read_schema(mixed, {}, std::nullopt)).columns[1].type == ColumnType::integer);
}

TEST_CASE("table_schema: BOM, CRLF, quoted headers, semicolons and tabs") {
    TempDir dir;
    const Schema bom = schema_of(dir.write("a.csv", "\xEF\xBB\xBF\"Offence group\";\"A;B\";n\r\nx;y;1\r\n"));
    CHECK(bom.delimiter == ';');
    CHECK(names(bom) == Strings{"offence_group", "a_b", "n"});
    CHECK(types(bom) == Strings{"text", "text", "integer"});
    const Schema tabs = schema_of(dir.write("b.tsv", "a\tb\n1,5\t2\n"));
    CHECK(tabs.delimiter == '\t');
    CHECK(types(tabs) == Strings{"text", "integer"});
    const Schema given = schema_of(dir.write("c.csv", "a;b,c\n1;2,3\n"), {}, ';');
    CHECK(names(given) == Strings{"a", "b_c"});
}

TEST_CASE("table_schema: declared columns by header or by name set name and type") {
    TempDir dir;
    const std::string path = dir.write("t.csv", "month,Offence group,count,code\n2016-04,Rape,5,12\n");
    const Schema s = schema_of(path, {declared("Offence group", "offence", ColumnType::text),
                                      declared("", "code", ColumnType::text),
                                      declared("", "count", ColumnType::decimal)});
    CHECK(names(s) == Strings{"month", "offence", "count", "code"});
    CHECK(types(s) == Strings{"date", "text", "decimal", "text"});
    const Schema by_header = schema_of(path, {declared("", "Offence group", ColumnType::text)});
    CHECK(names(by_header)[1] == "Offence group");
}

TEST_CASE("table_schema: a declared column matches a header but for case, spaces and punctuation") {
    TempDir dir;
    const std::string path = dir.write("t.csv", "Ward,Offence group,N,Age (years)\nRiverside,Rape,5,13\n");
    const Schema s = schema_of(path, {declared("ward", "ward", ColumnType::text),
                                      declared("Offence_Group", "offence", ColumnType::text),
                                      declared("n", "n", ColumnType::decimal),
                                      declared("", "AgeYears", ColumnType::integer)});
    CHECK(names(s) == Strings{"ward", "offence", "n", "AgeYears"});
    CHECK(types(s) == Strings{"text", "text", "decimal", "integer"});
    CHECK(s.columns[1].header == "Offence group");
    // Set aside only punctuation: "wards" is not "Ward", nor is a name of punctuation alone any header.
    CHECK(schema_error(path, {declared("wards", "wards", ColumnType::text)}).declared == 0u);
    CHECK(schema_error(dir.write("p.csv", "%,a\n1,2\n"), {declared("!", "x", ColumnType::text)}).message.starts_with(
        "no column \"!\""));
}

TEST_CASE("table_schema: an exact header wins; two loose matches are an error naming both") {
    TempDir dir;
    const std::string path = dir.write("t.csv", "AGE,Age,age group\n1,2,x\n");
    const Schema exact = schema_of(path, {declared("Age", "years", ColumnType::integer)});
    CHECK(names(exact) == Strings{"age", "years", "age_group"});
    const DataError two = schema_error(path, {declared("ward", "ward", ColumnType::text),
                                              declared("age", "age", ColumnType::integer)});
    CHECK(two.message == "no column \"ward\" in the header; its columns are \"AGE\", \"Age\", \"age group\"");
    const DataError either = schema_error(path, {declared("aGe", "age", ColumnType::integer)});
    CHECK(either.declared == 0u);
    CHECK(either.message == "column \"aGe\" could be \"AGE\" or \"Age\": write the header exactly, in quotes: "
                            "column \"AGE\" as age integer");
}

TEST_CASE("table_schema: a declared column the header lacks is an error at the declaration") {
    TempDir dir;
    const std::string path = dir.write("t.csv", "month,count\n2016-04,5\n");
    const DataError e = schema_error(path, {declared("", "month", ColumnType::date),
                                            declared("", "force", ColumnType::text)});
    CHECK(e.file == path);
    CHECK(e.declared == 1u);  // the second declared column
    CHECK(e.row == 1);        // the header's row and line, for the note that points at it
    CHECK(e.message == "no column \"force\" in the header; its columns are \"month\", \"count\"");
    CHECK(e.line == "month,count");
    CHECK(e.text.empty());
    std::string wide;
    for (int i = 0; i < 12; ++i) wide += (i ? ",h" : "h") + std::to_string(i);
    CHECK(schema_error(dir.write("w.csv", wide + "\n"), {declared("", "force", ColumnType::text)}).message ==
          "no column \"force\" in the header; its columns are \"h0\", \"h1\", \"h2\", \"h3\", \"h4\", \"h5\", "
          "\"h6\", \"h7\", \"h8\", \"h9\" and 2 more");
    const DataError twice =
        schema_error(path, {declared("", "count", ColumnType::integer), declared("Count", "", ColumnType::integer)});
    CHECK(twice.message == "column \"Count\" declared twice");
    CHECK(twice.declared == 1u);
}

TEST_CASE("table_schema: two columns with one name are an error at the second") {
    TempDir dir;
    const DataError e = schema_error(dir.write("t.csv", "Force,count,force\nKent,1,Kent\n"));
    CHECK(e.row == 1);
    CHECK(e.column == 3);
    CHECK(e.character == 13);
    CHECK(e.message == "two columns named \"force\"");
    CHECK(e.text == "force");
    CHECK(e.line == "Force,count,force");
    const DataError renamed =
        schema_error(dir.write("u.csv", "a,b\n1,2\n"), {declared("", "b", ColumnType::integer),
                                                        declared("a", "b", ColumnType::integer)});
    CHECK(renamed.message == "two columns named \"b\"");
}

TEST_CASE("table_schema: an empty, missing or malformed file has no schema") {
    TempDir dir;
    CHECK(schema_error(dir.write("empty.csv", "")).message == "no header row: the file is empty");
    CHECK(schema_error(dir.write("blank.csv", "\n\r\n")).message == "no header row: the file is empty");
    const DataError missing = schema_error(dir.file("none.csv"));
    CHECK(missing.message == "no such file");
    CHECK(missing.row == 0);
    const DataError open = schema_error(dir.write("q.csv", "a,\"b\n1,2\n"));
    CHECK(open.message == "unterminated quote");
    CHECK(open.column == 2);
    CHECK(open.character == 3);
}

TEST_CASE("table_schema: a header-only file has text columns") {
    TempDir dir;
    const Schema s = schema_of(dir.write("t.csv", "month,count\n"));
    CHECK(types(s) == Strings{"text", "text"});
}

TEST_CASE("table_schema: a sample of the text columns' values from the first rows") {
    TempDir dir;
    const std::string path = dir.write("m.csv", "\xEF\xBB\xBF" "competition,venue,goals\nleague,home,2\ncup,away,1\n"
                                                "league,\"away\",3\nleague,home,0\n");
    const Schema s = schema_of(path);
    const TextSample all = sample_text(path, s, 100, 10);
    REQUIRE(all.values.size() == 3);
    CHECK(all.values[0] == Strings{"cup", "league"});  // distinct, in byte order
    CHECK(all.values[1] == Strings{"away", "home"});
    CHECK(all.values[2].empty());  // a number column has no texts to compare
    CHECK(all.whole);
    // Fewer rows than the table has: what they hold, and not `whole`.
    const TextSample first = sample_text(path, s, 2, 10);
    CHECK(first.values[0] == Strings{"cup", "league"});
    CHECK_FALSE(first.whole);
    // At most so many values a column.
    CHECK(sample_text(path, s, 100, 1).values[0].size() == 1);
    // A file that cannot be read has no sample; the scan says why.
    CHECK(sample_text(dir.file("none.csv"), s, 100, 10).values.empty());
}

TEST_CASE("table_schema: markers and total labels say nothing of a column's type") {
    TempDir dir;
    const std::string path = dir.write("t.csv", "area,n,m,month,withheld\nNorth,[c],1.5,Apr-22,[x]\nSouth,12,..,2022-05,..\nTotal,12,1.5,Total,-\n");
    const Schema s = schema_of(path);
    CHECK(s.columns[column(s, "area")].type == ColumnType::text);
    CHECK(s.columns[column(s, "n")].type == ColumnType::integer);
    CHECK(s.columns[column(s, "m")].type == ColumnType::decimal);
    CHECK(s.columns[column(s, "month")].type == ColumnType::date);
    CHECK(s.columns[column(s, "withheld")].type == ColumnType::integer);  // all withheld: numbers nobody has
}
