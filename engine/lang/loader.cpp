#include "engine/lang/loader.hpp"

#include "engine/core/budget.hpp"
#include "engine/core/deadline.hpp"
#include "grammar/parse.hpp"
#include "engine/core/paths.hpp"

#include <algorithm>
#include <map>

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

class Loader {
public:
    explicit Loader(const LoadOptions& options) : options_(options),
          rules_root_(options.rules_dir.empty() ? fs::path() : resolve(options.rules_dir).path) {}

    // A claims file named on the command line, or found in a directory it names
    // (then `within` the project: the directory's entries are no choice of the user's).
    void load_target(const fs::path& path, const std::optional<Confinement>& within) {
        const ResolvedPath resolved = resolve(path);
        // Named on the command line, it may be anywhere.
        const Confinement anywhere{{}, "project", true};
        if (auto refused = refusal(display_path(path), path, resolved, within.value_or(anywhere))) {
            error(display_path(path), refused->message);
            return;
        }
        if (Module* m = load_file(path, resolved.path, project_root(path, options_.root), nullptr, nullptr))
            m->target = true;
    }

    void load_text(const fs::path& path, std::string text) {
        SourceFile source(display_path(path), std::move(text));
        ast::File tree;
        if (auto failure = parse(source, tree, options_.limits.parse)) {
            errors_.push_back(std::move(*failure));
            return;
        }
        program_.modules.push_back(std::make_unique<Module>(std::move(source), std::move(tree)));
        Module* module = program_.modules.back().get();
        module->target = true;
        stack_.push_back(module);
        load_uses(*module, path.parent_path(), project_root(path, options_.root));
        stack_.pop_back();
    }

    LoadResult finish() { return {std::move(program_), std::move(errors_)}; }

    void error(std::string path, std::string message) {
        errors_.push_back(Diagnostic{std::move(path), {}, std::move(message), {}, {}});
    }

private:
    // Loads path (`resolved` as resolve() gave it, a regular file) once; its own `use`s
    // may not leave root. `from` and `use` say where it was asked for, for messages.
    Module* load_file(const fs::path& path, const fs::path& resolved, const fs::path& root, const Module* from,
                      const ast::Use* use) {
        checkpoint_with([&] { return "while loading " + display_path(path); });
        const fs::path& key = resolved;
        if (auto found = loaded_.find(key); found != loaded_.end()) {
            if (std::find(stack_.begin(), stack_.end(), found->second) != stack_.end()) {
                report_cycle(found->second, from, use);
                return nullptr;
            }
            return found->second;
        }
        const Limits& limits = options_.limits;
        if (from && stack_.size() >= limits.max_use_depth) {
            errors_.push_back(diagnose(from->source, *use,
                                       over_limit("files using files " + std::to_string(stack_.size() + 1) + " deep",
                                                  limits.max_use_depth, "--max-use-depth")));
            return nullptr;
        }
        auto read = read_resolved(resolved, limits.max_file_bytes);
        if (const auto* why = std::get_if<FileError>(&read)) {
            std::string message = "cannot read " + display_path(path) + ": " + why->message();
            if (from)
                errors_.push_back(diagnose(from->source, *use, message));
            else
                error(display_path(path), message);
            return nullptr;
        }
        SourceFile source(display_path(path), std::move(std::get<std::string>(read)));
        charge_for_run(source.text().size() * claims_file_cost, "loading " + source.path());
        ast::File tree;
        if (auto failure = parse(source, tree, limits.parse)) {
            errors_.push_back(std::move(*failure));
            return nullptr;
        }
        checkpoint_with([&] { return "while loading " + source.path(); });
        program_.modules.push_back(std::make_unique<Module>(std::move(source), std::move(tree)));
        Module* module = program_.modules.back().get();
        loaded_[key] = module;
        stack_.push_back(module);
        load_uses(*module, path.parent_path(), root);
        stack_.pop_back();
        return module;
    }

    void load_uses(Module& module, const fs::path& dir, const fs::path& root) {
        for (const auto& statement : module.ast) {
            const auto* use = boost::get<ast::Use>(&statement.get());
            if (!use) continue;
            if (use->named && options_.rules_dir.empty()) {
                Diagnostic error = diagnose(module.source, *use, "no rules directory to read " + use->target + ".claims from");
                error.notes = options_.rules_unfound;
                errors_.push_back(std::move(error));
                continue;
            }
            // Rules files are trusted and may use each other, within the rules directory.
            fs::path target = use->named ? options_.rules_dir / (use->target + ".claims") : dir / use->target;
            const fs::path& target_root = use->named ? rules_root_ : root;
            const ResolvedPath resolved = resolve(target);
            const bool in_rules = root == rules_root_;
            // A rules file by name is trusted; any other name may not leave the directory it is used from.
            const Confinement within{root, in_rules ? "rules" : "project", use->named || options_.allow_outside};
            if (auto refused = refusal(use->target, target, resolved, within)) {
                errors_.push_back(diagnose(module.source, *use, refused->message));
                continue;
            }
            if (Module* used = load_file(target, resolved.path, target_root, &module, use)) module.uses.push_back(used);
        }
    }

    void report_cycle(const Module* start, const Module* from, const ast::Use* use) {
        std::string chain;
        auto begin = std::find(stack_.begin(), stack_.end(), start);
        for (auto it = begin; it != stack_.end(); ++it) chain += (*it)->source.path() + " uses ";
        chain += start->source.path();
        errors_.push_back(diagnose(from->source, *use, "use cycle: " + chain));
    }

    const LoadOptions& options_;
    const fs::path rules_root_;  // resolved
    Program program_;
    std::vector<Diagnostic> errors_;
    std::map<fs::path, Module*> loaded_;
    std::vector<const Module*> stack_;
};

}  // namespace

LoadResult load(const std::vector<std::string>& inputs, const LoadOptions& options) {
    Loader loader(options);
    for (const auto& input : inputs) {
        const fs::path path(input);
        const ResolvedPath resolved = resolve(path);
        if (resolved.problem() && resolved.problem()->problem == FileProblem::missing) {
            loader.error(input, "no such file or directory");
        } else if (resolved.problem() && resolved.problem()->problem == FileProblem::directory) {
            std::error_code problem;
            auto files = claims_files_in(path, problem);
            if (problem) loader.error(input, "cannot search it: " + problem.message());
            else if (files.empty()) loader.error(input, "no .claims files in this directory");
            const Confinement within{project_root(path, options.root), "project", options.allow_outside};
            for (const auto& file : files) loader.load_target(file, within);
        } else {
            loader.load_target(path, std::nullopt);
        }
    }
    return loader.finish();
}

LoadResult load_text(const fs::path& path, std::string text, const LoadOptions& options) {
    Loader loader(options);
    loader.load_text(path, std::move(text));
    return loader.finish();
}

}  // namespace claimcheck
