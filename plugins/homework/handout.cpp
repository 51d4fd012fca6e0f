#include "handout.hpp"

#include "dates.hpp"

#include <algorithm>

#include <counselor/sdk/plugin.hpp>

namespace homework {

namespace sdk = counselor::sdk;
using nlohmann::json;

namespace {

std::string text_field(const json& object, const char* key) {
    if (!object.is_object() || !object.contains(key) || object[key].is_null()) return {};
    if (!object[key].is_string()) throw sdk::BadInput(std::string(key) + " must be text");
    return object[key].get<std::string>();
}

std::string date_field(const json& request, const char* key) {
    const std::string raw = text_field(request, key);
    if (raw.empty()) return {};
    auto printed = long_date(raw);
    if (!printed) {
        throw sdk::BadInput(std::string(key) + ": \"" + raw + "\" is not a date; write YYYY-MM-DD");
    }
    return *printed;
}

std::vector<std::string> recipients(const json& request) {
    if (!request.contains("recipients") || request["recipients"].is_null()) return {};
    const json& list = request["recipients"];
    if (!list.is_array()) throw sdk::BadInput("recipients must be a list of names");
    std::vector<std::string> names;
    for (const auto& name : list) {
        if (!name.is_string()) throw sdk::BadInput("recipients must be a list of names");
        if (!name.get<std::string>().empty()) names.push_back(name.get<std::string>());
    }
    return names;
}

// "Naomi", "Naomi and Daniel", "Naomi, Daniel and Ruth"
std::string joined(const std::vector<std::string>& names) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) text += i + 1 == names.size() ? " and " : ", ";
        text += names[i];
    }
    return text;
}

std::string joined_with_dot(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return a + b;
    return a + " · " + b;
}

std::vector<std::string> strings(const json& body, const char* key) {
    return body.value(key, std::vector<std::string>{});
}

void dates_line(sdk::Document& doc, const HandoutRequest& request) {
    std::string line;
    if (!request.assigned.empty()) line = "Given " + request.assigned;
    if (!request.due.empty()) {
        line = joined_with_dot(line, "Please bring it back by " + request.due);
    }
    if (!line.empty()) doc.paragraph(line);
}

void log_table(sdk::Document& doc, const json& log) {
    const auto columns = strings(log, "columns");
    std::vector<std::vector<std::string>> rows;
    for (const auto& label : strings(log, "rows")) {
        std::vector<std::string> row(std::max<std::size_t>(columns.size(), 1));
        row[0] = label;
        rows.push_back(row);
    }
    doc.heading(log.value("title", std::string("Log")), 2).table(columns, rows);
}

// A prompt is a question, or {"heading", "prompts"} grouping questions.
void prompts(sdk::Document& doc, const json& body) {
    const json list = body.value("prompts", json::array());
    if (list.empty()) return;
    const int lines = body.value("writing_lines", 3);
    doc.heading("Think it over", 1);
    for (const auto& prompt : list) {
        if (prompt.is_string()) {
            doc.writing_lines(lines, prompt.get<std::string>());
            continue;
        }
        doc.heading(prompt.value("heading", std::string()), 2);
        for (const auto& question : strings(prompt, "prompts"))
            doc.writing_lines(lines, question);
    }
}

// An exercise that asks a spouse to move toward the other (or to do
// something together) assumes that spouse is safe. The handout says so to
// the one reading it, in words that give nothing away if the other reads it.
bool assumes_safety(const json& body) {
    return body.value("spouse_directed", false) || body.value("conjoint", false) ||
           body.value("intimacy", false);
}

void if_afraid(sdk::Document& doc, const HandoutRequest& request) {
    std::string text =
        "If you are afraid of your spouse, set this exercise aside and tell your counselor "
        "privately. Nothing is lost by waiting, and your counselor will help you think about "
        "what is safe.";
    if (!request.emergency_number.empty()) {
        text += " In danger, call " + request.emergency_number + ".";
    }
    if (!request.domestic_violence_line.empty()) {
        text += " Domestic-violence line: " + request.domestic_violence_line + ".";
    }
    doc.paragraph(text);
}

// Everything under the title of one copy.
void copy_body(sdk::Document& doc, const sdk::Template& exercise, const HandoutRequest& request) {
    const json& body = exercise.body;
    dates_line(doc, request);
    if (assumes_safety(body)) if_afraid(doc, request);
    if (!request.counselor_note.empty()) {
        const std::string from =
            request.counselor_name.empty() ? "your counselor" : request.counselor_name;
        doc.note(request.counselor_note, "A note from " + from);
    }
    doc.heading("Why this helps", 1).paragraph(body.value("why", std::string()));
    const bool together = body.value("conjoint", false);
    doc.heading(together ? "What to do together" : "What to do", 1)
        .list(strings(body, "steps"), true);
    if (body.contains("tracker")) {
        const json& tracker = body["tracker"];
        doc.tracker(tracker.value("title", std::string()), strings(tracker, "columns"),
                    strings(tracker, "rows"));
    }
    if (body.contains("log")) log_table(doc, body["log"]);
    prompts(doc, body);
    // References only: the counselor chooses whether and how to use them.
    if (const auto passages = strings(body, "scripture"); !passages.empty()) {
        std::string line = "Scripture to reflect on: ";
        for (std::size_t i = 0; i < passages.size(); ++i)
            line += (i == 0 ? "" : "; ") + passages[i];
        doc.paragraph(line + ".");
    }
    doc.paragraph(body.value("per_spouse", false)
                      ? "What you write here is yours. Bring it to your next session; you "
                        "decide what to share."
                      : "Bring this sheet with you to your next session.");
}

}  // namespace

HandoutRequest parse_request(const json& request, const json& practice) {
    if (!request.is_object()) throw sdk::BadInput("the request must be a JSON object");
    HandoutRequest parsed;
    parsed.template_id = text_field(request, "template_id");
    if (parsed.template_id.empty()) throw sdk::BadInput("template_id is missing");
    const json& from = request.contains("practice") ? request["practice"] : practice;
    if (!from.is_null() && !from.is_object()) {
        throw sdk::BadInput("practice must be an object with practice_name and counselor_name");
    }
    parsed.practice_name = text_field(from, "practice_name");
    parsed.counselor_name = text_field(from, "counselor_name");
    // Crisis numbers come from the host's practice settings even when the
    // request names the practice itself: where to call is never left out.
    const json& crisis = from.is_object() && from.contains("crisis_numbers")
                             ? from["crisis_numbers"]
                         : practice.is_object() ? practice.value("crisis_numbers", json::object())
                                                : json::object();
    parsed.emergency_number = text_field(crisis, "emergency");
    parsed.domestic_violence_line = text_field(crisis, "domestic_violence");
    parsed.recipients = recipients(request);
    parsed.due = date_field(request, "due");
    parsed.assigned = date_field(request, "assigned");
    parsed.counselor_note = text_field(request, "counselor_note");
    return parsed;
}

sdk::Document build_handout(const sdk::Template& exercise, const HandoutRequest& request) {
    sdk::Document doc;
    doc.header = joined_with_dot(request.practice_name, request.counselor_name);
    doc.title = exercise.title;
    const auto& names = request.recipients;
    const bool one_each = exercise.body.value("per_spouse", false) && names.size() > 1;
    if (!one_each) {
        if (!names.empty()) doc.subtitle = "For " + joined(names);
        copy_body(doc, exercise, request);
        return doc;
    }
    doc.subtitle = "For " + names.front();
    copy_body(doc, exercise, request);
    for (std::size_t i = 1; i < names.size(); ++i) {
        doc.page_break().title_block(exercise.title, "For " + names[i]);
        copy_body(doc, exercise, request);
    }
    return doc;
}

}  // namespace homework
