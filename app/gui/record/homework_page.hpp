// The Homework tab: the exercises assigned in this case, where they stand,
// and the handouts: assign, print preview (and print), export to PDF/HTML.
#pragma once

#include "record/record_page.hpp"
#include "shell/app_context.hpp"

#include <counselor/core/documents/export_document.hpp>
#include <counselor/core/records/homework_repository.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

class wxButton;
class wxFrame;

namespace counselor::gui {

class AssignHomeworkDialog;

class HomeworkPage : public RecordPage {
  public:
    HomeworkPage(wxWindow* parent, AppContext& context);
    void show(const RecordView& view) override;

    // The print preview of the selected (or else the first) assignment's
    // handout; nullptr when there is none.
    wxFrame* preview_handout();
    // The Assign dialog for the case shown, not shown yet (nullptr without a
    // case, or when the homework plugin fails: then it says so).
    AssignHomeworkDialog* make_assign_dialog();
    // Lists the case's homework again with this assignment selected.
    void show_assigned(std::int64_t assignment_id);
    // Writes the assignment's handout to `path`, replacing a file there.
    bool export_to(std::int64_t assignment_id, const std::string& path, core::ExportFormat format);

    // What the Assign… button (and menu entry) does.
    void assign();

  private:
    const std::map<std::string, std::string>& exercise_titles();
    std::optional<core::HomeworkAssignment> selected() const;
    void export_handout();
    void set_status(const std::string& status);
    void update_buttons();

    AppContext& context_;
    wxListCtrl* assigned_ = nullptr;
    std::vector<wxButton*> needs_selection_;
    wxButton* assign_ = nullptr;
    std::optional<RecordView> view_;
    std::vector<core::HomeworkAssignment> rows_;  // as listed
    std::map<std::string, std::string> titles_;   // template id -> title, read once
    bool titles_read_ = false;
};

}  // namespace counselor::gui
