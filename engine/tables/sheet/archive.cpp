// A workbook's zip container and its XML parts: libzip to unpack, expat to parse, as streams.
#include "engine/tables/sheet/archive.hpp"

#include "engine/core/deadline.hpp"
#include "engine/core/paths.hpp"
#include "engine/tables/sheet/sheet_grid.hpp"

#include <expat.h>
#include <zip.h>

#include <cstring>
#include <exception>
#include <filesystem>
#include <memory>

namespace claimcheck {

std::string_view local_name(std::string_view name) {
    const std::size_t space = name.rfind(' ');
    return space == std::string_view::npos ? name : name.substr(space + 1);
}

const char* attribute(const char** attributes, std::string_view name) {
    for (std::size_t i = 0; attributes[i]; i += 2)
        if (name == attributes[i]) return attributes[i + 1];
    return nullptr;
}

Archive::Archive(const std::string& path) : path_(path) {
    std::error_code error_code;
    const auto size = std::filesystem::file_size(path, error_code);  // charged before it is read
    if (!error_code && size <= max_workbook_bytes) charge_ = Charge(size, "reading " + path);
    auto read = read_resolved(path, max_workbook_bytes);
    if (auto* why = std::get_if<FileError>(&read)) throw SheetProblem(why->message(), true);
    bytes_ = std::move(std::get<std::string>(read));
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &error);
    if (source) zip_ = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!zip_) {
        if (source) zip_source_free(source);
        std::string why = zip_error_strerror(&error);  // "Not a zip archive": in the middle of a sentence here
        zip_error_fini(&error);
        if (!why.empty() && why[0] >= 'A' && why[0] <= 'Z') why[0] = static_cast<char>(why[0] - 'A' + 'a');
        throw SheetProblem("not a workbook: " + why, true);
    }
    zip_error_fini(&error);
}

Archive::~Archive() {
    if (zip_) zip_discard(zip_);  // read only: nothing to write back
}

bool Archive::has(const std::string& part) const {
    return zip_name_locate(zip_, part.c_str(), 0) >= 0;
}

namespace {

struct CloseFile {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};
struct FreeParser {
    void operator()(XML_ParserStruct* p) const { XML_ParserFree(p); }
};

// Expat's callbacks into the handler. What the handler throws stops the parser and is
// thrown again once expat has returned: never through expat's C frames.
struct Callbacks {
    XmlHandler& handler;
    XML_Parser parser;
    std::exception_ptr failure;

    template <class F>
    static void guarded(void* data, F f) {
        auto* self = static_cast<Callbacks*>(data);
        if (self->failure) return;
        try {
            f(self->handler);
        } catch (...) {
            self->failure = std::current_exception();
            XML_StopParser(self->parser, XML_FALSE);
        }
    }
    static void on_start(void* data, const XML_Char* name, const XML_Char** attributes) {
        guarded(data, [&](XmlHandler& h) { h.start(name, attributes); });
    }
    static void on_end(void* data, const XML_Char* name) {
        guarded(data, [&](XmlHandler& h) { h.end(name); });
    }
    static void on_text(void* data, const XML_Char* chars, int length) {
        guarded(data, [&](XmlHandler& h) { h.text({chars, static_cast<std::size_t>(length)}); });
    }
};

}  // namespace

void Archive::parse(const std::string& part, XmlHandler& handler) const {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(zip_, part.c_str(), 0, &stat) != 0) throw SheetProblem("not a workbook: no " + part, true);
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > max_part_bytes)
        throw SheetProblem("the workbook's part " + part + " unpacks to " + std::to_string(stat.size) + " bytes, over the limit of " +
                               std::to_string(max_part_bytes), false);
    std::unique_ptr<zip_file_t, CloseFile> file(zip_fopen(zip_, part.c_str(), 0));
    if (!file) throw SheetProblem(part + ": " + zip_strerror(zip_), true);
    std::unique_ptr<XML_ParserStruct, FreeParser> parser(XML_ParserCreateNS(nullptr, ' '));
    if (!parser) throw std::bad_alloc();
    Callbacks callbacks{handler, parser.get(), nullptr};
    XML_SetUserData(parser.get(), &callbacks);
    XML_SetElementHandler(parser.get(), Callbacks::on_start, Callbacks::on_end);
    XML_SetCharacterDataHandler(parser.get(), Callbacks::on_text);
    constexpr std::size_t block = 64 * 1024;
    std::uint64_t total = 0;
    for (;;) {
        checkpoint_with([&] { return "while reading " + part + " of " + path_; });
        void* buffer = XML_GetBuffer(parser.get(), static_cast<int>(block));
        if (!buffer) throw std::bad_alloc();
        const zip_int64_t got = zip_fread(file.get(), buffer, block);
        if (got < 0) throw SheetProblem(part + ": corrupt (" + zip_file_strerror(file.get()) + ")", true);
        total += static_cast<std::uint64_t>(got);
        if (total > max_part_bytes)  // the header understated the size
            throw SheetProblem("the workbook's part " + part + " unpacks to more than " + std::to_string(max_part_bytes) +
                                   " bytes, the limit", false);
        const bool last = got == 0;
        if (XML_ParseBuffer(parser.get(), static_cast<int>(got), last) != XML_STATUS_OK) {
            if (callbacks.failure) std::rethrow_exception(callbacks.failure);
            throw SheetProblem(part + ": not well-formed XML at line " +
                                   std::to_string(XML_GetCurrentLineNumber(parser.get())) + ": " +
                                   XML_ErrorString(XML_GetErrorCode(parser.get())), true);
        }
        if (last) break;
    }
}

}  // namespace claimcheck
