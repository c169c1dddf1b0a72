// The lines placed by their first word: indentation, the comments beside them, blank lines between.
#include "layout.hpp"

#include <algorithm>
#include <optional>

namespace claimcheck::format {

namespace {

constexpr std::size_t indent_width = 2;

// What a statement or clause line is to the lines around it.
enum class Role {
    statement,  // a top-level statement that stands alone: let, define, use, source, unit
    section,    // a top-level statement set apart by blank lines: claim, template, table, apply
    nested,     // a claim inside a template
    clause,     // a line of the statement above it: quote, check, means, column, expect...
    end,        // a template's end
};

struct Placed {
    Role role = Role::statement;
    std::size_t depth = 0;
};

// Places each statement or clause line by its first word; a file that parsed starts every line with one.
class Placer {
public:
    Placed place(std::string_view keyword) {
        const std::size_t claim_depth = in_template_ ? 1 : 0;
        if (keyword == "template") {
            in_template_ = true;
            return {Role::section, 0};
        }
        if (keyword == "end") {
            in_template_ = false;
            return {Role::end, 0};
        }
        if (keyword == "claim") {
            under_apply_ = false;
            return {in_template_ ? Role::nested : Role::section, claim_depth};
        }
        if (keyword == "quote" || keyword == "check" || keyword == "note") return {Role::clause, claim_depth + 1};
        if (keyword == "expect") return {Role::clause, under_apply_ ? 1 : claim_depth + 1};
        if (keyword == "reading" || keyword == "means" || keyword == "warn" || keyword == "column")
            return {Role::clause, 1};
        under_apply_ = keyword == "apply";
        const bool section = keyword == "table" || keyword == "apply";
        return {section ? Role::section : Role::statement, 0};
    }

private:
    bool in_template_ = false;
    bool under_apply_ = false;
};

// A run of lines printed together: one statement or clause line, or consecutive comment lines.
struct Item {
    std::size_t first = 0, last = 0;  // lines [first, last]
    bool comment = false;
    Placed placed;                    // for a comment, where it is put
    bool blank_before = false;        // as written
    bool in_section = false;          // a line of a section, or a comment within one
    bool trailing = false;            // a comment that ends the block above rather than leading the line below
};

std::vector<Item> items_of(const std::vector<Line>& lines) {
    std::vector<Item> items;
    bool blank = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].blank()) {
            blank = !items.empty();
            continue;
        }
        const bool comment = lines[i].comment_only();
        if (comment && !items.empty() && items.back().comment && items.back().last + 1 == i) {
            items.back().last = i;
            continue;
        }
        items.push_back({i, i, comment, {}, blank, false, false});
        blank = false;
    }
    return items;
}

// The code lines placed in order; sections remembered for the blank lines around them.
void place_code(const std::vector<Line>& lines, std::vector<Item>& items) {
    Placer placer;
    bool in_section = false;
    for (Item& item : items) {
        if (item.comment) continue;
        item.placed = placer.place(lines[item.first].keyword());
        if (item.placed.role == Role::section) in_section = true;
        if (item.placed.role == Role::statement) in_section = false;
        item.in_section = in_section;
    }
}

// The depth inside the statement a line belongs to: a clause's own, one in from a header.
std::size_t inner_depth(const Placed& placed) {
    return placed.role == Role::section || placed.role == Role::nested ? placed.depth + 1 : placed.depth;
}

// A comment annotates the line straight below it and takes its indentation, unless it was
// written deeper than a top-level line below it, or stands apart (a blank line below it)
// after a block: then it trails the block above and keeps that block's indentation.
void place_comments(const std::vector<Line>& lines, std::vector<Item>& items) {
    const Item* previous = nullptr;
    for (std::size_t k = 0; k < items.size(); ++k) {
        Item& item = items[k];
        if (!item.comment) {
            previous = &item;
            continue;
        }
        const Item* next = k + 1 < items.size() ? &items[k + 1] : nullptr;
        std::size_t code = k + 1;
        while (code < items.size() && items[code].comment) ++code;
        if (code < items.size() && items[code].placed.role == Role::clause) {
            // Inside a statement, where no blank line stays, a comment goes with the clause below it.
            item.placed = items[code].placed;
            item.in_section = items[code].in_section;
            continue;
        }
        const bool attached = next && !next->blank_before;
        const std::size_t written = lines[item.first].indent;
        // Trailing a block that has no depth (a let, an end) would put it where a comment leading
        // the next line goes, and read as one the next time: then it is one.
        const std::size_t block_depth = previous ? inner_depth(previous->placed) : 0;
        const bool trails = block_depth > 0 && (attached ? next->placed.depth == 0 && written > lines[next->first].indent
                                                         : written > 0);
        if (attached && !trails) {
            item.placed = {next->placed.role, next->placed.depth};
            item.in_section = next->in_section;
        } else {
            item.trailing = true;  // or standing apart, at the top level
            item.placed = {Role::clause, trails ? block_depth : 0};
            item.in_section = trails && previous->in_section;
        }
    }
}

// One blank line at most; none inside a statement; one before and after each section.
std::vector<bool> blank_lines(const std::vector<Item>& items) {
    std::vector<bool> blank(items.size(), false);
    for (std::size_t k = 1; k < items.size(); ++k) {
        const Item& item = items[k];
        const Item& before = items[k - 1];
        if (before.comment && !before.trailing) continue;  // a comment stays on the line above what it annotates
        if (item.trailing) {
            // It keeps a blank line above it, unless more of its block follows.
            std::size_t after = k + 1;
            while (after < items.size() && items[after].comment) ++after;
            const bool inside = after < items.size() &&
                                (items[after].placed.role == Role::clause || items[after].placed.role == Role::end);
            blank[k] = (item.blank_before || (before.in_section && !item.in_section)) && !inside;
            continue;
        }
        switch (item.placed.role) {
            case Role::clause:
            case Role::end: break;
            case Role::nested: blank[k] = item.blank_before; break;
            case Role::section: blank[k] = true; break;
            case Role::statement: blank[k] = item.blank_before || (before.in_section && !item.in_section); break;
        }
    }
    return blank;
}

}  // namespace

std::string lay_out(const std::vector<Line>& lines, Spacing spacing) {
    std::vector<Item> items = items_of(lines);
    place_code(lines, items);
    place_comments(lines, items);
    const std::vector<bool> blank = blank_lines(items);
    std::string out;
    for (std::size_t k = 0; k < items.size(); ++k) {
        if (blank[k]) out += '\n';
        const std::string indent(items[k].placed.depth * indent_width, ' ');
        for (std::size_t i = items[k].first; i <= items[k].last; ++i) {
            if (lines[i].blank()) continue;
            out += indent;
            out += spacing == Spacing::canonical ? spaced(lines[i]) : as_written(lines[i]);
            out += '\n';
        }
    }
    return out;
}

}  // namespace claimcheck::format
