// The session notes plugin: one tool, "session-note", whose templates are the
// SOAP, DAP and BIRP formats, and whose render() prints a note with its
// addenda.
#include "note_formats.hpp"
#include "note_render.hpp"

#include <counselor/sdk/sdk.hpp>

#include <string>

namespace sdk = counselor::sdk;
namespace sn = session_notes;

namespace {

void require_known(std::string_view tool_id) {
    if (tool_id != sn::kToolId) throw sdk::BadInput("unknown tool '" + std::string(tool_id) + "'");
}

class SessionNotes : public sdk::Plugin {
  public:
    sdk::PluginInfo describe() const override {
        sdk::ToolInfo tool;
        tool.id = sn::kToolId;
        tool.name = "Session note";
        tool.kind = "notes";
        tool.version = "1.0.0";
        tool.description =
            "A note per session in SOAP, DAP or BIRP format, with prayer, scripture, risk, "
            "homework and the next appointment.";

        sdk::PluginInfo info;
        info.id = "session-notes";
        info.name = "Session notes";
        info.version = "1.0.0";
        info.description =
            "Session notes in SOAP, DAP or BIRP format, with pastoral and risk fields.";
        info.tools = {tool};
        return info;
    }

    // The default format. The host insists a tool's form carries the tool's
    // own id, so this is the SOAP form under the id "session-note".
    sdk::FormDefinition form(std::string_view tool_id) const override {
        require_known(tool_id);
        return sn::note_form(sn::note_formats().front(), sn::kToolId);
    }

    // body: {"form": <the format's form definition>}
    std::vector<sdk::Template> templates(std::string_view tool_id) const override {
        require_known(tool_id);
        std::vector<sdk::Template> all;
        for (const auto& format : sn::note_formats()) {
            sdk::Template entry;
            entry.id = format.id;
            entry.title = format.title;
            entry.description = format.description;
            entry.body = {{"form", sn::note_form(format)}};
            all.push_back(std::move(entry));
        }
        return all;
    }

    sdk::Document render(std::string_view tool_id, const nlohmann::json& request) const override {
        require_known(tool_id);
        return sn::render_note(request);
    }
};

}  // namespace

COUNSELOR_EXPORT_PLUGIN(SessionNotes)
