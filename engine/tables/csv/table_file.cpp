#include "engine/tables/csv/table_file.hpp"

#include <algorithm>
#include <cstring>

namespace claimcheck {

namespace {

InputFile opened(const std::string& path) {
    auto file = open_resolved(path);
    if (auto* why = std::get_if<FileError>(&file)) throw ReadFailed(why->message());
    return std::move(std::get<InputFile>(file));
}

}  // namespace

TableFile::TableFile(const std::string& path) : file_(opened(path)) {}

void ByteBuffer::reserve(std::size_t n, std::size_t keep) {
    if (n <= capacity_) return;
    n = std::max(n, 2 * capacity_);  // doubling: a record longer than a block costs linear time
    std::unique_ptr<char[]> bigger(new char[n + Record::wide_read]);  // not zeroed: blocks are read over it
    if (keep > 0) std::memcpy(bigger.get(), bytes_.get(), keep);
    bytes_ = std::move(bigger);
    capacity_ = n;
}

}  // namespace claimcheck
