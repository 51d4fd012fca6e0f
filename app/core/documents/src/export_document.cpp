#include "counselor/core/documents/export_document.hpp"

#include "counselor/core/documents/render_html.hpp"
#include "counselor/core/documents/render_text.hpp"
#include "counselor/core/platform/utf8.hpp"

#include <cctype>
#include <sstream>

namespace counselor::core {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxNameBytes = 150;  // well under the usual 255-byte limit

std::string quoted(const fs::path& path) {
    return "\"" + path.string() + "\"";
}

std::string render(const sdk::Document& document, ExportFormat format,
                   const PdfOptions& pdf_options) {
    switch (format) {
        case ExportFormat::html:
            return render_html(document);
        case ExportFormat::text:
            return render_text(document);
        case ExportFormat::pdf:
            break;
    }
    std::ostringstream pdf;
    render_pdf(document, pdf, pdf_options);
    return pdf.str();
}

void require_folder(const fs::path& folder) {
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        throw NotFound("the folder " + quoted(folder) + " does not exist");
    }
}

bool is_unsafe_in_name(char32_t c) {
    // Direction overrides and isolates can make "txt.exe" look like "exe.txt".
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
}

bool is_separator_like(char32_t c) {
    // Path separators, and what Windows and USB sticks refuse in a name.
    return c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' ||
           c == '>' || c == '|';
}

// Leading dots would hide the file (or make "..").
std::string trim(std::string name, std::string_view at_start, std::string_view at_end) {
    name.erase(0, name.find_first_not_of(at_start));
    const auto last = name.find_last_not_of(at_end);
    name.erase(last == std::string::npos ? 0 : last + 1);
    return name;
}

std::string clean_name(std::string_view suggested) {
    std::string name;
    bool space = false;
    for (std::size_t at = 0; at < suggested.size();) {
        const auto cp = utf8::decode(suggested, at);
        const std::string_view bytes = suggested.substr(at, cp.length);
        at += cp.length;
        if (!cp.valid || is_separator_like(cp.value)) {
            if (space && !name.empty()) name += ' ';
            name += '-';
            space = false;
            continue;
        }
        if (is_unsafe_in_name(cp.value) && cp.value != '\t' && cp.value != '\n') continue;
        if (cp.value == ' ' || cp.value == '\t' || cp.value == '\n') {
            space = true;
            continue;
        }
        if (space && !name.empty()) name += ' ';
        space = false;
        name.append(bytes);
    }
    return name;
}

// Cut to at most `limit` bytes without splitting a character.
std::string shorten(std::string name, std::size_t limit) {
    if (name.size() <= limit) return name;
    std::size_t end = 0;
    for (std::size_t at = 0; at < name.size();) {
        const auto cp = utf8::decode(name, at);
        if (at + cp.length > limit) break;
        at += cp.length;
        end = at;
    }
    name.resize(end);
    return name;
}

bool ends_with_ignoring_case(const std::string& text, std::string_view suffix) {
    if (text.size() < suffix.size()) return false;
    for (std::size_t i = 0; i < suffix.size(); ++i) {
        const char a = text[text.size() - suffix.size() + i];
        if (std::tolower(static_cast<unsigned char>(a)) != suffix[i]) return false;
    }
    return true;
}

}  // namespace

std::string_view to_string(ExportFormat format) {
    switch (format) {
        case ExportFormat::html:
            return "html";
        case ExportFormat::text:
            return "text";
        case ExportFormat::pdf:
            break;
    }
    return "pdf";
}

std::optional<ExportFormat> export_format_from_string(std::string_view name) {
    if (name == "pdf") return ExportFormat::pdf;
    if (name == "html") return ExportFormat::html;
    if (name == "text" || name == "txt") return ExportFormat::text;
    return std::nullopt;
}

std::string_view extension(ExportFormat format) {
    switch (format) {
        case ExportFormat::html:
            return ".html";
        case ExportFormat::text:
            return ".txt";
        case ExportFormat::pdf:
            break;
    }
    return ".pdf";
}

void export_document(const sdk::Document& document, ExportFormat format, const fs::path& out,
                     bool replace_existing, const PdfOptions& pdf_options) {
    check_write_target(out, replace_existing);
    write_file_atomically(out, render(document, format, pdf_options),
                          {.replace_existing = replace_existing});
}

fs::path export_path(const fs::path& folder, const std::string& suggested_name,
                     ExportFormat format) {
    require_folder(folder);
    const std::string_view ext = extension(format);
    std::string name = trim(clean_name(suggested_name), ". -", ". ");
    if (ends_with_ignoring_case(name, ext)) name.erase(name.size() - ext.size());
    name = trim(shorten(trim(name, ". -", ". "), kMaxNameBytes), ". -", ". ");
    if (name.empty()) name = "document";
    return folder / (name + std::string(ext));
}

}  // namespace counselor::core
