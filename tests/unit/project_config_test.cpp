// cli/config/project_config: claimcheck.toml found by walking up, chosen by --config, the
// environment or the inputs, and read key by key with every error placed at its text.
#include "cli/config/project_config.hpp"

#include "engine/core/paths.hpp"

#include "support.hpp"

#include <set>

using namespace claimcheck;
using namespace claimcheck::config;
using claimcheck::test::TempDir;
using claimcheck::test::rendered;
namespace fs = std::filesystem;

namespace {

ProjectConfig parsed(const std::string& text, const fs::path& file = "/project/claimcheck.toml") {
    auto result = parse_config(file, text);
    if (auto* errors = std::get_if<std::vector<Diagnostic>>(&result)) FAIL(rendered(*errors));
    return std::get<ProjectConfig>(std::move(result));
}

std::vector<Diagnostic> errors_of(const std::string& text) {
    auto result = parse_config("claimcheck.toml", text);
    REQUIRE(std::holds_alternative<std::vector<Diagnostic>>(result));
    return std::get<std::vector<Diagnostic>>(result);
}

const Setting& setting(const ProjectConfig& config, std::string_view section, std::string_view name) {
    for (const auto& s : config.settings)
        if (s.key->section == section && s.key->name == name) return s;
    FAIL("no setting " << name);
    throw;
}

// A path nearest_config found, as a plain string to compare.
std::string found(const std::optional<fs::path>& file) { return file ? file->lexically_normal().string() : "none"; }

}  // namespace

TEST_CASE("claimcheck.toml: each key's value as its flag would take it") {
    const ProjectConfig config = parsed(
        "rules = \"house\"\n"
        "lenient = true\n"
        "[check]\nformat = \"json\"\nonly = [\"fail\", \"warn\"]\nstrict = false\n"
        "[limits]\nmax-depth = 50\nmax-memory = \"512M\"\nmax-file-size = 1024\ntime-limit = 2.5\n");
    CHECK(setting(config, "", "lenient").values == std::vector<std::string>{"true"});
    CHECK(setting(config, "check", "format").values == std::vector<std::string>{"json"});
    CHECK(setting(config, "check", "only").values == std::vector<std::string>{"fail", "warn"});
    CHECK(setting(config, "check", "strict").values == std::vector<std::string>{"false"});
    CHECK(setting(config, "limits", "max-depth").values == std::vector<std::string>{"50"});
    CHECK(setting(config, "limits", "max-memory").values == std::vector<std::string>{"512M"});
    CHECK(setting(config, "limits", "max-file-size").values == std::vector<std::string>{"1024"});
    CHECK(setting(config, "limits", "time-limit").values == std::vector<std::string>{"2.5"});
    // Where each value is written, for an error a flag's check finds in it later.
    const Setting& only = setting(config, "check", "only");
    CHECK(only.at[0].line == 5);
    CHECK(only.at[0].column == 9);
    CHECK(only.at[1].column == 17);
}

TEST_CASE("claimcheck.toml: paths are relative to the file, not to the working directory") {
    TempDir tmp;
    const fs::path file = tmp.path() / "project" / "claimcheck.toml";
    const ProjectConfig config = parsed("rules = \"style/rules\"\narticles = \"../copy\"\nroot = \"/srv/news\"\n", file);
    CHECK(setting(config, "", "rules").values[0] == (tmp.path() / "project" / "style" / "rules").string());
    CHECK(setting(config, "", "articles").values[0] == (tmp.path() / "copy").string());
    CHECK(setting(config, "", "root").values[0] == "/srv/news");
}

TEST_CASE("claimcheck.toml: a syntax error is placed where toml++ found it") {
    const auto errors = errors_of("rules = \"house\"\nlenient = tru\n");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].at.line == 2);
    CHECK(errors[0].at.column == 14);  // toml++ stops after the word it could not read
    CHECK(errors[0].source_line == "lenient = tru");
    CHECK(errors[0].render().rfind("claimcheck.toml:2:14: error: Error while parsing boolean: ", 0) == 0);
}

TEST_CASE("claimcheck.toml: unknown keys and tables, each at its key, in the order of the file") {
    const auto errors = errors_of("[limits]\nmax-depht = 5\n[check]\nformt = \"json\"\n[chek]\nformat = \"json\"\n");
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].at.line == 2);
    CHECK(errors[0].at.column == 1);
    CHECK(errors[0].message.find("unknown key `max-depht`; [limits] may hold max-depth, ") == 0);
    CHECK(errors[1].at.line == 4);
    CHECK(errors[1].message.find("unknown key `formt`; [check] may hold format, strict, only, quiet, color") == 0);
    CHECK(errors[2].at.line == 5);
    CHECK(errors[2].at.column == 2);
    CHECK(errors[2].message == "unknown table [chek]; claimcheck.toml may hold the tables [check], [test] and [limits]");
    CHECK(errors_of("rulez = \"x\"\n")[0].message.find("unknown key `rulez`; the top of claimcheck.toml may hold rules, articles, root, lenient") == 0);
    // A key of a command's table written at the top is not that command's.
    CHECK(errors_of("format = \"json\"\n")[0].message.find("unknown key `format`") == 0);
}

TEST_CASE("claimcheck.toml: a value of the wrong type is placed at the value") {
    auto one = [](const std::string& text) {
        const auto errors = errors_of(text);
        REQUIRE(errors.size() == 1);
        return errors[0];
    };
    const Diagnostic strict = one("[check]\nstrict = \"yes\"\n");
    CHECK(strict.at.line == 2);
    CHECK(strict.at.column == 10);
    CHECK(strict.message == "`strict` takes true or false, not a string");
    CHECK(one("rules = 5\n").message == "`rules` takes a path (a string, relative to this file), not an integer");
    CHECK(one("rules = \"\"\n").message == "`rules` is empty: write \".\" for this file's directory");
    CHECK(one("[limits]\nmax-depth = \"50\"\n").message == "`max-depth` takes a whole number, not a string");
    CHECK(one("[limits]\nmax-depth = 1.5\n").message == "`max-depth` takes a whole number, not a number with a fraction");
    CHECK(one("[limits]\ntime-limit = true\n").message == "`time-limit` takes a number of seconds, not true or false");
    const Diagnostic element = one("[check]\nonly = [\"fail\", 3]\n");
    CHECK(element.at.column == 17);
    CHECK(element.message == "`only` takes an array of verdicts, such as [\"fail\", \"warn\"], not an integer");
    CHECK(one("[check]\nonly = \"fail\"\n").message.find("`only` takes an array of verdicts") == 0);
    CHECK(one("[check]\nonly = []\n").message == "`only` is empty: leave it out to show every verdict");
    CHECK(one("check = 1\n").message == "`check` is a table ([check]), not an integer");
    CHECK(one("[check]\nformat = 2024-01-01\n").message == "`format` takes a string, not a date or time");
}

TEST_CASE("claimcheck.toml: read from disk, or why not") {
    TempDir tmp;
    auto missing = read_config(tmp.path() / "claimcheck.toml");
    REQUIRE(std::holds_alternative<std::vector<Diagnostic>>(missing));
    CHECK(std::get<std::vector<Diagnostic>>(missing)[0].message == "cannot read it: no such file");
    fs::create_directories(tmp.path() / "dir" / "claimcheck.toml");
    auto directory = read_config(tmp.path() / "dir" / "claimcheck.toml");
    REQUIRE(std::holds_alternative<std::vector<Diagnostic>>(directory));
    CHECK(std::get<std::vector<Diagnostic>>(directory)[0].message == "cannot read it: is a directory, not a file");
    tmp.write("ok/claimcheck.toml", "[check]\nquiet = true\n");
    CHECK(std::holds_alternative<ProjectConfig>(read_config(tmp.path() / "ok" / "claimcheck.toml")));
}

TEST_CASE("claimcheck.toml: the nearest one at or above the start, as Vale finds .vale.ini") {
    TempDir tmp;
    tmp.write("project/claimcheck.toml", "");
    tmp.write("project/stories/2024/kent.claims", "");
    tmp.write("project/stories/local/claimcheck.toml", "");
    const fs::path project = tmp.path() / "project";
    CHECK(found(nearest_config(project / "stories" / "2024" / "kent.claims")) == (project / "claimcheck.toml").string());
    CHECK(found(nearest_config(project / "stories" / "2024")) == (project / "claimcheck.toml").string());
    CHECK(found(nearest_config(project)) == (project / "claimcheck.toml").string());
    CHECK(found(nearest_config(project / "stories" / "local" / "x.claims")) ==
          (project / "stories" / "local" / "claimcheck.toml").string());
    // A name that does not exist (explain's FILE:LINE, a typo) is looked for from its directory.
    CHECK(found(nearest_config(project / "stories" / "2024" / "kent.claims:7")) == (project / "claimcheck.toml").string());
    CHECK(found(nearest_config(project / "missing" / "x.claims")) == (project / "claimcheck.toml").string());
    // A claimcheck.toml that is a directory is not one.
    fs::create_directories(tmp.path() / "other" / "claimcheck.toml");
    const auto none = nearest_config(tmp.path() / "other" / "x.claims");
    CHECK((!none || !inside(*none, tmp.path())));  // nothing here; above the temporary directory is not ours
}

TEST_CASE("claimcheck.toml: --config, then CLAIMCHECK_CONFIG, then the inputs' own") {
    TempDir tmp;
    tmp.write("a/claimcheck.toml", "");
    tmp.write("a/x.claims", "");
    tmp.write("b/claimcheck.toml", "");
    tmp.write("b/y.claims", "");
    const std::string x = (tmp.path() / "a" / "x.claims").string(), y = (tmp.path() / "b" / "y.claims").string();
    auto file_of = [](const std::variant<Located, std::string>& result) {
        REQUIRE(std::holds_alternative<Located>(result));
        return std::get<Located>(result);
    };
    const Located flag = file_of(locate_config("given.toml", "env.toml", {x}));
    CHECK(flag.file->string() == "given.toml");
    CHECK(flag.named_by == "--config");
    const Located env = file_of(locate_config("", "env.toml", {x}));
    CHECK(env.file->string() == "env.toml");
    CHECK(env.named_by == "CLAIMCHECK_CONFIG");
    const Located input = file_of(locate_config("", "", {x, x}));  // an empty variable is not set
    CHECK(found(input.file) == (tmp.path() / "a" / "claimcheck.toml").string());
    CHECK(input.named_by.empty());
    const auto both = locate_config("", nullptr, {x, y});
    REQUIRE(std::holds_alternative<std::string>(both));
    CHECK(std::get<std::string>(both).find("the inputs lie under different claimcheck.toml files") == 0);
    CHECK(std::get<std::string>(both).find("name the one to use with --config") != std::string::npos);
    // --config settles it, whatever the inputs.
    CHECK(file_of(locate_config("given.toml", nullptr, {x, y})).file->string() == "given.toml");
}

TEST_CASE("claimcheck.toml: every key is in a known place, once") {
    std::set<std::pair<std::string_view, std::string_view>> seen;
    for (const Key& key : keys()) {
        CHECK(seen.insert({key.section, key.name}).second);
        CHECK((key.section.empty() || std::find(sections().begin(), sections().end(), key.section) != sections().end()));
        CHECK((key.kind != ValueKind::path || !key.example.empty()));
    }
}
