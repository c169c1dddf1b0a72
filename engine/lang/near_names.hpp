#pragma once
// "Did you mean ...?" for the unknown names of a run. Each hint compares a name with every
// name in scope, letter by letter: ten thousand typos among ten thousand names would be a
// hundred million comparisons, so a run's hints share a budget of letters compared, and
// once it is spent an unknown name gets its error without a hint.
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace claimcheck {

class NearNames {
public:
    explicit NearNames(std::size_t letters = 300'000'000) : left_(letters) {}

    // The name nearest `name` among those list() gives (worked out once for each key, a scope),
    // or "" when none is near or the budget is spent.
    std::string closest(const std::string& name, const void* key, const std::function<std::vector<std::string>()>& list);

private:
    struct Known {
        std::vector<std::string> names;
        std::size_t letters = 0;  // of all the names together
    };
    std::map<const void*, Known> known_;
    std::size_t left_;
};

}  // namespace claimcheck
