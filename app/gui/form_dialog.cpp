#include "form_dialog.hpp"

#include "wx_text.hpp"

#include <counselor/core/errors.hpp>
#include <counselor/core/logging.hpp>

#include <spdlog/spdlog.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/radiobut.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <charconv>
#include <cstdlib>

namespace counselor::gui {

namespace {

// More options than this become a drop-down list instead of radio buttons.
constexpr std::size_t kMostRadios = 6;
constexpr int kWrapDip = 640;

wxStaticText* make_text(wxWindow* parent, const wxString& text, const wxColour& colour = {}) {
    auto* label = new wxStaticText(parent, wxID_ANY, text);
    if (colour.IsOk()) label->SetForegroundColour(colour);
    return label;
}

wxColour grey() {
    return wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT);
}

wxColour red() {
    return {200, 0, 0};
}

// Whole numbers for integer items, numbers for decimal ones. Anything else
// stays text, so the validator names what is wrong with it.
nlohmann::json number_or_text(const std::string& text, bool whole) {
    if (text.empty()) return nullptr;
    const char* end = text.data() + text.size();
    if (whole) {
        long long value = 0;
        auto [stop, error] = std::from_chars(text.data(), end, value);
        if (error == std::errc() && stop == end) return value;
        return text;
    }
    char* stop = nullptr;
    const double value = std::strtod(text.c_str(), &stop);
    if (stop == end) return value;
    return text;
}

bool is_radio_type(const sdk::Item& item) {
    using sdk::ItemType;
    return item.type == ItemType::boolean || item.type == ItemType::scale ||
           (item.type == ItemType::choice && item.options.size() <= kMostRadios);
}

}  // namespace

FormDialog::FormDialog(wxWindow* parent, AppContext& context, FormTarget target,
                       sdk::FormDefinition form)
    : wxDialog(parent, wxID_ANY, ui(form.title), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      context_(context),
      target_(std::move(target)),
      session_(std::move(form)) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    build_header(column);
    body_ = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    body_->SetScrollRate(0, FromDIP(12));
    build_body(body_);
    column->Add(body_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 10));
    column->Add(build_footer(), wxSizerFlags().Expand().Border(wxALL, 10));
    SetSizer(column);
    SetMinSize(FromDIP(wxSize(480, 360)));
    SetSize(FromDIP(wxSize(760, 680)));
    CentreOnParent();
    refresh();
}

void FormDialog::build_header(wxSizer* column) {
    const auto& form = session_.form();
    auto* title = make_text(this, ui(form.title));
    title->SetFont(title->GetFont().Bold().Scaled(1.3f));
    column->Add(title, wxSizerFlags().Border(wxALL, 10));
    if (!form.instructions.empty()) {
        auto* instructions = make_text(this, ui(form.instructions));
        instructions->Wrap(FromDIP(kWrapDip + 60));
        column->Add(instructions, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, 10));
    }
}

void FormDialog::build_body(wxScrolledWindow* body) {
    auto* list = new wxBoxSizer(wxVERTICAL);
    std::size_t count = 0;
    for (const auto& section : session_.form().sections)
        count += section.items.size();
    // Handlers refer to items by index; the vector must not move afterwards.
    items_.reserve(count);
    for (const auto& section : session_.form().sections) {
        if (!section.title.empty()) {
            auto* heading = make_text(body, ui(section.title));
            heading->SetFont(heading->GetFont().Bold().Scaled(1.15f));
            list->Add(heading, wxSizerFlags().Border(wxTOP | wxBOTTOM, 8));
        }
        for (const auto& item : section.items) {
            items_.push_back({});
            items_.back().item = &item;
            build_item(items_.back(), body);
            list->Add(items_.back().panel, wxSizerFlags().Expand().Border(wxBOTTOM, 10));
        }
    }
    body->SetSizer(list);
    body->FitInside();
}

void FormDialog::build_item(ItemView& view, wxWindow* body) {
    const sdk::Item& item = *view.item;
    // A panel per item: it hides as one, and its radio buttons form one group.
    auto* panel = new wxPanel(body);
    view.panel = panel;
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* question = new wxBoxSizer(wxHORIZONTAL);
    auto* text = make_text(panel, ui(item.text));
    text->Wrap(FromDIP(kWrapDip));
    question->Add(text);
    if (item.required) question->Add(make_text(panel, " *", red()));
    column->Add(question);
    if (!item.help.empty()) {
        auto* help = make_text(panel, ui(item.help), grey());
        help->Wrap(FromDIP(kWrapDip));
        column->Add(help, wxSizerFlags().Border(wxTOP, 2));
    }
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    using sdk::ItemType;
    switch (item.type) {
        case ItemType::display:
            break;
        case ItemType::boolean:
            add_radios(view, row, {true, false}, {_("Yes"), _("No")}, {});
            break;
        case ItemType::choice:
        case ItemType::multi_choice:
        case ItemType::scale:
            add_checks(view, row);
            break;
        default:
            add_text(view, row);
            break;
    }
    column->Add(row, wxSizerFlags().Expand().Border(wxTOP | wxLEFT, 4));
    view.problem = make_text(panel, {}, red());
    view.problem->Hide();
    column->Add(view.problem, wxSizerFlags().Border(wxTOP | wxLEFT, 4));
    panel->SetSizer(column);
}

// Radio buttons for one answer out of a few. GTK always selects one button
// of a group, so a hidden first button holds "not answered yet".
void FormDialog::add_radios(ItemView& view, wxSizer* row, const std::vector<nlohmann::json>& values,
                            const std::vector<wxString>& labels,
                            const std::vector<wxString>& captions) {
    auto* none =
        new wxRadioButton(view.panel, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
    none->Hide();
    const bool vertical = view.item->type == sdk::ItemType::choice;
    auto* sizer = new wxBoxSizer(vertical ? wxVERTICAL : wxHORIZONTAL);
    const std::size_t index = static_cast<std::size_t>(&view - items_.data());
    for (std::size_t i = 0; i < values.size(); ++i) {
        auto* radio = new wxRadioButton(view.panel, wxID_ANY, labels[i]);
        radio->Bind(wxEVT_RADIOBUTTON, [this, index](wxCommandEvent&) { on_input(items_[index]); });
        view.radios.push_back(radio);
        view.radio_values.push_back(values[i]);
        auto* cell = new wxBoxSizer(wxVERTICAL);
        cell->Add(radio, wxSizerFlags().Center());
        if (i < captions.size() && !captions[i].empty())
            cell->Add(make_text(view.panel, captions[i], grey()), wxSizerFlags().Center());
        sizer->Add(cell, vertical ? wxSizerFlags().Border(wxBOTTOM, 2)
                                  : wxSizerFlags().Border(wxRIGHT, 14));
    }
    row->Add(sizer, wxSizerFlags().CenterVertical());
}

// Choice, multiple choice and scale items: everything with a list of points.
void FormDialog::add_checks(ItemView& view, wxSizer* row) {
    const sdk::Item& item = *view.item;
    const std::size_t index = static_cast<std::size_t>(&view - items_.data());
    std::vector<nlohmann::json> values;
    std::vector<wxString> labels;
    std::vector<wxString> captions;
    if (item.type == sdk::ItemType::scale) {
        const int low = static_cast<int>(item.min.value_or(1));
        const int high = static_cast<int>(item.max.value_or(5));
        const auto points = static_cast<std::size_t>(high >= low ? high - low + 1 : 0);
        for (int point = low; point <= high; ++point) {
            values.emplace_back(point);
            labels.push_back(wxString::Format("%d", point));
        }
        // Labels name either every point (under each) or both ends (beside the row).
        const bool ends = item.labels.size() == 2 && points != 2;
        if (item.labels.size() == points && !ends) {
            for (const auto& label : item.labels)
                captions.push_back(ui(label));
        }
        if (ends)
            row->Add(make_text(view.panel, ui(item.labels.front()), grey()),
                     wxSizerFlags().CenterVertical().Border(wxRIGHT, 10));
        add_radios(view, row, values, labels, captions);
        if (ends)
            row->Add(make_text(view.panel, ui(item.labels.back()), grey()),
                     wxSizerFlags().CenterVertical());
        return;
    }
    if (item.type == sdk::ItemType::choice && is_radio_type(item)) {
        for (const auto& option : item.options) {
            values.emplace_back(option.value);
            labels.push_back(ui(option.label));
        }
        add_radios(view, row, values, labels, {});
        return;
    }
    if (item.type == sdk::ItemType::choice) {
        view.choice = new wxChoice(view.panel, wxID_ANY);
        for (const auto& option : item.options)
            view.choice->Append(ui(option.label));
        view.choice->Bind(wxEVT_CHOICE,
                          [this, index](wxCommandEvent&) { on_input(items_[index]); });
        row->Add(view.choice);
        return;
    }
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    for (const auto& option : item.options) {
        auto* check = new wxCheckBox(view.panel, wxID_ANY, ui(option.label));
        check->Bind(wxEVT_CHECKBOX, [this, index](wxCommandEvent&) { on_input(items_[index]); });
        view.checks.push_back(check);
        sizer->Add(check, wxSizerFlags().Border(wxBOTTOM, 2));
    }
    row->Add(sizer);
}

void FormDialog::add_text(ItemView& view, wxSizer* row) {
    const std::size_t index = static_cast<std::size_t>(&view - items_.data());
    const auto type = view.item->type;
    const bool multi_line = type == sdk::ItemType::long_text;
    wxSize size = FromDIP(wxSize(multi_line ? kWrapDip : 160, multi_line ? 80 : -1));
    if (type == sdk::ItemType::text) size = FromDIP(wxSize(360, -1));
    view.text = new wxTextCtrl(view.panel, wxID_ANY, {}, wxDefaultPosition, size,
                               multi_line ? wxTE_MULTILINE : 0);
    if (type == sdk::ItemType::date) view.text->SetHint(_("YYYY-MM-DD"));
    view.text->Bind(wxEVT_TEXT, [this, index](wxCommandEvent&) { on_input(items_[index]); });
    row->Add(view.text, wxSizerFlags(multi_line ? 1 : 0));
}

wxSizer* FormDialog::build_footer() {
    auto* column = new wxBoxSizer(wxVERTICAL);
    error_ = make_text(this, {}, red());
    error_->Hide();
    column->Add(error_, wxSizerFlags().Border(wxBOTTOM, 6));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    progress_ = make_text(this, {});
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

void FormDialog::on_input(ItemView& view) {
    session_.set_answer(view.item->id, read_control(view));
    show_error({});
    refresh();
}

nlohmann::json FormDialog::read_control(const ItemView& view) const {
    const sdk::Item& item = *view.item;
    for (std::size_t i = 0; i < view.radios.size(); ++i) {
        if (view.radios[i]->GetValue()) return view.radio_values[i];
    }
    if (!view.radios.empty()) return nullptr;
    if (view.choice) {
        const int picked = view.choice->GetSelection();
        if (picked == wxNOT_FOUND) return nullptr;
        return item.options.at(static_cast<std::size_t>(picked)).value;
    }
    if (item.type == sdk::ItemType::multi_choice) {
        auto picked = nlohmann::json::array();
        for (std::size_t i = 0; i < view.checks.size(); ++i) {
            if (view.checks[i]->GetValue()) picked.push_back(item.options[i].value);
        }
        return picked;
    }
    if (!view.text) return nullptr;
    if (item.type == sdk::ItemType::integer || item.type == sdk::ItemType::decimal)
        return number_or_text(utf8(view.text->GetValue().Strip(wxString::both)),
                              item.type == sdk::ItemType::integer);
    return utf8(view.text->GetValue());
}

bool FormDialog::enter_answer(const std::string& item_id, const nlohmann::json& value) {
    for (auto& view : items_) {
        if (view.item->id != item_id) continue;
        if (!write_control(view, value)) return false;
        on_input(view);
        return true;
    }
    return false;
}

bool FormDialog::write_control(ItemView& view, const nlohmann::json& value) {
    if (!view.radios.empty()) {
        for (std::size_t i = 0; i < view.radios.size(); ++i) {
            if (view.radio_values[i] != value) continue;
            view.radios[i]->SetValue(true);
            return true;
        }
        return false;
    }
    const auto& options = view.item->options;
    auto option_index = [&options](const nlohmann::json& picked) -> int {
        for (std::size_t i = 0; i < options.size(); ++i) {
            if (picked.is_string() && options[i].value == picked.get<std::string>())
                return static_cast<int>(i);
        }
        return wxNOT_FOUND;
    };
    if (view.choice) {
        const int index = option_index(value);
        view.choice->SetSelection(index);
        return index != wxNOT_FOUND;
    }
    if (!view.checks.empty()) {
        if (!value.is_array()) return false;
        for (const auto& picked : value) {
            const int index = option_index(picked);
            if (index == wxNOT_FOUND) return false;
            view.checks[static_cast<std::size_t>(index)]->SetValue(true);
        }
        return true;
    }
    if (!view.text) return false;
    view.text->ChangeValue(ui(value.is_string() ? value.get<std::string>() : value.dump()));
    return true;
}

void FormDialog::refresh() {
    const auto problems = session_.problems(false);
    bool moved = false;  // something appeared or vanished: lay out again
    for (auto& view : items_) {
        const bool asked = session_.is_asked(view.item->id);
        if (view.panel->IsShown() != asked) {
            view.panel->Show(asked);
            moved = true;
        }
        auto problem = problems.find(view.item->id);
        const wxString text = problem == problems.end() ? wxString() : ui(problem->second);
        if (view.problem->GetLabel() != text) {
            view.problem->SetLabel(text);
            view.problem->Show(!text.empty());
            moved = true;
        }
    }
    progress_->SetLabel(wxString::Format(_("%d of %d answered"), session_.answered_count(),
                                         session_.asked_count()));
    save_->Enable(session_.ready());
    if (moved) {
        body_->Layout();
        body_->FitInside();
    }
}

void FormDialog::show_error(const wxString& text) {
    if (error_text_ == text) return;
    error_text_ = text;
    error_->SetLabel(text);
    error_->Wrap(FromDIP(kWrapDip + 60));
    error_->Show(!text.empty());
    Layout();
}

bool FormDialog::save() {
    if (!session_.ready()) {
        // What stops saving, by the question a person reads.
        wxString text = _("Not saved:");
        const auto problems = session_.problems(true);
        for (const auto& view : items_) {
            auto problem = problems.find(view.item->id);
            if (problem == problems.end()) continue;
            text += wxString::Format(" \u201c%s\u201d (%s): %s.", ui(view.item->text),
                                     ui(view.item->id), ui(problem->second));
        }
        show_error(text);
        return false;
    }
    try {
        recorded_ =
            core::AssessmentService(context_.db, context_.plugins, context_.actor)
                .record(target_.tool_id, target_.client_id, target_.case_id, session_.submission());
    } catch (const core::UserError& error) {
        show_error(ui(error.what()));  // the answers stay on screen to be corrected
        return false;
    }
    // Ids only: answers never go to the log.
    core::log().info("administration {} recorded for client {}", recorded_->id, target_.client_id);
    return true;
}

void FormDialog::on_cancel() {
    const bool answered = session_.answered_count() > 0;
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
