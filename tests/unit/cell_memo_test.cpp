// engine/tables/cell_memo: a column's cells read once a distinct text, and forgotten past `most`.
#include "engine/tables/cell_memo.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace claimcheck;

TEST_CASE("a text is read once, and its entry found again", "[cell_memo]") {
    CellMemo memo;
    MemoEntry* first = memo.entry(ColumnType::integer, "1820");
    REQUIRE(first != nullptr);
    CHECK(first->problem == nullptr);
    CHECK(first->cell.number.small.units == 1820);
    CHECK(first->hash == text_hash("1820"));
    first->group = 7;  // what a scan asks once and keeps
    CHECK(memo.entry(ColumnType::integer, "1820")->group == 7);
    CHECK(memo.entry(ColumnType::integer, "13")->group == MemoEntry::unknown);
}

TEST_CASE("a malformed cell's problem and a marker are remembered as parse_cell gives them", "[cell_memo]") {
    CellMemo memo;
    Cell plain;
    CHECK(memo.entry(ColumnType::integer, "abc")->problem == parse_cell(ColumnType::integer, "abc", plain));
    CHECK(memo.entry(ColumnType::integer, "abc")->problem != nullptr);
    CHECK(memo.entry(ColumnType::integer, "[c]")->cell.withheld);
    CHECK(memo.entry(ColumnType::period, "Total")->cell.total);
}

TEST_CASE("past `most` distinct texts no more are remembered; the known ones still are", "[cell_memo]") {
    CellMemo memo;
    for (std::size_t i = 0; i < CellMemo::most; ++i) REQUIRE(memo.entry(ColumnType::integer, std::to_string(i))->id == i);
    CHECK(memo.entry(ColumnType::integer, std::to_string(CellMemo::most)) == nullptr);
    CHECK(memo.entry(ColumnType::integer, std::to_string(CellMemo::most)) == nullptr);
    MemoEntry* known = memo.entry(ColumnType::integer, "17");
    REQUIRE(known != nullptr);
    CHECK(known->id == 17);
    CHECK(&memo.at(17) == known);
    CHECK(memo.text(17) == "17");
}

TEST_CASE("short and long texts, and texts alike in their first and last bytes, each have their own entry", "[cell_memo]") {
    CellMemo memo;
    const std::vector<std::string> texts = {"",         "a",        "ab",       "ba",         "abc",       "abcd",
                                            "abcde",    "abcxde",   "12345678", "123456789",  "1234567x9", "Sexual offences, other",
                                            "Sexual offences, othex", "2017-03", "2017-04", std::string("a\0b", 3)};
    std::vector<std::uint32_t> ids;
    for (const auto& t : texts) ids.push_back(memo.entry(ColumnType::text, t)->id);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        CHECK(ids[i] == i);
        CHECK(memo.entry(ColumnType::text, texts[i])->id == i);  // found again, not made again
        CHECK(memo.text(ids[i]) == texts[i]);
        CHECK(memo.entry(ColumnType::text, texts[i])->hash == text_hash(texts[i]));
    }
}

TEST_CASE("texts longer than 32 bytes alike in their first and last 16 are told apart by the rest", "[cell_memo]") {
    CellMemo memo;
    const std::string head(16, 'h'), tail(16, 't');
    std::vector<std::string> texts = {head + "x" + tail, head + "y" + tail, head + "xy" + tail,
                                      head + "yx" + tail, head + tail, head + std::string(40, 'm') + tail};
    for (std::size_t n = 1; n <= 24; ++n) {  // every middle length, each word of it (and the last) told apart
        texts.push_back(head + std::string(n, 'm') + tail);
        texts.push_back(head + std::string(n - 1, 'm') + "z" + tail);
        texts.push_back(head + "z" + std::string(n - 1, 'm') + tail);
    }
    std::sort(texts.begin(), texts.end());
    texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
    for (std::size_t i = 0; i < texts.size(); ++i) REQUIRE(memo.entry(ColumnType::text, texts[i])->id == i);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        CHECK(memo.entry(ColumnType::text, texts[i])->id == i);
        CHECK(memo.valued_id(ColumnType::text, texts[i], false) == i);
        const std::string buffer = texts[i] + std::string(Record::wide_read, ',');  // read wide
        CHECK(memo.valued_id(ColumnType::text, std::string_view(buffer.data(), texts[i].size()), true) == i);
    }
}

TEST_CASE("valued_id: a cell that holds a value gives its id; a malformed one, a marker or a total label none", "[cell_memo]") {
    CellMemo memo;
    CHECK(memo.valued_id(ColumnType::integer, "1820", false) == 0);
    CHECK(memo.valued_id(ColumnType::integer, "1820", false) == 0);  // found again
    CHECK(memo.valued_id(ColumnType::integer, "abc", false) == GroupKeys::none);
    CHECK(memo.valued_id(ColumnType::integer, "[x]", false) == GroupKeys::none);
    CHECK(memo.valued_id(ColumnType::text, "Total", false) == GroupKeys::none);
    const std::uint32_t kent = memo.valued_id(ColumnType::text, "Kent", false);
    CHECK(kent == 4);  // ids in the order texts were first seen, valued or not
    CHECK(memo.text(kent) == "Kent");
    // Remembered all the same, with their entries as parse_cell made them.
    CHECK(memo.entry(ColumnType::integer, "[x]")->cell.withheld);
    CHECK(memo.valued_id(ColumnType::integer, "[x]", false) == GroupKeys::none);
    CHECK(memo.entry(ColumnType::integer, "1820")->id == 0);
}

TEST_CASE("valued_id: a text read wide, with other bytes after it, is the text read narrow", "[cell_memo]") {
    // Every length to past 32, each text followed in its buffer by bytes that differ from row to
    // row, as the next cells of a record do: read wide they are masked off.
    CellMemo memo;
    std::vector<std::uint32_t> ids;
    for (std::size_t n = 0; n <= 40; ++n) ids.push_back(memo.valued_id(ColumnType::text, std::string(n, 'k') + "!", false));
    for (const char after : {'\0', 'k', ',', '\xFF'}) {
        CellMemo fresh;  // first seen wide: the same ids, in the same order
        std::vector<char> buffer(64 + Record::wide_read, after);
        for (std::size_t n = 0; n <= 40; ++n) {
            std::fill(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(n), 'k');
            buffer[n] = '!';
            const std::string_view text(buffer.data(), n + 1);
            CHECK(memo.valued_id(ColumnType::text, text, true) == ids[n]);
            CHECK(fresh.valued_id(ColumnType::text, text, true) == ids[n]);
            CHECK(fresh.valued_id(ColumnType::text, text, true) == ids[n]);  // found again
            std::fill(buffer.begin(), buffer.end(), after);
        }
    }
}
