#include "plugins_dialog.hpp"

#include "wx_text.hpp"

#include <counselor/core/paths.hpp>

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

PluginsDialog::PluginsDialog(wxWindow* parent, const AppContext& context)
    : wxDialog(parent, wxID_ANY, _("Plugins"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    wxString heading = context.safe_mode
                           ? _("Safe mode: only the plugins that came with the program are loaded.")
                           : _("Every plugin found when the program started:");
    column->Add(new wxStaticText(this, wxID_ANY, heading), wxSizerFlags().Border(wxALL, 10));
    column->Add(plugin_list(this, context.plugins),
                wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 10));

    const wxString folder = ui(core::user_plugin_dir().string());
    auto* where = new wxStaticText(
        this, wxID_ANY,
        wxString::Format(_("To add a plugin, copy its folder (plugin.json and its library) into\n"
                           "%s\nand restart. A plugin you add starts disabled; enabling it "
                           "from this window is not done yet."),
                         folder));
    column->Add(where, wxSizerFlags().Border(wxALL, 10));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* open = new wxButton(this, wxID_ANY, _("&Open Plugin Folder"));
    open->Bind(wxEVT_BUTTON, [folder](wxCommandEvent&) {
        wxFileName::Mkdir(folder, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
        wxLaunchDefaultApplication(folder);
    });
    buttons->Add(open);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CLOSE));
    column->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 10));
    SetEscapeId(wxID_CLOSE);
    SetAffirmativeId(wxID_CLOSE);
    SetSizerAndFit(column);
}

}  // namespace counselor::gui
