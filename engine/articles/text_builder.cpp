// Text with pending white space and breaks written only once more text follows.
#include "engine/articles/text_builder.hpp"

#include <algorithm>

namespace claimcheck {

void TextBuilder::emit(std::string_view text, std::size_t from, std::size_t to) {
    out_.text += text;
    out_.map.append(text.size(), from, to);
}

// What is pending, written before text from `at`: breaks come from no bytes of their own,
// so they are placed where the text after them begins.
void TextBuilder::flush(std::size_t at) {
    if (out_.text.empty() || pending_ == Pending::none) {
        pending_ = Pending::none;
        return;
    }
    if (pending_ == Pending::space)
        emit(" ", space_from_, space_to_);
    else
        emit(pending_ == Pending::line ? "\n" : "\n\n", at, at);
    pending_ = Pending::none;
}

void TextBuilder::put(std::string_view text, std::size_t from, std::size_t to) {
    if (text.empty()) return;
    flush(from);
    emit(text, from, to);
}

void TextBuilder::space(std::size_t from, std::size_t to) {
    if (pending_ == Pending::space) {
        space_to_ = std::max(space_to_, to);
    } else if (pending_ == Pending::none && !out_.text.empty()) {
        const char last = out_.text.back();
        if (last == ' ' || last == '\n') return;
        pending_ = Pending::space;
        space_from_ = from;
        space_to_ = to;
    }
}

void TextBuilder::line_break() {
    if (pending_ != Pending::paragraph) pending_ = Pending::line;
}

void TextBuilder::paragraph_break() { pending_ = Pending::paragraph; }

void TextBuilder::another_line_break() {
    pending_ = pending_ == Pending::line || pending_ == Pending::paragraph ? Pending::paragraph : Pending::line;
}

ReadText TextBuilder::finish() && { return std::move(out_); }

}  // namespace claimcheck
