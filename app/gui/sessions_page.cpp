#include "sessions_page.hpp"

#include "wx_text.hpp"

#include <counselor/core/note_repository.hpp>
#include <counselor/core/session_repository.hpp>

#include <wx/sizer.h>

namespace counselor::gui {

namespace {

// The note tools come from the plugins by kind, never by name.
wxString note_tools(const core::PluginHost& plugins) {
    wxString names;
    for (const auto& tool : plugins.tools()) {
        if (tool.info.kind != "notes") continue;
        names += (names.empty() ? "" : ", ") + ui(tool.info.name);
    }
    return names.empty() ? _("none loaded") : names;
}

}  // namespace

SessionsPage::SessionsPage(wxWindow* parent, AppContext& context)
    : RecordPage(parent), context_(context) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(make_heading(this, _("Sessions of this case")), wxSizerFlags().Border(wxALL, 8));
    sessions_ = make_report_list(this, {{_("When"), 130},
                                        {_("Minutes"), 70},
                                        {_("Status"), 100},
                                        {_("Attending"), 80},
                                        {_("Notes"), 80}});
    column->Add(sessions_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 8));
    column->Add(make_heading(this, _("Notes")), wxSizerFlags().Border(wxALL, 8));
    notes_ = make_report_list(this, {{_("Session"), 130},
                                     {_("Format"), 90},
                                     {_("Status"), 80},
                                     {_("Signed"), 140},
                                     {_("By"), 120}});
    column->Add(notes_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 8));
    column->Add(make_not_done_note(
                    this, wxString::Format(_("Note formats from: %s. Not done yet: planning "
                                             "sessions and writing notes in this window; use "
                                             "\u201ccounselorctl session\u201d and "
                                             "\u201ccounselorctl note\u201d."),
                                           note_tools(context_.plugins))),
                wxSizerFlags().Border(wxALL, 8));
    SetSizer(column);
}

void SessionsPage::show(const RecordView& view) {
    sessions_->DeleteAllItems();
    notes_->DeleteAllItems();
    if (!view.shown_case) return;
    core::NoteRepository note_store(context_.db);
    for (const auto& session : core::SessionRepository(context_.db).for_case(view.shown_case->id)) {
        auto notes = note_store.for_session(session.id);
        append_row(sessions_,
                   {ui(session.starts_at), wxString::Format("%d", session.duration_minutes),
                    ui(session.status), wxString::Format("%zu", session.attendees.size()),
                    wxString::Format("%zu", notes.size())});
        for (const auto& note : notes) {
            append_row(notes_, {ui(session.starts_at), ui(note.template_id), ui(note.status),
                                ui(note.signed_at.value_or("")), ui(note.signed_by.value_or(""))});
        }
    }
}

}  // namespace counselor::gui
