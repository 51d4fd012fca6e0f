#include "record_panel.hpp"

#include "assessments_page.hpp"
#include "homework_page.hpp"
#include "overview_page.hpp"
#include "sessions_page.hpp"
#include "wx_text.hpp"

#include <counselor/core/record_service.hpp>

#include <wx/notebook.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace counselor::gui {

namespace {
const char* const kTabNames[] = {"overview", "assessments", "sessions", "homework"};
}

RecordPanel::RecordPanel(wxWindow* parent, AppContext& context)
    : wxPanel(parent), context_(context) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    title_ = new wxStaticText(this, wxID_ANY, _("No client selected"));
    title_->SetFont(title_->GetFont().Bold().Scaled(1.4f));
    column->Add(title_, wxSizerFlags().Border(wxALL, 10));

    tabs_ = new wxNotebook(this, wxID_ANY);
    overview_ = new OverviewPage(tabs_, context_);
    overview_->on_open_client = [this](std::int64_t id) {
        if (on_open_client) on_open_client(id);
    };
    homework_ = new HomeworkPage(tabs_, context_);
    assessments_ = new AssessmentsPage(tabs_, context_);
    assessments_->on_recorded = [this] { reload(); };  // the overview shows new flags too
    sessions_ = new SessionsPage(tabs_, context_);
    pages_ = {overview_, assessments_, sessions_, homework_};
    const wxString labels[] = {_("Overview"), _("Assessments"), _("Sessions && notes"),
                               _("Homework")};
    for (std::size_t i = 0; i < pages_.size(); ++i)
        tabs_->AddPage(pages_[i], labels[i]);
    column->Add(tabs_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 6));
    // Until a client is chosen the tabs would be empty frames: say what to do instead.
    empty_hint_ =
        new wxStaticText(this, wxID_ANY,
                         _("Choose a client on the left, or add one with \u201cNew client\u201d or "
                           "\u201cNew couple\u201d (File menu, Ctrl+N)."));
    empty_hint_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    column->Add(empty_hint_, wxSizerFlags().Border(wxLEFT | wxRIGHT, 10));
    tabs_->Hide();
    SetSizer(column);
    tabs_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGING, [this](wxBookCtrlEvent& event) {
        event.Skip();
        const int old = event.GetOldSelection();
        if (old >= 0 && static_cast<std::size_t>(old) < pages_.size())
            pages_[static_cast<std::size_t>(old)]->leave();
    });
}

void RecordPanel::show(std::int64_t client_id, std::optional<std::int64_t> case_id) {
    core::RecordService records(context_.db, context_.actor);
    RecordView view{records.view_client(client_id), std::nullopt};
    if (case_id) view.shown_case = records.view_case(*case_id);
    view_ = std::move(view);
    reload();
}

void RecordPanel::reload() {
    if (!view_) return;
    title_->SetLabel(ui(view_->client.display_name()));
    empty_hint_->Hide();
    tabs_->Show();
    for (auto* page : pages_)
        page->show(*view_);
    Layout();
}

FormDialog* RecordPanel::make_form_dialog(const std::string& tool_id) {
    return assessments_->make_form_dialog(tool_id);
}

bool RecordPanel::select_tab(const wxString& name) {
    for (std::size_t i = 0; i < std::size(kTabNames); ++i) {
        if (name == kTabNames[i]) {
            tabs_->SetSelection(i);
            return true;
        }
    }
    return false;
}

wxFrame* RecordPanel::preview_handout() {
    select_tab("homework");
    return homework_->preview_handout();
}

wxFrame* RecordPanel::preview_couple_report(wxString& why) {
    select_tab("assessments");
    return assessments_->preview_couple_report(why);
}

}  // namespace counselor::gui
