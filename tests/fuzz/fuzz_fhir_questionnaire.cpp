// Fuzzes the FHIR R4 Questionnaire importer on any JSON document: the
// conversion reports problems and warnings, never crashes or throws, and what
// it produces without problems is checked by the definition validator like a
// hand-written form (so a converted form that then fails to parse is found).
#include "counselor/core/forms/definition_validator.hpp"
#include "counselor/core/interchange/fhir_questionnaire.hpp"

#include <counselor/sdk/form_file.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    nlohmann::json document;
    try {
        // The reader `form import` uses, with its depth limit.
        document = counselor::sdk::parse_form_text(
            std::string_view(reinterpret_cast<const char*>(data), size));
    } catch (const counselor::sdk::FormFileError&) {
        return 0;  // not JSON: the importer is never reached
    }
    (void)counselor::core::is_fhir_resource(document);
    const auto imported = counselor::core::convert_fhir_questionnaire(document);
    if (!imported.problems.empty()) return 0;
    if (counselor::core::validate_definition(imported.definition).empty())
        (void)counselor::core::parse_definition(imported.definition);
    return 0;
}
