#include "engine/report/writers.hpp"

#include "engine/core/deadline.hpp"

#include <nlohmann/json.hpp>

namespace claimcheck::report {

namespace {

using json = nlohmann::ordered_json;  // field order is part of the stable format

json interval_json(const Interval& interval, const std::string& text, bool negated) {
    json j;
    j["text"] = text;
    j["low"] = interval.low ? json(fraction_text(interval.low->value)) : json(nullptr);
    j["low_closed"] = interval.low && interval.low->closed;
    j["high"] = interval.high ? json(fraction_text(interval.high->value)) : json(nullptr);
    j["high_closed"] = interval.high && interval.high->closed;
    if (negated) j["negated"] = true;
    return j;
}

json check_json(const ClaimReport& claim, const CheckReport& c) {
    json j;
    j["text"] = c.text;
    j["file"] = c.file.empty() ? claim.file : c.file;
    j["line"] = c.at.line;
    j["column"] = c.at.column;
    j["verdict"] = verdict_name(c.verdict);
    if (c.expected) j["expect"] = verdict_name(*c.expected);
    j["claimed"] = c.claimed;
    if (c.actual) {
        j["actual"] = {{"exact", fraction_text(*c.actual)}, {"decimal", c.actual_decimal}, {"display", c.actual_text}};
        if (c.actual_range) j["actual"]["range"] = interval_json(*c.actual_range, c.actual_text, false);
        if (!c.keys.empty()) j["actual"]["keys"] = c.keys;
    }
    else if (!c.actual_text.empty())
        j["actual"] = {{"exact", nullptr}, {"decimal", nullptr}, {"display", c.actual_text}};
    else
        j["actual"] = nullptr;
    if (!c.reading.empty()) j["reading"] = c.reading;
    if (c.interval) j["interval"] = interval_json(*c.interval, interval_text(c), c.interval_negated);
    for (const NamedInterval& r : c.alternatives)
        j["readings"].push_back({{"name", r.name}, {"interval", interval_json(r.interval, r.interval.text(c.interval_unit), false)}});
    if (!c.definition.empty()) j["definition"] = c.definition;
    if (!c.definitions.empty()) j["definitions"] = c.definitions;
    if (!c.message.empty()) j["message"] = c.message;
    if (c.diagnosis) {
        j["diagnosis"] = std::string(diagnosis_name(*c.diagnosis));
        j["explanation"] = c.explanation;
    }
    if (!c.suggestions.empty()) {
        j["suggestion"] = c.suggestions.front().wording;
        j["suggestions"] = json::array();
        for (const auto& s : c.suggestions) j["suggestions"].push_back({{"wording", s.wording}, {"check", s.check}});
    }
    return j;
}

json claim_json(const ClaimReport& claim) {
    checkpoint("while writing the report");
    json j;
    j["id"] = claim.id;
    j["file"] = claim.file;
    j["line"] = claim.at.line;
    j["column"] = claim.at.column;
    j["source"] = claim.article;
    j["quote"] = claim.quote;
    j["verdict"] = verdict_name(claim.verdict);
    if (claim.expected) j["expect"] = verdict_name(*claim.expected);
    if (!claim.template_at.empty()) j["template"] = claim.template_at;
    if (std::string message = full_message(claim); !message.empty()) j["message"] = message;
    if (!claim.notes.empty()) j["notes"] = claim.notes;
    j["drafted"] = drafted(claim);
    if (claim.anchor) j["quote_at"] = {{"line", claim.anchor_at.line}, {"column", claim.anchor_at.column}};
    if (const auto& issue = claim.quote_issue)
        j["quote_issue"] = {{"severity", issue->error ? "error" : "note"}, {"message", issue->message},
                            {"file", claim.file}, {"line", issue->at.line}, {"column", issue->at.column}};
    j["checks"] = json::array();
    for (const auto& c : claim.checks) j["checks"].push_back(check_json(claim, c));
    return j;
}

json mention_json(const Report& report, const MentionReport& m) {
    checkpoint("while writing the report");
    json j = {{"text", m.text}, {"kind", m.kind}, {"line", m.at.line}, {"column", m.at.column}};
    if (!m.claims.empty()) {
        j["claims"] = json::array();
        for (std::size_t i : m.claims) j["claims"].push_back(report.claims[i].id);
    }
    return j;
}

// The document is written a part at a time, each part as dump(2) would write it inside
// the whole: an article's numbers one at a time, never all as one tree (a report on an
// article of a million numbers would hold hundreds of bytes of tree for each of them).
std::string margin(int depth) { return std::string(static_cast<std::size_t>(2 * depth), ' '); }

// `j` at `depth` levels in: dump() starts at the margin, so every line after its first moves in.
void put(std::ostream& out, const json& j, int depth) {
    const std::string text = j.dump(2, ' ', false, json::error_handler_t::replace);  // bad UTF-8 must not abort
    const std::string in = margin(depth);
    std::size_t from = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string::npos; from = nl + 1, nl = text.find('\n', from))
        out.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from)) << in;
    out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

class Fields;

// The elements of an array that is `depth` levels in, written as they come; closed when it ends.
class Items {
public:
    Items(std::ostream& out, int depth) : out_(out), depth_(depth) {}
    ~Items() { out_ << (any_ ? "\n" + margin(depth_) + "]" : "[]"); }
    Items(const Items&) = delete;
    Items& operator=(const Items&) = delete;

    void put(const json& element) {
        next();
        report::put(out_, element, depth_ + 1);
    }
    Fields object();  // an element whose fields are written as they come

private:
    void next() {
        out_ << (any_ ? ",\n" : "[\n") << margin(depth_ + 1);
        any_ = true;
    }
    std::ostream& out_;
    int depth_;
    bool any_ = false;
};

// The fields of an object that is `depth` levels in, in the order written; closed when it ends.
class Fields {
public:
    Fields(std::ostream& out, int depth) : out_(out), depth_(depth) { out_ << "{"; }
    ~Fields() { out_ << "\n" << margin(depth_) << "}"; }
    Fields(const Fields&) = delete;
    Fields& operator=(const Fields&) = delete;

    void put(const std::string& name, const json& value) {
        key(name);
        report::put(out_, value, depth_ + 1);
    }
    Items array(const std::string& name) {
        key(name);
        return Items(out_, depth_ + 1);
    }

private:
    void key(const std::string& name) {
        out_ << (first_ ? "\n" : ",\n") << margin(depth_ + 1) << json(name).dump() << ": ";
        first_ = false;
    }
    std::ostream& out_;
    int depth_;
    bool first_ = true;
};

Fields Items::object() {
    next();
    return Fields(out_, depth_ + 1);
}

// Per article: the numbers claims cover, those nobody checked, and the dates and ages set apart.
void write_coverage(Fields& document, const Report& report) {
    Items articles = document.array("coverage");
    for (const auto& article : report.articles) {
        Fields j = articles.object();
        j.put("source", article.name);
        j.put("path", article.found() ? json(article.path) : json(nullptr));
        if (!article.found()) j.put("looked_in", article.looked_in);
        for (bool covered : {true, false}) {
            Items mentions = j.array(covered ? "covered" : "unchecked");
            for (const auto& m : article.quantities)
                if (m.claims.empty() != covered) mentions.put(mention_json(report, m));
        }
        Items set_apart = j.array("dates_and_ages");
        for (const auto& m : article.dates_and_ages) set_apart.put(mention_json(report, m));
    }
}

}  // namespace

void write_json(std::ostream& out, const Report& report, const std::string& version) {
    {
        Fields document(out, 0);
        document.put("tool", "claimcheck");
        document.put("version", version);
        document.put("schema_version", 1);  // docs/report.schema.json; raised when a field changes meaning or goes
        {
            Items claims = document.array("claims");
            for (const auto& claim : report.claims) claims.put(claim_json(claim));
        }
        {
            Items conflicts = document.array("conflicts");
            for (const auto& conflict : report.conflicts) {
                json statements = json::array();
                for (const auto& s : conflict.statements)
                    if (conflict.definitions)  // a let: no claim, no verdict
                        statements.push_back({{"file", s.file}, {"line", s.at.line}, {"column", s.at.column},
                                              {"source", s.article}, {"value", s.claimed}});
                    else
                        statements.push_back({{"file", s.file}, {"line", s.at.line}, {"column", s.at.column},
                                              {"claim", s.claim}, {"source", s.article}, {"claimed", s.claimed},
                                              {"verdict", verdict_name(s.verdict)}, {"disputed", s.disputed}});
                conflicts.put({{"quantity", conflict.quantity},
                               {"kind", conflict.definitions ? "definitions" : "statements"},
                               {"statements", statements}});
            }
        }
        write_coverage(document, report);
        {
            Items tables = document.array("tables");
            for (const auto& t : report.tables)
                tables.put({{"path", t.path}, {"rows", t.rows}, {"skipped", t.skipped}, {"bytes", t.bytes}});
        }
        Summary s = report.summary();
        document.put("summary", {{"pass", s.pass}, {"warn", s.warn}, {"fail", s.fail},
                                 {"unverifiable", s.unverifiable}, {"error", s.error}, {"drafted", s.drafted}});
    }
    out << "\n";
}

}  // namespace claimcheck::report
