#include "homework_page.hpp"

#include "document_export.hpp"
#include "handout_printout.hpp"
#include "user_action.hpp"
#include "wx_text.hpp"

#include <counselor/core/homework_service.hpp>
#include <counselor/core/logging.hpp>

#include <spdlog/spdlog.h>
#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/textdlg.h>

namespace counselor::gui {

namespace {

core::HomeworkService service(AppContext& context) {
    return core::HomeworkService(context.db, context.plugins, context.actor);
}

// The tab's user actions, under the tab's title.
template <class Action>
bool attempt(wxWindow* parent, AppContext& context, Action&& action) {
    return gui::attempt(parent, context, _("Homework"), std::forward<Action>(action));
}

}  // namespace

HomeworkPage::HomeworkPage(wxWindow* parent, AppContext& context)
    : RecordPage(parent), context_(context) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(make_heading(this, _("Homework of this case")), wxSizerFlags().Border(wxALL, 8));
    assigned_ = make_report_list(this, {{_("Assigned"), 100},
                                        {_("Exercise"), 260},
                                        {_("For"), 140},
                                        {_("Status"), 100},
                                        {_("Due"), 100}});
    column->Add(assigned_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 8));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto add = [&](const wxString& label, auto handler, bool per_assignment) {
        auto* button = new wxButton(this, wxID_ANY, label);
        button->Bind(wxEVT_BUTTON, handler);
        buttons->Add(button, wxSizerFlags().Border(wxRIGHT, 6));
        if (per_assignment) needs_selection_.push_back(button);
        return button;
    };
    assign_ = add(
        _("&Assign\u2026"), [this](wxCommandEvent&) { assign(); }, false);
    add(
        _("Print pre&view\u2026"), [this](wxCommandEvent&) { preview_handout(); }, true);
    add(
        _("&Export\u2026"), [this](wxCommandEvent&) { export_handout(); }, true);
    add(
        _("Mark &completed"), [this](wxCommandEvent&) { set_status("completed"); }, true);
    add(
        _("Mark &reviewed"), [this](wxCommandEvent&) { set_status("reviewed"); }, true);
    column->Add(buttons, wxSizerFlags().Border(wxALL, 8));
    assigned_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { update_buttons(); });
    assigned_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { update_buttons(); });
    assigned_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { preview_handout(); });
    SetSizer(column);
    update_buttons();
}

const std::map<std::string, std::string>& HomeworkPage::exercise_titles() {
    if (titles_read_) return titles_;
    titles_read_ = true;
    try {
        for (const auto& exercise : service(context_).templates())
            titles_[exercise.info.id] = exercise.info.title;
    } catch (const core::UserError& error) {
        // A failing homework plugin costs the titles, not the tab.
        core::log().warn("homework templates unavailable");
        if (context_.report) context_.report(error.what());
    }
    return titles_;
}

void HomeworkPage::show(const RecordView& view) {
    view_ = view;
    assigned_->DeleteAllItems();
    rows_.clear();
    if (view.shown_case) {
        const auto& titles = exercise_titles();
        for (const auto& assignment : service(context_).for_case(view.shown_case->id)) {
            auto title = titles.find(assignment.template_id);
            wxString who = _("the whole case");
            for (const auto& member : view.shown_case->members) {
                if (assignment.client_id && member.client_id == *assignment.client_id)
                    who = ui(member.first_name + " " + member.last_name);
            }
            append_row(assigned_,
                       {ui(assignment.assigned_at.substr(0, 10)),
                        ui(title != titles.end() ? title->second : assignment.template_id), who,
                        ui(assignment.status), ui(assignment.due_on.value_or(""))});
            rows_.push_back(assignment);
        }
    }
    update_buttons();
}

std::optional<core::HomeworkAssignment> HomeworkPage::selected() const {
    const long row = assigned_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || static_cast<std::size_t>(row) >= rows_.size()) return std::nullopt;
    return rows_[static_cast<std::size_t>(row)];
}

void HomeworkPage::update_buttons() {
    const bool chosen = selected().has_value();
    for (auto* button : needs_selection_)
        button->Enable(chosen);
    assign_->Enable(view_ && view_->shown_case);
}

// Native dialogs, one question each: which exercise, then (only if a safety
// concern is open and the exercise is joint or intimate) whether to go ahead,
// then the due date and a personal note.
void HomeworkPage::assign() {
    if (!view_ || !view_->shown_case) return;
    const auto case_id = view_->shown_case->id;
    auto homework = service(context_);
    std::vector<core::HomeworkTemplate> exercises;
    if (!attempt(this, context_, [&] { exercises = homework.templates(); })) return;
    wxArrayString titles;
    for (const auto& exercise : exercises) {
        auto warning = homework.safety_warning(exercise, case_id);
        titles.Add(ui(exercise.info.title) + (warning ? _("  (not advised now: safety)") : ""));
    }
    wxSingleChoiceDialog pick(this, _("Which exercise?"), _("Assign homework"), titles);
    if (exercises.empty() || pick.ShowModal() != wxID_OK) return;
    const auto& exercise = exercises[static_cast<std::size_t>(pick.GetSelection())];

    core::HomeworkOrder order;
    order.case_id = case_id;
    order.template_id = exercise.info.id;
    if (auto warning = homework.safety_warning(exercise, case_id)) {
        wxMessageDialog ask(this, ui(*warning) + "\n\n" + _("Assign it anyway?"),
                            _("Safety concern"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
        if (ask.ShowModal() != wxID_YES) return;
        order.despite_safety_flag = true;
    }
    wxTextEntryDialog due(this, _("Due date (YYYY-MM-DD), or leave empty:"), _("Assign homework"));
    if (due.ShowModal() != wxID_OK) return;
    if (!due.GetValue().Trim().IsEmpty()) order.due = utf8(due.GetValue().Trim());
    wxTextEntryDialog note(this, _("A personal note printed on the handout (optional):"),
                           _("Assign homework"), "", wxOK | wxCANCEL | wxTE_MULTILINE);
    if (note.ShowModal() != wxID_OK) return;
    order.counselor_note = utf8(note.GetValue().Trim());
    if (attempt(this, context_, [&] { homework.assign(order); })) show(*view_);
}

wxFrame* HomeworkPage::preview_handout() {
    auto assignment = selected();
    if (!assignment && !rows_.empty()) assignment = rows_.front();
    if (!assignment) return nullptr;
    wxFrame* frame = nullptr;
    attempt(this, context_, [&] {
        auto homework = service(context_);
        frame = show_print_preview(this, homework.render(assignment->id),
                                   ui(homework.suggested_name(assignment->id)));
        if (!frame) throw core::UserError("the print preview could not be prepared");
    });
    return frame;
}

void HomeworkPage::export_handout() {
    auto assignment = selected();
    if (!assignment) return;
    auto homework = service(context_);
    std::optional<std::string> path;
    auto save = [&] {
        path = export_with_dialog(this, _("Export the handout"),
                                  ui(homework.suggested_name(assignment->id)),
                                  [&] { return homework.render(assignment->id); });
    };
    if (attempt(this, context_, save) && path && context_.report)
        context_.report(utf8(_("Handout exported to ")) + *path);
}

void HomeworkPage::set_status(const std::string& status) {
    auto assignment = selected();
    if (!assignment || !view_) return;
    if (attempt(this, context_, [&] { service(context_).set_status(assignment->id, status); }))
        show(*view_);
}

}  // namespace counselor::gui
