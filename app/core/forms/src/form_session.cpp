#include "counselor/core/forms/form_session.hpp"

#include "counselor/core/forms/answer_validator.hpp"

#include <counselor/sdk/answers.hpp>
#include <counselor/sdk/conditions.hpp>

namespace counselor::core {

namespace {

// null, "" and [] mean "not answered". (json::empty() is false for every
// string, so text is measured itself.)
bool is_empty(const nlohmann::json& value) {
    if (value.is_string()) return value.get_ref<const std::string&>().empty();
    return value.is_null() || (value.is_array() && value.empty());
}

}  // namespace

FormSession::FormSession(sdk::FormDefinition form, nlohmann::json answers)
    : form_(std::move(form)), answers_(nlohmann::json::object()) {
    if (answers.is_object()) {
        for (auto& [id, value] : answers.items()) {
            if (!is_empty(value)) answers_[id] = value;
        }
    }
    recompute();
}

// Which items are asked depends only on what is asked and answered before
// them, so one pass over the submission-to-be settles it.
void FormSession::recompute() {
    sdk::Answers visible;
    asked_.clear();
    for (const sdk::Item* item : form_.items()) {
        auto enabled = sdk::enabled_items(form_, visible);
        if (!enabled.count(item->id)) continue;
        asked_.insert(item->id);
        if (auto it = answers_.find(item->id); it != answers_.end()) visible.set(item->id, *it);
    }
}

void FormSession::set_answer(const std::string& item_id, nlohmann::json value) {
    if (is_empty(value)) {
        answers_.erase(item_id);
    } else {
        answers_[item_id] = std::move(value);
    }
    recompute();
}

const nlohmann::json* FormSession::answer(const std::string& item_id) const {
    auto it = answers_.find(item_id);
    return it == answers_.end() ? nullptr : &*it;
}

nlohmann::json FormSession::submission() const {
    auto chosen = nlohmann::json::object();
    for (auto& [id, value] : answers_.items()) {
        if (asked_.count(id)) chosen[id] = value;
    }
    return chosen;
}

nlohmann::json FormSession::draft() const {
    auto kept = submission();
    for (const auto& [id, message] : problems(false))
        kept.erase(id);
    // Without those answers the branching may ask less; ask it again.
    return FormSession(form_, std::move(kept)).submission();
}

std::map<std::string, std::string> FormSession::problems(bool require_complete) const {
    std::map<std::string, std::string> by_item;
    for (const auto& problem : validate_answers(form_, submission(), require_complete)) {
        for (const sdk::Item* item : form_.items()) {
            // The validator locates item problems exactly like this.
            if (problem.where == "item \"" + item->id + "\"")
                by_item.emplace(item->id, problem.message);
        }
    }
    return by_item;
}

int FormSession::asked_count() const {
    int count = 0;
    for (const sdk::Item* item : form_.items()) {
        if (item->type != sdk::ItemType::display && asked_.count(item->id)) ++count;
    }
    return count;
}

int FormSession::answered_count() const {
    return static_cast<int>(submission().size());
}

}  // namespace counselor::core
