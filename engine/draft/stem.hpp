#pragma once
// Words reduced to their stems by Snowball's English stemmer (Debian's libstemmer), so
// "arrested" meets "arrests" and "persistently absent" meets "persistent absentees".
#include <string>
#include <string_view>

namespace claimcheck {

// The stem of a lowercase word.
std::string stem(std::string_view lower);

}  // namespace claimcheck
