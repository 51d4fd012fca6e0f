// The Assessments tab: the assessment and questionnaire tools the loaded
// plugins offer, and what this client has completed. A tool is started
// from here for the client and case shown. Below, a chart of the scores of
// everyone in the case, and for a couple the couple report.
#pragma once

#include "app_context.hpp"
#include "record_page.hpp"
#include "score_chart.hpp"

#include <counselor/core/score_history.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class wxButton;
class wxChoice;
class wxFrame;
class wxRadioButton;

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

    // The couple report of the case shown, rendered by `tool_id` (empty: the
    // first report tool loaded), in a print-preview frame. Null when it
    // cannot be shown; `why` then says what is missing, for the counselor.
    wxFrame* preview_couple_report(wxString& why, const std::string& tool_id = {});

  private:
    void list_tools();
    void start_selected();
    void list_completed(const RecordView& view);
    void chart_scores(const RecordView& view);
    void update_chart();
    bool is_couple() const;
    void open_couple_report(const std::string& tool_id = {});
    void export_couple_report();
    // The report tool to use: `tool_id`, or else the first loaded; throws core::UserError.
    std::string report_tool(const std::string& tool_id) const;

    AppContext& context_;
    wxListCtrl* tools_ = nullptr;
    wxListCtrl* completed_ = nullptr;
    wxChoice* instrument_ = nullptr;
    wxRadioButton* over_time_ = nullptr;
    wxRadioButton* side_by_side_ = nullptr;
    wxButton* report_ = nullptr;
    wxButton* export_report_ = nullptr;
    ScoreChart* chart_ = nullptr;
    std::vector<std::string> tool_ids_;  // by row of tools_
    std::optional<RecordView> view_;
    core::ScoreHistory history_;
};

// The tab that presents tools of this kind ("assessment", "notes", ...).
wxString tab_for_tool_kind(const std::string& kind);

}  // namespace counselor::gui
