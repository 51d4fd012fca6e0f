// The Assessments tab: the assessment and questionnaire tools the loaded
// plugins offer, and what this client has completed. A tool is started
// from here for the client and case shown. Below, a chart of the scores of
// everyone in the case, and for a couple the couple report.
#pragma once

#include "record/record_page.hpp"
#include "shell/app_context.hpp"
#include "widgets/score_chart.hpp"

#include <counselor/core/records/case_repository.hpp>
#include <counselor/core/records/score_history.hpp>
#include <counselor/core/security/hand_over_key.hpp>

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
class HandOverFrame;

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

    // Hand-over mode for `answerer` on the tool's form, not begun yet (a
    // batch run drives it); nullptr when no record is shown.
    HandOverFrame* make_hand_over(const std::string& tool_id, const core::CaseMember& answerer,
                                  core::HandOverKey key);
    HandOverFrame* make_hand_over_to_shown_client(const std::string& tool_id,
                                                  core::HandOverKey key);

  private:
    void list_tools();
    std::optional<std::string> selected_tool();  // reports "Select a tool first" when none
    void start_selected();
    void hand_over_selected();
    std::optional<core::CaseMember> choose_answerer();
    core::CaseMember shown_client_member() const;
    std::optional<core::HandOverKey> choose_key();
    void list_completed(const RecordView& view);
    void chart_scores(const RecordView& view);
    void update_chart();
    bool is_couple() const;
    void open_couple_report(const std::string& tool_id = {});
    void export_couple_report();
    bool confirm_couple_report(std::int64_t case_id);
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
