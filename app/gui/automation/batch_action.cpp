#include "automation/batch_action.hpp"

#include <fstream>

namespace counselor::gui {

std::unique_ptr<BatchAction> make_batch_action(const AutomationOptions& options,
                                               const std::string& passphrase_file) {
    if (!options.fill_form.empty()) return make_fill_form(options.fill_form, options.answers);
    if (!options.hand_over.empty()) return make_hand_over(options, passphrase_file);
    if (!options.practice_settings.empty())
        return make_practice_settings(options.practice_settings);
    if (!options.new_client.empty()) return make_new_client(options.new_client);
    if (!options.assign_homework.empty()) return make_assign_homework(options.assign_homework);
    if (options.search) return make_search(*options.search);
    if (!options.mark_session.empty()) return make_mark_session(options.mark_session);
    return nullptr;
}

nlohmann::json read_json_object(const std::string& path, const std::string& what) {
    std::ifstream in(path);
    auto value = nlohmann::json::parse(in, nullptr, false);
    if (!in || value.is_discarded() || !value.is_object())
        throw BatchError("could not read a JSON object of " + what + " from " + path);
    return value;
}

}  // namespace counselor::gui
