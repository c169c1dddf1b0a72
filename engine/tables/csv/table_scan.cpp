#include "engine/tables/csv/table_scan.hpp"

#include "engine/tables/csv/table_range.hpp"
#include "engine/core/deadline.hpp"

#include <algorithm>
#include <exception>
#include <memory>
#include <stdexcept>
#include <thread>

namespace claimcheck {

namespace {

// Joins the pieces in file order: checks each range's guessed start, parses the
// records straddling ranges, re-reads a range whose guess was wrong.
class Walk {
public:
    Walk(ScanContext& cx, ScanResult& result) : cx_(cx), result_(result), total_(cx.plan) {}

    // False when the piece ends the scan (a strict error). Its tallies are freed once merged.
    bool accept(Piece& p) {
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
        total_.merge(p.rows, lines_);
        p.rows.release();
        lines_ += p.lines;
        at_ = p.end;
        pending_ = p.tail;
        heading_ = p.heading_left;
        return true;
    }

    bool run(std::vector<std::unique_ptr<Piece>>& pieces, const std::vector<std::uint64_t>& cut) {
        if (!accept(*pieces[0])) return false;
        for (std::size_t k = 1; k < pieces.size(); ++k) {
            Piece& p = *pieces[k];
            const std::uint64_t from = cut[k], to = cut[k + 1];
            if (at_ >= to) continue;  // read already, by a re-read
            if (!p.found_start) {     // no line end in the range: the record goes on
                pending_ += at_ >= from ? p.head.substr(at_ - from) : p.head;
                continue;
            }
            if (at_ >= from && at_ > p.start) {
                if (!reread(to)) return false;
                continue;
            }
            const std::string bytes = at_ >= from ? p.head.substr(at_ - from) : pending_ + p.head;
            Piece edge(cx_.plan);
            // A header still unread after the edge would be taken for data by the next range.
            if (!parse_bytes(cx_, edge, bytes, at_, false, heading_) || edge.heading_left > 0) {
                if (!reread(to)) return false;
                continue;
            }
            edge.end = p.start;
            if (!accept(edge) || !accept(p)) return false;
        }
        if (pending_.empty()) return true;
        Piece edge(cx_.plan);
        parse_bytes(cx_, edge, pending_, at_, true, heading_);
        return accept(edge);
    }

    std::vector<Answer> answers() { return total_.answers(); }

private:
    // The records from at_ to the first that starts at or past `to`, read again from the file.
    bool reread(std::uint64_t to) {
        Piece again(cx_.plan);
        parse_range(cx_, again, at_, to, false, false, heading_);
        result_.bytes_read += again.bytes;
        result_.largest_buffer = std::max(result_.largest_buffer, again.buffer);
        return accept(again);
    }

    ScanContext& cx_;
    ScanResult& result_;
    RowAggregator total_;
    std::uint64_t lines_ = 0;  // line ends before at_
    std::uint64_t at_ = 0;     // where the next record starts
    std::string pending_;      // the bytes from at_ that a range before has read
    std::uint32_t heading_ = 0;  // records of the preamble and header from at_
};

}  // namespace

ScanResult scan_table(const std::string& path, const Schema& schema, const std::vector<Query>& queries,
                      const ScanOptions& options) {
    const ScanPlan plan(schema, queries, options.max_distinct, options.filter_rows);
    ScanResult result;
    std::unique_ptr<TableFile> file;
    try {
        file = std::make_unique<TableFile>(path);
    } catch (const ReadFailed& e) {
        result.error = DataError{path, 0, 0, e.what(), "", 0, "", true};
        return result;
    }
    const std::uint64_t size = std::min(file->size(), schema.end.value_or(file->size()));  // the notes under it are not rows
    ProgressOf progress(path, size);
    ScanContext cx{path, *file, plan, options, progress};
    // Equal byte ranges, one per worker (never more workers than bytes).
    const auto threads = static_cast<std::uint64_t>(std::clamp(options.threads, 1, 64));
    const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(threads, std::max<std::uint64_t>(size, 1)));
    std::vector<std::uint64_t> cut(n + 1);
    for (std::size_t k = 0; k <= n; ++k) cut[k] = size / n * k + size % n * k / n;
    std::vector<std::unique_ptr<Piece>> pieces;
    for (std::size_t k = 0; k < n; ++k) pieces.push_back(std::make_unique<Piece>(plan, k == 0));
    std::vector<std::exception_ptr> failures(n);
    auto work = [&](std::size_t k) {
        try {
            parse_range(cx, *pieces[k], cut[k], cut[k + 1], true, k > 0, k == 0 ? plan.schema.preamble + 1 : 0);
        } catch (...) {
            failures[k] = std::current_exception();
        }
    };
    std::vector<std::thread> workers;
    for (std::size_t k = 1; k < n; ++k) workers.emplace_back(work, k);
    work(0);
    for (auto& w : workers) w.join();
    try {
        for (const auto& f : failures)
            if (f) std::rethrow_exception(f);
    } catch (const DistinctLimit& e) {  // the file as a whole: at the table statement
        result.error = DataError{path, 0, 0, e.what(), "", 0, ""};
        return result;
    } catch (const ReadFailed& e) {  // the file could not be read: as if it could not be opened
        result.error = DataError{path, 0, 0, e.what(), "", 0, "", true};
        return result;
    }
    for (const auto& p : pieces) {
        result.bytes_read += p->bytes;
        result.largest_buffer = std::max(result.largest_buffer, p->buffer);
    }
    Walk walk(cx, result);
    bool whole = false;
    try {
        whole = walk.run(pieces, cut);
    } catch (const DistinctLimit& e) {  // the pieces together hold too many
        result.error = DataError{path, 0, 0, e.what(), "", 0, ""};
        return result;
    }
    if (cx.late) installed_deadline()->stop("while scanning " + path);  // the answers are partial
    if (whole) result.answers = walk.answers();
    return result;
}

}  // namespace claimcheck
