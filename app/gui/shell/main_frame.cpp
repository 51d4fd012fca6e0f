#include "shell/main_frame.hpp"

#include "dialogs/practice_settings_dialog.hpp"

#include "dialogs/backup_dialog.hpp"
#include "dialogs/plugins_dialog.hpp"
#include "dialogs/practice_settings_dialog.hpp"
#include "record/assessments_page.hpp"
#include "record/client_list_panel.hpp"
#include "record/homework_page.hpp"
#include "record/overview_page.hpp"
#include "record/record_panel.hpp"
#include "record/sessions_page.hpp"
#include "shell/backup_reminder.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/platform/logging.hpp>
#include <counselor/core/platform/version.hpp>
#include <counselor/core/records/recent_client.hpp>

#include <spdlog/spdlog.h>
#include <wx/aboutdlg.h>
#include <wx/config.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/statusbr.h>
#include <wx/textentry.h>

namespace counselor::gui {

namespace {

enum MenuId {
    kNewClient = wxID_HIGHEST + 1,
    kNewCouple,
    kFindClient,
    kTabOverview,
    kTabAssessments,
    kTabSessions,
    kTabHomework,
    kNewSession,
    kMarkSession,
    kNewNote,
    kAssignHomework,
    kRefresh,
    kManagePlugins,
    kBackUp,
    kRestore,
    kPracticeSettings,
    kFirstTool,  // one id per tool from here on
};

const char* const kSashKey = "/MainFrame/Sash";

void edit_focused_text(int command) {
    auto* text = dynamic_cast<wxTextEntry*>(wxWindow::FindFocus());
    if (!text) return;
    switch (command) {
        case wxID_UNDO:
            text->Undo();
            break;
        case wxID_CUT:
            text->Cut();
            break;
        case wxID_COPY:
            text->Copy();
            break;
        case wxID_PASTE:
            text->Paste();
            break;
        case wxID_SELECTALL:
            text->SelectAll();
            break;
        default:
            break;
    }
}

}  // namespace

MainFrame::MainFrame(AppContext& context)
    : wxFrame(nullptr, wxID_ANY, _("Counselor Workstation"), wxDefaultPosition, wxSize(1200, 780)),
      context_(context) {
    SetName("main");  // the key its size and position are remembered under
    SetMinSize(FromDIP(wxSize(800, 520)));
    context_.report = [this](const std::string& text) { say(ui(text)); };

    reminder_ = new BackupReminder(this);
    reminder_->on_back_up = [this] { back_up(); };
    split_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                  wxSP_LIVE_UPDATE | wxSP_3DSASH);
    split_->SetMinimumPaneSize(FromDIP(220));
    clients_ = new ClientListPanel(split_, context_);
    record_ = new RecordPanel(split_, context_);
    split_->SplitVertically(clients_, record_, wxConfig::Get()->ReadLong(kSashKey, FromDIP(320)));
    split_->SetSashGravity(0.0);  // a wider window gives its room to the record

    clients_->on_select = [this](std::int64_t id, std::optional<std::int64_t> case_id) {
        on_select(id, case_id);
    };
    clients_->on_add = [this](bool couple) {
        add_people(couple ? NewClientDialog::Kind::couple : NewClientDialog::Kind::individual);
    };
    record_->on_open_client = [this](std::int64_t id) { open_client(id); };
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(reminder_, wxSizerFlags().Expand());
    column->Add(split_, wxSizerFlags(1).Expand());
    SetSizer(column);

    SetMenuBar(make_menus());
    CreateStatusBar(2);
    const int widths[] = {-3, -2};
    GetStatusBar()->SetStatusWidths(2, widths);
    update_counts();
    say(_("Ready"));
}

MainFrame::~MainFrame() {
    wxConfig::Get()->Write(kSashKey, split_->GetSashPosition());
}

wxMenuBar* MainFrame::make_menus() {
    auto* file = new wxMenu;
    file->Append(kNewClient, _("New &Client...\tCtrl+N"), _("Add one client"));
    file->Append(kNewCouple, _("New C&ouple...\tCtrl+Shift+N"),
                 _("Add both spouses and open their couple case"));
    file->AppendSeparator();
    file->Append(kBackUp, _("&Back Up...\tCtrl+B"),
                 _("Write a checked backup of the whole practice"));
    file->Append(kRestore, _("&Restore..."), _("Replace the practice with a backup"));
    file->AppendSeparator();
    file->Append(kPracticeSettings, _("Practice &Settings..."),
                 _("Names, credentials and the crisis numbers printed for clients"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
    auto* edit = new wxMenu;
    edit->Append(wxID_UNDO);
    edit->AppendSeparator();
    edit->Append(wxID_CUT);
    edit->Append(wxID_COPY);
    edit->Append(wxID_PASTE);
    edit->Append(wxID_SELECTALL);
    edit->AppendSeparator();
    edit->Append(kFindClient, _("&Find Client...\tCtrl+F"), _("Search clients by name"));
    auto* client = new wxMenu;
    client->Append(kTabOverview, _("&Overview\tCtrl+1"));
    client->Append(kTabAssessments, _("&Assessments\tCtrl+2"));
    client->Append(kTabSessions, _("&Sessions && Notes\tCtrl+3"));
    client->Append(kTabHomework, _("&Homework\tCtrl+4"));
    client->AppendSeparator();
    client->Append(kNewSession, _("New &Session..."), _("Plan a session of the case shown"));
    client->Append(kMarkSession, _("&Mark Session As..."),
                   _("Say how the selected session went: held, cancelled or missed"));
    client->Append(kNewNote, _("New &Note..."), _("Write a note for the selected session"));
    client->Append(kAssignHomework, _("Assign &Homework..."),
                   _("Choose an exercise for a spouse or the couple"));
    client->AppendSeparator();
    client->Append(kRefresh, _("&Refresh\tF5"));
    auto* plugins = new wxMenu;
    plugins->Append(kManagePlugins, _("&Manage Plugins...\tCtrl+Shift+P"));
    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, _("&About Counselor Workstation"));

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(edit, _("&Edit"));
    bar->Append(client, _("&Client"));
    bar->Append(make_tools_menu(), _("&Tools"));
    bar->Append(plugins, _("&Plugins"));
    bar->Append(help, _("&Help"));

    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { add_people(NewClientDialog::Kind::individual); },
        kNewClient);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { add_people(NewClientDialog::Kind::couple); },
        kNewCouple);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { back_up(); }, kBackUp);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (on_restore) on_restore();
        },
        kRestore);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { clients_->focus_search(); }, kFindClient);
    // The editing commands act on the text field that has the focus.
    for (int command : {wxID_UNDO, wxID_CUT, wxID_COPY, wxID_PASTE, wxID_SELECTALL}) {
        Bind(
            wxEVT_MENU, [command](wxCommandEvent&) { edit_focused_text(command); }, command);
    }
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            select_tab("sessions");
            sessions_page()->on_new_session();
        },
        kNewSession);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            select_tab("sessions");
            sessions_page()->on_mark_as();
        },
        kMarkSession);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            select_tab("sessions");
            sessions_page()->on_new_note();
        },
        kNewNote);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            select_tab("homework");
            homework_page().assign();
        },
        kAssignHomework);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { select_tab("overview"); }, kTabOverview);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { select_tab("assessments"); }, kTabAssessments);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { select_tab("sessions"); }, kTabSessions);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { select_tab("homework"); }, kTabHomework);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            clients_->refresh();
            record_->reload();
            update_counts();
        },
        kRefresh);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { show_plugins_dialog(true); }, kManagePlugins);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { show_about(); }, wxID_ABOUT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { show_practice_settings(true); }, kPracticeSettings);
    return bar;
}

// One entry per tool the loaded plugins offer, grouped by kind: the window
// knows kinds, never particular tools.
wxMenu* MainFrame::make_tools_menu() {
    auto* menu = new wxMenu;
    int id = kFirstTool;
    for (const auto& tool : context_.plugins.tools()) {
        menu->Append(
            id, ui(tool.info.name),
            wxString::Format(_("%s from the plugin %s"), ui(tool.info.kind), ui(tool.plugin_id)));
        tool_tabs_[id] = utf8(tab_for_tool_kind(tool.info.kind));
        ++id;
    }
    if (tool_tabs_.empty()) {
        menu->Append(wxID_ANY, _("No tools: no plugin is loaded"))->Enable(false);
        return menu;
    }
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent& event) {
            auto tab = tool_tabs_.find(event.GetId());
            if (tab != tool_tabs_.end()) select_tab(ui(tab->second));
        },
        kFirstTool, id - 1);
    return menu;
}

bool MainFrame::remind_of_backup() {
    try {
        return reminder_->show_if_due(context_.db);
    } catch (const core::UserError& error) {
        // A reminder must never keep the window from starting.
        core::log().warn("backup reminder not checked: {}", error.what());
        return false;
    }
}

wxString MainFrame::counts_shown() const {
    return GetStatusBar() != nullptr ? GetStatusBar()->GetStatusText(1) : wxString();
}

wxString MainFrame::timeline_shown() const {
    const auto* overview = record_->overview();
    if (overview == nullptr) return "no overview";
    const auto& rows = overview->timeline_rows();
    wxString text = wxString::Format("%zu rows", rows.size());
    if (!rows.empty()) text += "; first: " + rows[0][0] + " | " + rows[0][1] + " | " + rows[0][2];
    return text;
}

wxString MainFrame::sessions_shown() const {
    const auto* sessions = record_->sessions_made();
    return sessions == nullptr ? wxString("not opened") : sessions->sessions_shown();
}

wxString MainFrame::case_shown() const {
    const auto* overview = record_->overview();
    return overview == nullptr ? wxString("no overview") : overview->case_title();
}

void MainFrame::set_banner_discreet(bool discreet) {
    if (auto* overview = record_->overview()) overview->set_banner_discreet(discreet);
}

wxString MainFrame::banner_shown() const {
    const auto* overview = record_->overview();
    return overview == nullptr ? wxString() : overview->banner_shown();
}

wxString MainFrame::profile_shown() const {
    const auto* overview = record_->overview();
    return overview == nullptr ? wxString("no overview") : overview->profile_text();
}

wxString MainFrame::client_row_shown() const {
    return clients_->selected_row_text();
}

bool MainFrame::backup_reminder_shown() const {
    return reminder_->shown();
}

void MainFrame::back_up() {
    if (back_up_interactively(this, context_.db.path(), context_.actor)) after_backup();
}

void MainFrame::after_backup() {
    remind_of_backup();  // hides it now that the backup is fresh
    Layout();
    say(_("Backup written"));
}

void MainFrame::add_people(NewClientDialog::Kind kind) {
    NewClientDialog dialog(this, context_, kind);
    if (dialog.ShowModal() == wxID_OK) show_added(dialog);
}

NewClientDialog* MainFrame::make_new_client_dialog(NewClientDialog::Kind kind) {
    return new NewClientDialog(this, context_, kind);
}

void MainFrame::show_added(const NewClientDialog& dialog) {
    clients_->refresh();
    open_client(dialog.client_id());
    update_counts();
    say(dialog.case_id() ? _("Added, with a new case") : _("Added"));
}

void MainFrame::on_select(std::int64_t client_id, std::optional<std::int64_t> case_id) {
    try {
        record_->show(client_id, case_id);
        core::remember_last_client(context_.db, client_id);
        core::log().info("client {} opened", client_id);
    } catch (const core::UserError& error) {
        say(ui(error.what()));
    }
}

void MainFrame::open_client(std::int64_t client_id) {
    clients_->select_client(client_id);
}

MainFrame::Listed MainFrame::search_clients(const std::string& text) {
    clients_->type_search(ui(text));
    update_counts();
    return {clients_->shown_count(), clients_->first_listed()};
}

bool MainFrame::select_tab(const wxString& name) {
    return record_->select_tab(name);
}

FormDialog* MainFrame::make_form_dialog(const std::string& tool_id) {
    return record_->make_form_dialog(tool_id);
}

const std::filesystem::path& MainFrame::database_path() const {
    return context_.db.path();
}

HandOverFrame* MainFrame::make_hand_over(const std::string& tool_id, core::HandOverKey key) {
    return record_->make_hand_over(tool_id, std::move(key));
}

SessionsPage* MainFrame::sessions_page() const {
    return record_->sessions_page();
}

void MainFrame::say(const wxString& text) {
    SetStatusText(text, 0);
}

void MainFrame::update_counts() {
    std::size_t loaded = 0;
    for (const auto& plugin : context_.plugins.plugins())
        loaded += plugin.status == core::PluginStatus::loaded ? 1 : 0;
    wxString text =
        wxString::Format(wxPLURAL("%lld client", "%lld clients", clients_->shown_count()),
                         static_cast<long long>(clients_->shown_count()));
    text += " \u00b7 " +
            wxString::Format(wxPLURAL("%zu plugin loaded", "%zu plugins loaded", loaded), loaded);
    if (context_.safe_mode) text += " \u00b7 " + _("safe mode");
    SetStatusText(text, 1);
}

PluginsDialog* MainFrame::show_plugins_dialog(bool modal) {
    auto* dialog = new PluginsDialog(this, context_);
    if (modal) {
        dialog->ShowModal();
        dialog->Destroy();
        return nullptr;
    }
    dialog->Show();  // for a screenshot: the frame's event loop keeps running
    return dialog;
}

PracticeSettingsDialog* MainFrame::show_practice_settings(bool modal) {
    auto* dialog = new PracticeSettingsDialog(this, context_);
    if (!modal) {
        dialog->Show();  // for a screenshot
        return dialog;
    }
    // The banner's crisis numbers and every later printout read the new ones.
    if (dialog->ShowModal() == wxID_OK) record_->reload();
    dialog->Destroy();
    return nullptr;
}

void MainFrame::show_about() {
    wxAboutDialogInfo info;
    info.SetName(_("Counselor Workstation"));
    info.SetVersion(core::program_version());
    wxString text =
        _("Records, assessments, notes and homework for pastoral and marriage "
          "counselors, kept on this computer.\n\nLoaded plugins:");
    for (const auto& plugin : context_.plugins.plugins()) {
        if (plugin.status == core::PluginStatus::loaded)
            text += "\n" + ui(plugin.name) + " " + ui(plugin.version);
    }
    info.SetDescription(text);
    wxAboutBox(info, this);
}

HomeworkPage& MainFrame::homework_page() {
    return record_->homework_page();
}

wxFrame* MainFrame::preview_handout() {
    return record_->preview_handout();
}

wxFrame* MainFrame::preview_couple_report(wxString& why) {
    return record_->preview_couple_report(why);
}

}  // namespace counselor::gui
