#include "writers.hpp"

#include <nlohmann/json.hpp>

namespace claimcheck::report {

namespace {

using json = nlohmann::ordered_json;  // field order is part of the stable format

json interval_json(const CheckReport& check) {
    const Interval& interval = *check.interval;
    json j;
    j["text"] = interval_text(check);
    j["low"] = interval.low ? json(fraction_text(interval.low->value)) : json(nullptr);
    j["low_closed"] = interval.low && interval.low->closed;
    j["high"] = interval.high ? json(fraction_text(interval.high->value)) : json(nullptr);
    j["high_closed"] = interval.high && interval.high->closed;
    if (check.interval_negated) j["negated"] = true;
    return j;
}

json check_json(const ClaimReport& claim, const CheckReport& c) {
    json j;
    j["text"] = c.text;
    j["file"] = c.file.empty() ? claim.file : c.file;
    j["line"] = c.at.line;
    j["column"] = c.at.column;
    j["verdict"] = verdict_name(c.verdict);
    j["claimed"] = c.claimed;
    if (c.actual)
        j["actual"] = {{"exact", fraction_text(*c.actual)}, {"decimal", c.actual_decimal}, {"display", c.actual_text}};
    else if (!c.actual_text.empty())
        j["actual"] = {{"exact", nullptr}, {"decimal", nullptr}, {"display", c.actual_text}};
    else
        j["actual"] = nullptr;
    if (!c.reading.empty()) j["reading"] = c.reading;
    if (c.interval) j["interval"] = interval_json(c);
    if (!c.definition.empty()) j["definition"] = c.definition;
    if (!c.definitions.empty()) j["definitions"] = c.definitions;
    if (!c.message.empty()) j["message"] = c.message;
    if (!c.diagnosis.empty()) {
        j["diagnosis"] = c.diagnosis;
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
    json j;
    j["id"] = claim.id;
    j["file"] = claim.file;
    j["line"] = claim.at.line;
    j["column"] = claim.at.column;
    j["source"] = claim.article;
    j["quote"] = claim.quote;
    j["verdict"] = verdict_name(claim.verdict);
    if (claim.expected) j["expect"] = *claim.expected;
    if (!claim.template_at.empty()) j["template"] = claim.template_at;
    if (std::string message = full_message(claim); !message.empty()) j["message"] = message;
    if (!claim.notes.empty()) j["notes"] = claim.notes;
    if (claim.anchor) j["quote_at"] = {{"line", claim.anchor_at.line}, {"column", claim.anchor_at.column}};
    if (const auto& issue = claim.quote_issue)
        j["quote_issue"] = {{"severity", issue->error ? "error" : "note"}, {"message", issue->message},
                            {"file", claim.file}, {"line", issue->at.line}, {"column", issue->at.column}};
    j["checks"] = json::array();
    for (const auto& c : claim.checks) j["checks"].push_back(check_json(claim, c));
    return j;
}

json mention_json(const Report& report, const MentionReport& m) {
    json j = {{"text", m.text}, {"kind", m.kind}, {"line", m.at.line}, {"column", m.at.column}};
    if (!m.claims.empty()) {
        j["claims"] = json::array();
        for (std::size_t i : m.claims) j["claims"].push_back(report.claims[i].id);
    }
    return j;
}

// Per article: the numbers claims cover, those nobody checked, and the dates and ages set apart.
json coverage_json(const Report& report) {
    json all = json::array();
    for (const auto& article : report.articles) {
        json j;
        j["source"] = article.name;
        j["path"] = article.found() ? json(article.path) : json(nullptr);
        if (!article.found()) j["looked_in"] = article.looked_in;
        j["covered"] = json::array();
        j["unchecked"] = json::array();
        for (const auto& m : article.quantities)
            j[m.claims.empty() ? "unchecked" : "covered"].push_back(mention_json(report, m));
        j["dates_and_ages"] = json::array();
        for (const auto& m : article.dates_and_ages) j["dates_and_ages"].push_back(mention_json(report, m));
        all.push_back(j);
    }
    return all;
}

}  // namespace

void write_json(std::ostream& out, const Report& report, const std::string& version) {
    json j;
    j["tool"] = "claimcheck";
    j["version"] = version;
    j["claims"] = json::array();
    for (const auto& claim : report.claims) j["claims"].push_back(claim_json(claim));
    j["conflicts"] = json::array();
    for (const auto& conflict : report.conflicts) {
        json statements = json::array();
        for (const auto& s : conflict.statements)
            if (conflict.definitions)  // a let: no claim, no verdict
                statements.push_back({{"file", s.file}, {"line", s.at.line}, {"column", s.at.column},
                                      {"source", s.article}, {"value", s.claimed}});
            else
                statements.push_back({{"file", s.file}, {"line", s.at.line}, {"column", s.at.column}, {"claim", s.claim},
                                      {"source", s.article}, {"claimed", s.claimed}, {"verdict", verdict_name(s.verdict)},
                                      {"disputed", s.disputed}});
        j["conflicts"].push_back({{"quantity", conflict.quantity},
                                  {"kind", conflict.definitions ? "definitions" : "statements"},
                                  {"statements", statements}});
    }
    j["coverage"] = coverage_json(report);
    j["tables"] = json::array();
    for (const auto& t : report.tables)
        j["tables"].push_back({{"path", t.path}, {"rows", t.rows}, {"skipped", t.skipped}, {"bytes", t.bytes}});
    Summary s = report.summary();
    j["summary"] = {{"pass", s.pass}, {"warn", s.warn}, {"fail", s.fail}, {"unverifiable", s.unverifiable},
                    {"error", s.error}};
    out << j.dump(2, ' ', false, json::error_handler_t::replace) << "\n";  // bad UTF-8 in a quote must not abort
}

}  // namespace claimcheck::report
