// Adding people: one client (optionally with their own case) or a couple,
// both spouses and their case at once. The dialog stays open on a mistake,
// with the counselor's typing kept and the problem said under the fields.
#pragma once

#include "shell/app_context.hpp"

#include <counselor/core/records/client_repository.hpp>

#include <wx/dialog.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <optional>

class wxCheckBox;
class wxStaticText;
class wxTextCtrl;

namespace counselor::gui {

// The labelled fields of one person's details.
class ClientFields {
  public:
    ClientFields(wxWindow* parent, wxSizer* into);
    core::NewClient value() const;
    // Types a JSON object's values (first_name, last_name, date_of_birth,
    // email, phone) into the fields; false for a key with no field.
    bool enter(const nlohmann::json& details);
    void focus();

  private:
    std::array<wxTextCtrl*, 5> fields_{};
};

class NewClientDialog : public wxDialog {
  public:
    enum class Kind { individual, couple };
    NewClientDialog(wxWindow* parent, AppContext& context, Kind kind);

    // Checks and stores what is typed; on a mistake says so and returns false.
    bool save();
    // For tests: {"first": {...}, "second": {...}, "title": "...", "open_case": bool}.
    bool enter(const nlohmann::json& input);

    std::int64_t client_id() const { return client_id_; }
    std::optional<std::int64_t> case_id() const { return case_id_; }
    wxString error_text() const;

  private:
    AppContext& context_;
    Kind kind_;
    std::optional<ClientFields> first_;
    std::optional<ClientFields> second_;
    wxTextCtrl* title_ = nullptr;
    wxCheckBox* open_case_ = nullptr;
    wxStaticText* error_ = nullptr;
    std::int64_t client_id_ = 0;
    std::optional<std::int64_t> case_id_;
};

}  // namespace counselor::gui
