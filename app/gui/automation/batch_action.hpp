// What a test asks the window to do without a person: open one dialog, type
// into it control by control through the handlers a person's input takes,
// and, once the screenshot is taken, press its final button. Each action
// prints what it stored on stdout, or its refusal on stderr.
#pragma once

#include "automation/automation_options.hpp"

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

class wxWindow;

namespace counselor::gui {

class MainFrame;

// A batch action could not begin; the message says why.
class BatchError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

class BatchAction {
  public:
    virtual ~BatchAction() = default;
    // Opens and fills in the dialog; returns it for the screenshot.
    // Throws BatchError when it cannot.
    virtual wxWindow* start(MainFrame& frame) = 0;
    // Presses the final button; false when the window refused (said on stderr).
    virtual bool finish(MainFrame& frame) = 0;
};

// The action the command line asks for, or nullptr. `passphrase_file` is the
// window's --passphrase-file (the hand-over leaves with it).
std::unique_ptr<BatchAction> make_batch_action(const AutomationOptions& options,
                                               const std::string& passphrase_file);

// The JSON object in `path`; throws BatchError naming what it is for.
nlohmann::json read_json_object(const std::string& path, const std::string& what);

std::unique_ptr<BatchAction> make_fill_form(const std::string& tool_id, const std::string& answers);
std::unique_ptr<BatchAction> make_hand_over(const AutomationOptions& options,
                                            const std::string& passphrase_file);
std::unique_ptr<BatchAction> make_practice_settings(const std::string& fields);
std::unique_ptr<BatchAction> make_new_client(const std::string& details);
std::unique_ptr<BatchAction> make_assign_homework(const std::string& order);
std::unique_ptr<BatchAction> make_search(const std::string& text);
std::unique_ptr<BatchAction> make_mark_session(const std::string& status);

}  // namespace counselor::gui
