// A whole project from one input: a claims file, the article its claims are in and a
// CSV table, cut apart at the lines "%%article" and "%%table" (as the seeds built by
// .ci/fuzz are). Checked end to end as `claimcheck check` runs it: loaded with the house
// style, the table scanned, every claim judged, quotes located in the article, its
// numbers covered, and every report format written. Static errors, data errors and
// limits are answers; anything thrown past them, a sanitizer report, a timeout or an
// out-of-memory is a finding.
#include "engine/lang/vocabulary.hpp"
#include "fuzz_support.hpp"

#include "engine/pipeline/anchor.hpp"
#include "engine/pipeline/checker.hpp"
#include "engine/lang/loader.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

// The part of `input` after the line `marker` and before the next marker line, or nothing.
std::string_view part(std::string_view input, std::string_view marker, std::string_view next) {
    const std::size_t at = input.find(marker);
    if (at == std::string_view::npos) return {};
    std::string_view rest = input.substr(at + marker.size());
    return rest.substr(0, rest.find(next));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimcheck;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::string_view claims = input.substr(0, input.find("\n%%"));
    fuzz::write("article.txt", part(input, "\n%%article\n", "\n%%"));
    fuzz::write("t.csv", part(input, "\n%%table\n", "\n%%"));
    const std::string path = fuzz::write("main.claims", claims);
    Limits limits;
    LoadResult loaded = load({path}, LoadOptions{fuzz::rules_dir(), fuzz::scratch(), false, limits});
    if (!loaded.errors.empty()) return 0;
    try {
        CheckOutcome outcome = check_program(loaded.program, TableOptions{fuzz::scratch(), false, {}}, limits);
        if (!outcome.errors.empty()) return 0;
        const auto unread =
            anchor_quotes(outcome.report, loaded.program, ArticleOptions{{}, fuzz::scratch(), false, limits.max_file_bytes},
                          house_vocabulary(CLAIMCHECK_SOURCE_DIR "/rules", outcome.errors));
        if (!unread.empty()) return 0;
        fuzz::write_every_format(outcome.report, false);
    } catch (const LimitExceeded&) {
    }
    return 0;
}
