// Open documents, and each claims document checked from the editor's text.
#include "engine/lsp/workspace.hpp"

#include "engine/core/deadline.hpp"
#include "engine/core/paths.hpp"
#include "engine/lsp/positions.hpp"

#include <algorithm>
#include <filesystem>
#include <new>

namespace claimcheck::lsp {

namespace fs = std::filesystem;

namespace {

// Claims files beside an article checked at most: a directory of thousands is not read whole.
constexpr std::size_t max_beside = 64;

bool is_claims_path(const std::string& path) { return fs::path(path).extension() == ".claims"; }

}  // namespace

const Module* DocumentCheck::module() const {
    for (const auto& module : program.modules)
        if (module->target) return module.get();
    return nullptr;
}

std::unique_ptr<DocumentCheck> analyze(const std::string& path, const std::string& text, const PipelineOptions& options) {
    PipelineOptions now = options;
    now.limits.started = Deadline::Clock::now();
    auto out = std::make_unique<DocumentCheck>(now.limits);
    out->path = path;
    if (text.size() > now.limits.max_file_bytes) {  // as a file of that size on disk is refused
        out->errors = {Diagnostic{path, {1, 1},
                                  over_limit("a file of " + std::to_string(text.size()) + " bytes", now.limits.max_file_bytes,
                                             "--max-file-size"),
                                  "", {}, 0}};
        return out;
    }
    const Deadline deadline(now.limits);
    const Deadline::Scope in_time(deadline);
    const Budget::Scope in_budget(out->budget);
    try {
        LoadResult loaded = load_text(path, text, load_options(now));
        out->program = std::move(loaded.program);
        if (!loaded.errors.empty()) {
            out->errors = std::move(loaded.errors);
            return out;
        }
        std::vector<Diagnostic> bound;  // check_and_anchor reports them again, in its order
        out->scopes = claimcheck::bind(out->program, bound);
        PipelineOutcome outcome = check_and_anchor(out->program, {path}, now);
        out->report = std::move(outcome.report);
        out->errors = std::move(outcome.errors);
        out->nothing_to_check = std::move(outcome.nothing_to_check);
    } catch (const LimitExceeded& limit) {
        out->report.reset();
        out->errors = {limit.diagnostic};
    } catch (const std::bad_alloc&) {  // past the budget's estimates: still a limit, for this text
        out->report.reset();
        out->errors = {Diagnostic{path, {1, 1}, "out of memory while checking this file; --max-memory sets the budget", "", {}, 0}};
    }
    return out;
}

bool Workspace::open(const std::string& uri, std::string text, int version, bool claims_language) {
    const auto path = path_of(uri);
    if (!path) return false;
    Entry& entry = entries_[uri];
    entry.document = {uri, *path, std::move(text), version, claims_language || is_claims_path(*path)};
    if (entry.document.claims) {
        entry.current = analyze(*path, entry.document.text, options_);
        if (entry.current->module()) entry.last_loaded = std::move(entry.current), entry.current = nullptr;
    }
    return true;
}

void Workspace::close(const std::string& uri) { entries_.erase(uri); }

const Document* Workspace::document(const std::string& uri) const {
    const auto found = entries_.find(uri);
    return found == entries_.end() ? nullptr : &found->second.document;
}

std::vector<const Document*> Workspace::documents() const {
    std::vector<const Document*> out;
    for (const auto& [uri, entry] : entries_) out.push_back(&entry.document);
    return out;
}

const DocumentCheck* Workspace::analysis(const std::string& uri) const {
    const auto found = entries_.find(uri);
    if (found == entries_.end()) return nullptr;
    // The latest check is the one kept as loaded when it loaded.
    return found->second.current ? found->second.current.get() : found->second.last_loaded.get();
}

const DocumentCheck* Workspace::loaded(const std::string& uri) const {
    const auto found = entries_.find(uri);
    return found == entries_.end() ? nullptr : found->second.last_loaded.get();
}

std::vector<const DocumentCheck*> Workspace::reading(const std::string& path) const {
    std::vector<const DocumentCheck*> out;
    std::vector<std::string> open;
    const auto reads = [&](const DocumentCheck& analysis) {
        if (!analysis.report) return false;
        return std::any_of(analysis.report->articles.begin(), analysis.report->articles.end(),
                           [&](const ArticleReport& a) { return a.found() && same_file(a.path, path); });
    };
    for (const auto& [uri, entry] : entries_) {
        if (!entry.document.claims) continue;
        open.push_back(entry.document.path);
        if (const DocumentCheck* a = analysis(uri); a && reads(*a)) out.push_back(a);
    }
    for (const auto& beside : on_disk_) {  // not a structured binding: clang 14 cannot capture one in a lambda
        const std::string& file = beside.first;
        const bool is_open = std::any_of(open.begin(), open.end(), [&](const std::string& p) { return same_file(p, file); });
        if (!is_open && reads(*beside.second)) out.push_back(beside.second.get());
    }
    return out;
}

void Workspace::read_beside(const std::string& article_path) {
    for (const auto& file : claims_files_in(fs::path(article_path).parent_path().string(), max_beside)) {
        auto text = read_input(file, options_.limits.max_file_bytes);
        if (const auto* read = std::get_if<std::string>(&text)) on_disk_[file] = analyze(file, *read, options_);
        else on_disk_.erase(file);
    }
}

std::map<std::string, std::string> Workspace::claims_files(const std::string& path) const {
    std::map<std::string, std::string> out;
    for (const auto& [uri, entry] : entries_) {
        if (!entry.document.claims) continue;
        out[normal_path(entry.document.path)] = entry.document.text;
        if (const DocumentCheck* a = loaded(uri))
            for (const auto& module : a->program.modules)
                if (!module->origin) out.emplace(normal_path(module->source.path()), module->source.text());
    }
    for (const auto& file : claims_files_in(fs::path(path).parent_path().string(), max_beside)) {
        if (out.count(normal_path(file))) continue;
        auto text = read_input(file, options_.limits.max_file_bytes);
        if (auto* read = std::get_if<std::string>(&text)) out[normal_path(file)] = std::move(*read);
    }
    return out;
}

std::vector<std::string> claims_files_in(const std::string& directory, std::size_t limit) {
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::directory_iterator it(directory.empty() ? "." : directory, ec), end; !ec && it != end; it.increment(ec)) {
        if (is_claims_path(it->path().string()) && it->is_regular_file(ec)) out.push_back(it->path().string());
    }
    std::sort(out.begin(), out.end());
    if (out.size() > limit) out.resize(limit);
    return out;
}

std::string normal_path(const std::string& path) {
    std::error_code ec;
    const fs::path out = fs::weakly_canonical(fs::absolute(path, ec), ec);
    return ec ? fs::absolute(path, ec).lexically_normal().string() : out.string();
}

bool same_file(const std::string& a, const std::string& b) {
    std::error_code ec;
    if (fs::equivalent(a, b, ec)) return true;
    const fs::path first = fs::weakly_canonical(a, ec);
    if (ec) return a == b;
    const fs::path second = fs::weakly_canonical(b, ec);
    return ec ? a == b : first == second;
}

}  // namespace claimcheck::lsp
