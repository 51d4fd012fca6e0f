// --fill-form TOOL --answers FILE: the assessment form, answered item by item.
#include "automation/batch_action.hpp"
#include "dialogs/form_dialog.hpp"
#include "shell/main_frame.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/platform/errors.hpp>

#include <iostream>

namespace counselor::gui {

namespace {

class FillForm : public BatchAction {
  public:
    FillForm(std::string tool_id, std::string answers)
        : tool_id_(std::move(tool_id)), answers_(std::move(answers)) {}

    wxWindow* start(MainFrame& frame) override {
        const auto answers = read_json_object(answers_, "answers");
        frame.select_tab("assessments");
        try {
            form_ = frame.make_form_dialog(tool_id_);
        } catch (const core::UserError& error) {
            throw BatchError(error.what());
        }
        if (!form_) throw BatchError("no client is shown to fill in the form for");
        form_->set_batch(true);
        form_->Show();
        for (const auto& [item_id, value] : answers.items()) {
            if (!form_->enter_answer(item_id, value)) {
                throw BatchError("the form has no control for the answer " + value.dump() +
                                 " to item \"" + item_id + "\"");
            }
        }
        return form_;
    }

    bool finish(MainFrame&) override {
        if (!form_->save()) {
            std::cerr << "counselor: " << utf8(form_->error_text()) << '\n';
            return false;
        }
        std::cout << "saved administration " << form_->recorded()->id << std::endl;
        return true;
    }

  private:
    std::string tool_id_;
    std::string answers_;
    FormDialog* form_ = nullptr;
};

}  // namespace

std::unique_ptr<BatchAction> make_fill_form(const std::string& tool_id,
                                            const std::string& answers) {
    return std::make_unique<FillForm>(tool_id, answers);
}

}  // namespace counselor::gui
