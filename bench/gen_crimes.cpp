// gen_crimes: writes a synthetic CSV shaped like police recorded crime data
// (month, force, offence group, age of victim, count) for the table benchmark
// and differential tests. THE NUMBERS ARE RANDOM: no row, total or proportion
// in the output is a real-world statistic. Only the 43 force names are real.
//
//   gen_crimes (--bytes N | --rows N) [--seed S] [--output FILE] [--crlf]
//
// Deterministic: the same options give the same bytes on every machine. The
// only source of randomness is splitmix64 (Steele, Lea & Flood 2014, constants
// as in Vigna's reference splitmix64.c) seeded with --seed; values are drawn
// from it with fixed integer arithmetic, never with <random> distributions
// (whose output differs between standard libraries). Rows are independent
// draws, so a smaller file is a prefix of a larger one with the same seed.
//
// Format: RFC 4180, header `month,force,offence_group,age,count`, LF line ends
// (CRLF with --crlf). Offence groups containing a comma are quoted, as they
// must be; about one force field in eight is quoted although it need not be
// ("Kent" and Kent are the same value), so parsers' quoting paths are used.
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct SplitMix64 {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
};

// An integer in [0, n) from 32 random bits (multiply-shift; the bias is below 2^-26 for these n).
std::uint32_t below(std::uint32_t bits, std::uint32_t n) {
    return static_cast<std::uint32_t>((static_cast<std::uint64_t>(bits) * n) >> 32);
}

// The 43 territorial police forces of England and Wales.
constexpr std::string_view forces[] = {
    "Avon and Somerset", "Bedfordshire", "Cambridgeshire", "Cheshire", "City of London",
    "Cleveland", "Cumbria", "Derbyshire", "Devon and Cornwall", "Dorset",
    "Durham", "Dyfed-Powys", "Essex", "Gloucestershire", "Greater Manchester",
    "Gwent", "Hampshire", "Hertfordshire", "Humberside", "Kent",
    "Lancashire", "Leicestershire", "Lincolnshire", "Merseyside", "Metropolitan Police",
    "Norfolk", "North Wales", "North Yorkshire", "Northamptonshire", "Northumbria",
    "Nottinghamshire", "South Wales", "South Yorkshire", "Staffordshire", "Suffolk",
    "Surrey", "Sussex", "Thames Valley", "Warwickshire", "West Mercia",
    "West Midlands", "West Yorkshire", "Wiltshire",
};
static_assert(std::size(forces) == 43);

// Offence groups with invented weights (the shares they get mean nothing).
struct Weighted {
    std::string_view text;
    std::uint32_t weight;
};
constexpr Weighted offence_groups[] = {
    {"Sexual offences, other", 30},
    {"Sexual activity involving a child", 22},
    {"Sexual grooming", 14},
    {"Indecent images, taking or possessing", 12},
    {"Rape", 9},
    {"Exposure and voyeurism", 6},
    {"Violence against the person", 5},
    {"Miscellaneous crimes against society", 2},
};

// Invented weights for the victim's age 0..17: a single peak at 14, so the
// modal age is stable from a few thousand rows on.
constexpr std::uint32_t age_weights[18] = {1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 13, 16, 20, 24, 26, 22, 16, 10};

// A table lookup that turns a uniform draw in [0, total) into a weighted index.
struct Picker {
    std::vector<std::uint8_t> slots;
    template <typename Weights, typename WeightOf>
    Picker(const Weights& weights, WeightOf weight_of) {
        std::uint8_t index = 0;
        for (const auto& w : weights) {
            slots.insert(slots.end(), weight_of(w), index);
            ++index;
        }
    }
    std::uint8_t pick(std::uint32_t bits) const {
        return slots[below(bits, static_cast<std::uint32_t>(slots.size()))];
    }
};

std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';  // RFC 4180: a quote inside a quoted field is doubled
        out += c;
    }
    return out + "\"";
}

bool needs_quotes(std::string_view text) { return text.find_first_of(",\"\r\n") != std::string_view::npos; }

// Sizes: a plain number, or with K, M, G (powers of 1000) or Ki, Mi, Gi (powers of 1024).
bool parse_size(std::string_view text, std::uint64_t& out) {
    std::uint64_t n = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end == text.data()) return false;
    std::string_view suffix(end, static_cast<std::size_t>(text.data() + text.size() - end));
    std::uint64_t scale = 1;
    if (suffix.empty() || suffix == "B") scale = 1;
    else if (suffix == "K" || suffix == "k" || suffix == "KB" || suffix == "kB") scale = 1000;
    else if (suffix == "M" || suffix == "MB") scale = 1000 * 1000;
    else if (suffix == "G" || suffix == "GB") scale = 1000 * 1000 * 1000;
    else if (suffix == "Ki" || suffix == "KiB") scale = 1024;
    else if (suffix == "Mi" || suffix == "MiB") scale = 1024 * 1024;
    else if (suffix == "Gi" || suffix == "GiB") scale = 1024 * 1024 * 1024;
    else return false;
    if (n > UINT64_MAX / scale) return false;
    out = n * scale;
    return true;
}

int usage(const char* why) {
    std::fprintf(stderr,
                 "gen_crimes: %s\n"
                 "usage: gen_crimes (--bytes N | --rows N) [--seed S] [--output FILE] [--crlf]\n"
                 "  --bytes N   stop at the last whole row that fits in N bytes (K, M, G = 10^3, 10^6, 10^9;\n"
                 "              Ki, Mi, Gi = 2^10, 2^20, 2^30)\n"
                 "  --rows N    write N data rows after the header\n"
                 "  --seed S    splitmix64 seed (default 2017)\n"
                 "  --output F  file to write (default: standard output)\n"
                 "  --crlf      end lines with CRLF instead of LF\n"
                 "The numbers are random and describe nothing real.\n",
                 why);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::uint64_t max_bytes = 0, max_rows = 0, seed = 2017;
    bool by_bytes = false, by_rows = false, crlf = false;
    std::string output = "-";
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        if (arg == "--bytes" || arg == "--rows" || arg == "--seed" || arg == "--output") {
            const char* v = value();
            if (!v) return usage("missing value");
            if (arg == "--output") {
                output = v;
                continue;
            }
            std::uint64_t n = 0;
            if (!parse_size(v, n)) return usage("not a size");
            if (arg == "--bytes") by_bytes = true, max_bytes = n;
            else if (arg == "--rows") by_rows = true, max_rows = n;
            else seed = n;
        } else if (arg == "--crlf") {
            crlf = true;
        } else if (arg == "--help" || arg == "-h") {
            usage("writes synthetic police-recorded-crime-shaped CSV");
            return 0;
        } else {
            return usage("unknown option");
        }
    }
    if (by_bytes == by_rows) return usage("give exactly one of --bytes and --rows");

    // Every field is formatted once, up front; a row is then five copies.
    const std::string_view eol = crlf ? "\r\n" : "\n";
    std::vector<std::string> months;  // 2014-04 .. 2018-03: financial years 2014/15 to 2017/18
    for (int k = 0; k < 48; ++k) {
        int year = 2014 + (k + 3) / 12, month = (k + 3) % 12 + 1;
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02d,", year, month);
        months.emplace_back(text);
    }
    std::vector<std::string> force_plain, force_quoted;
    for (std::string_view f : forces) {
        force_plain.push_back(std::string(f) + ",");
        force_quoted.push_back(quoted(f) + ",");
    }
    std::vector<std::string> offences;
    for (const Weighted& o : offence_groups)
        offences.push_back((needs_quotes(o.text) ? quoted(o.text) : std::string(o.text)) + ",");
    std::vector<std::string> ages, counts;
    for (int a = 0; a < 18; ++a) ages.push_back(std::to_string(a) + ",");
    for (int c = 0; c <= 60; ++c) counts.push_back(std::to_string(c) + std::string(eol));
    const Picker offence_picker(offence_groups, [](const Weighted& w) { return w.weight; });
    const Picker age_picker(age_weights, [](std::uint32_t w) { return w; });

    const std::string header = "month,force,offence_group,age,count" + std::string(eol);
    if (by_bytes && header.size() > max_bytes) return usage("--bytes is smaller than the header");
    std::FILE* out = output == "-" ? stdout : std::fopen(output.c_str(), "wb");
    if (!out) {
        std::fprintf(stderr, "gen_crimes: cannot write %s: %s\n", output.c_str(), std::strerror(errno));
        return 1;
    }
    constexpr std::size_t block = 4 << 20;
    std::vector<char> buffer(block + 4096);
    std::size_t used = 0;
    std::uint64_t written = 0, rows = 0;
    bool ok = true;
    auto flush = [&] {
        if (used && std::fwrite(buffer.data(), 1, used, out) != used) ok = false;
        written += used;
        used = 0;
    };
    auto append = [&](std::string_view s) {
        std::memcpy(buffer.data() + used, s.data(), s.size());
        used += s.size();
    };

    append(header);

    SplitMix64 rng{seed};
    while (ok && (by_rows ? rows < max_rows : true)) {
        std::uint64_t a = rng.next(), b = rng.next(), c = rng.next();
        std::uint32_t month = below(static_cast<std::uint32_t>(a), 48);
        std::uint32_t force = below(static_cast<std::uint32_t>(a >> 32), 43);
        std::uint32_t offence = offence_picker.pick(static_cast<std::uint32_t>(b));
        std::uint32_t age = age_picker.pick(static_cast<std::uint32_t>(b >> 32));
        // count in 1..60, skewed towards small counts: 1 + floor(60 u^3), u uniform on 16 bits
        std::uint64_t u = c & 0xffff;
        std::uint32_t count = 1 + static_cast<std::uint32_t>((60 * u * u * u) >> 48);
        bool quote_force = ((c >> 16) & 7) == 0;

        const std::string& f = quote_force ? force_quoted[force] : force_plain[force];
        std::size_t length = months[month].size() + f.size() + offences[offence].size() + ages[age].size() +
                             counts[count].size();
        if (by_bytes && written + used + length > max_bytes) break;
        append(months[month]);
        append(f);
        append(offences[offence]);
        append(ages[age]);
        append(counts[count]);
        ++rows;
        if (used >= block) flush();
    }
    flush();
    if (out != stdout && std::fclose(out) != 0) ok = false;
    if (out == stdout && std::fflush(out) != 0) ok = false;
    if (!ok) {
        std::fprintf(stderr, "gen_crimes: writing %s failed: %s\n", output.c_str(), std::strerror(errno));
        return 1;
    }
    std::fprintf(stderr, "gen_crimes: %llu rows, %llu bytes, seed %llu\n", static_cast<unsigned long long>(rows),
                 static_cast<unsigned long long>(written), static_cast<unsigned long long>(seed));
    return 0;
}
