#include "dialogs/form_dialog.hpp"

#include "record/form_panel.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/platform/errors.hpp>
#include <counselor/core/platform/logging.hpp>

#include <spdlog/spdlog.h>
#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace counselor::gui {

namespace {
constexpr int kWrapDip = 640;
}

FormDialog::FormDialog(wxWindow* parent, AppContext& context, FormTarget target,
                       sdk::FormDefinition form)
    : wxDialog(parent, wxID_ANY, ui(form.title), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      context_(context),
      target_(std::move(target)) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    build_header(column, form);
    body_ = new FormPanel(this, std::move(form), nlohmann::json::object(), kWrapDip);
    body_->on_change = [this] {
        show_error({});
        update_footer();
    };
    column->Add(body_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 10));
    column->Add(build_footer(), wxSizerFlags().Expand().Border(wxALL, 10));
    SetSizer(column);
    SetMinSize(FromDIP(wxSize(480, 360)));
    SetSize(FromDIP(wxSize(760, 680)));
    CentreOnParent();
    update_footer();
}

void FormDialog::build_header(wxSizer* column, const sdk::FormDefinition& form) {
    auto* title = make_label(this, ui(form.title));
    title->SetFont(title->GetFont().Bold().Scaled(1.3f));
    column->Add(title, wxSizerFlags().Border(wxALL, 10));
    if (!form.instructions.empty()) {
        auto* instructions = make_label(this, ui(form.instructions));
        instructions->Wrap(FromDIP(kWrapDip + 60));
        column->Add(instructions, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, 10));
    }
}

wxSizer* FormDialog::build_footer() {
    auto* column = new wxBoxSizer(wxVERTICAL);
    error_ = make_label(this, {}, problem_colour());
    error_->Hide();
    column->Add(error_, wxSizerFlags().Border(wxBOTTOM, 6));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    progress_ = make_label(this, {});
    row->Add(progress_, wxSizerFlags(1).CenterVertical());
    auto* cancel = new wxButton(this, wxID_CANCEL, _("Cancel"));
    save_ = new wxButton(this, wxID_SAVE, _("Save"));
    row->Add(cancel, wxSizerFlags().Border(wxRIGHT, 6));
    row->Add(save_);
    column->Add(row, wxSizerFlags().Expand());

    // No default button: Enter in a field must not save or close half a form.
    SetAffirmativeId(wxID_NONE);
    save_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (save() && IsModal()) EndModal(wxID_OK);
    });
    // Esc arrives here as the cancel button.
    cancel->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_cancel(); });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { on_cancel(); });
    return column;
}

void FormDialog::update_footer() {
    const auto& session = body_->session();
    progress_->SetLabel(
        wxString::Format(_("%d of %d answered"), session.answered_count(), session.asked_count()));
    save_->Enable(session.ready());
}

bool FormDialog::enter_answer(const std::string& item_id, const nlohmann::json& value) {
    return body_->enter_answer(item_id, value);
}

void show_error_line(wxStaticText* line, wxString& last, const wxString& text, int wrap_dip) {
    if (last == text) return;
    last = text;
    line->SetLabel(text);
    line->Wrap(line->FromDIP(wrap_dip));
    line->Show(!text.empty());
    line->GetParent()->Layout();
}

void FormDialog::show_error(const wxString& text) {
    show_error_line(error_, error_text_, text, kWrapDip + 60);
}

bool FormDialog::save() {
    const auto& session = body_->session();
    if (!session.ready()) {
        // What stops saving, beside each item and by the question a person reads.
        body_->set_require_complete(true);
        show_error(body_->incomplete_text(_("Not saved:")));
        return false;
    }
    try {
        recorded_ =
            core::AssessmentService(context_.db, context_.plugins, context_.actor)
                .record(target_.tool_id, target_.client_id, target_.case_id, session.submission());
    } catch (const core::UserError& error) {
        show_error(ui(error.what()));  // the answers stay on screen to be corrected
        return false;
    }
    // Ids only: answers never go to the log.
    core::log().info("administration {} recorded for client {}", recorded_->id, target_.client_id);
    return true;
}

void FormDialog::on_cancel() {
    const bool answered = body_->session().answered_count() > 0;
    if (answered && !batch_ &&
        wxMessageBox(_("Discard the answers entered so far?"), _("Cancel the form"),
                     wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) != wxYES)
        return;
    if (IsModal())
        EndModal(wxID_CANCEL);
    else
        Destroy();
}

}  // namespace counselor::gui
