// An .ods workbook's sheet as cell texts, from content.xml: the tables in order, their rows and
// cells with the repeats OpenDocument writes for runs of equal rows and cells (a trailing run of
// thousands of empty cells is only counted past), the values stored beside the shown text, and
// the spans of merged cells.
#include "engine/tables/sheet/sheet_values.hpp"
#include "engine/tables/sheet/workbook.hpp"

#include <algorithm>
#include <string_view>
#include <utility>

namespace claimcheck {

namespace {

constexpr std::string_view table_ns = "urn:oasis:names:tc:opendocument:xmlns:table:1.0 ";
constexpr std::string_view office_ns = "urn:oasis:names:tc:opendocument:xmlns:office:1.0 ";
constexpr std::string_view text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0 ";

const char* attr(const char** attributes, std::string_view ns, std::string_view local) {
    for (std::size_t i = 0; attributes[i]; i += 2) {
        const std::string_view name = attributes[i];
        if (name.size() == ns.size() + local.size() && name.starts_with(ns) && name.ends_with(local))
            return attributes[i + 1];
    }
    return nullptr;
}

bool is(std::string_view name, std::string_view ns, std::string_view local) {
    return name.size() == ns.size() + local.size() && name.starts_with(ns) && name.ends_with(local);
}

// A repeat or span count: at least 1, and no more than `most` (beyond it, the caller's limit).
std::uint64_t count_of(const char* value, std::uint64_t most) {
    if (!value) return 1;
    std::uint64_t n = 0;
    for (const char* c = value; *c >= '0' && *c <= '9' && n <= most; ++c) n = n * 10 + static_cast<std::uint64_t>(*c - '0');
    return std::max<std::uint64_t>(n, 1);
}

class ContentPart : public XmlHandler {
public:
    ContentPart(const std::optional<std::string>& wanted, SheetGrid& grid) : wanted_(wanted), grid_(grid) {}

    std::vector<std::string> names;
    std::optional<std::size_t> chosen;  // into names

    void start(std::string_view name, const char** a) override {
        if (is(name, table_ns, "table")) {
            ++depth_;
            if (depth_ > 1) return;  // a table inside a cell: not a sheet
            names.emplace_back(attr(a, table_ns, "name") ? attr(a, table_ns, "name") : "");
            active_ = !chosen && (wanted_ ? names.back() == *wanted_ : true);
            if (active_) chosen = names.size() - 1;
            row_ = 1;
            return;
        }
        if (!active_ || depth_ != 1) return;
        if (is(name, table_ns, "table-row")) {
            row_repeat_ = count_of(attr(a, table_ns, "number-rows-repeated"), max_sheet_rows);
            column_ = 1;
            cells_.clear();
        } else if (is(name, table_ns, "table-cell") || is(name, table_ns, "covered-table-cell")) {
            in_cell_ = true;
            cell_repeat_ = count_of(attr(a, table_ns, "number-columns-repeated"), max_sheet_columns);
            const std::uint64_t across = count_of(attr(a, table_ns, "number-columns-spanned"), max_sheet_columns);
            const std::uint64_t down = count_of(attr(a, table_ns, "number-rows-spanned"), max_sheet_rows);
            if ((across > 1 || down > 1) && row_ <= max_sheet_rows && column_ <= max_sheet_columns)
                grid_.merge({{static_cast<std::uint32_t>(row_), static_cast<std::uint32_t>(column_)},
                             {static_cast<std::uint32_t>(std::min<std::uint64_t>(row_ + down - 1, max_sheet_rows)),
                              static_cast<std::uint32_t>(std::min<std::uint64_t>(column_ + across - 1, max_sheet_columns))}});
            value_ = stored_value(a);
            text_.clear();
            paragraphs_ = 0;
        } else if (in_cell_ && is(name, office_ns, "annotation")) {
            ++annotation_;
        } else if (in_cell_ && annotation_ == 0) {
            if (is(name, text_ns, "p") && paragraphs_++ > 0) text_ += '\n';
            else if (is(name, text_ns, "s")) text_.append(count_of(attr(a, text_ns, "c"), 1000), ' ');
            else if (is(name, text_ns, "tab")) text_ += '\t';
            else if (is(name, text_ns, "line-break")) text_ += '\n';
        }
    }

    void end(std::string_view name) override {
        if (is(name, table_ns, "table")) {
            if (--depth_ == 0) active_ = false;
            return;
        }
        if (!active_ || depth_ != 1) return;
        if (is(name, office_ns, "annotation")) {
            --annotation_;
        } else if (is(name, table_ns, "table-cell") || is(name, table_ns, "covered-table-cell")) {
            in_cell_ = false;
            std::string shown = value_ ? std::move(*value_) : std::move(text_);
            if (!shown.empty()) {
                if (column_ + cell_repeat_ - 1 > max_sheet_columns)
                    throw SheetProblem("content.xml: table \"" + names.back() + "\" has more than " +
                                           std::to_string(max_sheet_columns) + " columns", true);
                for (std::uint64_t k = 0; k < cell_repeat_; ++k)
                    cells_.emplace_back(static_cast<std::uint32_t>(column_ + k), shown);
            }
            column_ += cell_repeat_;  // empty cells, however many, are only counted past
        } else if (is(name, table_ns, "table-row")) {
            if (!cells_.empty()) {
                if (row_ + row_repeat_ - 1 > max_sheet_rows)
                    throw SheetProblem("content.xml: table \"" + names.back() + "\" has more than " +
                                           std::to_string(max_sheet_rows) + " rows", true);
                for (std::uint64_t k = 0; k < row_repeat_; ++k)
                    for (const auto& [column, text] : cells_)
                        grid_.set(static_cast<std::uint32_t>(row_ + k), column, text, "content.xml");
            }
            row_ += row_repeat_;
        }
    }

    void text(std::string_view chars) override {
        if (in_cell_ && annotation_ == 0 && !value_) text_.append(chars);
    }

private:
    // The value stored beside the text shown, for the types that have one; nothing for text.
    static std::optional<std::string> stored_value(const char** a) {
        const char* type = attr(a, office_ns, "value-type");
        if (!type) return std::nullopt;
        const std::string_view t = type;
        const char* value = attr(a, office_ns, "value");
        if ((t == "float" || t == "currency" || t == "percentage") && value) {
            if (auto exact = exact_decimal(value, t == "percentage" ? 2 : 0)) return exact;
            return std::string(value);  // not a number: the column's type says so, at this cell
        }
        if (t == "date" && attr(a, office_ns, "date-value"))
            return std::string(std::string_view(attr(a, office_ns, "date-value")).substr(0, 10));
        if (t == "boolean" && attr(a, office_ns, "boolean-value"))
            return std::string_view(attr(a, office_ns, "boolean-value")) == "true" ? "TRUE" : "FALSE";
        return std::nullopt;
    }

    const std::optional<std::string>& wanted_;
    SheetGrid& grid_;
    int depth_ = 0, annotation_ = 0;
    bool active_ = false, in_cell_ = false;
    std::uint64_t row_ = 1, column_ = 1, row_repeat_ = 1, cell_repeat_ = 1;
    std::vector<std::pair<std::uint32_t, std::string>> cells_;  // this row's non-empty cells
    std::optional<std::string> value_;
    std::string text_;
    int paragraphs_ = 0;
};

}  // namespace

std::variant<ReadSheet, NoSuchSheet> read_ods(const Archive& archive, const std::optional<std::string>& sheet,
                                              std::size_t max_cells) {
    ReadSheet out{"", SheetGrid(max_cells, "reading " + archive.path())};
    ContentPart content(sheet, out.grid);
    archive.parse("content.xml", content);
    if (content.names.empty()) throw SheetProblem("content.xml holds no table", true);
    if (!content.chosen) return NoSuchSheet{content.names};
    out.name = content.names[*content.chosen];
    return out;
}

}  // namespace claimcheck
