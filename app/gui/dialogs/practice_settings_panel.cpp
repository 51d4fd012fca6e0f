#include "dialogs/practice_settings_panel.hpp"

#include "widgets/wx_text.hpp"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <utility>

namespace counselor::gui {

namespace {

// The role's choices, in the order shown: the stored word, and what is read.
const char* const kRoles[] = {"", "licensed", "pastoral"};

std::string trimmed(const wxTextCtrl* field) {
    return utf8(field->GetValue().Strip(wxString::both));
}

}  // namespace

PracticeSettingsPanel::PracticeSettingsPanel(wxWindow* parent, const core::PracticeSettings& shown)
    : wxPanel(parent) {
    auto* grid = new wxFlexGridSizer(2, wxSize(8, 6));
    grid->AddGrowableCol(1);
    SetSizer(grid);
    practice_ = add_field(_("&Practice name:"), shown.practice_name);
    counselor_ = add_field(_("&Counselor's full name:"), shown.counselor_name);
    credentials_ = add_field(_("C&redentials:"), shown.counselor_credentials);
    credentials_->SetHint(_("e.g. LMFT, or M.Div."));

    grid->Add(new wxStaticText(this, wxID_ANY, _("R&ole:")), wxSizerFlags().CentreVertical());
    role_ = new wxChoice(this, wxID_ANY);
    role_->Append(_("Not said"));
    role_->Append(_("Licensed counselor"));
    role_->Append(_("Pastoral counselor"));
    role_->SetSelection(0);
    for (int i = 0; i < 3; ++i) {
        if (shown.counselor_role == kRoles[i]) role_->SetSelection(i);
    }
    grid->Add(role_, wxSizerFlags().Expand());

    emergency_ = add_field(_("&Emergency number:"), shown.crisis.emergency);
    crisis_line_ = add_field(_("&Suicide and crisis line:"), shown.crisis.crisis_line);
    domestic_violence_ = add_field(_("&Domestic-violence line:"), shown.crisis.domestic_violence);
}

wxTextCtrl* PracticeSettingsPanel::add_field(const wxString& label, const std::string& value) {
    GetSizer()->Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().CentreVertical());
    auto* field = new wxTextCtrl(this, wxID_ANY, ui(value));
    field->SetMinSize(wxSize(FromDIP(320), -1));
    GetSizer()->Add(field, wxSizerFlags().Expand());
    return field;
}

core::PracticeSettings PracticeSettingsPanel::settings() const {
    core::PracticeSettings read;
    read.practice_name = trimmed(practice_);
    read.counselor_name = trimmed(counselor_);
    read.counselor_credentials = trimmed(credentials_);
    const int role = role_->GetSelection();
    read.counselor_role = role > 0 && role < 3 ? kRoles[role] : "";
    const auto defaults = core::default_crisis_numbers();
    auto number = [](const wxTextCtrl* field, const std::string& fallback) {
        auto typed = trimmed(field);
        return typed.empty() ? fallback : typed;
    };
    read.crisis.emergency = number(emergency_, defaults.emergency);
    read.crisis.crisis_line = number(crisis_line_, defaults.crisis_line);
    read.crisis.domestic_violence = number(domestic_violence_, defaults.domestic_violence);
    return read;
}

bool PracticeSettingsPanel::enter(const nlohmann::json& fields) {
    const std::pair<const char*, wxTextCtrl*> texts[] = {
        {"practice", practice_},       {"counselor", counselor_},
        {"credentials", credentials_}, {"emergency", emergency_},
        {"crisis_line", crisis_line_}, {"domestic_violence", domestic_violence_}};
    for (const auto& [name, value] : fields.items()) {
        if (!value.is_string()) return false;
        bool found = false;
        for (const auto& [key, field] : texts) {
            if (name == key) {
                field->SetValue(ui(value.get<std::string>()));
                found = true;
            }
        }
        if (name == "role") {
            for (int i = 0; i < 3; ++i) {
                if (value.get<std::string>() == kRoles[i]) {
                    role_->SetSelection(i);
                    found = true;
                }
            }
        }
        if (!found) return false;
    }
    return true;
}

void PracticeSettingsPanel::focus_first() const {
    practice_->SetFocus();
}

}  // namespace counselor::gui
