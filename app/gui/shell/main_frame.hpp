// The main window: clients on the left, the selected record on the right,
// the standard menus and a status bar.
#pragma once

#include "dialogs/new_client_dialog.hpp"
#include "shell/app_context.hpp"

#include <counselor/core/security/hand_over_key.hpp>

#include <wx/frame.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>

class wxSplitterWindow;

namespace counselor::gui {

class BackupReminder;
class ClientListPanel;
class FormDialog;
class HandOverFrame;
class HomeworkPage;
class PluginsDialog;
class PracticeSettingsDialog;
class RecordPanel;
class SessionsPage;

class MainFrame : public wxFrame {
  public:
    explicit MainFrame(AppContext& context);
    ~MainFrame() override;

    void open_client(std::int64_t client_id);
    struct Listed {
        std::int64_t count = 0;
        std::optional<std::int64_t> first_id;
    };
    // Types into the client search box; what the list then shows.
    Listed search_clients(const std::string& text);
    bool select_tab(const wxString& name);
    // A form for the tool and the record shown, not shown yet; see AssessmentsPage.
    FormDialog* make_form_dialog(const std::string& tool_id);
    const std::filesystem::path& database_path() const;
    // Hand-over mode on the tool's form for the client shown; not begun yet.
    HandOverFrame* make_hand_over(const std::string& tool_id, core::HandOverKey key);
    // Not shown yet, so a test can type into it; see add_people().
    NewClientDialog* make_new_client_dialog(NewClientDialog::Kind kind);
    // Lists and opens the client the dialog just stored.
    void show_added(const NewClientDialog& dialog);
    SessionsPage* sessions_page() const;
    // Modal for a person; modeless (and returned) for a screenshot.
    PluginsDialog* show_plugins_dialog(bool modal);
    wxFrame* preview_handout();
    HomeworkPage& homework_page();
    wxFrame* preview_couple_report(wxString& why);  // see RecordPanel
    void show_about();
    // Modal for a person (the record reloads after OK); modeless for a screenshot.
    PracticeSettingsDialog* show_practice_settings(bool modal);
    void say(const wxString& text);  // the status bar's message field

    // The weekly backup reminder above the record, shown when a backup is due.
    bool remind_of_backup();
    bool backup_reminder_shown() const;
    wxString counts_shown() const;  // the status bar's clients and plugins
    // The Overview's timeline as shown: its number of rows and the first row.
    wxString timeline_shown() const;
    wxString case_shown() const;              // the Overview's case heading
    wxString banner_shown() const;            // the Overview's banner as shown, "" when hidden
    void set_banner_discreet(bool discreet);  // the banner's Discreet button
    // The Sessions tab's list (see SessionsPage); "not opened" before its tab was.
    wxString sessions_shown() const;
    wxString profile_shown() const;     // the Overview's profile values
    wxString client_row_shown() const;  // the selected client's row in the list
    // File > Back Up...: asks where, writes it with progress, says where it went.
    void back_up();
    // A backup was written (by the menu or a batch run): the reminder goes.
    void after_backup();
    // File > Restore...: the application closes the practice to restore it.
    std::function<void()> on_restore;

  private:
    wxMenuBar* make_menus();
    wxMenu* make_tools_menu();
    void add_people(NewClientDialog::Kind kind);
    void on_select(std::int64_t client_id, std::optional<std::int64_t> case_id);
    void update_counts();

    AppContext& context_;
    BackupReminder* reminder_ = nullptr;
    wxSplitterWindow* split_ = nullptr;
    ClientListPanel* clients_ = nullptr;
    RecordPanel* record_ = nullptr;
    std::map<int, std::string> tool_tabs_;  // menu id -> tab of the tool's kind
};

}  // namespace counselor::gui
