#include "record/note_editor.hpp"

#include "dialogs/form_dialog.hpp"
#include "record/form_panel.hpp"
#include "record/record_page.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/forms/answer_validator.hpp>
#include <counselor/core/platform/errors.hpp>
#include <counselor/core/platform/logging.hpp>

#include <spdlog/spdlog.h>
#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

#include <algorithm>
#include <chrono>

namespace counselor::gui {

namespace {

// Question text is wrapped to the editor's width when a note opens, within
// these bounds: narrow enough to read, wide enough not to waste a large screen.
constexpr int kWrapDip = 460;  // before the editor has a size
constexpr int kNarrowestWrapDip = 320;
constexpr int kWidestWrapDip = 760;
// How often the timer asks whether a save is due; the delay itself is
// DraftAutosave's.
constexpr int kTickMs = 500;

}  // namespace

NoteEditor::NoteEditor(wxWindow* parent, AppContext& context) : wxPanel(parent), context_(context) {
    auto* outer = new wxBoxSizer(wxVERTICAL);
    const wxString hint =
        _("Select a note to read it, or select a session and choose "
          "\u201cNew note\u2026\u201d to write one.");
    placeholder_ = make_label(this, hint, grey_colour());
    outer->Add(placeholder_, wxSizerFlags().Border(wxALL, 12));
    // The hint's lines run as wide as the pane, wherever its sash is.
    Bind(wxEVT_SIZE, [this, hint](wxSizeEvent& event) {
        event.Skip();
        const int width = event.GetSize().GetWidth() - FromDIP(24);
        if (width <= 0 || width == placeholder_wrap_) return;
        placeholder_wrap_ = width;
        placeholder_->SetLabel(hint);
        placeholder_->Wrap(width);
    });

    page_ = new wxPanel(this);
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* header = new wxBoxSizer(wxHORIZONTAL);
    title_ = make_label(page_, {});
    title_->SetFont(title_->GetFont().Bold().Scaled(1.2f));
    header->Add(title_, wxSizerFlags(1).CenterVertical());
    status_ = make_label(page_, {}, grey_colour());
    header->Add(status_, wxSizerFlags().CenterVertical().Border(wxLEFT, 10));
    column->Add(header, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 8));
    subtitle_ = make_label(page_, {});
    column->Add(subtitle_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 8));
    instructions_ = make_label(page_, {}, grey_colour());
    column->Add(instructions_, wxSizerFlags().Border(wxALL, 8));
    // The form goes here, at index 3, once a note is open.
    addenda_heading_ = make_bold_label(page_, _("Addenda"));
    column->Add(addenda_heading_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 8));
    addenda_ = new wxTextCtrl(page_, wxID_ANY, {}, wxDefaultPosition, FromDIP(wxSize(-1, 90)),
                              wxTE_MULTILINE | wxTE_READONLY);
    addenda_->SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_FRAMEBK));
    column->Add(addenda_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 8));
    error_ = make_label(page_, {}, problem_colour());
    error_->Hide();
    column->Add(error_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 8));
    build_buttons(column);
    page_->SetSizer(column);
    page_->Hide();
    outer->Add(page_, wxSizerFlags(1).Expand());
    SetSizer(outer);

    timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { on_tick(); });
}

NoteEditor::~NoteEditor() {
    // Closing the window or the tab saves the draft: the last chance to.
    timer_.Stop();
    flush();
    // Before this object's members go: a control losing focus as the
    // children are destroyed must not reach them.
    drop_form();
}

void NoteEditor::build_buttons(wxSizer* column) {
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->AddStretchSpacer();
    sign_ = new wxButton(page_, wxID_ANY, _("&Sign\u2026"));
    sign_->SetToolTip(_("Sign the note; afterwards it can only be corrected by addenda"));
    addendum_ = new wxButton(page_, wxID_ANY, _("Add a&ddendum\u2026"));
    row->Add(sign_);
    row->Add(addendum_);
    column->Add(row, wxSizerFlags().Expand().Border(wxALL, 8));
    sign_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { sign(true); });
    addendum_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { ask_addendum(); });
}

core::NoteService NoteEditor::notes() {
    return core::NoteService(context_.db, context_.plugins, context_.actor);
}

std::optional<std::int64_t> NoteEditor::note_id() const {
    if (!shown_) return std::nullopt;
    return shown_->note.id;
}

void NoteEditor::open(std::int64_t note_id) {
    if (!flush()) {
        // Switching now would throw away what could not be stored.
        show_error(wxString::Format(_("This note could not be saved (%s), so it stays open. "
                                      "Try again, or copy your text elsewhere."),
                                    ui(autosave_.status().error)));
        return;
    }
    auto service = notes();
    auto history = service.view(note_id);
    auto format = service.find_template(history.note.template_id);
    shown_ = std::move(history);
    template_title_ = format.info.title;

    drop_form();
    // GTK measures bold headings wrongly inside a hidden parent: show first.
    placeholder_->Hide();
    page_->Show();
    Layout();
    wrap_dip_ = kWrapDip;
    if (const int width = ToDIP(GetClientSize().GetWidth()); width > kNarrowestWrapDip)
        wrap_dip_ = std::clamp(width - 80, kNarrowestWrapDip, kWidestWrapDip);
    instructions_->SetLabel(ui(format.form.instructions));
    instructions_->Wrap(FromDIP(wrap_dip_ + 40));
    form_ = new FormPanel(page_, std::move(format.form), shown_->note.fields, wrap_dip_);
    page_->GetSizer()->Insert(3, form_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 8));
    form_->on_change = [this] { on_edit(); };
    form_->on_leave = [this] {
        if (autosave_.due_on_leave()) save();
    };
    autosave_.start(form_->session().draft());
    show_error({});
    show_note();
    core::log().info("note {} opened", note_id);
}

void NoteEditor::close() {
    if (shown_ && !flush())
        context_.report(utf8(wxString::Format(
            _("Note %lld: the last changes could not be saved (%s)"),
            static_cast<long long>(shown_->note.id), ui(autosave_.status().error))));
    timer_.Stop();
    shown_.reset();
    drop_form();
    page_->Hide();
    placeholder_->Show();
    Layout();
}

// Callers flush first: a form on its way out must not save any more.
void NoteEditor::drop_form() {
    if (!form_) return;
    form_->on_change = nullptr;
    form_->on_leave = nullptr;
    form_->Destroy();
    form_ = nullptr;
}

// Everything that depends on whether the note is a draft or signed.
void NoteEditor::show_note() {
    const auto& note = shown_->note;
    const bool signed_off = note.signed_off();
    title_->SetLabel(ui(template_title_));
    wxString subtitle =
        wxString::Format(_("Session of %s, %d minutes"), ui(shown_->session.starts_at),
                         shown_->session.duration_minutes);
    if (signed_off)
        subtitle +=
            " \u00b7 " + wxString::Format(_("Signed by %s on %s"), ui(note.signed_by.value_or("")),
                                          local_time_text(note.signed_at.value_or("")));
    else
        subtitle += " \u00b7 " + _("Draft");
    subtitle_->SetLabel(subtitle);
    form_->set_read_only(signed_off);
    sign_->Show(!signed_off);
    addendum_->Show(signed_off);
    addenda_heading_->Show(signed_off);
    addenda_->Show(signed_off);
    wxString addenda;
    for (const auto& addendum : shown_->addenda) {
        if (!addenda.empty()) addenda += "\n\n";
        addenda += wxString::Format(_("%s, signed by %s:"), local_time_text(addendum.signed_at),
                                    ui(addendum.signed_by)) +
                   "\n" + ui(addendum.text);
    }
    addenda_->ChangeValue(addenda.empty() ? _("None yet.") : addenda);
    if (signed_off)
        timer_.Stop();
    else
        timer_.Start(kTickMs);
    show_status();
    placeholder_->Hide();
    page_->Show();
    page_->Layout();
    Layout();
}

void NoteEditor::show_status() {
    if (!shown_ || shown_->note.signed_off()) {
        status_->SetLabel({});
        return;
    }
    using State = core::AutosaveStatus::State;
    const auto status = autosave_.status();
    wxString text;
    switch (status.state) {
        case State::stored:
            text = _("All changes saved");
            break;
        case State::saved:
            text = wxString::Format(_("Draft saved at %s"), ui(status.saved_at));
            break;
        case State::unsaved:
            text = _("Unsaved changes");
            break;
        case State::failed:
            text = wxString::Format(_("Not saved (%s); your text is still here"), ui(status.error));
            break;
    }
    status_->SetForegroundColour(status.state == State::failed ? problem_colour() : grey_colour());
    if (status_->GetLabel() == text) return;
    status_->SetLabel(text);
    status_->Wrap(FromDIP(wrap_dip_));
    page_->Layout();
}

void NoteEditor::show_error(const wxString& text) {
    show_error_line(error_, error_text_, text, wrap_dip_ + 40);
}

void NoteEditor::on_edit() {
    autosave_.edited(form_->session().draft(), core::DraftAutosave::Clock::now());
    show_error({});
    show_status();
}

void NoteEditor::on_tick() {
    if (!autosave_.due(core::DraftAutosave::Clock::now())) return;
    const bool stored = save();
    if (on_autosaved) on_autosaved(stored);
}

bool NoteEditor::flush() {
    return !autosave_.due_on_leave() || save();
}

bool NoteEditor::save() {
    if (!shown_ || shown_->note.signed_off() || !autosave_.dirty()) return true;
    const auto id = shown_->note.id;
    const nlohmann::json fields = autosave_.current();
    bool stored = false;
    try {
        notes().edit(id, fields);
        shown_->note.fields = fields;
        autosave_.saved(fields, core::local_clock_time(std::chrono::system_clock::now()));
        core::log().info("note {} draft saved", id);
        stored = true;
    } catch (const std::exception& error) {
        // The reason goes to the screen only: it may quote what was typed.
        autosave_.failed(error.what(), core::DraftAutosave::Clock::now());
        core::log().warn("note {} draft not saved", id);
    }
    // Called from destructors too, when there is nothing left to show it in.
    if (!IsBeingDeleted()) show_status();
    return stored;
}

nlohmann::json NoteEditor::on_screen() const {
    return form_ ? form_->session().submission() : nlohmann::json::object();
}

bool NoteEditor::enter_answer(const std::string& item_id, const nlohmann::json& value) {
    return form_ && form_->enter_answer(item_id, value);
}

bool NoteEditor::sign(bool ask) {
    if (!shown_ || shown_->note.signed_off()) return false;
    if (ask &&
        wxMessageBox(_("Signing locks this note; changes afterwards are addenda.\n\nSign it now?"),
                     _("Sign the note"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) != wxYES)
        return false;
    const auto id = shown_->note.id;
    if (!flush()) {
        show_error(wxString::Format(_("Not signed: the draft could not be saved first (%s)."),
                                    ui(autosave_.status().error)));
        return false;
    }
    // Each problem beside its field, and all of them by question above the buttons.
    auto refuse_incomplete = [this, id](const std::string& reason) {
        form_->set_require_complete(true);
        form_->show_first_problem();
        const wxString lead = _("Not signed:");
        const wxString text = form_->incomplete_text(lead);
        show_error(text == lead ? lead + " " + ui(reason) : text);
        core::log().info("note {} not signed: incomplete", id);
        return false;
    };
    // An answer with a problem is on screen but not in the draft: signing
    // now would sign without it.
    if (!form_->session().problems(false).empty()) return refuse_incomplete({});
    try {
        notes().sign(id);
    } catch (const core::InvalidAnswers& error) {
        return refuse_incomplete(error.what());
    } catch (const core::UserError& error) {
        show_error(ui(error.what()));
        return false;
    }
    core::log().info("note {} signed", id);
    context_.report(utf8(_("Note signed")));
    open(id);
    if (on_stored) on_stored();
    return true;
}

bool NoteEditor::add_addendum(const wxString& text) {
    if (!shown_ || !shown_->note.signed_off()) return false;
    const auto id = shown_->note.id;
    try {
        const auto addendum = notes().add_addendum(id, utf8(text));
        core::log().info("note {} addendum {} added", id, addendum);
        context_.report(utf8(_("Addendum added")));
    } catch (const core::UserError& error) {
        show_error(ui(error.what()));
        return false;
    }
    open(id);
    if (on_stored) on_stored();
    return true;
}

void NoteEditor::ask_addendum() {
    wxTextEntryDialog dialog(this,
                             _("The note stays as signed. The addendum is signed with your name "
                               "and today's date and listed under it."),
                             _("Add an addendum"), {}, wxTextEntryDialogStyle | wxTE_MULTILINE);
    dialog.SetSize(FromDIP(wxSize(520, 320)));
    while (dialog.ShowModal() == wxID_OK) {
        if (add_addendum(dialog.GetValue())) return;
        // Refused (e.g. empty): the text stays in the dialog to be corrected.
        wxMessageBox(error_text_, _("Addendum not added"), wxOK | wxICON_WARNING, this);
    }
}

}  // namespace counselor::gui
