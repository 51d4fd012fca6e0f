// The right pane: the selected client and case, in tabs.
#pragma once

#include "record/record_page.hpp"
#include "shell/app_context.hpp"

#include <counselor/core/security/hand_over_key.hpp>

#include <wx/panel.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

class wxNotebook;
class wxStaticText;
class wxFrame;

namespace counselor::gui {

class AssessmentsPage;
class FormDialog;
class HandOverFrame;
class OverviewPage;
class HomeworkPage;
class SessionsPage;

class RecordPanel : public wxPanel {
  public:
    RecordPanel(wxWindow* parent, AppContext& context);

    void show(std::int64_t client_id, std::optional<std::int64_t> case_id);
    void reload();
    // overview | assessments | sessions | homework; false for an unknown name.
    bool select_tab(const wxString& name);
    // See AssessmentsPage::make_form_dialog.
    FormDialog* make_form_dialog(const std::string& tool_id);
    // See AssessmentsPage::make_hand_over; the client shown answers.
    HandOverFrame* make_hand_over(const std::string& tool_id, core::HandOverKey key);

    // The page of that tab, made and brought up to date with the client
    // shown if it was not yet.
    SessionsPage* sessions_page();

    // Opens the Homework tab and the print preview of a handout there.
    wxFrame* preview_handout();
    // Opens the Assessments tab and the couple report's print preview there;
    // null with `why` when it cannot be shown.
    wxFrame* preview_couple_report(wxString& why);

    HomeworkPage& homework_page();
    // The Overview page as it is, without bringing it up to date.
    const OverviewPage* overview() const;
    OverviewPage* overview();
    // The Sessions page as it is; null until its tab was first chosen.
    const SessionsPage* sessions_made() const;

    std::function<void(std::int64_t client_id)> on_open_client;

  private:
    enum Tab : std::size_t { kOverview, kAssessments, kSessions, kHomework, kTabCount };
    // The page of `tab`, made the first time it is needed and shown the
    // current view if it has not seen it yet.
    RecordPage* page(Tab tab);
    RecordPage* make_page(Tab tab);
    AssessmentsPage* assessments();

    AppContext& context_;
    wxStaticText* title_ = nullptr;
    wxStaticText* empty_hint_ = nullptr;
    wxNotebook* tabs_ = nullptr;
    // Each tab holds an empty panel until its page is first needed: only
    // the tab on screen is built and reads its records when the window
    // starts or a client is opened (the others' lists, charts and note
    // editor wait until their tab is chosen), so the window is ready sooner.
    std::vector<wxPanel*> holders_;
    std::vector<RecordPage*> pages_;  // null until made
    std::vector<bool> up_to_date_;    // page has shown view_
    std::optional<RecordView> view_;
};

}  // namespace counselor::gui
