#include "record/record_panel.hpp"

#include "record/assessments_page.hpp"
#include "record/homework_page.hpp"
#include "record/overview_page.hpp"
#include "record/sessions_page.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/records/record_service.hpp>

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
    const wxString labels[] = {_("Overview"), _("Assessments"), _("Sessions && notes"),
                               _("Homework")};
    for (const auto& label : labels) {
        auto* holder = new wxPanel(tabs_);
        holder->SetSizer(new wxBoxSizer(wxVERTICAL));
        holders_.push_back(holder);
        tabs_->AddPage(holder, label);
    }
    pages_.assign(kTabCount, nullptr);
    up_to_date_.assign(kTabCount, false);
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
    make_page(kOverview);  // the tab on screen when the window opens
    tabs_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGING, [this](wxBookCtrlEvent& event) {
        event.Skip();
        const int old = event.GetOldSelection();
        if (old >= 0 && old < static_cast<int>(kTabCount) && pages_[static_cast<std::size_t>(old)])
            pages_[static_cast<std::size_t>(old)]->leave();
    });
    tabs_->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& event) {
        event.Skip();
        const int now = event.GetSelection();
        if (now >= 0 && now < static_cast<int>(kTabCount)) page(static_cast<Tab>(now));
    });
}

RecordPage* RecordPanel::make_page(Tab tab) {
    wxPanel* holder = holders_[tab];
    // GTK sizes a notebook page only once it has been on screen: a page made
    // before that (the tab asked for at start) was laid out in 20x20 pixels,
    // its buttons squeezed below their height (GTK warned "Negative content
    // height"). It gets the size of a page shown before it or, before the
    // window is, the notebook's: a little too tall (the tabs), which squeezes
    // nothing and is put right when the page is shown.
    wxSize size = holder->GetSize();
    for (const wxPanel* other : holders_)
        size.IncTo(other->GetSize());
    if (!IsShownOnScreen()) size.IncTo(tabs_->GetClientSize());
    holder->SetSize(size);
    RecordPage* made = nullptr;
    switch (tab) {
        case kOverview: {
            auto* overview = new OverviewPage(holder, context_);
            overview->on_open_client = [this](std::int64_t id) {
                if (on_open_client) on_open_client(id);
            };
            made = overview;
            break;
        }
        case kAssessments: {
            auto* assessments = new AssessmentsPage(holder, context_);
            // The overview shows new flags too.
            assessments->on_recorded = [this] { reload(); };
            made = assessments;
            break;
        }
        case kSessions: {
            auto* sessions = new SessionsPage(holder, context_);
            // The Overview's timeline says how each session went too.
            sessions->on_changed = [this] { reload(); };
            made = sessions;
            break;
        }
        case kHomework:
        case kTabCount:
            made = new HomeworkPage(holder, context_);
            break;
    }
    holder->GetSizer()->Add(made, wxSizerFlags(1).Expand());
    holder->Layout();
    pages_[tab] = made;
    up_to_date_[tab] = false;
    return made;
}

RecordPage* RecordPanel::page(Tab tab) {
    RecordPage* shown = pages_[tab] ? pages_[tab] : make_page(tab);
    if (view_ && !up_to_date_[tab]) {
        up_to_date_[tab] = true;
        shown->show(*view_);
    }
    return shown;
}

AssessmentsPage* RecordPanel::assessments() {
    return static_cast<AssessmentsPage*>(page(kAssessments));
}

SessionsPage* RecordPanel::sessions_page() {
    return static_cast<SessionsPage*>(page(kSessions));
}

const OverviewPage* RecordPanel::overview() const {
    return static_cast<const OverviewPage*>(pages_[kOverview]);
}

OverviewPage* RecordPanel::overview() {
    return static_cast<OverviewPage*>(pages_[kOverview]);
}

const SessionsPage* RecordPanel::sessions_made() const {
    return static_cast<const SessionsPage*>(pages_[kSessions]);
}

HomeworkPage& RecordPanel::homework_page() {
    return *static_cast<HomeworkPage*>(page(kHomework));
}

void RecordPanel::show(std::int64_t client_id, std::optional<std::int64_t> case_id) {
    auto opened =
        core::RecordService(context_.db, context_.actor).view_client_on_case(client_id, case_id);
    view_ = RecordView{std::move(opened.client), std::move(opened.shown_case)};
    reload();
}

void RecordPanel::reload() {
    if (!view_) return;
    title_->SetLabel(ui(view_->client.display_name()));
    empty_hint_->Hide();
    tabs_->Show();
    up_to_date_.assign(kTabCount, false);
    const int selected = tabs_->GetSelection();
    page(selected > 0 && selected < static_cast<int>(kTabCount) ? static_cast<Tab>(selected)
                                                                : kOverview);
    Layout();
}

FormDialog* RecordPanel::make_form_dialog(const std::string& tool_id) {
    return assessments()->make_form_dialog(tool_id);
}

HandOverFrame* RecordPanel::make_hand_over(const std::string& tool_id, core::HandOverKey key) {
    return assessments()->make_hand_over_to_shown_client(tool_id, std::move(key));
}

bool RecordPanel::select_tab(const wxString& name) {
    for (std::size_t i = 0; i < std::size(kTabNames); ++i) {
        if (name == kTabNames[i]) {
            tabs_->SetSelection(i);
            page(static_cast<Tab>(i));  // in case no page-changed event came
            return true;
        }
    }
    return false;
}

wxFrame* RecordPanel::preview_handout() {
    select_tab("homework");
    return homework_page().preview_handout();
}

wxFrame* RecordPanel::preview_couple_report(wxString& why) {
    select_tab("assessments");
    return assessments()->preview_couple_report(why);
}

}  // namespace counselor::gui
