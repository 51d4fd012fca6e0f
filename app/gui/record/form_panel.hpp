// A plugin's form drawn control by control in a scrolling panel, for any
// window that needs one: the assessment dialog, the note editor. FormSession
// decides what is asked and what is wrong; this panel only shows it and
// passes the person's input on, through one handler for every control.
#pragma once

#include <counselor/core/forms/form_session.hpp>

#include <wx/scrolwin.h>

#include <functional>
#include <string>
#include <utility>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxRadioButton;
class wxSizer;
class wxStaticText;
class wxTextCtrl;

namespace counselor::gui {

// Plain text in a window, optionally coloured; the form's look for labels.
wxStaticText* make_label(wxWindow* parent, const wxString& text, const wxColour& colour = {});
// A one-line bold heading, `scale` times the usual size, with room for all of it.
wxStaticText* make_bold_label(wxWindow* parent, const wxString& text, float scale = 1.0f);
wxColour grey_colour();     // help and secondary text
wxColour problem_colour();  // required marks and what is wrong

class FormPanel : public wxScrolledWindow {
  public:
    // `answers` are shown as given (a draft being continued, a signed note);
    // `wrap_dip` is how wide question text and long answers are drawn.
    FormPanel(wxWindow* parent, sdk::FormDefinition form,
              nlohmann::json answers = nlohmann::json::object(), int wrap_dip = 640);

    const core::FormSession& session() const { return session_; }

    // Sets the item's control as a person would and handles it like their
    // input; for batch runs. False when the form has no such item or the
    // control cannot show the value.
    bool enter_answer(const std::string& item_id, const nlohmann::json& value);

    // Shown, not editable (a signed note).
    void set_read_only(bool read_only);
    // Also mark required items still empty beside them (after a refused
    // save or signature), until they are filled in.
    void set_require_complete(bool require);

    // Scrolls the first item marked with a problem into view.
    void show_first_problem();

    // What stops the form from being complete, by the question a person
    // reads: ` “Question” (id): message.` for each, after `lead`.
    wxString incomplete_text(const wxString& lead) const;

    // After every input, once the session knows of it.
    std::function<void()> on_change;
    // A control lost the keyboard focus: the person moved on.
    std::function<void()> on_leave;

  private:
    // One item's widgets. Radio buttons and check boxes are in option order.
    // Section headings, shown while any of the section's items is asked.
    std::vector<std::pair<wxWindow*, const sdk::Section*>> headings_;
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

    void build();
    void build_item(ItemView& view);
    void add_radios(ItemView& view, wxSizer* row, const std::vector<nlohmann::json>& values,
                    const std::vector<wxString>& labels, const std::vector<wxString>& captions);
    void add_checks(ItemView& view, wxSizer* row);
    void add_text(ItemView& view, wxSizer* row);
    void watch(wxWindow* control);

    // The single handler for every control: read, tell the session, redraw.
    void on_input(ItemView& view);
    nlohmann::json read_control(const ItemView& view) const;
    bool write_control(ItemView& view, const nlohmann::json& value);
    void refresh();

    core::FormSession session_;
    int wrap_dip_;
    bool require_complete_ = false;
    bool read_only_ = false;
    std::vector<ItemView> items_;
};

}  // namespace counselor::gui
