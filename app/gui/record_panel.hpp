// The right pane: the selected client and case, in tabs.
#pragma once

#include "app_context.hpp"
#include "record_page.hpp"

#include <wx/panel.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

class wxNotebook;
class wxStaticText;
class wxFrame;

namespace counselor::gui {

class AssessmentsPage;
class FormDialog;
class OverviewPage;
class HomeworkPage;
class SessionsPage;

class RecordPanel : public wxPanel {
  public:
    RecordPanel(wxWindow* parent, AppContext& context);

    void show(std::int64_t client_id, std::optional<std::int64_t> case_id);
    void reload();
    // overview | assessments | sessions | homework; false for an unknown name.
    bool select_tab(const wxString& name);
    // See AssessmentsPage::make_form_dialog.
    FormDialog* make_form_dialog(const std::string& tool_id);

    SessionsPage* sessions_page() const { return sessions_; }

    // Opens the Homework tab and the print preview of a handout there.
    wxFrame* preview_handout();
    // Opens the Assessments tab and the couple report's print preview there;
    // null with `why` when it cannot be shown.
    wxFrame* preview_couple_report(wxString& why);

    HomeworkPage& homework_page() { return *homework_; }

    std::function<void(std::int64_t client_id)> on_open_client;

  private:
    AppContext& context_;
    wxStaticText* title_ = nullptr;
    wxStaticText* empty_hint_ = nullptr;
    wxNotebook* tabs_ = nullptr;
    OverviewPage* overview_ = nullptr;
    HomeworkPage* homework_ = nullptr;
    AssessmentsPage* assessments_ = nullptr;
    SessionsPage* sessions_ = nullptr;
    std::vector<RecordPage*> pages_;
    std::optional<RecordView> view_;
};

}  // namespace counselor::gui
