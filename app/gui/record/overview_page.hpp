// The first tab: who the client is, who else is in the case, a red banner
// while the safety hold or any other critical concern is open (with what to
// do next, or, made discreet for a laptop the couple can see, one line), and
// everything that happened, newest first.
#pragma once

#include "record/record_page.hpp"
#include "shell/app_context.hpp"

#include <counselor/core/records/flag_repository.hpp>

#include <wx/listctrl.h>

#include <array>
#include <functional>
#include <optional>
#include <set>
#include <vector>

class wxButton;
class wxFlexGridSizer;
class wxStaticText;

namespace counselor::gui {

// The timeline's rows (when, what, details), kept here as text; a virtual
// list asks only for the rows on screen. Inserting every row into wx's
// generic list instead (InsertItem and a SetItem per cell, each laid out at
// once) was about 3 % of the instructions of the window's start.
class TimelineList : public wxListCtrl {
  public:
    using Row = std::array<wxString, 3>;
    explicit TimelineList(wxWindow* parent);
    void set_rows(std::vector<Row> rows);
    const std::vector<Row>& rows() const { return rows_; }

  private:
    wxString OnGetItemText(long item, long column) const override;
    std::vector<Row> rows_;
};

class OverviewPage : public RecordPage {
  public:
    OverviewPage(wxWindow* parent, AppContext& context);
    void show(const RecordView& view) override;

    std::function<void(std::int64_t client_id)> on_open_client;  // a case member's link
    // What the timeline shows, row by row (for the batch run's report).
    const std::vector<TimelineList::Row>& timeline_rows() const { return timeline_->rows(); }
    wxString case_title() const { return case_title_->GetLabel(); }
    wxString profile_text() const;  // the profile's values, " | " between them
    // The banner's text as shown ("" when hidden), for the batch run's report.
    wxString banner_shown() const;
    // One click: the banner says only that a concern is open, for this case
    // until it is opened again or the program ends.
    void set_banner_discreet(bool discreet);

  private:
    void show_banner(const RecordView& view);
    void wrap_banner();
    wxString banner_details(const std::vector<core::Flag>& flags) const;
    void resolve_concerns();
    void show_profile(const core::Client& client);
    void show_members(const RecordView& view);
    void show_timeline(const RecordView& view);

    AppContext& context_;
    wxPanel* banner_ = nullptr;
    wxStaticText* banner_text_ = nullptr;
    wxButton* banner_toggle_ = nullptr;
    wxButton* banner_resolve_ = nullptr;
    std::vector<core::Flag> banner_flags_;     // what the banner speaks of
    wxString banner_label_;                    // unwrapped
    std::optional<std::int64_t> banner_case_;  // the case the banner speaks of
    std::set<std::int64_t> discreet_cases_;    // until the program ends
    std::optional<RecordView> view_shown_;
    int banner_wrap_ = 0;  // the width it was last wrapped to
    // Name, born, email, phone, client since: made once, their text set per client.
    std::array<wxStaticText*, 5> profile_values_{};
    wxStaticText* case_title_ = nullptr;
    wxPanel* members_ = nullptr;
    TimelineList* timeline_ = nullptr;
};

}  // namespace counselor::gui
