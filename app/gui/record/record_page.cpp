#include "record/record_page.hpp"

#include <wx/datetime.h>
#include <wx/settings.h>
#include <wx/stattext.h>

namespace counselor::gui {

wxListCtrl* make_report_list(wxWindow* parent,
                             const std::vector<std::pair<wxString, int>>& columns) {
    auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    add_report_columns(list, parent, columns);
    return list;
}

void add_report_columns(wxListCtrl* list, wxWindow* parent,
                        const std::vector<std::pair<wxString, int>>& columns) {
    for (const auto& [title, width] : columns)
        list->AppendColumn(title, wxLIST_FORMAT_LEFT, parent->FromDIP(width));
    // The last column takes the room the others leave, never less than asked.
    const int last_width = parent->FromDIP(columns.empty() ? 0 : columns.back().second);
    // Fitted as the size changes, not after: the first frame on screen
    // already has its final columns, and is not painted a second time.
    list->Bind(wxEVT_SIZE, [list, last_width](wxSizeEvent& event) {
        event.Skip();
        const int last = list->GetColumnCount() - 1;
        if (last < 0) return;
        int others = 0;
        for (int c = 0; c < last; ++c)
            others += list->GetColumnWidth(c);
        list->SetColumnWidth(last, std::max(last_width, list->GetClientSize().GetWidth() - others));
    });
}

void append_row(wxListCtrl* list, const std::vector<wxString>& cells) {
    const long row = list->InsertItem(list->GetItemCount(), cells.empty() ? wxString() : cells[0]);
    for (std::size_t c = 1; c < cells.size(); ++c)
        list->SetItem(row, static_cast<int>(c), cells[c]);
}

wxWindow* make_not_done_note(wxWindow* parent, const wxString& text) {
    auto* note = new wxStaticText(parent, wxID_ANY, text);
    note->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    return note;
}

wxString local_time_text(const std::string& utc) {
    const wxString text = wxString::FromUTF8(utc);
    wxDateTime when;
    if (!when.ParseISOCombined(text.BeforeFirst('Z'), 'T')) return text;
    return when.FromTimezone(wxDateTime::UTC).Format("%Y-%m-%d %H:%M");
}

wxWindow* make_heading(wxWindow* parent, const wxString& text) {
    auto* heading = new wxStaticText(parent, wxID_ANY, text);
    heading->SetFont(heading->GetFont().Bold());
    return heading;
}

}  // namespace counselor::gui
