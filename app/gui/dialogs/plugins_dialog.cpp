#include "dialogs/plugins_dialog.hpp"

#include "widgets/wx_text.hpp"

#include <counselor/core/platform/errors.hpp>
#include <counselor/core/platform/paths.hpp>
#include <counselor/core/plugins/plugin_choices.hpp>
#include <counselor/core/plugins/plugin_probe.hpp>

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include <filesystem>

namespace counselor::gui {

namespace {

wxString status_text(core::PluginStatus status) {
    switch (status) {
        case core::PluginStatus::loaded:
            return _("loaded");
        case core::PluginStatus::refused:
            return _("refused");
        case core::PluginStatus::disabled:
            return _("disabled");
    }
    return {};
}

wxString origin_text(core::PluginOrigin origin) {
    switch (origin) {
        case core::PluginOrigin::bundled:
            return _("bundled");
        case core::PluginOrigin::user:
            return _("your folder");
        case core::PluginOrigin::path:
            return _("extra folder");
    }
    return {};
}

wxListCtrl* plugin_list(wxWindow* parent, const core::PluginHost& plugins) {
    auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition,
                                parent->FromDIP(wxSize(1140, 260)), wxLC_REPORT | wxLC_SINGLE_SEL);
    const wxString columns[] = {_("Status"), _("Plugin"), _("Version"),
                                _("From"),   _("Reason"), _("Location")};
    const int widths[] = {80, 270, 70, 100, 240, 360};
    for (int c = 0; c < 6; ++c)
        list->AppendColumn(columns[c], wxLIST_FORMAT_LEFT, parent->FromDIP(widths[c]));
    long row = 0;
    for (const auto& plugin : plugins.plugins()) {
        wxString name = ui(plugin.name.empty() ? plugin.id : plugin.name);
        if (!plugin.id.empty() && plugin.name != plugin.id) name += " (" + ui(plugin.id) + ")";
        list->InsertItem(row, status_text(plugin.status));
        list->SetItem(row, 1, name);
        list->SetItem(row, 2, ui(plugin.version));
        list->SetItem(row, 3, origin_text(plugin.origin));
        list->SetItem(row, 4, ui(plugin.reason));
        list->SetItem(row, 5, ui(plugin.location.string()));
        if (plugin.status == core::PluginStatus::refused) list->SetItemTextColour(row, *wxRED);
        ++row;
    }
    return list;
}

// The warnings plugins gave while loading, one per line under the plugin's
// name; empty when there are none.
wxString loading_warnings(const core::PluginHost& plugins) {
    wxString text;
    for (const auto& plugin : plugins.plugins()) {
        for (const auto& warning : plugin.warnings)
            text += ui(plugin.name.empty() ? plugin.id : plugin.name) + ": " + ui(warning) + "\n";
    }
    return text.Trim();
}

wxString findings_text(const std::string& path, const core::ProbeReport& report) {
    if (!report.usable)
        return wxString::Format(_("%s\ncannot be used: %s"), ui(path), ui(report.problem));
    const auto& offers = report.offers;
    wxString text = wxString::Format(_("%s\n%s %s loads and answers. It offers:"), ui(path),
                                     ui(offers.value("name", offers.value("id", "?"))),
                                     ui(offers.value("version", "")));
    for (const auto& tool : offers.value("tools", nlohmann::json::array())) {
        const std::string form = tool.value("form", "");
        text += wxString::Format("\n  \u2022 %s (%s, %s)", ui(tool.value("name", "")),
                                 ui(tool.value("id", "")), ui(tool.value("kind", "")));
        if (form != "ok") text += " \u2014 " + wxString::Format(_("form: %s"), ui(form));
    }
    return text;
}

}  // namespace

PluginsDialog::PluginsDialog(wxWindow* parent, AppContext& context)
    : wxDialog(parent, wxID_ANY, _("Plugins"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      context_(context) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    wxString heading = context.safe_mode
                           ? _("Safe mode: only the plugins that came with the program are loaded.")
                           : _("Every plugin found when the program started:");
    column->Add(new wxStaticText(this, wxID_ANY, heading), wxSizerFlags().Border(wxALL, 10));
    list_ = plugin_list(this, context.plugins);
    column->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 10));

    warnings_ = loading_warnings(context.plugins);
    if (!warnings_.empty()) {
        column->Add(new wxStaticText(this, wxID_ANY, _("Warnings while loading:")),
                    wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 10));
        auto* text = new wxTextCtrl(this, wxID_ANY, warnings_, wxDefaultPosition,
                                    FromDIP(wxSize(-1, 70)), wxTE_MULTILINE | wxTE_READONLY);
        text->SetForegroundColour(wxColour(0xa0, 0x40, 0x00));
        column->Add(text, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 10));
    }

    const wxString folder = ui(core::user_plugin_dir().string());
    auto* where = new wxStaticText(
        this, wxID_ANY,
        wxString::Format(_("To add a plugin, copy its folder (plugin.json and its library) into\n"
                           "%s\nand restart. A plugin you add starts disabled: select it "
                           "here and switch it on."),
                         folder));
    column->Add(where, wxSizerFlags().Border(wxALL, 10));

    column->Add(new wxStaticText(this, wxID_ANY,
                                 _("Examine a plugin before you install it: it is loaded in a "
                                   "separate process, so one that crashes cannot take this "
                                   "window down.")),
                wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, 10));
    findings_ =
        new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(-1, 90)),
                       wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2);
    column->Add(findings_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 10));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* open = new wxButton(this, wxID_ANY, _("&Open Plugin Folder"));
    open->Bind(wxEVT_BUTTON, [folder](wxCommandEvent&) {
        wxFileName::Mkdir(folder, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
        wxLaunchDefaultApplication(folder);
    });
    switch_ = new wxButton(this, wxID_ANY, _("Switch &Off"));
    switch_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
        const auto& plugin = context_.plugins.plugins().at(static_cast<std::size_t>(row));
        auto switched = switched_.find(row);
        const bool runs = switched != switched_.end() ? switched->second
                                                      : plugin.status == core::PluginStatus::loaded;
        switch_plugin(row, !runs);
    });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { update_switch(); });
    list_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { update_switch(); });
    auto* examine = new wxButton(this, wxID_ANY, _("&Examine a Plugin..."));
    examine->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { choose_and_examine(); });
    buttons->Add(switch_, wxSizerFlags().Border(wxRIGHT, 6));
    buttons->Add(examine, wxSizerFlags().Border(wxRIGHT, 6));
    buttons->Add(open);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CLOSE));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 10));
    SetEscapeId(wxID_CLOSE);
    SetAffirmativeId(wxID_CLOSE);
    SetSizerAndFit(column);
    update_switch();
}

// The switch acts on what a plugin will do at the next start; refused
// plugins and safe mode have nothing to switch.
void PluginsDialog::update_switch() {
    const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    const auto& plugins = context_.plugins.plugins();
    if (row < 0 || static_cast<std::size_t>(row) >= plugins.size() || context_.safe_mode) {
        switch_->Disable();
        return;
    }
    const auto& plugin = plugins[static_cast<std::size_t>(row)];
    switch_->Enable(plugin.status != core::PluginStatus::refused && !plugin.id.empty());
    auto switched = switched_.find(row);
    const bool runs = switched != switched_.end() ? switched->second
                                                  : plugin.status == core::PluginStatus::loaded;
    switch_->SetLabel(runs ? _("Switch &Off") : _("Switch &On"));
}

bool PluginsDialog::switch_plugin(long row, bool on) {
    const auto& plugins = context_.plugins.plugins();
    if (row < 0 || static_cast<std::size_t>(row) >= plugins.size()) return false;
    const auto& plugin = plugins[static_cast<std::size_t>(row)];
    try {
        core::PluginChoices choices(context_.db, context_.actor);
        if (on) {
            choices.enable(plugin.id);
        } else {
            choices.disable(plugin.id);
        }
    } catch (const core::UserError& error) {
        if (context_.report) context_.report(error.what());
        return false;
    }
    switched_[row] = on;
    list_->SetItem(row, 0, on ? _("on at next start") : _("off at next start"));
    update_switch();
    if (context_.report)
        context_.report(utf8(wxString::Format(
            on ? _("%s will run from the next start") : _("%s will not run from the next start"),
            ui(plugin.name.empty() ? plugin.id : plugin.name))));
    return true;
}

void PluginsDialog::choose_and_examine() {
    wxFileDialog choose(this, _("Examine a plugin"), wxEmptyString, wxEmptyString,
                        _("Plugin manifests and libraries (plugin.json;*.so)|plugin.json;*.so"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (choose.ShowModal() == wxID_OK) examine(utf8(choose.GetPath()));
}

wxString PluginsDialog::examine(const std::string& path) {
    wxBusyCursor busy;
    // This program again, as --probe-plugin-here: see main.cpp.
    const std::string self = std::filesystem::read_symlink("/proc/self/exe").string();
    const auto report = core::probe_plugin({self, "--probe-plugin-here"}, path);
    const wxString text = findings_text(path, report);
    findings_->Clear();
    findings_->SetDefaultStyle(wxTextAttr(report.usable
                                              ? wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT)
                                              : wxColour(0xb0, 0x00, 0x00)));
    findings_->AppendText(text);
    return text;
}

}  // namespace counselor::gui
