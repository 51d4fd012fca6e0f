// What the counselor decided about each plugin: a plugin dropped into the
// user's folder runs only once switched on, and any plugin can be switched
// off. Kept in the practice's settings; a change is audited and takes effect
// the next time a program of the workstation starts. Switching a plugin off
// never touches the records made with it.
#pragma once

#include "counselor/core/database.hpp"

#include <string>

namespace counselor::core {

class PluginChoices {
  public:
    PluginChoices(Database& db, std::string actor) : db_(db), actor_(std::move(actor)) {}

    // Throws UserError for an id that is not a plugin id.
    void enable(const std::string& plugin_id);
    void disable(const std::string& plugin_id);

    bool switched_on(const std::string& plugin_id);   // a user-folder plugin allowed to run
    bool switched_off(const std::string& plugin_id);  // any plugin kept from running

  private:
    void change(const std::string& plugin_id, bool on);

    Database& db_;
    std::string actor_;
};

}  // namespace counselor::core
