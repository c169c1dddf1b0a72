#pragma once
// An article as published: plain text, Markdown or HTML, read to the text a reader sees
// (the text quotes are found in, numbers listed from and the HTML report shows), with the
// way back from that text to the file: its bytes, and line:col as an editor counts them.
#include "engine/articles/article.hpp"
#include "engine/articles/offset_map.hpp"
#include "engine/core/source.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

enum class ArticleFormat { text, markdown, html };

// By the name's extension: .md and .markdown are Markdown, .html and .htm HTML (in any
// case). A name with no extension (standard input, "-") is HTML when the text begins as
// a page does (<!DOCTYPE html> or <html>, after white space); anything else is plain text.
ArticleFormat article_format(std::string_view name, std::string_view text);
std::string_view format_name(ArticleFormat format);  // "plain text", "Markdown", "HTML"

// Line:col of offsets asked for in any order, in time that does not grow with the line: a
// single-line article of megabytes, asked about by thousands of claims, would otherwise be
// counted from its start for each. The place of every 4 KiB is kept, and each offset
// counted on from the nearest before it, or from the last asked for when that is nearer.
class Positions {
public:
    explicit Positions(const SourceFile& source);
    Location at(std::size_t offset) const;

private:
    static constexpr std::size_t step = 4096;
    SourceFile source_;             // shares the text
    std::vector<Location> marks_;   // where k * step is
    mutable std::size_t last_ = 0;  // the offset asked for last, and where it is
    mutable Location last_at_{1, 1};
};

class PublishedArticle {
public:
    // Reads `file` (its text valid UTF-8, as SourceFile keeps it) as `format`. Throws
    // LimitExceeded when parsing it would take more than the run's memory or time.
    PublishedArticle(const SourceFile& file, ArticleFormat format);

    ArticleFormat format() const { return format_; }
    const std::string& text() const { return format_ == ArticleFormat::text ? file_.text() : text_; }
    const SourceFile& file() const { return file_; }

    std::size_t origin(std::size_t i) const { return format_ == ArticleFormat::text ? i : map_.origin(i); }
    // The file's bytes from the first character of `span` (of text()) to its last, with
    // whatever markup lies between.
    Span in_file(Span span) const;
    Location at(std::size_t i) const { return positions_.at(origin(i)); }  // line:col in the file of text()[i]

private:
    SourceFile file_;
    ArticleFormat format_;
    std::string text_;  // for Markdown and HTML; plain text is the file's
    OffsetMap map_;
    Positions positions_;
};

}  // namespace claimcheck
