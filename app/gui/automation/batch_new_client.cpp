// --new-client FILE: the New Client (or, with a "second" spouse, New Couple)
// dialog, typed into field by field.
#include "automation/batch_action.hpp"
#include "dialogs/new_client_dialog.hpp"
#include "shell/main_frame.hpp"
#include "widgets/wx_text.hpp"

#include <iostream>

namespace counselor::gui {

namespace {

class NewClient : public BatchAction {
  public:
    explicit NewClient(std::string details) : details_(std::move(details)) {}

    wxWindow* start(MainFrame& frame) override {
        const auto details = read_json_object(details_, "client details");
        const auto kind = details.contains("second") ? NewClientDialog::Kind::couple
                                                     : NewClientDialog::Kind::individual;
        dialog_ = frame.make_new_client_dialog(kind);
        dialog_->Show();
        if (!dialog_->enter(details))
            throw BatchError("the dialog has no field for some of " + details.dump());
        return dialog_;
    }

    bool finish(MainFrame& frame) override {
        if (!dialog_->save()) {
            std::cerr << "counselor: " << utf8(dialog_->error_text()) << '\n';
            return false;
        }
        frame.show_added(*dialog_);
        std::cout << "added client " << dialog_->client_id();
        if (dialog_->case_id()) std::cout << " case " << *dialog_->case_id();
        std::cout << std::endl;
        return true;
    }

  private:
    std::string details_;
    NewClientDialog* dialog_ = nullptr;
};

}  // namespace

std::unique_ptr<BatchAction> make_new_client(const std::string& details) {
    return std::make_unique<NewClient>(details);
}

}  // namespace counselor::gui
