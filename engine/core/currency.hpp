#pragma once
// The currencies a figure can be printed in ("£3.4m", "$2.5bn", "€40"), by the sign before its
// digits, in one list for the grammar that reads them and the units that print them back.
#include <array>
#include <string_view>

namespace claimcheck {

enum class Currency { none, pound, dollar, euro };

struct CurrencySign {
    Currency currency;
    std::string_view sign;  // UTF-8, as printed before the digits
    std::string_view name;  // the plural, for messages: "an amount in pounds"
};

inline constexpr std::array<CurrencySign, 3> currency_signs{{{Currency::pound, "£", "pounds"},
                                                             {Currency::dollar, "$", "dollars"},
                                                             {Currency::euro, "€", "euros"}}};

constexpr const CurrencySign* sign_of(Currency currency) {
    for (const CurrencySign& c : currency_signs)
        if (c.currency == currency) return &c;
    return nullptr;
}

// The sign printed before the digits of an amount in this currency; "" for none.
constexpr std::string_view currency_sign(Currency currency) {
    const CurrencySign* c = sign_of(currency);
    return c ? c->sign : std::string_view();
}

}  // namespace claimcheck
