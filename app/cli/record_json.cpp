#include "record_json.hpp"

namespace counselor::cli {

namespace {
nlohmann::json or_null(const std::optional<std::string>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}
}  // namespace

nlohmann::json to_json(const core::Client& client) {
    return {{"id", client.id},
            {"first_name", client.first_name},
            {"last_name", client.last_name},
            {"date_of_birth", or_null(client.date_of_birth)},
            {"email", or_null(client.email)},
            {"phone", or_null(client.phone)},
            {"created_at", client.created_at},
            {"updated_at", client.updated_at}};
}

nlohmann::json to_json(const std::vector<core::Client>& clients) {
    auto list = nlohmann::json::array();
    for (const auto& client : clients)
        list.push_back(to_json(client));
    return list;
}

nlohmann::json to_json(const core::Case& found) {
    auto members = nlohmann::json::array();
    for (const auto& member : found.members) {
        members.push_back({{"client_id", member.client_id},
                           {"first_name", member.first_name},
                           {"last_name", member.last_name}});
    }
    return {{"id", found.id},         {"kind", core::to_string(found.kind)}, {"title", found.title},
            {"status", found.status}, {"opened_at", found.opened_at},        {"members", members}};
}

nlohmann::json to_json(const std::vector<core::Case>& cases) {
    auto list = nlohmann::json::array();
    for (const auto& found : cases)
        list.push_back(to_json(found));
    return list;
}

std::string member_names(const core::Case& found) {
    std::string names;
    for (std::size_t i = 0; i < found.members.size(); ++i) {
        if (i > 0) names += (i + 1 == found.members.size()) ? " and " : ", ";
        names += found.members[i].first_name + " " + found.members[i].last_name;
    }
    return names;
}

}  // namespace counselor::cli
