#include "consent.hpp"

namespace intake {

namespace {

std::string text_at(const nlohmann::json& object, const char* key, const std::string& fallback) {
    if (!object.is_object()) return fallback;
    auto it = object.find(key);
    if (it == object.end() || !it->is_string() || it->get<std::string>().empty()) return fallback;
    return it->get<std::string>();
}

// What kind of counselor this is decides whose rules of confidentiality apply.
std::string role_paragraph(const nlohmann::json& practice) {
    const std::string role = text_at(practice, "counselor_role", "");
    const std::string credentials = text_at(practice, "counselor_credentials", "");
    if (role == "licensed") {
        return "Your counselor is licensed" +
               (credentials.empty() ? std::string() : " (" + credentials + ")") +
               " and keeps to the rules of confidentiality that license sets.";
    }
    if (role == "pastoral") {
        return "Your counselor offers pastoral counseling and is not a licensed therapist: this "
               "is care given by the church, and some protections of a licensed therapist's "
               "office may not apply. Ask if you want to know what that means for you.";
    }
    return "Ask your counselor whether they are licensed or offer pastoral counseling; it "
           "changes which rules of confidentiality apply.";
}

}  // namespace

std::string consent_text(const nlohmann::json& practice) {
    const nlohmann::json crisis = practice.is_object()
                                      ? practice.value("crisis_numbers", nlohmann::json::object())
                                      : nlohmann::json::object();
    const std::string emergency = text_at(crisis, "emergency", "911");
    const std::string crisis_line = text_at(crisis, "crisis_line", "988");
    const std::string violence =
        text_at(crisis, "domestic_violence", "1-800-799-7233 (National Domestic Violence Hotline)");
    return "Counseling is a conversation between you, your counselor and, when you come "
           "together, your spouse. It can bring up painful feelings, and change usually takes "
           "time and practice between sessions. " +
           role_paragraph(practice) +
           "\n\nWhat you share stays confidential, within limits set by law and professional "
           "ethics: your counselor will act, and may have to tell others, if you or someone "
           "else is in danger of serious harm, or if a child or a vulnerable adult is being "
           "abused or neglected. A court can also order records to be handed over. Your "
           "counselor then shares only what is needed and, where possible, talks with you "
           "first."
           "\n\nWhen you come as a couple, your counselor will not keep a secret from one of "
           "you that works against the other, such as an affair that goes on, and will help "
           "the one who carries it to say it. What either of you says alone about your own "
           "safety stays between you and your counselor."
           "\n\nYour counselor keeps notes of each session in an encrypted record; you may ask "
           "what is kept. Nothing you share goes to your pastor, elders or anyone else in "
           "church leadership unless you agree to it in writing."
           "\n\nYour counselor is not on call. In an emergency outside sessions, call " +
           emergency + "; with thoughts of suicide, call or text " + crisis_line +
           "; for danger at home, " + violence +
           ". You may ask about any of this, and you may stop counseling at any time.";
}

}  // namespace intake
