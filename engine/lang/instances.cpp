#include "engine/lang/instances.hpp"

#include "engine/lang/near_names.hpp"

#include <set>

namespace claimcheck {

namespace {
using boost::spirit::x3::forward_ast;

// Renames, in place, every name used as a figure in a claim copied from a template:
// not a function's name, and not the words of a phrase.
struct Renamer {
    using result_type = void;
    const std::map<std::string, std::string>& arguments;

    void expr(ast::Expr& e) const {
        e.first.apply_visitor(*this);
        for (auto& operation : e.rest) operation.operand.apply_visitor(*this);
    }
    void operator()(ast::Name& n) const { n.text = renamed(n.text, arguments); }
    void operator()(ast::Call& c) const {
        for (auto& arg : c.args) expr(arg);
    }
    void operator()(ast::Unary& u) const { u.operand.apply_visitor(*this); }
    void operator()(ast::Expr& e) const { expr(e); }
    template <typename T>
    void operator()(forward_ast<T>& f) const {
        (*this)(f.get());
    }
    template <typename T>
    void operator()(T&) const {}

    void claim(ast::Claim& c) const {
        for (auto& item : c.items)
            if (auto* check = boost::get<ast::Check>(&item.get())) {
                expr(check->subject);
                if (auto* stated = boost::get<ast::Stated>(&check->test.get()); stated && stated->value)
                    stated->value->apply_visitor(*this);
                if (auto* relation = boost::get<ast::Relation>(&check->test.get()))
                    if (auto* figure = boost::get<ast::Expr>(&relation->rhs)) expr(*figure);
            }
    }
};

// An apply's `expect CLAIM VERDICT` in place of the template's own expect line for that claim.
void pin(ast::Claim& claim, Verdict verdict) {
    for (auto& item : claim.items)
        if (auto* expect = boost::get<ast::Expect>(&item.get())) {
            expect->verdict = verdict;
            return;
        }
    ast::Expect expect;  // not written anywhere: it has no position, and none is asked of it
    expect.verdict = verdict;
    claim.items.emplace_back(std::move(expect));
}

std::string instance_name(const ast::Apply& apply) {
    std::string out = apply.name.text + "(";
    for (std::size_t i = 0; i < apply.args.size(); ++i) out += (i ? ", " : "") + apply.args[i];
    return out + ")";
}

class Expander {
public:
    Expander(Scopes& scopes, std::vector<Diagnostic>& errors) : scopes_(scopes), errors_(errors) {}

    void file(const Module& into, Instances& out) {
        std::map<std::string, const ast::Apply*> applied;  // instance -> its first apply in this file
        for (const auto& statement : into.ast)
            if (const auto* apply = boost::get<ast::Apply>(&statement.get())) this->apply(into, *apply, applied, out);
    }

private:
    void apply(const Module& into, const ast::Apply& a, std::map<std::string, const ast::Apply*>& applied,
               Instances& out) {
        const Scope& visible = scopes_.at(&into);
        const TemplateBinding* found = visible.templ(a.name.text);
        if (!found) {
            std::string hint = near_.closest(a.name.text, &visible, [&] { return visible.template_names(); });
            error(into, a.name, "unknown template '" + a.name.text + "'" +
                                    (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
            return;
        }
        const ast::Template& t = *found->templ;
        if (t.params.size() != a.args.size()) {
            std::string params;
            for (const auto& p : t.params) params += (params.empty() ? "" : ", ") + p.text;
            error(into, a, "template " + t.name.text + " takes " + std::to_string(t.params.size()) + " (" + params +
                               "), not " + std::to_string(a.args.size()));
            return;
        }
        const std::string instance = instance_name(a);
        if (auto [it, added] = applied.emplace(instance, &a); !added)
            error(into, a, instance + " is already applied on line " + std::to_string(into.source.locate(*it->second).line));
        std::set<std::string> ids;
        for (const ast::Claim& c : t.claims) ids.insert(c.id.text);
        std::map<std::string, Verdict> pinned;  // claim -> verdict: the apply's expect lines, the last one winning
        for (const auto& e : a.expects) {
            if (!ids.count(e.claim.text)) error(into, e.claim, "template " + t.name.text + " has no claim " + e.claim.text);
            pinned[e.claim.text] = e.verdict;
        }
        std::map<std::string, std::string> arguments;
        for (std::size_t i = 0; i < a.args.size(); ++i) arguments[t.params[i].text] = a.args[i];
        ast::File claims;
        for (const ast::Claim& written : t.claims) {
            ast::Claim made = written;  // a deep copy: its positions still point into the template's file
            Renamer{arguments}.claim(made);
            if (auto verdict = pinned.find(made.id.text); verdict != pinned.end()) pin(made, verdict->second);
            claims.emplace_back(std::move(made));
        }
        auto module = std::make_unique<Module>(found->module->source, std::move(claims));
        module->origin = Origin{&a, &into, found->module, instance};
        scopes_.alias(module.get(), &into);
        out.of[&a] = module.get();
        out.modules.push_back(std::move(module));
    }

    void error(const Module& module, const boost::spirit::x3::position_tagged& node, std::string message) {
        errors_.push_back(diagnose(module.source, node, std::move(message)));
    }

    Scopes& scopes_;
    std::vector<Diagnostic>& errors_;
    NearNames near_;  // "did you mean" for unknown templates
};

}  // namespace

std::string renamed(const std::string& name, const std::map<std::string, std::string>& arguments) {
    std::string out;
    for (std::size_t start = 0; start <= name.size();) {
        std::size_t dot = name.find('.', start);
        std::string part = name.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        auto found = arguments.find(part);
        out += (start == 0 ? "" : ".") + (found == arguments.end() ? part : found->second);
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    return out;
}

Instances expand(const Program& program, Scopes& scopes, std::vector<Diagnostic>& errors) {
    Instances out;
    Expander expander(scopes, errors);
    for (const Module* module : program.targets()) expander.file(*module, out);
    return out;
}

}  // namespace claimcheck
