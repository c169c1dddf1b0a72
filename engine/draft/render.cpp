// The drafted claims file and the JSON of every candidate.
#include "engine/draft/render.hpp"

#include "engine/articles/words.hpp"
#include "engine/extract/skeleton.hpp"
#include "engine/report/report.hpp"  // drafted_note: what `check` counts as drafted, not yet reviewed

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace claimcheck {

namespace {

constexpr std::size_t runners_up = 3;

std::string tenths(int score) {
    std::string sign = score < 0 ? "-" : "";
    int a = score < 0 ? -score : score;
    return sign + std::to_string(a / 10) + "." + std::to_string(a % 10);
}

std::string outcome(const Trial& t) {
    std::string out = verdict_name(t.verdict);
    if (t.diagnosis) out += ", " + std::string(diagnosis_name(*t.diagnosis));
    if (!t.actual.empty()) out += ", actual " + t.actual;
    return out;
}

std::string note_for(const DraftedStatement& s) {
    std::string note = std::string(drafted_note) + ": ";
    if (!s.drafted) return note + "no check: " + s.reason;
    note += "score " + tenths(s.ranked[0].score);
    if (s.ranked.size() > 1) note += ", runner-up " + tenths(s.ranked[1].score);
    if (s.tie) note += "; a tie with another verdict (" + std::string(verdict_name(s.ranked[1].trial.verdict)) + "): choose";
    return note;
}

void render_statement(std::string& out, const std::string& article, const DraftedStatement& s) {
    const DraftClaim& c = s.claim;
    out += "\nclaim " + c.id + " in " + claims_string(article) + ":\n";
    if (c.occurrences == 1) out += "  quote " + claims_string(c.quote) + "\n";
    else out += "  # quote " + claims_string(c.quote) + " (not found exactly once in the article: quote more)\n";
    out += "  # " + claims_string(c.what) + " (" + std::to_string(c.at.line) + ":" + std::to_string(c.at.column) +
           "): " + c.about + "\n";
    std::size_t shown = 0;
    if (s.drafted) {
        out += "  check " + s.ranked[0].candidate.check + "\n";
        out += "  # gives " + outcome(s.ranked[0].trial) + "\n";
        shown = 1;
    }
    out += "  note " + claims_string(note_for(s)) + "\n";
    for (std::size_t i = shown; i < s.ranked.size() && i < shown + runners_up; ++i) {
        const Proposal& p = s.ranked[i];
        out += "  # also: check " + p.candidate.check + "  (" + outcome(p.trial) + "; score " + tenths(p.score) +
               (p.eligible ? "" : "; the words do not point to it") + ")\n";
    }
}

}  // namespace

std::string render_draft(DraftOutcome draft, const std::vector<std::string>& data) {
    // Ids unique across the file, as extract makes them.
    std::set<std::string> used;
    std::map<std::string, int> next;
    for (auto& article : draft.articles)
        for (auto& s : article.statements) {
            std::string id = s.claim.id;
            int& k = next.try_emplace(s.claim.id, 2).first->second;
            while (used.count(id)) id = s.claim.id + "_" + std::to_string(k++);
            used.insert(id);
            s.claim.id = id;
        }
    std::string names;
    for (const auto& a : draft.articles) names += (names.empty() ? "" : ", ") + a.extracted.name;
    std::string files;
    for (const auto& d : data) files += (files.empty() ? "" : ", ") + d;
    std::string out = "# Drafted by `claimcheck draft` from " + names + ", with the figures of " + files + ".\n" +
                      "# Each check is the best of the candidates tried: what the words around the statement\n"
                      "# say of its figures, its verdict, the statements before it and the simplest arithmetic.\n"
                      "# The runners-up follow as comments. Review each claim; when its check is right, delete\n"
                      "# its `note \"drafted...\"` line: until then `check` counts it as not reviewed.\n";
    out += draft.header;
    for (const auto& article : draft.articles) {
        std::size_t drafted = 0;
        for (const auto& s : article.statements) drafted += s.drafted ? 1 : 0;
        out += "\n# " + article.extracted.name + ": " + std::to_string(article.statements.size()) +
               " numeric statements, " + std::to_string(drafted) + " with a check drafted\n";
        for (const auto& s : article.statements) render_statement(out, article.extracted.name, s);
    }
    return out;
}

std::string render_draft_json(const DraftOutcome& draft) {
    nlohmann::ordered_json articles = nlohmann::ordered_json::array();
    for (const auto& article : draft.articles) {
        nlohmann::ordered_json statements = nlohmann::ordered_json::array();
        for (const auto& s : article.statements) {
            nlohmann::ordered_json candidates = nlohmann::ordered_json::array();
            for (const auto& p : s.ranked) {
                nlohmann::ordered_json c = {{"check", p.candidate.check},
                                            {"verdict", verdict_name(p.trial.verdict)},
                                            {"diagnosis", nullptr},
                                            {"actual", p.trial.actual},
                                            {"score", p.score},
                                            {"relevance", p.candidate.relevance},
                                            {"eligible", p.eligible}};
                if (p.trial.diagnosis) c["diagnosis"] = std::string(diagnosis_name(*p.trial.diagnosis));
                candidates.push_back(std::move(c));
            }
            nlohmann::ordered_json j = {{"id", s.claim.id},
                                        {"quote", s.claim.quote},
                                        {"mention", s.claim.mention.text},
                                        {"line", s.claim.at.line},
                                        {"column", s.claim.at.column},
                                        {"about", s.claim.about},
                                        {"drafted", s.drafted ? nlohmann::ordered_json(s.ranked[0].candidate.check)
                                                              : nlohmann::ordered_json(nullptr)},
                                        {"tie", s.tie},
                                        {"reason", s.reason},
                                        {"candidates", std::move(candidates)}};
            statements.push_back(std::move(j));
        }
        articles.push_back({{"article", article.extracted.name}, {"statements", std::move(statements)}});
    }
    nlohmann::ordered_json root = {{"articles", std::move(articles)}};
    return root.dump(2) + "\n";
}

}  // namespace claimcheck
