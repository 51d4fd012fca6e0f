// Saving a document as a file the counselor can print, mail or keep: a safe
// file name from a suggested one (which may hold a client's name), and a
// write that never leaves a half-written file or replaces one unasked.
#pragma once

#include "counselor/core/documents/render_pdf.hpp"
#include "counselor/core/platform/atomic_file.hpp"
#include "counselor/core/platform/errors.hpp"

#include <counselor/sdk/document.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace counselor::core {

enum class ExportFormat { pdf, html, text };

std::string_view to_string(ExportFormat format);  // "pdf", "html", "text"
std::optional<ExportFormat> export_format_from_string(std::string_view name);  // also "txt"
std::string_view extension(ExportFormat format);  // ".pdf", ".html", ".txt"

// Renders `document` and writes it to `out` by write_file_atomically
// (atomic_file.hpp, which also checks a target before anything is made). An existing
// `out` is replaced only if `replace_existing`; otherwise FileExists, and
// the existing file is left as it was. Throws NotFound if the folder is
// missing, UserError if the file cannot be written. The file is readable by
// its owner only: handouts carry clients' names.
void export_document(const sdk::Document& document, ExportFormat format,
                     const std::filesystem::path& out, bool replace_existing,
                     const PdfOptions& pdf_options = {});

// A file name made from `suggested_name` (say "Daily gratitude - Naomi
// Hartwell") for `format`, inside `folder`: separators, control and
// direction-override characters, and leading dots are taken out, so the
// result's parent is always exactly `folder`. Throws NotFound if `folder`
// is not an existing folder.
std::filesystem::path export_path(const std::filesystem::path& folder,
                                  const std::string& suggested_name, ExportFormat format);

}  // namespace counselor::core
