#include "document_output.hpp"

#include <counselor/core/documents/export_document.hpp>
#include <counselor/core/documents/render_html.hpp>
#include <counselor/core/documents/render_text.hpp>
#include <counselor/core/platform/errors.hpp>

#include <filesystem>
#include <ostream>

namespace counselor::cli {

namespace {

core::ExportFormat export_format(const std::string& format) {
    if (format == "pdf") return core::ExportFormat::pdf;
    if (format == "html") return core::ExportFormat::html;
    return core::ExportFormat::text;
}

}  // namespace

void add_output_options(CLI::App& command, DocumentOutput& output,
                        const std::vector<std::string>& formats,
                        const std::string& default_format) {
    output.format = default_format;
    command.add_option("--format", output.format, "Output format")->check(CLI::IsMember(formats));
    command.add_option("--out", output.out, "File to write, or a folder to write into");
    command.add_flag("--replace", output.replace, "Replace the file if it exists");
}

void emit_document(CommandSetup& setup, const std::function<sdk::Document()>& produce,
                   const DocumentOutput& output, const std::string& suggested_name) {
    if (output.format == "json") {
        if (!output.out.empty()) {
            throw core::UserError(
                "JSON goes to standard output; redirect it to a file instead of --out");
        }
        setup.out << nlohmann::json(produce()).dump(2) << '\n';
        return;
    }
    if (output.out.empty()) {
        if (output.format == "pdf") throw core::UserError("a PDF needs a file: add --out FILE");
        const auto document = produce();
        setup.out << (output.format == "html" ? core::render_html(document)
                                              : core::render_text(document));
        return;
    }
    const auto format = export_format(output.format);
    std::filesystem::path target = output.out;
    if (std::filesystem::is_directory(target)) {
        target = core::export_path(target, suggested_name, format);
    }
    // Before the document is made: making it is audited, and a refused
    // export (a missing folder, a file in the way) must leave no trace.
    core::check_write_target(target, output.replace);
    core::export_document(produce(), format, target, output.replace);
    if (setup.context.json()) {
        setup.out << nlohmann::json{{"path", target.string()}}.dump() << '\n';
    } else {
        setup.out << "Wrote " << target.string() << '\n';
    }
}

}  // namespace counselor::cli
