// The SDK's worked example: a short weekly check-in a spouse fills in between
// sessions. It shows a form with a scale subscale, a reverse-worded item,
// branching, a critical flag, the standard scoring, and a printable summary.
#include <counselor/sdk/sdk.hpp>

namespace sdk = counselor::sdk;

namespace {

sdk::Item agree_item(std::string id, std::string text, bool reverse = false) {
    sdk::Item item;
    item.id = std::move(id);
    item.type = sdk::ItemType::scale;
    item.text = std::move(text);
    item.required = true;
    item.min = 1;
    item.max = 5;
    item.labels = {"Strongly disagree", "Strongly agree"};
    item.reverse = reverse;
    item.subscale = "closeness";
    return item;
}

sdk::FormDefinition checkin_form() {
    sdk::FormDefinition form;
    form.id = "weekly-checkin";
    form.title = "Weekly check-in";
    form.version = "1.0.0";
    form.kind = "assessment";
    form.respondent = "each_partner";
    form.instructions =
        "Think about the last seven days with your spouse. There are no right answers; "
        "answer for yourself, not for how you hope things look.";

    sdk::Section week{"week", "This week", {}};
    week.items.push_back(agree_item("heard", "When I talked about my day, I felt listened to."));
    week.items.push_back(agree_item("together", "We made time for something just the two of us."));
    week.items.push_back(
        agree_item("distant", "I kept important things to myself this week.", /*reverse=*/true));

    sdk::Item conflict;
    conflict.id = "conflict";
    conflict.type = sdk::ItemType::boolean;
    conflict.text = "Did the two of you have a disagreement that stayed with you?";
    conflict.required = true;
    week.items.push_back(conflict);

    sdk::Item repair;
    repair.id = "repair";
    repair.type = sdk::ItemType::choice;
    repair.text = "How did it end?";
    repair.required = true;
    repair.options = {{"talked", "We talked it through", 2.0},
                      {"dropped", "We let it drop without talking", 1.0},
                      {"open", "It is still open between us", 0.0}};
    repair.enable_when = {{"conflict", "=", true}};
    week.items.push_back(repair);

    sdk::Section safety{"safety", "Safety", {}};
    sdk::Item afraid;
    afraid.id = "afraid";
    afraid.type = sdk::ItemType::boolean;
    afraid.text = "At any point this week, were you afraid of your spouse?";
    afraid.help = "Your counselor will talk with you about this privately.";
    afraid.required = true;
    afraid.flag = sdk::FlagRule{{"", "=", true},
                                "critical",
                                "safety",
                                "Respondent reported fear of their spouse this week.",
                                true};  // hold: fear of a spouse holds joint work
    afraid.is_private = true;
    safety.items.push_back(afraid);

    sdk::Section notes{"notes", "Anything else", {}};
    sdk::Item note;
    note.id = "note";
    note.type = sdk::ItemType::long_text;
    note.text = "Is there something you want your counselor to know before the next session?";
    notes.items.push_back(note);

    form.sections = {week, safety, notes};
    form.subscales = {{"closeness",
                       "Closeness",
                       sdk::ScoreMethod::mean,
                       {},
                       {{1.0, 2.49, "Growth area", "Distance is showing; worth talking about."},
                        {2.5, 3.69, "Developing", "Some connection, with room to grow."},
                        {3.7, 5.0, "Strength", "You felt close this week."}}}};
    return form;
}

class WeeklyCheckin : public sdk::Plugin {
  public:
    sdk::PluginInfo describe() const override {
        return {"weekly-checkin",
                "Weekly check-in (SDK example)",
                "1.0.0",
                "A short between-sessions check-in; the SDK's worked example.",
                {{"weekly-checkin", "Weekly check-in", "assessment", "1.0.0",
                  "Five questions on closeness, repair and safety since the last session."}}};
    }

    sdk::FormDefinition form(std::string_view tool_id) const override {
        require_known(tool_id);
        return checkin_form();
    }

    // A one-page summary of a result: {"result": <result JSON>}.
    sdk::Document render(std::string_view tool_id, const nlohmann::json& request) const override {
        require_known(tool_id);
        auto result = request.at("result").get<sdk::Result>();
        sdk::Document doc;
        doc.title = "Weekly check-in";
        doc.subtitle = "Summary for the counselor";
        std::vector<std::vector<std::string>> rows;
        for (const auto& score : result.scores) {
            rows.push_back({score.title,
                            score.value ? sdk::detail::format_number(*score.value) : "-",
                            score.band});
        }
        doc.table({"Scale", "Score", "Band"}, rows);
        for (const auto& flag : result.flags)
            doc.paragraph("Flag: " + flag.message);
        return doc;
    }

  private:
    static void require_known(std::string_view tool_id) {
        if (tool_id != "weekly-checkin") {
            throw sdk::BadInput("unknown tool '" + std::string(tool_id) + "'");
        }
    }
};

}  // namespace

COUNSELOR_EXPORT_PLUGIN(WeeklyCheckin)
