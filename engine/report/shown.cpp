// What every writer shows user text and stated intervals with (writers.hpp).
#include "engine/report/writers.hpp"

#include "engine/core/utf8.hpp"

namespace claimcheck::report {

std::string shown(std::string_view raw, bool keep_line_breaks) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string text = valid_utf8(raw);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0U;
        bool line_break = c == '\n' || c == '\r';
        if ((c < 0x20 && c != '\t' && !(line_break && keep_line_breaks)) || c == 0x7F) {
            out += std::string("\\x") + hex[c >> 4] + hex[c & 15];
        } else if (c == 0xC2 && next >= 0x80 && next <= 0x9F) {  // U+0080 to U+009F: C1 controls, CSI among them
            out += std::string("\\u00") + hex[next >> 4] + hex[next & 15];
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string interval_text(const CheckReport& check) {
    if (!check.alternatives.empty()) {  // "[350%, 450%) as a ratio or [450%, 550%) as an increase"
        std::string text;
        for (const NamedInterval& r : check.alternatives)
            text += (text.empty() ? "" : " or ") + r.interval.text(check.interval_unit) + " " + r.name;
        return text;
    }
    std::string text = check.interval->text(check.interval_unit);
    return check.interval_negated ? "not " + text : text;
}

std::optional<std::string> exact_beside(const CheckReport& check) {
    if (!check.actual || check.actual_range || denominator(*check.actual) == 1) return std::nullopt;
    std::string exact = fraction_text(*check.actual);
    if (check.actual_text.find(exact) != std::string::npos) return std::nullopt;
    return exact;
}

}  // namespace claimcheck::report
