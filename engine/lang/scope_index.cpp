// Binding: every declaration of the program indexed by name, which files reach
// which, and, for a name declared more than once, which declaration each file
// sees, with an error where two meet that may not.
#include "engine/lang/scope_index.hpp"

#include "engine/core/budget.hpp"
#include "engine/core/deadline.hpp"
#include "engine/lang/tables.hpp"

#include <algorithm>
#include <unordered_set>

namespace claimcheck {

namespace {

std::string where_text(const Module& module, const boost::spirit::x3::position_tagged& node) {
    return module.source.path() + ":" + std::to_string(module.source.locate(node).line);
}

}  // namespace

ScopeIndex::ScopeIndex(const Program& program, std::vector<Diagnostic>& errors) {
    order(program);
    for (const auto& module : program.modules) declare(*module, errors);
    // Pointers into the indexes are taken once every declaration is in: the vectors no longer move.
    for (const auto& module : program.modules)
        for (const auto& statement : module->ast)
            if (const auto* table = boost::get<ast::TableDecl>(&statement.get())) {
                const auto& all = tables.at(table->name.text).all;
                for (const auto& binding : all)
                    if (binding.table == table) table_list.push_back(&binding);
            }
    for (auto& [key, declared] : lets) {
        const std::string& name = key;  // a structured binding cannot be captured below (clang)
        if (auto dot = name.rfind('.'); dot != std::string::npos) series[name.substr(0, dot)].push_back(name);
        if (declared.all.size() < 2) continue;
        first_wins(declared, [&](const LetBinding& b, const LetBinding& seen, const Module& into, bool own) {
            if (own)
                errors.push_back(diagnose(b.module->source, b.let->name,
                                          name + " is already defined at " + where_text(*seen.module, *seen.let)));
            else
                errors.push_back(diagnose(b.module->source, *b.let,
                                          name + " is defined twice, here and at " + where_text(*seen.module, *seen.let) +
                                              ", and " + into.source.path() + " uses both"));
        });
    }
    for (auto& [key, declared] : units)
        if (const std::string& name = key; declared.all.size() > 1)
            first_wins(declared, [&](const UnitBinding& b, const UnitBinding& seen, const Module&, bool) {
                errors.push_back(diagnose(b.module->source, b.unit->name,
                                          "unit " + name + " is already declared at " +
                                              where_text(*seen.module, *seen.unit)));
            });
    for (auto& [key, declared] : tables)
        if (const std::string& name = key; declared.all.size() > 1)
            first_wins(declared, [&](const TableBinding& b, const TableBinding& seen, const Module&, bool) {
                errors.push_back(diagnose(b.module->source, b.table->name,
                                          "table " + name + " is already defined at " +
                                              where_text(*seen.module, *seen.table)));
            });
    for (auto& entry : phrases)
        if (entry.second.all.size() > 1) last_wins(entry.second);
    for (auto& entry : templates)
        if (entry.second.all.size() > 1) last_wins(entry.second);
}

// Every file after the files it uses (depth first, without recursion: a long chain
// of uses must not exhaust the stack), and what each file reaches.
void ScopeIndex::order(const Program& program) {
    std::map<const Module*, bool> entered;
    for (const auto& root : program.modules) {
        if (entered[root.get()]) continue;
        entered[root.get()] = true;
        std::vector<std::pair<const Module*, std::size_t>> stack{{root.get(), 0}};
        while (!stack.empty()) {
            const Module* module = stack.back().first;
            std::size_t& next = stack.back().second;
            if (next < module->uses.size()) {
                const Module* used = module->uses[next++];
                if (!entered[used]) {
                    entered[used] = true;
                    stack.emplace_back(used, 0);
                }
                continue;
            }
            place_[module] = modules_.size();
            modules_.push_back(module);
            stack.pop_back();
        }
    }
    const std::size_t n = modules_.size();
    uses_.resize(n);
    used_by_.resize(n);
    reach_.resize(n);
    const std::size_t words = (n + 63) / 64;
    for (std::size_t i = 0; i < n; ++i) {
        checkpoint_with([&] { return "while finding the files " + modules_[i]->source.path() + " uses"; });
        std::size_t listed = 1;
        bool dense = false;
        for (const Module* used : modules_[i]->uses) {
            std::size_t u = place_.at(used);
            uses_[i].push_back(u);
            used_by_[u].push_back(i);
            listed += reach_[u].places.size();
            dense = dense || !reach_[u].bits.empty();
        }
        Reach& row = reach_[i];
        if (!dense && listed * 32 <= n) {  // 4 bytes a place against n / 8 bytes for the bits
            row.places.push_back(static_cast<std::uint32_t>(i));
            for (std::size_t u : uses_[i]) row.places.insert(row.places.end(), reach_[u].places.begin(), reach_[u].places.end());
            std::sort(row.places.begin(), row.places.end());
            row.places.erase(std::unique(row.places.begin(), row.places.end()), row.places.end());
            charge_for_run(row.places.size() * sizeof(std::uint32_t), "finding the files each file uses");
            continue;
        }
        charge_for_run(words * sizeof(std::uint64_t), "finding the files each file uses");
        row.bits.assign(words, 0);
        row.bits[i / 64] |= std::uint64_t{1} << (i % 64);
        for (std::size_t u : uses_[i]) {
            for (std::uint32_t p : reach_[u].places) row.bits[p / 64] |= std::uint64_t{1} << (p % 64);
            for (std::size_t w = 0; w < reach_[u].bits.size(); ++w) row.bits[w] |= reach_[u].bits[w];
        }
    }
}

void ScopeIndex::declare(const Module& module, std::vector<Diagnostic>& errors) {
    const std::size_t at = place_.at(&module);
    std::map<std::string, const ast::Define*> own_defines;
    std::map<std::string, const ast::Template*> own_templates;
    for (const auto& statement : module.ast) {
        if (const auto* let = boost::get<ast::Let>(&statement.get())) {
            charge_for_run_with(bound_name_cost, [&] { return "binding the names " + module.source.path() + " declares"; });
            auto& declared = lets[let->name.text];
            declared.all.push_back(LetBinding{let, &module});
            declared.places.push_back(at);
        }
        if (const auto* unit = boost::get<ast::UnitDecl>(&statement.get())) {
            auto& declared = units[unit->name.text];
            declared.all.push_back(UnitBinding{unit, &module});
            declared.places.push_back(at);
        }
        if (const auto* table = boost::get<ast::TableDecl>(&statement.get())) {
            auto& declared = tables[table->name.text];
            declared.all.push_back(TableBinding{table, &module, std::make_shared<TableInfo>()});
            declared.places.push_back(at);
        }
        if (const auto* templ = boost::get<ast::Template>(&statement.get())) {
            if (auto [it, added] = own_templates.emplace(templ->name.text, templ); !added)
                errors.push_back(diagnose(module.source, templ->name,
                                          "template " + templ->name.text + " is already defined at " +
                                              where_text(module, *it->second)));
            auto& declared = templates[templ->name.text];
            declared.all.push_back(TemplateBinding{templ, &module});
            declared.places.push_back(at);
        }
        if (const auto* define = boost::get<ast::Define>(&statement.get())) {
            std::string key = define_key(*define);
            if (auto [it, added] = own_defines.emplace(key, define); !added)
                errors.push_back(diagnose(module.source, *define,
                                          "'" + key + "' is already defined at " + where_text(module, *it->second)));
            auto& declared = phrases[key];
            declared.all.push_back(Definition{define, &module, key + (define->has_parameter && define->after.empty() ? " N" : ""), definitions_++});
            declared.places.push_back(at);
        }
    }
}

std::vector<std::size_t> ScopeIndex::reaching(const std::vector<std::size_t>& places) const {
    std::unordered_set<std::size_t> seen(places.begin(), places.end());
    std::vector<std::size_t> out(seen.begin(), seen.end());
    for (std::size_t i = 0; i < out.size(); ++i)
        for (std::size_t user : used_by_[out[i]])
            if (seen.insert(user).second) out.push_back(user);
    std::sort(out.begin(), out.end());  // places are in order already: each file after those it uses
    return out;
}

// A let or table: a file sees what its first use that has one sees, then its own; any other
// that reaches it there is a clash (clash(other, seen, file, other is the file's own)).
template <typename Binding, typename Clash>
void ScopeIndex::first_wins(Declared<Binding>& declared, Clash clash) {
    std::unordered_map<std::size_t, std::vector<const Binding*>> own;
    for (std::size_t i = 0; i < declared.all.size(); ++i) own[declared.places[i]].push_back(&declared.all[i]);
    for (std::size_t m : reaching(declared.places)) {
        const Binding* current = nullptr;
        for (std::size_t u : uses_[m]) {
            auto seen = declared.seen_from.find(u);
            if (seen == declared.seen_from.end()) continue;
            if (!current) current = seen->second;
            else if (seen->second != current) clash(*seen->second, *current, *modules_[m], false);
        }
        if (auto mine = own.find(m); mine != own.end())
            for (const Binding* b : mine->second) {
                if (current) clash(*b, *current, *modules_[m], true);
                else current = b;
            }
        if (current) declared.seen_from[m] = current;
    }
}

// A definition or template: a file's own (the last, when written twice) beats those it
// uses, and a later use beats an earlier one.
template <typename Binding>
void ScopeIndex::last_wins(Declared<Binding>& declared) {
    std::unordered_map<std::size_t, const Binding*> own;
    for (std::size_t i = 0; i < declared.all.size(); ++i) own[declared.places[i]] = &declared.all[i];
    for (std::size_t m : reaching(declared.places)) {
        if (auto mine = own.find(m); mine != own.end()) {
            declared.seen_from[m] = mine->second;
            continue;
        }
        for (auto u = uses_[m].rbegin(); u != uses_[m].rend(); ++u)
            if (auto seen = declared.seen_from.find(*u); seen != declared.seen_from.end()) {
                declared.seen_from[m] = seen->second;
                break;
            }
    }
}

}  // namespace claimcheck
