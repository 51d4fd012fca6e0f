#include "counselor/core/records/record_service.hpp"

#include "counselor/core/platform/dates.hpp"
#include "counselor/core/platform/text.hpp"

#include <set>

namespace counselor::core {

namespace {

// Blank optional fields are stored as absent, not as empty text.
std::optional<std::string> trimmed_or_absent(const std::optional<std::string>& text) {
    if (!text) return std::nullopt;
    std::string value = trimmed(*text);
    if (value.empty()) return std::nullopt;
    return value;
}

void check_date_of_birth(const std::string& date) {
    if (!is_real_date(date)) {
        throw UserError("date of birth '" + date + "' is not a real date; use YYYY-MM-DD");
    }
    if (date > today_utc()) {  // YYYY-MM-DD compares as text in date order
        throw UserError("date of birth '" + date + "' is in the future");
    }
}

void check_email(const std::string& email) {
    const auto at = email.find('@');
    if (at == std::string::npos || at == 0 || at + 1 == email.size()) {
        throw UserError("email '" + email + "' is not an address like name@example.org");
    }
}

NewClient checked(const NewClient& input) {
    NewClient client{trimmed(input.first_name), trimmed(input.last_name),
                     trimmed_or_absent(input.date_of_birth), trimmed_or_absent(input.email),
                     trimmed_or_absent(input.phone)};
    if (client.first_name.empty()) throw UserError("first name is required");
    if (client.last_name.empty()) throw UserError("last name is required");
    if (client.date_of_birth) check_date_of_birth(*client.date_of_birth);
    if (client.email) check_email(*client.email);
    return client;
}

void check_member_count(CaseKind kind, std::size_t count) {
    const std::string got = " (got " + std::to_string(count) + ")";
    switch (kind) {
        case CaseKind::individual:
            if (count != 1) throw UserError("an individual case has exactly one client" + got);
            break;
        case CaseKind::couple:
            if (count != 2) throw UserError("a couple case has exactly two clients" + got);
            break;
        case CaseKind::family:
            if (count < 1) throw UserError("a family case needs at least one client");
            break;
    }
}

void check_distinct(const std::vector<std::int64_t>& client_ids) {
    std::set<std::int64_t> seen;
    for (const std::int64_t id : client_ids) {
        if (!seen.insert(id).second) {
            throw UserError("client " + std::to_string(id) + " is listed twice; list each once");
        }
    }
}

std::string no_client(std::int64_t id) {
    return "no client with id " + std::to_string(id);
}

}  // namespace

std::int64_t RecordService::add_client(const NewClient& input) {
    const NewClient client = checked(input);
    Transaction transaction(db_);
    const std::int64_t id = ClientRepository(db_).add(client);
    AuditLog(db_).append(audit_entry(actor_, "client.create", "client", id));
    transaction.commit();
    return id;
}

NewCouple RecordService::add_couple(const NewClient& first, const NewClient& second,
                                    const std::string& title) {
    auto checked_spouse = [](const NewClient& input, const char* which) {
        try {
            return checked(input);
        } catch (const UserError& error) {
            throw UserError(std::string(which) + ": " + error.what());
        }
    };
    const NewClient a = checked_spouse(first, "first spouse");
    const NewClient b = checked_spouse(second, "second spouse");
    Transaction transaction(db_);
    ClientRepository clients(db_);
    AuditLog audit(db_);
    NewCouple couple;
    couple.first_id = clients.add(a);
    audit.append(audit_entry(actor_, "client.create", "client", couple.first_id));
    couple.second_id = clients.add(b);
    audit.append(audit_entry(actor_, "client.create", "client", couple.second_id));
    const std::vector<std::int64_t> members = {couple.first_id, couple.second_id};
    couple.case_id = CaseRepository(db_).open(CaseKind::couple, members, trimmed(title));
    audit.append(audit_entry(actor_, "case.open", "case", couple.case_id,
                             "kind=couple clients=" + join_ids(members, ",")));
    transaction.commit();
    return couple;
}

Client RecordService::view_client(std::int64_t id) {
    Transaction transaction(db_);
    std::optional<Client> client = ClientRepository(db_).find(id);
    if (!client) throw NotFound(no_client(id));
    AuditLog(db_).append(audit_entry(actor_, "client.view", "client", id));
    transaction.commit();
    return *client;
}

// Lists are not audited: a search box would write a row per keystroke, and
// what a counselor opens from the list is (view_client, view_case).
std::vector<Client> RecordService::find_clients(const std::string& search, int limit, int offset) {
    return ClientRepository(db_).search(trimmed(search), limit, offset);
}

std::int64_t RecordService::count_clients(const std::string& search) {
    return ClientRepository(db_).count(trimmed(search));
}

std::optional<std::int64_t> RecordService::row_in_search(const std::string& search,
                                                         std::int64_t client_id) {
    return ClientRepository(db_).position(trimmed(search), client_id);
}

std::int64_t RecordService::open_case(CaseKind kind, const std::vector<std::int64_t>& client_ids,
                                      const std::string& title) {
    check_member_count(kind, client_ids.size());
    check_distinct(client_ids);
    Transaction transaction(db_);
    ClientRepository clients(db_);
    for (const std::int64_t id : client_ids) {
        if (!clients.find(id)) throw NotFound(no_client(id));
    }
    const std::int64_t case_id = CaseRepository(db_).open(kind, client_ids, trimmed(title));
    AuditLog(db_).append(audit_entry(
        actor_, "case.open", "case", case_id,
        "kind=" + std::string(to_string(kind)) + " clients=" + join_ids(client_ids, ",")));
    transaction.commit();
    return case_id;
}

Case RecordService::view_case(std::int64_t id) {
    Transaction transaction(db_);
    std::optional<Case> found = CaseRepository(db_).find(id);
    if (!found) throw NotFound("no case with id " + std::to_string(id));
    AuditLog(db_).append(audit_entry(actor_, "case.view", "case", id));
    transaction.commit();
    return *found;
}

ClientOnCase RecordService::view_client_on_case(std::int64_t client_id,
                                                std::optional<std::int64_t> case_id) {
    Transaction transaction(db_);
    std::optional<Client> client = ClientRepository(db_).find(client_id);
    if (!client) throw NotFound(no_client(client_id));
    std::optional<Case> found;
    if (case_id) {
        found = CaseRepository(db_).find(*case_id);
        if (!found) throw NotFound("no case with id " + std::to_string(*case_id));
    }
    AuditLog log(db_);
    log.append(audit_entry(actor_, "client.view", "client", client_id));
    if (case_id) log.append(audit_entry(actor_, "case.view", "case", *case_id));
    transaction.commit();
    return {std::move(*client), std::move(found)};
}

std::vector<Case> RecordService::cases_of(std::int64_t client_id) {
    if (!ClientRepository(db_).find(client_id)) throw NotFound(no_client(client_id));
    return CaseRepository(db_).for_client(client_id);
}

}  // namespace counselor::core
