// The house style's vocabulary built from the loaded rules: each defined phrase with its shape.
#include "engine/lang/vocabulary.hpp"

#include "engine/core/ascii.hpp"
#include "engine/core/budget.hpp"
#include "engine/lang/analyze.hpp"
#include "engine/lang/evaluate.hpp"
#include "engine/lang/loader.hpp"
#include "engine/lang/meaning.hpp"

#include <algorithm>
#include <optional>

namespace claimcheck {

namespace {

std::vector<std::string> lower_words(const std::vector<std::string>& words) {
    std::vector<std::string> out = words;
    for (auto& w : out) w = lower(w);
    return out;
}

std::optional<WordShape> shape_of(const Definition& definition, MeaningBuilder& meanings) {
    const ast::Define& define = *definition.define;
    if (!define.after.empty()) return WordShape::multiple;
    if (reads_through(define)) return WordShape::direction;
    if (define.has_parameter) return define.value ? WordShape::per : WordShape::head;
    if (!define.value) return define.meanings.empty() ? std::nullopt : std::optional(WordShape::alone);
    try {
        const Value value = meanings.value(PhraseTerm{&definition, nullptr, nullptr, ""});
        switch (value.type.unit.dimension) {
        case Dimension::number:
        case Dimension::count: return WordShape::count;
        case Dimension::percent:  // a share lies between 0 and 100%; "doubled" (100%), "halved" (-50%) and
                                  // "no change" (0%) are changes
            return value.number > 0 && value.number < 1 ? WordShape::fraction : WordShape::change;
        case Dimension::ratio: return WordShape::ratio;
        default: return std::nullopt;
        }
    } catch (const NoValue&) {
        return std::nullopt;
    }
}

// "a fall of N = -N": read at N = 1, the figure comes out below zero.
bool falls(const Definition& definition, MeaningBuilder& meanings) {
    ast::Number one;
    one.digits = "1";
    try {
        return meanings.value(PhraseTerm{&definition, nullptr, &one, ""}).number < 0;
    } catch (const NoValue&) {
        return false;
    }
}

void add(std::vector<VocabularyWord>& out, const Definition& definition, MeaningBuilder& meanings) {
    if (auto shape = shape_of(definition, meanings))
        out.push_back({lower_words(definition.define->words), *shape, lower_words(definition.define->after),
                       *shape == WordShape::direction && falls(definition, meanings)});
}

}  // namespace

Vocabulary vocabulary_of(const Scope& scope, MeaningBuilder& meanings) {
    std::vector<VocabularyWord> words;
    for (const auto& [key, definition] : scope.vocabulary()) add(words, *definition, meanings);
    Vocabulary out;
    out.add(std::move(words));
    return out;
}

Vocabulary program_vocabulary(const Program& program, MeaningBuilder& meanings) {
    std::vector<VocabularyWord> words;
    for (const auto& module : program.modules) {
        if (module->origin) continue;  // a template's claims define nothing of their own
        for (const auto& statement : module->ast)
            if (const auto* define = boost::get<ast::Define>(&statement.get()))
                add(words, Definition{define, module.get(), define_key(*define)}, meanings);
    }
    Vocabulary out;
    out.add(std::move(words));
    return out;
}

namespace {

Vocabulary house_words(const std::filesystem::path& rules_dir, std::vector<Diagnostic>& errors) {
    LoadOptions options;
    options.rules_dir = rules_dir;
    options.root = rules_dir;
    LoadResult loaded = load({(rules_dir / "house-style.claims").string()}, options);
    if (!loaded.errors.empty()) {
        errors = std::move(loaded.errors);
        return {};
    }
    Scopes scopes = claimcheck::bind(loaded.program, errors);
    const Instances instances = expand(loaded.program, scopes, errors);
    const Analysis analysis = analyze(loaded.program, instances, scopes, errors);
    if (!errors.empty()) return {};
    Evaluator evaluator(scopes, analysis.typed);
    MeaningBuilder meanings(evaluator);
    return vocabulary_of(scopes.at(loaded.program.targets().front()), meanings);
}

}  // namespace

Vocabulary house_vocabulary(const std::filesystem::path& rules_dir, std::vector<Diagnostic>& errors) {
    // The rules are read here only for their words, and let go on return: what loading them
    // charged to --max-memory is given back, so a run's budget counts its own inputs alone.
    if (rules_dir.empty()) return {};  // no rules directory: plain English number syntax only
    Budget* budget = installed_budget();
    const std::uint64_t before = budget ? budget->used() : 0;
    Vocabulary words = house_words(rules_dir, errors);
    if (budget && budget->used() > before) budget->give_back(budget->used() - before);
    return words;
}

}  // namespace claimcheck
