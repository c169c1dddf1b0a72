#include "engine/report/diagnosis_code.hpp"

#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

using namespace claimcheck;

namespace {

std::filesystem::path docs_file(const std::string& file) { return std::filesystem::path(CLAIMCHECK_SOURCE_DIR) / "docs" / file; }

// The anchors of a docs file's headings, as GitHub makes them: lower case,
// spaces to hyphens, only letters, digits, hyphens and underscores kept.
std::set<std::string> anchors_of(const std::string& file) {
    std::ifstream in(docs_file(file));
    REQUIRE(in);
    std::set<std::string> out;
    std::string line;
    bool fenced = false;
    while (std::getline(in, line)) {
        if (line.rfind("```", 0) == 0) fenced = !fenced;
        if (fenced || line.empty() || line[0] != '#') continue;
        std::size_t text = line.find_first_not_of('#');
        if (text == std::string::npos || line[text] != ' ') continue;
        std::string anchor;
        for (char c : line.substr(text + 1)) {
            if (c == ' ') anchor += '-';
            else if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')
                anchor += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        out.insert(anchor);
    }
    return out;
}

}  // namespace

TEST_CASE("diagnosis codes: every enumerator registered once, in order, with a unique code", "[diagnosis_code]") {
    std::set<std::string_view> names;
    int index = 0;
    for (const DiagnosisInfo& info : diagnosis_codes()) {
        CHECK(static_cast<int>(info.code) == index++);
        CHECK(names.insert(info.name).second);
        CHECK(&diagnosis_info(info.code) == &info);
        CHECK(diagnosis_name(info.code) == info.name);
    }
    CHECK(names.size() == static_cast<std::size_t>(DiagnosisCode::granularity) + 1);
}

TEST_CASE("diagnosis codes: written in lower case with hyphens, as the reports show them", "[diagnosis_code]") {
    for (const DiagnosisInfo& info : diagnosis_codes()) {
        INFO(info.name);
        REQUIRE_FALSE(info.name.empty());
        for (char c : info.name) CHECK(((c >= 'a' && c <= 'z') || c == '-'));
    }
    CHECK(diagnosis_name(DiagnosisCode::ratio_as_increase) == "ratio-as-increase");
}

TEST_CASE("diagnosis codes: every summary says something", "[diagnosis_code]") {
    for (const DiagnosisInfo& info : diagnosis_codes()) {
        INFO(info.name);
        CHECK_FALSE(info.summary.empty());
    }
}

TEST_CASE("diagnosis codes: every docs anchor is a heading of its docs file", "[diagnosis_code]") {
    for (const DiagnosisInfo& info : diagnosis_codes()) {
        INFO(info.name << " -> " << info.anchor);
        const std::size_t hash = info.anchor.find('#');
        REQUIRE(hash != std::string_view::npos);
        const std::string file(info.anchor.substr(0, hash));
        const std::string anchor(info.anchor.substr(hash + 1));
        CHECK(anchors_of(file).count(anchor) == 1);
    }
}

TEST_CASE("diagnosis codes: every code is named in the docs section it points to", "[diagnosis_code]") {
    for (const DiagnosisInfo& info : diagnosis_codes()) {
        INFO(info.name);
        const std::string file(info.anchor.substr(0, info.anchor.find('#')));
        std::ifstream in(docs_file(file));
        std::stringstream text;
        text << in.rdbuf();
        CHECK(text.str().find(std::string(info.name)) != std::string::npos);
    }
}
