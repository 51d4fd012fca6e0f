#include "counselor/core/interchange/form_file.hpp"

#include "counselor/core/forms/definition_validator.hpp"
#include "counselor/core/interchange/fhir_questionnaire.hpp"
#include "counselor/core/platform/atomic_file.hpp"
#include "counselor/core/platform/errors.hpp"

#include <counselor/sdk/form_file.hpp>

#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>

namespace counselor::core {

namespace fs = std::filesystem;

namespace {

// Counts what a definition that may have failed validation holds: any
// shape at all (a bare number threw here; found by the form-file fuzzer).
std::size_t count_items(const nlohmann::json& definition) {
    if (!definition.is_object()) return 0;
    const auto sections = definition.find("sections");
    if (sections == definition.end() || !sections->is_array()) return 0;
    std::size_t count = 0;
    for (const auto& section : *sections) {
        if (section.is_object() && section.contains("items") && section["items"].is_array())
            count += section["items"].size();
    }
    return count;
}

std::string file_bytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw UserError("cannot read " + file.string());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

FormFileCheck check_form_file(const fs::path& file) {
    FormFileCheck check;
    std::error_code error;
    if (!fs::is_regular_file(file, error)) {
        check.problems.push_back({"file", "does not exist or is not a file"});
        return check;
    }
    try {
        check.definition = sdk::read_form_file(file);
    } catch (const sdk::FormFileError& e) {
        check.problems.push_back({"", e.what()});
        return check;
    }
    if (is_fhir_resource(*check.definition)) {
        auto imported = convert_fhir_questionnaire(*check.definition);
        check.warnings = std::move(imported.warnings);
        if (!imported.problems.empty()) {
            check.problems = std::move(imported.problems);
            return check;
        }
        check.definition = std::move(imported.definition);
        check.converted = true;
    }
    check.problems = validate_definition(*check.definition);
    check.item_count = count_items(*check.definition);
    return check;
}

std::optional<fs::path> installed_form(const fs::path& forms_folder, const std::string& form_id) {
    std::error_code error;
    for (fs::directory_iterator it(forms_folder, error), end; !error && it != end;
         it.increment(error)) {
        if (it->path().extension() != ".json") continue;
        try {
            auto definition = sdk::read_form_file(it->path());
            if (definition.is_object() && definition.value("id", std::string()) == form_id)
                return it->path();
        } catch (const std::exception&) {
            // A broken file holds no form; `plugins list` reports it.
        }
    }
    return std::nullopt;
}

ImportedForm import_form_file(const fs::path& file, const fs::path& forms_folder,
                              const ImportOptions& options) {
    auto check = check_form_file(file);
    if (!check.problems.empty()) {
        for (auto& problem : check.problems)
            problem.where = file.string() + (problem.where.empty() ? "" : ": " + problem.where);
        throw InvalidDefinition(std::move(check.problems));
    }
    const std::string id = check.definition->at("id").get<std::string>();
    if (id.find('/') != std::string::npos || id.starts_with('.')) {
        throw UserError("form id \"" + id + "\" cannot name a file; use letters, digits, - and _");
    }
    fs::path target = forms_folder / (id + ".json");
    if (auto existing = installed_form(forms_folder, id)) {
        if (!options.replace) {
            throw UserError("a form with id \"" + id + "\" is already installed at " +
                            existing->string() + "; add --replace to overwrite it");
        }
        target = *existing;
    } else if (fs::exists(target)) {
        // A broken file under the name this form would take: keep it for
        // the person to look at rather than overwrite what they wrote.
        if (!options.replace) {
            throw UserError(target.string() + " already exists; add --replace to overwrite it");
        }
    }
    const std::string bytes = check.converted ? check.definition->dump(2) + "\n" : file_bytes(file);
    std::error_code error;
    fs::create_directories(forms_folder, error);
    if (error) {
        throw UserError("cannot create the forms folder " + forms_folder.string() + ": " +
                        error.message());
    }
    // Readable by others, as a form file copied in by hand would be.
    write_file_atomically(target, bytes, {.mode = 0644});
    return {target, std::move(check.warnings)};
}

}  // namespace counselor::core
