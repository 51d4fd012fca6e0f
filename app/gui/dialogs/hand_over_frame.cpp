#include "dialogs/hand_over_frame.hpp"

#include "dialogs/passphrase_dialog.hpp"
#include "record/form_panel.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/audit/audit_log.hpp>
#include <counselor/core/platform/errors.hpp>
#include <counselor/core/platform/logging.hpp>

#include <spdlog/spdlog.h>
#include <wx/app.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace counselor::gui {

namespace {

constexpr int kWrapDip = 760;

// Keys that close or leave a window: Escape, Alt+F4, Ctrl+W, Ctrl+Q.
bool is_leaving_key(const wxKeyEvent& key) {
    const int code = key.GetKeyCode();
    if (code == WXK_ESCAPE) return true;
    if (key.AltDown() && code == WXK_F4) return true;
    return key.ControlDown() && (code == 'W' || code == 'Q');
}

void add_text_of(wxWindow* window, wxString& text) {
    if (!window->IsShown()) return;
    wxString said;
    if (auto* field = dynamic_cast<wxTextCtrl*>(window)) {
        said = field->IsSingleLine() && (field->GetWindowStyle() & wxTE_PASSWORD)
                   ? wxString()
                   : field->GetValue();
    } else if (auto* choice = dynamic_cast<wxChoice*>(window)) {
        for (const auto& item : choice->GetStrings())
            said += (said.empty() ? "" : " | ") + item;
    } else {
        said = window->GetLabel();
    }
    if (!said.empty()) text += said + "\n";
    for (auto* child : window->GetChildren())
        add_text_of(child, text);
}

}  // namespace

wxString visible_text() {
    wxString text;
    for (auto* window : wxTopLevelWindows)
        add_text_of(window, text);
    return text;
}

HandOverFrame::HandOverFrame(AppContext& context, FormTarget target, sdk::FormDefinition form,
                             const wxString& answerer, core::HandOverKey key)
    : wxFrame(nullptr, wxID_ANY, ui(form.title), wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE | wxSTAY_ON_TOP),
      context_(context),
      target_(std::move(target)),
      key_(std::move(key)) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    form_page_ = build_form_page(form, answerer);
    thanks_page_ = build_thanks_page();
    thanks_page_->Hide();
    column->Add(form_page_, wxSizerFlags(1).Expand());
    column->Add(thanks_page_, wxSizerFlags(1).Expand());
    SetSizer(column);

    // Keys reach the frame before any control: none of them leaves.
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& pressed) {
        if (is_leaving_key(pressed)) {
            ask_to_leave();
            return;
        }
        pressed.Skip();
    });
    // The close button, Alt+F4 and the window manager's close all arrive here.
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        if (event.CanVeto() && !leaving_) {
            event.Veto();
            ask_to_leave();
            return;
        }
        event.Skip();
    });
    update_footer();
}

HandOverFrame::~HandOverFrame() {
    if (asking_) asking_->Destroy();
}

wxPanel* HandOverFrame::build_form_page(const sdk::FormDefinition& form, const wxString& answerer) {
    auto* page = new wxPanel(this);
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* title =
        make_label(page, wxString::Format(_("%s, these questions are for you"), answerer));
    title->SetFont(title->GetFont().Bold().Scaled(1.4f));
    column->Add(title, wxSizerFlags().Border(wxALL, 16));
    auto* privacy = make_label(
        page, _("Your answers go to your counselor only. When you are done, press Save and hand "
                "the computer back. Cancel leaves without saving anything."));
    privacy->Wrap(page->FromDIP(kWrapDip + 60));
    column->Add(privacy, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, 16));
    if (!form.instructions.empty()) {
        auto* instructions = make_label(page, ui(form.instructions));
        instructions->Wrap(page->FromDIP(kWrapDip + 60));
        column->Add(instructions, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, 16));
    }
    body_ = new FormPanel(page, form, nlohmann::json::object(), kWrapDip);
    body_->on_change = [this] {
        error_text_.clear();
        error_->Hide();
        update_footer();
    };
    column->Add(body_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 16));

    error_ = make_label(page, {}, problem_colour());
    error_->Hide();
    column->Add(error_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 16));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    progress_ = make_label(page, {});
    row->Add(progress_, wxSizerFlags(1).CenterVertical());
    auto* cancel_button = new wxButton(page, wxID_ANY, _("Cancel"));
    save_ = new wxButton(page, wxID_ANY, _("Save"));
    row->Add(cancel_button, wxSizerFlags().Border(wxRIGHT, 8));
    row->Add(save_);
    column->Add(row, wxSizerFlags().Expand().Border(wxALL, 16));
    cancel_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { cancel(); });
    save_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
    page->SetSizer(column);
    return page;
}

wxPanel* HandOverFrame::build_thanks_page() {
    auto* page = new wxPanel(this);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->AddStretchSpacer();
    thanks_text_ = make_label(page, {});
    thanks_text_->SetFont(thanks_text_->GetFont().Scaled(1.3f));
    column->Add(thanks_text_, wxSizerFlags().Centre().Border(wxALL, 24));
    auto* back = new wxButton(page, wxID_ANY, _("Counselor: &Return to the Record..."));
    back->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ask_to_leave(); });
    column->Add(back, wxSizerFlags().Centre());
    column->AddStretchSpacer();
    page->SetSizer(column);
    return page;
}

void HandOverFrame::begin() {
    for (auto* window : wxTopLevelWindows) {
        if (window != this && window->IsShown()) {
            window->Hide();
            hidden_.push_back(window);
        }
    }
    Show();
    ShowFullScreen(true, wxFULLSCREEN_ALL);
    Raise();
    audit("handover.start", "tool=" + target_.tool_id);
    core::log().info("hand-over of {} to client {} began", target_.tool_id, target_.client_id);
}

void HandOverFrame::update_footer() {
    const auto& session = body_->session();
    progress_->SetLabel(
        wxString::Format(_("%d of %d answered"), session.answered_count(), session.asked_count()));
    save_->Enable(session.ready());
}

bool HandOverFrame::enter_answer(const std::string& item_id, const nlohmann::json& value) {
    return body_->enter_answer(item_id, value);
}

bool HandOverFrame::save() {
    const auto& session = body_->session();
    wxString problem;
    if (!session.ready()) {
        body_->set_require_complete(true);
        problem = body_->incomplete_text(_("Not saved:"));
    } else {
        try {
            recorded_ = core::AssessmentService(context_.db, context_.plugins, context_.actor)
                            .record(target_.tool_id, target_.client_id, target_.case_id,
                                    session.submission());
        } catch (const core::UserError& error) {
            problem = ui(error.what());
        }
    }
    if (!problem.empty()) {
        show_error_line(error_, error_text_, problem, kWrapDip + 60);
        return false;
    }
    core::log().info("administration {} recorded in hand-over", recorded_->id);
    show_thanks(
        _("Thank you. Your answers are saved for your counselor.\nPlease hand the "
          "computer back to your counselor now."));
    return true;
}

void HandOverFrame::cancel() {
    if (!batch && body_->session().answered_count() > 0 &&
        wxMessageBox(_("Leave without saving your answers?"), _("Cancel"),
                     wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) != wxYES)
        return;
    show_thanks(_("Nothing was saved.\nPlease hand the computer back to your counselor now."));
}

void HandOverFrame::show_thanks(const wxString& text) {
    done_ = true;
    thanks_text_->SetLabel(text);
    form_page_->Hide();
    thanks_page_->Show();
    Layout();
}

void HandOverFrame::ask_to_leave() {
    if (asking_) return;
    const wxString message =
        key_.is_pin() ? _("Counselor: type the PIN you chose to return to the record.")
                      : _("Counselor: type the practice's passphrase to return to the record.");
    asking_ = new PassphraseDialog(
        this, _("Return to the Record"), message, [this](const core::Secret& typed) -> wxString {
            if (!key_.opens(typed)) {
                audit("handover.leave", "refused");
                return key_.is_pin() ? _("That is not the PIN.") : _("That is not the passphrase.");
            }
            // A modal question ends itself on a right answer; a batch one is ended here.
            if (batch) wxTheApp->CallAfter([this] { leave(); });
            return {};
        });
    if (key_.is_pin()) asking_->set_field_label(_("&PIN:"));
    if (batch) {
        asking_->Show();
        if (on_asked) on_asked(*asking_);
        return;
    }
    const bool right = asking_->ShowModal() == wxID_OK;
    asking_->Destroy();
    asking_ = nullptr;
    if (right) leave();
}

void HandOverFrame::close_asked_dialog() {
    if (!asking_) return;
    asking_->Destroy();
    asking_ = nullptr;
}

void HandOverFrame::leave() {
    close_asked_dialog();
    audit("handover.end", recorded_ ? "administration=" + std::to_string(recorded_->id)
                                    : std::string(done_ ? "cancelled" : "left"));
    leaving_ = true;
    ShowFullScreen(false);
    Hide();
    for (auto* window : hidden_)
        window->Show();
    if (on_left) on_left();
    Destroy();
}

void HandOverFrame::audit(const char* action, const std::string& detail) {
    try {
        core::Transaction transaction(context_.db);
        core::AuditLog(context_.db)
            .append(core::audit_entry(context_.actor, action, "client", target_.client_id, detail));
        transaction.commit();
    } catch (const std::exception& error) {
        core::log().warn("{} could not be written to the audit log: {}", action, error.what());
    }
}

}  // namespace counselor::gui
