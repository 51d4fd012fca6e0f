#include "couple_report.hpp"

#include "forms.hpp"
#include "stages.hpp"
#include "text.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace trust_safety {

namespace {

using nlohmann::json;
using Row = std::vector<std::string>;

// ---- reading the request ----------------------------------------------------

struct Administration {
    std::string administered_at;  // ISO 8601, which orders as text
    std::string date;             // its YYYY-MM-DD part, for the reader
    json answers;
    sdk::Result result;
};

struct Partner {
    std::string name;
    std::map<std::string, std::vector<Administration>> history;  // tool id -> newest first

    const std::vector<Administration>& of(const std::string& tool_id) const {
        static const std::vector<Administration> none;
        auto it = history.find(tool_id);
        return it == history.end() ? none : it->second;
    }
    const Administration* latest(const std::string& tool_id) const {
        const auto& all = of(tool_id);
        return all.empty() ? nullptr : &all.front();
    }
};

const char* const kInstruments[] = {kStageInventory, kNeedsCheck, kSafetyScreen};

// How an instrument is named in the report's sentences.
std::string instrument_name(const std::string& tool_id) {
    if (tool_id == kStageInventory) return "the stage inventory";
    if (tool_id == kNeedsCheck) return "the needs check";
    return "the safety screen";
}

void require(bool condition, const std::string& message) {
    if (!condition) throw sdk::BadInput("couple report: " + message);
}

Administration read_administration(const json& entry, const std::string& where) {
    require(entry.is_object(), where + " must be an object");
    require(entry.contains("result") && entry["result"].is_object(),
            where + " needs its \"result\" object");
    Administration administration;
    administration.administered_at = entry.value("administered_at", std::string());
    administration.date = administration.administered_at.substr(0, 10);
    administration.answers = entry.value("answers", json::object());
    administration.result = entry["result"].get<sdk::Result>();
    return administration;
}

// Newest first, as the contract says; sorted again so that a host sending
// them in another order cannot turn "change since last time" backwards. An
// undated one sorts as oldest; ties keep the host's order.
void sort_newest_first(std::vector<Administration>& all) {
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
        return a.administered_at > b.administered_at;
    });
}

Partner read_partner(const json& entry, std::size_t index) {
    const std::string where = "partners[" + std::to_string(index) + "]";
    require(entry.is_object(), where + " must be an object");
    require(entry.contains("name") && entry["name"].is_string(),
            where + " needs a \"name\" string");
    Partner partner;
    partner.name = entry["name"].get<std::string>();
    const json administrations = entry.value("administrations", json::object());
    require(administrations.is_object(), where + ".administrations must be an object");
    for (const std::string tool_id : kInstruments) {
        if (!administrations.contains(tool_id)) continue;
        const json& list = administrations[tool_id];
        require(list.is_array(), where + ".administrations." + tool_id + " must be an array");
        auto& history = partner.history[tool_id];
        for (std::size_t i = 0; i < list.size(); ++i) {
            history.push_back(read_administration(
                list[i], where + ".administrations." + tool_id + "[" + std::to_string(i) + "]"));
        }
        sort_newest_first(history);
    }
    return partner;
}

std::vector<Partner> read_partners(const json& request) {
    require(request.contains("partners") && request["partners"].is_array(),
            "the request needs a \"partners\" array");
    const json& list = request["partners"];
    require(list.size() == 2,
            "a couple report needs exactly two partners, not " + std::to_string(list.size()));
    return {read_partner(list[0], 0), read_partner(list[1], 1)};
}

// A flag counts until the counselor resolves it (resolved_at set).
bool is_open(const json& flag) {
    auto resolved = flag.find("resolved_at");
    return resolved == flag.end() || resolved->is_null() ||
           (resolved->is_string() && resolved->get_ref<const std::string&>().empty());
}

// Flags are required, not defaulted: a host that forgot them would otherwise
// print a report without its safety warning. A flag with "hold" told of
// danger between the spouses: the case's safety hold is open.
bool safety_hold_open(const json& request) {
    require(request.contains("case") && request["case"].is_object(),
            "the request needs a \"case\" object");
    const json& kase = request["case"];
    require(kase.contains("flags") && kase["flags"].is_array(),
            "case.flags is required (an empty array when the case has no flags)");
    for (const auto& flag : kase["flags"]) {
        if (flag.is_object() && flag.value("hold", false) && is_open(flag)) {
            return true;
        }
    }
    return false;
}

// ---- cells ----------------------------------------------------------------------

const sdk::Score* score_of(const Administration* administration, const std::string& id) {
    return administration ? administration->result.find_score(id) : nullptr;
}

std::optional<double> value_of(const Administration* administration, const std::string& id) {
    const sdk::Score* score = score_of(administration, id);
    return score ? score->value : std::nullopt;
}

std::string band_of(const Administration* administration, const std::string& id) {
    const sdk::Score* score = score_of(administration, id);
    return score ? score->band : std::string();
}

std::string stage_cell(const Administration* administration, const Stage& stage) {
    if (!administration) return "not completed";
    const auto value = value_of(administration, stage.id);
    if (!value) return "not answered";
    const std::string band = band_of(administration, stage.id);
    return text::two_decimals(*value) + (band.empty() ? "" : " (" + band + ")");
}

// "2 (Disagree)": the raw answer, with its label when every point has one.
std::string answer_cell(const sdk::Item& item, double answer) {
    std::string cell = text::number(answer);
    if (!item.min || !item.max) return cell;
    const auto points = static_cast<std::size_t>(*item.max - *item.min + 1);
    const auto index = static_cast<std::size_t>(answer - *item.min);
    if (item.labels.size() == points && index < points) cell += " (" + item.labels[index] + ")";
    return cell;
}

std::optional<double> raw_answer(const Administration& administration, const std::string& id) {
    auto it = administration.answers.find(id);
    if (it == administration.answers.end() || !it->is_number()) return std::nullopt;
    return it->get<double>();
}

std::string change_cell(std::optional<double> before, std::optional<double> now) {
    if (!before || !now) return "-";
    // Scores carry two decimals; comparing in hundredths avoids "-0.00".
    const long hundredths = std::lround((*now - *before) * 100.0);
    if (hundredths == 0) return "no change";
    const std::string size = text::two_decimals(std::abs(hundredths) / 100.0);
    return (hundredths > 0 ? "+" : "-") + size;
}

// ---- sections -------------------------------------------------------------------

void not_completed(sdk::Document& doc, const Partner& partner, const std::string& tool_id) {
    doc.paragraph(partner.name + " has not completed " + instrument_name(tool_id) + " yet.");
}

void safety_warning(sdk::Document& doc) {
    doc.heading("Safety concern reported", 1);
    doc.paragraph(
        "A safety concern was reported in this case and is still open. Until you have assessed "
        "safety with each spouse individually, joint (conjoint) sessions, and joint, "
        "spouse-directed or intimacy homework are not advised. Keep this report to yourself until "
        "then; do not go through it with "
        "the couple together.");
}

// While the hold is open no stage comes first: safety does.
void safety_first_focus(sdk::Document& doc) {
    doc.paragraph(
        "Safety comes first. While the concern is open, work with each spouse on their own: "
        "individual sessions, a safety plan with the spouse who may be in danger, and a "
        "referral to a domestic-violence advocate. The stages below wait until each spouse has "
        "been seen alone and both are safe.");
}

void preface(sdk::Document& doc, const json& request) {
    const json practice = request.value("practice", json::object());
    const json& kase = request["case"];
    // The host sends empty names when the practice has not set them yet.
    std::string counselor = practice.value("counselor_name", std::string());
    if (counselor.empty()) counselor = "the counselor";
    std::string line = "Prepared for " + counselor;
    if (auto name = practice.value("practice_name", std::string()); !name.empty()) {
        line += ", " + name;
    }
    line += ".";
    if (auto title = kase.value("title", std::string()); !title.empty()) {
        line += " Case: " + title + ".";
    }
    doc.paragraph(line);
}

void stage_table(sdk::Document& doc, const Partner& a, const Partner& b) {
    std::vector<Row> rows;
    for (const auto& stage : stages()) {
        rows.push_back({stage.title, stage_cell(a.latest(kStageInventory), stage),
                        stage_cell(b.latest(kStageInventory), stage)});
    }
    doc.table({"Stage", a.name, b.name}, rows);
}

// The same latest scores as the table, as bars side by side, so the
// printed report shows at a glance what the window's chart shows. Left out
// while neither spouse has taken the inventory: it would be an empty frame.
void stage_chart(sdk::Document& doc, const Partner& a, const Partner& b) {
    const Administration* latest_a = a.latest(kStageInventory);
    const Administration* latest_b = b.latest(kStageInventory);
    if (!latest_a && !latest_b) return;
    std::vector<std::string> categories;
    sdk::ChartSeries series_a{a.name, {}}, series_b{b.name, {}};
    for (const auto& stage : stages()) {
        categories.push_back(stage.title);
        series_a.values.push_back(value_of(latest_a, stage.id));
        series_b.values.push_back(value_of(latest_b, stage.id));
    }
    doc.bar_chart("Latest stage scores", categories, {series_a, series_b}, 1, 5,
                  "Mean score, 1 (low) to 5 (high)");
}

void where_to_work_now(sdk::Document& doc, const std::vector<Partner>& partners,
                       bool safety_first) {
    doc.heading("Where to work now", 2);
    if (safety_first) return safety_first_focus(doc);
    std::vector<std::string> lines;
    for (const auto& partner : partners) {
        const Administration* latest = partner.latest(kStageInventory);
        if (!latest) continue;
        const Stage* first = first_unsolid_stage(latest->result.scores);
        lines.push_back(partner.name + ": " + (first ? std::string(first->title) : "no stage") +
                        ". " + where_to_work(first));
    }
    doc.list(lines);
}

// Statements the two answered 2 or more points apart, on the raw 1-5 answers
// (a reverse-worded item differs by the same amount either way).
void talk_about_these(sdk::Document& doc, const Partner& partner_a, const Partner& partner_b,
                      const sdk::FormDefinition& inventory) {
    const Administration& a = *partner_a.latest(kStageInventory);
    const Administration& b = *partner_b.latest(kStageInventory);
    doc.heading("Talk about these", 2);
    std::vector<Row> rows;
    for (const sdk::Item* item : inventory.items()) {
        if (item->is_private) continue;  // a victim's words never go on a list for both
        const auto answer_a = raw_answer(a, item->id), answer_b = raw_answer(b, item->id);
        if (!answer_a || !answer_b || std::abs(*answer_a - *answer_b) < 2) continue;
        const Stage* stage = find_stage(item->subscale);
        rows.push_back({stage ? stage->title : item->subscale, item->text,
                        answer_cell(*item, *answer_a), answer_cell(*item, *answer_b)});
    }
    if (rows.empty()) {
        doc.paragraph("No statement was answered two or more points apart.");
        return;
    }
    doc.paragraph(
        "Statements the spouses answered two or more points apart (their own answers, 1-5):");
    doc.table({"Stage", "Statement", partner_a.name, partner_b.name}, rows);
}

// An answer as it counts toward its stage: reverse-worded statements are
// turned around, so 1-2 always means "a problem here", 4-5 "a strength".
double counted(const sdk::Item& item, double answer) {
    if (!item.reverse || !item.min || !item.max) return answer;
    return *item.min + *item.max - answer;
}

// Statements both spouses answered on the same side: both see a problem, or
// both see a strength. Their own answers are shown, since a reverse-worded
// statement ("I leave things out...") is a strength when both disagree.
// Private statements stay out, as everywhere here.
void where_you_agree(sdk::Document& doc, const Partner& partner_a, const Partner& partner_b,
                     const sdk::FormDefinition& inventory) {
    const Administration& a = *partner_a.latest(kStageInventory);
    const Administration& b = *partner_b.latest(kStageInventory);
    std::vector<Row> problems, strengths;
    for (const sdk::Item* item : inventory.items()) {
        if (item->is_private) continue;
        const auto answer_a = raw_answer(a, item->id), answer_b = raw_answer(b, item->id);
        if (!answer_a || !answer_b) continue;
        const double first = counted(*item, *answer_a), second = counted(*item, *answer_b);
        Row row{item->text, answer_cell(*item, *answer_a), answer_cell(*item, *answer_b)};
        if (first <= 2 && second <= 2) problems.push_back(row);
        if (first >= 4 && second >= 4) strengths.push_back(row);
    }
    const std::vector<std::string> columns = {"Statement", partner_a.name, partner_b.name};
    doc.heading("Where you agree", 2);
    doc.paragraph(problems.empty() ? "Both see a problem: no statement."
                                   : "Both see a problem here:");
    if (!problems.empty()) doc.table(columns, problems);
    doc.paragraph(strengths.empty() ? "Both see a strength: no statement."
                                    : "Both see a strength here:");
    if (!strengths.empty()) doc.table(columns, strengths);
}

// One focus for the two of them: the earlier of the two spouses' first
// stages not yet solid, since each stage rests on the ones before it.
void couple_focus(sdk::Document& doc, const std::vector<Partner>& partners, bool safety_first) {
    doc.heading("The couple's focus", 2);
    if (safety_first) {
        doc.paragraph("Safety, with each spouse on their own, before any stage.");
        return;
    }
    const Stage* focus = nullptr;
    for (const auto& partner : partners) {
        const Administration* latest = partner.latest(kStageInventory);
        if (!latest) continue;
        const Stage* first = first_unsolid_stage(latest->result.scores);
        if (first && (!focus || first < focus)) focus = first;
    }
    if (!focus) {
        doc.paragraph("Every stage is solid for both: keep up the habits that built them.");
        return;
    }
    doc.paragraph(std::string(focus->title) + ". " + focus->where_to_work);
}

// Stages both spouses' latest results put in `band`.
void shared_band(sdk::Document& doc, const std::string& heading, const std::string& band,
                 const Administration& a, const Administration& b) {
    doc.heading(heading, 2);
    std::vector<std::string> shared;
    for (const auto& stage : stages()) {
        if (band_of(&a, stage.id) == band && band_of(&b, stage.id) == band) {
            shared.emplace_back(stage.title);
        }
    }
    if (shared.empty()) {
        doc.paragraph("None at the moment.");
    } else {
        doc.list(shared);
    }
}

void stages_section(sdk::Document& doc, const std::vector<Partner>& partners,
                    const sdk::FormDefinition& inventory, bool safety_first) {
    const Partner& a = partners[0];
    const Partner& b = partners[1];
    doc.heading("Stages of intimacy", 1);
    doc.paragraph(
        "Each stage rests on the one before: honesty, safety, trust, connection, intimacy. "
        "Scores are the mean of six statements on a 1-5 scale where 3 is \"not sure\", "
        "reverse-worded ones counted backwards: below " +
        text::two_decimals(kDevelopingFrom) + " is a growth area, " +
        text::two_decimals(kDevelopingFrom) + " to " + text::two_decimals(kStrengthFrom - 0.01) +
        " developing, " + text::two_decimals(kStrengthFrom) + " and above a strength.");
    for (const auto& partner : partners) {
        if (!partner.latest(kStageInventory)) not_completed(doc, partner, kStageInventory);
    }
    stage_table(doc, a, b);
    stage_chart(doc, a, b);
    where_to_work_now(doc, partners, safety_first);
    couple_focus(doc, partners, safety_first);
    const Administration* latest_a = a.latest(kStageInventory);
    const Administration* latest_b = b.latest(kStageInventory);
    if (!latest_a || !latest_b) {
        doc.paragraph(
            "Differences, shared strengths and shared growth areas show once both spouses have "
            "completed the stage inventory.");
        return;
    }
    talk_about_these(doc, a, b, inventory);
    where_you_agree(doc, a, b, inventory);
    shared_band(doc, "Shared strengths", kStrength, *latest_a, *latest_b);
    shared_band(doc, "Shared growth areas", kGrowthArea, *latest_a, *latest_b);
}

std::string need_cell(const Administration* administration, const Need& need) {
    if (!administration) return "not completed";
    const auto met = value_of(administration, met_subscale(need));
    const auto importance = value_of(administration, importance_subscale(need));
    if (!met || !importance) return "not answered";
    return text::number(*met) + " / " + text::number(*importance) + " / " +
           text::number(*importance - *met);
}

void needs_section(sdk::Document& doc, const std::vector<Partner>& partners) {
    doc.heading("Needs: love, understanding, sex, trust", 1);
    doc.paragraph(
        "How well each need is met and how much it matters, both on a 1-5 scale; the gap is "
        "how much it matters minus how well it is met, so a large gap is a need going hungry.");
    std::vector<Row> rows;
    for (const auto& need : needs()) {
        Row row{need.title};
        for (const auto& partner : partners)
            row.push_back(need_cell(partner.latest(kNeedsCheck), need));
        rows.push_back(row);
    }
    for (const auto& partner : partners) {
        if (!partner.latest(kNeedsCheck)) not_completed(doc, partner, kNeedsCheck);
    }
    doc.table({"Need", partners[0].name + ": met / matters / gap",
               partners[1].name + ": met / matters / gap"},
              rows);
}

void change_for(sdk::Document& doc, const Partner& partner) {
    const auto& history = partner.of(kStageInventory);
    if (history.empty()) return not_completed(doc, partner, kStageInventory);
    if (history.size() == 1) {
        doc.paragraph(partner.name +
                      " has completed the stage inventory once; change shows after the next "
                      "time.");
        return;
    }
    const Administration& now = history[0];
    const Administration& before = history[1];
    doc.heading(partner.name, 2);
    std::vector<Row> rows;
    for (const auto& stage : stages()) {
        const auto old_value = value_of(&before, stage.id);
        const auto new_value = value_of(&now, stage.id);
        rows.push_back({stage.title, old_value ? text::two_decimals(*old_value) : "-",
                        new_value ? text::two_decimals(*new_value) : "-",
                        change_cell(old_value, new_value)});
    }
    doc.table({"Stage", "Before (" + before.date + ")", "Now (" + now.date + ")", "Change"}, rows);
}

void change_section(sdk::Document& doc, const std::vector<Partner>& partners) {
    doc.heading("Change since last time", 1);
    for (const auto& partner : partners)
        change_for(doc, partner);
}

// Only whether it was done: the answers belong to each spouse alone, and an
// open concern already opens the report.
void safety_screen_section(sdk::Document& doc, const std::vector<Partner>& partners) {
    doc.heading("Safety screen", 1);
    for (const auto& partner : partners) {
        const Administration* latest = partner.latest(kSafetyScreen);
        if (!latest) {
            not_completed(doc, partner, kSafetyScreen);
            continue;
        }
        doc.paragraph(partner.name + " completed the safety screen" +
                      (latest->date.empty() ? "" : " on " + latest->date) + ".");
    }
}

}  // namespace

sdk::Document render_couple_report(const json& request, const sdk::FormDefinition& inventory) {
    require(request.is_object(), "the request must be a JSON object");
    const bool safety_first = safety_hold_open(request);
    const auto partners = read_partners(request);

    sdk::Document doc;
    doc.title = "Couple report";
    doc.subtitle = partners[0].name + " and " + partners[1].name;
    if (safety_first) safety_warning(doc);
    preface(doc, request);
    stages_section(doc, partners, inventory, safety_first);
    needs_section(doc, partners);
    change_section(doc, partners);
    safety_screen_section(doc, partners);
    return doc;
}

}  // namespace trust_safety
