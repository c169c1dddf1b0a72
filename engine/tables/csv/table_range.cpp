#include "engine/tables/csv/table_range.hpp"

#include "engine/tables/csv/csv.hpp"
#include "engine/core/deadline.hpp"

#include <algorithm>
#include <cstring>
#include <limits>

namespace claimcheck {

namespace {

constexpr std::uint64_t nowhere = std::numeric_limits<std::uint64_t>::max();

enum class Drain { more, done, failed };

// A malformed row: the piece's error (it stops) or, when lenient, a skipped row.
bool reject(ScanContext& cx, Piece& piece, DataError e) {
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
Drain drain(ScanContext& cx, Piece& piece, CsvReader& reader, Record& record, std::string_view data,
            std::size_t& pos, bool final, std::uint64_t base, std::uint64_t stop_at, std::uint32_t& heading) {
    for (;;) {
        if (!reader.skip_blank_lines(data, pos, final)) return Drain::more;
        if (base + pos >= stop_at) return Drain::done;
        const auto status = reader.next(data, pos, final, record);
        if (status == CsvReader::Status::incomplete) return Drain::more;
        if (status == CsvReader::Status::end) return Drain::done;
        if (heading > 0) {  // read_schema has read (and judged) the preamble and the header
            --heading;
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

}  // namespace

void parse_range(ScanContext& cx, Piece& piece, std::uint64_t from, std::uint64_t to, bool keep_tail,
                 bool find_start, std::uint32_t heading) {
    const std::uint64_t size = cx.file.size();
    const std::uint64_t limit = keep_tail ? to : size;
    const std::size_t block = std::max<std::size_t>(cx.options.block_size, 1);
    ByteBuffer buffer;
    std::size_t pos = 0, end = 0;
    std::uint64_t base = from, next = from;
    bool short_read = false;  // the file shrank while read
    auto refill = [&] {
        if (next >= limit || short_read || (keep_tail && cx.stop.load(std::memory_order_relaxed))) return false;
        const Deadline* deadline = installed_deadline();  // checked at every block, on every worker
        if (cx.late.load(std::memory_order_relaxed) || (deadline && deadline->passed())) {
            cx.late = true;
            return false;
        }
        if (end > pos) std::memmove(buffer.data(), buffer.data() + pos, end - pos);
        base += pos;
        end -= pos;
        pos = 0;
        // As much again as an unfinished record holds: a record of megabytes is parsed again
        // only a few times, not once per block.
        const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(std::max(block, end), limit - next));
        buffer.reserve(end + want, end);
        piece.buffer = std::max(piece.buffer, buffer.capacity());
        const std::size_t got = cx.file.read(next, buffer.data() + end, want);
        piece.bytes += got;
        cx.progress.add(got);
        next += got;
        end += got;
        short_read = got < want;
        return got > 0;
    };
    auto final = [&] { return next >= size || short_read; };
    piece.end = from;
    piece.heading_left = heading;
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
    Record record;
    for (;;) {
        reader.survey({buffer.data(), end});  // the buffer was refilled: its bytes are new
        record.slack = {buffer.data(), end};  // a field in the buffer may be read wide
        const Drain d = drain(cx, piece, reader, record, {buffer.data(), end}, pos, final(), base,
                              keep_tail ? nowhere : to, heading);
        if (d == Drain::failed) return;
        if (d == Drain::done) break;
        if (!refill() && !final()) {
            piece.tail.assign(buffer.data() + pos, end - pos);
            break;
        }
    }
    piece.end = base + pos;
    piece.lines = reader.line() - 1;
    piece.heading_left = heading;
}

bool parse_bytes(ScanContext& cx, Piece& piece, std::string_view bytes, std::uint64_t at, bool final, std::uint32_t heading) {
    CsvReader reader(cx.plan.schema.delimiter);
    Record record;
    std::size_t pos = at == 0 ? bom_length(bytes) : 0;
    const Drain d = drain(cx, piece, reader, record, bytes, pos, final, 0, nowhere, heading);
    piece.lines = reader.line() - 1;
    piece.heading_left = heading;
    return d != Drain::more || pos == bytes.size();
}

}  // namespace claimcheck
