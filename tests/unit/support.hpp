#pragma once
// Shared helpers for the engine tests: write .claims text into a fresh temporary
// directory, load it with the real rules directory, and check it.
#include "engine/lang/analyze.hpp"
#include "engine/pipeline/checker.hpp"
#include "engine/lang/loader.hpp"
#include "engine/core/reading.hpp"
#include "engine/lang/scope.hpp"
#include "engine/lang/vocabulary.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace claimcheck::test {

namespace fs = std::filesystem;

inline fs::path rules_dir() { return fs::path(CLAIMCHECK_SOURCE_DIR) / "rules"; }

// The words the real rules directory's house style defines, as extract and coverage get them.
inline const Vocabulary& house_words() {
    static const Vocabulary words = [] {
        std::vector<Diagnostic> errors;
        Vocabulary v = house_vocabulary(rules_dir(), errors);
        if (!errors.empty()) throw std::runtime_error("rules/house-style.claims does not load");
        return v;
    }();
    return words;
}

// A template of two claims, as the template and instance tests apply it. Line 1: the
// template; claims at lines 2 and 6, the first check at line 4.
inline const std::string force_template = "template force(name, from, to):\n"
                                          "  claim rose in \"release\":\n"
                                          "    quote \"rose\"\n"
                                          "    check name.to > name.from\n"
                                          "    note \"standing claim\"\n"
                                          "  claim hundreds in \"release\":\n"
                                          "    check name.to is hundreds\n"
                                          "end\n";

// Every diagnostic rendered, for INFO when an assertion about them fails.
inline std::string rendered(const std::vector<Diagnostic>& errors) {
    std::string out;
    for (const auto& e : errors) out += e.render();
    return out;
}

// A directory under the system temporary directory, removed with its contents at the end of the test.
class TempDir {
public:
    TempDir() {
        static std::mt19937_64 random{std::random_device{}()};
        static int counter = 0;
        for (;;) {
            path_ = (fs::temp_directory_path() /
                     ("claimcheck-test-" + std::to_string(random()) + "-" + std::to_string(counter++)))
                        .lexically_normal();
            if (fs::create_directories(path_)) break;
        }
        path_ = fs::canonical(path_);  // tables are opened by paths with no symbolic link in them
    }
    ~TempDir() {
        if (path_.empty()) return;  // moved from
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    // Movable, so a helper can build and return a Project; the moved-from one removes nothing.
    TempDir(TempDir&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
    TempDir& operator=(TempDir&&) = delete;

    const fs::path& path() const { return path_; }

    // The file's path as the loader shows it: absolute, since the directory is outside the project.
    std::string file(const std::string& name) const { return (path_ / name).lexically_normal().generic_string(); }

    std::string write(const std::string& name, const std::string& text) const {
        fs::path target = path_ / name;
        fs::create_directories(target.parent_path());
        std::ofstream out(target, std::ios::binary);
        out << text;
        return file(name);
    }

private:
    fs::path path_;
};

// What a run produced: load errors, static errors, or a report.
struct Checked {
    std::vector<Diagnostic> load_errors;
    std::vector<Diagnostic> errors;
    Report report;
    Program program;  // the files read, for anchor_quotes

    bool ok() const { return load_errors.empty() && errors.empty(); }
    // Load errors, else static errors.
    const std::vector<Diagnostic>& diagnostics() const { return load_errors.empty() ? errors : load_errors; }
};

// A set of .claims files in one temporary directory.
class Project {
public:
    Project& file(const std::string& name, const std::string& text) {
        dir_.write(name, text);
        return *this;
    }
    std::string path(const std::string& name) const { return dir_.file(name); }
    // A file's text as written.
    std::string text(const std::string& name) const {
        std::ifstream in(dir_.path() / name, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    const TempDir& dir() const { return dir_; }

    LoadResult load(const std::vector<std::string>& targets = {"main.claims"}, const Limits& limits = {}) const {
        std::vector<std::string> inputs;
        for (const auto& t : targets) inputs.push_back(path(t));
        return claimcheck::load(inputs, LoadOptions{rules_dir(), dir_.path(), false, limits});
    }

    // As the command does it: nothing is checked when loading failed.
    Checked check(const std::vector<std::string>& targets = {"main.claims"}) const {
        LoadResult loaded = load(targets);
        Checked out;
        out.load_errors = loaded.errors;
        if (!loaded.errors.empty()) return out;
        CheckOutcome outcome = check_program(loaded.program);
        out.errors = outcome.errors;
        out.report = outcome.report;
        out.program = std::move(loaded.program);
        return out;
    }

private:
    TempDir dir_;
};

// The report of the targets, which must check without an error.
inline Report checked(const Project& p, const std::vector<std::string>& targets) {
    Checked r = p.check(targets);
    INFO(rendered(r.diagnostics()));
    REQUIRE(r.ok());
    return r.report;
}

// One file, main.claims, checked on its own.
inline Checked check_text(const std::string& text) {
    Project project;
    project.file("main.claims", text);
    return project.check();
}

inline const ClaimReport& claim(const Report& report, const std::string& id) {
    for (const auto& c : report.claims)
        if (c.id == id) return c;
    throw std::runtime_error("no claim " + id + " in the report");
}

// Lets, then one claim with one check, using the house style; the check's report.
inline CheckReport check_one(const std::string& lets, const std::string& check) {
    Checked result = check_text("use house-style\n" + lets + "\nclaim c in \"a.txt\":\n  check " + check + "\n");
    INFO(rendered(result.diagnostics()));
    REQUIRE(result.ok());
    REQUIRE(result.report.claims.size() == 1);
    REQUIRE(result.report.claims[0].checks.size() == 1);
    return result.report.claims[0].checks[0];
}

inline Verdict verdict_of(const std::string& lets, const std::string& check) {
    return check_one(lets, check).verdict;
}

// The diagnosis of a check that must fail (or warn, for truncated), by name; "" for none.
inline std::string diagnosis_of(const std::string& lets, const std::string& check, Verdict expected = Verdict::fail) {
    CheckReport c = check_one(lets, check);
    const std::string name(c.diagnosis ? diagnosis_name(*c.diagnosis) : "");
    INFO(check << ": " << c.actual_text << ", diagnosis " << name << ": " << c.explanation);
    CHECK(c.verdict == expected);
    CHECK(c.diagnosis.has_value() != c.explanation.empty());
    return name;
}

// A suggested check substituted into a new claim at the end of `file` (a copy of it
// beside the original, so its `use` lines and applies resolve the same way); its verdict.
inline Verdict recheck(const Project& project, const std::string& file, const std::string& check) {
    const fs::path original(file);
    const std::string copy = (original.parent_path() / ("recheck-" + original.filename().string())).generic_string();
    std::string text = project.text(file);
    if (!text.empty() && text.back() != '\n') text += '\n';
    project.dir().write(copy, text + "\nclaim recheck_suggestion in \"recheck.txt\":\n  check " + check + "\n");
    Checked result = project.check({copy});
    INFO("re-checking: " << check);
    INFO(rendered(result.diagnostics()));
    REQUIRE(result.ok());
    return claim(result.report, "recheck_suggestion").checks.at(0).verdict;
}

// The figure a wording states, as a check writes it: "a fall of 48%" -> "-48%", "15.49 a day"
// -> "15.49", "0.3333333…" -> "0.3333333" (the value as shown, marked as going on).
inline std::string stated_figure(std::string wording) {
    if (wording == "no change") return "0";
    for (const std::string frame : {"a rise of ", "a fall of "})
        if (wording.rfind(frame, 0) == 0) wording = (frame == "a fall of " ? "-" : "") + wording.substr(frame.size());
    for (const std::string rate : {" a day", " a week", " a month", " a year"})
        if (wording.size() > rate.size() && wording.compare(wording.size() - rate.size(), rate.size(), rate) == 0)
            wording.erase(wording.size() - rate.size());
    if (auto mark = wording.find("…"); mark != std::string::npos) wording.erase(mark, std::string("…").size());
    return wording;
}

// The value a stated figure stands for, as the engine keeps it: "-48%" -> -0.48, "5,653" -> 5653.
inline Rational figure_value(const std::string& figure) {
    std::string digits;
    for (char c : figure)
        if ((c >= '0' && c <= '9') || c == '.' || c == '-') digits += c;
        else if (c != ',') break;
    bool hundredths = figure.find('%') != std::string::npos || figure.find(" point") != std::string::npos;
    return parse_decimal(digits) / (hundredths ? 100 : 1);
}

// The exact figure's wording lies where the value does beside the check that failed: inside its
// interval exactly when the value is, never across a bound (3 for `a == 3` when a is 2.9999997).
inline void require_wording_faithful(const CheckReport& c, const Suggestion& s) {
    if (s.check.find(" == ") == std::string::npos || !c.actual || !c.interval) return;
    if (s.wording.find("…") != std::string::npos) return;  // a bound no decimal can write, shown as it is
    const Rational shown = figure_value(stated_figure(s.wording)), actual = *c.actual;
    INFO("wording " << s.wording << " for the value " << fraction_text(actual));
    CHECK((c.interval->contains(shown) != c.interval_negated) == (c.interval->contains(actual) != c.interval_negated));
    for (const auto& bound : {c.interval->low, c.interval->high})
        if (bound) CHECK(((shown - bound->value) * (actual - bound->value) >= 0));
}

// The checks a suggestion must pass: its own, and for the exact figure (`x == 29999997 / 10000000`)
// its wording read at the places it shows (`x is 2.9999997`): the wording the reader takes away
// holds too, so it is never the figure that just failed (3 for a check that failed `== 3`).
inline std::vector<std::string> checks_of(const Suggestion& s) {
    std::vector<std::string> out{s.check};
    if (auto equals = s.check.find(" == "); equals != std::string::npos)
        out.push_back(s.check.substr(0, equals) + " is " + stated_figure(s.wording));
    return out;
}

// Every suggestion of a check passes when substituted into the same file.
inline void require_suggestions_pass(const Project& project, const std::string& file, const CheckReport& c) {
    for (const auto& s : c.suggestions) {
        INFO("suggestion \"" << s.wording << "\": check " << s.check);
        require_wording_faithful(c, s);
        for (const auto& check : checks_of(s)) CHECK(recheck(project, file, check) == Verdict::pass);
    }
}

// As check_one, with every suggestion re-checked in the same lets and house style.
inline CheckReport check_one_rechecked(const std::string& lets, const std::string& check) {
    CheckReport report = check_one(lets, check);
    for (const auto& s : report.suggestions) {
        INFO("suggestion \"" << s.wording << "\": check " << s.check);
        require_wording_faithful(report, s);
        for (const auto& again : checks_of(s)) CHECK(check_one(lets, again).verdict == Verdict::pass);
    }
    return report;
}

// The wordings of a check's suggestions, best first.
inline std::vector<std::string> wordings(const CheckReport& c) {
    std::vector<std::string> out;
    for (const auto& s : c.suggestions) out.push_back(s.wording);
    return out;
}

// The static errors of one file (load errors included), sorted as the checker sorts them.
inline std::vector<Diagnostic> errors_of(const std::string& text) {
    Checked result = check_text(text);
    return result.diagnostics();
}

// A loaded program with its scopes and plans, for tests of the stages in between.
struct Analyzed {
    LoadResult loaded;
    Scopes scopes;
    Instances instances;
    Plans plans;
    Typed typed;
    std::vector<Diagnostic> errors;

    const Module& main() const { return *loaded.program.targets().at(0); }

    // The checks of the main file, in the order written.
    std::vector<const ast::Check*> checks() const {
        std::vector<const ast::Check*> out;
        for (const auto& statement : main().ast)
            if (const auto* c = boost::get<ast::Claim>(&statement.get()))
                for (const auto& item : c->items)
                    if (const auto* check = boost::get<ast::Check>(&item.get())) out.push_back(check);
        return out;
    }
};

inline Analyzed analyze_project(const Project& project) {
    Analyzed out{project.load(), {}, {}, {}, {}, {}};
    INFO(rendered(out.loaded.errors));
    REQUIRE(out.loaded.errors.empty());
    out.scopes = claimcheck::bind(out.loaded.program, out.errors);
    out.instances = expand(out.loaded.program, out.scopes, out.errors);
    Analysis analysis = analyze(out.loaded.program, out.instances, out.scopes, out.errors);
    out.plans = std::move(analysis.plans);
    out.typed = std::move(analysis.typed);
    return out;
}

inline Analyzed analyze_text(const std::string& text) {
    Project project;
    project.file("main.claims", text);
    return analyze_project(project);
}

inline Rational pct(long n, long d = 1) { return Rational(n, d) / 100; }

inline void require_bounds(const Interval& i, Rational low, bool low_closed, Rational high, bool high_closed) {
    REQUIRE(i.low);
    REQUIRE(i.high);
    CHECK(i.low->value == low);
    CHECK(i.low->closed == low_closed);
    CHECK(i.high->value == high);
    CHECK(i.high->closed == high_closed);
}

// The line of the house style where `text` starts a line.
inline int house_style_line(const std::string& text) {
    std::ifstream in(rules_dir() / "house-style.claims");
    int n = 0;
    for (std::string line; std::getline(in, line);) {
        ++n;
        if (line == text) return n;
    }
    FAIL("no line " << text);
    return 0;
}

}  // namespace claimcheck::test
