// What words a reader may take more than one way mean: "five times more" is the ratio
// (x5, a rise of 400%) to one reader and the increase (+500%) to another (CJR, "Times up").
// Each `reading` of the definition reads the figure as written, carried through its own
// value; the claim holds when every reading does, and only partly when some do.
#include "engine/core/ranges.hpp"
#include "engine/lang/meaning.hpp"

namespace claimcheck {

namespace {

// Where every reading holds; an empty interval (nothing holds) when two do not meet.
Interval common(const std::vector<Reading>& readings) {
    Interval out = readings.front().interval;
    for (std::size_t i = 1; i < readings.size(); ++i) {
        auto both = intersection(out, readings[i].interval);
        if (!both) {
            const Rational at = out.low ? out.low->value : out.high ? out.high->value : Rational(0);
            return Interval{Bound{at, false}, Bound{at, false}};
        }
        out = *both;
    }
    return out;
}

// "as a ratio, not as an increase": the reading that held, and those that did not.
std::string holding_alone(const std::vector<Reading>& readings, std::size_t held) {
    std::string out = readings[held].description;
    std::string others;
    for (std::size_t i = 0; i < readings.size(); ++i)
        if (i != held) others += (others.empty() ? "" : " or ") + readings[i].description;
    return out + ", not " + others;
}

}  // namespace

Meaning MeaningBuilder::alternatives(const PhraseTerm& term) {
    const Definition& d = *term.definition;
    Meaning m;
    for (const ast::Alternative& alternative : d.define->readings) {
        Meaning read = through(term, alternative.value);
        if (m.readings.empty()) m = read;  // its unit, definitions and inner words
        m.readings.push_back({alternative.name, read.strict.interval});
    }
    m.figure = false;  // a known slip in the figure is diagnosed against one reading, not several
    m.strict = {"'" + term.text() + "' (" + d.where() + ") under every reading", common(m.readings)};
    m.lenient.clear();
    for (std::size_t i = 0; i < m.readings.size(); ++i) {
        Reading alone{holding_alone(m.readings, i), m.readings[i].interval};
        alone.alternative = true;
        m.lenient.push_back(alone);
    }
    return m;
}

}  // namespace claimcheck
