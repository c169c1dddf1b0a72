// claimcheck.toml found and read: each key checked against the table of keys, each value
// against its kind, every error placed at the text that is wrong.
#include "project_config.hpp"

#include "engine/core/paths.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <set>

namespace claimcheck::config {

namespace fs = std::filesystem;

namespace {

using enum ValueKind;

// The flags a project sets once rather than on every run. The command line's limits
// are all here: a newsroom's large tables need the same --max-memory every time.
constexpr std::array key_table{
    Key{"", "rules", path, "rules"},
    Key{"", "articles", path, "articles"},
    Key{"", "root", path, "."},
    Key{"", "lenient", boolean},
    Key{"check", "format", text},
    Key{"check", "strict", boolean},
    Key{"check", "only", verdicts},
    Key{"check", "quiet", boolean},
    Key{"check", "color", text},
    Key{"test", "format", text},
    Key{"test", "quiet", boolean},
    Key{"limits", "max-depth", count},
    Key{"limits", "max-token", count},
    Key{"limits", "max-digits", count},
    Key{"limits", "max-file-size", size},
    Key{"limits", "max-bits", count},
    Key{"limits", "max-claims", count},
    Key{"limits", "max-distinct", count},
    Key{"limits", "max-use-depth", count},
    Key{"limits", "time-limit", seconds},
    Key{"limits", "max-memory", size},
};

constexpr std::array<std::string_view, 3> section_table{"check", "test", "limits"};

constexpr std::uintmax_t most_bytes = 1u << 20;  // a settings file; anything larger is not one

Location location_of(const toml::source_region& region) {
    return {static_cast<int>(region.begin.line), static_cast<int>(region.begin.column)};
}

std::string type_name(toml::node_type type) {
    switch (type) {
    case toml::node_type::table: return "a table";
    case toml::node_type::array: return "an array";
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a number with a fraction";
    case toml::node_type::boolean: return "true or false";
    case toml::node_type::date:
    case toml::node_type::time:
    case toml::node_type::date_time: return "a date or time";
    case toml::node_type::none: break;
    }
    return "nothing";
}

std::string what_it_takes(ValueKind kind) {
    switch (kind) {
    case path: return "a path (a string, relative to this file)";
    case text: return "a string";
    case boolean: return "true or false";
    case count: return "a whole number";
    case size: return "a number of bytes, or a string such as \"512M\"";
    case seconds: return "a number of seconds";
    case verdicts: return "an array of verdicts, such as [\"fail\", \"warn\"]";
    }
    return "";
}

std::string quoted_list(std::string_view section) {
    std::string out;
    for (const Key& key : key_table)
        if (key.section == section) out += (out.empty() ? "" : ", ") + std::string(key.name);
    return out;
}

class Reader {
public:
    Reader(const fs::path& file, SourceFile source) : config_{file, std::move(source), {}} {}

    std::variant<ProjectConfig, std::vector<Diagnostic>> read() {
        toml::table document;
        try {
            document = toml::parse(config_.source.text(), config_.source.path());
        } catch (const toml::parse_error& error) {
            return std::vector{config_.error_at(location_of(error.source()), std::string(error.description()))};
        }
        section(document, "");
        if (!errors_.empty()) {
            sort_diagnostics(errors_);  // a table's keys come in the order of their names
            return std::move(errors_);
        }
        return std::move(config_);
    }

private:
    void section(const toml::table& table, std::string_view name) {
        for (const auto& [key, node] : table) {
            const std::string_view word = key.str();
            if (name.empty() && std::find(section_table.begin(), section_table.end(), word) != section_table.end()) {
                if (const auto* inner = node.as_table())
                    section(*inner, word);
                else
                    fail(key.source(), "`" + std::string(word) + "` is a table ([" + std::string(word) + "]), not " +
                                           type_name(node.type()));
                continue;
            }
            const auto found = std::find_if(key_table.begin(), key_table.end(),
                                            [&](const Key& k) { return k.section == name && k.name == word; });
            if (found == key_table.end()) {
                unknown(key, name, node.is_table());
                continue;
            }
            setting(*found, node);
        }
    }

    void unknown(const toml::key& key, std::string_view name, bool table) {
        std::string message = "unknown key `" + std::string(key.str()) + "`; ";
        if (name.empty() && table)
            message = "unknown table [" + std::string(key.str()) + "]; " + std::string(file_name) +
                      " may hold the tables [check], [test] and [limits]";
        else if (name.empty())
            message += "the top of " + std::string(file_name) + " may hold " + quoted_list("") +
                       ", and the tables [check], [test] and [limits]";
        else
            message += "[" + std::string(name) + "] may hold " + quoted_list(name);
        fail(key.source(), message);
    }

    void setting(const Key& key, const toml::node& node) {
        Setting out{&key, {}, {}};
        const std::size_t errors_before = errors_.size();
        auto add = [&](std::string value, const toml::node& at) {
            out.values.push_back(std::move(value));
            out.at.push_back(location_of(at.source()));
        };
        auto wrong = [&](const toml::node& at) {
            fail(at.source(), "`" + std::string(key.name) + "` takes " + what_it_takes(key.kind) + ", not " +
                                  type_name(at.type()));
        };
        switch (key.kind) {
        case path:
            if (const auto* s = node.as_string(); s && !s->get().empty())
                add(display_path(tidy(fs::absolute(config_.file).parent_path() / s->get())), node);
            else if (s)
                fail(node.source(), "`" + std::string(key.name) + "` is empty: write \".\" for this file's directory");
            else
                wrong(node);
            break;
        case text:
            if (const auto* s = node.as_string()) add(s->get(), node);
            else wrong(node);
            break;
        case boolean:
            if (const auto* b = node.as_boolean()) add(b->get() ? "true" : "false", node);
            else wrong(node);
            break;
        case count:
        case size:
        case seconds:
            if (const auto* i = node.as_integer())
                add(std::to_string(i->get()), node);
            else if (const auto* s = node.as_string(); s && key.kind == size)
                add(s->get(), node);
            else if (const auto* f = node.as_floating_point(); f && key.kind == seconds)
                add(shortest(f->get()), node);
            else
                wrong(node);
            break;
        case verdicts:
            if (const auto* array = node.as_array(); array && array->empty()) {
                fail(node.source(), "`" + std::string(key.name) + "` is empty: leave it out to show every verdict");
            } else if (array) {
                for (const auto& element : *array)
                    if (const auto* s = element.as_string()) add(s->get(), element);
                    else wrong(element);
            } else {
                wrong(node);
            }
            break;
        }
        if (errors_.size() == errors_before) config_.settings.push_back(std::move(out));
    }

    static std::string shortest(double value) {
        char buffer[64];
        auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
        return ec == std::errc() ? std::string(buffer, end) : std::string("nan");
    }

    void fail(const toml::source_region& region, std::string message) {
        errors_.push_back(config_.error_at(location_of(region), std::move(message)));
    }

    ProjectConfig config_;
    std::vector<Diagnostic> errors_;
};

}  // namespace

std::span<const Key> keys() { return key_table; }
std::span<const std::string_view> sections() { return section_table; }

Diagnostic ProjectConfig::error_at(Location at, std::string message) const {
    if (at.line < 1) at = {1, 1};
    return Diagnostic{source.path(), at, std::move(message), std::string(source.line(at.line)), {}};
}

std::variant<ProjectConfig, std::vector<Diagnostic>> parse_config(const fs::path& file, std::string text) {
    return Reader(file, SourceFile(display_path(file), std::move(text))).read();
}

std::variant<ProjectConfig, std::vector<Diagnostic>> read_config(const fs::path& file) {
    auto text = read_input(file, most_bytes);
    if (auto* error = std::get_if<FileError>(&text))
        return std::vector{Diagnostic{display_path(file), {}, "cannot read it: " + error->message(), {}, {}}};
    return parse_config(file, std::move(std::get<std::string>(text)));
}

std::optional<fs::path> nearest_config(const fs::path& start) {
    std::error_code ec;
    fs::path dir = fs::absolute(start, ec).lexically_normal();
    if (ec) return std::nullopt;
    if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
    for (;;) {
        const fs::path candidate = dir / file_name;
        if (fs::is_regular_file(candidate, ec)) return candidate;
        if (dir == dir.parent_path()) return std::nullopt;
        dir = dir.parent_path();
    }
}

std::variant<Located, std::string> locate_config(const std::string& flag, const char* environment,
                                                 const std::vector<std::string>& inputs) {
    if (!flag.empty()) return Located{flag, "--config"};
    if (environment && *environment) return Located{fs::path(environment), environment_variable};
    std::set<fs::path> found;
    for (const auto& input : inputs)
        if (auto file = nearest_config(input)) found.insert(*file);
    if (found.size() > 1) {
        std::string names;
        for (const auto& file : found) names += (names.empty() ? "" : " and ") + display_path(file);
        return "the inputs lie under different " + std::string(file_name) + " files, " + names +
               "; name the one to use with --config";
    }
    if (found.size() == 1) return Located{*found.begin(), ""};
    std::error_code ec;
    return Located{nearest_config(fs::current_path(ec)), ""};
}

}  // namespace claimcheck::config
