// The Sessions & notes tab: the case's sessions and the notes of the
// selected one on the left, the note being read or written on the right.
#pragma once

#include "record/record_page.hpp"
#include "shell/app_context.hpp"

#include <counselor/core/records/note_repository.hpp>
#include <counselor/core/records/note_service.hpp>
#include <counselor/core/records/session_repository.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

class wxButton;
class wxSplitterWindow;

namespace counselor::gui {

class NewSessionDialog;
class NoteEditor;

class SessionsPage : public RecordPage {
  public:
    SessionsPage(wxWindow* parent, AppContext& context);
    void show(const RecordView& view) override;
    void leave() override;

    // For batch runs and the buttons alike.
    // A dialog to plan a session of the shown case, not shown yet; nullptr
    // when no case is shown.
    NewSessionDialog* make_session_dialog();
    // Lists the sessions again and selects this one.
    void select_session(std::int64_t session_id);
    std::optional<std::int64_t> selected_session() const;
    // Starts a draft in this template for the selected session and opens it.
    // Throws UserError (e.g. no session selected, unknown template).
    std::int64_t start_note(const std::string& template_id);
    void open_note(std::int64_t note_id);
    // Selects the note's session and opens it, as a click in the lists
    // does; false when it is not a note of the case shown.
    bool show_note(std::int64_t note_id);
    NoteEditor* editor() const { return editor_; }
    // The sessions listed and the status each shows: "3 rows: Held, Cancelled, Scheduled".
    wxString sessions_shown() const;
    // What the New session… and New note… buttons (and menu entries) do.
    void on_new_session();
    void on_new_note();
    void on_mark_as();  // the Mark as… menu, under its button
    // Marks the selected session "held", "cancelled", "no_show" (or
    // "no-show") or "scheduled", as the Mark as… menu does. Throws
    // UserError (no session selected, a session still ahead marked held).
    void mark_selected(const std::string& status);
    // Told when a session's status changed, so the other tabs can follow.
    std::function<void()> on_changed;

  private:
    wxWindow* build_lists(wxWindow* parent);
    void list_sessions();
    void list_notes();
    void on_note_selected();
    std::optional<std::int64_t> shown_case() const;
    core::NoteService notes();

    AppContext& context_;
    std::optional<RecordView> view_;
    wxSplitterWindow* split_ = nullptr;
    wxListCtrl* sessions_ = nullptr;
    wxListCtrl* notes_ = nullptr;
    wxButton* new_session_ = nullptr;
    wxButton* mark_as_ = nullptr;
    wxButton* new_note_ = nullptr;
    NoteEditor* editor_ = nullptr;
    std::vector<core::Session> session_rows_;  // as listed
    std::vector<core::Note> note_rows_;        // of the selected session, as listed
};

}  // namespace counselor::gui
