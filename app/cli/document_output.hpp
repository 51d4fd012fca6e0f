// Where a printable document goes: the terminal (text, JSON, HTML) or a file
// (any format; PDF only to a file). An existing file is replaced only when
// asked, and then atomically.
#pragma once

#include "commands.hpp"

#include <counselor/sdk/document.hpp>

#include <functional>
#include <string>

namespace counselor::cli {

struct DocumentOutput {
    std::string format = "text";  // text | json | html | pdf
    std::string out;              // a file, or an existing folder; empty: stdout
    bool replace = false;
};

// Adds --format, --out and --replace to `command`; `formats` lists the allowed ones.
void add_output_options(CLI::App& command, DocumentOutput& output,
                        const std::vector<std::string>& formats, const std::string& default_format);

// suggested_name names the file when `out` is a folder (it may hold client
// names: it is made safe and kept inside the folder). The document is
// produced only once the target is known to be writable as asked, so a
// refused export leaves no trace of a report that was never written.
void emit_document(CommandSetup& setup, const std::function<sdk::Document()>& produce,
                   const DocumentOutput& output, const std::string& suggested_name);

}  // namespace counselor::cli
