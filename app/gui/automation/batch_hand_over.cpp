// --hand-over TOOL [--answers FILE] [--hand-over-pin FILE]: hand-over mode
// tried the way a spouse holding the laptop might try to leave it. After the
// screenshot: what the screen shows (every text of every visible window),
// then Escape, the window's close, and a wrong passphrase, each of which must
// leave the form on screen; then the answers, if given, entered and saved;
// then the counselor's passphrase (or PIN), which brings the record back.
#include "automation/batch_action.hpp"
#include "dialogs/hand_over_frame.hpp"
#include "dialogs/passphrase_dialog.hpp"
#include "shell/main_frame.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/platform/errors.hpp>
#include <counselor/core/security/encrypted_database.hpp>

#include <wx/app.h>

#include <iostream>
#include <utility>

namespace counselor::gui {

namespace {

std::string one_line(wxString text) {
    text.Trim();
    text.Replace("\n", " / ");
    return utf8(text);
}

class HandOver : public BatchAction {
  public:
    HandOver(const AutomationOptions& options, std::string passphrase_file)
        : options_(options), passphrase_file_(std::move(passphrase_file)) {}

    wxWindow* start(MainFrame& frame) override {
        frame.select_tab("assessments");
        try {
            frame_ = frame.make_hand_over(options_.hand_over, key(frame));
        } catch (const core::UserError& error) {
            throw BatchError(error.what());
        }
        if (!frame_) throw BatchError("no client is shown to hand the form to");
        frame_->batch = true;
        frame_->on_asked = [this](PassphraseDialog& dialog) { asked_ = &dialog; };
        frame_->on_left = [&frame] {
            std::cout << "left hand-over; record shown: " << (frame.IsShown() ? "yes" : "no")
                      << std::endl;
        };
        frame_->begin();
        return frame_;
    }

    bool finish(MainFrame& frame) override {
        std::cout << "hand-over screen: " << one_line(visible_text()) << std::endl;
        std::cout << "record shown: " << (frame.IsShown() ? "yes" : "no") << std::endl;
        if (!try_to_leave("Escape", [this] { press_escape(); })) return false;
        if (!try_to_leave("closing the window", [this] { frame_->Close(); })) return false;
        if (!options_.answers.empty() && !answer_and_save()) return false;
        frame_->ask_to_leave();
        if (!asked_) return fail("returning to the record asked for nothing");
        const auto said = asked_->submit(secret());
        if (!said.empty()) return fail("the counselor's passphrase was refused: " + utf8(said));
        wxTheApp->Yield();  // the right answer leaves on the next turn of the event loop
        return true;
    }

  private:
    core::HandOverKey key(MainFrame& frame) const {
        if (core::is_encrypted(frame.database_path()))
            return core::HandOverKey::passphrase_of(frame.database_path());
        if (options_.hand_over_pin.empty())
            throw BatchError("a plain practice's hand-over needs --hand-over-pin FILE");
        return core::HandOverKey::pin(core::read_passphrase_file(options_.hand_over_pin));
    }

    core::Secret secret() const {
        return core::read_passphrase_file(options_.hand_over_pin.empty() ? passphrase_file_
                                                                         : options_.hand_over_pin);
    }

    // The key as a person's press reaches the frame first (its char hook).
    void press_escape() {
        wxKeyEvent escape(wxEVT_CHAR_HOOK);
        escape.m_keyCode = WXK_ESCAPE;
        escape.SetEventObject(frame_);
        frame_->GetEventHandler()->ProcessEvent(escape);
    }

    // `how` must ask for the passphrase and change nothing; a wrong one is
    // refused and the form stays.
    template <class Try>
    bool try_to_leave(const std::string& how, Try&& attempt) {
        asked_ = nullptr;
        attempt();
        const bool shown = frame_->IsShown();
        std::cout << "after " << how << ": hand-over shown: " << (shown ? "yes" : "no")
                  << "; passphrase asked: " << (asked_ ? "yes" : "no") << std::endl;
        if (!shown || !asked_) return fail(how + " left hand-over mode");
        const auto said = asked_->submit(core::Secret("not the passphrase"));
        std::cout << "a wrong passphrase: " << (said.empty() ? "accepted" : utf8(said))
                  << std::endl;
        if (said.empty()) return fail("a wrong passphrase left hand-over mode");
        frame_->close_asked_dialog();
        return true;
    }

    bool answer_and_save() {
        const auto answers = read_json_object(options_.answers, "answers");
        for (const auto& [item_id, value] : answers.items()) {
            if (!frame_->enter_answer(item_id, value))
                return fail("the form has no control for the answer to item \"" + item_id + "\"");
        }
        if (!frame_->save()) return fail(utf8(frame_->error_text()));
        std::cout << "saved administration " << frame_->recorded()->id << std::endl;
        std::cout << "after saving: " << one_line(visible_text()) << std::endl;
        return true;
    }

    static bool fail(const std::string& why) {
        std::cerr << "counselor: " << why << '\n';
        return false;
    }

    const AutomationOptions& options_;
    std::string passphrase_file_;  // the window's --passphrase-file
    HandOverFrame* frame_ = nullptr;
    PassphraseDialog* asked_ = nullptr;
};

}  // namespace

std::unique_ptr<BatchAction> make_hand_over(const AutomationOptions& options,
                                            const std::string& passphrase_file) {
    return std::make_unique<HandOver>(options, passphrase_file);
}

}  // namespace counselor::gui
