// The left pane: search-as-you-type over every client, and the cases of the
// one selected. The client list is virtual: only the rows on screen are
// read, a page at a time, and the search runs in SQL, so ten thousand
// clients scroll and filter as fast as ten.
#pragma once

#include "shell/app_context.hpp"

#include <counselor/core/records/case_repository.hpp>
#include <counselor/core/records/client_repository.hpp>

#include <wx/listctrl.h>
#include <wx/panel.h>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <vector>

class wxListBox;
class wxSearchCtrl;
class wxStaticText;

namespace counselor::gui {

class ClientListCtrl : public wxListCtrl {
  public:
    ClientListCtrl(wxWindow* parent, AppContext& context);

    void set_search(const std::string& text);  // refills from the first row
    std::optional<core::Client> client_at(long row);
    long row_of(std::int64_t client_id);  // -1 when the search does not list them
    std::int64_t count() const { return count_; }
    // Whether the whole row is on screen, not cut off at an edge.
    bool fully_shown(long row) const;

  private:
    wxString OnGetItemText(long item, long column) const override;
    void fit_name_column();
    const core::Client* cached(long row) const;

    AppContext& context_;
    std::string search_;
    std::int64_t count_ = 0;
    // Pages of rows already read, by first row; mutable because wx asks for
    // text from a const function.
    mutable std::map<long, std::vector<core::Client>> pages_;
};

class ClientListPanel : public wxPanel {
  public:
    ClientListPanel(wxWindow* parent, AppContext& context);

    // Called with the client and, when they have one, the case shown.
    std::function<void(std::int64_t client_id, std::optional<std::int64_t> case_id)> on_select;
    // The "New client" (false) and "New couple" (true) buttons.
    std::function<void(bool couple)> on_add;

    void select_client(std::int64_t client_id);
    void focus_search();
    // Sets the search text with the event typing sends, so the list follows.
    void type_search(const wxString& text);
    std::optional<std::int64_t> first_listed();
    void refresh();
    std::int64_t shown_count() const { return clients_->count(); }
    // The selected client's row: "row N of M, in view" or "…, cut off".
    wxString selected_row_text() const;

  private:
    void show_cases_of(std::int64_t client_id);
    void announce();

    AppContext& context_;
    wxSearchCtrl* search_ = nullptr;
    ClientListCtrl* clients_ = nullptr;
    wxStaticText* found_ = nullptr;
    wxListBox* cases_ = nullptr;
    std::vector<core::Case> case_rows_;
    std::int64_t client_id_ = 0;
};

}  // namespace counselor::gui
