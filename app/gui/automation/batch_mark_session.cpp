// --mark-session STATUS: marks the selected client's latest session as the
// Sessions tab's Mark as... menu does, and prints the sessions as listed.
#include "automation/batch_action.hpp"
#include "record/sessions_page.hpp"
#include "shell/main_frame.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/platform/errors.hpp>

#include <iostream>

namespace counselor::gui {

namespace {

class MarkSession : public BatchAction {
  public:
    explicit MarkSession(std::string status) : status_(std::move(status)) {}

    wxWindow* start(MainFrame& frame) override {
        frame.select_tab("sessions");
        SessionsPage* page = frame.sessions_page();
        try {
            page->mark_selected(status_);
        } catch (const core::UserError& error) {
            throw BatchError(error.what());
        }
        std::cout << "session marked; sessions: " << utf8(page->sessions_shown()) << std::endl;
        return &frame;
    }

    bool finish(MainFrame&) override { return true; }

  private:
    std::string status_;
};

}  // namespace

std::unique_ptr<BatchAction> make_mark_session(const std::string& status) {
    return std::make_unique<MarkSession>(status);
}

}  // namespace counselor::gui
