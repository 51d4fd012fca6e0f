#include "assessments_page.hpp"

#include "wx_text.hpp"

#include <counselor/core/administration_repository.hpp>

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
    column->Add(make_heading(this, _("Completed by this client")), wxSizerFlags().Border(wxALL, 8));
    completed_ = make_report_list(
        this, {{_("When"), 130}, {_("Tool"), 180}, {_("Summary"), 380}, {_("Flags"), 60}});
    column->Add(completed_, wxSizerFlags(2).Expand().Border(wxLEFT | wxRIGHT, 8));
    column->Add(make_not_done_note(this, _("Not done yet: filling in a form in this window. "
                                           "Record answers with \u201ccounselorctl assess\u201d.")),
                wxSizerFlags().Border(wxALL, 8));
    SetSizer(column);
    list_tools();
}

void AssessmentsPage::list_tools() {
    for (const auto& tool : context_.plugins.tools()) {
        if (tab_for_tool_kind(tool.info.kind) != "assessments") continue;
        append_row(tools_, {ui(tool.info.name), ui(tool.info.kind), ui(tool.info.version),
                            ui(tool.plugin_id)});
    }
    if (tools_->GetItemCount() == 0)
        append_row(tools_,
                   {_("No assessment plugin is loaded (see Plugins \u2192 Manage Plugins)")});
}

void AssessmentsPage::show(const RecordView& view) {
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
