// Form definitions shared by the forms-engine tests: a sound little honesty
// and safety check that uses every item type, and the SDK example plugin's
// weekly check-in written out as JSON (the test does not load the plugin).
#pragma once

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace counselor::test {

inline nlohmann::json honesty_safety_form() {
    return nlohmann::json::parse(R"({
  "id": "honesty-safety",
  "title": "Honesty and safety check",
  "version": "1.2.0",
  "kind": "assessment",
  "respondent": "each_partner",
  "instructions": "Answer on your own, without talking it over first. Think of the last month.",
  "sections": [
    {
      "id": "honesty",
      "title": "Honesty",
      "items": [
        {"id": "intro", "type": "display",
         "text": "These statements are about openness between you and your spouse."},
        {"id": "truth", "type": "scale", "required": true, "min": 1, "max": 5,
         "labels": ["Not true of us", "Very true of us"], "subscale": "honesty",
         "text": "I can tell my spouse the truth even when it is uncomfortable."},
        {"id": "hidden", "type": "scale", "required": true, "min": 1, "max": 5,
         "labels": ["Never", "Rarely", "Sometimes", "Often", "Always"],
         "reverse": true, "subscale": "honesty",
         "text": "There are parts of my life I keep out of my spouse's sight."},
        {"id": "whereabouts", "type": "choice", "subscale": "honesty",
         "text": "When my spouse asks how I spent my evening, I usually...",
         "options": [
           {"value": "full", "label": "give the whole story", "score": 5},
           {"value": "partial", "label": "leave some things out", "score": 3},
           {"value": "avoid", "label": "change the subject", "score": 1}
         ]}
      ]
    },
    {
      "id": "safety",
      "title": "Safety",
      "items": [
        {"id": "afraid", "type": "boolean", "required": true,
         "text": "In the last month, have you been afraid of your spouse?",
         "help": "Your counselor will talk about this with you alone.",
         "flag": {"when": {"op": "=", "value": true}, "severity": "critical",
                  "code": "safety", "message": "Reported fear of their spouse."}},
        {"id": "what_happened", "type": "multi_choice", "required": true,
         "text": "What has happened? Tick all that apply.",
         "enable_when": [{"item": "afraid", "op": "=", "value": true}],
         "options": [
           {"value": "threatened", "label": "I was threatened"},
           {"value": "hurt", "label": "I was hurt"},
           {"value": "controlled", "label": "My money or movements were controlled"}
         ]},
        {"id": "share", "type": "scale", "min": 0, "max": 10,
         "labels": ["Not safe at all", "Completely safe"],
         "text": "How safe does it feel to tell your spouse something you are ashamed of?"},
        {"id": "last_talk", "type": "date",
         "text": "When did the two of you last talk openly about something hard?"},
        {"id": "contempt", "type": "integer", "min": 0, "max": 100,
         "text": "How many arguments this month ended in name-calling or mockery?",
         "flag": {"when": {"op": ">=", "value": 3}, "severity": "warning",
                  "code": "contempt", "message": "Frequent contempt in arguments."}},
        {"id": "talk_hours", "type": "decimal", "min": 0, "max": 168,
         "text": "Roughly how many hours a week do you spend really talking?"},
        {"id": "one_word", "type": "text",
         "text": "One word for how home feels right now."},
        {"id": "anything", "type": "long_text",
         "enable_when": [{"item": "afraid", "op": "exists", "value": true},
                         {"item": "share", "op": "<", "value": 5}],
         "enable_behavior": "any",
         "text": "Is there anything your counselor should know before you meet?"}
      ]
    }
  ],
  "subscales": [
    {"id": "honesty", "title": "Honesty", "method": "mean",
     "bands": [
       {"min": 1, "max": 2.49, "label": "Growth area", "meaning": "Secrets are getting in the way."},
       {"min": 2.5, "max": 3.69, "label": "Developing"},
       {"min": 3.7, "max": 5, "label": "Strength", "meaning": "Openness is a foundation."}
     ]}
  ],
  "total": {"title": "Overall", "method": "sum",
            "bands": [{"min": 0, "max": 12, "label": "Needs attention"},
                      {"min": 13, "max": 25, "label": "Steady"}]}
})");
}

// sdk/examples/weekly-checkin's form, as its form() call returns it.
inline nlohmann::json weekly_checkin_form() {
    return nlohmann::json::parse(R"({
  "id": "weekly-checkin", "title": "Weekly check-in", "version": "1.0.0",
  "kind": "assessment", "respondent": "each_partner",
  "instructions": "Think about the last seven days with your spouse. There are no right answers; answer for yourself, not for how you hope things look.",
  "sections": [
    {"id": "week", "title": "This week", "items": [
      {"id": "heard", "type": "scale", "required": true, "min": 1, "max": 5,
       "labels": ["Strongly disagree", "Strongly agree"], "subscale": "closeness",
       "text": "When I talked about my day, I felt listened to."},
      {"id": "together", "type": "scale", "required": true, "min": 1, "max": 5,
       "labels": ["Strongly disagree", "Strongly agree"], "subscale": "closeness",
       "text": "We made time for something just the two of us."},
      {"id": "distant", "type": "scale", "required": true, "min": 1, "max": 5,
       "labels": ["Strongly disagree", "Strongly agree"], "subscale": "closeness",
       "reverse": true, "text": "I kept important things to myself this week."},
      {"id": "conflict", "type": "boolean", "required": true,
       "text": "Did the two of you have a disagreement that stayed with you?"},
      {"id": "repair", "type": "choice", "required": true, "text": "How did it end?",
       "options": [{"value": "talked", "label": "We talked it through", "score": 2},
                   {"value": "dropped", "label": "We let it drop without talking", "score": 1},
                   {"value": "open", "label": "It is still open between us", "score": 0}],
       "enable_when": [{"item": "conflict", "op": "=", "value": true}]}
    ]},
    {"id": "safety", "title": "Safety", "items": [
      {"id": "afraid", "type": "boolean", "required": true,
       "text": "At any point this week, were you afraid of your spouse?",
       "help": "Your counselor will talk with you about this privately.",
       "flag": {"when": {"op": "=", "value": true}, "severity": "critical", "code": "safety",
                "message": "Respondent reported fear of their spouse this week."}}
    ]},
    {"id": "notes", "title": "Anything else", "items": [
      {"id": "note", "type": "long_text",
       "text": "Is there something you want your counselor to know before the next session?"}
    ]}
  ],
  "subscales": [
    {"id": "closeness", "title": "Closeness", "method": "mean", "bands": [
      {"min": 1, "max": 2.49, "label": "Growth area", "meaning": "Distance is showing; worth talking about."},
      {"min": 2.5, "max": 3.69, "label": "Developing", "meaning": "Some connection, with room to grow."},
      {"min": 3.7, "max": 5, "label": "Strength", "meaning": "You felt close this week."}
    ]}
  ]
})");
}

// The item with this id, wherever it sits; for tests that break one thing.
inline nlohmann::json& item_in(nlohmann::json& form, const std::string& id) {
    for (auto& section : form["sections"]) {
        for (auto& item : section["items"]) {
            if (item.value("id", "") == id) return item;
        }
    }
    throw std::logic_error("no item " + id + " in the fixture");
}

}  // namespace counselor::test
