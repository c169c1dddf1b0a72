#pragma once
// What the HTML report's two files share (engine/report/html.cpp writes the page and its
// cards, html_text.cpp each article's text with its highlights): escaping, element ids,
// the classes that mark verdicts and drafted claims.
#include "engine/report/report.hpp"

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace claimcheck::report::html {

// Text for element content and double- or single-quoted attributes; bytes that
// are not UTF-8 become U+FFFD and control characters visible escapes first (shown),
// so the page is well-formed whatever the input.
std::string escape(std::string_view raw);

// Element ids come from indexes, never from claim ids, so they need no sanitizing.
inline std::string card_id(std::size_t claim) { return "claim-" + std::to_string(claim); }
inline std::string number_id(std::size_t article, std::size_t mention) {
    return "number-" + std::to_string(article) + "-" + std::to_string(mention);
}

inline std::string verdict_class(Verdict v) { return std::string("v-") + verdict_name(v); }

// The word, badge and tag a drafted claim not yet reviewed carries beside its verdict's.
inline constexpr const char* drafted_badge = "<span class=\"badge drafted\">drafted</span>";
inline constexpr const char* drafted_tag = "<span class=\"tag drafted\">drafted</span>";

// The article's text, every quote a highlight linking to its claims' cards, numbers no
// claim checks outlined; `index` is the article's place in report.articles.
void write_article_text(std::ostream& out, const Report& report, const ArticleReport& article, std::size_t index);

}  // namespace claimcheck::report::html
