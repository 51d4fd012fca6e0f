#include "note_formats.hpp"

#include <utility>

namespace session_notes {

namespace {

sdk::Item field(std::string id, sdk::ItemType type, std::string text, std::string help = {}) {
    sdk::Item item;
    item.id = std::move(id);
    item.type = type;
    item.text = std::move(text);
    item.help = std::move(help);
    return item;
}

sdk::Section section(std::string id, std::string title, std::vector<sdk::Item> items) {
    sdk::Section out;
    out.id = std::move(id);
    out.title = std::move(title);
    out.items = std::move(items);
    return out;
}

// The format's own fields carry the note, so they are required: a note
// cannot be completed without them.
sdk::Section format_section(const NoteFormat& format) {
    std::vector<sdk::Item> items;
    for (const auto& own : format.fields) {
        auto item = field(own.id, sdk::ItemType::long_text, own.heading, own.help);
        item.required = true;
        items.push_back(std::move(item));
    }
    return section("note", format.name, std::move(items));
}

// Who was there is a choice, so that notes can be told apart by it (a note
// of a session with one spouse alone, where a safety plan may be written,
// is never one both attended). Anyone else present is written beside it.
sdk::Section attendance_section() {
    auto attendance = field("attendance", sdk::ItemType::choice, "Who attended");
    attendance.required = true;
    attendance.options = {{"one_spouse", "One spouse, alone", std::nullopt},
                          {"other_spouse", "The other spouse, alone", std::nullopt},
                          {"both", "Both spouses", std::nullopt},
                          {"family", "Family members", std::nullopt}};
    return section(
        "attendance", "Attendance",
        {std::move(attendance),
         field("attendees", sdk::ItemType::text, "Others present",
               "Anyone besides the clients: a parent, an interpreter, a co-counselor.")});
}

sdk::Section pastoral_section() {
    return section(
        "pastoral", "Pastoral care",
        {field("prayer", sdk::ItemType::long_text, "Prayer",
               "What was prayed for in the session, and any requests to carry."),
         field("scripture", sdk::ItemType::text, "Scripture", "Passages read or given."),
         field("spiritual_themes", sdk::ItemType::long_text, "Spiritual themes",
               "Where faith came into the conversation: hopes, doubts, forgiveness, calling.")});
}

// What a counselor saw or heard in a session can tell of danger as surely as
// a form a spouse filled in: ticked, it opens the case's safety hold (once
// the note is signed, as every flag a note raises).
sdk::Item danger_between_spouses() {
    auto danger = field("danger_between_spouses", sdk::ItemType::boolean,
                        "Danger, threats or coercion between the spouses observed or disclosed",
                        "Fear of the other spouse, being hurt, threatened, forced, or controlled "
                        "without agreement, whether you saw it or one of them told you.");
    danger.required = true;
    danger.flag = sdk::flag_when_answer(
        "critical", "danger",
        "Danger between the spouses was observed or disclosed in a session. See each spouse "
        "alone before any joint work.",
        true);
    return danger;
}

// Any risk observed raises a warning flag, so it shows until the counselor
// has followed it up; the details are asked only when there is something.
sdk::Section risk_section() {
    auto observed = field("risk_observed", sdk::ItemType::boolean, "Risk observed",
                          "Self-harm, harm to others, abuse, or a safety concern between the "
                          "spouses.");
    observed.required = true;
    observed.flag = sdk::flag_when_answer(
        "warning", "risk", "Risk observed in a session; see the note for what was done.");

    auto details = field("risk_details", sdk::ItemType::long_text, "Risk details",
                         "What you observed, how you assessed it, and what was done.");
    details.required = true;
    sdk::Condition when_observed;
    when_observed.item = "risk_observed";
    when_observed.op = "=";
    when_observed.value = true;
    details.enable_when = {when_observed};
    return section("risk", "Risk and safety",
                   {std::move(observed), std::move(details), danger_between_spouses()});
}

sdk::Section next_steps_section() {
    return section("next", "Homework and next appointment",
                   {field("homework", sdk::ItemType::text, "Homework given"),
                    field("next_appointment", sdk::ItemType::date, "Next appointment")});
}

}  // namespace

const std::vector<NoteFormat>& note_formats() {
    static const std::vector<NoteFormat> formats = {
        {"soap",
         "SOAP",
         "SOAP note",
         "Subjective, objective, assessment, plan: keeps what the clients said apart from what "
         "you observed. A good default.",
         {{"subjective", "Subjective",
           "What the clients said: their account, feelings and concerns, in their own words "
           "where it matters."},
          {"objective", "Objective",
           "What you observed: mood, how the spouses spoke to and looked at each other, "
           "assessment results."},
          {"assessment", "Assessment",
           "Your understanding: progress, the stage the couple is working on, any concern."},
          {"plan", "Plan",
           "What comes next: focus of the coming sessions, referrals, follow-up."}}},
        {"dap",
         "DAP",
         "DAP note",
         "Data, assessment, plan: a shorter format for when what was said and what was seen "
         "belong together.",
         {{"data", "Data", "What was said and observed in the session."},
          {"assessment", "Assessment",
           "Your understanding: progress, the stage the couple is working on, any concern."},
          {"plan", "Plan",
           "What comes next: focus of the coming sessions, referrals, follow-up."}}},
        {"birp",
         "BIRP",
         "BIRP note",
         "Behavior, intervention, response, plan: puts what you did in the session, and how the "
         "couple took it, at the centre.",
         {{"behavior", "Behavior", "How the clients presented and what they reported."},
          {"intervention", "Intervention",
           "What you did: teaching, exercises, reflection, prayer, homework explained."},
          {"response", "Response", "How each spouse responded to what you did."},
          {"plan", "Plan",
           "What comes next: focus of the coming sessions, referrals, follow-up."}}},
    };
    return formats;
}

const NoteFormat* find_format(const std::string& id) {
    for (const auto& format : note_formats()) {
        if (id == format.id) return &format;
    }
    return nullptr;
}

sdk::FormDefinition note_form(const NoteFormat& format, const std::string& form_id) {
    sdk::FormDefinition form;
    form.id = form_id.empty() ? std::string(kToolId) + "-" + format.id : form_id;
    form.title = format.title;
    form.version = "1.0.0";
    form.kind = "notes";
    form.respondent = "counselor";
    form.instructions =
        "Write for a colleague who may read this later: what happened, what you made of it, "
        "and what comes next. Once signed, a note cannot be changed; add an addendum instead.";
    form.sections = {attendance_section(), format_section(format), pastoral_section(),
                     risk_section(), next_steps_section()};
    return form;
}

}  // namespace session_notes
