#include "plugins_dialog.hpp"

#include "wx_text.hpp"

#include <counselor/core/errors.hpp>
#include <counselor/core/paths.hpp>
#include <counselor/core/plugin_choices.hpp>

#include <wx/button.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

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

    const wxString folder = ui(core::user_plugin_dir().string());
    auto* where = new wxStaticText(
        this, wxID_ANY,
        wxString::Format(_("To add a plugin, copy its folder (plugin.json and its library) into\n"
                           "%s\nand restart. A plugin you add starts disabled: select it "
                           "here and switch it on."),
                         folder));
    column->Add(where, wxSizerFlags().Border(wxALL, 10));

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
    buttons->Add(switch_, wxSizerFlags().Border(wxRIGHT, 6));
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

}  // namespace counselor::gui
