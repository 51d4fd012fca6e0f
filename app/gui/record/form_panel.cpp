#include "record/form_panel.hpp"

#include <algorithm>

#include "widgets/wx_text.hpp"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/panel.h>
#include <wx/radiobut.h>
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

wxStaticText* make_label(wxWindow* parent, const wxString& text, const wxColour& colour) {
    auto* label = new wxStaticText(parent, wxID_ANY, text);
    if (colour.IsOk()) label->SetForegroundColour(colour);
    return label;
}

// The room is measured from the label's own font: GTK measures a label
// whose font changed inside a parent not yet shown with the old font, and
// unless a later layout pass measures it again the heading is cut short
// ("Attendan" for "Attendance").
wxStaticText* make_bold_label(wxWindow* parent, const wxString& text, float scale) {
    auto* label = new wxStaticText(parent, wxID_ANY, text);
    label->SetFont(label->GetFont().Bold().Scaled(scale));
    label->SetMinSize(label->GetTextExtent(text));
    return label;
}

wxColour grey_colour() {
    return wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT);
}

wxColour problem_colour() {
    return {200, 0, 0};
}

FormPanel::FormPanel(wxWindow* parent, sdk::FormDefinition form, nlohmann::json answers,
                     int wrap_dip)
    : wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL),
      session_(std::move(form), std::move(answers)),
      wrap_dip_(wrap_dip) {
    SetScrollRate(0, FromDIP(12));
    build();
    for (auto& view : items_) {
        if (const auto* value = session_.answer(view.item->id)) write_control(view, *value);
    }
    refresh();
}

void FormPanel::build() {
    auto* list = new wxBoxSizer(wxVERTICAL);
    std::size_t count = 0;
    for (const auto& section : session_.form().sections)
        count += section.items.size();
    // Handlers refer to items by index; the vector must not move afterwards.
    items_.reserve(count);
    for (const auto& section : session_.form().sections) {
        if (!section.title.empty()) {
            auto* heading = make_bold_label(this, ui(section.title), 1.15f);
            list->Add(heading, wxSizerFlags().Border(wxTOP | wxBOTTOM, 8));
            headings_.push_back({heading, &section});
        }
        for (const auto& item : section.items) {
            items_.push_back({});
            items_.back().item = &item;
            build_item(items_.back());
            list->Add(items_.back().panel, wxSizerFlags().Expand().Border(wxBOTTOM | wxRIGHT, 10));
        }
    }
    SetSizer(list);
    FitInside();
}

void FormPanel::build_item(ItemView& view) {
    const sdk::Item& item = *view.item;
    // A panel per item: it hides as one, and its radio buttons form one group.
    auto* panel = new wxPanel(this);
    view.panel = panel;
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* question = new wxBoxSizer(wxHORIZONTAL);
    auto* text = make_label(panel, ui(item.text));
    text->Wrap(FromDIP(wrap_dip_));
    question->Add(text);
    if (item.required) question->Add(make_label(panel, " *", problem_colour()));
    column->Add(question);
    if (!item.help.empty()) {
        auto* help = make_label(panel, ui(item.help), grey_colour());
        help->Wrap(FromDIP(wrap_dip_));
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
    view.problem = make_label(panel, {}, problem_colour());
    view.problem->Hide();
    column->Add(view.problem, wxSizerFlags().Border(wxTOP | wxLEFT, 4));
    panel->SetSizer(column);
}

// Leaving any control is a moment to save (see on_leave).
void FormPanel::watch(wxWindow* control) {
    control->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
        event.Skip();
        if (on_leave) on_leave();
    });
}

// Radio buttons for one answer out of a few. GTK always selects one button
// of a group, so a hidden first button holds "not answered yet".
void FormPanel::add_radios(ItemView& view, wxSizer* row, const std::vector<nlohmann::json>& values,
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
        watch(radio);
        view.radios.push_back(radio);
        view.radio_values.push_back(values[i]);
        auto* cell = new wxBoxSizer(wxVERTICAL);
        cell->Add(radio, wxSizerFlags().Center());
        if (i < captions.size() && !captions[i].empty())
            cell->Add(make_label(view.panel, captions[i], grey_colour()), wxSizerFlags().Center());
        sizer->Add(cell, vertical ? wxSizerFlags().Border(wxBOTTOM, 2)
                                  : wxSizerFlags().Border(wxRIGHT, 14));
    }
    row->Add(sizer, wxSizerFlags().CenterVertical());
}

// Choice, multiple choice and scale items: everything with a list of points.
void FormPanel::add_checks(ItemView& view, wxSizer* row) {
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
            row->Add(make_label(view.panel, ui(item.labels.front()), grey_colour()),
                     wxSizerFlags().CenterVertical().Border(wxRIGHT, 10));
        add_radios(view, row, values, labels, captions);
        if (ends)
            row->Add(make_label(view.panel, ui(item.labels.back()), grey_colour()),
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
        watch(view.choice);
        row->Add(view.choice);
        return;
    }
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    for (const auto& option : item.options) {
        auto* check = new wxCheckBox(view.panel, wxID_ANY, ui(option.label));
        check->Bind(wxEVT_CHECKBOX, [this, index](wxCommandEvent&) { on_input(items_[index]); });
        watch(check);
        view.checks.push_back(check);
        sizer->Add(check, wxSizerFlags().Border(wxBOTTOM, 2));
    }
    row->Add(sizer);
}

void FormPanel::add_text(ItemView& view, wxSizer* row) {
    const std::size_t index = static_cast<std::size_t>(&view - items_.data());
    const auto type = view.item->type;
    const bool multi_line = type == sdk::ItemType::long_text;
    wxSize size = FromDIP(wxSize(multi_line ? wrap_dip_ : 160, multi_line ? 80 : -1));
    if (type == sdk::ItemType::text) size = FromDIP(wxSize(std::min(360, wrap_dip_), -1));
    view.text = new wxTextCtrl(view.panel, wxID_ANY, {}, wxDefaultPosition, size,
                               multi_line ? wxTE_MULTILINE : 0);
    if (type == sdk::ItemType::date) view.text->SetHint(_("YYYY-MM-DD"));
    view.text->Bind(wxEVT_TEXT, [this, index](wxCommandEvent&) { on_input(items_[index]); });
    watch(view.text);
    row->Add(view.text, wxSizerFlags(multi_line ? 1 : 0));
}

void FormPanel::on_input(ItemView& view) {
    session_.set_answer(view.item->id, read_control(view));
    refresh();
    if (on_change) on_change();
}

nlohmann::json FormPanel::read_control(const ItemView& view) const {
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

bool FormPanel::enter_answer(const std::string& item_id, const nlohmann::json& value) {
    for (auto& view : items_) {
        if (view.item->id != item_id) continue;
        if (read_only_ || !write_control(view, value)) return false;
        on_input(view);
        return true;
    }
    return false;
}

bool FormPanel::write_control(ItemView& view, const nlohmann::json& value) {
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

void FormPanel::set_read_only(bool read_only) {
    read_only_ = read_only;
    for (auto& view : items_) {
        // Text stays black and selectable to copy from, on the window's
        // background so it does not look editable; choices grey out.
        if (view.text) {
            view.text->SetEditable(!read_only);
            view.text->SetBackgroundColour(
                read_only ? wxSystemSettings::GetColour(wxSYS_COLOUR_FRAMEBK) : wxNullColour);
        }
        for (auto* radio : view.radios)
            radio->Enable(!read_only);
        for (auto* check : view.checks)
            check->Enable(!read_only);
        if (view.choice) view.choice->Enable(!read_only);
    }
}

void FormPanel::set_require_complete(bool require) {
    require_complete_ = require;
    refresh();
}

void FormPanel::refresh() {
    const auto problems = session_.problems(require_complete_);
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
    // A section none of whose items is asked shows no heading either: a
    // heading over nothing says what was not asked (a follow-up that waits
    // on an answer, for one).
    for (auto& [heading, section] : headings_) {
        const bool any =
            std::any_of(section->items.begin(), section->items.end(),
                        [this](const sdk::Item& item) { return session_.is_asked(item.id); });
        if (heading->IsShown() != any) {
            heading->Show(any);
            moved = true;
        }
    }
    if (moved) {
        Layout();
        FitInside();
    }
}

void FormPanel::show_first_problem() {
    for (const auto& view : items_) {
        if (!view.panel->IsShown() || !view.problem->IsShown()) continue;
        int unit_x = 0;
        int unit_y = 0;
        GetScrollPixelsPerUnit(&unit_x, &unit_y);
        const wxPoint at = CalcUnscrolledPosition(view.panel->GetPosition());
        if (unit_y > 0) Scroll(-1, at.y / unit_y);
        return;
    }
}

wxString FormPanel::incomplete_text(const wxString& lead) const {
    wxString text = lead;
    const auto problems = session_.problems(true);
    for (const auto& view : items_) {
        auto problem = problems.find(view.item->id);
        if (problem == problems.end()) continue;
        text += wxString::Format(" \u201c%s\u201d (%s): %s.", ui(view.item->text),
                                 ui(view.item->id), ui(problem->second));
    }
    return text;
}

}  // namespace counselor::gui
