// claimcheck: checks the numbers in news copy against the counts they rest on.
#include "config/config_options.hpp"
#include "deep_stack.hpp"
#include "options.hpp"
#include "progress_line.hpp"
#include "run_limits.hpp"
#include "session.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "engine/core/inert.hpp"
#include "engine/core/paths.hpp"
#include "engine/core/verdict.hpp"

namespace {

using namespace claimcheck::cli;

void setup_logging(bool verbose) {
    // Diagnostics go to stderr, never into the report on stdout.
    auto logger = spdlog::stderr_color_mt("claimcheck");
    logger->set_pattern("claimcheck: %l: %v");
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

void add_input_options(CLI::App* command, InputOptions& input) {
    command->add_option("--rules", input.rules_dir, "directory holding house-style.claims and other rules")
        ->envname("CLAIMCHECK_RULES");
    command->add_option("--root", input.root,
                        "the project directory `use` may not leave (default: the working directory)");
    command->add_flag("--allow-outside", input.allow_outside,
                      "let `use` and article names read files outside the project directory");
    command->add_flag("--lenient", input.lenient,
                      "skip malformed rows of tables (the report counts them; passes resting on them become warns)");
    command->add_option("--articles", input.articles_dir,
                        "directory holding the articles claims are `in` (default: beside each claims file)");
    add_limit_options(command, input.limits);
}

void add_output_options(CLI::App* command, OutputOptions& output) {
    command->add_option("-o,--output", output.path,
                        "write to FILE (whole or not at all) instead of standard output")
        ->check([](const std::string& path) {
            return path.empty() ? std::string("an empty name is no file; leave out --output for standard output")
                                : std::string();
        });
    command->add_flag("--force", output.force, "let --output replace a file that exists (never an input)");
}

void add_stdin_name_option(CLI::App* command, std::string& name) {
    command->add_option("--stdin-name", name,
                        "the name the claims give the article read from standard input (-); its extension says how it "
                        "is read (default: -, HTML when it begins as a page does, else plain text)");
}

// --only's values: the verdicts' names.
std::vector<std::string> verdict_names() {
    std::vector<std::string> names;
    for (claimcheck::Verdict v : claimcheck::all_verdicts) names.emplace_back(claimcheck::verdict_name(v));
    return names;
}

// The run's claimcheck.toml applied under the command line; false after printing its errors.
bool configure(CLI::App& command, const std::string& config_file, std::string& used, std::string_view outcome) {
    auto configured = claimcheck::config::configure(command, config_file);
    if (auto* errors = std::get_if<std::vector<claimcheck::Diagnostic>>(&configured)) {
        print_errors(*errors, outcome);
        return false;
    }
    const auto& file = std::get<claimcheck::config::Configured>(configured).file;
    used = file ? claimcheck::display_path(*file) : "";
    spdlog::debug("configuration: {}", file ? claimcheck::inert(used) : "none (no claimcheck.toml found)");
    return true;
}

Colour colour_named(const std::string& name) {
    return name == "always" ? Colour::always : name == "never" ? Colour::never : Colour::automatic;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"claimcheck: checks the numbers in news copy against the counts they rest on"};
    app.set_version_flag("--version", CLAIMCHECK_VERSION);
    app.require_subcommand(1);
    app.fallthrough();  // --verbose may come after the subcommand too
    bool verbose = false;
    app.add_flag("-v,--verbose", verbose, "log what claimcheck does on stderr");
    std::string config_file;
    app.add_option("--config", config_file,
                   "settings from FILE (or $CLAIMCHECK_CONFIG) instead of the nearest claimcheck.toml above the inputs")
        ->type_name("FILE");

    CheckOptions check;
    std::string colour = "auto";
    auto* check_cmd = app.add_subcommand("check", "check every claim in the files and directories given");
    check_cmd->add_option("inputs", check.inputs, ".claims files, or directories searched for them")->required();
    check_cmd->add_option("--format", check.format, "report format")
        ->check(CLI::IsMember({"text", "line", "json", "html"}))
        ->capture_default_str();
    std::string at = "claims";
    check_cmd->add_option("--at", at,
                          "with --format line: put each claim's lines at its checks in the claims file, or at its quote "
                          "in the article (line:col in the article's file; a quote not located stays at the claims file)")
        ->check(CLI::IsMember({"claims", "article"}))
        ->capture_default_str();
    check_cmd->add_flag("--strict", check.strict, "exit 1 on warn as well as on fail");
    check_cmd->add_option("--only", check.only, "show only the claims with these verdicts in the text report (a list: fail,warn)")
        ->delimiter(',')->check(CLI::IsMember(verdict_names()))->type_name("VERDICTS");
    check_cmd->add_flag("--quiet", check.quiet, "the text report shows only the claims that did not pass, and the summary");
    check_cmd->add_option("--color", colour, "colour the text report (never with NO_COLOR set)")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    add_input_options(check_cmd, check.input);
    add_output_options(check_cmd, check.output);

    TestOptions test;
    auto* test_cmd = app.add_subcommand(
        "test", "run claim files as a test suite: each claim's verdict must be the one pinned with `expect` (pass if none)");
    test_cmd->add_option("inputs", test.inputs, ".claims files, or directories searched for them")->required();
    test_cmd->add_option("--format", test.format, "results as text, or as JUnit XML for CI")
        ->check(CLI::IsMember({"text", "junit"}))
        ->capture_default_str();
    auto* update = test_cmd->add_flag(
        "--update", test.update, "rewrite each `expect` to the verdict found, in place, saying each change (as snapshot tests do)");
    test_cmd->add_flag("--pin-checks", test.pin_checks,
                       "with --update: pin each check's own verdict on its line, so that any check that moves fails the suite")
        ->needs(update);
    test_cmd->add_flag("--quiet", test.quiet, "show only the claims that missed their expectation, and the totals");
    add_input_options(test_cmd, test.input);
    add_output_options(test_cmd, test.output);

    ExplainOptions explain;
    auto* explain_cmd = app.add_subcommand("explain", "show every step of the arithmetic behind the claim at FILE:LINE");
    explain_cmd->add_option("where", explain.where, "FILE:LINE (or FILE:LINE:COL), a line of the claim or of one of its checks")->required();
    add_input_options(explain_cmd, explain.input);

    ExtractOptions extract;
    auto* extract_cmd = app.add_subcommand(
        "extract", "draft a skeleton .claims file: a claim with its quote for every number the articles state");
    extract_cmd->add_option("articles", extract.articles, "article files (plain text, .md, .html); - reads standard input")
        ->required();
    add_stdin_name_option(extract_cmd, extract.stdin_name);
    extract_cmd->add_option("--rules", extract.rules_dir,
                            "directory holding house-style.claims, whose words extract finds and writes")
        ->envname("CLAIMCHECK_RULES");
    add_output_options(extract_cmd, extract.output);
    add_extract_limit_options(extract_cmd, extract.limits);

    DraftOptions draft;
    auto* draft_cmd = app.add_subcommand(
        "draft", "write the checks: a claims file with, for each number the articles state, the check the data best supports");
    draft_cmd->add_option("articles", draft.articles, "article files (plain text, .md, .html); - reads standard input")
        ->required();
    add_stdin_name_option(draft_cmd, draft.stdin_name);
    draft_cmd->add_option("--data", draft.data, "claims files of the figures and tables (let, table) the checks rest on")
        ->required();
    draft_cmd->add_option("--format", draft.format, "claims (default) or json (every candidate, ranked)")
        ->check(CLI::IsMember({"claims", "json"}));
    add_input_options(draft_cmd, draft.input);
    add_output_options(draft_cmd, draft.output);

    std::string init_dir = ".";
    auto* init_cmd = app.add_subcommand("init", "write a commented claimcheck.toml into DIR (never over one that is there)");
    init_cmd->add_option("dir", init_dir, "the project's top directory (default: the working directory)");

    FmtOptions fmt;
    auto* fmt_cmd = app.add_subcommand(
        "fmt", "rewrite claims files in canonical layout, in place and only when that changes them; exit 0 when "
               "formatted, 1 with --check when a file is not, 2 when a file cannot be read, parsed or written");
    fmt_cmd->add_option("files", fmt.files,
                        ".claims files, or directories searched for them; - reads standard input and writes "
                        "standard output")
        ->required();
    fmt_cmd->add_flag("--check", fmt.check, "write nothing: list each file that is not formatted, with its first "
                                           "differing line, and exit 1 if there is one");
    add_fmt_limit_options(fmt_cmd, fmt.limits);

    LspOptions lsp;
    auto* lsp_cmd = app.add_subcommand(
        "lsp", "serve the Language Server Protocol on standard input and output, for editors (docs/editors.md)");
    add_input_options(lsp_cmd, lsp.input);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    setup_logging(verbose);
    if (*init_cmd) return run_init(init_dir, claimcheck::config::init_text(app));
    const claimcheck::Limits& limits = *extract_cmd ? extract.limits
                                       : *fmt_cmd     ? fmt.limits
                                       : *lsp_cmd     ? lsp.input.limits
                                       : *draft_cmd ? draft.input.limits
                                       : *test_cmd  ? test.input.limits
                                       : *explain_cmd ? explain.input.limits
                                                      : check.input.limits;
    const std::string_view outcome = *extract_cmd ? "nothing was extracted"
                                     : *draft_cmd ? "nothing was drafted"
                                     : *explain_cmd ? "nothing was explained"
                                     : *fmt_cmd     ? "not formatted"
                                                    : "nothing was checked";
    std::string used;  // the claimcheck.toml applied, for where the rules were looked for
    if (!configure(*app.get_subcommands().front(), config_file, used, outcome)) return 2;
    for (InputOptions* input : {&check.input, &test.input, &explain.input, &draft.input, &lsp.input})
        input->config_file = used;
    extract.config_file = used;
    check.colour = colour_named(colour);
    check.at_article = at == "article";  // after the configuration, which may set the format
    if (*check_cmd && check.at_article && check.format != "line") {
        std::cerr << "claimcheck: --at article places the lines of --format line; the " << check.format
                  << " report places quotes itself\n";
        return 2;
    }
    return run_with_stack(stack_for(limits.parse.max_depth), [&] {
        if (*lsp_cmd) return run_lsp(lsp);  // a server outlives any one run's limits: each check has its own
        const RunLimits running(limits);
        const ProgressLine progress;  // on a terminal only
        try {
            if (*test_cmd) return run_test(test);
            if (*explain_cmd) return run_explain(explain);
            if (*extract_cmd) return run_extract(extract);
            if (*draft_cmd) return run_draft(draft);
            if (*fmt_cmd) return run_fmt(fmt);
            return run_check(check);
        } catch (const claimcheck::LimitExceeded& limit) {  // wherever the run reached it: no report
            print_errors({limit.diagnostic}, outcome);
            return 2;
        } catch (const std::bad_alloc&) {  // past the budget's estimates: still a limit, not a bug
            print_errors({out_of_memory(limits)}, outcome);
            return 2;
        } catch (const std::exception& e) {
            // A bug in claimcheck, not in the input: say so instead of aborting.
            spdlog::critical("internal error: {}; please report it with the input that caused it", e.what());
            return 3;
        }
    });
}
