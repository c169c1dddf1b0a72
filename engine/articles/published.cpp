// Choosing an article's reader, and placing its text in its file.
#include "engine/articles/published.hpp"

#include "engine/articles/html_article.hpp"
#include "engine/articles/markdown_article.hpp"
#include "engine/articles/parser_heap.hpp"
#include "engine/core/ascii.hpp"
#include "engine/core/budget.hpp"

#include <algorithm>
#include <array>

namespace claimcheck {

namespace {

struct Extension {
    std::string_view ending;
    ArticleFormat format;
};
constexpr std::array<Extension, 4> extensions = {{
    {".md", ArticleFormat::markdown}, {".markdown", ArticleFormat::markdown},
    {".html", ArticleFormat::html}, {".htm", ArticleFormat::html},
}};

// The text read from a Markdown or HTML file and its map back, kept until the report is
// written, for each byte of the file (the parser's own memory is charged as it is taken,
// by ParserHeap, and given back when it is done).
constexpr std::uint64_t published_text_cost = 2;

ReadText read_as(const SourceFile& file, ArticleFormat format) {
    ParserHeap heap("reading the article " + file.path() + " as " + std::string(format_name(format)), &file);
    if (format == ArticleFormat::markdown) return read_markdown(file.text(), heap);
    TextBuilder builder;
    read_html(file.text(), 0, false, builder, heap);
    return std::move(builder).finish();
}

}  // namespace

ArticleFormat article_format(std::string_view name, std::string_view text) {
    const std::string file = lower(name.substr(name.find_last_of('/') + 1));
    for (const auto& e : extensions)
        if (file.size() > e.ending.size() && file.ends_with(e.ending)) return e.format;
    if (file.find('.') != std::string::npos) return ArticleFormat::text;
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    const std::string start = first == std::string_view::npos ? "" : lower(text.substr(first, 15));
    return start.starts_with("<!doctype html") || start.starts_with("<html") ? ArticleFormat::html : ArticleFormat::text;
}

std::string_view format_name(ArticleFormat format) {
    switch (format) {
        case ArticleFormat::markdown: return "Markdown";
        case ArticleFormat::html: return "HTML";
        case ArticleFormat::text: break;
    }
    return "plain text";
}

Positions::Positions(const SourceFile& source) : source_(source) {
    ForwardLocator locator(source_);
    for (std::size_t at = 0; at <= source_.text().size(); at += step) marks_.push_back(locator.at(at));
}

Location Positions::at(std::size_t offset) const {
    offset = std::min(offset, source_.text().size());
    const std::size_t k = std::min(offset / step, marks_.size() - 1);
    if (last_ <= offset && last_ >= k * step)
        last_at_ = source_.locate_from(last_, last_at_, offset);
    else
        last_at_ = source_.locate_from(k * step, marks_[k], offset);
    last_ = offset;
    return last_at_;
}

PublishedArticle::PublishedArticle(const SourceFile& file, ArticleFormat format)
    : file_(file), format_(format), positions_(file_) {
    if (format == ArticleFormat::text) return;
    charge_for_run(file.text().size() * published_text_cost, "reading the article " + file.path());
    ReadText read = read_as(file_, format);
    text_ = std::move(read.text);
    map_ = std::move(read.map);
}

Span PublishedArticle::in_file(Span span) const {
    if (format_ == ArticleFormat::text || span.begin >= span.end) return span;
    return {map_.origin(span.begin), std::max(map_.origin(span.begin), map_.until(span.end - 1))};
}

}  // namespace claimcheck
