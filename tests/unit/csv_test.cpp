// engine/tables/csv/csv: the RFC 4180 record reader: quoting, line ends, blank lines, byte order
// marks, records cut by the buffer's end, and malformed records with their positions.
#include "engine/tables/csv/csv.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace claimcheck;
using namespace std::string_literals;

namespace {

struct Read {
    std::vector<std::vector<std::string>> records;
    std::vector<std::uint64_t> lines;
    std::vector<std::string> problems;  // "line:field: message [text]"
};

// Every record of a whole document, going on past errors as a lenient caller would.
Read read_all(std::string_view data, char delimiter = ',') {
    CsvReader reader(delimiter);
    Record record;
    Read out;
    std::size_t pos = bom_length(data);
    for (;;) {
        const auto status = reader.next(data, pos, true, record);
        if (status == CsvReader::Status::end) return out;
        REQUIRE(status != CsvReader::Status::incomplete);
        if (status == CsvReader::Status::error) {
            const CsvProblem& p = reader.problem();
            out.problems.push_back(std::to_string(p.line) + ":" + std::to_string(p.field) + ": " + p.message + " [" +
                                   std::string(p.text) + "]");
            continue;
        }
        out.records.emplace_back(record.fields.begin(), record.fields.end());
        out.lines.push_back(record.line);
    }
}

// The same document fed in pieces of `chunk` bytes into a buffer that keeps only
// the unfinished record, as the scan does.
Read read_in_chunks(const std::string& data, std::size_t chunk) {
    CsvReader reader(',');
    Record record;
    Read out;
    std::string buffer;
    std::size_t fed = 0, pos = 0;
    for (;;) {
        const bool final = fed == data.size();
        const auto status = reader.next(buffer, pos, final, record);
        if (status == CsvReader::Status::end) return out;
        if (status == CsvReader::Status::incomplete) {
            REQUIRE(!final);
            buffer.erase(0, pos);
            pos = 0;
            buffer += data.substr(fed, chunk);
            fed = std::min(data.size(), fed + chunk);
            continue;
        }
        if (status == CsvReader::Status::error) {
            out.problems.push_back(reader.problem().message);
            continue;
        }
        out.records.emplace_back(record.fields.begin(), record.fields.end());
        out.lines.push_back(record.line);
    }
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("csv: plain records, fields and their line numbers") {
    Read r = read_all("a,b,c\n1,2,3\n,,\nlast,row,here");
    CHECK(r.records == Rows{{"a", "b", "c"}, {"1", "2", "3"}, {"", "", ""}, {"last", "row", "here"}});
    CHECK(r.lines == std::vector<std::uint64_t>{1, 2, 3, 4});
    CHECK(r.problems.empty());
}

TEST_CASE("csv: quoted fields hold delimiters, doubled quotes and line ends") {
    Read r = read_all("name,note\n\"Smith, J\",\"said \"\"hi\"\"\"\n\"two\nlines\",x\n\"\",\"\"\"\"\nafter,1\n");
    CHECK(r.records == Rows{{"name", "note"}, {"Smith, J", "said \"hi\""}, {"two\nlines", "x"}, {"", "\""},
                            {"after", "1"}});
    CHECK(r.lines == std::vector<std::uint64_t>{1, 2, 3, 5, 6});  // the quoted line end counts as a line
}

TEST_CASE("csv: CRLF line ends, kept inside quotes") {
    Read r = read_all("a,b\r\n1,\"x\r\ny\"\r\n\"q\",2\r\n");
    CHECK(r.records == Rows{{"a", "b"}, {"1", "x\r\ny"}, {"q", "2"}});
    CHECK(r.lines == std::vector<std::uint64_t>{1, 2, 4});
}

TEST_CASE("csv: blank lines are no records but count as lines") {
    Read r = read_all("\na\n\n\r\nb\n\n");
    CHECK(r.records == Rows{{"a"}, {"b"}});
    CHECK(r.lines == std::vector<std::uint64_t>{2, 5});
}

TEST_CASE("csv: a byte order mark is skipped") {
    CHECK(bom_length("\xEF\xBB\xBF" "a,b") == 3);
    CHECK(bom_length("a,b") == 0);
    CHECK(read_all("\xEF\xBB\xBF\"a\",b\n1,2\n").records == Rows{{"a", "b"}, {"1", "2"}});
}

TEST_CASE("csv: a file plainly in UTF-16 or UTF-32 is named as such") {
    using namespace std::string_view_literals;
    CHECK(other_encoding("\xFF\xFE" "a\0,\0"sv) == "UTF-16");
    CHECK(other_encoding("\xFE\xFF" "\0a\0,"sv) == "UTF-16");
    CHECK(other_encoding("\xFF\xFE\0\0" "a\0\0\0"sv) == "UTF-32");
    CHECK(other_encoding("\0\0\xFE\xFF"sv) == "UTF-32");
    CHECK(other_encoding("a\0r\0e\0"sv) == "UTF-16");  // no mark: a zero byte beside each letter
    CHECK(other_encoding("\0a\0r"sv) == "UTF-16");
    CHECK_FALSE(other_encoding("\xEF\xBB\xBF" "area,n"sv));
    CHECK_FALSE(other_encoding("area,n\n"sv));
    CHECK_FALSE(other_encoding("a\0"sv));  // too little to tell: the reader says what is wrong
    CHECK_FALSE(other_encoding(""sv));
}

TEST_CASE("csv: semicolon and tab delimiters; a comma is then plain text") {
    CHECK(read_all("a;b\n1,5;\"x;y\"\n", ';').records == Rows{{"a", "b"}, {"1,5", "x;y"}});
    CHECK(read_all("a\tb\n1,5\t\"x\ty\"\n", '\t').records == Rows{{"a", "b"}, {"1,5", "x\ty"}});
    CHECK_THROWS_AS(CsvReader('"'), std::invalid_argument);
    CHECK_THROWS_AS(CsvReader('\n'), std::invalid_argument);
}

TEST_CASE("csv: a record cut by the buffer's end is read whole once more bytes come") {
    const std::string doc = "month,force,note\n2016-04,\"Kent\",\"a, \"\"b\"\"\nc\"\r\n\n2016-05,Essex,\"\"\r\n"
                            "2016-06,\"Avon\",plain\n\"x\",\"y\",\"z\"";
    const Read whole = read_all(doc);
    REQUIRE(whole.records.size() == 5);
    REQUIRE(whole.problems.empty());
    for (std::size_t chunk = 1; chunk <= doc.size(); ++chunk) {
        INFO("chunk " << chunk);
        const Read pieces = read_in_chunks(doc, chunk);
        CHECK(pieces.records == whole.records);
        CHECK(pieces.lines == whole.lines);
        CHECK(pieces.problems.empty());
    }
}

TEST_CASE("csv: a CR or a quote at the buffer's end waits for the next byte") {
    CsvReader reader(',');
    Record record;
    std::size_t pos = 0;
    CHECK(reader.next("a,b\r", pos, false, record) == CsvReader::Status::incomplete);
    CHECK(pos == 0);
    CHECK(reader.next("\"a\"", pos, false, record) == CsvReader::Status::incomplete);
    CHECK(reader.next("\"a\"\"", pos, false, record) == CsvReader::Status::incomplete);
    CHECK(reader.next("\r", pos, false, record) == CsvReader::Status::incomplete);
    CHECK(reader.next("\"a\"", pos, true, record) == CsvReader::Status::record);
    CHECK(record.fields == std::vector<std::string_view>{"a"});
}

TEST_CASE("csv: an unterminated quote is an error at the end of the data") {
    Read r = read_all("a,b\n1,\"open\n2,3\n");
    CHECK(r.records == Rows{{"a", "b"}});
    CHECK(r.problems == std::vector<std::string>{"2:2: unterminated quote [\"open\n2,3\n]"});
    CsvReader reader(',');
    Record record;
    std::size_t pos = 0;
    CHECK(reader.next("1,\"open\n2,3\n", pos, false, record) == CsvReader::Status::incomplete);
}

TEST_CASE("csv: a quote inside an unquoted field, or text after a closing quote, is an error") {
    Read r = read_all("h1,h2\nok,5'10\"\n\"a\"b,c\nnext,row\n");
    CHECK(r.records == Rows{{"h1", "h2"}, {"next", "row"}});  // the reader goes on at the next line
    CHECK(r.problems == std::vector<std::string>{"2:2: quote inside an unquoted field [5'10\"]",
                                                 "3:1: text after a closing quote [\"a\"b]"});
    CHECK(r.lines == std::vector<std::uint64_t>{1, 4});
}

TEST_CASE("csv: invalid UTF-8 names its field; valid multi-byte text passes") {
    Read r = read_all("a,b,c\nx,caf\xC3\xA9,\xE2\x82\xAC\nx,ok,bad\xFF\n\xC0\xAF,2,3\nx,\"\xED\xA0\x80\",3\nend,1,2\n");
    CHECK(r.records == Rows{{"a", "b", "c"}, {"x", "caf\xC3\xA9", "\xE2\x82\xAC"}, {"end", "1", "2"}});
    CHECK(r.problems == std::vector<std::string>{"3:3: invalid UTF-8 [bad\xFF]", "4:1: invalid UTF-8 [\xC0\xAF]",
                                                 "5:2: invalid UTF-8 [\"\xED\xA0\x80\"]"});
}

TEST_CASE("csv: a problem keeps the record's text and the field's offset in it") {
    CsvReader reader(',');
    Record record;
    std::size_t pos = 0;
    const std::string data = "one,t\xC3\xA9st,\"x\"y,z\r\nnext\n";
    REQUIRE(reader.next(data, pos, true, record) == CsvReader::Status::error);
    CHECK(reader.problem().raw == "one,t\xC3\xA9st,\"x\"y,z");
    CHECK(reader.problem().offset == 10);
    CHECK(reader.problem().field == 3);
    CHECK(reader.next(data, pos, true, record) == CsvReader::Status::record);
    CHECK(record.line == 2);
}

TEST_CASE("csv: a control character in a field is refused at its field; line breaks only inside quotes") {
    const Read r = read_all("a,b\nx\x1b[31m,1\n\"q\nr\",2\n\"s\r\nt\",3\nu,\x07\nv\x00w,5\nlast\r,6\nc1\xC2\x9B,7\n\"\x1b\",8\n"s);
    CHECK(r.records == std::vector<std::vector<std::string>>{{"a", "b"}, {"q\nr", "2"}, {"s\r\nt", "3"}});
    CHECK(r.problems == std::vector<std::string>{
                            "2:1: a control character, U+001B (ESC), in a field [x\x1b[31m]",
                            "7:2: a control character, U+0007 (BEL), in a field [\x07]",
                            "8:1: a control character, U+0000 (NUL), in a field [v\x00w]"s,
                            "9:1: a carriage return (CR) that ends no line: lines that end in CR alone are not read; "
                            "make them end in LF or CRLF [last\r]",
                            "10:1: a control character, U+009B, in a field [c1\xC2\x9B]",
                            "11:1: a control character, U+001B (ESC), in a field [\"\x1b\"]"});
    CHECK(read_all("a\tb\n1\t2\n", '\t').problems.empty());  // a tab is no control character here
}

TEST_CASE("csv: a file whose lines end in CR alone is one record, refused at its first CR") {
    const Read r = read_all("n,v\r1,2\r3,4\r");
    CHECK(r.records.empty());
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].starts_with("1:2: a carriage return (CR) that ends no line"));
}
