// A clinic's own assessment, the kind a definition file cannot express: the
// standard scoring gives three scale means, then the plugin weighs them into
// one readiness composite and turns the pattern into a recommendation the
// counselor can act on, with a printable report of both.
#include <counselor/sdk/sdk.hpp>

#include <cmath>

namespace sdk = counselor::sdk;

namespace {

const char* const kTool = "clinic-readiness";

sdk::Item agree(std::string id, std::string text, std::string scale, bool reverse = false) {
    sdk::Item item;
    item.id = std::move(id);
    item.type = sdk::ItemType::scale;
    item.text = std::move(text);
    item.required = true;
    item.min = 1;
    item.max = 5;
    item.labels = {"Not at all", "Completely"};
    item.reverse = reverse;
    item.subscale = std::move(scale);
    return item;
}

sdk::FormDefinition readiness_form() {
    sdk::FormDefinition form;
    form.id = kTool;
    form.title = "Readiness for couple counseling";
    form.version = "1.0.0";
    form.kind = "assessment";
    form.respondent = "each_partner";
    form.instructions = "Answer for yourself, about the last month.";

    sdk::Section commitment{"commitment", "Commitment", {}};
    commitment.items = {
        agree("stay", "I want this marriage to last.", "commitment"),
        agree("effort", "I am willing to change some of my own habits.", "commitment"),
        agree("leaving", "I have been planning how to leave.", "commitment", true)};
    sdk::Section talk{"talk", "Talking together", {}};
    talk.items = {agree("calm", "We can talk about a problem without it turning into a fight.",
                        "communication"),
                  agree("heard", "I feel heard when I raise something hard.", "communication")};
    sdk::Section strain{"strain", "Outside strain", {}};
    strain.items = {agree("money", "Money worries weigh on us.", "strain"),
                    agree("work", "Work or caring for others leaves no time for us.", "strain")};
    sdk::Section safety{"safety", "Safety", {}};
    sdk::Item afraid;
    afraid.id = "afraid";
    afraid.type = sdk::ItemType::boolean;
    afraid.text = "Have you been afraid of your spouse in the last month?";
    afraid.required = true;
    afraid.flag = sdk::FlagRule{{"", "=", true},
                                "critical",
                                "safety",
                                "Reported fear of their spouse in the last month.",
                                true};  // hold: fear of a spouse holds joint work until seen alone
    afraid.is_private = true;
    safety.items = {afraid};
    form.sections = {commitment, talk, strain, safety};
    form.subscales = {{"commitment", "Commitment", sdk::ScoreMethod::mean, {}, {}},
                      {"communication", "Talking together", sdk::ScoreMethod::mean, {}, {}},
                      {"strain", "Outside strain", sdk::ScoreMethod::mean, {}, {}}};
    return form;
}

double mean_of(const sdk::Result& result, const std::string& id) {
    for (const auto& score : result.scores) {
        if (score.id == id && score.value) return *score.value;
    }
    return 0;
}

// Commitment carries half the weight: without it, skills work does not take.
// Strain counts against readiness, so it enters reversed (6 - mean). The
// means are those the report shows (two decimals), so a reader can redo it.
double composite(double commitment, double communication, double strain) {
    const double value = 0.5 * commitment + 0.3 * communication + 0.2 * (6.0 - strain);
    return std::round(value * 100.0) / 100.0;
}

// The first rule that applies decides; safety always comes first.
std::string recommendation(const sdk::Result& result, double commitment, double score) {
    if (result.has_critical_flag())
        return "See each spouse alone first and assess safety; no joint sessions for now.";
    if (commitment < 2.5)
        return "Offer discernment counseling: one spouse is unsure the marriage should go on.";
    if (score >= 3.7) return "Ready for couple sessions; start with the skills track.";
    return "Begin couple sessions with a focus on lowering strain and rebuilding talk.";
}

class ClinicReadiness : public sdk::Plugin {
  public:
    sdk::PluginInfo describe() const override {
        return {
            "clinic-readiness",
            "Readiness for couple counseling (clinic example)",
            "1.0.0",
            "A clinic's intake screen with a weighted composite and a rule-based recommendation.",
            {{kTool, "Readiness for couple counseling", "assessment", "1.0.0",
              "Commitment, talk and strain weighed into one readiness score."}}};
    }

    sdk::FormDefinition form(std::string_view tool_id) const override {
        require_known(tool_id);
        return readiness_form();
    }

    sdk::Result evaluate(std::string_view tool_id, const sdk::Answers& answers) const override {
        require_known(tool_id);
        sdk::Result result = sdk::score_form(readiness_form(), answers);
        const double commitment = mean_of(result, "commitment");
        const double score =
            composite(commitment, mean_of(result, "communication"), mean_of(result, "strain"));
        sdk::Score total;
        total.id = "readiness";
        total.title = "Readiness (weighted)";
        total.value = score;
        total.band = score >= 3.7 ? "Ready" : score >= 2.5 ? "Partly ready" : "Not ready yet";
        result.total = total;
        const std::string advice = recommendation(result, commitment, score);
        result.details["recommendation"] = advice;
        result.summary =
            "Readiness " + sdk::detail::format_number(score) + " (" + total.band + "). " + advice;
        return result;
    }

    // The printable report of one result: {"result": <result JSON>}.
    sdk::Document render(std::string_view tool_id, const nlohmann::json& request) const override {
        require_known(tool_id);
        const auto result = request.at("result").get<sdk::Result>();
        sdk::Document doc;
        doc.title = "Readiness for couple counseling";
        doc.subtitle = "Report for the counselor";
        std::vector<std::vector<std::string>> rows;
        for (const auto& score : result.scores) {
            rows.push_back(
                {score.title, score.value ? sdk::detail::format_number(*score.value) : "-"});
        }
        if (result.total) {
            rows.push_back({result.total->title, sdk::detail::format_number(*result.total->value) +
                                                     " (" + result.total->band + ")"});
        }
        doc.table({"Scale", "Score"}, rows);
        doc.heading("Recommendation");
        doc.paragraph(result.details.value("recommendation", std::string()));
        return doc;
    }

  private:
    static void require_known(std::string_view tool_id) {
        if (tool_id != kTool) throw sdk::BadInput("unknown tool '" + std::string(tool_id) + "'");
    }
};

}  // namespace

COUNSELOR_EXPORT_PLUGIN(ClinicReadiness)
