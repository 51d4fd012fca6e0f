// The trust and safety plugin: three assessments each spouse answers on their
// own, and a report that sets the two spouses side by side. This file only
// routes each call to the tool it names.
#include "couple_report.hpp"
#include "evaluation.hpp"
#include "forms.hpp"

#include <counselor/sdk/sdk.hpp>

#include <string>
#include <utility>
#include <vector>

namespace sdk = counselor::sdk;
namespace ts = trust_safety;

namespace {

sdk::ToolInfo tool(std::string id, std::string name, std::string kind, std::string description,
                   std::string version = "1.0.0") {
    sdk::ToolInfo info;
    info.id = std::move(id);
    info.name = std::move(name);
    info.kind = std::move(kind);
    info.version = std::move(version);
    info.description = std::move(description);
    return info;
}

bool is_assessment(std::string_view tool_id) {
    return tool_id == ts::kStageInventory || tool_id == ts::kNeedsCheck ||
           tool_id == ts::kSafetyScreen;
}

// Unknown tools are a bad request; known tools that lack a call are Unsupported.
void require_known(std::string_view tool_id) {
    if (!is_assessment(tool_id) && tool_id != ts::kCoupleReport) {
        throw sdk::BadInput("unknown tool '" + std::string(tool_id) + "'");
    }
}

class TrustSafety : public sdk::Plugin {
  public:
    sdk::PluginInfo describe() const override {
        sdk::PluginInfo info;
        info.id = "trust-safety";
        info.name = "Trust and safety assessments";
        info.version = "1.0.0";
        info.description =
            "The stages of intimacy, the needs check and the safety screen, with a couple report.";
        info.tools = {
            tool(ts::kStageInventory, "Stages of intimacy", "assessment",
                 "Honesty, safety, trust, connection and intimacy: a score per stage and where to "
                 "work now.",
                 ts::kStageInventoryVersion),
            tool(ts::kNeedsCheck, "Needs check", "assessment",
                 "How well love, understanding, sex and trust are met, and how much each "
                 "matters.",
                 ts::kNeedsCheckVersion),
            tool(ts::kSafetyScreen, "Safety screen", "assessment",
                 "Fear, harm, threats, force and coercion, answered alone; danger opens the "
                 "case's safety hold.",
                 ts::kSafetyScreenVersion),
            tool(ts::kCoupleReport, "Couple report", "report",
                 "Both spouses side by side: stages, differences, needs and change over time."),
        };
        return info;
    }

    sdk::FormDefinition form(std::string_view tool_id) const override {
        require_known(tool_id);
        if (tool_id == ts::kStageInventory) return ts::stage_inventory_form();
        if (tool_id == ts::kNeedsCheck) return ts::needs_check_form();
        if (tool_id == ts::kSafetyScreen) return ts::safety_screen_form();
        throw sdk::Unsupported();
    }

    sdk::Result evaluate(std::string_view tool_id, const sdk::Answers& answers) const override {
        require_known(tool_id);
        if (tool_id == ts::kStageInventory) return ts::evaluate_stage_inventory(answers);
        if (tool_id == ts::kNeedsCheck) return ts::evaluate_needs_check(answers);
        if (tool_id == ts::kSafetyScreen) return ts::evaluate_safety_screen(answers);
        throw sdk::Unsupported();
    }

    std::vector<sdk::Template> templates(std::string_view tool_id) const override {
        require_known(tool_id);
        return {};
    }

    sdk::Document render(std::string_view tool_id, const nlohmann::json& request) const override {
        require_known(tool_id);
        if (tool_id != ts::kCoupleReport) throw sdk::Unsupported();
        return ts::render_couple_report(request, ts::stage_inventory_form());
    }
};

}  // namespace

COUNSELOR_EXPORT_PLUGIN(TrustSafety)
