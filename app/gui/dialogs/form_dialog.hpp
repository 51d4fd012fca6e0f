// Filling in one assessment or questionnaire for a client: the plugin's form
// in a FormPanel, with the progress and the Save and Cancel buttons around
// it. FormSession decides what is asked, what is wrong and when the form may
// be saved; this dialog only shows it and records the result.
#pragma once

#include "shell/app_context.hpp"

#include <counselor/core/records/assessment_service.hpp>
#include <counselor/sdk/form.hpp>

#include <wx/dialog.h>

#include <cstdint>
#include <optional>
#include <string>

class wxButton;
class wxSizer;
class wxStaticText;

namespace counselor::gui {

class FormPanel;

struct FormTarget {
    std::string tool_id;
    std::int64_t client_id = 0;
    std::optional<std::int64_t> case_id;
};

class FormDialog : public wxDialog {
  public:
    FormDialog(wxWindow* parent, AppContext& context, FormTarget target, sdk::FormDefinition form);

    // See FormPanel::enter_answer; for batch runs.
    bool enter_answer(const std::string& item_id, const nlohmann::json& value);
    // Records the answers; false (with the reason on the error line) when
    // they are not complete or the core refuses them.
    bool save();
    // Skips the confirmation on cancel: nobody is there to answer it.
    void set_batch(bool batch) { batch_ = batch; }

    const std::optional<core::RecordedAdministration>& recorded() const { return recorded_; }
    wxString error_text() const { return error_text_; }

  private:
    void build_header(wxSizer* column, const sdk::FormDefinition& form);
    wxSizer* build_footer();
    void update_footer();
    void show_error(const wxString& text);
    void on_cancel();

    AppContext& context_;
    FormTarget target_;
    FormPanel* body_ = nullptr;
    wxStaticText* progress_ = nullptr;
    wxStaticText* error_ = nullptr;
    wxButton* save_ = nullptr;
    bool batch_ = false;
    wxString error_text_;  // as shown on the error line, before wrapping
    std::optional<core::RecordedAdministration> recorded_;
};

// The line above a form's buttons saying what went wrong; hidden while empty.
// `last` holds the unwrapped text, so a caller can hand it on (e.g. to stderr).
void show_error_line(wxStaticText* line, wxString& last, const wxString& text, int wrap_dip);

}  // namespace counselor::gui
