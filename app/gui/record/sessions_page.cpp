#include "record/sessions_page.hpp"

#include "dialogs/new_session_dialog.hpp"
#include "record/note_editor.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/platform/errors.hpp>
#include <counselor/core/records/note_service.hpp>
#include <counselor/core/records/session_service.hpp>

#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/persist/splitter.h>
#include <wx/sizer.h>
#include <wx/splitter.h>

#include <map>

namespace counselor::gui {

namespace {

long selected_row(wxListCtrl* list) {
    return list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
}

void select_row(wxListCtrl* list, long row) {
    list->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                       wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    list->EnsureVisible(row);
}

// The statuses a session can be marked with, in the order the menu offers them.
const char* const kStatuses[] = {"held", "cancelled", "no_show", "scheduled"};

// A session's status as the counselor says it; the stored word otherwise.
wxString status_text(const std::string& status) {
    if (status == "scheduled") return _("Scheduled");
    if (status == "held") return _("Held");
    if (status == "cancelled") return _("Cancelled");
    if (status == "no_show") return _("No-show");
    return ui(status);
}

// A heading with its actions beside it.
wxSizer* heading_row(wxWindow* parent, const wxString& text,
                     std::initializer_list<wxButton*> actions) {
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(make_heading(parent, text), wxSizerFlags(1).CenterVertical());
    for (auto* action : actions)
        row->Add(action, wxSizerFlags().Border(wxLEFT, 6));
    return row;
}

}  // namespace

SessionsPage::SessionsPage(wxWindow* parent, AppContext& context)
    : RecordPage(parent), context_(context) {
    split_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                  wxSP_LIVE_UPDATE | wxSP_3DSASH);
    split_->SetMinimumPaneSize(FromDIP(240));
    editor_ = new NoteEditor(split_, context_);
    // Room for the sessions' five columns; the note takes the rest.
    split_->SplitVertically(build_lists(split_), editor_, FromDIP(430));
    split_->SetSashGravity(0.0);  // a wider window gives its room to the note
    // Remembered between runs under this name, like the main window's layout.
    wxPersistentRegisterAndRestore(split_, "sessions-notes");
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(split_, wxSizerFlags(1).Expand());
    SetSizer(column);

    editor_->on_stored = [this] {
        const auto open = editor_->note_id();
        list_sessions();  // the note counts and statuses changed
        if (open) {
            for (std::size_t i = 0; i < note_rows_.size(); ++i) {
                if (note_rows_[i].id == *open) select_row(notes_, static_cast<long>(i));
            }
        }
    };
    // Closing the window saves the draft; if that fails the counselor decides.
    wxGetTopLevelParent(parent)->Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        if (!editor_->flush() && event.CanVeto() &&
            wxMessageBox(wxString::Format(_("The note could not be saved: %s\n\nClose anyway and "
                                            "lose the changes since the last save?"),
                                          editor_->error_text()),
                         _("Note not saved"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING,
                         this) != wxYES) {
            event.Veto();
            return;
        }
        event.Skip();
    });
}

wxWindow* SessionsPage::build_lists(wxWindow* parent) {
    auto* panel = new wxPanel(parent);
    auto* column = new wxBoxSizer(wxVERTICAL);
    new_session_ = new wxButton(panel, wxID_ANY, _("New &session\u2026"));
    // How a session went is said afterwards: held, cancelled, or missed.
    mark_as_ = new wxButton(panel, wxID_ANY, _("Mark &as\u2026"));
    column->Add(heading_row(panel, _("Sessions of this case"), {mark_as_, new_session_}),
                wxSizerFlags().Expand().Border(wxALL, 8));
    sessions_ = make_report_list(panel, {{_("When"), 125},
                                         {_("Status"), 80},
                                         {_("Minutes"), 60},
                                         {_("Attending"), 70},
                                         {_("Notes"), 50}});
    column->Add(sessions_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 8));
    new_note_ = new wxButton(panel, wxID_ANY, _("New &note\u2026"));
    column->Add(heading_row(panel, _("Notes of the selected session"), {new_note_}),
                wxSizerFlags().Expand().Border(wxALL, 8));
    notes_ = make_report_list(panel, {{_("Format"), 110}, {_("Status"), 70}, {_("Signed"), 130}});
    column->Add(notes_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 8));
    panel->SetSizer(column);

    new_session_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_new_session(); });
    new_note_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_new_note(); });
    mark_as_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_mark_as(); });
    sessions_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { list_notes(); });
    notes_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { on_note_selected(); });
    return panel;
}

core::NoteService SessionsPage::notes() {
    return core::NoteService(context_.db, context_.plugins, context_.actor);
}

std::optional<std::int64_t> SessionsPage::shown_case() const {
    if (!view_ || !view_->shown_case) return std::nullopt;
    return view_->shown_case->id;
}

void SessionsPage::show(const RecordView& view) {
    const auto before = shown_case();
    view_ = view;
    // Another case: its notes are not this one's. The same case shown
    // again (a refresh): the note being written stays open.
    if (before != shown_case()) editor_->close();
    new_session_->Enable(shown_case().has_value());
    list_sessions();
}

wxString SessionsPage::sessions_shown() const {
    const int rows = sessions_->GetItemCount();
    wxString text = wxString::Format(rows == 1 ? "%d row" : "%d rows", rows);
    for (int row = 0; row < rows; ++row)
        text += (row == 0 ? ": " : ", ") + sessions_->GetItemText(row, 1);
    return text;
}

void SessionsPage::leave() {
    editor_->flush();
}

void SessionsPage::list_sessions() {
    const auto keep = selected_session();
    sessions_->DeleteAllItems();
    session_rows_.clear();
    if (const auto case_id = shown_case()) {
        core::NoteRepository note_store(context_.db);
        session_rows_ = core::SessionRepository(context_.db).for_case(*case_id);
        for (const auto& session : session_rows_) {
            append_row(sessions_,
                       {ui(session.starts_at), status_text(session.status),
                        wxString::Format("%d", session.duration_minutes),
                        wxString::Format("%zu", session.attendees.size()),
                        wxString::Format("%zu", note_store.for_session(session.id).size())});
        }
    }
    // The session selected before, or the latest: the one a note is usually for.
    long row = static_cast<long>(session_rows_.size()) - 1;
    for (std::size_t i = 0; keep && i < session_rows_.size(); ++i) {
        if (session_rows_[i].id == *keep) row = static_cast<long>(i);
    }
    if (row >= 0) {
        select_row(sessions_, row);
        // A list made a moment ago has no height yet to scroll by: once laid
        // out, bring the selected session into view (Mark as… acts on it).
        CallAfter([this, row] {
            if (row < sessions_->GetItemCount()) sessions_->EnsureVisible(row);
        });
    }
    mark_as_->Enable(row >= 0);
    list_notes();
}

std::optional<std::int64_t> SessionsPage::selected_session() const {
    const long row = selected_row(sessions_);
    if (row < 0 || static_cast<std::size_t>(row) >= session_rows_.size()) return std::nullopt;
    return session_rows_[static_cast<std::size_t>(row)].id;
}

void SessionsPage::select_session(std::int64_t session_id) {
    list_sessions();
    for (std::size_t i = 0; i < session_rows_.size(); ++i) {
        if (session_rows_[i].id == session_id) select_row(sessions_, static_cast<long>(i));
    }
}

void SessionsPage::list_notes() {
    notes_->DeleteAllItems();
    note_rows_.clear();
    const auto session = selected_session();
    new_note_->Enable(session.has_value());
    if (!session) {
        editor_->close();
        return;
    }
    note_rows_ = core::NoteRepository(context_.db).for_session(*session);
    std::map<std::string, std::string> titles;  // template id -> title
    for (const auto& format : notes().templates())
        titles[format.info.id] = format.info.title;
    const auto open = editor_->note_id();
    bool open_listed = false;
    for (std::size_t i = 0; i < note_rows_.size(); ++i) {
        const auto& note = note_rows_[i];
        const auto title = titles.find(note.template_id);
        append_row(notes_, {ui(title == titles.end() ? note.template_id : title->second),
                            note.signed_off() ? _("Signed") : _("Draft"),
                            local_time_text(note.signed_at.value_or(""))});
        if (open && note.id == *open) {
            open_listed = true;
            notes_->SetItemState(static_cast<long>(i), wxLIST_STATE_SELECTED,
                                 wxLIST_STATE_SELECTED);
        }
    }
    // Another session chosen: the note beside the list should be one of its own.
    if (open && !open_listed) editor_->close();
}

void SessionsPage::on_note_selected() {
    const long row = selected_row(notes_);
    if (row < 0 || static_cast<std::size_t>(row) >= note_rows_.size()) return;
    const auto id = note_rows_[static_cast<std::size_t>(row)].id;
    if (editor_->note_id() == id) return;
    open_note(id);
}

void SessionsPage::open_note(std::int64_t note_id) {
    try {
        editor_->open(note_id);
    } catch (const core::UserError& error) {
        context_.report(error.what());  // e.g. its format's plugin is not loaded
    }
}

bool SessionsPage::show_note(std::int64_t note_id) {
    const auto note = core::NoteRepository(context_.db).find(note_id);
    if (!note || note->case_id != shown_case() || !note->session_id) return false;
    select_session(*note->session_id);
    for (std::size_t i = 0; i < note_rows_.size(); ++i) {
        if (note_rows_[i].id == note_id) select_row(notes_, static_cast<long>(i));
    }
    if (editor_->note_id() != note_id) open_note(note_id);  // when selecting sent no event
    return editor_->note_id() == note_id;
}

NewSessionDialog* SessionsPage::make_session_dialog() {
    if (!view_ || !view_->shown_case) return nullptr;
    return new NewSessionDialog(this, context_, *view_->shown_case);
}

void SessionsPage::on_new_session() {
    auto* dialog = make_session_dialog();
    if (!dialog) return;
    if (dialog->ShowModal() == wxID_OK && dialog->planned()) {
        editor_->close();  // a new session's note starts empty
        select_session(dialog->planned()->id);
        context_.report(utf8(_("Session planned")));
    }
    dialog->Destroy();
}

void SessionsPage::mark_selected(const std::string& status) {
    const auto session = selected_session();
    if (!session) throw core::UserError(utf8(_("Select a session first")));
    core::SessionService(context_.db, context_.actor).set_status(*session, status);
    list_sessions();  // keeps the session selected
    context_.report(utf8(
        wxString::Format(_("Session marked as %s"), status_text(*core::session_status(status)))));
    if (on_changed) on_changed();
}

// A menu under the button: the four statuses, the session's own ticked.
void SessionsPage::on_mark_as() {
    const long row = selected_row(sessions_);
    if (row < 0 || static_cast<std::size_t>(row) >= session_rows_.size()) return;
    const std::string current = session_rows_[static_cast<std::size_t>(row)].status;
    wxMenu menu;
    for (std::size_t i = 0; i < std::size(kStatuses); ++i) {
        auto* item =
            menu.AppendCheckItem(wxID_HIGHEST + 1 + static_cast<int>(i), status_text(kStatuses[i]));
        item->Check(current == kStatuses[i]);
    }
    const int chosen =
        GetPopupMenuSelectionFromUser(menu, ScreenToClient(mark_as_->GetScreenPosition()) +
                                                wxPoint(0, mark_as_->GetSize().GetHeight()));
    const int index = chosen - wxID_HIGHEST - 1;
    if (index < 0 || index >= static_cast<int>(std::size(kStatuses))) return;
    try {
        mark_selected(kStatuses[index]);
    } catch (const core::UserError& error) {
        wxMessageBox(ui(error.what()), _("Session not changed"), wxOK | wxICON_WARNING, this);
    }
}

std::int64_t SessionsPage::start_note(const std::string& template_id) {
    const auto session = selected_session();
    if (!session) throw core::UserError(utf8(_("Select a session first")));
    const auto id = notes().add(*session, template_id, nlohmann::json::object());
    editor_->close();
    list_notes();
    open_note(id);
    editor_->on_stored();  // the session's note count
    return id;
}

// The formats come from the loaded notes plugins; none is named here.
void SessionsPage::on_new_note() {
    std::vector<core::NoteTemplate> formats;
    try {
        formats = notes().templates();
    } catch (const core::UserError& error) {
        context_.report(error.what());
        return;
    }
    if (formats.empty()) {
        wxMessageBox(_("No note formats: no notes plugin is loaded (see Plugins \u2192 Manage "
                       "Plugins)."),
                     _("New note"), wxOK | wxICON_INFORMATION, this);
        return;
    }
    wxArrayString choices;
    for (const auto& format : formats)
        choices.Add(ui(format.info.title) + " \u2014 " + ui(format.info.description));
    wxSingleChoiceDialog pick(this, _("Which format should the note follow?"), _("New note"),
                              choices);
    if (pick.ShowModal() != wxID_OK) return;
    try {
        start_note(formats[static_cast<std::size_t>(pick.GetSelection())].info.id);
    } catch (const core::UserError& error) {
        context_.report(error.what());
    }
}

}  // namespace counselor::gui
