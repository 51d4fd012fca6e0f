// --assign-homework FILE: the Assign Homework dialog, chosen and typed into
// control by control; with "export": PATH the new handout is then exported
// as the Export button does (.html for a web page, else PDF).
#include "automation/batch_action.hpp"
#include "dialogs/assign_homework_dialog.hpp"
#include "record/homework_page.hpp"
#include "shell/main_frame.hpp"
#include "widgets/wx_text.hpp"

#include <iostream>

namespace counselor::gui {

namespace {

class AssignHomework : public BatchAction {
  public:
    explicit AssignHomework(std::string order) : order_(std::move(order)) {}

    wxWindow* start(MainFrame& frame) override {
        input_ = read_json_object(order_, "a homework order");
        frame.select_tab("homework");
        dialog_ = frame.homework_page().make_assign_dialog();
        if (!dialog_) throw BatchError("no case is shown to assign homework in");
        dialog_->Show();
        auto typed = input_;
        typed.erase("export");
        if (!dialog_->enter(typed))
            throw BatchError("the dialog offers no choice for some of " + typed.dump());
        std::cout << "preview pages " << dialog_->preview_pages() << std::endl;
        return dialog_;
    }

    bool finish(MainFrame& frame) override {
        if (!dialog_->assign()) {
            std::cerr << "counselor: " << utf8(dialog_->error_text()) << '\n';
            return false;
        }
        const auto id = *dialog_->assigned_id();
        std::cout << "assigned homework " << id << std::endl;
        auto& page = frame.homework_page();
        page.show_assigned(id);
        if (!input_.contains("export")) return true;
        const auto path = input_["export"].get<std::string>();
        const bool html = path.size() > 5 && path.substr(path.size() - 5) == ".html";
        if (!page.export_to(id, path, html ? core::ExportFormat::html : core::ExportFormat::pdf))
            return false;
        std::cout << "exported " << path << std::endl;
        return true;
    }

  private:
    std::string order_;
    nlohmann::json input_;
    AssignHomeworkDialog* dialog_ = nullptr;
};

}  // namespace

std::unique_ptr<BatchAction> make_assign_homework(const std::string& order) {
    return std::make_unique<AssignHomework>(order);
}

}  // namespace counselor::gui
