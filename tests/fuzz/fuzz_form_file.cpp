// Fuzzes what `counselorctl form validate|import` and the form-pack loader do
// with a file's bytes: read and parse (size, BOM, depth limits), convert a
// FHIR Questionnaire, validate the definition. A bad file must come back as
// problems, never as a crash or an exception; and a definition the validator
// accepts must parse into a form (the promise `form import` relies on).
#include "scratch_file.hpp"

#include "counselor/core/forms/definition_validator.hpp"
#include "counselor/core/interchange/form_file.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const counselor::fuzz::ScratchFile scratch("form.json");
    const auto check = counselor::core::check_form_file(scratch.write(data, size));
    if (check.problems.empty() && check.definition) {
        // Throws InvalidDefinition (an uncaught exception, so a finding)
        // if the validator let through something the parser refuses.
        (void)counselor::core::parse_definition(*check.definition);
    }
    return 0;
}
