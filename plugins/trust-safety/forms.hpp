// The forms of the three assessments each spouse answers on their own.
#pragma once

#include <counselor/sdk/sdk.hpp>

#include <array>
#include <string>

namespace trust_safety {

namespace sdk = counselor::sdk;

inline constexpr const char* kStageInventory = "stage-inventory";
inline constexpr const char* kNeedsCheck = "needs-check";
inline constexpr const char* kSafetyScreen = "safety-screen";
inline constexpr const char* kCoupleReport = "couple-report";

// Each form's version, also listed with its tool (without building the form
// when the plugin is described at every start).
inline constexpr const char* kStageInventoryVersion = "1.1.0";  // private statements, faith
inline constexpr const char* kNeedsCheckVersion = "1.0.0";
inline constexpr const char* kSafetyScreenVersion = "2.0.0";  // rewritten for the one at risk

// The needs spouses name when intimacy breaks down, in the order asked.
struct Need {
    const char* id;     // love -> subscales love-met, love-importance
    const char* title;  // "Love"
    const char* met_question;
    const char* importance_question;
};
const std::array<Need, 4>& needs();

// Subscale ids of a need: "love-met", "love-importance".
std::string met_subscale(const Need& need);
std::string importance_subscale(const Need& need);

// Parts every assessment here is made of: an assessment each spouse answers
// on their own, and a line of text between questions.
sdk::FormDefinition assessment(std::string id, std::string title, std::string instructions);
sdk::Item display(std::string id, std::string text);

const sdk::FormDefinition& stage_inventory_form();
const sdk::FormDefinition& needs_check_form();
const sdk::FormDefinition& safety_screen_form();  // safety_screen.cpp
// The safety screen's fear question, and whether an item is one of its
// control (coercion) questions: a warning alone, part of the hold with fear.
const char* fear_item();
bool is_control_item(const std::string& item_id);
// One of the counselor's follow-up questions on the signs of lethal danger.
bool is_lethal_sign_item(const std::string& item_id);

}  // namespace trust_safety
