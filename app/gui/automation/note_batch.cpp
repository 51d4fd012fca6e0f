#include "automation/note_batch.hpp"

#include "dialogs/new_session_dialog.hpp"
#include "record/note_editor.hpp"
#include "record/sessions_page.hpp"
#include "shell/main_frame.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/platform/errors.hpp>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <utility>

namespace counselor::gui {

namespace {
// Far beyond the autosave delay, and well inside the tests' own time limit.
constexpr int kAutosaveDeadlineMs = 15000;
}  // namespace

NoteBatch::NoteBatch(MainFrame& frame, const AutomationOptions& options,
                     std::function<void(int)> done)
    : frame_(frame), options_(options), done_(std::move(done)) {}

void NoteBatch::fail(const std::string& message) {
    deadline_.Stop();
    std::cerr << "counselor: " << message << '\n';
    if (done_) std::exchange(done_, nullptr)(1);
}

void NoteBatch::start() {
    frame_.select_tab("sessions");
    page_ = frame_.sessions_page();
    if (options_.note.open_note > 0) {
        if (!open_note()) return;
    } else {
        if (!plan_session()) return;
        try {
            note_id_ = page_->start_note(options_.note.template_id);
        } catch (const core::UserError& error) {
            fail(error.what());
            return;
        }
        std::cout << "started note " << note_id_ << std::endl;
    }
    if (options_.answers.empty()) {
        finish_note();  // nothing typed: nothing for the autosave to do
        return;
    }
    page_->editor()->on_autosaved = [this](bool stored) { after_autosave(stored); };
    deadline_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        fail("the draft was not autosaved within " + std::to_string(kAutosaveDeadlineMs / 1000) +
             " seconds");
    });
    deadline_.StartOnce(kAutosaveDeadlineMs);
    enter_answers();  // the autosave timer takes it from here
}

// As a click in the notes list opens it; says what is shown.
bool NoteBatch::open_note() {
    note_id_ = options_.note.open_note;
    if (!page_->show_note(note_id_)) {
        fail("note " + std::to_string(note_id_) + " is not a note of the case shown");
        return false;
    }
    const auto& shown = page_->editor()->shown();
    std::cout << "opened note " << note_id_ << ": " << shown->note.status << ", "
              << shown->addenda.size() << " addenda" << std::endl;
    return true;
}

// Through the New session dialog, as a counselor plans one; otherwise the
// latest session of the case, which the tab selects by itself.
bool NoteBatch::plan_session() {
    if (options_.note.new_session.empty()) return true;
    auto* dialog = page_->make_session_dialog();
    if (!dialog) {
        fail("no case is shown to plan a session for");
        return false;
    }
    dialog->set_batch(true);
    bool planned = dialog->set_start(options_.note.new_session);
    if (!planned) {
        fail("--new-session takes a time like 2026-12-03 14:30, not " + options_.note.new_session);
    } else if (!(planned = dialog->plan())) {
        fail(utf8(dialog->error_text()));
    } else {
        for (const auto& warning : dialog->planned()->warnings)
            std::cout << "warning: " << warning << std::endl;
        std::cout << "planned session " << dialog->planned()->id << std::endl;
        page_->select_session(dialog->planned()->id);
    }
    dialog->Destroy();
    return planned;
}

bool NoteBatch::enter_answers() {
    std::ifstream in(options_.answers);
    const auto answers = nlohmann::json::parse(in, nullptr, false);
    if (!in || answers.is_discarded() || !answers.is_object() || answers.empty()) {
        fail("could not read a JSON object of answers from " + options_.answers);
        return false;
    }
    for (const auto& [item_id, value] : answers.items()) {
        if (!page_->editor()->enter_answer(item_id, value)) {
            fail("the note has no control for the answer " + value.dump() + " to field \"" +
                 item_id + "\"" + (page_->editor()->read_only() ? " (it is signed)" : ""));
            return false;
        }
    }
    return true;
}

void NoteBatch::after_autosave(bool stored) {
    if (!done_) return;
    deadline_.Stop();
    auto* editor = page_->editor();
    editor->on_autosaved = nullptr;
    if (!stored) {
        // What a test reads back: the text is still in the editor.
        std::cout << "editor shows note " << note_id_ << ": " << editor->on_screen().dump()
                  << std::endl;
        fail("note " + std::to_string(note_id_) +
             " draft not saved: " + editor->autosave_status().error +
             "; kept on screen: " + std::to_string(editor->on_screen().size()) + " fields");
        return;
    }
    std::cout << "note " << note_id_ << " draft autosaved" << std::endl;
    if (options_.note.crash_after_autosave) {
        // As if the power failed: no close, no destructor, no last save.
        std::_Exit(0);
    }
    finish_note();
}

void NoteBatch::finish_note() {
    auto* editor = page_->editor();
    int code = 0;
    if (options_.note.sign) {
        if (editor->sign(false)) {
            std::cout << "signed note " << note_id_ << std::endl;
        } else {
            std::cerr << "counselor: " << utf8(editor->error_text()) << '\n';
            code = 1;
        }
    }
    if (code == 0 && !options_.note.addendum.empty()) {
        if (editor->add_addendum(ui(options_.note.addendum))) {
            std::cout << "added an addendum to note " << note_id_ << std::endl;
        } else {
            std::cerr << "counselor: " << utf8(editor->error_text()) << '\n';
            code = 1;
        }
    }
    std::exchange(done_, nullptr)(code);
}

}  // namespace counselor::gui
