#pragma once
// What the server knows: the documents the editor has open, as it holds them (not as
// they are on disk), and each claims document checked by the pipeline from that text.
// An article's diagnostics come from every check that reads it: the open claims
// documents', and those of the claims files beside it, read from disk.
#include "engine/core/budget.hpp"
#include "engine/lang/scope.hpp"
#include "engine/pipeline/pipeline.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::lsp {

struct Document {
    std::string uri;
    std::string path;  // the file the URI names
    std::string text;
    int version = 0;
    bool claims = false;  // a .claims file (or the editor says its language is claims); else an article
};

// One claims file checked from the text given. The budget comes first: what the run
// charged to it (a spreadsheet's cells) is given back before it goes.
struct DocumentCheck {
    explicit DocumentCheck(const Limits& limits) : budget(limits) {}

    Budget budget;
    std::string path;
    Program program;                  // as loaded; empty when it did not load
    std::optional<Scopes> scopes;     // its names bound, once it loaded
    std::optional<Report> report;     // the verdicts, when it loaded and checked cleanly
    std::vector<Diagnostic> errors;   // why there is no report: parse, type and file errors, a limit
    std::string nothing_to_check;     // it holds no claim and no apply

    // The file checked, once loaded.
    const Module* module() const;
};

// Loads `text` as the claims file at `path` and runs the pipeline on it, under the
// options' limits, counted afresh from now (the server outlives any one run's deadline).
std::unique_ptr<DocumentCheck> analyze(const std::string& path, const std::string& text, const PipelineOptions& options);

class Workspace {
public:
    explicit Workspace(PipelineOptions options) : options_(std::move(options)) {}

    const PipelineOptions& options() const { return options_; }

    // Opens or replaces a document; a claims document is checked again. False when the URI
    // names no local file.
    bool open(const std::string& uri, std::string text, int version, bool claims_language);
    void close(const std::string& uri);

    const Document* document(const std::string& uri) const;
    std::vector<const Document*> documents() const;  // in URI order
    // The latest check of an open claims document, and the latest that loaded (for
    // completion and navigation while the text being typed does not parse).
    const DocumentCheck* analysis(const std::string& uri) const;
    const DocumentCheck* loaded(const std::string& uri) const;

    // Every check that reads the article at `path`: the open claims documents', then
    // those of claims files in its directory that are not open (checked from disk
    // by read_beside, which the server calls when the article is opened).
    std::vector<const DocumentCheck*> reading(const std::string& path) const;
    void read_beside(const std::string& article_path);

    // The claims files a name may be used in, with their text: the loaded program's,
    // the open documents, and the .claims files beside `path`.
    std::map<std::string, std::string> claims_files(const std::string& path) const;

private:
    struct Entry {
        Document document;
        std::unique_ptr<DocumentCheck> current;
        std::shared_ptr<const DocumentCheck> last_loaded;
    };
    PipelineOptions options_;
    std::map<std::string, Entry> entries_;                        // by URI
    std::map<std::string, std::unique_ptr<DocumentCheck>> on_disk_;    // claims files beside open articles, by path
};

// The claims files in a directory, in name order, at most `limit` of them.
std::vector<std::string> claims_files_in(const std::string& directory, std::size_t limit);

// Whether two paths name one file (as resolved), or are the same when neither exists.
bool same_file(const std::string& a, const std::string& b);

// A path as one spelling for its file: absolute, its links followed as far as they exist. The
// pipeline names files as the user would write them (relative to the working directory).
std::string normal_path(const std::string& path);

}  // namespace claimcheck::lsp
