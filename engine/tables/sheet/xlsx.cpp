// An .xlsx workbook's sheet as cell texts: the workbook's sheets and epoch, the relationships
// that name each sheet's part, the shared strings, the styles that make a number a date or a
// percentage, and the sheet's cells and merged areas.
#include "engine/tables/sheet/sheet_values.hpp"
#include "engine/tables/sheet/workbook.hpp"

#include <filesystem>
#include <map>
#include <string_view>

namespace claimcheck {

namespace {

bool flag(const char* value) { return value && (std::string_view(value) == "1" || std::string_view(value) == "true"); }

unsigned number_of(const char* value) {
    unsigned n = 0;
    for (const char* c = value; c && *c >= '0' && *c <= '9' && n < 100000000; ++c) n = n * 10 + static_cast<unsigned>(*c - '0');
    return n;
}

// The workbook part (xl/workbook.xml as Excel writes it): the sheets in order, each with the relationship naming its part; the epoch.
struct WorkbookPart : XmlHandler {
    struct Sheet {
        std::string name, relation;
    };
    std::vector<Sheet> sheets;
    Epoch epoch = Epoch::e1900;
    void start(std::string_view name, const char** attributes) override {
        const std::string_view local = local_name(name);
        if (local == "workbookPr" && flag(attribute(attributes, "date1904"))) epoch = Epoch::e1904;
        if (local != "sheet") return;
        Sheet sheet;
        for (std::size_t i = 0; attributes[i]; i += 2) {
            const std::string_view a = attributes[i];
            if (a == "name") sheet.name = attributes[i + 1];
            else if (local_name(a) == "id" && a.find(' ') != std::string_view::npos) sheet.relation = attributes[i + 1];
        }
        sheets.push_back(std::move(sheet));
    }
    void end(std::string_view) override {}
    void text(std::string_view) override {}
};

// A relationship's target as a part name: from the package's root when it starts with "/",
// otherwise from the directory of the part the relationship belongs to ("." and ".." resolved).
std::string part_name(std::string_view directory, std::string_view target) {
    const std::string joined = target.starts_with('/') ? std::string(target.substr(1)) : std::string(directory) + std::string(target);
    return std::filesystem::path(joined).lexically_normal().generic_string();
}

// The directory of a part, with its slash ("xl/" of "xl/workbook.xml"), and the part holding its relationships.
std::string directory_of(std::string_view part) { return std::string(part.substr(0, part.rfind('/') + 1)); }
std::string relations_of(std::string_view part) {
    return directory_of(part) + "_rels/" + std::string(part.substr(part.rfind('/') + 1)) + ".rels";
}

// A part's relationships (_rels/.rels for the package, xl/_rels/workbook.xml.rels for the
// workbook): each one's part, and the parts of the workbook, shared strings and styles among them.
struct Relations : XmlHandler {
    explicit Relations(std::string_view owner)
        : directory(directory_of(owner)), shared_strings(directory + "sharedStrings.xml"), styles(directory + "styles.xml") {}
    std::string directory;
    std::map<std::string, std::string> parts;
    std::string workbook, shared_strings, styles;  // the last two where Excel puts them, unless a relationship says
    void start(std::string_view name, const char** attributes) override {
        if (local_name(name) != "Relationship") return;
        const char* id = attribute(attributes, "Id");
        const char* target = attribute(attributes, "Target");
        const char* mode = attribute(attributes, "TargetMode");
        if (!id || !target || (mode && std::string_view(mode) == "External")) return;
        const std::string part = part_name(directory, target);
        parts[id] = part;
        const std::string_view type = attribute(attributes, "Type") ? attribute(attributes, "Type") : "";
        if (type.ends_with("/officeDocument")) workbook = part;
        if (type.ends_with("/sharedStrings")) shared_strings = part;
        if (type.ends_with("/styles")) styles = part;
    }
    void end(std::string_view) override {}
    void text(std::string_view) override {}
};

// xl/sharedStrings.xml: each <si>'s text, its <t> or the <t> of each rich-text run <r>; phonetic
// guides (<rPh>) are not part of the text.
struct SharedStrings : XmlHandler {
    explicit SharedStrings(const std::string& path) : charge("reading " + path) {}
    std::vector<std::string> strings;
    SheetCharge charge;  // the strings, against the run's memory budget
    bool in_item = false, in_text = false;
    int phonetic = 0;
    void start(std::string_view name, const char**) override {
        const std::string_view local = local_name(name);
        if (local == "si") {
            in_item = true;
            strings.emplace_back();
        }
        if (local == "rPh") ++phonetic;
        if (local == "t") in_text = in_item && phonetic == 0;
    }
    void end(std::string_view name) override {
        const std::string_view local = local_name(name);
        if (local == "si") {
            in_item = false;
            charge.add(SheetCharge::cell(strings.back().size()));
        }
        if (local == "rPh") --phonetic;
        if (local == "t") in_text = false;
    }
    void text(std::string_view chars) override {
        if (in_text) strings.back().append(chars);
    }
};

// xl/styles.xml: how each cell style (<cellXfs><xf>, by index) shows a number.
struct Styles : XmlHandler {
    std::map<unsigned, NumberFormat> custom;  // <numFmts>, by id
    std::vector<unsigned> cell_formats;       // per style, its number format id
    bool in_cell_xfs = false;
    void start(std::string_view name, const char** attributes) override {
        const std::string_view local = local_name(name);
        if (local == "numFmt") {
            const char* code = attribute(attributes, "formatCode");
            custom[number_of(attribute(attributes, "numFmtId"))] = format_of_code(code ? code : "");
        }
        if (local == "cellXfs") in_cell_xfs = true;
        if (local == "xf" && in_cell_xfs) cell_formats.push_back(number_of(attribute(attributes, "numFmtId")));
    }
    void end(std::string_view name) override {
        if (local_name(name) == "cellXfs") in_cell_xfs = false;
    }
    void text(std::string_view) override {}
    NumberFormat format(unsigned style) const {
        if (style >= cell_formats.size()) return NumberFormat::plain;
        const unsigned id = cell_formats[style];
        auto it = custom.find(id);
        return it != custom.end() ? it->second : format_of_builtin(id);
    }
};

// A sheet's part: each <c>'s value as text, and <mergeCell ref="A5:C5">.
class SheetPart : public XmlHandler {
public:
    SheetPart(const std::string& part, const SharedStrings& strings, const Styles& styles, Epoch epoch, SheetGrid& grid)
        : part_(part), strings_(strings), styles_(styles), epoch_(epoch), grid_(grid) {}

    void start(std::string_view name, const char** attributes) override {
        const std::string_view local = local_name(name);
        if (local == "row") {
            const char* r = attribute(attributes, "r");
            row_ = r ? number_of(r) : row_ + 1;  // a row without its number follows the last
            column_ = 0;
            if (row_ == 0 || row_ > max_sheet_rows) throw SheetProblem(part_ + ": a row numbered " + (r ? r : "?"), true);
        } else if (local == "c") {
            const char* r = attribute(attributes, "r");
            if (r) {
                const auto ref = parse_cell_ref(r);
                if (!ref || ref->row != row_) throw SheetProblem(part_ + ": a cell at \"" + std::string(r) + "\" in row " + std::to_string(row_), true);
                column_ = ref->column;
            } else if (++column_ > max_sheet_columns) {
                throw SheetProblem(part_ + ": more than " + std::to_string(max_sheet_columns) + " columns", true);
            }
            const char* t = attribute(attributes, "t");
            type_ = t ? t : "n";
            style_ = number_of(attribute(attributes, "s"));
            value_.clear();
            inline_.clear();
        } else if (local == "v") {
            in_value_ = true;
        } else if (local == "is") {
            in_inline_ = true;
        } else if (local == "rPh") {
            ++phonetic_;
        } else if (local == "t") {
            in_text_ = in_inline_ && phonetic_ == 0;
        } else if (local == "mergeCell") {
            const char* ref = attribute(attributes, "ref");
            const auto area = ref ? parse_range(ref) : std::nullopt;
            if (area) grid_.merge(*area);
        }
    }
    void end(std::string_view name) override {
        const std::string_view local = local_name(name);
        if (local == "c") grid_.set(row_, column_, cell_text(), part_);
        else if (local == "v") in_value_ = false;
        else if (local == "is") in_inline_ = false;
        else if (local == "rPh") --phonetic_;
        else if (local == "t") in_text_ = false;
    }
    void text(std::string_view chars) override {
        if (in_value_) value_.append(chars);
        else if (in_text_) inline_.append(chars);
    }

private:
    std::string cell_text() const {
        if (type_ == "inlineStr") return inline_;
        if (type_ == "s") {
            const unsigned index = number_of(value_.c_str());
            if (value_.empty() || index >= strings_.strings.size())
                throw SheetProblem(part_ + ": cell " + cell_name(row_, column_) + " names shared string \"" + value_ +
                                       "\" of " + std::to_string(strings_.strings.size()), true);
            return strings_.strings[index];
        }
        if (type_ == "b") return value_ == "1" ? "TRUE" : value_ == "0" ? "FALSE" : value_;
        if (type_ == "d") return value_.substr(0, 10);  // an ISO 8601 date and time: the date
        if (type_ != "n") return value_;               // str (a formula's text), e (#N/A)
        const NumberFormat format = styles_.format(style_);
        auto exact = exact_decimal(value_, format == NumberFormat::percent ? 2 : 0);
        if (!exact) return value_;  // not a number: the column's type says so, at this cell
        if (format == NumberFormat::date)
            if (auto day = serial_date(*exact, epoch_)) return *day;
        return *exact;
    }

    const std::string& part_;
    const SharedStrings& strings_;
    const Styles& styles_;
    Epoch epoch_;
    SheetGrid& grid_;
    std::uint32_t row_ = 0, column_ = 0;
    std::string type_, value_, inline_;
    unsigned style_ = 0;
    bool in_value_ = false, in_inline_ = false, in_text_ = false;
    int phonetic_ = 0;
};

}  // namespace

std::variant<ReadSheet, NoSuchSheet> read_xlsx(const Archive& archive, const std::optional<std::string>& sheet,
                                               std::size_t max_cells) {
    // The package's relationships name the workbook part; a package without them is read where Excel puts it.
    Relations package("");
    if (archive.has("_rels/.rels")) archive.parse("_rels/.rels", package);
    const std::string workbook_part = package.workbook.empty() ? "xl/workbook.xml" : package.workbook;
    WorkbookPart workbook;
    archive.parse(workbook_part, workbook);
    if (workbook.sheets.empty()) throw SheetProblem(workbook_part + " lists no sheet", true);
    std::size_t chosen = 0;
    if (sheet) {
        while (chosen < workbook.sheets.size() && workbook.sheets[chosen].name != *sheet) ++chosen;
        if (chosen == workbook.sheets.size()) {
            NoSuchSheet missing;
            for (const auto& s : workbook.sheets) missing.names.push_back(s.name);
            return missing;
        }
    }
    Relations relations(workbook_part);
    archive.parse(relations_of(workbook_part), relations);
    const auto& wanted = workbook.sheets[chosen];
    auto part = relations.parts.find(wanted.relation);
    if (part == relations.parts.end())
        throw SheetProblem(relations_of(workbook_part) + " has no part for sheet \"" + wanted.name + "\"", true);
    SharedStrings strings(archive.path());
    if (archive.has(relations.shared_strings)) archive.parse(relations.shared_strings, strings);
    Styles styles;
    if (archive.has(relations.styles)) archive.parse(relations.styles, styles);
    ReadSheet out{wanted.name, SheetGrid(max_cells, "reading " + archive.path())};
    SheetPart cells(part->second, strings, styles, workbook.epoch, out.grid);
    archive.parse(part->second, cells);
    return out;
}

}  // namespace claimcheck
