#pragma once
// One byte range of a table's file, parsed by one worker: positioned reads of
// fixed-size blocks, records handed to a RowAggregator, and what the range
// could not settle on its own (the bytes before its first line end, an
// unfinished last record) kept for the walk that joins the ranges in order.
#include "engine/tables/table_aggregate.hpp"
#include "engine/tables/csv/table_file.hpp"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

// What one byte range, a record straddling two ranges, or a re-read gave. Rows in
// its errors count from its first line as 1; the walk adds the lines before it.
struct Piece {
    explicit Piece(const ScanPlan& plan, bool first_range = false) : rows(plan), first(first_range) {}
    RowAggregator rows;
    bool first;  // the first range: its error stops the other workers
    std::uint64_t count = 0, skipped = 0, bytes = 0;
    std::size_t buffer = 0;   // the read buffer's largest size
    std::optional<DataError> error, first_skipped;
    std::uint64_t lines = 0;  // line ends consumed, from where parsing began to `end`
    std::uint64_t end = 0;    // where the next record starts (the tail's start, if any)
    std::string tail;         // an unfinished record at the range's end
    std::uint32_t heading_left = 0;  // records of the preamble and header still to come at `end`
    // A worker starting mid-file cannot know whether its first byte is inside quotes. It
    // takes the line after its range's first LF as a record start (`start`) and keeps the
    // bytes before it (`head`); the walk checks that guess against the range before.
    bool found_start = false;
    std::uint64_t start = 0;
    std::string head;
};

struct ScanContext {
    const std::string& path;
    const TableFile& file;
    const ScanPlan& plan;
    const ScanOptions& options;
    std::atomic<bool> stop{false};  // the first range has an error: the other ranges are moot
    std::atomic<bool> late{false};  // the run's time ran out: every worker stops reading
};

// The records starting in [from, to), the first `heading` of them the preamble and header. keep_tail:
// read no byte past `to` and leave an unfinished last record in `tail`; otherwise read on to
// finish it (a re-read). find_start: the range may begin inside a record (see Piece::head).
void parse_range(ScanContext& cx, Piece& piece, std::uint64_t from, std::uint64_t to, bool keep_tail,
                 bool find_start, std::uint32_t heading);

// Records held in memory, starting with a record that starts at offset `at` of the file;
// false when they end inside a record (the next range's guessed start was wrong).
bool parse_bytes(ScanContext& cx, Piece& piece, std::string_view bytes, std::uint64_t at, bool final, std::uint32_t heading);

}  // namespace claimcheck
