// Claim files run end to end, as `claimcheck check` runs them: loaded (with the
// house style), bound, type-checked, evaluated, judged, diagnosed, and written as
// every report format. Static errors and limits are answers; anything thrown
// past them, or any sanitizer report, is a bug.
#include "fuzz_support.hpp"

#include "engine/pipeline/checker.hpp"
#include "engine/lang/loader.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimcheck;
    const std::string path = fuzz::write("main.claims", {reinterpret_cast<const char*>(data), size});
    Limits limits;  // no deadline is installed: a slow input is a libFuzzer timeout, a finding
    LoadResult loaded = load({path}, LoadOptions{fuzz::rules_dir(), fuzz::scratch(), false, limits});
    if (!loaded.errors.empty()) return 0;
    try {
        CheckOutcome outcome = check_program(loaded.program, TableOptions{fuzz::scratch(), false, {}}, limits);
        if (!outcome.errors.empty()) return 0;
        fuzz::write_every_format(outcome.report, true);
    } catch (const LimitExceeded&) {
    }
    return 0;
}
