// The spreadsheet readers on any XML: the first byte picks the kind of workbook, the rest is
// its sheet's part (an .xlsx's xl/worksheets/sheet1.xml, an .ods's content.xml), zipped here with
// libzip into a workbook whose other parts are fixed. The table is read, its schema inferred and
// every aggregate that fits each column asked for, strictly and leniently: an answer, or a
// DataError (a malformed part, a limit, a bad cell); nothing else thrown.
#include "fuzz_support.hpp"

#include "engine/tables/sheet/sheet_source.hpp"

#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace {

using namespace claimcheck;

constexpr const char* main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* rels_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* package_ns = "http://schemas.openxmlformats.org/package/2006/relationships";

std::vector<std::pair<std::string, std::string>> xlsx_parts(std::string_view sheet) {
    return {
        {"xl/workbook.xml", std::string("<workbook xmlns=\"") + main_ns + "\" xmlns:r=\"" + rels_ns +
                                "\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels", std::string("<Relationships xmlns=\"") + package_ns +
                                           "\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
                                           "</Relationships>"},
        {"xl/sharedStrings.xml", std::string("<sst xmlns=\"") + main_ns + "\"><si><t>a</t></si><si><r><t>b</t></r></si></sst>"},
        {"xl/styles.xml", std::string("<styleSheet xmlns=\"") + main_ns +
                              "\"><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"10\"/></cellXfs></styleSheet>"},
        {"xl/worksheets/sheet1.xml", std::string(sheet)},
    };
}

// Writes the parts as a zip at path; false if libzip cannot.
bool write_zip(const std::string& path, const std::vector<std::pair<std::string, std::string>>& parts) {
    int error = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z) return false;
    for (const auto& [name, text] : parts) {
        zip_source_t* source = zip_source_buffer(z, text.data(), text.size(), 0);  // read at zip_close
        if (!source || zip_file_add(z, name.c_str(), source, ZIP_FL_OVERWRITE) < 0) {
            if (source) zip_source_free(source);
            zip_discard(z);
            return false;
        }
    }
    return zip_close(z) == 0;
}

std::vector<Query> every_query(const Schema& schema) {
    std::vector<Query> queries{Query{}};  // count of rows
    for (std::size_t c = 0; c < schema.columns.size(); ++c) {
        const ColumnType t = schema.columns[c].type;
        queries.push_back({Aggregate::distinct, c, {}, std::nullopt});
        queries.push_back({Aggregate::count, std::nullopt, {}, c});
        if (t == ColumnType::integer || t == ColumnType::decimal)
            for (Aggregate a : {Aggregate::sum, Aggregate::mean, Aggregate::min, Aggregate::max, Aggregate::mode})
                queries.push_back({a, c, {}, std::nullopt});
    }
    return queries;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const bool ods = data[0] & 1;
    const std::string_view part(reinterpret_cast<const char*>(data) + 1, size - 1);
    const std::string path = (fuzz::scratch() / (ods ? "book.ods" : "book.xlsx")).string();
    const auto parts = ods ? std::vector<std::pair<std::string, std::string>>{{"content.xml", std::string(part)}}
                           : xlsx_parts(part);
    if (!write_zip(path, parts)) return 0;
    const SheetSource source(path, ods ? WorkbookKind::ods : WorkbookKind::xlsx, std::nullopt, std::nullopt);
    auto schema = source.schema({});
    if (std::holds_alternative<DataError>(schema)) return 0;
    const std::vector<Query> queries = every_query(std::get<Schema>(schema));
    source.scan(std::get<Schema>(schema), queries, {});
    ScanOptions lenient;
    lenient.lenient = true;
    source.scan(std::get<Schema>(schema), queries, lenient);
    source.sample(std::get<Schema>(schema), 100, 10);
    return 0;
}
