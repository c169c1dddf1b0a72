// The tree is walked generically: every struct the grammar fills is a Fusion sequence
// (grammar/ast_adapted.hpp), so a field added to the AST is dumped without a change here.
#include "program.hpp"

#include "grammar/ast_adapted.hpp"

#include <boost/fusion/include/for_each.hpp>
#include <boost/fusion/include/is_sequence.hpp>

#include <type_traits>

namespace claimcheck {

namespace {

template <typename T>
concept X3Variant = requires(const T& v) { v.get().which(); };

template <typename T>
concept Forwarded = requires(const T& v) { typename T::type; v.get(); } && !X3Variant<T>;

class Dumper {
public:
    std::string out;

    void operator()(const std::string& text) {
        out += '"';
        for (char c : text) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
        }
        out += "\" ";
    }
    void operator()(bool b) { out += b ? "true " : "false "; }
    void operator()(char c) { out += std::string("'") + c + "' "; }
    void operator()(int n) { out += std::to_string(n) + ' '; }
    void operator()(const ast::Nil&) { out += "nil "; }
    void operator()(const ast::Moment& m) {
        out += "moment(";
        for (int n : {static_cast<int>(m.kind), m.year, m.fy_end, m.month, m.day}) (*this)(n);
        out += ") ";
    }
    template <typename E>
        requires std::is_enum_v<E>
    void operator()(E e) {
        (*this)(static_cast<int>(e));
    }
    template <typename T>
    void operator()(const boost::optional<T>& o) {
        if (!o) {
            out += "none ";
            return;
        }
        (*this)(*o);
    }
    template <typename T>
    void operator()(const std::vector<T>& items) {
        out += "[ ";
        for (const T& item : items) (*this)(item);
        out += "] ";
    }
    template <X3Variant V>
    void operator()(const V& v) {
        out += "<" + std::to_string(v.get().which()) + "> ";
        boost::apply_visitor([this](const auto& alternative) { (*this)(alternative); }, v.get());
    }
    template <Forwarded F>
    void operator()(const F& f) {
        (*this)(f.get());
    }
    template <typename S>
        requires(boost::fusion::traits::is_sequence<S>::value && !X3Variant<S>)
    void operator()(const S& node) {
        out += "( ";
        boost::fusion::for_each(node, [this](const auto& field) { (*this)(field); });
        out += ") ";
    }
};

}  // namespace

std::string program_dump(const ast::File& file) {
    Dumper dumper;
    dumper(file);
    return std::move(dumper.out);
}

}  // namespace claimcheck
