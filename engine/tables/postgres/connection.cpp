// The read-only libpq session a PostgreSQL table is read through (connection.hpp).
#include "engine/tables/postgres/connection.hpp"

#include "engine/core/deadline.hpp"

#include <libpq-fe.h>

#include <cmath>
#include <cstring>

namespace claimcheck {

namespace {

bool conninfo_syntax(const std::string& address) {
    return address.find('=') != std::string::npos || address.rfind("postgresql://", 0) == 0 ||
           address.rfind("postgres://", 0) == 0;
}

// What libpq is given: a connection string as it is, a bare name as a service.
std::string conninfo_of(const std::string& address) {
    if (conninfo_syntax(address)) return address;
    std::string quoted = "service='";
    for (char c : address) quoted += c == '\'' || c == '\\' ? std::string("\\") + c : std::string(1, c);
    return quoted + "'";
}

// libpq's message on one line: its lines (a hint is indented by a tab) joined by "; ".
std::string trimmed(const char* message) {
    std::string s;
    for (const char* c = message ? message : ""; *c; ++c) {
        if (*c != '\n') s += *c;
        else if (c[1] != '\0') s += "; ";
        if (*c == '\n')
            while (c[1] == '\t') ++c;
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

}  // namespace

std::optional<std::string> address_problem(const std::string& address) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo_of(address).c_str(), &error);
    if (!options) {
        std::string why = error ? trimmed(error) : "out of memory";
        PQfreemem(error);
        return "not a PostgreSQL connection string: " + why;
    }
    bool password = false;
    for (const PQconninfoOption* o = options; o->keyword; ++o)
        if (std::strcmp(o->keyword, "password") == 0 && o->val) password = true;
    PQconninfoFree(options);
    if (password)
        return "a password in the connection string: claims files hold no secrets; give it in PGPASSWORD, a "
               "service file or ~/.pgpass";
    return std::nullopt;
}

Rows::Rows(pg_result* result) : result_(result, PQclear) {}
int Rows::rows() const { return PQntuples(result_.get()); }
int Rows::columns() const { return PQnfields(result_.get()); }
std::optional<std::string_view> Rows::at(int row, int column) const {
    if (PQgetisnull(result_.get(), row, column)) return std::nullopt;
    return std::string_view(PQgetvalue(result_.get(), row, column),
                            static_cast<std::size_t>(PQgetlength(result_.get(), row, column)));
}
std::string Rows::name(int column) const { return PQfname(result_.get(), column); }
unsigned Rows::type(int column) const { return PQftype(result_.get(), column); }

Session::Session(const std::string& address) {
    if (auto problem = address_problem(address)) throw PostgresError(SourcePart::address, *problem);
    const Deadline* deadline = installed_deadline();
    // libpq counts whole seconds, at least 2; 0 waits for ever.
    const std::string connect_timeout =
        deadline ? std::to_string(std::max(2L, std::lround(std::ceil(deadline->seconds_left())))) : "0";
    const std::string conninfo = conninfo_of(address);
    const char* keywords[] = {"dbname", "connect_timeout", "fallback_application_name", nullptr};
    const char* values[] = {conninfo.c_str(), connect_timeout.c_str(), "claimcheck", nullptr};
    // The read-only transaction ends with COMMIT, which writes nothing: the server then finishes each
    // statement as usual (auto_explain logs its plan there), where a closed connection aborts them.
    connection_.reset(PQconnectdbParams(keywords, values, 1), [](pg_conn* c) {
        if (PQstatus(c) == CONNECTION_OK) PQclear(PQexec(c, "COMMIT"));
        PQfinish(c);
    });
    if (!connection_ || PQstatus(connection_.get()) != CONNECTION_OK)
        throw PostgresError(SourcePart::address,
                            "cannot connect: " + trimmed(connection_ ? PQerrorMessage(connection_.get()) : "out of memory"));
    // The time left for the run bounds every statement (0: no limit). Partitionwise aggregation lets a
    // partitioned table of foreign tables aggregate on its shards (docs/scale.md); on one node it is
    // harmless. Dates print as ISO, floats with every digit of their shortest exact form.
    const long ms = deadline ? std::max(1L, std::lround(deadline->seconds_left() * 1000)) : 0;
    const std::string setup = "SET statement_timeout = " + std::to_string(ms) +
                              "; SET DateStyle = ISO, YMD; SET extra_float_digits = 1; SET client_encoding = UTF8;"
                              " SET enable_partitionwise_aggregate = on; SET default_transaction_read_only = on;"
                              " BEGIN TRANSACTION READ ONLY";
    Rows done(PQexec(connection_.get(), setup.c_str()));
    if (PQresultStatus(done.result_.get()) != PGRES_COMMAND_OK)
        throw PostgresError(SourcePart::address,
                            "cannot open a read-only session: " + trimmed(PQerrorMessage(connection_.get())));
}

Rows Session::run(const std::string& sql, const std::vector<std::string>& params, SourcePart part,
                  const std::string& doing) const {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const std::string& p : params) values.push_back(p.c_str());
    Rows rows(PQexecParams(connection_.get(), sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(),
                           nullptr, nullptr, 0));
    const auto status = PQresultStatus(rows.result_.get());
    if (status == PGRES_TUPLES_OK) return rows;
    const char* state = PQresultErrorField(rows.result_.get(), PG_DIAG_SQLSTATE);
    const Deadline* deadline = installed_deadline();
    if (deadline && state && std::strcmp(state, "57014") == 0) deadline->stop(doing);  // statement_timeout
    const char* primary = PQresultErrorField(rows.result_.get(), PG_DIAG_MESSAGE_PRIMARY);
    throw PostgresError(part, "PostgreSQL: " + trimmed(primary ? primary : PQerrorMessage(connection_.get())));
}

}  // namespace claimcheck
