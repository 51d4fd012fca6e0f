// Results: what evaluating one administration produced. The JSON mapping is
// the published "result" schema.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace counselor::sdk {

struct Score {
    std::string id;
    std::string title;
    std::optional<double> value;  // none when nothing in it was answered
    std::string band;             // label of the band the value falls in
    std::string meaning;          // the band's interpretation
    int answered = 0;             // items answered
    int items = 0;                // items asked
};

struct RaisedFlag {
    std::string code;
    std::string severity;  // info | warning | critical
    std::string message;
    std::string item;   // the item whose answer raised it, if any
    bool hold = false;  // opens the case's safety hold (FlagRule::hold)
};

struct Result {
    std::string tool_id;
    std::string definition_version;
    std::vector<Score> scores;
    std::optional<Score> total;
    std::vector<RaisedFlag> flags;
    std::string summary;
    nlohmann::json details = nlohmann::json::object();  // tool-specific extras

    bool has_critical_flag() const {
        for (const auto& flag : flags) {
            if (flag.severity == "critical") return true;
        }
        return false;
    }
    const Score* find_score(const std::string& score_id) const {
        for (const auto& score : scores) {
            if (score.id == score_id) return &score;
        }
        return nullptr;
    }
};

// The objects below are built member by member, not from braced lists:
// nlohmann's initializer lists are const, so every member in one (a
// result's whole array of scores among them) is copied once more. A result
// is written at every administration stored, by the plugin and again by the
// host; the bytes written are the same either way (keys sort themselves).
inline void to_json(nlohmann::json& j, const Score& s) {
    j = nlohmann::json::object();
    j["id"] = s.id;
    j["title"] = s.title;
    j["value"] = s.value ? nlohmann::json(*s.value) : nlohmann::json(nullptr);
    j["band"] = s.band;
    j["meaning"] = s.meaning;
    j["answered"] = s.answered;
    j["items"] = s.items;
}
inline void from_json(const nlohmann::json& j, Score& s) {
    s.id = j.at("id").get<std::string>();
    s.title = j.value("title", s.id);
    auto value = j.find("value");
    s.value = (value != j.end() && value->is_number()) ? std::optional(value->get<double>())
                                                       : std::nullopt;
    s.band = j.value("band", std::string());
    s.meaning = j.value("meaning", std::string());
    s.answered = j.value("answered", 0);
    s.items = j.value("items", 0);
}

inline void to_json(nlohmann::json& j, const RaisedFlag& f) {
    j = nlohmann::json::object();
    j["code"] = f.code;
    j["severity"] = f.severity;
    j["message"] = f.message;
    if (!f.item.empty()) j["item"] = f.item;
    if (f.hold) j["hold"] = true;
}
inline void from_json(const nlohmann::json& j, RaisedFlag& f) {
    f.code = j.at("code").get<std::string>();
    f.severity = j.value("severity", std::string("warning"));
    f.message = j.value("message", std::string());
    f.item = j.value("item", std::string());
    f.hold = j.value("hold", false);
}

inline void to_json(nlohmann::json& j, const Result& r) {
    j = nlohmann::json::object();
    j["tool_id"] = r.tool_id;
    j["definition_version"] = r.definition_version;
    j["scores"] = r.scores;
    j["flags"] = r.flags;
    j["summary"] = r.summary;
    j["details"] = r.details;
    if (r.total) j["total"] = *r.total;
}
inline void from_json(const nlohmann::json& j, Result& r) {
    r.tool_id = j.value("tool_id", std::string());
    r.definition_version = j.value("definition_version", std::string());
    r.scores = j.value("scores", std::vector<Score>{});
    if (auto total = j.find("total"); total != j.end() && total->is_object()) {
        r.total = total->get<Score>();
    }
    r.flags = j.value("flags", std::vector<RaisedFlag>{});
    r.summary = j.value("summary", std::string());
    r.details = j.value("details", nlohmann::json::object());
}

}  // namespace counselor::sdk
