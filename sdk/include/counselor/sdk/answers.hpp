// Answers: one respondent's answers to one form, keyed by item id. The JSON is
// an object mapping item id to a number, a string (option value, text or
// "YYYY-MM-DD"), an array of option values, or true/false.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace counselor::sdk {

class Answers {
  public:
    Answers() = default;
    explicit Answers(nlohmann::json values) : values_(std::move(values)) {
        if (!values_.is_object()) values_ = nlohmann::json::object();
    }

    // The raw answer, or nullptr when the item was not answered.
    const nlohmann::json* find(std::string_view item_id) const {
        auto it = values_.find(item_id);
        if (it == values_.end() || it->is_null()) return nullptr;
        return &*it;
    }
    bool has(std::string_view item_id) const { return find(item_id) != nullptr; }

    std::optional<double> number(std::string_view item_id) const {
        const auto* value = find(item_id);
        if (!value || !value->is_number()) return std::nullopt;
        return value->get<double>();
    }
    std::optional<std::string> text(std::string_view item_id) const {
        const auto* value = find(item_id);
        if (!value || !value->is_string()) return std::nullopt;
        return value->get<std::string>();
    }
    std::optional<bool> boolean(std::string_view item_id) const {
        const auto* value = find(item_id);
        if (!value || !value->is_boolean()) return std::nullopt;
        return value->get<bool>();
    }
    std::vector<std::string> choices(std::string_view item_id) const {
        const auto* value = find(item_id);
        if (!value) return {};
        if (value->is_string()) return {value->get<std::string>()};
        std::vector<std::string> picked;
        if (value->is_array()) {
            for (const auto& v : *value) {
                if (v.is_string()) picked.push_back(v.get<std::string>());
            }
        }
        return picked;
    }

    Answers& set(const std::string& item_id, nlohmann::json value) {
        values_[item_id] = std::move(value);
        return *this;
    }

    const nlohmann::json& json() const { return values_; }

  private:
    nlohmann::json values_ = nlohmann::json::object();
};

inline void to_json(nlohmann::json& j, const Answers& a) {
    j = a.json();
}
inline void from_json(const nlohmann::json& j, Answers& a) {
    a = Answers(j);
}

}  // namespace counselor::sdk
