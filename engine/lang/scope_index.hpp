#pragma once
// The program's declarations by name, and which files reach which through their
// uses: what every Scope looks its names up in. Built once by bind(); engine code
// outside scope.cpp goes through Scope.
#include "engine/lang/scope.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace claimcheck {

// Every declaration of one name, in the order the files were loaded.
template <typename Binding>
struct Declared {
    std::vector<Binding> all;
    std::vector<std::size_t> places;  // each one's file, as a place in the index
    // With more than one: the one each file that reaches any of them sees (a file absent sees none).
    std::unordered_map<std::size_t, const Binding*> seen_from;
};

class ScopeIndex {
public:
    ScopeIndex(const Program& program, std::vector<Diagnostic>& errors);

    std::size_t size() const { return modules_.size(); }
    std::size_t place(const Module* module) const { return place_.at(module); }
    // True when the file at `from` is the file at `to`, or uses it, directly or through others.
    bool reaches(std::size_t from, std::size_t to) const {
        const Reach& r = reach_[from];
        if (!r.bits.empty()) return (r.bits[to / 64] >> (to % 64)) & 1U;
        return std::binary_search(r.places.begin(), r.places.end(), static_cast<std::uint32_t>(to));
    }

    // The declaration of key the file at `module` sees, if any.
    template <typename Binding>
    const Binding* find(const std::map<std::string, Declared<Binding>>& index, const std::string& key,
                        std::size_t module) const {
        auto found = index.find(key);
        if (found == index.end()) return nullptr;
        const Declared<Binding>& declared = found->second;
        if (declared.all.size() == 1) return reaches(module, declared.places[0]) ? &declared.all[0] : nullptr;
        auto seen = declared.seen_from.find(module);
        return seen == declared.seen_from.end() ? nullptr : seen->second;
    }

    std::map<std::string, Declared<LetBinding>> lets;
    std::map<std::string, Declared<TableBinding>> tables;
    std::map<std::string, Declared<Definition>> phrases;  // keyed by the words: "more than"
    std::map<std::string, Declared<TemplateBinding>> templates;
    std::map<std::string, Declared<UnitBinding>> units;  // declared units: school_day
    std::map<std::string, std::vector<std::string>> series;  // "kent" -> every let's name in it, sorted
    std::vector<const TableBinding*> table_list;              // every table once, in the order declared

private:
    void order(const Program& program);
    void declare(const Module& module, std::vector<Diagnostic>& errors);
    // The files that reach one of places, each after the files it uses.
    std::vector<std::size_t> reaching(const std::vector<std::size_t>& places) const;
    template <typename Binding, typename Clash>
    void first_wins(Declared<Binding>& declared, Clash clash);
    template <typename Binding>
    void last_wins(Declared<Binding>& declared);

    std::size_t definitions_ = 0;         // declared so far: each definition's order
    std::vector<const Module*> modules_;  // every file after the files it uses
    std::map<const Module*, std::size_t> place_;
    std::vector<std::vector<std::size_t>> uses_;     // in the order written
    std::vector<std::vector<std::size_t>> used_by_;
    // What one file reaches: a sorted list of places while that is the smaller, else a bit a file.
    // Files that use a few others cost a few places each; files that reach thousands, a bit each.
    struct Reach {
        std::vector<std::uint32_t> places;
        std::vector<std::uint64_t> bits;
    };
    std::vector<Reach> reach_;
};

}  // namespace claimcheck
