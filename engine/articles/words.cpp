#include "engine/articles/words.hpp"

namespace claimcheck {

std::string one_line(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (!space(c)) out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::vector<Word> words_in(std::string_view t, std::size_t begin, std::size_t end, bool split_hyphens) {
    std::vector<Word> out;
    for (std::size_t i = begin; i < end;) {
        if (!alnum(t[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < end && (alnum(t[j]) || (((t[j] == '-' && !split_hyphens) || t[j] == '\'') && j + 1 < end && alnum(t[j + 1]))))
            ++j;
        out.push_back({i, j, lower(t.substr(i, j - i))});
        i = j;
    }
    return out;
}

}  // namespace claimcheck
