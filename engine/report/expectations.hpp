#pragma once
// `claimcheck test --update`: the `expect` lines that would make each claim's verdict the
// one pinned, as edits to the claims files, the way snapshot-testing tools rewrite their
// snapshots. A claim that now passes loses its line (no `expect` means pass); one that no
// longer passes gains one after its last line; another has its verdict word replaced.
// Claims made by an `apply` are pinned on the apply line and are left to the writer.
#include "engine/report/report.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::report {

struct ExpectationEdit {
    enum class Kind { replace, insert, remove };
    Kind kind = Kind::replace;
    int line = 0;  // the expect line; for insert, the line it goes after
    std::string claim;
    Verdict from = Verdict::pass;  // pinned before (pass when nothing was)
    Verdict to = Verdict::pass;
};

// The edits each file needs, by file; claims that meet their expectation need none.
std::map<std::string, std::vector<ExpectationEdit>> expectation_edits(const Report& report);

// text with the edits made, or nothing when a line to change is not the `expect` line it was
// when checked (the file changed since).
std::optional<std::string> with_edits(const std::string& text, const std::vector<ExpectationEdit>& edits);

// "examples/a.claims:12  kent_rise  expect fail -> pass"
std::string edit_text(const std::string& file, const ExpectationEdit& edit);

}  // namespace claimcheck::report
