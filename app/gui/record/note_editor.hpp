// One session note on the Sessions & notes tab: a draft is an editable form
// from its template, saved as the counselor types (DraftAutosave decides
// when); signing locks it, and a signed note is shown read-only with its
// addenda and an action to add one.
#pragma once

#include "shell/app_context.hpp"

#include <counselor/core/forms/draft_autosave.hpp>
#include <counselor/core/records/note_service.hpp>

#include <wx/panel.h>
#include <wx/timer.h>

#include <cstdint>
#include <functional>
#include <optional>

class wxButton;
class wxStaticText;
class wxTextCtrl;

namespace counselor::gui {

class FormPanel;

class NoteEditor : public wxPanel {
  public:
    NoteEditor(wxWindow* parent, AppContext& context);
    ~NoteEditor() override;

    // Saves the note shown so far, then shows this one; if that save is
    // refused, the note shown stays, with its text and the reason.
    void open(std::int64_t note_id);
    // Saves the note shown so far (saying so in the status bar when that is
    // refused), then shows none.
    void close();
    std::optional<std::int64_t> note_id() const;
    const std::optional<core::NoteHistory>& shown() const { return shown_; }
    bool read_only() const { return shown_ && shown_->note.signed_off(); }

    // Saves what is on screen and not stored yet. False, with the reason
    // beside the note and the text left on screen, when it was refused.
    bool flush();

    // See FormPanel::enter_answer; for batch runs.
    bool enter_answer(const std::string& item_id, const nlohmann::json& value);
    // Signs the draft; with `ask`, after the counselor confirms. False
    // (error_text() says why) when not signed; the draft stays as it is.
    bool sign(bool ask);
    // Adds a signed addendum to a signed note.
    bool add_addendum(const wxString& text);
    wxString error_text() const { return error_text_; }

    // The note was stored in a way the lists show (created, signed, addendum).
    std::function<void()> on_stored;
    // The timer tried a save (`stored`: it succeeded); lets a batch run wait for it.
    std::function<void(bool stored)> on_autosaved;

    core::AutosaveStatus autosave_status() const { return autosave_.status(); }
    // What the fields on screen hold now, stored or not.
    nlohmann::json on_screen() const;

  private:
    void build_buttons(wxSizer* column);
    void drop_form();
    void show_note();
    void show_status();
    void show_error(const wxString& text);
    void on_edit();
    void on_tick();
    bool save();
    void ask_addendum();
    core::NoteService notes();

    AppContext& context_;
    wxStaticText* placeholder_ = nullptr;
    int placeholder_wrap_ = 0;  // the width its lines were wrapped to
    wxPanel* page_ = nullptr;   // everything about the open note
    wxStaticText* title_ = nullptr;
    wxStaticText* status_ = nullptr;
    wxStaticText* subtitle_ = nullptr;
    wxStaticText* instructions_ = nullptr;
    FormPanel* form_ = nullptr;
    wxStaticText* addenda_heading_ = nullptr;
    wxTextCtrl* addenda_ = nullptr;
    wxStaticText* error_ = nullptr;
    wxButton* sign_ = nullptr;
    wxButton* addendum_ = nullptr;
    wxTimer timer_;  // owns its events: Bind on the timer itself
    core::DraftAutosave autosave_;
    std::optional<core::NoteHistory> shown_;
    std::string template_title_;
    wxString error_text_;
    int wrap_dip_ = 460;  // see open()
};

}  // namespace counselor::gui
