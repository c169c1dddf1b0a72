// engine/draft/aggregates: the table aggregates a statement may rest on.
#include "draft_support.hpp"
#include "engine/draft/aggregates.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace claimcheck;
using claimcheck::test::context_at;
using claimcheck::test::Project;

namespace {

std::vector<std::string> names(const std::vector<DataFigure>& figures) {
    std::vector<std::string> out;
    for (const auto& f : figures) out.push_back(f.name);
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

Data parcels() {
    static Project p = [] {
        Project q;
        q.file("parcels.csv", "bank,month,adults,children\nKingsway,2023-12,5,3\n");
        q.file("data.claims", "let parcels.2022 = 10 during 2022\n"
                              "table parcels from \"parcels.csv\":\n  column bank text\n  column month date\n"
                              "  column adults integer\n  column children integer\n");
        return q;
    }();
    return claimcheck::test::data_of(p);
}

}  // namespace

TEST_CASE("every number column summed, two added, the rows counted, a mean and the largest", "[aggregates]") {
    auto got = names(aggregates(parcels(), context_at("There were 8 parcels", "8")));
    CHECK(has(got, "count(parcels)"));
    CHECK(has(got, "sum(parcels.adults)"));
    CHECK(has(got, "sum(parcels.adults) + sum(parcels.children)"));
    CHECK(has(got, "mean(parcels.children)"));
    CHECK(has(got, "max(parcels.adults)"));
    CHECK_FALSE(has(got, "sum(parcels.children) + sum(parcels.adults)"));  // each pair once
}

TEST_CASE("filters from the names and months the sentence says", "[aggregates]") {
    auto all = aggregates(parcels(), context_at("At Kingsway, 8 parcels went out in December", "8"));
    auto got = names(all);
    CHECK(has(got, "sum(parcels.adults where parcels.bank == \"Kingsway\")"));
    CHECK(has(got, "count(parcels where parcels.bank == \"Kingsway\")"));
    // A month without a year is tried in the latest year the data's figures are counted in.
    CHECK(has(got, "sum(parcels.adults where parcels.month in Dec 2022)"));
    // A mean or a largest value over a filter is not tried, and neither is added or shared.
    CHECK_FALSE(has(got, "mean(parcels.adults where parcels.bank == \"Kingsway\")"));
    for (const auto& f : all)
        if (f.name.starts_with("mean(") || f.name.starts_with("max(")) CHECK_FALSE(f.summable);
    // Two columns added hold one operation.
    for (const auto& f : all)
        if (f.name.find(") + sum(") != std::string::npos) CHECK(f.operations == 1);
}

TEST_CASE("a name is written as a claims string, apostrophe and all", "[aggregates]") {
    auto got = names(aggregates(parcels(), context_at("St Anne's gave 8", "8")));
    CHECK(has(got, "sum(parcels.adults where parcels.bank == \"St Anne's\")"));
}

TEST_CASE("filters from the texts of a table's rows that the words say", "[aggregates]") {
    Project p;
    p.file("matches.csv", "competition,venue,opponent,goals\nleague,home,Oldbury,2\ncup,away,Kingsmead,1\n");
    p.file("data.claims", "table matches from \"matches.csv\":\n  column competition text\n  column venue text\n"
                          "  column opponent text\n  column goals integer\n");
    const Data data = claimcheck::test::data_of(p, true);
    REQUIRE(data.tables.front().all_values);
    auto got = names(aggregates(data, context_at("Kieran Doyle scored 20 league goals against Oldbury", "20")));
    // A lowercase category is a filter when the table holds it, and a name when a row has it.
    CHECK(has(got, "sum(matches.goals where matches.competition == \"league\")"));
    CHECK(has(got, "sum(matches.goals where matches.opponent == \"Oldbury\")"));
    // A name no row holds is no filter, in no column.
    for (const auto& n : got) CHECK(n.find("Kieran Doyle") == std::string::npos);
    CHECK_FALSE(has(got, "sum(matches.goals where matches.venue == \"league\")"));
}

TEST_CASE("how many texts a column holds, and the sums by it a rank may claim a text leads", "[aggregates]") {
    Context c = context_at("At Kingsway, the most parcels went to children at the bank", "the most");
    c.rank = true;  // extract hints a rank
    auto all = aggregates(parcels(), c);
    auto got = names(all);
    CHECK(has(got, "distinct(parcels.bank)"));
    CHECK(has(got, "sum(parcels.children by parcels.bank)"));
    for (const auto& f : all)
        if (f.name.find(" by ") != std::string::npos) CHECK(f.leader == "Kingsway");
        else CHECK(f.leader.empty());
    // Each costs the scan a lookup a row: only where the words say what the column holds, and a rank.
    auto plain = names(aggregates(parcels(), context_at("At Kingsway, 8 parcels went out", "8")));
    CHECK_FALSE(has(plain, "distinct(parcels.bank)"));
    CHECK_FALSE(has(plain, "sum(parcels.children by parcels.bank)"));
}

TEST_CASE("a column over every row continues the quantity a let of its name counted", "[aggregates]") {
    for (const auto& f : aggregates(parcels(), context_at("At Kingsway, 8 parcels went out", "8"))) {
        if (f.name == "sum(parcels.children)") CHECK(f.continues == std::vector<std::string>{"children", "parcels.children"});
        if (f.name == "sum(parcels.adults) + sum(parcels.children)") CHECK(f.continues == std::vector<std::string>{"parcels"});
        if (f.name.find(" where ") != std::string::npos) CHECK(f.continues.empty());  // a part of the rows is not
    }
}

TEST_CASE("a filter's text said nearer the statement counts for more", "[aggregates]") {
    Project p;
    p.file("t.csv", "route,cancelled\nCoast Line,5\nCity Loop,7\n");
    p.file("data.claims", "table trains from \"t.csv\":\n  column route text\n  column cancelled integer\n");
    const Data data = claimcheck::test::data_of(p, true);
    const std::string article = "The City Loop ran well. The Coast Line fared worse, although 212 services were cancelled.";
    int coast = -1, city = -1;
    for (const auto& f : aggregates(data, context_at(article, "212"))) {
        if (f.name == "sum(trains.cancelled where trains.route == \"Coast Line\")") coast = f.closeness;
        if (f.name == "sum(trains.cancelled where trains.route == \"City Loop\")") city = f.closeness;
    }
    CHECK(coast > city);
    CHECK(city == 0);  // said in another sentence of its paragraph
}

TEST_CASE("a table's number columns added, named as the table when the words say it and no column", "[aggregates]") {
    Project p;
    p.file("i.csv", "station,fires,false_alarms,rescues\nWyke,5,7,2\n");
    p.file("data.claims", "table incidents from \"i.csv\":\n  column station text\n  column fires integer\n"
                          "  column false_alarms integer\n  column rescues integer\n");
    const Data data = claimcheck::test::data_of(p, true);
    auto total = [&](const std::string& article, const std::string& number) -> const DataFigure* {
        static std::vector<DataFigure> all;
        all = aggregates(data, context_at(article, number));
        for (const auto& f : all)
            if (f.name == "sum(incidents.fires) + sum(incidents.false_alarms) + sum(incidents.rescues)") return &f;
        return nullptr;
    };
    const DataFigure* named = total("Crews were called to 402 incidents in all.", "402");
    REQUIRE(named);
    CHECK(named->operations == 2);
    CHECK(named->continues == std::vector<std::string>{"incidents"});
    CHECK(named->total_named);
    const DataFigure* column = total("Crews dealt with 402 fires.", "402");
    REQUIRE(column);
    CHECK_FALSE(column->total_named);  // a column is said: the fires, not every incident
}
