// The first tab: who the client is, who else is in the case, a red banner
// while a safety concern is open, and everything that happened, newest first.
#pragma once

#include "app_context.hpp"
#include "record_page.hpp"

#include <functional>

class wxFlexGridSizer;
class wxStaticText;

namespace counselor::gui {

class OverviewPage : public RecordPage {
  public:
    OverviewPage(wxWindow* parent, AppContext& context);
    void show(const RecordView& view) override;

    std::function<void(std::int64_t client_id)> on_open_client;  // a case member's link

  private:
    void show_banner(const RecordView& view);
    void wrap_banner();
    void show_profile(const core::Client& client);
    void show_members(const RecordView& view);
    void show_timeline(const RecordView& view);

    AppContext& context_;
    wxPanel* banner_ = nullptr;
    wxStaticText* banner_text_ = nullptr;
    wxString banner_label_;  // unwrapped
    int banner_wrap_ = 0;    // the width it was last wrapped to
    wxFlexGridSizer* profile_ = nullptr;
    wxPanel* profile_panel_ = nullptr;
    wxStaticText* case_title_ = nullptr;
    wxPanel* members_ = nullptr;
    wxListCtrl* timeline_ = nullptr;
};

}  // namespace counselor::gui
