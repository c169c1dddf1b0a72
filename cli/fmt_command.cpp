// claimcheck fmt: claims files rewritten in canonical layout, in place and only when that
// changes them; with --check, nothing written and the files that would change listed.
#include "options.hpp"
#include "session.hpp"

#include "engine/core/inert.hpp"
#include "engine/core/paths.hpp"
#include "engine/core/utf8.hpp"
#include "engine/format/format.hpp"

#include <iostream>
#include <algorithm>
#include <sstream>
#include <variant>

#include <sys/stat.h>

namespace claimcheck::cli {

namespace {

const std::string stdin_name = "-";

// Standard input whole, or nothing (after saying why) past the size a claims file may have.
std::optional<std::string> read_stdin(std::uintmax_t max_bytes) {
    std::string text;
    char buffer[65536];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
        if (text.size() > max_bytes) {
            std::cerr << "claimcheck: standard input: larger than --max-file-size (" << max_bytes << " bytes)\n";
            return std::nullopt;
        }
    }
    if (std::cin.bad()) {
        std::cerr << "claimcheck: standard input: cannot be read\n";
        return std::nullopt;
    }
    return text;
}

std::optional<std::string> read_claims(const std::string& path, std::uintmax_t max_bytes) {
    if (path == stdin_name) return read_stdin(max_bytes);
    auto read = read_input(path, max_bytes);
    if (const auto* why = std::get_if<FileError>(&read)) {
        std::cerr << "claimcheck: " << inert(path) << ": " << why->message() << "\n";
        return std::nullopt;
    }
    return std::get<std::string>(std::move(read));
}

// A line for the hint, cut short: a statement may run to megabytes.
std::string shown_line(const std::optional<std::string>& line) {
    if (!line) return "(end of file)";
    constexpr std::size_t most = 300;
    return inert(displayable(*line, most)) + (line->size() > most ? "…" : "");
}

// "file:3: not formatted" and the line as it is and as it would be.
void say_would_change(const std::string& shown, const std::string& before, const std::string& after) {
    const LineDifference at = first_difference(before, after);
    if (at.kind == LineDifference::Kind::line_ends) {
        std::cout << shown << ": not formatted (line ends, a byte order mark or the final newline)\n";
        return;
    }
    std::cout << shown << ":" << at.line << ": not formatted\n";
    std::cout << "  - " << shown_line(at.before) << "\n";
    std::cout << "  + " << shown_line(at.after) << "\n";
}

// The files a name stands for: itself, or the claims files under a directory, where a symbolic
// link is passed over (fmt rewrites only what is where it looked); nothing, after saying why.
std::optional<std::vector<std::string>> files_named(const std::string& given) {
    if (given == stdin_name || resolve(given).type != S_IFDIR) return std::vector<std::string>{given};
    std::error_code problem;
    std::vector<std::string> found;
    for (const auto& file : claims_files_in(given, problem)) {
        std::error_code ec;
        if (!std::filesystem::is_symlink(std::filesystem::symlink_status(file, ec))) found.push_back(file.string());
    }
    if (problem) {
        std::cerr << "claimcheck: " << inert(given) << ": cannot search it: " << problem.message() << "\n";
        return std::nullopt;
    }
    if (found.empty()) {
        std::cerr << "claimcheck: " << inert(given) << ": no .claims files in this directory\n";
        return std::nullopt;
    }
    return found;
}

enum class Outcome { unchanged, changed, failed };

Outcome format_one(const std::string& path, const FmtOptions& options) {
    const bool piped = path == stdin_name;
    const std::string shown = piped ? "<stdin>" : inert(path);
    const auto text = read_claims(path, options.limits.max_file_bytes);
    if (!text) return Outcome::failed;
    auto formatted = format_claims(SourceFile(piped ? "<stdin>" : path, *text), options.limits.parse);
    if (const auto* error = std::get_if<Diagnostic>(&formatted)) {
        print_errors({*error}, "not formatted");
        return Outcome::failed;
    }
    const std::string& result = std::get<std::string>(formatted);
    if (piped && !options.check) {
        std::cout << result << std::flush;
        return result == *text ? Outcome::unchanged : Outcome::changed;
    }
    if (result == *text) return Outcome::unchanged;
    if (options.check) {
        say_would_change(shown, *text, result);
        return Outcome::changed;
    }
    if (!replace_file(path, result)) return Outcome::failed;
    std::cout << "formatted " << shown << "\n";
    return Outcome::changed;
}

}  // namespace

int run_fmt(const FmtOptions& options) {
    if (std::count(options.files.begin(), options.files.end(), stdin_name) > 0 && options.files.size() > 1 &&
        !options.check) {
        std::cerr << "claimcheck: fmt: '-' formats standard input to standard output, and goes alone\n";
        return 2;
    }
    bool failed = false, changed = false;
    for (const auto& given : options.files) {
        const auto files = files_named(given);
        failed |= !files;
        for (const auto& path : files.value_or(std::vector<std::string>{})) {
            const Outcome outcome = format_one(path, options);
            failed |= outcome == Outcome::failed;
            changed |= outcome == Outcome::changed;
        }
    }
    if (failed) return 2;
    return options.check && changed ? 1 : 0;
}

}  // namespace claimcheck::cli
