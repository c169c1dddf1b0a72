// An aggregate call over a table made into the tables layer's Query, with each part of its
// `where` as written beside the filter node it became (for explain's row counts).
#include "engine/lang/table_query.hpp"

#include "engine/lang/shape.hpp"

#include <boost/variant/get.hpp>

namespace claimcheck {

namespace {

struct Failure {
    QueryError error;
};

// A filter node with what it says as written, and its parts' below it: filter_nodes' order.
struct Built {
    Filter filter;
    std::vector<FilterPart> parts;
};

Built joined(Filter::Op op, std::string text, std::vector<Built> children) {
    Built out;
    out.filter.op = op;
    out.parts.push_back({std::move(text), 0});
    for (auto& child : children) {
        out.filter.children.push_back(std::move(child.filter));
        for (auto& part : child.parts) out.parts.push_back({std::move(part.text), part.depth + 1});
    }
    return out;
}

Filter::Op filter_op(ast::Comparator op) {
    switch (op) {
    case ast::Comparator::eq: return Filter::Op::eq;
    case ast::Comparator::ne: return Filter::Op::ne;
    case ast::Comparator::lt: return Filter::Op::lt;
    case ast::Comparator::le: return Filter::Op::le;
    case ast::Comparator::gt: return Filter::Op::gt;
    case ast::Comparator::ge: return Filter::Op::ge;
    case ast::Comparator::in: break;  // a membership: its own filter
    }
    return Filter::Op::one_of;
}

class Compiler {
public:
    Compiler(const std::string& table, const Schema& schema, const SourceFile& source)
        : table_(table), schema_(schema), source_(source) {}

    CompiledQuery call(const ast::Call& c) {
        CompiledQuery out;
        out.query.aggregate = aggregate(c);
        const auto* target = c.args.size() == 1 ? lone_name(c.args[0]) : nullptr;
        if (!target) fail(c, c.function.text + " over a table takes one column: " + c.function.text + "(" + table_ + ".COLUMN)");
        if (target->text != table_) out.query.column = column(*target);
        else if (out.query.aggregate != Aggregate::count)
            fail(*target, c.function.text + " needs a column of " + table_ + ", such as " + table_ + "." +
                              schema_.columns.front().name);
        if (out.query.column) check_column_type(c, out.query.aggregate, *out.query.column);
        if (c.where) {
            Built where = condition(*c.where);
            out.query.where = std::move(where.filter);
            out.parts = std::move(where.parts);
        }
        if (c.by) out.query.by = column(*c.by);
        out.period = period_;
        return out;
    }

private:
    [[noreturn]] void fail(const boost::spirit::x3::position_tagged& node, std::string message) {
        throw Failure{{&node, std::move(message)}};
    }


    Aggregate aggregate(const ast::Call& c) {
        for (Aggregate a : all_aggregates)
            if (c.function.text == aggregate_name(a)) return a;
        fail(c.function, c.function.text + " does not aggregate a table: use count, sum, mean, min, max, mode or distinct");
    }

    // crimes.force, or force alone, inside an aggregate over crimes.
    std::size_t column(const ast::Name& name) {
        std::string wanted = name.text;
        if (wanted.rfind(table_ + ".", 0) == 0) wanted = wanted.substr(table_.size() + 1);
        else if (wanted.find('.') != std::string::npos)
            fail(name, name.text + " is not a column of " + table_);
        if (auto index = schema_.index_of(wanted)) return *index;
        std::string names;
        for (const auto& c : schema_.columns) names += (names.empty() ? "" : ", ") + c.name;
        fail(name, table_ + " has no column '" + wanted + "'; its columns are " + names);
    }

    void check_column_type(const ast::Call& c, Aggregate a, std::size_t index) {
        ColumnType type = schema_.columns[index].type;
        bool numeric = type == ColumnType::integer || type == ColumnType::decimal;
        if (!numeric && a != Aggregate::count && a != Aggregate::distinct)
            fail(c, c.function.text + " needs a number column; " + schema_.columns[index].name + " is " +
                        type_name(type));
    }

    // `and` binds tighter than `or`: split at each `or` into groups that must all hold.
    Built condition(const ast::Condition& cond) {
        std::vector<std::vector<const ast::ConditionTerm*>> groups{{&cond.first}};
        for (const auto& step : cond.rest) {
            if (step.op == ast::Junction::or_) groups.emplace_back();
            groups.back().push_back(&step.term);
        }
        bool single = groups.size() == 1;
        std::vector<Built> any;
        for (const auto& group : groups) {
            std::vector<Built> all;
            for (const auto* term : group) all.push_back(this->term(*term, single && !term->negated));
            if (all.size() == 1) {
                any.push_back(std::move(all.front()));
                continue;
            }
            const std::size_t begin = source_.begin_of(*group.front()), end = source_.end_of(*group.back());
            any.push_back(joined(Filter::Op::all, source_.text().substr(begin, end - begin), std::move(all)));
        }
        if (single) return std::move(any.front());
        return joined(Filter::Op::any, std::string(source_.text_of(cond)), std::move(any));
    }

    Built term(const ast::ConditionTerm& t, bool pins) {
        Built inner;
        if (const auto* c = boost::get<ast::Comparison>(&t.atom.get()))
            inner = {comparison(*c, pins), {{std::string(source_.text_of(*c)), 0}}};
        else
            inner = condition(boost::get<boost::spirit::x3::forward_ast<ast::Condition>>(t.atom.get()).get());
        if (!t.negated) return inner;
        std::vector<Built> child;
        child.push_back(std::move(inner));
        return joined(Filter::Op::negate, std::string(source_.text_of(t)), std::move(child));
    }

    Filter comparison(const ast::Comparison& c, bool pins) {
        Filter f;
        f.column = column(c.column);
        const Column& col = schema_.columns[f.column];
        if (c.op == ast::Comparator::in) return membership(c, f, col, pins);
        if (c.values.size() != 1) fail(c, std::string("a list goes after 'in', not after ") + ast::comparator_text(c.op));
        f.op = filter_op(c.op);
        value(c, c.values.front(), col, f);
        if (pins && f.op == Filter::Op::eq && f.span && col.type == ColumnType::period) period_ = written_period(c.values.front());
        return f;
    }

    Filter membership(const ast::Comparison& c, Filter f, const Column& col, bool pins) {
        const auto* period = c.values.size() == 1 ? boost::get<ast::Period>(&c.values.front().get()) : nullptr;
        if (period && (col.type == ColumnType::date || col.type == ColumnType::period)) {
            f.op = Filter::Op::within;
            f.span = span_of(*period);
            if (pins) period_ = written_period(c.values.front());
            return f;
        }
        f.op = Filter::Op::one_of;
        for (const auto& v : c.values) {
            Filter one;
            value(c, v, col, one);
            f.values.push_back(one.number ? std::string(text_of(v)) : one.text);
        }
        return f;
    }

    // The value a cell is compared with, checked against the column's type.
    void value(const ast::Comparison& c, const ast::Scalar& v, const Column& col, Filter& f) {
        bool numeric = col.type == ColumnType::integer || col.type == ColumnType::decimal;
        bool dated = col.type == ColumnType::date || col.type == ColumnType::period;
        if (const auto* text = boost::get<std::string>(&v.get())) {
            if (col.type != ColumnType::text) fail(c, col.name + " is " + type_name(col.type) + ", not text: compare it with a " + (numeric ? "number" : "period"));
            f.text = *text;
        } else if (const auto* n = boost::get<ast::Number>(&v.get())) {
            if (!numeric) fail(c, col.name + " is " + std::string(type_name(col.type)) + ", not a number");
            if (!n->unit.empty()) fail(*n, "a table's numbers have no unit: write " + n->digits);
            f.number = parse_decimal(n->digits);
        } else if (const auto* p = boost::get<ast::Period>(&v.get())) {
            if (numeric && !p->to && p->from.kind == ast::Moment::Kind::calendar_year) {
                f.number = Rational(p->from.year);  // 2000 after a number column is a number
            } else if (dated) {
                f.span = span_of(*p);
            } else {
                fail(c, col.name + " is " + std::string(type_name(col.type)) + ", not a date or period");
            }
        }
    }

    DaySpan span_of(const ast::Period& p) {
        auto made = make_period(p, std::string(source_.text_of(p)));
        if (auto* e = std::get_if<PeriodError>(&made)) fail(*e->where, e->message);
        const Period& period = std::get<Period>(made);
        return DaySpan{period.first, period.last};
    }

    std::optional<Period> written_period(const ast::Scalar& v) {
        const auto& p = boost::get<ast::Period>(v.get());
        return std::get<Period>(make_period(p, std::string(source_.text_of(p))));
    }

    std::string_view text_of(const ast::Scalar& v) const {
        if (const auto* n = boost::get<ast::Number>(&v.get())) return n->digits;
        return source_.text_of(boost::get<ast::Period>(v.get()));
    }

    const std::string& table_;
    const Schema& schema_;
    const SourceFile& source_;
    std::optional<Period> period_;
};

}  // namespace

std::variant<CompiledQuery, QueryError> compile_query(const ast::Call& call, const std::string& table,
                                                      const Schema& schema, const SourceFile& source) {
    try {
        return Compiler(table, schema, source).call(call);
    } catch (const Failure& f) {
        return f.error;
    }
}

}  // namespace claimcheck
