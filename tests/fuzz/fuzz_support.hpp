#pragma once
// What the fuzz targets share: a private scratch directory for the inputs that
// must be files (claims files, CSV tables), the repository's rules, and every
// report format written from a report.
#include "engine/report/writers.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <unistd.h>

namespace claimcheck::fuzz {

// One directory per process, so parallel fuzzing jobs never share files.
inline const std::filesystem::path& scratch() {
    static const std::filesystem::path dir = [] {
        auto d = std::filesystem::temp_directory_path() / ("claimcheck-fuzz-" + std::to_string(getpid()));
        std::filesystem::create_directories(d);
        return std::filesystem::canonical(d);  // tables are opened by paths with no symbolic link in them
    }();
    return dir;
}

inline std::string write(const std::string& name, std::string_view bytes) {
    const auto path = scratch() / name;
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path.string();
}

inline std::filesystem::path rules_dir() { return std::filesystem::path(CLAIMCHECK_SOURCE_DIR) / "rules"; }

// Every writer on one report: text in colour or plain, lines, JSON, JUnit and HTML.
inline void write_every_format(const Report& report, bool colour) {
    std::ostringstream out;
    report::write_text(out, report, report::Style{colour});
    report::write_lines(out, report);
    report::write_json(out, report, "fuzz");
    report::write_junit(out, report);
    report::write_html(out, report, "fuzz");
}

}  // namespace claimcheck::fuzz
