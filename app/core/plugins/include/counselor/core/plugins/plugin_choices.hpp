// What the counselor decided about each plugin: a plugin dropped into the
// user's folder runs only once switched on, and any plugin can be switched
// off. Kept in the practice's settings; a change is audited and takes effect
// the next time a program of the workstation starts. Switching a plugin off
// never touches the records made with it.
#pragma once

#include "counselor/core/store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace counselor::core {

class PluginChoices {
  public:
    PluginChoices(Database& db, std::string actor) : db_(db), actor_(std::move(actor)) {}

    // Throws UserError for an id that is not a plugin id.
    void enable(const std::string& plugin_id);
    void disable(const std::string& plugin_id);

    bool switched_on(const std::string& plugin_id);   // a user-folder plugin allowed to run
    bool switched_off(const std::string& plugin_id);  // any plugin kept from running
    std::vector<std::string> switched_off_ids();      // every one of them

    // Switches off a plugin a process died in, remembering `what_happened`
    // ("it crashed the program while ... on ...") until it is switched on.
    void disable_after_crash(const std::string& plugin_id, const std::string& what_happened);
    std::optional<std::string> crash_note(const std::string& plugin_id);

  private:
    void change(const std::string& plugin_id, bool on, const std::string& crash = {});

    Database& db_;
    std::string actor_;
};

}  // namespace counselor::core
