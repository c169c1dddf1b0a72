// Walking cmark's tree with its iterator (no recursion however deep the nesting) into a
// TextBuilder, each literal matched against the file from where its node begins.
#include "engine/articles/markdown_article.hpp"

#include "engine/articles/html_article.hpp"
#include "engine/core/utf8.hpp"

#include <cmark.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace claimcheck {

namespace {

// cmark's allocator hooks take no pointer of their own: the heap of the parse under way.
thread_local ParserHeap* current_heap = nullptr;

void* heap_calloc(std::size_t count, std::size_t size) { return current_heap->allocate_zeroed(count, size); }
void* heap_realloc(void* block, std::size_t bytes) { return current_heap->reallocate(block, bytes); }
void heap_free(void* block) { current_heap->release(block); }

class HeapInUse {
public:
    explicit HeapInUse(ParserHeap& heap) : previous_(current_heap) { current_heap = &heap; }
    ~HeapInUse() { current_heap = previous_; }
    HeapInUse(const HeapInUse&) = delete;
    HeapInUse& operator=(const HeapInUse&) = delete;

private:
    ParserHeap* previous_;
};

bool ascii_punctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

bool reference_character(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#';
}

std::string_view literal_of(cmark_node* node) {
    const char* literal = cmark_node_get_literal(node);
    return literal ? literal : "";
}

class Reader {
public:
    Reader(std::string_view text, ParserHeap& heap) : text_(text), heap_(heap) {
        line_starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
                line_starts_.push_back(i + 1);
    }

    ReadText read(cmark_node* document) {
        cmark_iter* iter = cmark_iter_new(document);
        for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
            cmark_node* node = cmark_iter_get_node(iter);
            if (event == CMARK_EVENT_ENTER) enter(iter, node);
            else if (event == CMARK_EVENT_EXIT) block_end(node);
        }
        return std::move(out_).finish();
    }

private:
    // The offset of a node's start or end (inclusive) as cmark gives it; nothing when it gives none.
    std::optional<std::size_t> offset(int line, int column) const {
        if (line <= 0 || column <= 0 || static_cast<std::size_t>(line) > line_starts_.size()) return std::nullopt;
        return std::min(text_.size(), line_starts_[line - 1] + static_cast<std::size_t>(column) - 1);
    }
    // Where a line (1-based) starts; the text's end past its last line (a fence on the last line
    // opens a block with nothing after it).
    std::size_t line_start(int line) const {
        if (line <= 0) return 0;
        return static_cast<std::size_t>(line) <= line_starts_.size() ? line_starts_[static_cast<std::size_t>(line) - 1]
                                                                      : text_.size();
    }
    std::size_t begin_of(cmark_node* node) const {
        return offset(cmark_node_get_start_line(node), cmark_node_get_start_column(node)).value_or(cursor_);
    }
    std::size_t end_of(cmark_node* node) const {  // just past its last byte
        auto at = offset(cmark_node_get_end_line(node), cmark_node_get_end_column(node));
        return at ? std::min(text_.size(), *at + 1) : block_end_;
    }

    void enter(cmark_iter* iter, cmark_node* node) {
        switch (cmark_node_get_type(node)) {
            case CMARK_NODE_PARAGRAPH: case CMARK_NODE_HEADING: case CMARK_NODE_ITEM:
                block_start(node);
                break;
            case CMARK_NODE_BLOCK_QUOTE: case CMARK_NODE_LIST: case CMARK_NODE_THEMATIC_BREAK:
                out_.paragraph_break();
                break;
            case CMARK_NODE_CODE_BLOCK: {
                block_start(node);
                std::size_t from = cursor_;
                const std::size_t first = text_.find_first_not_of(" \t", from);
                if (first < block_end_ && (text_[first] == '`' || text_[first] == '~'))  // fenced: past the fence's line
                    from = std::min(block_end_, line_start(cmark_node_get_start_line(node) + 1));
                std::string_view code = literal_of(node);
                if (code.ends_with('\n')) code.remove_suffix(1);
                match(code, from, block_end_, true);
                out_.paragraph_break();
                break;
            }
            case CMARK_NODE_HTML_BLOCK: {
                block_start(node);
                out_.paragraph_break();
                read_html(text_.substr(cursor_, block_end_ - cursor_), cursor_, true, out_, heap_);
                out_.paragraph_break();
                break;
            }
            case CMARK_NODE_TEXT: case CMARK_NODE_CODE: {
                const std::size_t from = std::max(cursor_, begin_of(node));
                match(literal_of(node), from, std::max(from, end_of(node)), false);
                break;
            }
            case CMARK_NODE_SOFTBREAK:
                out_.space(cursor_, cursor_);
                break;
            case CMARK_NODE_LINEBREAK:
                out_.line_break();
                break;
            case CMARK_NODE_IMAGE:  // its description is not the article's text
                cmark_iter_reset(iter, node, CMARK_EVENT_EXIT);
                break;
            default:  // emphasis, links: their text is their children's; inline HTML: tags only
                break;
        }
    }

    // A paragraph of a list item in a tight list: items on lines of their own, no blank line between.
    static bool in_tight_item(cmark_node* node) {
        cmark_node* parent = cmark_node_parent(node);
        return parent && cmark_node_get_type(parent) == CMARK_NODE_ITEM && cmark_node_parent(parent) &&
               cmark_node_get_list_tight(cmark_node_parent(parent));
    }

    void block_start(cmark_node* node) {
        if (cmark_node_get_type(node) == CMARK_NODE_ITEM || in_tight_item(node)) out_.line_break();
        else out_.paragraph_break();
        cursor_ = std::min(text_.size(), begin_of(node));
        block_end_ = std::max(cursor_, std::min(text_.size(), end_of_block(node)));
    }
    std::size_t end_of_block(cmark_node* node) const {
        auto at = offset(cmark_node_get_end_line(node), cmark_node_get_end_column(node));
        if (at) return *at + 1;
        const int line = cmark_node_get_end_line(node);  // column 0: the line's end
        return line > 0 ? line_start(line + 1) : text_.size();
    }
    void block_end(cmark_node* node) {
        switch (cmark_node_get_type(node)) {
            case CMARK_NODE_PARAGRAPH:
                if (in_tight_item(node)) out_.line_break();
                else out_.paragraph_break();
                break;
            case CMARK_NODE_HEADING: case CMARK_NODE_BLOCK_QUOTE: case CMARK_NODE_LIST:
                out_.paragraph_break();
                break;
            case CMARK_NODE_ITEM:
                out_.line_break();
                break;
            default:
                break;
        }
    }

    // The literal's characters, each found in text_[from, limit) as itself, a backslash
    // escape or a character reference, past any markup before it. Past a character not
    // found, the rest maps to the rest of the stretch as a whole. `code` keeps white space.
    void match(std::string_view literal, std::size_t from, std::size_t limit, bool code) {
        std::size_t p = from;
        for (std::size_t j = 0; j < literal.size();) {
            const std::size_t n = std::max<std::size_t>(1, sequence_length(literal, j));
            const std::string_view c = literal.substr(j, n);
            std::size_t to = 0;
            while (p < limit && !(to = written_as(c, p, limit))) ++p;
            if (!to) {
                out_.put(literal.substr(j), std::min(p, limit), limit);
                cursor_ = limit;
                return;
            }
            if (!code && (c == " " || c == "\t")) out_.space(p, to);
            else out_.put(c, p, to);
            p = to;
            j += n;
        }
        cursor_ = p;
    }

    // Where `c` written at text_[p] ends, as itself, escaped or as a reference; 0 if it is not there.
    std::size_t written_as(std::string_view c, std::size_t p, std::size_t limit) const {
        if (text_.substr(p, c.size()) == c && p + c.size() <= limit) return p + c.size();
        if (text_[p] == '\\' && c.size() == 1 && ascii_punctuation(c[0]) && p + 1 < limit && text_[p + 1] == c[0])
            return p + 2;
        if (text_[p] == '&') {
            std::size_t k = p + 1;
            while (k < limit && k - p < 40 && reference_character(text_[k])) ++k;
            if (k > p + 1 && k < limit && text_[k] == ';') return k + 1;
        }
        return 0;
    }

    std::string_view text_;
    ParserHeap& heap_;
    std::vector<std::size_t> line_starts_;
    TextBuilder out_;
    std::size_t cursor_ = 0;     // where the text read so far ends in the file
    std::size_t block_end_ = 0;  // where the block being read ends
};

}  // namespace

ReadText read_markdown(std::string_view markdown, ParserHeap& heap) {
    HeapInUse in_use(heap);
    cmark_mem memory{heap_calloc, heap_realloc, heap_free};
    // Freed with the heap, whatever the parse came to.
    cmark_parser* parser = cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS, &memory);
    cmark_parser_feed(parser, markdown.data(), markdown.size());
    cmark_node* document = cmark_parser_finish(parser);
    return Reader(markdown, heap).read(document);
}

}  // namespace claimcheck
