#pragma once
// Where a command's result goes: standard output, or --output FILE. A file is
// written whole or not at all (a temporary beside it, then a rename), is never
// one of the run's inputs, and replaces an existing file only when asked to.
#include <string>
#include <vector>

namespace claimcheck::cli {

struct OutputOptions {
    std::string path;    // empty: standard output
    bool force = false;  // let `path` replace a file that exists
    std::string name = "--output";                     // how messages name the file: "--output report.json"
    std::string exists = "exists; --force replaces it";  // what is said of a file in the way
};

// Writes text where options say; false, after saying why on stderr, when it cannot
// or may not (`inputs` are the files the run read).
bool write_result(const OutputOptions& options, const std::string& text, const std::vector<std::string>& inputs);

// Replaces the regular file at path with text, whole or not at all, keeping its permissions
// (`test --update` and `fmt` rewriting a claims file they were asked to); false, after saying
// why on stderr, when it cannot.
bool replace_file(const std::string& path, const std::string& text);

}  // namespace claimcheck::cli
