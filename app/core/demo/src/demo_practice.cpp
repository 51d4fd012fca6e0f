#include "counselor/core/demo/demo_practice.hpp"

#include "counselor/core/platform/dates.hpp"
#include "counselor/core/platform/errors.hpp"
#include "counselor/core/platform/logging.hpp"
#include "counselor/core/records/assessment_service.hpp"
#include "counselor/core/records/homework_service.hpp"
#include "counselor/core/records/record_service.hpp"
#include "counselor/core/records/safety.hpp"
#include "counselor/core/records/session_service.hpp"

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

namespace counselor::core {

namespace {

struct DemoCouple {
    NewClient first;
    NewClient second;
    // Their next session, counted from the day the demo is made: a practice
    // made today shows sessions coming up next week, not ones long past
    // that still say "scheduled".
    int session_in_days;
    const char* session_time;
    bool second_reports_fear;
};

const DemoCouple kCouples[] = {
    {{"Naomi", "Hartwell", "1988-03-14", "naomi@example.org", {}},
     {"Daniel", "Hartwell", "1986-11-02", "daniel@example.org", {}},
     7,
     "10:00",
     false},
    {{"Rosa", "Alvarez", "1991-07-21", {}, "555-0142"},
     {"Marco", "Alvarez", "1990-01-09", {}, "555-0143"},
     8,
     "14:00",
     true},
    {{"Grace", "Okafor", "1979-09-30", "grace@example.org", {}},
     {"Samuel", "Okafor", "1977-04-18", {}, {}},
     9,
     "09:30",
     false},
};

// Every question of the safety screen answered "no", except fear when asked.
nlohmann::json safety_answers(bool afraid) {
    nlohmann::json answers = nlohmann::json::object();
    for (const char* item :
         {"unsafe_to_answer", "afraid", "hurt", "threatened", "forced_sexually", "forced_otherwise",
          "controls_money", "controls_phone", "controls_friends", "spiritual_pressure"})
        answers[item] = false;
    answers["how_to_answer"] = "in_writing";
    answers["afraid"] = afraid;
    return answers;
}

// Made-up answers to a form's scales, spread by `seed` so that two people
// differ: enough for the chart and the couple report to have something to
// show. Other required items get their first choice or "no".
nlohmann::json made_up_answers(const sdk::FormDefinition& form, std::size_t seed) {
    nlohmann::json answers = nlohmann::json::object();
    std::size_t position = seed;
    for (const auto& section : form.sections) {
        for (const auto& item : section.items) {
            position = position * 31 + item.id.size() + seed;
            if (item.type == sdk::ItemType::scale && item.min && item.max && item.is_private) {
                // Calm: a strong private answer would call for seeing the
                // spouse alone, which this demo couple does not need.
                answers[item.id] = item.reverse ? *item.min + 1 : *item.max - 1;
            } else if (item.type == sdk::ItemType::scale && item.min && item.max) {
                const auto low = static_cast<long>(*item.min);
                const auto span = static_cast<long>(*item.max) - low + 1;
                answers[item.id] =
                    low + static_cast<long>(position % static_cast<std::size_t>(span));
            } else if (item.required && item.type == sdk::ItemType::boolean) {
                answers[item.id] = false;
            } else if (item.required && item.type == sdk::ItemType::choice &&
                       !item.options.empty()) {
                answers[item.id] = item.options.front().value;
            }
        }
    }
    return answers;
}

// Both spouses of the first couple take the stage inventory, if it is loaded
// and the made-up answers satisfy it; the demo goes on without it otherwise.
void take_stage_inventory(AssessmentService& assessments, PluginHost& plugins, std::int64_t first,
                          std::int64_t second, std::int64_t case_id) {
    if (!plugins.find_tool("stage-inventory")) return;
    try {
        const auto form = plugins.form("stage-inventory");
        assessments.record("stage-inventory", first, case_id, made_up_answers(form, 3));
        assessments.record("stage-inventory", second, case_id, made_up_answers(form, 7));
    } catch (const UserError&) {
        log().warn("demo practice: the stage inventory was not taken");
    }
}

}  // namespace

DemoPractice create_demo_practice(Database& db, PluginHost& plugins, const std::string& actor) {
    RecordService records(db, actor);
    SessionService sessions(db, actor);
    AssessmentService assessments(db, plugins, actor);
    HomeworkService homework(db, plugins, actor);
    const bool can_screen = plugins.find_tool("safety-screen").has_value();
    const bool can_assign = plugins.find_tool("homework").has_value();

    DemoPractice demo;
    const std::string today = today_utc();
    for (const auto& couple : kCouples) {
        auto first = records.add_client(couple.first);
        auto second = records.add_client(couple.second);
        auto case_id = records.open_case(CaseKind::couple, {first, second},
                                         couple.first.last_name + " marriage");
        // The safety screen comes before the first joint session; a spouse
        // who reports fear is seen alone first, then the other, each on
        // their own day, and no joint session is planned.
        if (can_screen) {
            assessments.record("safety-screen", first, case_id, safety_answers(false));
            assessments.record("safety-screen", second, case_id,
                               safety_answers(couple.second_reports_fear));
        }
        const std::string at = " " + std::string(couple.session_time);
        if (!safety_hold_flags(db, case_id).empty()) {
            sessions.add(case_id, days_after(today, couple.session_in_days) + at, 50, {second});
            sessions.add(case_id, days_after(today, couple.session_in_days + 1) + at, 50, {first});
        } else {
            sessions.add(case_id, days_after(today, couple.session_in_days) + at, 50, {});
        }
        // Conjoint exercises wait on safety, so only couples without a concern get one.
        if (can_assign && !couple.second_reports_fear) {
            HomeworkOrder order;
            order.case_id = case_id;
            order.template_id = "trade-places";
            homework.assign(order);
        }
        if (demo.cases.empty()) take_stage_inventory(assessments, plugins, first, second, case_id);
        demo.clients.insert(demo.clients.end(), {first, second});
        demo.cases.push_back(case_id);
    }
    return demo;
}

}  // namespace counselor::core
