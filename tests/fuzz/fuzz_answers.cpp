// Fuzzes the answer validator: any JSON a client's answers could arrive as
// (a form session, `assess record --answers FILE`, a plugin's submission)
// checked against the real bundled forms of the trust-safety plugin, scales
// and yes/no items with branching. Problems, never a crash or an exception.
#include "counselor/core/forms/answer_validator.hpp"

#include "forms.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::array<counselor::sdk::FormDefinition, 3> forms = {
        trust_safety::stage_inventory_form(), trust_safety::needs_check_form(),
        trust_safety::safety_screen_form()};
    const auto answers = nlohmann::json::parse(data, data + size, nullptr, false);
    if (answers.is_discarded()) return 0;
    for (const auto& form : forms) {
        (void)counselor::core::validate_answers(form, answers, true);
        (void)counselor::core::validate_answers(form, answers, false);
    }
    return 0;
}
