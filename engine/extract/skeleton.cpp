#include "engine/extract/skeleton.hpp"

#include "engine/core/deadline.hpp"
#include "engine/articles/words.hpp"

#include <map>
#include <set>

namespace claimcheck {

namespace {

// Comment lines of at most about 100 columns: "# head item, item, ..." with continuations indented.
void wrapped_comment(std::string& out, const std::string& head, const std::vector<std::string>& items) {
    std::string line = "# " + head;
    for (std::size_t i = 0; i < items.size(); ++i) {
        std::string item = items[i] + (i + 1 < items.size() ? "," : "");
        if (line.size() + 1 + item.size() > 100 && line.size() > 4) {
            out += line + "\n";
            line = "#  ";
        }
        line += " " + item;
    }
    out += line + "\n";
}

std::string plural(std::size_t n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// A quote `check` would not find exactly once is written as a comment: as a quote it
// would make the unedited claim an error, and a skeleton's claims are only unverifiable.
std::string unlocatable_quote(const DraftClaim& claim) {
    return "  # quote " + claims_string(claim.quote) +
           (claim.occurrences == 0 ? " (check would not find it: it starts or ends inside a word)"
                                   : " (the article has it " + std::to_string(claim.occurrences) + " times)") +
           "\n";
}

// Said once per article, not per claim: an article that repeats a sentence may have thousands.
std::string unlocatable_note(const ArticleDraft& article) {
    std::size_t n = 0;
    for (const auto& claim : article.claims) n += claim.occurrences == 1 ? 0 : 1;
    if (n == 0) return "";
    return "# " + plural(n, "claim below has its quote", "claims below have their quotes") +
           " as a comment (\"# quote\"): the article does not have\n"
           "# it exactly once, so `check` could not tell what it is about. Quote more of the text around it,\n"
           "# until it is found once, and make that the claim's quote. Until then the claim stays unverifiable\n"
           "# and its number unchecked.\n";
}

}  // namespace

std::string claims_string(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string render_skeleton(std::vector<ArticleDraft> drafts) {
    std::set<std::string> used;
    std::map<std::string, int> next;  // the next suffix to try for an id: thousands of n12 take linear time
    for (auto& article : drafts)
        for (auto& claim : article.claims) {
            std::string id = claim.id;
            int& k = next.try_emplace(claim.id, 2).first->second;
            while (used.count(id) > 0) id = claim.id + "_" + std::to_string(k++);
            used.insert(id);
            claim.id = id;
        }

    std::string out;
    std::vector<std::string> names;
    for (const auto& article : drafts) names.push_back(article.name);
    wrapped_comment(out, "Drafted by `claimcheck extract` from", names);
    out += "# One claim per number found, quoted as the article has it. To check a claim, write the\n"
           "# figures it rests on (let NAME = VALUE during PERIOD, or let NAME = missing \"why\"), then\n"
           "# make one of its \"# check\" lines a check with each <placeholder> replaced. Until then\n"
           "# `claimcheck check` reports the claim unverifiable: a claim without a check never passes.\n"
           "use house-style\n";
    for (const auto& article : drafts) {
        out += "\n# " + article.name + ": " + plural(article.claims.size(), "numeric statement", "numeric statements") + "\n";
        std::vector<std::string> apart;
        for (const auto& s : article.set_apart)
            apart.push_back(claims_string(one_line(s.mention.text)) + " (" + std::to_string(s.at.line) + ":" +
                            std::to_string(s.at.column) + ")");
        if (!apart.empty()) wrapped_comment(out, "dates, spans of time, age groups and scales of rates set apart:", apart);
        out += unlocatable_note(article);
        for (const auto& claim : article.claims) {
            checkpoint_with([&] { return "while writing the skeleton for " + article.name; });
            out += "\nclaim " + claim.id + " in " + claims_string(article.name) + ":\n";
            if (claim.occurrences == 1)
                out += "  quote " + claims_string(claim.quote) + "\n";
            else
                out += unlocatable_quote(claim);
            out += "  # " + claims_string(claim.what) + " (" + std::to_string(claim.at.line) + ":" +
                   std::to_string(claim.at.column) + "): " + claim.about + "\n";
            for (const auto& check : claim.checks) out += "  # check " + check + "\n";
        }
    }
    return out;
}

}  // namespace claimcheck
