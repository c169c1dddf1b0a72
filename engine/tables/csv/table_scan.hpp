#pragma once
// Every aggregate a run needs from one table, in one streaming pass over its
// file: each worker reads its own byte range in fixed blocks (memory does not
// grow with the file), and the workers' tallies merge in file order.
#include "engine/tables/table.hpp"

#include <string>
#include <vector>

namespace claimcheck {

// Answers the queries over the file's data rows (the header row is skipped); path is
// resolved (paths.hpp). A malformed row stops the scan with `error` (the first by file order) unless
// options.lenient, which skips and counts such rows. The answers are the same for
// any number of threads. Throws std::invalid_argument when a query does not fit the
// schema (see query_problem); a file that cannot be read is an `error` (row 0, its
// message why: "permission denied", "read failed: ...").
ScanResult scan_table(const std::string& path, const Schema& schema, const std::vector<Query>& queries,
                      const ScanOptions& options = {});

}  // namespace claimcheck
