#pragma once
// Article text as the mention finder reads it: numbers with their inner separators,
// sign and currency ("5,653", "2015/16", "12-15", "-3", "£2.3"), words in lower case
// (split at hyphens: "twenty-one" is two words), and percent signs.
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

}  // namespace claimcheck
