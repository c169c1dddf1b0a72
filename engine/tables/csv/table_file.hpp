#pragma once
// A table's file as the scan reads it: positioned reads of fixed-size blocks
// (never the whole file in memory), and the DataError that names a bad row's
// file, row, field and character for the caret display (data_error, table.hpp).
#include "engine/core/paths.hpp"
#include "engine/tables/record.hpp"
#include "engine/tables/table.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace claimcheck {

class TableFile {
public:
    // `path` as resolve() gives it (no symbolic link in it is followed), a regular file.
    // Throws ReadFailed saying why not ("permission denied"); the caller names the file.
    explicit TableFile(const std::string& path);

    std::uint64_t size() const { return file_.size(); }
    // Reads up to n bytes at offset into out, as many as the file has there. Throws ReadFailed.
    std::size_t read(std::uint64_t offset, char* out, std::size_t n) const { return file_.read_at(offset, out, n); }

private:
    InputFile file_;
};

// A growable byte buffer whose contents are not zeroed on growth (blocks are read into it), with
// Record::wide_read bytes allocated past its capacity, so that a field in it may be read wide.
class ByteBuffer {
public:
    char* data() { return bytes_.get(); }
    std::size_t capacity() const { return capacity_; }
    void reserve(std::size_t n, std::size_t keep);  // keeps the first `keep` bytes
private:
    std::unique_ptr<char[]> bytes_;
    std::size_t capacity_ = 0;
};

}  // namespace claimcheck
