#include "counselor/core/records/administration_repository.hpp"

#include "counselor/core/platform/dates.hpp"
#include "counselor/core/store/json_column.hpp"

namespace counselor::core {

namespace {

constexpr const char* select_administration =
    "SELECT id, client_id, case_id, tool_id, definition_version, answers, result,"
    " administered_at FROM administrations";

// A row of select_administration.
Administration read_administration(const Statement& row) {
    Administration administration;
    administration.id = row.int64(0);
    administration.client_id = row.int64(1);
    administration.case_id = row.optional_int64(2);
    administration.tool_id = row.text(3);
    administration.definition_version = row.text(4);
    administration.answers = detail::json_from_column(row.text(5), "answers", administration.id);
    // A NULL result (not scored) comes back as JSON null, as it went in.
    administration.result =
        row.is_null(6) ? nlohmann::json()
                       : detail::json_from_column(row.text(6), "result", administration.id);
    administration.administered_at = row.text(7);
    return administration;
}

// JSON null is stored as NULL: an administration not (yet) scored.
std::optional<std::string> result_column(const nlohmann::json& result) {
    if (result.is_null()) return std::nullopt;
    return detail::json_to_column(result);
}

}  // namespace

std::int64_t AdministrationRepository::add(const Administration& administration) {
    AdministrationRow row;
    row.client_id = administration.client_id;
    row.case_id = administration.case_id;
    row.tool_id = administration.tool_id;
    row.definition_version = administration.definition_version;
    row.answers = detail::json_to_column(administration.answers);
    row.result = result_column(administration.result);
    row.created_at = utc_now();
    row.administered_at =
        administration.administered_at.empty() ? row.created_at : administration.administered_at;
    return insert(row);
}

std::int64_t AdministrationRepository::insert(const AdministrationRow& row) {
    db_.prepare(
           "INSERT INTO administrations (client_id, case_id, tool_id, definition_version, answers,"
           " result, administered_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, row.client_id)
        .bind(2, row.case_id)
        .bind(3, row.tool_id)
        .bind(4, row.definition_version)
        .bind(5, row.answers)
        .bind(6, row.result)
        .bind(7, row.administered_at)
        .bind(8, row.created_at)
        .run();
    return db_.last_insert_id();
}

std::optional<Administration> AdministrationRepository::find(std::int64_t id) {
    Statement query = db_.prepare(std::string(select_administration) + " WHERE id = ?");
    query.bind(1, id);
    if (!query.step()) return std::nullopt;
    return read_administration(query);
}

std::vector<Administration> AdministrationRepository::for_client(std::int64_t client_id,
                                                                 const std::string& tool_id) {
    // One statement for both cases: an empty ?2 switches the tool filter off.
    Statement query = db_.prepare(std::string(select_administration) +
                                  " WHERE client_id = ?1 AND (?2 = '' OR tool_id = ?2)"
                                  " ORDER BY administered_at DESC, id DESC");
    query.bind(1, client_id).bind(2, tool_id);
    std::vector<Administration> administrations;
    while (query.step())
        administrations.push_back(read_administration(query));
    return administrations;
}

}  // namespace counselor::core
