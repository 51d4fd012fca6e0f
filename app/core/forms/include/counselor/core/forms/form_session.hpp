// One respondent filling in one form, as a window shows it: the answers so
// far, which items the branching asks right now, and what is wrong beside
// each item. The window draws; this decides, without a display.
#pragma once

#include <counselor/sdk/form.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <string>

namespace counselor::core {

class FormSession {
  public:
    explicit FormSession(sdk::FormDefinition form,
                         nlohmann::json answers = nlohmann::json::object());

    const sdk::FormDefinition& form() const { return form_; }

    // Sets one answer; null, "" or [] clears it. An answer to an item the
    // branching stops asking is kept, not lost: it comes back if the item is
    // asked again, and is left out of submission() meanwhile.
    void set_answer(const std::string& item_id, nlohmann::json value);
    const nlohmann::json* answer(const std::string& item_id) const;
    bool is_asked(const std::string& item_id) const { return asked_.count(item_id) > 0; }

    // What is wrong, by item id, in the validator's words. With
    // `require_complete`, a required item still empty is listed too.
    std::map<std::string, std::string> problems(bool require_complete) const;
    bool ready() const { return problems(true).empty(); }

    // The answers to store: asked items only, nothing empty.
    nlohmann::json submission() const;
    // The answers a draft can store now: submission() without the answers
    // that have a problem (a half-typed date is kept on screen and stored
    // once it is a date), so one bad field never holds back the rest.
    nlohmann::json draft() const;

    // Progress: answerable items asked now, and how many of them are answered.
    int asked_count() const;
    int answered_count() const;

  private:
    void recompute();
    sdk::FormDefinition form_;
    nlohmann::json answers_;  // everything entered, asked or not
    std::set<std::string> asked_;
};

}  // namespace counselor::core
