#pragma once
// Article text as the mention finder reads it: numbers with their inner separators,
// sign and currency ("5,653", "2015/16", "12-15", "-3", "£2.3"), words in lower case
// (split at hyphens: "twenty-one" is two words), and percent signs.
// TokenWindow holds the few tokens around the place being read, whatever the text's length.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

struct Token {
    enum class Type { number, word, percent };
    Type type;
    std::size_t begin;
    std::size_t end;
    std::string text;  // a word in lower case; a number as written
    // For a number: the separator joining its parts ('/', ':' or '-'; 'x' when they are
    // mixed), and how many parts: 2015/16 is '/' and 2, 2017-06-01 is '-' and 3.
    char joint = 0;
    std::size_t parts = 1;
};

// The next token at or after text[at], with `at` moved past it; nothing at the end.
std::optional<Token> next_token(std::string_view text, std::size_t& at);

std::vector<Token> tokenize(std::string_view text);

// The article's tokens as the scanner reads them: each made when first asked for and
// forgotten once the scanner has moved past it, so only the few around the place being
// read are held (the scanner looks a dozen tokens ahead and two back), whatever the
// article's length.
class TokenWindow {
public:
    explicit TokenWindow(std::string_view text) : text_(text) {}

    // Token i, or null past the last. Called many times a token: a plain vector, no deque arithmetic.
    const Token* at(std::size_t i) {
        if (i - base_ < held_.size()) return &held_[i - base_];  // i >= base_: never one forgotten
        return read_to(i);
    }

    // Tokens before i will not be asked for again. They are let go in batches, so each
    // token is moved at most once or twice however long the text.
    void forget_before(std::size_t i);

private:
    // Tokenizes on to token i: the slow path, out of the hot one above.
    [[gnu::noinline]] const Token* read_to(std::size_t i);

    static constexpr std::size_t batch = 256;
    std::string_view text_;
    std::vector<Token> held_;  // tokens base_, base_ + 1, ...
    std::size_t base_ = 0;
    std::size_t next_ = 0;  // where in the text the next token is looked for
    bool done_ = false;
};

}  // namespace claimcheck
