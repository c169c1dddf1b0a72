#pragma once
// What the command line asked for, once parsed.
#include "engine/core/limits.hpp"
#include "output.hpp"

#include <string>
#include <vector>

namespace claimcheck::cli {

enum class Colour { automatic, always, never };

// How files are found and read: the same for every command.
struct InputOptions {
    std::string rules_dir;  // empty: find the rules installed beside the binary
    std::string root;       // the project directory `use` may not leave
    bool allow_outside = false;
    std::string articles_dir;  // where articles are looked for, before beside each claims file
    bool lenient = false;      // skip malformed table rows, counted, and weaken the claims resting on them
    Limits limits{};           // its clock starts when the options are made, at start-up
    std::string config_file;   // the claimcheck.toml the run used, if any, as shown
};

struct CheckOptions {
    std::vector<std::string> inputs;
    InputOptions input;
    OutputOptions output;
    std::string format = "text";
    bool at_article = false;  // --at article: line-format lines at each quote in its article
    bool strict = false;
    Colour colour = Colour::automatic;
    std::vector<std::string> only;  // the verdicts the text report shows; none: all
    bool quiet = false;             // the text report's problems and summary line only
};

struct TestOptions {
    std::vector<std::string> inputs;
    InputOptions input;
    OutputOptions output;
    std::string format = "text";
    bool update = false;      // rewrite each `expect` to the verdict found
    bool pin_checks = false;  // and pin every check on its own line (with update)
    bool quiet = false;       // the claims that missed and the totals only
};

struct ExplainOptions {
    std::string where;  // FILE:LINE or FILE:LINE:COL
    InputOptions input;
};

struct ExtractOptions {
    std::vector<std::string> articles;  // article files; `-` is standard input
    std::string stdin_name = "-";       // what the claims call the article read from standard input
    std::string rules_dir;              // whose house-style.claims says which words are vocabulary
    OutputOptions output;               // never one of the articles
    Limits limits{};                    // one article's size, the run's time and memory; its clock starts here
    std::string config_file;            // the claimcheck.toml the run used, if any, as shown
};

struct DraftOptions {
    std::vector<std::string> articles;  // article files; `-` is standard input
    std::string stdin_name = "-";       // what the claims call the article read from standard input
    std::vector<std::string> data;      // claims files of figures and tables the checks rest on
    InputOptions input;
    OutputOptions output;               // the drafted claims file; its `use`s are relative to it
    std::string format = "claims";      // or json: every candidate ranked
};

struct FmtOptions {
    std::vector<std::string> files;  // claims files or directories; "-" for standard input to standard output
    bool check = false;              // write nothing; list the files that would change
    Limits limits{};                 // what one file may hold (--max-file-size and the parse limits)
};

// Exit status: 0 nothing fails, 1 a claim fails or errors (or warns, with --strict),
// 2 the input could not be read, parsed or type-checked.
int run_check(const CheckOptions& options);

struct LspOptions {
    InputOptions input;  // the limits hold for each check the server makes, each counted from its start
};

// Exit status: 0 every claim meets its expectation, 1 one does not, 2 as for check.
int run_test(const TestOptions& options);

// Exit status: 0 explained, 2 no claim at that line or bad input.
int run_explain(const ExplainOptions& options);

// Exit status: 0 the skeleton was written, 2 an article or the output could not be read or written.
int run_extract(const ExtractOptions& options);

// Exit status: 0 the draft was written, 2 an article, a data file or the output could not be read or written.
int run_draft(const DraftOptions& options);

// Exit status: 0 DIR/claimcheck.toml was written (`text`), 2 one is there already or it cannot be written.
int run_init(const std::string& dir, const std::string& text);

// Exit status: 0 every file is (now) in canonical layout, 1 with --check a file is not,
// 2 a file could not be read, parsed or written (it is then left as it was).
int run_fmt(const FmtOptions& options);

// Serves the Language Server Protocol on standard input and output until the client says exit.
// Exit status: 0 after shutdown and exit, 1 on exit without shutdown or at the input's end, 2 bad options.
int run_lsp(const LspOptions& options);

}  // namespace claimcheck::cli
