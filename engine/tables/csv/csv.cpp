// The CSV record reader (csv.hpp): fields found sixteen bytes at a time, quotes and "" escapes,
// and each record checked for bad UTF-8 and control characters unless its block was surveyed clean.
#include "engine/tables/csv/csv.hpp"

#include "engine/core/hot_clones.hpp"
#include "engine/core/utf8.hpp"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace claimcheck {

namespace {

std::uint64_t count_newlines(const char* from, const char* to) {
    if (from == to || !std::memchr(from, '\n', static_cast<std::size_t>(to - from))) return 0;  // nearly always
    return static_cast<std::uint64_t>(std::count(from, to, '\n'));
}

// The first quote at or after d[from], or null, with the LFs before it added to `lfs`: sixteen
// bytes at once where SSE2 is there, both found in the same bytes, since a quoted cell is
// usually short and a call to memchr for each costs more than the search.
const char* quote_after(const char* d, std::size_t from, std::size_t size, std::uint64_t& lfs) {
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"'), lf = _mm_set1_epi8('\n');
    for (; from + 16 <= size; from += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + from));
        const auto quotes = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, quote)));
        const auto ends = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, lf)));
        // Counted only when there are any: a cell with a line break is rare, and a processor
        // without a popcount instruction counts in a call.
        if (quotes != 0) {
            const unsigned at = static_cast<unsigned>(__builtin_ctz(quotes));
            const unsigned before = ends & ((1U << at) - 1);
            if (before != 0) lfs += static_cast<std::uint64_t>(__builtin_popcount(before));
            return d + from + at;
        }
        if (ends != 0) lfs += static_cast<std::uint64_t>(__builtin_popcount(ends));
    }
#endif
    for (; from < size; ++from) {
        if (d[from] == '"') return d + from;
        lfs += d[from] == '\n';
    }
    return nullptr;
}

// The 1-based field of the record that holds raw[at].
std::size_t field_at(const Record& record, std::size_t at) {
    return static_cast<std::size_t>(std::upper_bound(record.offsets.begin(), record.offsets.end(), at) -
                                    record.offsets.begin());
}

// The first control character in the record that no text holds, or npos: a line break
// (CR or LF) belongs inside a quoted field, and nothing else is allowed anywhere.
std::size_t control_in(const Record& record) {
    const std::string_view raw = record.raw;
    for (std::size_t at = control_at(raw); at != std::string_view::npos; at = control_at(raw, at + 1)) {
        const bool line_break = raw[at] == '\n' || raw[at] == '\r';
        if (!line_break || raw[record.offsets[field_at(record, at) - 1]] != '"') return at;
    }
    return std::string_view::npos;
}

std::string control_problem(std::string_view raw, std::size_t at) {
    if (raw[at] == '\r')  // an LF would have ended the record
        return "a carriage return (CR) that ends no line: lines that end in CR alone are not read; "
               "make them end in LF or CRLF";
    return "a control character, " + control_name(raw, at) + ", in a field";
}

}  // namespace

// The first delimiter, LF or quote at or after p, or size. Sixteen bytes at a time where
// SSE2 is there: a cell is a few bytes, but a byte-by-byte loop mispredicts at its end.
[[gnu::always_inline]] inline std::size_t CsvReader::special_at(const char* d, std::size_t p, std::size_t size) const {
#ifdef __SSE2__
    const __m128i delimiter = _mm_set1_epi8(delimiter_), lf = _mm_set1_epi8('\n'), quote = _mm_set1_epi8('"');
    for (; p + 16 <= size; p += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + p));
        const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, delimiter), _mm_cmpeq_epi8(bytes, lf)),
                                          _mm_cmpeq_epi8(bytes, quote));
        const int mask = _mm_movemask_epi8(hits);
        if (mask != 0) return p + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
#endif
    while (p < size && !special_[static_cast<unsigned char>(d[p])]) ++p;
    return p;
}

void CsvReader::survey(std::string_view data) {
    const char* d = data.data();
    const std::size_t size = data.size();
    // Printable ASCII, LF, and CR when LF follows it (a CRLF line end).
    auto plain = [&](std::size_t i) {
        return (d[i] >= ' ' && d[i] < 0x7F) || d[i] == '\n' || (d[i] == '\r' && i + 1 < size && d[i + 1] == '\n');
    };
    std::size_t p = 0;
#ifdef __SSE2__
    // Signed bytes: one comparison finds both those below a space and those of 0x80 and up.
    const __m128i space = _mm_set1_epi8(' '), lf = _mm_set1_epi8('\n'), del = _mm_set1_epi8(0x7F);
    for (; p + 16 <= size; p += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + p));
        const __m128i odd = _mm_or_si128(_mm_andnot_si128(_mm_cmpeq_epi8(bytes, lf), _mm_cmplt_epi8(bytes, space)),
                                         _mm_cmpeq_epi8(bytes, del));
        if (_mm_movemask_epi8(odd) == 0) continue;
        std::size_t i = p;
        while (i < p + 16 && plain(i)) ++i;  // a CRLF is plain; anything else stops the survey
        if (i < p + 16) {
            p = i;
            break;
        }
    }
#endif
    while (p < size && plain(p)) ++p;
    surveyed_ = d;
    plain_ = p;
}

std::size_t bom_length(std::string_view data) { return data.starts_with("\xEF\xBB\xBF") ? 3 : 0; }

std::optional<std::string_view> other_encoding(std::string_view data) {
    using namespace std::string_view_literals;
    if (data.starts_with("\xFF\xFE\0\0"sv) || data.starts_with("\0\0\xFE\xFF"sv)) return "UTF-32";
    if (data.starts_with("\xFF\xFE"sv) || data.starts_with("\xFE\xFF"sv)) return "UTF-16";
    auto letter = [](char c) { return c > ' ' && c < 0x7F; };
    if (data.size() >= 4 && ((letter(data[0]) && data[1] == 0 && letter(data[2]) && data[3] == 0) ||
                             (data[0] == 0 && letter(data[1]) && data[2] == 0 && letter(data[3]))))
        return "UTF-16";
    return std::nullopt;
}

CsvReader::CsvReader(char delimiter, std::uint64_t first_line) : delimiter_(delimiter), line_(first_line) {
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r')
        throw std::invalid_argument("a CSV delimiter cannot be a quote or a line end");
    std::fill(std::begin(special_), std::end(special_), false);
    special_[static_cast<unsigned char>(delimiter)] = true;
    special_[static_cast<unsigned char>('\n')] = true;
    special_[static_cast<unsigned char>('"')] = true;
}

CsvReader::Status CsvReader::fail(std::string_view data, std::size_t& pos, std::size_t start, bool final,
                                  std::size_t field, std::string message, std::size_t field_start,
                                  std::size_t field_end) {
    // Quotes can no longer be trusted, so the bad record is taken to end at the next LF.
    const char* d = data.data();
    const void* lf = std::memchr(d + field_end, '\n', data.size() - field_end);
    if (!lf && !final) return Status::incomplete;
    const std::size_t end = lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - d) : data.size();
    std::size_t raw_end = end;
    if (raw_end > start && d[raw_end - 1] == '\r') --raw_end;
    problem_.field = field;
    problem_.message = std::move(message);
    problem_.invalid_utf8 = false;
    problem_.text = data.substr(field_start, std::min(field_end, raw_end) - field_start);
    problem_.offset = static_cast<std::uint32_t>(field_start - start);
    problem_.raw = data.substr(start, raw_end - start);
    problem_.line = line_;
    line_ += count_newlines(d + start, d + end) + (lf ? 1 : 0);
    pos = lf ? end + 1 : end;
    return Status::error;
}

CsvReader::Field CsvReader::quoted_field(std::string_view data, std::size_t& p, bool final, Record& out,
                                         std::size_t start, std::uint64_t& newlines) {
    const char* d = data.data();
    const std::size_t size = data.size();
    const std::size_t content = p + 1;
    bool escaped = false;
    std::uint64_t lfs = 0;
    for (std::size_t q = content;;) {
        const char* found = quote_after(d, q, size, lfs);
        if (!found) {
            if (!final) return Field::incomplete;
            std::size_t ignored = size;
            fail(data, ignored, start, true, out.fields.size() + 1, "unterminated quote", p, size);
            p = ignored;
            return Field::error;
        }
        const std::size_t at = static_cast<std::size_t>(found - d);
        if (at + 1 == size && !final) return Field::incomplete;  // "" or a closing quote: not known yet
        if (at + 1 < size && d[at + 1] == '"') {
            escaped = true;
            q = at + 2;
            continue;
        }
        newlines += lfs;
        if (!escaped) {
            out.fields.emplace_back(d + content, at - content);
        } else {
            // Kept as an offset into `unescaped` until the record ends: that string may still grow.
            const std::size_t from = out.unescaped.size();
            for (std::size_t i = content; i < at; ++i) {
                out.unescaped += d[i];
                if (d[i] == '"') ++i;
            }
            out.fields.emplace_back(nullptr, out.unescaped.size() - from);
            escaped_.push_back({out.fields.size() - 1, from});
        }
        p = at + 1;
        return Field::ok;
    }
}

bool CsvReader::skip_blank_lines_from(std::string_view data, std::size_t& pos, bool final) {
    const char* d = data.data();
    const std::size_t size = data.size();
    while (pos < size) {
        if (d[pos] == '\n') {
            ++pos;
            ++line_;
            continue;
        }
        if (d[pos] != '\r') return true;
        if (pos + 1 == size) {
            if (final) ++pos;  // a lone CR ends the file
            return final;
        }
        if (d[pos + 1] != '\n') return true;
        pos += 2;
        ++line_;
    }
    return final;
}

CLAIMCHECK_HOT_CLONES
CsvReader::Status CsvReader::next(std::string_view data, std::size_t& pos, bool final, Record& out) {
    const char* d = data.data();
    const std::size_t size = data.size();
    if (!skip_blank_lines(data, pos, final)) return Status::incomplete;
    if (pos >= size) return Status::end;
    const std::size_t start = pos;
    out.fields.clear();
    out.offsets.clear();
    out.unescaped.clear();
    escaped_.clear();
    std::uint64_t newlines = 0;  // inside quoted fields
    std::size_t p = start, end = 0, next = 0;
    for (;;) {  // one field a turn
        const std::size_t field_start = p;
        out.offsets.push_back(static_cast<std::uint32_t>(p - start));
        if (p < size && d[p] == '"') {
            const Field f = quoted_field(data, p, final, out, start, newlines);
            if (f == Field::incomplete) return Status::incomplete;
            if (f == Field::error) return pos = p, Status::error;
            const bool at_end = p == size || (d[p] == '\r' && p + 1 == size);
            if (at_end && !final) return Status::incomplete;
            if (at_end || d[p] == '\n' || (d[p] == '\r' && d[p + 1] == '\n')) {
                end = p;
                next = at_end ? size : p + (d[p] == '\n' ? 1 : 2);
                break;
            }
            if (d[p] == delimiter_) {
                ++p;
                continue;
            }
            const std::size_t stop = std::min(data.find(delimiter_, p), data.find('\n', p));
            return fail(data, pos, start, final, out.fields.size(), "text after a closing quote", field_start,
                        std::min(stop, size));
        }
        p = special_at(d, p, size);
        if (p == size && !final) return Status::incomplete;
        if (p < size && d[p] == delimiter_) {
            out.fields.emplace_back(d + field_start, p - field_start);
            ++p;
            continue;
        }
        if (p == size || d[p] == '\n') {
            end = p;
            if (end > field_start && d[end - 1] == '\r') --end;  // CRLF
            out.fields.emplace_back(d + field_start, end - field_start);
            next = p == size ? size : p + 1;
            break;
        }
        const std::size_t stop = std::min(data.find(delimiter_, p), data.find('\n', p));
        return fail(data, pos, start, final, out.fields.size() + 1, "quote inside an unquoted field", field_start,
                    std::min(stop, size));
    }
    for (const auto& [field, from] : escaped_)
        out.fields[field] = std::string_view(out.unescaped).substr(from, out.fields[field].size());
    out.raw = data.substr(start, end - start);
    out.line = line_;
    if (d == surveyed_ && next <= plain_) {  // nothing but printable ASCII and LF: nothing to check
        line_ += 1 + newlines;
        pos = next;
        return Status::record;
    }
    std::string why;
    std::size_t bad = invalid_utf8_at(out.raw);
    const bool not_utf8 = bad != std::string_view::npos;
    if (not_utf8) why = "invalid UTF-8";
    else if ((bad = control_in(out)) != std::string_view::npos) why = control_problem(out.raw, bad);
    if (bad != std::string_view::npos) {
        const std::size_t field = field_at(out, bad);
        const std::size_t from = out.offsets[field - 1];
        const std::size_t to = field < out.offsets.size() ? out.offsets[field] - 1 : out.raw.size();
        problem_ = {field, std::move(why), out.raw.substr(from, to - from), static_cast<std::uint32_t>(from),
                    out.raw, line_, not_utf8};
        line_ += 1 + newlines;
        pos = next;
        return Status::error;
    }
    line_ += 1 + newlines;
    pos = next;
    return Status::record;
}

}  // namespace claimcheck
