// engine/report/html.cpp and html_text.cpp: the HTML page on a hand-built Report (escaping, highlights, cards, summary, drafted claims).
#include "engine/report/writers.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

using namespace claimcheck;

namespace {

// Markup and quotes in the article must come out as text.
const std::string article_text =
    "Kent: crimes \"have shot up by 573%\" & more.\n"
    "<script>alert(1)</script> and <b>bold</b>, O'Neil saw a rise by more than a third (44 per cent) today.\n"
    "Some 12 others in June 2017; victims aged three.\n";

Span span_of(const std::string& quote) {
    std::size_t at = article_text.find(quote);
    REQUIRE(at != std::string::npos);
    return Span{at, at + quote.size()};
}

ClaimReport claim(const std::string& id, Verdict verdict, const std::string& quote) {
    ClaimReport c;
    c.id = id;
    c.file = "examples/kent.claims";
    c.at = {3, 1};
    c.article = "kent.txt";
    c.quote = quote;
    c.verdict = verdict;
    if (!quote.empty() && article_text.find(quote) != std::string::npos) {
        c.anchor = span_of(quote);
        c.anchor_at = {1, static_cast<int>(c.anchor->begin) + 1};
    }
    return c;
}

CheckReport kent_check() {
    CheckReport c;
    c.text = "change(kent.2015_16, kent.2016_17) is 573%";
    c.at = {5, 3};
    c.verdict = Verdict::fail;
    c.claimed = "573%";
    c.actual = Rational(298, 63);
    c.actual_text = "473.02%";
    c.reading = "rounded to the nearest 1%";
    c.interval = Interval{Bound{Rational(229, 40), true}, Bound{Rational(1147, 200), false}};
    c.interval_unit = Unit{Dimension::percent};
    c.diagnosis = DiagnosisCode::ratio_as_increase;
    c.explanation = "361 / 63 = 5.73 times: the ratio was written as the rise";
    c.suggestions = {{"a rise of 473%", "change(kent.2015_16, kent.2016_17) is 473%"}};
    return c;
}

MentionReport mention(const std::string& text, const std::string& kind, std::vector<std::size_t> claims) {
    return MentionReport{text, kind, span_of(text), {3, 6}, std::move(claims)};
}

// Claims 0-3 and 6 are anchored (2 nested in 1, 6 overlapping both), 4 is not
// located, 5 is in no article.
Report sample() {
    Report r;
    r.claims.push_back(claim("kent_rise", Verdict::fail, "shot up by 573%"));
    r.claims.back().checks.push_back(kent_check());
    r.claims.push_back(claim("more_than_a_third", Verdict::pass, "a rise by more than a third (44 per cent)"));
    r.claims.push_back(claim("rise_44", Verdict::warn, "(44 per cent)"));
    r.claims.push_back(claim("youngest", Verdict::unverifiable, "aged three"));
    r.claims.push_back(claim("lost", Verdict::error, "a quote nobody wrote"));
    r.claims.back().message = "the quote is not in seeds/kent.txt";
    r.claims.push_back(claim("forces", Verdict::pass, ""));
    r.claims.back().article.clear();
    r.claims.push_back(claim("overlap", Verdict::error, "per cent) today"));

    ArticleReport kent;
    kent.name = "kent.txt";
    kent.path = "seeds/kent.txt";
    kent.text = article_text;
    kent.claims = {0, 1, 2, 3, 4, 6};
    kent.quantities = {mention("573%", "percent", {0}), mention("44 per cent", "percent", {1, 2}),
                       mention("12", "figure", {})};
    kent.dates_and_ages = {mention("June 2017", "date", {})};
    r.articles.push_back(kent);

    ArticleReport missing;
    missing.name = "gone.txt";
    missing.looked_in = "seeds and examples";
    r.articles.push_back(missing);

    Conflict conflict{"forces.2016_17", {}};
    conflict.statements.push_back({"examples/kent.claims", {3, 1}, "forces", "a.txt", "38", Verdict::fail, true});
    conflict.statements.push_back({"examples/other.claims", {4, 1}, "forces", "b.txt", "39", Verdict::pass, true});
    r.conflicts.push_back(conflict);
    return r;
}

std::string html_of(const Report& report) {
    std::ostringstream out;
    report::write_html(out, report, "0.1.0");
    return out.str();
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// A highlight as written: its classes, the cards it shows, its text.
struct Highlight {
    std::string klass, cards, text;
};

std::vector<Highlight> highlights(const std::string& html) {
    static const std::regex pattern(R"re(<a class="(hl[^"]*)"[^>]*? data-cards="([^"]*)"[^>]*>([^<]*)</a>)re");
    std::vector<Highlight> out;
    for (std::sregex_iterator it(html.begin(), html.end(), pattern), end; it != end; ++it)
        out.push_back({(*it)[1], (*it)[2], (*it)[3]});
    return out;
}

const Highlight* highlight_with_text(const std::vector<Highlight>& all, const std::string& text) {
    for (const auto& h : all)
        if (h.text == text) return &h;
    return nullptr;
}

// Every element opened is closed in order (void elements aside; style and script are raw text).
std::string unbalanced(const std::string& html) {
    static const std::vector<std::string> void_elements{"meta", "br", "img", "input", "link", "hr", "wbr"};
    std::vector<std::string> open;
    std::size_t at = 0;
    while ((at = html.find('<', at)) != std::string::npos) {
        if (html.compare(at, 2, "<!") == 0) {
            at = html.find('>', at);
            continue;
        }
        bool closing = html[at + 1] == '/';
        std::size_t name_begin = at + (closing ? 2 : 1);
        std::size_t name_end = html.find_first_of(" >", name_begin);
        std::string name = html.substr(name_begin, name_end - name_begin);
        if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0]))) return "stray < at " + std::to_string(at);
        at = html.find('>', name_end);
        if (at == std::string::npos) return "unterminated <" + name;
        if (closing) {
            if (open.empty() || open.back() != name) return "</" + name + "> closes " + (open.empty() ? "nothing" : open.back());
            open.pop_back();
        } else if (name == "style" || name == "script") {
            at = html.find("</" + name + ">", at);  // raw text up to its end tag
            if (at == std::string::npos) return "unterminated <" + name + ">";
            at += name.size() + 3;
        } else if (std::find(void_elements.begin(), void_elements.end(), name) == void_elements.end()) {
            open.push_back(name);
        }
    }
    return open.empty() ? "" : "<" + open.back() + "> never closed";
}

}  // namespace

TEST_CASE("html: markup, ampersands and quotes in the article are shown as text", "[report][html]") {
    std::string html = html_of(sample());
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; and &lt;b&gt;bold&lt;/b&gt;, O&#39;Neil") != std::string::npos);
    CHECK(html.find("Kent: crimes &quot;have <a") != std::string::npos);
    CHECK(html.find("&amp; more.") != std::string::npos);
    CHECK(count(html, "<script") == 1);  // only the page's own script
    CHECK(html.find("<b>") == std::string::npos);
    CHECK(html.find("alert(1)</script>") == std::string::npos);
}

TEST_CASE("html: claim ids, quotes and messages are escaped; ids never reach attributes raw", "[report][html]") {
    Report r = sample();
    r.claims[5].id = "x\"><img src=y onerror=alert(2)>";
    r.claims[4].message = "<i>not found</i>";
    r.claims[4].quote = "it's <u>here</u> \xff";
    std::string html = html_of(r);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("x&quot;&gt;&lt;img src=y onerror=alert(2)&gt;") != std::string::npos);
    CHECK(html.find("&lt;i&gt;not found&lt;/i&gt;") != std::string::npos);
    CHECK(html.find("it&#39;s &lt;u&gt;here&lt;/u&gt; \xEF\xBF\xBD") != std::string::npos);  // bad UTF-8 replaced
    CHECK(unbalanced(html).empty());
}

TEST_CASE("html: each verdict has its own highlight class, with the verdict word beside it", "[report][html]") {
    std::string html = html_of(sample());
    auto all = highlights(html);
    const Highlight* kent = highlight_with_text(all, "shot up by 573%");
    REQUIRE(kent);
    CHECK(kent->klass == "hl v-fail");
    CHECK(kent->cards == "claim-0");
    CHECK(html.find("shot up by 573%</a><span class=\"tag v-fail\">fail</span>") != std::string::npos);
    const Highlight* youngest = highlight_with_text(all, "aged three");
    REQUIRE(youngest);
    CHECK(youngest->klass == "hl v-unverifiable");
    const Highlight* outer = highlight_with_text(all, "a rise by more than a third ");
    REQUIRE(outer);
    CHECK(outer->klass == "hl v-pass");
    for (const char* word : {"pass", "warn", "fail", "unverifiable", "error"})
        CHECK(html.find(std::string("<span class=\"tag v-") + word + "\">" + word + "</span>") != std::string::npos);
}

TEST_CASE("html: nested and overlapping quotes become flat highlights with every claim", "[report][html]") {
    std::string html = html_of(sample());
    CHECK(unbalanced(html).empty());
    auto all = highlights(html);
    // "(44 " is in the outer quote and the nested one: the worse verdict shows, innermost card first.
    const Highlight* open = highlight_with_text(all, "(44 ");
    REQUIRE(open);
    CHECK(open->klass == "hl v-warn");
    CHECK(open->cards == "claim-2 claim-1");
    // "per cent)" is also in the overlapping error claim: error is worst.
    const Highlight* shared = highlight_with_text(all, "per cent)");
    REQUIRE(shared);
    CHECK(shared->klass == "hl v-error");
    CHECK(shared->cards == "claim-2 claim-6 claim-1");
    const Highlight* tail = highlight_with_text(all, " today");
    REQUIRE(tail);
    CHECK(tail->cards == "claim-6");
    // The text reads as the article does once the markup is taken out.
    std::string inner;
    for (const auto& h : all) inner += h.text;
    CHECK(inner.find("a rise by more than a third (44 per cent) today") != std::string::npos);
}

TEST_CASE("html: a number no claim checks is outlined and has its own card", "[report][html]") {
    std::string html = html_of(sample());
    auto all = highlights(html);
    const Highlight* twelve = highlight_with_text(all, "12");
    REQUIRE(twelve);
    CHECK(twelve->klass == "hl unchecked");
    CHECK(twelve->cards == "number-0-2");
    auto card = html.find("id=\"number-0-2\"");
    REQUIRE(card != std::string::npos);
    CHECK(html.find("No claim checks this number.", card) != std::string::npos);
    CHECK(html.find("seeds/kent.txt:3:6", card) != std::string::npos);
    CHECK_FALSE(highlight_with_text(all, "June 2017"));  // dates are not highlighted
}

TEST_CASE("html: a card shows claimed and exact values, the interval, diagnosis and wording", "[report][html]") {
    std::string html = html_of(sample());
    auto card = html.find("id=\"claim-0\"");
    REQUIRE(card != std::string::npos);
    std::string text = html.substr(card, html.find("</div>", card) - card);
    CHECK(text.find("<dt>Claimed</dt><dd>573%</dd>") != std::string::npos);
    CHECK(text.find("[572.5%, 573.5%)") != std::string::npos);
    CHECK(text.find("<dt>Exact</dt><dd>473.02% <code>= 298/63</code></dd>") != std::string::npos);
    CHECK(text.find("<strong>ratio-as-increase</strong>: 361 / 63 = 5.73 times") != std::string::npos);
    CHECK(text.find("a rise of 473%") != std::string::npos);
    CHECK(text.find("href=\"#quote-0\"") != std::string::npos);
    CHECK(html.find("id=\"quote-0\"") != std::string::npos);  // the back link lands on the highlight
}

TEST_CASE("html: every located quote has one place its card's back link returns to", "[report][html]") {
    Report r = sample();
    // A longer quote starting where the nested one starts is never the innermost claim of a piece.
    r.claims.push_back(claim("from_44", Verdict::pass, "(44 per cent) today"));
    r.articles[0].claims.push_back(7);
    std::string html = html_of(r);
    CHECK(unbalanced(html).empty());
    for (std::size_t i : r.articles[0].claims) {
        if (!r.claims[i].anchor) continue;
        INFO("claim " << i);
        CHECK(count(html, "href=\"#quote-" + std::to_string(i) + "\"") == 1);
        CHECK(count(html, "id=\"quote-" + std::to_string(i) + "\"") == 1);
    }
}

TEST_CASE("html: claims not located, claims in no article, and missing articles are all shown", "[report][html]") {
    std::string html = html_of(sample());
    auto lost = html.find("id=\"claim-4\"");
    REQUIRE(lost != std::string::npos);
    CHECK(html.find("quote not located", lost) != std::string::npos);
    CHECK(html.find("the quote is not in seeds/kent.txt", lost) != std::string::npos);
    auto outside = html.find("Claims not in any article");
    REQUIRE(outside != std::string::npos);
    CHECK(html.find("id=\"claim-5\"", outside) != std::string::npos);
    CHECK(html.find("Article not found in seeds and examples") != std::string::npos);
}

TEST_CASE("html: the summary counts verdicts, claims per article, and conflicts", "[report][html]") {
    std::string html = html_of(sample());
    CHECK(html.find("7 claims in 2 articles, 1 unchecked number, 1 conflict between sources") != std::string::npos);
    CHECK(html.find("<li class=\"v-pass\"><span class=\"n\">2</span> pass</li>") != std::string::npos);
    CHECK(html.find("<li class=\"v-error\"><span class=\"n\">2</span> error</li>") != std::string::npos);
    // kent.txt: 1 pass, 1 warn, 1 fail, 1 unverifiable, 2 error, 1 unchecked.
    CHECK(html.find("<a href=\"#article-0\">kent.txt</a></th><td>1</td><td>1</td><td class=\"hot\">1</td><td>1</td>"
                    "<td class=\"hot\">2</td><td>1</td>") != std::string::npos);
    CHECK(html.find("not found</td>") != std::string::npos);
    CHECK(html.find("<code>forces.2016_17</code>: <strong>38</strong> in a.txt (<a href=\"#claim-5\">forces</a>, fail)") !=
          std::string::npos);
    CHECK(html.find("summary-title") < html.find("id=\"article-0\""));  // the summary comes first
}

TEST_CASE("html: nothing on the page points outside it", "[report][html]") {
    std::string html = html_of(sample());
    static const std::regex reference(R"re(\b(?:href|src|action)="([^"]*)")re");
    int links = 0;
    for (std::sregex_iterator it(html.begin(), html.end(), reference), end; it != end; ++it, ++links)
        CHECK((*it)[1].str().rfind("#", 0) == 0);
    CHECK(links > 10);
    CHECK(html.find("://") == std::string::npos);
    CHECK(html.find("@import") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);
    CHECK(html.find("default-src 'none'") != std::string::npos);
}

TEST_CASE("html: the same report gives the same bytes", "[report][html]") {
    CHECK(html_of(sample()) == html_of(sample()));
    CHECK(html_of(Report{}).find("0 claims in 0 articles") != std::string::npos);
    CHECK(unbalanced(html_of(Report{})).empty());
}

TEST_CASE("html: a drafted claim has a badge on its card, a dashed highlight, a tag, and a count", "[report][html]") {
    Report r = sample();
    r.claims[0].notes = {"drafted: score 24.0, runner-up 12.0"};  // kent_rise
    r.claims[3].notes = {"not drafted"};                           // youngest: reviewed
    std::string html = html_of(r);
    CHECK(unbalanced(html).empty());
    auto all = highlights(html);
    const Highlight* kent = highlight_with_text(all, "shot up by 573%");
    REQUIRE(kent);
    CHECK(kent->klass == "hl v-fail drafted");
    const Highlight* youngest = highlight_with_text(all, "aged three");
    REQUIRE(youngest);
    CHECK(youngest->klass == "hl v-unverifiable");
    CHECK(html.find("title=\"kent_rise: fail, drafted\"") != std::string::npos);
    CHECK(html.find("shot up by 573%</a><span class=\"tag v-fail\">fail</span><span class=\"tag drafted\">drafted</span>") !=
          std::string::npos);
    CHECK(html.find("<div class=\"card v-fail drafted\" id=\"claim-0\"") != std::string::npos);
    CHECK(html.find("<span class=\"badge v-fail\">fail</span><span class=\"badge drafted\">drafted</span>"
                    "<code class=\"id\">kent_rise</code>") != std::string::npos);
    CHECK(count(html, "<span class=\"badge drafted\">") == 1);
    CHECK(html.find("<li class=\"drafted\"><span class=\"n\">1</span> drafted, not yet reviewed</li>") != std::string::npos);
    CHECK(html.find(".hl.drafted {") != std::string::npos);  // the style is on the page itself
    // Without a drafted claim, nothing on the page but the stylesheet says drafted.
    std::string plain = html_of(sample());
    CHECK(plain.find("class=\"drafted\"") == std::string::npos);
    CHECK(plain.find(" drafted\"") == std::string::npos);
}
