// Assigning homework: the exercise library beside a live preview of the
// handout as it will print for the chosen spouse or the couple, with the
// due date and personal note typed so far. While a safety concern is open,
// a joint or intimacy exercise says why it is held and needs the
// counselor's explicit tick before it can be assigned.
#pragma once

#include "record/record_page.hpp"
#include "shell/app_context.hpp"

#include <counselor/core/records/homework_service.hpp>

#include <wx/dialog.h>
#include <wx/timer.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxListBox;
class wxStaticText;
class wxTextCtrl;

namespace counselor::gui {

class PagePreview;

class AssignHomeworkDialog : public wxDialog {
  public:
    AssignHomeworkDialog(wxWindow* parent, AppContext& context, const RecordView& view);

    // Stores the assignment; on a refusal says why beside the buttons and returns false.
    bool assign();
    std::optional<std::int64_t> assigned_id() const { return assigned_id_; }
    wxString error_text() const;
    // For tests: {"exercise": id, "for": client id or "couple", "due": "...",
    // "note": "...", "despite_safety": bool}, entered through the controls.
    bool enter(const nlohmann::json& input);
    int preview_pages() const;

  private:
    core::HomeworkOrder order() const;
    const core::HomeworkTemplate* chosen() const;
    void on_change();
    void refresh_preview();

    AppContext& context_;
    core::HomeworkService homework_;
    core::Case case_;
    std::vector<core::HomeworkTemplate> exercises_;
    wxListBox* list_ = nullptr;
    wxChoice* recipient_ = nullptr;  // 0: the couple (whole case); then each member
    wxTextCtrl* due_ = nullptr;
    wxTextCtrl* note_ = nullptr;
    wxStaticText* safety_ = nullptr;
    wxCheckBox* despite_ = nullptr;
    wxStaticText* error_ = nullptr;
    PagePreview* preview_ = nullptr;
    wxTimer preview_timer_;  // typing settles before the handout is drawn again
    std::optional<std::int64_t> assigned_id_;
};

}  // namespace counselor::gui
