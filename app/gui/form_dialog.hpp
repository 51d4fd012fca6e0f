// Filling in one assessment or questionnaire for a client: the plugin's form
// drawn control by control. FormSession decides what is asked, what is wrong
// and when the form may be saved; this dialog only shows it and passes the
// respondent's input on.
#pragma once

#include "app_context.hpp"

#include <counselor/core/assessment_service.hpp>
#include <counselor/core/form_session.hpp>

#include <wx/dialog.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

class wxButton;
class wxCheckBox;
class wxChoice;
class wxRadioButton;
class wxScrolledWindow;
class wxSizer;
class wxStaticText;
class wxTextCtrl;

namespace counselor::gui {

struct FormTarget {
    std::string tool_id;
    std::int64_t client_id = 0;
    std::optional<std::int64_t> case_id;
};

class FormDialog : public wxDialog {
  public:
    FormDialog(wxWindow* parent, AppContext& context, FormTarget target, sdk::FormDefinition form);

    // Sets the item's control as a person would and handles it like their
    // input; for batch runs. False when the form has no such item or the
    // control cannot show the value.
    bool enter_answer(const std::string& item_id, const nlohmann::json& value);
    // Records the answers; false (with the reason on the error line) when
    // they are not complete or the core refuses them.
    bool save();
    // Skips the confirmation on cancel: nobody is there to answer it.
    void set_batch(bool batch) { batch_ = batch; }

    const std::optional<core::RecordedAdministration>& recorded() const { return recorded_; }
    wxString error_text() const { return error_text_; }

  private:
    // One item's widgets. Radio buttons and check boxes are in option order.
    struct ItemView {
        const sdk::Item* item = nullptr;
        wxWindow* panel = nullptr;
        wxStaticText* problem = nullptr;
        std::vector<wxRadioButton*> radios;
        std::vector<nlohmann::json> radio_values;
        std::vector<wxCheckBox*> checks;
        wxChoice* choice = nullptr;
        wxTextCtrl* text = nullptr;
    };

    void build_header(wxSizer* column);
    void build_body(wxScrolledWindow* body);
    void build_item(ItemView& view, wxWindow* body);
    void add_radios(ItemView& view, wxSizer* row, const std::vector<nlohmann::json>& values,
                    const std::vector<wxString>& labels, const std::vector<wxString>& captions);
    void add_checks(ItemView& view, wxSizer* row);
    void add_text(ItemView& view, wxSizer* row);
    wxSizer* build_footer();

    // The single handler for every control: read, tell the session, redraw.
    void on_input(ItemView& view);
    nlohmann::json read_control(const ItemView& view) const;
    bool write_control(ItemView& view, const nlohmann::json& value);
    void refresh();
    void show_error(const wxString& text);
    void on_cancel();

    AppContext& context_;
    FormTarget target_;
    core::FormSession session_;
    std::vector<ItemView> items_;
    wxScrolledWindow* body_ = nullptr;
    wxStaticText* progress_ = nullptr;
    wxStaticText* error_ = nullptr;
    wxButton* save_ = nullptr;
    bool batch_ = false;
    wxString error_text_;  // as shown on the error line, before wrapping
    std::optional<core::RecordedAdministration> recorded_;
};

}  // namespace counselor::gui
