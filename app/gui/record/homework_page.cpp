#include "record/homework_page.hpp"

#include "dialogs/assign_homework_dialog.hpp"
#include "printing/document_export.hpp"
#include "printing/handout_printout.hpp"
#include "printing/print_audit.hpp"
#include "shell/user_action.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/documents/export_document.hpp>
#include <counselor/core/platform/logging.hpp>
#include <counselor/core/records/homework_service.hpp>

#include <spdlog/spdlog.h>
#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>

namespace counselor::gui {

namespace {

// An assignment's status as the counselor reads it, like a session's; the
// stored word otherwise.
wxString status_text(const std::string& status) {
    if (status == "assigned") return _("Assigned");
    if (status == "completed") return _("Completed");
    if (status == "reviewed") return _("Reviewed");
    return ui(status);
}

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
                        status_text(assignment.status), ui(assignment.due_on.value_or(""))});
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

void HomeworkPage::assign() {
    std::unique_ptr<AssignHomeworkDialog> dialog(make_assign_dialog());
    if (dialog && dialog->ShowModal() == wxID_OK && dialog->assigned_id())
        show_assigned(*dialog->assigned_id());
}

AssignHomeworkDialog* HomeworkPage::make_assign_dialog() {
    if (!view_ || !view_->shown_case) return nullptr;
    AssignHomeworkDialog* dialog = nullptr;
    attempt(this, context_, [&] { dialog = new AssignHomeworkDialog(this, context_, *view_); });
    return dialog;
}

void HomeworkPage::show_assigned(std::int64_t assignment_id) {
    show(*view_);
    for (std::size_t row = 0; row < rows_.size(); ++row) {
        if (rows_[row].id != assignment_id) continue;
        const long item = static_cast<long>(row);
        assigned_->SetItemState(item, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        assigned_->EnsureVisible(item);
    }
    update_buttons();
}

wxFrame* HomeworkPage::preview_handout() {
    auto assignment = selected();
    if (!assignment && !rows_.empty()) assignment = rows_.front();
    if (!assignment) return nullptr;
    wxFrame* frame = nullptr;
    attempt(this, context_, [&] {
        auto homework = service(context_);
        const auto id = assignment->id;
        frame = show_print_preview(
            this, homework.render(id), ui(homework.suggested_name(id)),
            [this, id] { audit_print(context_, "homework.print", "homework", id); });
        if (!frame) throw core::UserError("the print preview could not be prepared");
    });
    return frame;
}

void HomeworkPage::export_handout() {
    auto assignment = selected();
    if (!assignment) return;
    auto homework = service(context_);
    auto target = ask_export_target(this, _("Export the handout"),
                                    ui(homework.suggested_name(assignment->id)));
    if (!target) return;
    // The file dialog has already asked before replacing a file.
    export_to(assignment->id, target->path, target->format);
}

bool HomeworkPage::export_to(std::int64_t assignment_id, const std::string& path,
                             core::ExportFormat format) {
    auto homework = service(context_);
    const bool exported = attempt(this, context_, [&] {
        core::export_document(homework.render(assignment_id), format, path, true);
    });
    if (exported && context_.report) context_.report(utf8(_("Handout exported to ")) + path);
    return exported;
}

void HomeworkPage::set_status(const std::string& status) {
    auto assignment = selected();
    if (!assignment || !view_) return;
    if (attempt(this, context_, [&] { service(context_).set_status(assignment->id, status); }))
        show(*view_);
}

}  // namespace counselor::gui
