#include "homework_page.hpp"

#include "wx_text.hpp"

#include <counselor/core/homework_service.hpp>
#include <counselor/core/logging.hpp>

#include <spdlog/spdlog.h>
#include <wx/sizer.h>

namespace counselor::gui {

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
    column->Add(make_not_done_note(this, _("Not done yet: assigning and printing exercises in this "
                                           "window; use \u201ccounselorctl homework\u201d.")),
                wxSizerFlags().Border(wxALL, 8));
    SetSizer(column);
}

const std::map<std::string, std::string>& HomeworkPage::exercise_titles() {
    if (titles_read_) return titles_;
    titles_read_ = true;
    try {
        core::HomeworkService homework(context_.db, context_.plugins, context_.actor);
        for (const auto& exercise : homework.templates())
            titles_[exercise.info.id] = exercise.info.title;
    } catch (const core::UserError& error) {
        // A failing homework plugin costs the titles, not the tab.
        core::log().warn("homework templates unavailable");
        if (context_.report) context_.report(error.what());
    }
    return titles_;
}

void HomeworkPage::show(const RecordView& view) {
    assigned_->DeleteAllItems();
    if (!view.shown_case) return;
    const auto& titles = exercise_titles();
    core::HomeworkService homework(context_.db, context_.plugins, context_.actor);
    for (const auto& assignment : homework.for_case(view.shown_case->id)) {
        auto title = titles.find(assignment.template_id);
        wxString who = _("the whole case");
        for (const auto& member : view.shown_case->members) {
            if (assignment.client_id && member.client_id == *assignment.client_id)
                who = ui(member.first_name + " " + member.last_name);
        }
        append_row(assigned_, {ui(assignment.assigned_at.substr(0, 10)),
                               ui(title != titles.end() ? title->second : assignment.template_id),
                               who, ui(assignment.status), ui(assignment.due_on.value_or(""))});
    }
}

}  // namespace counselor::gui
