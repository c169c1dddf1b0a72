#include "table_scan.hpp"

#include "csv.hpp"
#include "table_aggregate.hpp"
#include "table_file.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <exception>
#include <limits>
#include <memory>
#include <stdexcept>
#include <thread>

namespace claimcheck {

namespace {

constexpr std::uint64_t nowhere = std::numeric_limits<std::uint64_t>::max();

// What one byte range, a record straddling two ranges, or a re-read gave. Rows in
// its errors count from its first line as 1; the walk adds the lines before it.
struct Piece {
    explicit Piece(const ScanPlan& plan, bool first_range = false) : rows(plan), first(first_range) {}
    RowAggregator rows;
    bool first;  // the first range: its error stops the other workers
    std::uint64_t count = 0, skipped = 0, bytes = 0;
    std::optional<DataError> error, first_skipped;
    std::uint64_t lines = 0;  // line ends consumed, from where parsing began to `end`
    std::uint64_t end = 0;    // where the next record starts (the tail's start, if any)
    std::string tail;         // an unfinished record at the range's end
    bool header_left = false; // the header row is still to come at `end`
    // A worker starting mid-file cannot know whether its first byte is inside quotes. It
    // takes the line after its range's first LF as a record start (`start`) and keeps the
    // bytes before it (`head`); the walk checks that guess against the range before.
    bool found_start = false;
    std::uint64_t start = 0;
    std::string head;
};

struct Context {
    const std::string& path;
    const TableFile& file;
    const ScanPlan& plan;
    const ScanOptions& options;
    std::atomic<bool> stop{false};  // the first range has an error: the other ranges are moot
};

enum class Drain { more, done, failed };

// A malformed row: the piece's error (it stops) or, when lenient, a skipped row.
bool reject(Context& cx, Piece& piece, DataError e) {
    if (cx.options.lenient) {
        ++piece.skipped;
        if (!piece.first_skipped) piece.first_skipped = std::move(e);
        return true;
    }
    piece.error = std::move(e);
    if (piece.first) cx.stop = true;
    return false;
}

// Reads records from data[pos] until more bytes are needed, the data ends, a record
// would start at or past stop_at (base is data[0]'s offset), or a strict row fails.
Drain drain(Context& cx, Piece& piece, CsvReader& reader, CsvRecord& record, std::string_view data,
            std::size_t& pos, bool final, std::uint64_t base, std::uint64_t stop_at, bool& header) {
    for (;;) {
        if (!reader.skip_blank_lines(data, pos, final)) return Drain::more;
        if (base + pos >= stop_at) return Drain::done;
        const auto status = reader.next(data, pos, final, record);
        if (status == CsvReader::Status::incomplete) return Drain::more;
        if (status == CsvReader::Status::end) return Drain::done;
        if (header) {  // read_schema has read (and judged) it
            header = false;
            continue;
        }
        ++piece.count;
        if (status == CsvReader::Status::error) {
            const CsvProblem& p = reader.problem();
            if (!reject(cx, piece, data_error(cx.path, p.line, p.field, p.message, p.text, p.raw, p.offset)))
                return Drain::failed;
        } else if (auto p = piece.rows.add(record)) {
            if (!reject(cx, piece,
                        data_error(cx.path, record.line, p->field, std::move(p->message), p->text, record.raw,
                                   p->offset)))
                return Drain::failed;
        }
    }
}

// The records starting in [from, to), the first of them the header when `header`. keep_tail:
// read no byte past `to` and leave an unfinished last record in `tail`; otherwise read on to
// finish it (a re-read).
void parse_range(Context& cx, Piece& piece, std::uint64_t from, std::uint64_t to, bool keep_tail, bool find_start,
                 bool header) {
    const std::uint64_t size = cx.file.size();
    const std::uint64_t limit = keep_tail ? to : size;
    const std::size_t block = std::max<std::size_t>(cx.options.block_size, 1);
    ByteBuffer buffer;
    std::size_t pos = 0, end = 0;
    std::uint64_t base = from, next = from;
    bool short_read = false;  // the file shrank while read
    auto refill = [&] {
        if (next >= limit || short_read || (keep_tail && cx.stop.load(std::memory_order_relaxed))) return false;
        if (end > pos) std::memmove(buffer.data(), buffer.data() + pos, end - pos);
        base += pos;
        end -= pos;
        pos = 0;
        const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(block, limit - next));
        buffer.reserve(end + want, end);
        const std::size_t got = cx.file.read(next, buffer.data() + end, want);
        piece.bytes += got;
        next += got;
        end += got;
        short_read = got < want;
        return got > 0;
    };
    auto final = [&] { return next >= size || short_read; };
    piece.end = from;
    piece.header_left = header;
    if (!refill()) return;
    if (find_start) {
        std::size_t searched = 0;
        for (;;) {
            const void* lf = std::memchr(buffer.data() + searched, '\n', end - searched);
            if (lf) {
                pos = static_cast<std::size_t>(static_cast<const char*>(lf) - buffer.data()) + 1;
                piece.head.assign(buffer.data(), pos);
                piece.found_start = true;
                piece.start = base + pos;
                break;
            }
            searched = end;
            if (!refill()) {
                piece.head.assign(buffer.data(), end);
                piece.end = base + end;
                return;
            }
        }
    }
    if (from == 0) {
        while (end < 3 && refill()) {}
        if (end < 3 && !final()) {  // too few bytes to tell a byte order mark: all left to the walk
            piece.tail.assign(buffer.data(), end);
            return;
        }
        pos = bom_length({buffer.data(), end});
    }
    CsvReader reader(cx.plan.schema.delimiter);
    CsvRecord record;
    for (;;) {
        const Drain d = drain(cx, piece, reader, record, {buffer.data(), end}, pos, final(), base,
                              keep_tail ? nowhere : to, header);
        if (d == Drain::failed) return;
        if (d == Drain::done) break;
        if (!refill() && !final()) {
            piece.tail.assign(buffer.data() + pos, end - pos);
            break;
        }
    }
    piece.end = base + pos;
    piece.lines = reader.line() - 1;
    piece.header_left = header;
}

// Records held in memory that start a record at offset `at`; false when they end inside
// one (so the guess of where the next range's records start was wrong).
bool parse_bytes(Context& cx, Piece& piece, std::string_view bytes, std::uint64_t at, bool final, bool header) {
    CsvReader reader(cx.plan.schema.delimiter);
    CsvRecord record;
    std::size_t pos = at == 0 ? bom_length(bytes) : 0;
    const Drain d = drain(cx, piece, reader, record, bytes, pos, final, 0, nowhere, header);
    piece.lines = reader.line() - 1;
    piece.header_left = header;
    return d != Drain::more || pos == bytes.size();
}

// Joins the pieces in file order: checks each range's guessed start, parses the
// records straddling ranges, re-reads a range whose guess was wrong.
class Walk {
public:
    Walk(Context& cx, ScanResult& result) : cx_(cx), result_(result), total_(cx.plan) {}

    // False when the piece ends the scan (a strict error).
    bool accept(const Piece& p) {
        result_.rows += p.count;
        result_.skipped += p.skipped;
        if (p.first_skipped && !result_.first_skipped) {
            result_.first_skipped = p.first_skipped;
            result_.first_skipped->row += lines_;
        }
        if (p.error) {
            result_.error = p.error;
            result_.error->row += lines_;
            return false;
        }
        total_.merge(p.rows);
        lines_ += p.lines;
        at_ = p.end;
        pending_ = p.tail;
        header_ = p.header_left;
        return true;
    }

    bool run(std::vector<std::unique_ptr<Piece>>& pieces, const std::vector<std::uint64_t>& cut) {
        if (!accept(*pieces[0])) return false;
        for (std::size_t k = 1; k < pieces.size(); ++k) {
            const Piece& p = *pieces[k];
            const std::uint64_t from = cut[k], to = cut[k + 1];
            std::string bytes;
            if (at_ >= to) continue;  // read already, by a re-read
            if (!p.found_start) {     // no line end in the range: the record goes on
                pending_ += at_ >= from ? p.head.substr(at_ - from) : p.head;
                continue;
            }
            if (at_ >= from && at_ > p.start) {
                if (!reread(to)) return false;
                continue;
            }
            bytes = at_ >= from ? p.head.substr(at_ - from) : pending_ + p.head;
            Piece edge(cx_.plan);
            // A header still unread after the edge would be taken for data by the next range.
            if (!parse_bytes(cx_, edge, bytes, at_, false, header_) || edge.header_left) {
                if (!reread(to)) return false;
                continue;
            }
            edge.end = p.start;
            if (!accept(edge) || !accept(p)) return false;
        }
        if (pending_.empty()) return true;
        Piece edge(cx_.plan);
        parse_bytes(cx_, edge, pending_, at_, true, header_);
        return accept(edge);
    }

    std::vector<Answer> answers() const { return total_.answers(); }

private:
    // The records from at_ to the first that starts at or past `to`, read again from the file.
    bool reread(std::uint64_t to) {
        Piece again(cx_.plan);
        parse_range(cx_, again, at_, to, false, false, header_);
        result_.bytes_read += again.bytes;
        return accept(again);
    }

    Context& cx_;
    ScanResult& result_;
    RowAggregator total_;
    std::uint64_t lines_ = 0;  // line ends before at_
    std::uint64_t at_ = 0;     // where the next record starts
    std::string pending_;      // the bytes from at_ that a range before has read
    bool header_ = false;      // the header row starts at at_
};

}  // namespace

ScanResult scan_table(const std::string& path, const Schema& schema, const std::vector<Query>& queries,
                      const ScanOptions& options) {
    const ScanPlan plan(schema, queries);
    ScanResult result;
    std::unique_ptr<TableFile> file;
    try {
        file = std::make_unique<TableFile>(path);
    } catch (const std::runtime_error& e) {
        result.error = DataError{path, 0, 0, e.what(), "", 0, ""};
        return result;
    }
    Context cx{path, *file, plan, options};
    const std::uint64_t size = file->size();
    const auto n = static_cast<std::size_t>(
        std::min<std::uint64_t>(static_cast<std::uint64_t>(std::clamp(options.threads, 1, 64)), std::max<std::uint64_t>(size, 1)));
    std::vector<std::uint64_t> cut(n + 1);
    for (std::size_t k = 0; k <= n; ++k) cut[k] = size / n * k + size % n * k / n;
    std::vector<std::unique_ptr<Piece>> pieces;
    for (std::size_t k = 0; k < n; ++k) pieces.push_back(std::make_unique<Piece>(plan, k == 0));
    std::vector<std::exception_ptr> failures(n);
    auto work = [&](std::size_t k) {
        try {
            parse_range(cx, *pieces[k], cut[k], cut[k + 1], true, k > 0, k == 0);
        } catch (...) {
            failures[k] = std::current_exception();
        }
    };
    std::vector<std::thread> workers;
    for (std::size_t k = 1; k < n; ++k) workers.emplace_back(work, k);
    work(0);
    for (auto& w : workers) w.join();
    for (const auto& f : failures)
        if (f) std::rethrow_exception(f);
    for (const auto& p : pieces) result.bytes_read += p->bytes;
    Walk walk(cx, result);
    if (walk.run(pieces, cut)) result.answers = walk.answers();
    return result;
}

}  // namespace claimcheck
