// Hand-over mode: the window shows one form, full screen, for one spouse to
// answer alone on the counselor's laptop, with nothing of the record, the
// client list or the other spouse's answers on screen (every other window of
// the program is hidden while it lasts). Save and Cancel are the spouse's;
// every other way out (Escape, closing the window, the window manager's
// keys) asks for the counselor's passphrase or PIN, and so does the way back
// to the record once the spouse is done.
#pragma once

#include "dialogs/form_dialog.hpp"
#include "shell/app_context.hpp"

#include <counselor/core/security/hand_over_key.hpp>
#include <counselor/sdk/form.hpp>

#include <wx/frame.h>

#include <functional>
#include <optional>
#include <vector>

class wxButton;
class wxPanel;
class wxStaticText;

namespace counselor::gui {

class FormPanel;
class PassphraseDialog;

class HandOverFrame : public wxFrame {
  public:
    // `answerer` is the name of the spouse who answers: the only name shown.
    HandOverFrame(AppContext& context, FormTarget target, sdk::FormDefinition form,
                  const wxString& answerer, core::HandOverKey key);
    ~HandOverFrame() override;

    // Hides every other window of the program and fills the screen.
    void begin();

    // The counselor is back (the right passphrase or PIN): the windows
    // hidden by begin() are shown again, then this is called.
    std::function<void()> on_left;

    // Batch runs: the question for the passphrase is shown without a modal
    // loop and handed here, to be answered with PassphraseDialog::submit.
    bool batch = false;
    std::function<void(PassphraseDialog&)> on_asked;

    bool enter_answer(const std::string& item_id, const nlohmann::json& value);
    bool save();    // the spouse's Save
    void cancel();  // the spouse's Cancel
    // Escape, closing the window, or "Return to the record": asks for the
    // counselor's passphrase or PIN; nothing changes without it.
    void ask_to_leave();
    void close_asked_dialog();  // the counselor's Cancel in that question

    bool done() const { return done_; }  // Save or Cancel pressed: the thank-you page
    const std::optional<core::RecordedAdministration>& recorded() const { return recorded_; }
    wxString error_text() const { return error_text_; }

  private:
    wxPanel* build_form_page(const sdk::FormDefinition& form, const wxString& answerer);
    wxPanel* build_thanks_page();
    void update_footer();
    void show_thanks(const wxString& text);
    void leave();
    void audit(const char* action, const std::string& detail);

    AppContext& context_;
    FormTarget target_;
    core::HandOverKey key_;
    wxPanel* form_page_ = nullptr;
    wxPanel* thanks_page_ = nullptr;
    wxStaticText* thanks_text_ = nullptr;
    FormPanel* body_ = nullptr;
    wxStaticText* progress_ = nullptr;
    wxStaticText* error_ = nullptr;
    wxButton* save_ = nullptr;
    wxString error_text_;
    bool done_ = false;
    bool leaving_ = false;
    PassphraseDialog* asking_ = nullptr;
    std::optional<core::RecordedAdministration> recorded_;
    std::vector<wxWindow*> hidden_;  // shown again on leaving
};

// Every text shown on screen by the program's visible windows (titles,
// labels, field values, choices), a line each: what a person in front of the
// screen can read.
wxString visible_text();

}  // namespace counselor::gui
