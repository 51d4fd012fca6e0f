#include "record/overview_page.hpp"

#include "shell/user_action.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/records/practice.hpp>
#include <counselor/core/records/safety.hpp>
#include <counselor/core/records/timeline.hpp>

#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/hyperlink.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

#include <algorithm>
#include <map>
#include <set>

namespace counselor::gui {

namespace {

// Dark enough for white bold text to read at a glance (contrast above 7:1).
const wxColour kBannerRed(176, 0, 32);

wxString kind_text(core::TimelineKind kind) {
    switch (kind) {
        case core::TimelineKind::session:
            return _("Session");
        case core::TimelineKind::note:
            return _("Note");
        case core::TimelineKind::assessment:
            return _("Assessment");
        case core::TimelineKind::homework:
            return _("Homework");
    }
    return {};
}

wxString kind_text(core::CaseKind kind) {
    switch (kind) {
        case core::CaseKind::individual:
            return _("Individual");
        case core::CaseKind::couple:
            return _("Couple");
        case core::CaseKind::family:
            return _("Family");
    }
    return {};
}

wxString or_dash(const std::optional<std::string>& text) {
    return text && !text->empty() ? ui(*text) : wxString(wxS("\u2014"));
}

}  // namespace

TimelineList::TimelineList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL) {
    add_report_columns(this, parent, {{_("When"), 140}, {_("What"), 120}, {_("Details"), 600}});
}

void TimelineList::set_rows(std::vector<Row> rows) {
    rows_ = std::move(rows);
    SetItemCount(static_cast<long>(rows_.size()));
    Refresh();
}

wxString TimelineList::OnGetItemText(long item, long column) const {
    if (item < 0 || static_cast<std::size_t>(item) >= rows_.size() || column < 0 || column > 2)
        return {};
    return rows_[static_cast<std::size_t>(item)][static_cast<std::size_t>(column)];
}

OverviewPage::OverviewPage(wxWindow* parent, AppContext& context)
    : RecordPage(parent), context_(context) {
    auto* column = new wxBoxSizer(wxVERTICAL);

    banner_ = new wxPanel(this);
    banner_->SetBackgroundColour(kBannerRed);
    banner_text_ = new wxStaticText(banner_, wxID_ANY, {});
    banner_text_->SetForegroundColour(*wxWHITE);
    banner_text_->SetFont(banner_text_->GetFont().Bold().Scaled(1.1f));
    banner_toggle_ = new wxButton(banner_, wxID_ANY, _("&Discreet"));
    banner_toggle_->SetToolTip(
        _("Show only that a concern is open, for a screen the couple can "
          "see; click again to show it whole"));
    banner_toggle_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (banner_case_) set_banner_discreet(!discreet_cases_.count(*banner_case_));
    });
    banner_resolve_ = new wxButton(banner_, wxID_ANY, _("&Resolve\u2026"));
    banner_resolve_->SetToolTip(_("Close concerns you have followed up"));
    banner_resolve_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { resolve_concerns(); });
    auto* banner_buttons = new wxBoxSizer(wxVERTICAL);
    banner_buttons->Add(banner_toggle_, wxSizerFlags().Expand().Border(wxBOTTOM, 6));
    banner_buttons->Add(banner_resolve_, wxSizerFlags().Expand());
    auto* banner_sizer = new wxBoxSizer(wxHORIZONTAL);
    banner_sizer->Add(banner_text_, wxSizerFlags(1).Expand().Border(wxALL, 10));
    banner_sizer->Add(banner_buttons, wxSizerFlags().Top().Border(wxALL, 8));
    banner_->SetSizer(banner_sizer);
    column->Add(banner_, wxSizerFlags().Expand().Border(wxALL, 8));
    // The warning's lines run as wide as the banner, whatever the window's size.
    banner_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        const int width =
            event.GetSize().GetWidth() - FromDIP(36) -
            std::max(banner_toggle_->GetSize().GetWidth(), banner_resolve_->GetSize().GetWidth());
        if (width <= 0 || width == banner_wrap_) return;
        banner_wrap_ = width;
        CallAfter([this] { wrap_banner(); });
    });

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    auto* profile_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Client"));
    auto* profile_panel = new wxPanel(profile_box->GetStaticBox());
    auto* profile = new wxFlexGridSizer(2, wxSize(12, 4));
    const wxString names[] = {_("Name"), _("Born"), _("Email"), _("Phone"), _("Client since")};
    for (std::size_t i = 0; i < profile_values_.size(); ++i) {
        auto* name = new wxStaticText(profile_panel, wxID_ANY, names[i]);
        name->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
        profile->Add(name);
        profile_values_[i] = new wxStaticText(profile_panel, wxID_ANY, {});
        profile->Add(profile_values_[i]);
    }
    profile_panel->SetSizer(profile);
    profile_box->Add(profile_panel, wxSizerFlags(1).Expand().Border(wxALL, 4));
    top->Add(profile_box, wxSizerFlags(1).Expand().Border(wxRIGHT, 8));

    auto* case_box = new wxStaticBoxSizer(wxVERTICAL, this, _("Case"));
    case_title_ = new wxStaticText(case_box->GetStaticBox(), wxID_ANY, {});
    case_title_->SetFont(case_title_->GetFont().Bold());
    case_box->Add(case_title_, wxSizerFlags().Border(wxALL, 4));
    members_ = new wxPanel(case_box->GetStaticBox());
    members_->SetSizer(new wxBoxSizer(wxVERTICAL));
    case_box->Add(members_, wxSizerFlags(1).Expand().Border(wxALL, 4));
    top->Add(case_box, wxSizerFlags(1).Expand());
    column->Add(top, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 8));

    column->Add(make_heading(this, _("Timeline")), wxSizerFlags().Border(wxALL, 8));
    timeline_ = new TimelineList(this);
    column->Add(timeline_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 8));
    SetSizer(column);
    banner_->Hide();
}

void OverviewPage::show(const RecordView& view) {
    view_shown_ = view;
    Freeze();
    show_banner(view);
    show_profile(view.client);
    show_members(view);
    show_timeline(view);
    Layout();
    Thaw();
}

void OverviewPage::show_banner(const RecordView& view) {
    // Every open critical flag of the case (or of the client without one),
    // and every flag that holds the case whatever its severity.
    std::vector<core::Flag> flags;
    if (view.shown_case) {
        flags = core::open_flags_of_case(context_.db, view.shown_case->id);
    } else {
        core::FlagFilter filter;
        filter.client_id = view.client.id;
        flags = core::FlagRepository(context_.db).list(filter);
    }
    flags.erase(std::remove_if(flags.begin(), flags.end(),
                               [](const core::Flag& flag) {
                                   return flag.severity != "critical" && !flag.hold;
                               }),
                flags.end());
    banner_case_ = view.shown_case ? std::optional(view.shown_case->id) : std::nullopt;
    banner_flags_ = flags;
    banner_->Show(!flags.empty());
    if (flags.empty()) {
        banner_label_.clear();
        return;
    }
    const bool discreet = banner_case_ && discreet_cases_.count(*banner_case_);
    banner_label_ =
        discreet ? _("A critical concern is open: see it alone") : banner_details(flags);
    banner_toggle_->SetLabel(discreet ? _("&Show") : _("&Discreet"));
    banner_resolve_->Show(!discreet);  // a discreet banner offers nothing but Show
    wrap_banner();
}

// The counselor closes what they have followed up; the hold's own words
// say when that is. Each concern is listed once (its copies on the client
// and the case close with it).
void OverviewPage::resolve_concerns() {
    std::vector<const core::Flag*> listed;
    wxArrayString choices;
    std::set<std::string> said;
    for (const auto& flag : banner_flags_) {
        if (!said.insert(flag.message).second) continue;
        listed.push_back(&flag);
        choices.Add(ui(flag.message));
    }
    wxMultiChoiceDialog ask(this,
                            _("Resolve only what you have followed up: for the safety hold, "
                              "after seeing each spouse alone and making a safety plan."),
                            _("Resolve Concerns"), choices);
    if (ask.ShowModal() != wxID_OK || ask.GetSelections().empty()) return;
    attempt(this, context_, _("Resolve Concerns"), [&] {
        for (int index : ask.GetSelections())
            core::resolve_flag(context_.db, listed[static_cast<std::size_t>(index)]->id,
                               context_.actor);
    });
    if (view_shown_) show(*view_shown_);
}

// Flag messages name the kind of danger and what to do, never a person or
// an answer. A concern raised by an answer sits on the client and on the
// case: each is said once.
wxString OverviewPage::banner_details(const std::vector<core::Flag>& flags) const {
    const auto practice = core::read_practice_settings(context_.db);
    wxString hold, other;
    std::set<std::string> said;
    for (const auto& flag : flags) {
        if (!said.insert(flag.message).second) continue;
        (flag.hold ? hold : other) += "\n\u2022 " + ui(flag.message);
    }
    wxString text;
    if (!hold.empty()) {
        text = _("SAFETY HOLD: DANGER BETWEEN THE SPOUSES WAS REPORTED") + hold + "\n" +
               _("What to do now:");
        for (const auto& step : core::safety_hold_protocol(practice.crisis.domestic_violence))
            text += "\n  - " + ui(step);
        text += "\n" + _("Joint sessions, joint and spouse-directed homework and the couple "
                         "report wait on your confirmation until the hold is resolved.");
    }
    if (!other.empty()) {
        if (!text.empty()) text += "\n\n";
        text += _("CRITICAL CONCERN OPEN") + other;
    }
    return text + "\n" + ui(core::crisis_numbers_line(practice.crisis));
}

void OverviewPage::set_banner_discreet(bool discreet) {
    if (!banner_case_) return;
    if (discreet) {
        discreet_cases_.insert(*banner_case_);
    } else {
        discreet_cases_.erase(*banner_case_);
    }
    if (view_shown_) show_banner(*view_shown_);
    Layout();
}

wxString OverviewPage::banner_shown() const {
    return banner_->IsShown() ? banner_label_ : wxString();
}

void OverviewPage::wrap_banner() {
    banner_text_->SetLabel(wxControl::EscapeMnemonics(banner_label_));  // "&" is text here
    banner_text_->Wrap(banner_wrap_ > 0 ? banner_wrap_ : FromDIP(860));
    Layout();
}

void OverviewPage::show_profile(const core::Client& client) {
    const wxString values[] = {ui(client.display_name()), or_dash(client.date_of_birth),
                               or_dash(client.email), or_dash(client.phone),
                               ui(client.created_at.substr(0, 10))};
    for (std::size_t i = 0; i < profile_values_.size(); ++i)
        profile_values_[i]->SetLabel(values[i]);
}

wxString OverviewPage::profile_text() const {
    wxString text;
    for (const auto* value : profile_values_)
        text += (text.empty() ? "" : " | ") + value->GetLabel();
    return text;
}

void OverviewPage::show_members(const RecordView& view) {
    members_->DestroyChildren();
    auto* sizer = members_->GetSizer();
    sizer->Clear();
    if (!view.shown_case) {
        case_title_->SetLabel(_("No case yet"));
        return;
    }
    const auto& shown = *view.shown_case;
    // An untitled case says so, as the client list does, not empty quotes.
    const wxString named =
        shown.title.empty()
            ? wxString::Format(_("%s case (untitled)"), kind_text(shown.kind))
            : wxString::Format(_("%s case \u201c%s\u201d"), kind_text(shown.kind), ui(shown.title));
    case_title_->SetLabel(wxString::Format(_("%s, %s since %s"), named, ui(shown.status),
                                           ui(shown.opened_at.substr(0, 10))));
    for (const auto& member : shown.members) {
        const wxString name = ui(member.first_name + " " + member.last_name);
        if (member.client_id == view.client.id) {
            sizer->Add(
                new wxStaticText(members_, wxID_ANY, wxString::Format(_("%s (this client)"), name)),
                wxSizerFlags().Border(wxBOTTOM, 4));
            continue;
        }
        auto* link = new wxHyperlinkCtrl(members_, wxID_ANY, name, wxEmptyString);
        const auto id = member.client_id;
        link->Bind(wxEVT_HYPERLINK, [this, id](wxHyperlinkEvent&) {
            if (on_open_client) on_open_client(id);
        });
        sizer->Add(link, wxSizerFlags().Border(wxBOTTOM, 4));
    }
}

void OverviewPage::show_timeline(const RecordView& view) {
    if (!view.shown_case) {
        timeline_->set_rows({});
        return;
    }
    auto name = [this](const std::string& tool_id) { return context_.tool_name(tool_id); };
    // Each tool's templates are asked for once per showing; a failing plugin
    // costs the titles (ids are shown), not the timeline.
    std::map<std::string, std::vector<sdk::Template>> templates;
    auto title = [this, &templates](const std::string& tool_id, const std::string& template_id) {
        auto known = templates.find(tool_id);
        if (known == templates.end()) {
            std::vector<sdk::Template> listed;
            try {
                listed = context_.plugins.template_list(tool_id);
            } catch (const core::UserError&) {
            }
            known = templates.emplace(tool_id, std::move(listed)).first;
        }
        for (const auto& offered : known->second) {
            if (offered.id == template_id) return offered.title;
        }
        return std::string();
    };
    std::vector<TimelineList::Row> rows;
    for (const auto& entry : core::case_timeline(context_.db, view.shown_case->id, name, title))
        rows.push_back({ui(entry.date), kind_text(entry.kind), ui(entry.title)});
    timeline_->set_rows(std::move(rows));
}

}  // namespace counselor::gui
