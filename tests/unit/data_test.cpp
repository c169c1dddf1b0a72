// engine/draft/data: the figures and tables of the data files, read for drafting.
#include "draft_support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using claimcheck::test::Project;

namespace {

const DataFigure& named(const Data& d, const std::string& name) {
    for (const auto& f : d.figures)
        if (f.name == name) return f;
    FAIL("no figure " << name);
    return d.figures.front();
}

}  // namespace

TEST_CASE("a figure's group, period and words come from its name, label and block comments", "[draft-data]") {
    Project p;
    p.file("data.claims",
           "# Single forces\n"
           "let kent.2015_16 = 63 during FY2015/16 label \"crimes recorded by Kent Police\"\n"
           "let kent.2016_17 = 361 during FY2016/17\n"
           "\n"
           "let rate.2016_17 = 44% label \"a share\"\n"
           "let fee = £62\n"
           "let ages = missing \"none published\" label \"the victims' ages\"\n");
    const Data d = claimcheck::test::data_of(p);
    REQUIRE(d.figures.size() == 5);
    const DataFigure& kent = named(d, "kent.2015_16");
    CHECK(kent.group == "kent");
    CHECK(kent.period == "FY2015/16");
    CHECK(kent.when == std::tuple<int, int, int>{2015, 4, 1});
    CHECK(kent.words.find("Kent Police") != std::string::npos);
    CHECK(kent.words.find("Single forces") != std::string::npos);
    CHECK(named(d, "kent.2016_17").words.find("Single forces") != std::string::npos);
    // The blank line ends the block: the comment is not the share's.
    CHECK(named(d, "rate.2016_17").words.find("Single forces") == std::string::npos);
    CHECK(named(d, "rate.2016_17").percent);
    CHECK(named(d, "rate.2016_17").when == std::tuple<int, int, int>{2016, 1, 1});  // from the name
    CHECK(named(d, "fee").money);
    CHECK_FALSE(named(d, "fee").when);
    CHECK(named(d, "ages").missing);
}

TEST_CASE("parts of a name that say when are not part of the quantity", "[draft-data]") {
    Project p;
    p.file("data.claims", "let delayed.week1 = 182\nlet delayed.week2 = 197\nlet thefts.dec_2023 = 131\n"
                          "let q.q1_2024 = 5\n");
    const Data d = claimcheck::test::data_of(p);
    CHECK(named(d, "delayed.week1").group == "delayed");
    CHECK(named(d, "delayed.week2").group == "delayed");
    CHECK(named(d, "thefts.dec_2023").group == "thefts");
    CHECK(named(d, "q.q1_2024").group == "q");
}

TEST_CASE("a table's columns and their labels", "[draft-data]") {
    Project p;
    p.file("crimes.csv", "force,month,count\nKent,2023-01,5\n");
    p.file("data.claims", "table crimes from \"crimes.csv\":\n  column force text label \"police force area\"\n"
                          "  column month date\n  column count integer\n");
    const Data d = claimcheck::test::data_of(p);
    REQUIRE(d.tables.size() == 1);
    const DataTable& t = d.tables[0];
    CHECK(t.name == "crimes");
    REQUIRE(t.columns.size() == 3);
    CHECK(t.columns[0].text);
    CHECK(t.columns[0].words.find("police force area") != std::string::npos);
    CHECK(t.columns[1].date);
    CHECK(t.columns[2].number);
}
