#include "record/client_list_panel.hpp"

#include "widgets/wx_text.hpp"

#include <counselor/core/records/record_service.hpp>

#include <wx/button.h>
#include <wx/listbox.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

namespace counselor::gui {

namespace {
constexpr long kPageRows = 100;

wxString case_label(const core::Case& shown) {
    wxString kind = ui(std::string(core::to_string(shown.kind)));
    wxString title = shown.title.empty() ? _("(untitled)") : ui(shown.title);
    return wxString::Format(_("%s: %s (%s)"), kind, title, ui(shown.status));
}
}  // namespace

ClientListCtrl::ClientListCtrl(wxWindow* parent, AppContext& context)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL),
      context_(context) {
    AppendColumn(_("Name"), wxLIST_FORMAT_LEFT, FromDIP(190));
    AppendColumn(_("Born"), wxLIST_FORMAT_LEFT, FromDIP(90));
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        fit_name_column();  // now, so the first frame shown is the final one
    });
    set_search({});
}

void ClientListCtrl::set_search(const std::string& text) {
    search_ = text;
    pages_.clear();
    count_ = core::RecordService(context_.db, context_.actor).count_clients(search_);
    SetItemCount(static_cast<long>(count_));
    Refresh();
}

const core::Client* ClientListCtrl::cached(long row) const {
    const long first = row - row % kPageRows;
    auto page = pages_.find(first);
    if (page == pages_.end()) {
        auto rows = core::RecordService(context_.db, context_.actor)
                        .find_clients(search_, kPageRows, static_cast<int>(first));
        page = pages_.emplace(first, std::move(rows)).first;
    }
    const auto index = static_cast<std::size_t>(row - first);
    return index < page->second.size() ? &page->second[index] : nullptr;
}

std::optional<core::Client> ClientListCtrl::client_at(long row) {
    if (const auto* client = cached(row)) return *client;
    return std::nullopt;
}

long ClientListCtrl::row_of(std::int64_t client_id) {
    auto row = core::RecordService(context_.db, context_.actor).row_in_search(search_, client_id);
    return row ? static_cast<long>(*row) : -1;
}

bool ClientListCtrl::fully_shown(long row) const {
    const long top = GetTopItem();
    return row >= top && row < top + GetCountPerPage();
}

// The name takes whatever width the date of birth leaves, so long names
// are not cut off while the pane has room.
void ClientListCtrl::fit_name_column() {
    const int name_width = GetClientSize().GetWidth() - GetColumnWidth(1);
    if (name_width > FromDIP(80)) SetColumnWidth(0, name_width);
}

wxString ClientListCtrl::OnGetItemText(long item, long column) const {
    const auto* client = cached(item);
    if (!client) return {};
    if (column == 0) return ui(client->last_name + ", " + client->first_name);
    return ui(client->date_of_birth.value_or(""));
}

ClientListPanel::ClientListPanel(wxWindow* parent, AppContext& context)
    : wxPanel(parent), context_(context) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    search_ = new wxSearchCtrl(this, wxID_ANY);
    search_->SetDescriptiveText(_("Search clients by first or last name"));
    search_->ShowCancelButton(true);
    column->Add(search_, wxSizerFlags().Expand().Border(wxALL, 6));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* add_client = new wxButton(this, wxID_ANY, _("New client..."));
    auto* add_couple = new wxButton(this, wxID_ANY, _("New couple..."));
    buttons->Add(add_client, wxSizerFlags(1).Border(wxRIGHT, 6));
    buttons->Add(add_couple, wxSizerFlags(1));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 6));
    add_client->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (on_add) on_add(false);
    });
    add_couple->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (on_add) on_add(true);
    });

    clients_ = new ClientListCtrl(this, context_);
    column->Add(clients_, wxSizerFlags(3).Expand().Border(wxLEFT | wxRIGHT, 6));
    found_ = new wxStaticText(this, wxID_ANY, {});
    column->Add(found_, wxSizerFlags().Border(wxALL, 6));

    column->Add(new wxStaticText(this, wxID_ANY, _("Cases of this client")),
                wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 6));
    cases_ = new wxListBox(this, wxID_ANY);
    column->Add(cases_, wxSizerFlags(1).Expand().Border(wxALL, 6));
    SetSizer(column);

    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { refresh(); });
    search_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) { search_->Clear(); });
    clients_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        if (auto client = clients_->client_at(event.GetIndex())) show_cases_of(client->id);
    });
    cases_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent& event) {
        const auto index = static_cast<std::size_t>(event.GetSelection());
        if (on_select && index < case_rows_.size()) on_select(client_id_, case_rows_[index].id);
    });
    announce();
}

void ClientListPanel::refresh() {
    client_id_ = 0;  // a case may have been opened since: read the cases again
    clients_->set_search(utf8(search_->GetValue()));
    announce();
}

void ClientListPanel::announce() {
    found_->SetLabel(wxString::Format(wxPLURAL("%lld client", "%lld clients", clients_->count()),
                                      static_cast<long long>(clients_->count())));
}

void ClientListPanel::type_search(const wxString& text) {
    search_->SetValue(text);
}

std::optional<std::int64_t> ClientListPanel::first_listed() {
    if (auto client = clients_->client_at(0)) return client->id;
    return std::nullopt;
}

wxString ClientListPanel::selected_row_text() const {
    const long row = clients_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0) return "none selected";
    return wxString::Format("row %ld of %lld, %s", row + 1,
                            static_cast<long long>(clients_->count()),
                            clients_->fully_shown(row) ? "in view" : "cut off");
}

void ClientListPanel::focus_search() {
    search_->SetFocus();
    search_->SelectAll();
}

void ClientListPanel::select_client(std::int64_t client_id) {
    long row = clients_->row_of(client_id);
    if (row < 0) {
        // Not in the current search: clear it so the client shows.
        search_->ChangeValue({});
        refresh();
        row = clients_->row_of(client_id);
    }
    if (row < 0) return;
    clients_->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                           wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    clients_->EnsureVisible(row);
    show_cases_of(client_id);  // the list does not send an event for a programmatic change
}

void ClientListPanel::show_cases_of(std::int64_t client_id) {
    if (client_id == client_id_ && !case_rows_.empty()) return;
    client_id_ = client_id;
    case_rows_ = core::RecordService(context_.db, context_.actor).cases_of(client_id);
    cases_->Clear();
    for (const auto& shown : case_rows_)
        cases_->Append(case_label(shown));
    std::optional<std::int64_t> case_id;
    if (!case_rows_.empty()) {
        cases_->SetSelection(0);
        case_id = case_rows_.front().id;
    }
    if (on_select) on_select(client_id, case_id);
}

}  // namespace counselor::gui
