#pragma once
// A workbook's zip container, read with libzip, and its XML parts streamed through
// expat: a part is never held whole, and its size is checked before it is read and
// counted while it is (a zip bomb stops at the limit, whatever its header says).
#include "engine/core/budget.hpp"

#include <cstdint>
#include <string>
#include <string_view>

struct zip;  // libzip's archive, kept out of the engine's headers

namespace claimcheck {

// Receives a part's XML. Names are expat's with namespaces: "URI local", or "local" for
// a name in no namespace (xlsx's attributes r, t, s); attributes come as name, value, ..., nullptr.
class XmlHandler {
public:
    virtual ~XmlHandler() = default;
    virtual void start(std::string_view name, const char** attributes) = 0;
    virtual void end(std::string_view name) = 0;
    virtual void text(std::string_view chars) = 0;
};

// The name after its namespace: "URI c" -> "c".
std::string_view local_name(std::string_view name);

// The value of the attribute so named ("URI local" or "local"), or nullptr.
const char* attribute(const char** attributes, std::string_view name);

// Sizes beyond any real published table: a workbook file, and one part of it unpacked.
constexpr std::uint64_t max_workbook_bytes = std::uint64_t{256} << 20;
constexpr std::uint64_t max_part_bytes = std::uint64_t{512} << 20;

class Archive {
public:
    // The zip file at `path` (as resolve() gives it). Throws SheetProblem when it cannot be read,
    // is over max_workbook_bytes or is not a zip.
    explicit Archive(const std::string& path);
    ~Archive();
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;

    std::uint64_t size() const { return bytes_.size(); }  // the file's
    const std::string& path() const { return path_; }
    bool has(const std::string& part) const;
    // Streams the part through the handler. Throws SheetProblem, naming the part, when it is
    // missing, unpacks to more than max_part_bytes, is corrupt or is not well-formed XML; and
    // passes on what the handler throws.
    void parse(const std::string& part, XmlHandler& handler) const;

private:
    std::string path_;
    Charge charge_;      // the file's bytes, against the run's memory budget
    std::string bytes_;  // the whole file: libzip reads it from memory
    zip* zip_ = nullptr;
};

}  // namespace claimcheck
