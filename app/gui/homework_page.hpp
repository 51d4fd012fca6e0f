// The Homework tab: the exercises assigned in this case and where they stand.
#pragma once

#include "app_context.hpp"
#include "record_page.hpp"

#include <map>
#include <string>

namespace counselor::gui {

class HomeworkPage : public RecordPage {
  public:
    HomeworkPage(wxWindow* parent, AppContext& context);
    void show(const RecordView& view) override;

  private:
    const std::map<std::string, std::string>& exercise_titles();

    AppContext& context_;
    wxListCtrl* assigned_ = nullptr;
    std::map<std::string, std::string> titles_;  // template id -> title, read once
    bool titles_read_ = false;
};

}  // namespace counselor::gui
