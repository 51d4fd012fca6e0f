// --practice-settings FILE: File > Practice Settings, typed into field by
// field from the JSON object in FILE, then OK.
#include "automation/batch_action.hpp"
#include "dialogs/practice_settings_dialog.hpp"
#include "shell/main_frame.hpp"

#include <iostream>

namespace counselor::gui {

namespace {

class PracticeSettings : public BatchAction {
  public:
    explicit PracticeSettings(std::string fields) : fields_(std::move(fields)) {}

    wxWindow* start(MainFrame& frame) override {
        const auto fields = read_json_object(fields_, "practice settings");
        dialog_ = frame.show_practice_settings(false);
        if (!dialog_->enter(fields))
            throw BatchError("the dialog has no field for some of " + fields.dump());
        return dialog_;
    }

    bool finish(MainFrame&) override {
        if (!dialog_->save()) return false;  // said on stderr
        std::cout << "practice settings saved" << std::endl;
        return true;
    }

  private:
    std::string fields_;
    PracticeSettingsDialog* dialog_ = nullptr;
};

}  // namespace

std::unique_ptr<BatchAction> make_practice_settings(const std::string& fields) {
    return std::make_unique<PracticeSettings>(fields);
}

}  // namespace counselor::gui
