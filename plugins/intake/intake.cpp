// The intake questionnaire: what a client tells the counselor before the
// first session. The form itself lives in intake_form.cpp; this file offers
// it as a tool and adds a one-line summary to the standard scoring.
#include "consent.hpp"
#include "intake_form.hpp"

#include <counselor/sdk/sdk.hpp>

#include <string>

namespace sdk = counselor::sdk;

namespace {

constexpr const char* kToolId = "intake";

// Parsed once: the text never changes while the library is loaded.
const sdk::FormDefinition& intake_form() {
    static const sdk::FormDefinition form =
        nlohmann::json::parse(intake::form_text()).get<sdk::FormDefinition>();
    return form;
}

// "3 concerns named; risk screen: 1 answer needs follow-up". The counselor
// scans lists of intakes for exactly these two things.
std::string summary_of(const sdk::Answers& answers, const sdk::Result& result) {
    const auto concerns = answers.choices("concerns").size();
    std::string summary = std::to_string(concerns) + (concerns == 1 ? " concern" : " concerns") +
                          " named; risk screen: ";
    std::size_t risks = 0;
    for (const auto& flag : result.flags)
        risks += flag.code == "risk" ? 1 : 0;
    if (risks == 0) {
        summary += "nothing reported";
    } else {
        summary +=
            std::to_string(risks) + (risks == 1 ? " answer needs" : " answers need") + " follow-up";
    }
    const auto consent = answers.boolean("consent");
    if (consent && !*consent) summary += "; consent not given";
    return summary;
}

class IntakePlugin : public sdk::Plugin {
  public:
    sdk::PluginInfo describe() const override {
        sdk::ToolInfo tool;
        tool.id = kToolId;
        tool.name = "Intake questionnaire";
        tool.kind = "questionnaire";
        tool.version = intake::form_version();
        tool.description =
            "Household, marriage, what brings them, goals, faith, health, a risk screen and "
            "consent to counseling.";

        sdk::PluginInfo info;
        info.id = "intake";
        info.name = "Intake questionnaire";
        info.version = "1.0.0";
        info.description = "The questionnaire a client fills in before the first session.";
        info.tools = {tool};
        return info;
    }

    void init(const sdk::Host& host) override { host_ = host; }

    // The consent is written for this practice: its kind of counselor and
    // its crisis numbers. Scoring never reads it (a display item).
    sdk::FormDefinition form(std::string_view tool_id) const override {
        require_known(tool_id);
        sdk::FormDefinition form = intake_form();
        for (auto& section : form.sections) {
            for (auto& item : section.items) {
                if (item.id == "consent_text")
                    item.text = intake::consent_text(host_.practice_info());
            }
        }
        return form;
    }

    sdk::Result evaluate(std::string_view tool_id, const sdk::Answers& answers) const override {
        require_known(tool_id);
        auto result = sdk::score_form(intake_form(), answers);
        result.summary = summary_of(answers, result);
        return result;
    }

  private:
    sdk::Host host_{nullptr};

    static void require_known(std::string_view tool_id) {
        if (tool_id != kToolId) throw sdk::BadInput("unknown tool '" + std::string(tool_id) + "'");
    }
};

}  // namespace

COUNSELOR_EXPORT_PLUGIN(IntakePlugin)
