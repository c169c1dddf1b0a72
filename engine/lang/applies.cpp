#include "engine/lang/applies.hpp"

#include "engine/lang/scope.hpp"

namespace claimcheck {

const ast::Template* template_at(const Module& module, int line) {
    for (const auto& statement : module.ast)
        if (const auto* t = boost::get<ast::Template>(&statement.get()))
            if (module.source.locate(*t).line <= line && line <= module.source.locate(module.source.end_of(*t)).line)
                return t;
    return nullptr;
}

std::vector<std::string> applies_of(const Program& program, const std::string& path, const std::string& name) {
    std::vector<Diagnostic> errors;  // a file in error applies nothing we could explain; it is left out
    Scopes scopes = bind(program, errors);
    std::vector<std::string> out;
    for (const Module* module : program.targets())
        for (const auto& statement : module->ast) {
            const auto* apply = boost::get<ast::Apply>(&statement.get());
            if (!apply || apply->name.text != name) continue;
            const TemplateBinding* found = scopes.at(module).templ(name);
            if (found && found->module->source.path() == path)
                out.push_back(module->source.path() + ":" + std::to_string(module->source.locate(*apply).line));
        }
    return out;
}

}  // namespace claimcheck
