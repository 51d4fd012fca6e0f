// A form definition file a clinic wrote by hand, checked and installed
// without running it: `counselorctl form validate` and `form import`. The
// form-packs plugin serves what lands in the forms folder on the next start.
#pragma once

#include "counselor/core/forms/problem.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <vector>

namespace counselor::core {

struct FormFileCheck {
    // When the file parsed as JSON: the definition, or for a FHIR
    // Questionnaire the definition converted from it.
    std::optional<nlohmann::json> definition;
    std::vector<Problem> problems;  // empty when the form is sound
    std::vector<Problem> warnings;  // what a conversion could not carry over
    bool converted = false;         // the file is a FHIR Questionnaire
    std::size_t item_count = 0;
};

// JSON syntax (line and column), the size and depth limits of
// sdk/form_file.hpp, the conversion of a FHIR Questionnaire
// (fhir_questionnaire.hpp), then the full schema of validate_definition.
FormFileCheck check_form_file(const std::filesystem::path& file);

struct ImportOptions {
    bool replace = false;  // overwrite an installed form with the same id
};

struct ImportedForm {
    std::filesystem::path installed;
    std::vector<Problem> warnings;  // as FormFileCheck::warnings
};

// Checks `file` and copies it, byte for byte, into `forms_folder` as
// <id>.json (or over the installed file with that id, with `replace`); a
// FHIR Questionnaire is installed as the definition converted from it. The
// copy is written beside its destination and renamed into place, so a
// crash leaves the old form or the new one, never half a file. Throws
// InvalidDefinition (nothing written) or UserError.
ImportedForm import_form_file(const std::filesystem::path& file,
                              const std::filesystem::path& forms_folder,
                              const ImportOptions& options);

// The installed file in `forms_folder` holding form `form_id`, if any.
std::optional<std::filesystem::path> installed_form(const std::filesystem::path& forms_folder,
                                                    const std::string& form_id);

}  // namespace counselor::core
