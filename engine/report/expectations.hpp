#pragma once
// `claimcheck test --update`: the `expect` lines and pins that would make each verdict the
// one pinned, as edits to the claims files, the way snapshot-testing tools rewrite their
// snapshots. A claim pinned as a whole keeps that form: one that now passes loses its
// line (no `expect` means pass), one that no longer passes gains one after its last line,
// another has its verdict word replaced. A claim that pins its checks has each check that
// moved re-pinned on its own line (`check ... expect fail`, the pin dropped for a pass), and
// its own line only where the checks do not already say its verdict. With pin_checks
// (`--pin-checks`) every claim is taken to that form. Claims made by an `apply` are pinned
// on the apply line and are left to the writer.
#include "engine/report/report.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::report {

struct ExpectationEdit {
    enum class Kind { replace, insert, remove };
    Kind kind = Kind::replace;
    int line = 0;  // the expect line; for insert, the line it goes after; for a check's pin, the check's line
    std::string claim;
    Verdict from = Verdict::pass;  // pinned before (pass when nothing was)
    Verdict to = Verdict::pass;
    // A check's pin: its column on the line (1-based, in characters): where `expect` is written, or,
    // for insert, where the check ends. 0 for a claim's own `expect` line.
    int column = 0;
    std::string check;  // the check's text, for a check's pin
};

// The edits each file needs, by file; claims that meet their expectation need none, unless
// pin_checks asks for each claim's checks to be pinned.
std::map<std::string, std::vector<ExpectationEdit>> expectation_edits(const Report& report, bool pin_checks = false);

// text with the edits made, or nothing when a line to change is not what it was when checked
// (the file changed since).
std::optional<std::string> with_edits(const std::string& text, const std::vector<ExpectationEdit>& edits);

// "examples/a.claims:12  kent_rise  expect fail -> pass"; for a check's pin,
// "a.claims:9  known_error: a == 5  no expect (pass) -> expect fail"
std::string edit_text(const std::string& file, const ExpectationEdit& edit);

}  // namespace claimcheck::report
