#include "assessments_page.hpp"

#include "form_dialog.hpp"
#include "wx_text.hpp"

#include <counselor/core/administration_repository.hpp>

#include <wx/button.h>
#include <wx/sizer.h>

namespace counselor::gui {

wxString tab_for_tool_kind(const std::string& kind) {
    if (kind == "notes") return "sessions";
    if (kind == "homework") return "homework";
    return "assessments";  // assessments, questionnaires and the reports built on them
}

AssessmentsPage::AssessmentsPage(wxWindow* parent, AppContext& context)
    : RecordPage(parent), context_(context) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(make_heading(this, _("Tools from the loaded plugins")),
                wxSizerFlags().Border(wxALL, 8));
    tools_ = make_report_list(
        this, {{_("Tool"), 220}, {_("Kind"), 120}, {_("Version"), 80}, {_("Plugin"), 160}});
    column->Add(tools_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 8));
    auto* start = new wxButton(this, wxID_ANY, _("Start\u2026"));
    start->SetToolTip(_("Fill in the selected tool for this client"));
    column->Add(start, wxSizerFlags().Border(wxLEFT | wxTOP, 8));
    start->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { start_selected(); });
    tools_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { start_selected(); });
    column->Add(make_heading(this, _("Completed by this client")), wxSizerFlags().Border(wxALL, 8));
    completed_ = make_report_list(
        this, {{_("When"), 130}, {_("Tool"), 180}, {_("Summary"), 380}, {_("Flags"), 60}});
    column->Add(completed_, wxSizerFlags(2).Expand().Border(wxLEFT | wxRIGHT, 8));
    SetSizer(column);
    list_tools();
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

void AssessmentsPage::start_selected() {
    const long row = tools_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || static_cast<std::size_t>(row) >= tool_ids_.size()) {
        context_.report(utf8(_("Select a tool first")));
        return;
    }
    const std::string tool_id = tool_ids_[static_cast<std::size_t>(row)];
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

}  // namespace counselor::gui
