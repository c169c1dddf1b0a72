// cli/config/config_options: claimcheck.toml under the command line. A setting fills an
// option the command line left out, through that option's own checks; a flag always wins;
// a command's table is that command's alone; `claimcheck init` writes a file that reads back.
#include "cli/config/config_options.hpp"

#include "support.hpp"

using namespace claimcheck;
using namespace claimcheck::config;
using claimcheck::test::rendered;

namespace {

// A command line shaped as claimcheck's: a check and a test command with some of its flags.
struct Line {
    CLI::App app{"claimcheck"};
    std::string rules, format = "text", test_format = "text", memory = "2G";
    std::vector<std::string> only;
    bool strict = false, quiet = false;
    std::size_t depth = 200;
    std::vector<std::string> inputs;
    CLI::App* check = app.add_subcommand("check");
    CLI::App* test = app.add_subcommand("test");

    Line() {
        check->add_option("inputs", inputs);
        check->add_option("--rules", rules, "directory holding house-style.claims");
        check->add_option("--format", format, "report format")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
        check->add_option("--only", only, "verdicts")->delimiter(',')->check(CLI::IsMember({"pass", "warn", "fail"}));
        check->add_flag("--strict", strict, "exit 1 on warn");
        check->add_flag("--quiet", quiet, "problems only");
        check->add_option("--max-depth", depth, "brackets nested")->check(CLI::Range(1, 1000))->capture_default_str();
        check->add_option("--max-memory", memory, "memory")->capture_default_str();
        test->add_option("--format", test_format, "results")->check(CLI::IsMember({"text", "junit"}))->capture_default_str();
    }

    void parse(std::vector<std::string> args) {
        std::reverse(args.begin(), args.end());  // CLI11 takes them last first
        app.parse(args);
    }
};

ProjectConfig config_of(const std::string& text) {
    auto result = parse_config("/project/claimcheck.toml", text);
    if (auto* errors = std::get_if<std::vector<Diagnostic>>(&result)) FAIL(rendered(*errors));
    return std::get<ProjectConfig>(std::move(result));
}

}  // namespace

TEST_CASE("claimcheck.toml fills what the command line left out") {
    Line line;
    line.parse({"check", "a.claims"});
    const auto errors = apply(config_of("rules = \"style\"\n[check]\nformat = \"json\"\nonly = [\"fail\", \"warn\"]\n"
                                        "strict = true\n[limits]\nmax-depth = 50\n"),
                              *line.check);
    CHECK(rendered(errors).empty());
    CHECK(line.rules == "/project/style");
    CHECK(line.format == "json");
    CHECK(line.only == std::vector<std::string>{"fail", "warn"});
    CHECK(line.strict);
    CHECK(line.depth == 50);
}

TEST_CASE("a flag on the command line wins over claimcheck.toml") {
    Line line;
    line.parse({"check", "a.claims", "--format", "text", "--max-depth", "7", "--only", "pass"});
    const auto errors = apply(config_of("[check]\nformat = \"json\"\nonly = [\"fail\"]\nquiet = true\n"
                                        "[limits]\nmax-depth = 50\n"),
                              *line.check);
    CHECK(errors.empty());
    CHECK(line.format == "text");
    CHECK(line.depth == 7);
    CHECK(line.only == std::vector<std::string>{"pass"});
    CHECK(line.quiet);  // not on the command line: the file's
}

TEST_CASE("a command's table is that command's alone") {
    Line line;
    line.parse({"test"});
    CHECK(apply(config_of("[check]\nformat = \"json\"\n[test]\nformat = \"junit\"\n"), *line.test).empty());
    CHECK(line.test_format == "junit");
    CHECK(line.format == "text");
    // And a key the running command has no flag for is left alone (extract has no --articles).
    Line other;
    other.parse({"test"});
    CHECK(apply(config_of("rules = \"style\"\n[limits]\nmax-depth = 5000\n"), *other.test).empty());
}

TEST_CASE("claimcheck.toml's values are judged by the flags' own checks, each error at its value") {
    Line line;
    line.parse({"check", "a.claims"});
    const auto errors = apply(config_of("[check]\nformat = \"xml\"\nonly = [\"fail\", \"wurn\"]\n"
                                        "[limits]\nmax-depth = 5000\n"),
                              *line.check);
    REQUIRE(errors.size() == 3);
    const std::string text = rendered(errors);
    CHECK(text.find("claimcheck.toml:2:10: error: `format`: xml not in {text,json}\n"
                    "  format = \"xml\"\n"
                    "           ^\n") != std::string::npos);
    CHECK(text.find("claimcheck.toml:3:17: error: `only`: wurn not in {pass,warn,fail}\n") != std::string::npos);
    CHECK(text.find("claimcheck.toml:5:13: error: `max-depth`: Value 5000 not in range 1 to 1000") != std::string::npos);
}

TEST_CASE("claimcheck init's file: every key at its flag's default, commented out, and it reads back") {
    Line line;  // lacks flags claimcheck has: init refuses to leave a key out
    CHECK_THROWS_AS(init_text(line.app), std::logic_error);
    CLI::App full{"claimcheck"};
    std::map<std::string, std::string> values;
    for (const char* name : {"check", "test"}) full.add_subcommand(name);
    for (const Key& key : keys()) {
        CLI::App* command = full.get_subcommand(key.section == "test" ? "test" : "check");
        command->add_option("--" + std::string(key.name), values[std::string(key.name)], "what " + std::string(key.name) + " does")
            ->default_str(key.kind == ValueKind::size ? "16M" : key.kind == ValueKind::text ? "text" : "200");
    }
    const std::string text = init_text(full);
    CHECK(text.find("\n# what max-depth does\n# max-depth = 200\n") != std::string::npos);
    CHECK(text.find("\n# max-memory = \"16M\"\n") != std::string::npos);
    CHECK(text.find("\n# rules = \"rules\"\n") != std::string::npos);
    CHECK(text.find("\n# root = \".\"\n") != std::string::npos);
    CHECK(text.find("\n# only = [\"pass\", \"unverifiable\", \"warn\", \"fail\", \"error\"]\n") != std::string::npos);
    // Uncommented, every key is accepted as written.
    std::string uncommented;
    std::istringstream lines(text);
    for (std::string l; std::getline(lines, l);)
        uncommented += (l.rfind("# ", 0) == 0 && l.find(" = ") != std::string::npos ? l.substr(2) : l) + "\n";
    const ProjectConfig config = config_of(uncommented);
    CHECK(config.settings.size() == keys().size());
}
