// The Sessions & notes tab: the case's sessions and the notes written for them.
#pragma once

#include "app_context.hpp"
#include "record_page.hpp"

class wxStaticText;

namespace counselor::gui {

class SessionsPage : public RecordPage {
  public:
    SessionsPage(wxWindow* parent, AppContext& context);
    void show(const RecordView& view) override;

  private:
    AppContext& context_;
    wxListCtrl* sessions_ = nullptr;
    wxListCtrl* notes_ = nullptr;
};

}  // namespace counselor::gui
