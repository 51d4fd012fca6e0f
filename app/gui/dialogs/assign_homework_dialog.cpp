#include "dialogs/assign_homework_dialog.hpp"

#include "printing/page_preview.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/platform/errors.hpp>
#include <counselor/core/platform/logging.hpp>

#include <spdlog/spdlog.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace counselor::gui {

namespace {
constexpr int kPreviewDelayMs = 300;
const wxColour kWarning(176, 0, 32);

wxString member_name(const core::CaseMember& member) {
    return ui(member.first_name + " " + member.last_name);
}
}  // namespace

AssignHomeworkDialog::AssignHomeworkDialog(wxWindow* parent, AppContext& context,
                                           const RecordView& view)
    : wxDialog(parent, wxID_ANY, _("Assign Homework"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      context_(context),
      homework_(context.db, context.plugins, context.actor),
      case_(*view.shown_case) {
    exercises_ = homework_.templates();  // a failing plugin throws: the caller reports it

    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(new wxStaticText(this, wxID_ANY, _("&Exercise:")),
              wxSizerFlags().Border(wxBOTTOM, 4));
    list_ = new wxListBox(this, wxID_ANY);
    for (const auto& exercise : exercises_) {
        const bool held = homework_.safety_warning(exercise, case_.id).has_value();
        list_->Append(ui(exercise.info.title) + (held ? _("  (held: safety)") : wxString()));
    }
    left->Add(list_, wxSizerFlags(1).Expand());

    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(8, 6)));
    grid->AddGrowableCol(1);
    recipient_ = new wxChoice(this, wxID_ANY);
    wxString everyone;
    for (const auto& member : case_.members)
        everyone += (everyone.empty() ? "" : _(" and ")) + member_name(member);
    recipient_->Append(case_.members.size() > 1 ? wxString::Format(_("%s (together)"), everyone)
                                                : everyone);
    for (const auto& member : case_.members)
        recipient_->Append(member_name(member));
    recipient_->SetSelection(0);
    due_ = new wxTextCtrl(this, wxID_ANY);
    due_->SetHint(_("YYYY-MM-DD, optional"));
    grid->Add(new wxStaticText(this, wxID_ANY, _("&For:")), wxSizerFlags().CentreVertical());
    grid->Add(recipient_, wxSizerFlags().Expand());
    grid->Add(new wxStaticText(this, wxID_ANY, _("&Due:")), wxSizerFlags().CentreVertical());
    grid->Add(due_, wxSizerFlags().Expand());
    left->Add(grid, wxSizerFlags().Expand().Border(wxTOP, 10));
    left->Add(new wxStaticText(this, wxID_ANY, _("A personal &note printed on the handout:")),
              wxSizerFlags().Border(wxTOP, 10));
    note_ = new wxTextCtrl(this, wxID_ANY, {}, wxDefaultPosition, FromDIP(wxSize(-1, 70)),
                           wxTE_MULTILINE);
    left->Add(note_, wxSizerFlags().Expand().Border(wxTOP, 4));

    safety_ = new wxStaticText(this, wxID_ANY, {});
    safety_->SetForegroundColour(kWarning);
    left->Add(safety_, wxSizerFlags().Expand().Border(wxTOP, 10));
    despite_ = new wxCheckBox(this, wxID_ANY, _("Assign it &despite the safety concern"));
    left->Add(despite_, wxSizerFlags().Border(wxTOP, 4));
    columns->Add(left, wxSizerFlags().Expand().Border(wxALL, 10));

    preview_ = new PagePreview(this);
    preview_->SetMinSize(FromDIP(wxSize(420, 520)));
    columns->Add(preview_, wxSizerFlags(1).Expand().Border(wxTOP | wxRIGHT | wxBOTTOM, 10));

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(columns, wxSizerFlags(1).Expand());
    error_ = new wxStaticText(this, wxID_ANY, {});
    error_->SetForegroundColour(kWarning);
    column->Add(error_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 10));
    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    if (auto* ok = FindWindow(wxID_OK)) ok->SetLabel(_("&Assign"));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 10));
    SetSizerAndFit(column);
    SetSize(FromDIP(wxSize(960, 680)));
    CentreOnParent();

    list_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { on_change(); });
    recipient_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { on_change(); });
    despite_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { on_change(); });
    for (auto* text : {due_, note_})
        text->Bind(wxEVT_TEXT,
                   [this](wxCommandEvent&) { preview_timer_.StartOnce(kPreviewDelayMs); });
    preview_timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { refresh_preview(); });
    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            if (assign()) EndModal(wxID_OK);
        },
        wxID_OK);
    if (!exercises_.empty()) list_->SetSelection(0);
    list_->SetFocus();
    on_change();
}

const core::HomeworkTemplate* AssignHomeworkDialog::chosen() const {
    const int row = list_->GetSelection();
    if (row == wxNOT_FOUND || static_cast<std::size_t>(row) >= exercises_.size()) return nullptr;
    return &exercises_[static_cast<std::size_t>(row)];
}

core::HomeworkOrder AssignHomeworkDialog::order() const {
    core::HomeworkOrder order;
    const int who = recipient_->GetSelection();
    if (who > 0) {
        order.client_id = case_.members[static_cast<std::size_t>(who - 1)].client_id;
    }
    order.case_id = case_.id;
    if (const auto* exercise = chosen()) order.template_id = exercise->info.id;
    const auto due = utf8(due_->GetValue().Strip(wxString::both));
    if (!due.empty()) order.due = due;
    order.counselor_note = utf8(note_->GetValue().Strip(wxString::both));
    order.despite_safety_flag = despite_->GetValue();
    return order;
}

void AssignHomeworkDialog::on_change() {
    const auto* exercise = chosen();
    std::optional<std::string> warning;
    if (exercise) warning = homework_.safety_warning(*exercise, case_.id);
    safety_->SetLabel(warning ? ui(*warning) : wxString());
    safety_->Wrap(FromDIP(320));
    despite_->Show(warning.has_value());
    if (!warning) despite_->SetValue(false);
    if (auto* ok = FindWindow(wxID_OK)) ok->Enable(exercise && (!warning || despite_->GetValue()));
    Layout();
    refresh_preview();
}

void AssignHomeworkDialog::refresh_preview() {
    if (!chosen()) {
        preview_->show_message(_("Choose an exercise to see its handout."));
        return;
    }
    try {
        preview_->show(homework_.preview(order()));
    } catch (const core::UserError& error) {
        preview_->show_message(ui(error.what()));
    }
}

bool AssignHomeworkDialog::assign() {
    try {
        auto assigned = homework_.assign(order());
        assigned_id_ = assigned.id;
        core::log().info("homework {} assigned in case {}", assigned.id, case_.id);
        return true;
    } catch (const core::UserError& error) {
        error_->SetLabel(ui(error.what()));
        Layout();
        return false;
    }
}

wxString AssignHomeworkDialog::error_text() const {
    return error_->GetLabel();
}

int AssignHomeworkDialog::preview_pages() const {
    return preview_->page_count();
}

bool AssignHomeworkDialog::enter(const nlohmann::json& input) {
    // In the order a person goes: the exercise decides what else is offered.
    std::vector<std::pair<std::string, nlohmann::json>> steps;
    for (const char* first : {"exercise", "for"}) {
        if (input.contains(first)) steps.emplace_back(first, input[first]);
    }
    for (const auto& [key, value] : input.items()) {
        if (key != "exercise" && key != "for") steps.emplace_back(key, value);
    }
    for (const auto& [key, value] : steps) {
        if (key == "exercise" && value.is_string()) {
            const auto id = value.get<std::string>();
            auto at = std::find_if(exercises_.begin(), exercises_.end(),
                                   [&](const auto& exercise) { return exercise.info.id == id; });
            if (at == exercises_.end()) return false;
            list_->SetSelection(static_cast<int>(at - exercises_.begin()));
            on_change();  // a programmatic selection sends no event
        } else if (key == "for" && value == "couple") {
            recipient_->SetSelection(0);
            on_change();
        } else if (key == "for" && value.is_number_integer()) {
            const auto& id = value;  // clang 14 cannot capture a structured binding
            auto at = std::find_if(case_.members.begin(), case_.members.end(),
                                   [&](const auto& member) { return member.client_id == id; });
            if (at == case_.members.end()) return false;
            recipient_->SetSelection(static_cast<int>(at - case_.members.begin()) + 1);
            on_change();
        } else if (key == "due" && value.is_string()) {
            due_->SetValue(ui(value.get<std::string>()));
        } else if (key == "note" && value.is_string()) {
            note_->SetValue(ui(value.get<std::string>()));
        } else if (key == "despite_safety" && value.is_boolean()) {
            if (!despite_->IsShown()) return false;  // only offered while a concern is open
            despite_->SetValue(value.get<bool>());
            on_change();
        } else {
            return false;
        }
    }
    refresh_preview();
    return true;
}

}  // namespace counselor::gui
