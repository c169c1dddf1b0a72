// engine/advice/diagnose, for rates: wrong-day-count (a rate over the wrong number of days) and
// wrong-scale (a rate per head worked out per another number of people), each named only when
// its figure reproduces the stated number. Apart from diagnose_test.cpp to keep both files short.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace claimcheck;
using claimcheck::test::check_one;
using claimcheck::test::diagnosis_of;

namespace {

const std::string ew = "let ew.2015_16 = 3,903 during FY2015/16\nlet ew.2016_17 = 5,653 during FY2016/17";
const std::string march = "let m = 310 during March 2017";
const std::string town = "let crimes = 1,234 during 2016\nlet people = 250,000";

}  // namespace

// ---- wrong-day-count -----------------------------------------------------------------

TEST_CASE("wrong-day-count: 365 days divided by 366", "[diagnose]") {
    // 5,653 / 366 = 15.4454; FY2016/17 has 365 days: 15.4877.
    CheckReport c = check_one(ew, "per_day(ew.2016_17) is 15.45");
    CHECK(c.diagnosis == DiagnosisCode::wrong_day_count);
    CHECK(c.explanation == "5,653 over 366 days gives 15.45 a day; FY2016/17 (1 Apr 2016 to 31 Mar 2017, 365 days) "
                           "gives 15.49 a day");
}

TEST_CASE("wrong-day-count: a leap year divided by 365", "[diagnose]") {
    // 3,903 / 365 = 10.6932; FY2015/16 has 366 days: 10.6639.
    CheckReport c = check_one(ew, "per_day(ew.2015_16) is 10.69");
    CHECK(c.diagnosis == DiagnosisCode::wrong_day_count);
    CHECK(c.explanation == "3,903 over 365 days gives 10.69 a day; FY2015/16 (1 Apr 2015 to 31 Mar 2016, 366 days) "
                           "gives 10.66 a day");
}

TEST_CASE("wrong-day-count: near misses of 365 and 366", "[diagnose]") {
    CHECK(diagnosis_of(ew, "per_day(ew.2016_17) is 15.44") == "");
    CHECK(diagnosis_of(ew, "per_day(ew.2015_16) is 10.70") == "");
}

TEST_CASE("wrong-day-count: a month counted one day short or long", "[diagnose]") {
    // March has 31 days: 310 / 30 = 10.33, 310 / 32 = 9.69.
    CheckReport short_count = check_one(march, "per_day(m) is 10.33");
    CHECK(short_count.diagnosis == DiagnosisCode::wrong_day_count);
    CHECK(short_count.explanation ==
          "310 over 30 days gives 10.33 a day; March 2017 (1 Mar 2017 to 31 Mar 2017, 31 days) gives 10 a day");
    CHECK(diagnosis_of(march, "per_day(m) is 9.69") == "wrong-day-count");
    CHECK(diagnosis_of(march, "per_day(m) is 10.34") == "");
    CHECK(diagnosis_of(march, "per_day(m) is 9.68") == "");
}

TEST_CASE("wrong-day-count: a weekly rate over 364 days", "[diagnose]") {
    // 5,653 * 7 / 364 = 108.71 against 108.41 over 365 days.
    CHECK(diagnosis_of(ew, "per_week(ew.2016_17) is 108.7") == "wrong-day-count");
    CHECK(diagnosis_of(ew, "per_week(ew.2016_17) is 108.6") == "");
}

// ---- wrong-scale ---------------------------------------------------------------------

TEST_CASE("wrong-scale: a rate per 100,000 printed as per 1,000", "[diagnose]") {
    // 1,234 in 250,000 people: 4.936 per 1,000, 493.6 per 100,000.
    CheckReport c = check_one(town, "per_1000(crimes, people) is 493.6");
    CHECK(c.diagnosis == DiagnosisCode::wrong_scale);
    CHECK(c.explanation == "1,234 in a population of 250,000 gives 493.6 per 100,000 people; per 1,000 people it "
                           "gives 4.94 per 1,000");
    CHECK(diagnosis_of(town, "per_100000(crimes, people) is 4.9") == "wrong-scale");
    CHECK(diagnosis_of(town, "per_head(crimes, people) is 4.94") == "wrong-scale");
}

TEST_CASE("wrong-scale: tried before a moved decimal point, which also reproduces it", "[diagnose]") {
    CHECK(diagnosis_of(town, "per_1000(crimes, people) is 49.4") == "wrong-scale");  // per 10,000
}

TEST_CASE("wrong-scale: near misses are not named", "[diagnose]") {
    CHECK(diagnosis_of(town, "per_1000(crimes, people) is 493.7") == "");
    CHECK(diagnosis_of(town, "per_100000(crimes, people) is 4.8") == "");
}

TEST_CASE("wrong-scale: only a rate per head itself, not a sum of rates", "[diagnose]") {
    // 2,000 in 250,000 people: 8 per 1,000. 800 is the total per 100,000, but sum's arguments are
    // no count and population: only the moved decimal point is named.
    const std::string two = town + "\nlet other = 766";
    CHECK(diagnosis_of(two, "sum(per_1000(crimes, people), per_1000(other, people)) is 800") == "misplaced-point");
}
