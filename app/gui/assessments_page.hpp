// The Assessments tab: the assessment and questionnaire tools the loaded
// plugins offer, and what this client has completed.
#pragma once

#include "app_context.hpp"
#include "record_page.hpp"

namespace counselor::gui {

class AssessmentsPage : public RecordPage {
  public:
    AssessmentsPage(wxWindow* parent, AppContext& context);
    void show(const RecordView& view) override;

  private:
    void list_tools();
    AppContext& context_;
    wxListCtrl* tools_ = nullptr;
    wxListCtrl* completed_ = nullptr;
};

// The tab that presents tools of this kind ("assessment", "notes", ...).
wxString tab_for_tool_kind(const std::string& kind);

}  // namespace counselor::gui
