#include "dialogs/new_client_dialog.hpp"

#include "widgets/wx_text.hpp"

#include <counselor/core/platform/errors.hpp>
#include <counselor/core/platform/logging.hpp>
#include <counselor/core/records/record_service.hpp>

#include <spdlog/spdlog.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <array>

namespace counselor::gui {

namespace {

// The JSON keys tests use, in the order of the fields on screen.
constexpr std::array<const char*, 5> kKeys = {"first_name", "last_name", "date_of_birth", "email",
                                              "phone"};

std::optional<std::string> optional_text(const wxTextCtrl* field) {
    auto text = utf8(field->GetValue());
    if (text.empty()) return std::nullopt;
    return text;
}

}  // namespace

ClientFields::ClientFields(wxWindow* parent, wxSizer* into) {
    const std::array<wxString, 5> labels = {_("&First name:"), _("&Last name:"),
                                            _("Date of &birth:"), _("&Email:"), _("&Phone:")};
    auto* grid = new wxFlexGridSizer(2, parent->FromDIP(wxSize(8, 6)));
    grid->AddGrowableCol(1);
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        fields_[i] = new wxTextCtrl(parent, wxID_ANY);
        grid->Add(new wxStaticText(parent, wxID_ANY, labels[i]), wxSizerFlags().CentreVertical());
        grid->Add(fields_[i], wxSizerFlags(1).Expand());
    }
    fields_[2]->SetHint(_("YYYY-MM-DD, optional"));
    fields_[3]->SetHint(_("optional"));
    fields_[4]->SetHint(_("optional"));
    into->Add(grid, wxSizerFlags(1).Expand().Border(wxALL, 8));
}

core::NewClient ClientFields::value() const {
    return {utf8(fields_[0]->GetValue()), utf8(fields_[1]->GetValue()), optional_text(fields_[2]),
            optional_text(fields_[3]), optional_text(fields_[4])};
}

bool ClientFields::enter(const nlohmann::json& details) {
    for (const auto& [key, value] : details.items()) {
        auto at = std::find(kKeys.begin(), kKeys.end(), key);
        if (at == kKeys.end() || !value.is_string()) return false;
        // SetValue sends the same text event typing does.
        fields_[static_cast<std::size_t>(at - kKeys.begin())]->SetValue(
            ui(value.get<std::string>()));
    }
    return true;
}

void ClientFields::focus() {
    fields_[0]->SetFocus();
}

NewClientDialog::NewClientDialog(wxWindow* parent, AppContext& context, Kind kind)
    : wxDialog(parent, wxID_ANY, kind == Kind::couple ? _("New Couple") : _("New Client")),
      context_(context),
      kind_(kind) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* people = new wxBoxSizer(wxHORIZONTAL);
    auto add_person = [&](const wxString& caption) {
        auto* box = new wxStaticBoxSizer(wxVERTICAL, this, caption);
        people->Add(box, wxSizerFlags(1).Expand().Border(wxALL, 6));
        return ClientFields(box->GetStaticBox(), box);
    };
    if (kind_ == Kind::couple) {
        first_ = add_person(_("First spouse"));
        second_ = add_person(_("Second spouse"));
    } else {
        first_ = add_person(_("Client"));
    }
    column->Add(people, wxSizerFlags().Expand().Border(wxALL, 6));

    if (kind_ == Kind::couple) {
        auto* row = new wxBoxSizer(wxHORIZONTAL);
        row->Add(new wxStaticText(this, wxID_ANY, _("Case &title:")),
                 wxSizerFlags().CentreVertical().Border(wxRIGHT, 8));
        title_ = new wxTextCtrl(this, wxID_ANY);
        title_->SetHint(_("for example \u201cOkafor marriage\u201d, optional"));
        row->Add(title_, wxSizerFlags(1));
        column->Add(row, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 18));
    } else {
        open_case_ = new wxCheckBox(this, wxID_ANY, _("Also &open an individual case"));
        open_case_->SetValue(true);
        column->Add(open_case_, wxSizerFlags().Border(wxLEFT | wxRIGHT, 18));
    }
    error_ = new wxStaticText(this, wxID_ANY, {});
    error_->SetForegroundColour(wxColour(176, 0, 32));
    error_->Hide();  // shown with the first mistake
    column->Add(error_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 18));
    column->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL),
                wxSizerFlags().Expand().Border(wxALL, 12));
    SetSizer(column);
    SetMinSize(FromDIP(wxSize(kind_ == Kind::couple ? 760 : 420, -1)));
    Fit();
    CentreOnParent();
    first_->focus();

    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            if (save()) EndModal(wxID_OK);
        },
        wxID_OK);
}

bool NewClientDialog::save() {
    core::RecordService records(context_.db, context_.actor);
    try {
        if (kind_ == Kind::couple) {
            auto couple =
                records.add_couple(first_->value(), second_->value(), utf8(title_->GetValue()));
            client_id_ = couple.first_id;
            case_id_ = couple.case_id;
            core::log().info("couple added: clients {} and {}, case {}", couple.first_id,
                             couple.second_id, couple.case_id);
        } else {
            client_id_ = records.add_client(first_->value());
            if (open_case_->GetValue())
                case_id_ = records.open_case(core::CaseKind::individual, {client_id_});
            core::log().info("client {} added", client_id_);
        }
    } catch (const core::UserError& error) {
        error_->SetLabel(ui(error.what()));
        error_->Show();
        Layout();
        Fit();
        return false;
    }
    return true;
}

bool NewClientDialog::enter(const nlohmann::json& input) {
    for (const auto& [key, value] : input.items()) {
        bool entered = false;
        if (key == "first") entered = first_->enter(value);
        if (key == "second" && second_) entered = second_->enter(value);
        if (key == "title" && title_ && value.is_string()) {
            title_->SetValue(ui(value.get<std::string>()));
            entered = true;
        }
        if (key == "open_case" && open_case_ && value.is_boolean()) {
            open_case_->SetValue(value.get<bool>());
            entered = true;
        }
        if (!entered) return false;
    }
    return true;
}

wxString NewClientDialog::error_text() const {
    return error_->GetLabel();
}

}  // namespace counselor::gui
