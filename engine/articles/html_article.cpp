// Walking gumbo's tree (with a stack of our own: pages nest without bound) into a TextBuilder,
// each text node matched byte by byte against its original to map entities and line endings.
#include "engine/articles/html_article.hpp"

#include "engine/core/ascii.hpp"
#include "engine/core/utf8.hpp"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace claimcheck {

namespace {

enum class Ends { nothing, space, line, paragraph, line_break };

// What an element's start and end are to the text around it.
Ends ends_of(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
        case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
        case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_SECTION:
        case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_MAIN:
        case GUMBO_TAG_ASIDE: case GUMBO_TAG_NAV: case GUMBO_TAG_FIGURE: case GUMBO_TAG_ADDRESS:
        case GUMBO_TAG_HR: case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_DETAILS:
        case GUMBO_TAG_HGROUP:
            return Ends::paragraph;
        case GUMBO_TAG_LI: case GUMBO_TAG_DIV: case GUMBO_TAG_TR: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
        case GUMBO_TAG_CAPTION: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_LEGEND:
            return Ends::line;
        case GUMBO_TAG_TD: case GUMBO_TAG_TH:
            return Ends::space;
        case GUMBO_TAG_BR:
            return Ends::line_break;
        default:
            return Ends::nothing;
    }
}

// Elements whose content no reader sees as the article's text.
bool unseen(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
        case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_EMBED: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS:
        case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_BUTTON: case GUMBO_TAG_AUDIO:
        case GUMBO_TAG_VIDEO:
            return true;
        default:
            return false;
    }
}

bool html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool reference_character(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#';
}

class Reader {
public:
    Reader(std::string_view html, std::size_t base, TextBuilder& into) : html_(html), base_(base), into_(into) {}

    // Every node under `root`, in document order, without recursion.
    void walk(const GumboNode* root) {
        struct Open {
            const GumboNode* node;
            std::size_t next = 0;
        };
        std::vector<Open> open{{root}};
        while (!open.empty()) {
            Open& top = open.back();
            const GumboVector& children = top.node->v.element.children;
            if (top.next == children.length) {
                leave(top.node->v.element.tag);
                open.pop_back();
                continue;
            }
            const auto* child = static_cast<const GumboNode*>(children.data[top.next++]);
            if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE) {
                const GumboTag tag = child->v.element.tag;
                if (unseen(tag) || child->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) continue;
                enter(tag);
                open.push_back({child});
            } else if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
                       child->type == GUMBO_NODE_CDATA) {
                text(child->v.text);
            }
        }
    }

private:
    void enter(GumboTag tag) {
        if (tag == GUMBO_TAG_PRE) ++preformatted_;
        breaks(ends_of(tag));
    }
    void leave(GumboTag tag) {
        if (tag == GUMBO_TAG_PRE) --preformatted_;
        if (tag != GUMBO_TAG_BR) breaks(ends_of(tag));
    }
    void breaks(Ends ends) {
        if (ends == Ends::paragraph) into_.paragraph_break();
        if (ends == Ends::line) into_.line_break();
        if (ends == Ends::line_break) into_.another_line_break();
        if (ends == Ends::space) into_.space(at_, at_);
    }

    // One character of the text, from the page's [from, to) (offsets in html_).
    void character(std::string_view c, std::size_t from, std::size_t to) {
        at_ = base_ + to;
        if (c.size() == 1 && html_space(c[0]) && preformatted_ == 0) return into_.space(base_ + from, base_ + to);
        into_.put(c, base_ + from, base_ + to);
    }

    // A text node's decoded text, matched against its original: where they differ, an
    // entity, a CR LF made LF or a NUL dropped; past anything else unmatched, the rest of
    // the node maps to the rest of its original as a whole.
    void text(const GumboText& node) {
        const std::string_view decoded = node.text ? node.text : "";
        const char* data = node.original_text.data;
        std::size_t i = 0, end = 0;
        if (data && data >= html_.data() && data <= html_.data() + html_.size()) {
            i = static_cast<std::size_t>(data - html_.data());
            end = std::min(html_.size(), i + node.original_text.length);
        } else {
            i = end = std::min<std::size_t>(node.start_pos.offset, html_.size());
        }
        std::size_t j = 0;
        while (j < decoded.size()) {
            const std::size_t n = std::max<std::size_t>(1, sequence_length(decoded, j));
            const std::string_view c = decoded.substr(j, n);
            if (i < end && html_.substr(i, n) == c && (html_[i] != '&' || bare_ampersand(i, end, decoded, j))) {
                character(c, i, i + n);
                i += n, j += n;
            } else if (i < end && html_[i] == '\r' && c == "\n") {
                const std::size_t to = i + 1 < end && html_[i + 1] == '\n' ? i + 2 : i + 1;
                character(c, i, to);
                i = to, j += n;
            } else if (i < end && html_[i] == '\0') {
                i += 1;  // a NUL the parser dropped, or took as U+FFFD: matched next round or dropped
                if (c == "\uFFFD") character(c, i - 1, i), j += n;
            } else if (std::size_t to = i < end && html_[i] == '&' ? entity_end(i, end, decoded, j + n) : 0; to) {
                character(c, i, to);
                i = to, j += n;
            } else {  // the rest, each character standing for all the rest of the original
                for (; j < decoded.size(); j += std::max<std::size_t>(1, sequence_length(decoded, j)))
                    character(decoded.substr(j, std::max<std::size_t>(1, sequence_length(decoded, j))), i, end);
                return;
            }
        }
    }

    // Whether the '&' at html_[at], decoded[j] as well, stands for itself ("R&D", "&foo;"),
    // not for a reference to one ("&amp;", "&#38;"): the original goes on as the decoded text.
    bool bare_ampersand(std::size_t at, std::size_t end, std::string_view decoded, std::size_t j) const {
        std::size_t k = at + 1;
        while (k < end && k - at < 40 && reference_character(html_[k])) ++k;
        if (k < end && html_[k] == ';') ++k;
        return html_.substr(at + 1, k - at - 1) == decoded.substr(j + 1, k - at - 1);
    }

    // Where the reference at html_[at] ends, given the decoded text goes on at decoded[next]:
    // the shortest name after which the original goes on as the decoded text does (a name
    // may end without ';', "&copy2017"); 0 when it is no reference.
    std::size_t entity_end(std::size_t at, std::size_t end, std::string_view decoded, std::size_t next) const {
        std::size_t k = at + 1;
        while (k < end && k - at < 40 && reference_character(html_[k])) ++k;
        if (k < end && html_[k] == ';') return k + 1;
        if (next >= decoded.size()) return k;
        for (std::size_t to = at + 2; to <= k; ++to)
            if (to < end && html_[to] == decoded[next]) return to;
        return 0;
    }

    std::string_view html_;
    std::size_t base_;
    TextBuilder& into_;
    int preformatted_ = 0;
    std::size_t at_ = 0;  // where in the file the text read so far ends
};

// How deep a page may nest its elements: far past any real page's few dozen, and short of
// the depths at which gumbo's time grows with the square of the depth (200,000 nested
// <div>s take it minutes).
constexpr std::size_t most_nesting = 1000;

std::string lower_name(std::string_view html, std::size_t at) {
    std::string name;
    for (; at < html.size() && name.size() < 16 && std::isalnum(static_cast<unsigned char>(html[at])); ++at)
        name += lower(html[at]);
    return name;
}

// Elements that hold nothing, or whose end tags may be left out: they do not nest by being opened.
bool nests(std::string_view name) {
    static constexpr std::array<std::string_view, 27> flat = {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot"};
    return std::find(flat.begin(), flat.end(), name) == flat.end();
}

// Where the page's tags, counted start against end, first open more than most_nesting
// elements at once (a guess from the tags alone, before gumbo is given the page); npos if never.
std::size_t too_deep_at(std::string_view html) {
    std::size_t depth = 0;
    for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
        if (html.substr(i, 4) == "<!--") {
            i = html.find("-->", i + 4);
            if (i == std::string_view::npos) return i;
            continue;
        }
        const bool closing = i + 1 < html.size() && html[i + 1] == '/';
        const std::string name = lower_name(html, i + (closing ? 2 : 1));
        if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0]))) continue;
        const std::size_t end = html.find('>', i);
        if (end == std::string_view::npos) return end;
        if (closing) {
            if (nests(name) && depth > 0) --depth;
        } else if (name == "script" || name == "style" || name == "textarea" || name == "title") {
            const std::size_t close = html.find("</", end);  // their text holds no tags
            if (close == std::string_view::npos) return close;
            i = close - 1;
            continue;
        } else if (nests(name) && html[end - 1] != '/' && ++depth > most_nesting) {
            return i;
        }
        i = end;
    }
    return std::string_view::npos;
}

void* allocate(void* heap, std::size_t bytes) { return static_cast<ParserHeap*>(heap)->allocate(bytes); }
void release(void* heap, void* block) { static_cast<ParserHeap*>(heap)->release(block); }

// The first element with `tag` under `root`, found without recursion.
const GumboNode* first_element(const GumboNode* root, GumboTag tag) {
    std::vector<const GumboNode*> todo{root};
    while (!todo.empty()) {
        const GumboNode* node = todo.back();
        todo.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT) continue;
        if (node->v.element.tag == tag) return node;
        const GumboVector& children = node->v.element.children;
        for (std::size_t k = children.length; k-- > 0;) todo.push_back(static_cast<const GumboNode*>(children.data[k]));
    }
    return nullptr;
}

}  // namespace

void read_html(std::string_view html, std::size_t base, bool fragment, TextBuilder& into, ParserHeap& heap) {
    if (const std::size_t at = too_deep_at(html); at != std::string_view::npos)
        heap.refuse(base + at, "its elements nest more than " + std::to_string(most_nesting) +
                                   " deep here, past any page's need; claimcheck reads no deeper");
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = allocate;
    options.deallocator = release;
    options.userdata = &heap;
    options.max_errors = 0;  // the page's errors are not reported: keep none
    if (fragment) options.fragment_context = GUMBO_TAG_DIV;
    // Freed with the heap: gumbo_destroy_output would free the tree by recursion.
    const GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
    Reader reader(html, base, into);
    if (!fragment && !first_element(output->root, GUMBO_TAG_H1))
        if (const GumboNode* title = first_element(output->root, GUMBO_TAG_TITLE)) {
            reader.walk(title);
            into.paragraph_break();
        }
    reader.walk(output->root);
}

}  // namespace claimcheck
