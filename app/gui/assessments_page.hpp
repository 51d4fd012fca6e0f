// The Assessments tab: the assessment and questionnaire tools the loaded
// plugins offer, and what this client has completed. A tool is started
// from here for the client and case shown.
#pragma once

#include "app_context.hpp"
#include "record_page.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace counselor::gui {

class FormDialog;

class AssessmentsPage : public RecordPage {
  public:
    AssessmentsPage(wxWindow* parent, AppContext& context);
    void show(const RecordView& view) override;

    // A form for the tool, for the client and case shown; not shown yet.
    // Null when no client is shown. Throws core::UserError from the plugin.
    FormDialog* make_form_dialog(const std::string& tool_id);
    // After a form was saved: the record changed.
    std::function<void()> on_recorded;

  private:
    void list_tools();
    void start_selected();
    AppContext& context_;
    wxListCtrl* tools_ = nullptr;
    wxListCtrl* completed_ = nullptr;
    std::vector<std::string> tool_ids_;  // by row of tools_
    std::optional<RecordView> view_;
};

// The tab that presents tools of this kind ("assessment", "notes", ...).
wxString tab_for_tool_kind(const std::string& kind);

}  // namespace counselor::gui
