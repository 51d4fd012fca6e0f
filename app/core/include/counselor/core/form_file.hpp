// A form definition file a clinic wrote by hand, checked and installed
// without running it: `counselorctl form validate` and `form import`. The
// form-packs plugin serves what lands in the forms folder on the next start.
#pragma once

#include "counselor/core/problem.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <vector>

namespace counselor::core {

struct FormFileCheck {
    std::optional<nlohmann::json> definition;  // when the file parsed as JSON
    std::vector<Problem> problems;             // empty when the form is sound
    std::size_t item_count = 0;
};

// JSON syntax (line and column), the size and depth limits of
// sdk/form_file.hpp, then the full schema of validate_definition.
FormFileCheck check_form_file(const std::filesystem::path& file);

struct ImportOptions {
    bool replace = false;  // overwrite an installed form with the same id
};

// Checks `file` and copies it, byte for byte, into `forms_folder` as
// <id>.json (or over the installed file with that id, with `replace`). The
// copy is written beside its destination and renamed into place, so a
// crash leaves the old form or the new one, never half a file. Throws
// InvalidDefinition (nothing written) or UserError. Returns the new path.
std::filesystem::path import_form_file(const std::filesystem::path& file,
                                       const std::filesystem::path& forms_folder,
                                       const ImportOptions& options);

// The installed file in `forms_folder` holding form `form_id`, if any.
std::optional<std::filesystem::path> installed_form(const std::filesystem::path& forms_folder,
                                                    const std::string& form_id);

}  // namespace counselor::core
