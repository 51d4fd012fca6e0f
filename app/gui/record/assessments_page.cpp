#include "record/assessments_page.hpp"

#include "dialogs/form_dialog.hpp"
#include "dialogs/hand_over_frame.hpp"
#include "dialogs/safety_hold_confirmation.hpp"
#include "printing/document_export.hpp"
#include "printing/handout_printout.hpp"
#include "printing/print_audit.hpp"
#include "shell/user_action.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/documents/export_document.hpp>
#include <counselor/core/platform/logging.hpp>
#include <counselor/core/records/administration_repository.hpp>
#include <counselor/core/records/couple_report.hpp>
#include <counselor/core/security/encrypted_database.hpp>

#include <spdlog/spdlog.h>
#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/choice.h>
#include <wx/config.h>
#include <wx/frame.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>

namespace counselor::gui {

wxString tab_for_tool_kind(const std::string& kind) {
    if (kind == "notes") return "sessions";
    if (kind == "homework") return "homework";
    return "assessments";  // assessments, questionnaires and the reports built on them
}

namespace {

constexpr const char* kReportKind = "report";
// The chart's view is remembered: a counselor who reads bars gets bars again.
constexpr const char* kChartViewKey = "/Assessments/ChartView";
constexpr const char* kSideBySide = "side-by-side";

wxString full_name(const core::CaseMember& member) {
    return ui(member.first_name + " " + member.last_name);
}

}  // namespace

AssessmentsPage::AssessmentsPage(wxWindow* parent, AppContext& context)
    : RecordPage(parent), context_(context) {
    // Tools and history side by side above, the chart across the full width
    // below: a chart of five scales needs the width more than the lists do.
    auto* tools_column = new wxBoxSizer(wxVERTICAL);
    tools_column->Add(make_heading(this, _("Tools from the loaded plugins")),
                      wxSizerFlags().Border(wxBOTTOM, 6));
    tools_ = make_report_list(
        this, {{_("Tool"), 200}, {_("Kind"), 100}, {_("Version"), 70}, {_("Plugin"), 140}});
    tools_column->Add(tools_, wxSizerFlags(1).Expand());
    auto* start = new wxButton(this, wxID_ANY, _("Start\u2026"));
    start->SetToolTip(_("Fill in the selected tool for this client"));
    auto* hand_over = new wxButton(this, wxID_ANY, _("Let a Spouse &Answer\u2026"));
    hand_over->SetToolTip(
        _("Show only this form, full screen, for one spouse to answer alone; "
          "your passphrase brings the record back"));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(start, wxSizerFlags().Border(wxRIGHT, 6));
    buttons->Add(hand_over);
    tools_column->Add(buttons, wxSizerFlags().Border(wxTOP, 6));
    start->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { start_selected(); });
    hand_over->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { hand_over_selected(); });
    tools_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { start_selected(); });

    auto* completed_column = new wxBoxSizer(wxVERTICAL);
    completed_column->Add(make_heading(this, _("Completed by this client")),
                          wxSizerFlags().Border(wxBOTTOM, 6));
    completed_ = make_report_list(
        this, {{_("When"), 130}, {_("Tool"), 160}, {_("Summary"), 380}, {_("Flags"), 50}});
    completed_column->Add(completed_, wxSizerFlags(1).Expand());

    auto* lists = new wxBoxSizer(wxHORIZONTAL);
    lists->Add(tools_column, wxSizerFlags(2).Expand().Border(wxRIGHT, 12));
    lists->Add(completed_column, wxSizerFlags(3).Expand());

    auto* chart_bar = new wxBoxSizer(wxHORIZONTAL);
    chart_bar->Add(make_heading(this, _("Scores")), wxSizerFlags().CentreVertical());
    chart_bar->AddSpacer(FromDIP(16));
    auto* instrument_label = new wxStaticText(this, wxID_ANY, _("&Instrument:"));
    chart_bar->Add(instrument_label, wxSizerFlags().CentreVertical().Border(wxRIGHT, 4));
    instrument_ = new wxChoice(this, wxID_ANY);
    instrument_->SetMinSize(FromDIP(wxSize(200, -1)));
    chart_bar->Add(instrument_, wxSizerFlags().CentreVertical().Border(wxRIGHT, 12));
    over_time_ = new wxRadioButton(this, wxID_ANY, _("&Over time"), wxDefaultPosition,
                                   wxDefaultSize, wxRB_GROUP);
    side_by_side_ = new wxRadioButton(this, wxID_ANY, _("&Latest, side by side"));
    side_by_side_->SetToolTip(_("Each spouse's latest results as bars, scale by scale"));
    chart_bar->Add(over_time_, wxSizerFlags().CentreVertical().Border(wxRIGHT, 8));
    chart_bar->Add(side_by_side_, wxSizerFlags().CentreVertical());
    chart_bar->AddStretchSpacer();
    report_ = new wxButton(this, wxID_ANY, _("Couple &report\u2026"));
    report_->SetToolTip(_("Both spouses side by side, in print preview (print from there)"));
    export_report_ = new wxButton(this, wxID_ANY, _("E&xport report\u2026"));
    export_report_->SetToolTip(_("Save the couple report as PDF or as a web page"));
    chart_bar->Add(report_, wxSizerFlags().CentreVertical().Border(wxLEFT, 8));
    chart_bar->Add(export_report_, wxSizerFlags().CentreVertical().Border(wxLEFT, 6));

    chart_ = new ScoreChart(this);

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(lists, wxSizerFlags(2).Expand().Border(wxALL, 8));
    column->Add(chart_bar, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 8));
    column->Add(chart_, wxSizerFlags(3).Expand().Border(wxALL, 8));
    SetSizer(column);

    if (wxConfig::Get()->Read(kChartViewKey, wxString()) == kSideBySide)
        side_by_side_->SetValue(true);
    instrument_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { update_chart(); });
    auto choose_view = [this](wxCommandEvent&) {
        wxConfig::Get()->Write(kChartViewKey,
                               side_by_side_->GetValue() ? kSideBySide : "over-time");
        update_chart();
    };
    over_time_->Bind(wxEVT_RADIOBUTTON, choose_view);
    side_by_side_->Bind(wxEVT_RADIOBUTTON, choose_view);
    report_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { open_couple_report(); });
    export_report_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { export_couple_report(); });
    list_tools();
    update_chart();
}

void AssessmentsPage::list_tools() {
    for (const auto& tool : context_.plugins.tools()) {
        if (tab_for_tool_kind(tool.info.kind) != "assessments") continue;
        append_row(tools_, {ui(tool.info.name), ui(tool.info.kind), ui(tool.info.version),
                            ui(tool.plugin_id)});
        tool_ids_.push_back(tool.info.id);
    }
    if (tools_->GetItemCount() == 0)
        append_row(tools_,
                   {_("No assessment plugin is loaded (see Plugins \u2192 Manage Plugins)")});
}

FormDialog* AssessmentsPage::make_form_dialog(const std::string& tool_id) {
    if (!view_) return nullptr;
    std::optional<std::int64_t> case_id;
    if (view_->shown_case) case_id = view_->shown_case->id;
    return new FormDialog(this, context_, {tool_id, view_->client.id, case_id},
                          context_.plugins.form(tool_id));
}

std::optional<std::string> AssessmentsPage::selected_tool() {
    const long row = tools_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || static_cast<std::size_t>(row) >= tool_ids_.size()) {
        context_.report(utf8(_("Select a tool first")));
        return std::nullopt;
    }
    return tool_ids_[static_cast<std::size_t>(row)];
}

HandOverFrame* AssessmentsPage::make_hand_over(const std::string& tool_id,
                                               const core::CaseMember& answerer,
                                               core::HandOverKey key) {
    if (!view_) return nullptr;
    std::optional<std::int64_t> case_id;
    if (view_->shown_case) case_id = view_->shown_case->id;
    auto* frame =
        new HandOverFrame(context_, {tool_id, answerer.client_id, case_id},
                          context_.plugins.form(tool_id), ui(answerer.first_name), std::move(key));
    frame->on_left = [this] {
        if (on_recorded) on_recorded();
    };
    return frame;
}

core::CaseMember AssessmentsPage::shown_client_member() const {
    core::CaseMember self;
    self.client_id = view_->client.id;
    self.first_name = view_->client.first_name;
    self.last_name = view_->client.last_name;
    return self;
}

HandOverFrame* AssessmentsPage::make_hand_over_to_shown_client(const std::string& tool_id,
                                                               core::HandOverKey key) {
    if (!view_) return nullptr;
    return make_hand_over(tool_id, shown_client_member(), std::move(key));
}

// Who answers: the shown client alone, or the spouse the counselor picks.
std::optional<core::CaseMember> AssessmentsPage::choose_answerer() {
    if (!view_->shown_case || view_->shown_case->members.size() < 2) return shown_client_member();
    const auto& members = view_->shown_case->members;
    wxArrayString names;
    for (const auto& member : members)
        names.Add(full_name(member));
    wxSingleChoiceDialog ask(this,
                             _("Who answers, on their own? Until you type your passphrase (or "
                               "PIN) the window shows only this form."),
                             _("Let a Spouse Answer"), names);
    if (ask.ShowModal() != wxID_OK) return std::nullopt;
    return members[static_cast<std::size_t>(ask.GetSelection())];
}

// The key back: the practice's passphrase, or on a plain practice a PIN the
// counselor chooses now (typed twice).
std::optional<core::HandOverKey> AssessmentsPage::choose_key() {
    if (core::is_encrypted(context_.db.path()))
        return core::HandOverKey::passphrase_of(context_.db.path());
    while (true) {
        wxPasswordEntryDialog first(this,
                                    _("This practice has no passphrase. Choose a PIN (4 or more "
                                      "characters): you type it to return to the record."),
                                    _("Let a Spouse Answer"));
        if (first.ShowModal() != wxID_OK) return std::nullopt;
        wxPasswordEntryDialog again(this, _("Type the PIN again."), _("Let a Spouse Answer"));
        if (again.ShowModal() != wxID_OK) return std::nullopt;
        if (first.GetValue() != again.GetValue()) {
            wxMessageBox(_("The two PINs differ. Try again."), _("Let a Spouse Answer"),
                         wxOK | wxICON_WARNING, this);
            continue;
        }
        try {
            return core::HandOverKey::pin(core::Secret(utf8(first.GetValue())));
        } catch (const core::UserError& error) {
            wxMessageBox(ui(error.what()), _("Let a Spouse Answer"), wxOK | wxICON_WARNING, this);
        }
    }
}

void AssessmentsPage::hand_over_selected() {
    const auto tool_id = selected_tool();
    if (!tool_id || !view_) return;
    if (auto tool = context_.plugins.find_tool(*tool_id); tool && tool->info.kind == kReportKind) {
        context_.report(utf8(_("A report has no form to hand over; choose a form")));
        return;
    }
    const auto answerer = choose_answerer();
    if (!answerer) return;
    auto key = choose_key();
    if (!key) return;
    attempt(this, context_, _("Let a Spouse Answer"), [&] {
        if (auto* frame = make_hand_over(*tool_id, *answerer, std::move(*key))) frame->begin();
    });
}

void AssessmentsPage::start_selected() {
    const auto selected = selected_tool();
    if (!selected) return;
    const std::string tool_id = *selected;
    // A report tool has no form: starting it opens the report it writes.
    if (auto tool = context_.plugins.find_tool(tool_id); tool && tool->info.kind == kReportKind) {
        open_couple_report(tool_id);
        return;
    }
    FormDialog* dialog = nullptr;
    try {
        dialog = make_form_dialog(tool_id);
    } catch (const core::UserError& error) {
        context_.report(error.what());
        return;
    }
    if (!dialog) {
        context_.report(utf8(_("Select a client first")));
        return;
    }
    if (dialog->ShowModal() == wxID_OK && dialog->recorded()) {
        // The summary holds scores, not answers: fit for the status bar.
        context_.report(utf8(wxString::Format(_("Recorded %s: %s"), ui(context_.tool_name(tool_id)),
                                              ui(dialog->recorded()->result.summary))));
        if (on_recorded) on_recorded();
    }
    dialog->Destroy();
}

void AssessmentsPage::show(const RecordView& view) {
    view_ = view;
    list_completed(view);
    chart_scores(view);
    report_->Show(is_couple());
    export_report_->Show(is_couple());
    Layout();
}

void AssessmentsPage::list_completed(const RecordView& view) {
    completed_->DeleteAllItems();
    for (const auto& given :
         core::AdministrationRepository(context_.db).for_client(view.client.id)) {
        const auto& result = given.result;
        std::string summary = result.is_object() ? result.value("summary", std::string()) : "";
        std::size_t flags =
            result.is_object() && result.contains("flags") && result["flags"].is_array()
                ? result["flags"].size()
                : 0;
        std::string when = given.administered_at.substr(0, 16);
        if (when.size() > 10) when[10] = ' ';
        append_row(completed_, {ui(when), ui(context_.tool_name(given.tool_id)), ui(summary),
                                wxString::Format("%zu", flags)});
    }
}

// Everyone in the case shown (in member order, so each spouse keeps their
// colour whoever is selected), or the client alone.
void AssessmentsPage::chart_scores(const RecordView& view) {
    std::vector<core::ChartPerson> people;
    std::optional<std::int64_t> case_id;
    if (view.shown_case && !view.shown_case->members.empty()) {
        case_id = view.shown_case->id;
        for (const auto& member : view.shown_case->members)
            people.push_back({member.client_id, utf8(full_name(member))});
    } else {
        people.push_back({view.client.id, view.client.display_name()});
    }
    const std::string chosen =
        instrument_->GetSelection() >= 0 &&
                static_cast<std::size_t>(instrument_->GetSelection()) < history_.instruments.size()
            ? history_.instruments[static_cast<std::size_t>(instrument_->GetSelection())].tool_id
            : std::string();
    history_ = core::score_history(context_.db, std::move(people), case_id,
                                   core::plugin_forms(context_.plugins));
    instrument_->Clear();
    int keep = 0;
    for (std::size_t i = 0; i < history_.instruments.size(); ++i) {
        const auto& tool_id = history_.instruments[i].tool_id;
        instrument_->Append(ui(context_.tool_name(tool_id)));
        if (tool_id == chosen) keep = static_cast<int>(i);
    }
    if (!history_.instruments.empty()) instrument_->SetSelection(keep);
    update_chart();
}

void AssessmentsPage::update_chart() {
    const bool two = history_.people.size() == 2;
    instrument_->Enable(!history_.instruments.empty());
    over_time_->Enable(!history_.instruments.empty());
    side_by_side_->Enable(two && !history_.instruments.empty());

    wxString empty;
    if (!view_) {
        empty = _("Select a client in the list to chart their scores.");
    } else if (two) {
        empty = wxString::Format(
            _("No scored assessment yet for %s or %s. Select a tool above and press "
              "Start\u2026 to fill it in; then select the other spouse in the client list and "
              "do the same. Their scores are charted here."),
            ui(history_.people[0].name), ui(history_.people[1].name));
    } else {
        empty =
            _("No scored assessment yet. Select a tool above and press Start\u2026 to fill "
              "it in; its scores are charted here.");
    }
    std::optional<core::InstrumentHistory> instrument;
    const int chosen = instrument_->GetSelection();
    if (chosen >= 0 && static_cast<std::size_t>(chosen) < history_.instruments.size())
        instrument = history_.instruments[static_cast<std::size_t>(chosen)];
    chart_->show(history_.people, std::move(instrument),
                 // One person has nothing to set beside: over time, whatever was chosen.
                 two && side_by_side_->GetValue() ? ScoreChart::View::side_by_side
                                                  : ScoreChart::View::over_time,
                 empty);
}

bool AssessmentsPage::is_couple() const {
    return view_ && view_->shown_case && view_->shown_case->members.size() == 2;
}

std::string AssessmentsPage::report_tool(const std::string& tool_id) const {
    if (!tool_id.empty()) return tool_id;
    try {
        return core::default_report_tool(context_.plugins);
    } catch (const core::UserError&) {
        throw core::UserError(
            utf8(_("No report plugin is loaded, so there is no couple report to show (see "
                   "Plugins \u2192 Manage Plugins).")));
    }
}

namespace {

// What a couple report of `shown` would lack entirely, or empty when it has
// something to show. Throws core::UserError.
wxString report_gap(AppContext& context, const core::Case& shown) {
    const auto missing = core::members_without_administrations(context.db, shown.id);
    if (missing.size() < 2) return {};
    return wxString::Format(
        _("Neither %s nor %s has completed an assessment yet, so the couple report has nothing "
          "to show. Start the assessments above for each spouse first."),
        full_name(missing[0]), full_name(missing[1]));
}

wxString report_title(const core::Case& shown) {
    if (!shown.title.empty()) return wxString::Format(_("Couple report - %s"), ui(shown.title));
    return wxString::Format(_("Couple report - %s and %s"), full_name(shown.members[0]),
                            full_name(shown.members[1]));
}

}  // namespace

wxFrame* AssessmentsPage::preview_couple_report(wxString& why, const std::string& tool_id) {
    if (!is_couple()) {
        why = _("The couple report needs a case of two spouses: select a couple's case first.");
        return nullptr;
    }
    const core::Case& shown = *view_->shown_case;
    try {
        why = report_gap(context_, shown);
        if (!why.empty()) return nullptr;
        if (!confirm_couple_report(shown.id)) {
            why = _("The couple report was not opened: the case's safety hold is open.");
            return nullptr;
        }
        const auto document = core::couple_report(context_.db, context_.plugins, context_.actor,
                                                  shown.id, report_tool(tool_id), true);
        core::log().info("couple report of case {} previewed", shown.id);
        const auto case_id = shown.id;
        wxFrame* frame = show_print_preview(this, document, report_title(shown), [this, case_id] {
            audit_print(context_, "report.print", "case", case_id);
        });
        if (!frame) why = _("The print preview could not be prepared.");
        return frame;
    } catch (const core::UserError& error) {
        why = ui(error.what());
        return nullptr;
    }
}

// A report for both spouses while the hold is open: the counselor decides.
// A batch run has nobody to ask and goes ahead, as the audit row then says.
bool AssessmentsPage::confirm_couple_report(std::int64_t case_id) {
    const auto warning = core::couple_report_warning(context_.db, case_id);
    if (!warning || context_.batch) return true;
    return confirm_despite_safety_hold(
        this, {*warning},
        {_("Open the couple report anyway? It puts safety first and leaves out private "
           "answers; keep it to yourself until you have seen each spouse alone."),
         _("Open &anyway"), _("&Cancel")});
}

void AssessmentsPage::open_couple_report(const std::string& tool_id) {
    wxString why;
    if (preview_couple_report(why, tool_id)) return;
    context_.report(utf8(why));
    if (!context_.batch) wxMessageBox(why, _("Couple report"), wxOK | wxICON_INFORMATION, this);
}

void AssessmentsPage::export_couple_report() {
    if (!is_couple()) return;
    const core::Case shown = *view_->shown_case;
    std::string tool;
    const bool ready = attempt(this, context_, _("Couple report"), [&] {
        if (auto gap = report_gap(context_, shown); !gap.empty()) throw core::UserError(utf8(gap));
        tool = report_tool({});
    });
    if (!ready || !confirm_couple_report(shown.id)) return;
    auto target = ask_export_target(this, _("Export the couple report"), report_title(shown));
    if (!target) return;
    // Rendered only now, once there is somewhere to put it: each rendering is audited.
    const bool exported = attempt(this, context_, _("Couple report"), [&] {
        core::export_document(
            core::couple_report(context_.db, context_.plugins, context_.actor, shown.id, tool,
                                true),            // confirmed above
            target->format, target->path, true);  // the file dialog asked before replacing
    });
    if (exported && context_.report)
        context_.report(utf8(_("Couple report exported to ")) + target->path);
}

}  // namespace counselor::gui
