#include "engine/lang/scope.hpp"

#include "engine/lang/scope_index.hpp"

#include <algorithm>

namespace claimcheck {

namespace {

std::string where_text(const Module& module, const boost::spirit::x3::position_tagged& node) {
    return module.source.path() + ":" + std::to_string(module.source.locate(node).line);
}

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

std::string Definition::where() const { return where_text(*module, *define); }

const LetBinding* Scope::name(const std::string& text) const { return index_->find(index_->lets, text, module_); }
const TableBinding* Scope::table(const std::string& name) const { return index_->find(index_->tables, name, module_); }
const Definition* Scope::phrase(const std::string& key) const { return index_->find(index_->phrases, key, module_); }
const TemplateBinding* Scope::templ(const std::string& name) const {
    return index_->find(index_->templates, name, module_);
}

const UnitBinding* Scope::unit(const std::string& name) const {
    return index_->find(index_->units, name, module_);
}

std::vector<std::string> Scope::unit_names() const {
    std::vector<std::string> out;
    for (const auto& entry : index_->units)
        if (unit(entry.first)) out.push_back(entry.first);
    return out;
}

std::vector<std::string> Scope::names() const {
    std::vector<std::string> out;
    for (const auto& entry : index_->lets)
        if (name(entry.first)) out.push_back(entry.first);
    return out;
}

std::vector<std::string> Scope::template_names() const {
    std::vector<std::string> out;
    for (const auto& entry : index_->templates)
        if (templ(entry.first)) out.push_back(entry.first);
    return out;
}

std::vector<std::pair<std::string, LetBinding>> Scope::series(const std::string& series) const {
    std::vector<std::pair<std::string, LetBinding>> out;
    auto found = index_->series.find(series);
    if (found == index_->series.end()) return out;
    for (const auto& member : found->second)
        if (const LetBinding* binding = name(member)) out.emplace_back(member, *binding);
    return out;
}

const std::vector<std::pair<std::string, const Definition*>>& Scope::vocabulary() const {
    if (!vocabulary_) {
        vocabulary_.emplace();
        for (const auto& entry : index_->phrases)
            if (const Definition* definition = phrase(entry.first)) vocabulary_->emplace_back(entry.first, definition);
    }
    return *vocabulary_;
}

Scopes::Scopes() = default;
Scopes::Scopes(Scopes&&) noexcept = default;
Scopes& Scopes::operator=(Scopes&&) noexcept = default;
Scopes::~Scopes() = default;

const Scope& Scopes::at(const Module* module) const { return scopes_.at(place_.at(module)); }

const std::vector<const TableBinding*>& Scopes::tables() const {
    static const std::vector<const TableBinding*> none;
    return index_ ? index_->table_list : none;
}

Scopes bind(const Program& program, std::vector<Diagnostic>& errors) {
    Scopes scopes;
    scopes.index_ = std::make_unique<ScopeIndex>(program, errors);
    for (std::size_t i = 0; i < scopes.index_->size(); ++i) scopes.scopes_.emplace_back(*scopes.index_, i);
    for (const auto& module : program.modules) scopes.place_[module.get()] = scopes.index_->place(module.get());
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

std::string define_key(const ast::Define& define) {
    if (define.after.empty()) return phrase_key(define.words);
    std::vector<std::string> words = define.words;
    words.push_back("N");
    words.insert(words.end(), define.after.begin(), define.after.end());
    return phrase_key(words);
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
