#include "mentions.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace claimcheck {

namespace {

struct Token {
    enum class Type { number, word, percent };
    Type type;
    std::size_t begin;
    std::size_t end;
    std::string text;  // a word in lower case; a number as written
};

bool digit(char c) { return c >= '0' && c <= '9'; }
bool letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Numbers keep their inner separators (5,653 15.5 2015/16 11:20 2017-06-01) and an
// ordinal ending (1st); words are runs of letters, split at hyphens.
std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    for (std::size_t i = 0; i < text.size();) {
        char c = text[i];
        if (digit(c)) {
            std::size_t j = i + 1;
            while (j < text.size() &&
                   (digit(text[j]) || (std::string_view(",./:-").find(text[j]) != std::string_view::npos &&
                                       j + 1 < text.size() && digit(text[j + 1]))))
                ++j;
            for (std::string_view suffix : {"st", "nd", "rd", "th"})
                if (text.substr(j, 2) == suffix && (j + 2 >= text.size() || !letter(text[j + 2]))) j += 2;
            tokens.push_back({Token::Type::number, i, j, std::string(text.substr(i, j - i))});
            i = j;
        } else if (letter(c)) {
            std::size_t j = i;
            std::string lower;
            while (j < text.size() && letter(text[j]))
                lower += static_cast<char>(std::tolower(static_cast<unsigned char>(text[j++])));
            tokens.push_back({Token::Type::word, i, j, lower});
            i = j;
        } else if (c == '%') {
            tokens.push_back({Token::Type::percent, i, i + 1, "%"});
            ++i;
        } else {
            ++i;
        }
    }
    return tokens;
}

constexpr std::array<std::string_view, 29> number_words = {
    "one",     "two",     "three",   "four",     "five",     "six",      "seven",  "eight",
    "nine",    "ten",     "eleven",  "twelve",   "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty", "thirty",  "forty",    "fifty",  "sixty",
    "seventy", "eighty",  "ninety",  "hundred",  "thousand"};
constexpr std::array<std::string_view, 9> ordinals = {"second", "third",   "fourth", "fifth", "sixth",
                                                      "seventh", "eighth", "ninth",  "tenth"};
constexpr std::array<std::string_view, 5> plurals = {"hundreds", "dozens", "thousands", "millions", "scores"};
constexpr std::array<std::string_view, 25> months = {
    "january", "february", "march", "april", "may",  "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar",  "apr",  "jun",    "jul",
    "aug",     "sep",      "sept",     "oct", "nov", "dec",  "fy"};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& list, const std::string& word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

class Scanner {
public:
    explicit Scanner(std::string_view text) : text_(text), tokens_(tokenize(text)) {}

    std::vector<Mention> scan() {
        std::vector<Mention> out;
        for (std::size_t i = 0; i < tokens_.size();) {
            auto [end, kind] = match(i);
            if (end == i) {
                ++i;
                continue;
            }
            Span span{tokens_[i].begin, tokens_[end - 1].end};
            out.push_back({span, kind, std::string(text_.substr(span.begin, span.end - span.begin))});
            i = end;
        }
        return out;
    }

private:
    struct Match {
        std::size_t end;
        MentionKind kind;
    };

    bool word(std::size_t i, std::string_view w) const {
        return i < tokens_.size() && tokens_[i].type == Token::Type::word && tokens_[i].text == w;
    }
    bool words(std::size_t i, std::initializer_list<std::string_view> ws) const {
        for (auto w : ws)
            if (!word(i++, w)) return false;
        return true;
    }
    bool number(std::size_t i) const { return i < tokens_.size() && tokens_[i].type == Token::Type::number; }
    bool plain_number(std::size_t i) const {  // no date or time separators
        return number(i) && tokens_[i].text.find_first_of("/:-") == std::string::npos;
    }
    bool number_word(std::size_t i) const {
        return i < tokens_.size() && tokens_[i].type == Token::Type::word && among(number_words, tokens_[i].text);
    }
    bool month(std::size_t i) const {
        return i < tokens_.size() && tokens_[i].type == Token::Type::word && among(months, tokens_[i].text);
    }
    bool year(std::size_t i) const {
        if (!number(i) || tokens_[i].text.size() != 4) return false;
        int y = std::stoi(tokens_[i].text);
        return y >= 1900 && y <= 2099;
    }

    // "3,903", "a third", "ten", with the number's end.
    std::optional<std::size_t> quantity(std::size_t i) const {
        if (plain_number(i)) return percent_end(i + 1).value_or(i + 1);
        if (std::optional<std::size_t> f = fraction(i)) return f;
        if (number_word(i)) return i + 1;
        return std::nullopt;
    }
    std::optional<std::size_t> percent_end(std::size_t i) const {
        if (i < tokens_.size() && tokens_[i].type == Token::Type::percent) return i + 1;
        if (words(i, {"per", "cent"})) return i + 2;
        if (word(i, "percent")) return i + 1;
        if (words(i, {"percentage", "points"})) return i + 2;
        if (word(i, "points")) return i + 1;
        return std::nullopt;
    }
    std::optional<std::size_t> fraction(std::size_t i) const {
        for (std::string_view f : {"half", "third", "quarter", "fifth", "tenth"})
            if (word(i, "a") && word(i + 1, f)) return i + 2;
        if (word(i, "half")) return i + 1;
        if ((word(i, "two") && word(i + 1, "thirds")) || (word(i, "three") && word(i + 1, "quarters"))) return i + 2;
        if (word(i, "one") && word(i + 1, "in") && (plain_number(i + 2) || number_word(i + 2))) return i + 3;
        return std::nullopt;
    }

    Match match(std::size_t i) const {
        if (auto end = date(i)) return {*end, MentionKind::date};
        if (auto end = age(i)) return {*end, MentionKind::age};
        if (auto end = duration(i)) return {*end, MentionKind::date};
        if (auto end = approximate(i)) return {*end, MentionKind::vague};
        if (i < tokens_.size() && tokens_[i].type == Token::Type::word && among(plurals, tokens_[i].text))
            return {i + 1, MentionKind::vague};
        if (plain_number(i)) {
            if (auto end = percent_end(i + 1)) return {*end, MentionKind::percent};
            return {i + 1, MentionKind::figure};
        }
        if (auto end = fraction(i)) return {*end, MentionKind::words};
        if (number_word(i) || (i < tokens_.size() && tokens_[i].type == Token::Type::word &&
                               among(ordinals, tokens_[i].text)))
            return {i + 1, MentionKind::words};
        if (number(i)) return {i + 1, MentionKind::date};  // 2015/16, 11:20, 2017-06-01
        return {i, MentionKind::figure};
    }

    std::optional<std::size_t> date(std::size_t i) const {
        if (number(i) && tokens_[i].text.size() <= 4 && month(i + 1) && year(i + 2)) return i + 3;  // 1st June 2017
        if (month(i) && number(i + 1)) {
            if (tokens_[i].text == "fy") return i + 2;                                      // FY2016/17
            if (year(i + 1)) return i + 2;                                                  // June 2017
            if (tokens_[i + 1].text.size() <= 4 && !year(i + 1)) return year(i + 2) ? i + 3 : i + 2;  // June 1
        }
        if (number(i) && (word(i + 1, "am") || word(i + 1, "pm"))) return i + 2;  // 9:50 pm
        if (year(i) && !percent_end(i + 1)) return i + 1;
        return std::nullopt;
    }

    std::optional<std::size_t> age(std::size_t i) const {
        if (word(i, "aged") || word(i, "age")) {
            if (auto q = quantity(i + 1)) {
                std::size_t end = *q;
                if (word(end, "and") && (word(end + 1, "under") || word(end + 1, "over"))) end += 2;
                return end;
            }
        }
        if (words(i, {"as", "young", "as"}) || words(i, {"as", "old", "as"}))
            if (auto q = quantity(i + 3)) return q;
        if (auto q = plain_number(i) || number_word(i) ? std::optional<std::size_t>(i + 1) : std::nullopt) {
            std::size_t j = *q;
            if ((word(j, "years") || word(j, "year")) && (word(j + 1, "old") || word(j + 1, "olds"))) return j + 2;
            if (words(j, {"was", "the", "most", "common", "age"})) return j + 5;
        }
        if (word(i, "under") && number(i + 1) && i + 2 < tokens_.size() &&
            tokens_[i + 1].end == tokens_[i + 2].begin && word(i + 2, "s"))
            return i + 3;  // under-18s
        if (word(i, "under") && plain_number(i + 1) && word(i + 2, "year") && (word(i + 3, "olds") || word(i + 3, "old")))
            return i + 4;  // under 18-year-olds
        return std::nullopt;
    }

    // "12 months", "over two years": a span of time, not a count ("over" is not an approximator here).
    std::optional<std::size_t> duration(std::size_t i) const {
        std::size_t from = word(i, "over") ? i + 1 : i;
        auto q = quantity(from);
        if (!q || !(plain_number(from) || number_word(from))) return std::nullopt;
        for (std::string_view unit : {"hours", "days", "weeks", "months", "years", "decades", "hour", "day", "week",
                                      "month", "year", "decade"})
            if (word(*q, unit) && !word(*q + 1, "old") && !word(*q + 1, "olds")) return *q + 1;
        return std::nullopt;
    }

    std::optional<std::size_t> approximate(std::size_t i) const {
        static const std::array<std::initializer_list<std::string_view>, 14> heads = {{
            {"more", "than"}, {"fewer", "than"}, {"less", "than"}, {"at", "least"}, {"up", "to"},
            {"just", "over"}, {"just", "under"}, {"nearly"}, {"almost"}, {"about"}, {"around"},
            {"roughly"}, {"over"}, {"under"}}};
        for (const auto& head : heads)
            if (words(i, head))
                if (auto q = quantity(i + head.size())) return q;
        return std::nullopt;
    }

    std::string_view text_;
    std::vector<Token> tokens_;
};

}  // namespace

const char* kind_name(MentionKind kind) {
    switch (kind) {
    case MentionKind::figure: return "figure";
    case MentionKind::percent: return "percent";
    case MentionKind::words: return "words";
    case MentionKind::vague: return "vague";
    case MentionKind::date: return "date";
    case MentionKind::age: return "age";
    }
    return "figure";
}

bool is_quantity(MentionKind kind) { return kind != MentionKind::date && kind != MentionKind::age; }

std::vector<Mention> find_mentions(std::string_view text) { return Scanner(text).scan(); }

}  // namespace claimcheck
