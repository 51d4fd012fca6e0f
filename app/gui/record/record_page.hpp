// One tab of the record on the right. Each shows the same client and case.
#pragma once

#include <counselor/core/records/case_repository.hpp>
#include <counselor/core/records/client_repository.hpp>

#include <wx/listctrl.h>
#include <wx/panel.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace counselor::gui {

struct RecordView {
    core::Client client;
    std::optional<core::Case> shown_case;
};

class RecordPage : public wxPanel {
  public:
    explicit RecordPage(wxWindow* parent) : wxPanel(parent) {}
    virtual void show(const RecordView& view) = 0;
    // Another tab is being opened: finish what is pending (e.g. save a draft).
    virtual void leave() {}
};

// A read-only report list with the given (title, width in DIPs) columns.
wxListCtrl* make_report_list(wxWindow* parent,
                             const std::vector<std::pair<wxString, int>>& columns);
// make_report_list's columns on a list made elsewhere (a virtual one).
void add_report_columns(wxListCtrl* list, wxWindow* parent,
                        const std::vector<std::pair<wxString, int>>& columns);
void append_row(wxListCtrl* list, const std::vector<wxString>& cells);
// A line, in grey, saying what this tab cannot do yet.
wxWindow* make_not_done_note(wxWindow* parent, const wxString& text);
// A stored UTC time ("2026-11-21T12:40:26Z") as local time to the minute,
// as a person reads it; text that is not such a time is shown as it is.
wxString local_time_text(const std::string& utc);
// A bold heading above a part of a tab.
wxWindow* make_heading(wxWindow* parent, const wxString& text);

}  // namespace counselor::gui
