#include "scope.hpp"

#include "budget.hpp"
#include "deadline.hpp"
#include "tables.hpp"

#include <algorithm>

namespace claimcheck {

namespace {

std::string where_text(const Module& module, const boost::spirit::x3::position_tagged& node) {
    return module.source.path() + ":" + std::to_string(module.source.locate(node).line);
}

class Binder {
public:
    Binder(Scopes& scopes, std::vector<Diagnostic>& errors) : scopes_(scopes), errors_(errors) {}

    const Scope& scope_of(const Module& module) {
        if (auto found = scopes_.find(&module); found != scopes_.end()) return found->second;
        Scope scope;
        for (const Module* used : module.uses) {
            const Scope& imported = scope_of(*used);
            checkpoint_with([&] { return "while binding the names " + module.source.path() + " sees"; });
            import(scope, imported, module);
        }
        add_own(scope, module);
        charge_for_run(scope.names.size() * bound_name_cost, "binding the names " + module.source.path() + " sees");
        return scopes_[&module] = std::move(scope);
    }

private:
    void import(Scope& scope, const Scope& used, const Module& into) {
        for (const auto& [name, binding] : used.names) {
            auto [it, added] = scope.names.emplace(name, binding);
            if (!added && it->second.let != binding.let)
                errors_.push_back(diagnose(binding.module->source, *binding.let,
                                           name + " is defined twice, here and at " +
                                               where_text(*it->second.module, *it->second.let) +
                                               ", and " + into.source.path() + " uses both"));
        }
        for (const auto& [key, definition] : used.vocabulary) scope.vocabulary[key] = definition;
        for (const auto& [key, binding] : used.templates) scope.templates[key] = binding;
        for (const auto& [key, binding] : used.tables) add_table(scope, binding);
    }

    void add_table(Scope& scope, const TableBinding& binding) {
        auto [it, added] = scope.tables.emplace(binding.table->name.text, binding);
        if (!added && it->second.table != binding.table)
            errors_.push_back(diagnose(binding.module->source, binding.table->name,
                                       "table " + binding.table->name.text + " is already defined at " +
                                           where_text(*it->second.module, *it->second.table)));
    }

    void add_own(Scope& scope, const Module& module) {
        std::map<std::string, const ast::Define*> own_defines;
        std::map<std::string, const ast::Template*> own_templates;
        for (const auto& statement : module.ast) {
            if (const auto* let = boost::get<ast::Let>(&statement.get())) add_let(scope, module, *let);
            if (const auto* table = boost::get<ast::TableDecl>(&statement.get())) {
                auto& info = infos_[table];
                if (!info) info = std::make_shared<TableInfo>();
                add_table(scope, TableBinding{table, &module, info});
            }
            if (const auto* templ = boost::get<ast::Template>(&statement.get())) {
                if (auto [it, added] = own_templates.emplace(templ->name.text, templ); !added)
                    errors_.push_back(diagnose(module.source, templ->name,
                                               "template " + templ->name.text + " is already defined at " +
                                                   where_text(module, *it->second)));
                scope.templates[templ->name.text] = TemplateBinding{templ, &module};
            }
            if (const auto* define = boost::get<ast::Define>(&statement.get())) {
                std::string key = phrase_key(define->words);
                if (auto [it, added] = own_defines.emplace(key, define); !added)
                    errors_.push_back(diagnose(module.source, *define,
                                               "'" + key + "' is already defined at " +
                                                   where_text(module, *it->second)));
                std::string phrase = key + (define->has_parameter ? " N" : "");
                scope.vocabulary[key] = Definition{define, &module, phrase};
            }
        }
    }

    void add_let(Scope& scope, const Module& module, const ast::Let& let) {
        auto [it, added] = scope.names.emplace(let.name.text, LetBinding{&let, &module});
        if (!added)
            errors_.push_back(diagnose(module.source, let.name,
                                       let.name.text + " is already defined at " +
                                           where_text(*it->second.module, *it->second.let)));
    }

    Scopes& scopes_;
    std::vector<Diagnostic>& errors_;
    std::map<const ast::TableDecl*, std::shared_ptr<TableInfo>> infos_;
};

std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace

std::string Application::rename(const std::string& name) const {
    std::string out;
    for (std::size_t start = 0; start <= name.size();) {
        std::size_t dot = name.find('.', start);
        std::string part = name.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        auto found = arguments.find(part);
        out += (out.empty() && start == 0 ? "" : ".") + (found == arguments.end() ? part : found->second);
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    return out;
}

std::string Application::instance() const {
    std::string out = apply->name.text + "(";
    for (std::size_t i = 0; i < apply->args.size(); ++i) out += (i ? ", " : "") + apply->args[i];
    return out + ")";
}

std::optional<Application> application_of(const ast::Apply& apply, const Module& into, const Scope& scope) {
    auto found = scope.templates.find(apply.name.text);
    if (found == scope.templates.end() || found->second.templ->params.size() != apply.args.size()) return std::nullopt;
    Application application{&apply, &into, found->second.module, {}};
    for (std::size_t i = 0; i < apply.args.size(); ++i)
        application.arguments[found->second.templ->params[i].text] = apply.args[i];
    return application;
}

std::string Definition::where() const { return where_text(*module, *define); }

Scopes bind(const Program& program, std::vector<Diagnostic>& errors) {
    Scopes scopes;
    Binder binder(scopes, errors);
    for (const auto& module : program.modules) binder.scope_of(*module);
    return scopes;
}

const ast::SourceDecl* declared_source(const Module& module, const ast::Let& let) {
    const ast::SourceDecl* current = nullptr;
    for (const auto& statement : module.ast) {
        if (const auto* source = boost::get<ast::SourceDecl>(&statement.get())) current = source;
        if (const auto* l = boost::get<ast::Let>(&statement.get()); l == &let) return current;
    }
    return nullptr;
}

std::string phrase_key(const std::vector<std::string>& words) {
    std::string key;
    for (const auto& word : words) key += (key.empty() ? "" : " ") + word;
    return key;
}

std::string closest(const std::string& name, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_distance = std::max<std::size_t>(2, name.size() / 3) + 1;
    for (const auto& candidate : candidates) {
        std::size_t d = edit_distance(name, candidate);
        if (d < best_distance) {
            best = candidate;
            best_distance = d;
        }
    }
    return best;
}

}  // namespace claimcheck
