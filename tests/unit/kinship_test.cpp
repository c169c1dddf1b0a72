// engine/draft/kinship: how two figures of the data are kin.
#include "engine/draft/kinship.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

DataFigure let(std::string group) {
    DataFigure f;
    f.name = group + ".2023";
    f.group = std::move(group);
    return f;
}

DataFigure summed(std::string table, std::string measure, std::string rows) {
    DataFigure f;
    f.table = std::move(table);
    f.measure = std::move(measure);
    f.rows = std::move(rows);
    f.group = f.measure + (f.rows.empty() ? "" : "|" + f.rows);
    f.column_sum = true;
    return f;
}

}  // namespace

TEST_CASE("places or kinds of one measure are siblings", "[kinship]") {
    CHECK(siblings(let("thefts_from.riverside"), let("thefts_from.northfield")));
    CHECK_FALSE(siblings(let("thefts_from.riverside"), let("arrests")));
    CHECK_FALSE(siblings(let("kent"), let("essex")));  // no shared measure in the names
    CHECK(siblings(summed("t", "sum(t.x)", "Kent"), summed("t", "sum(t.x)", "Essex")));
    CHECK_FALSE(siblings(summed("t", "sum(t.x)", "Kent"), summed("t", "sum(t.x)", "")));  // every row is no place
    CHECK_FALSE(siblings(summed("t", "sum(t.x)", "Kent"), let("thefts_from.riverside")));
}

TEST_CASE("sums of a table's columns over the same rows", "[kinship]") {
    CHECK(same_rows(summed("t", "sum(t.on_time)", "Coast Line"), summed("t", "sum(t.planned)", "Coast Line")));
    CHECK_FALSE(same_rows(summed("t", "sum(t.on_time)", "Coast Line"), summed("t", "sum(t.planned)", "")));
    CHECK_FALSE(same_rows(summed("t", "sum(t.a)", ""), summed("u", "sum(u.a)", "")));
}

TEST_CASE("what may be added or shared", "[kinship]") {
    DataFigure share = let("on_time_share");
    share.percent = true;
    CHECK_FALSE(countable(share));
    DataFigure mean = let("mean_wait");
    mean.summable = false;
    CHECK_FALSE(countable(mean));
    CHECK(countable(let("arrests")));
    DataFigure spanning = let("thefts");
    spanning.period = "2022 to 2023";
    CHECK(spans_periods(spanning));
}
