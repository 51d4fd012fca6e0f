#include "counselor/core/audit_head.hpp"

#include "counselor/core/database.hpp"
#include "counselor/core/errors.hpp"
#include "counselor/core/logging.hpp"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace counselor::core {

namespace fs = std::filesystem;

namespace {

constexpr int kFormat = 1;

[[noreturn]] void unreadable(const fs::path& file) {
    throw UserError("the audit head file " + file.string() +
                    " is unreadable; the newest audit rows cannot be checked");
}

bool has_file(const fs::path& database) {
    const std::string name = database.string();
    return !name.empty() && name != ":memory:";
}

}  // namespace

fs::path audit_head_path(const fs::path& database) {
    return fs::path(database.string() + ".audithead");
}

std::optional<AuditHead> read_audit_head(const fs::path& database) {
    const fs::path file = audit_head_path(database);
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::error_code error;
        if (!fs::exists(file, error) && !error) return std::nullopt;
        unreadable(file);
    }
    std::stringstream text;
    text << in.rdbuf();
    const auto json = nlohmann::json::parse(text.str(), nullptr, false);
    try {
        if (json.is_discarded() || json.at("format").get<int>() != kFormat) unreadable(file);
        return AuditHead{json.at("row").get<std::int64_t>(), json.at("hash").get<std::string>()};
    } catch (const nlohmann::json::exception&) {
        unreadable(file);
    }
}

void write_audit_head(const fs::path& database, const AuditHead& head) {
    const fs::path file = audit_head_path(database);
    // Per process: two programs on one database each write their own.
    const fs::path temporary(file.string() + ".tmp-" + std::to_string(::getpid()));
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << nlohmann::json{{"format", kFormat}, {"row", head.row}, {"hash", head.hash}}.dump()
            << '\n';
        out.flush();
        if (!out) {
            std::error_code ignored;
            fs::remove(temporary, ignored);
            throw UserError("cannot write the audit head file " + file.string());
        }
    }
    // Flushed before the rename, so a crash never leaves an empty head.
    if (const int fd = ::open(temporary.c_str(), O_RDONLY | O_CLOEXEC); fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    std::error_code error;
    fs::rename(temporary, file, error);
    if (error) {
        fs::remove(temporary, error);
        throw UserError("cannot write the audit head file " + file.string());
    }
}

void note_audit_head(Database& db, std::shared_ptr<const AuditHead> head) {
    if (!has_file(db.path())) return;
    auto write = [database = db.path(), head = std::move(head)] {
        try {
            write_audit_head(database, *head);
        } catch (const std::exception&) {
            // Behind is safe: the head still names a row of the chain.
            log().warn("audit head not updated to row {}", head->row);
        }
    };
    if (db.in_transaction()) {
        db.set_after_commit(std::move(write));
    } else {
        write();
    }
}

}  // namespace counselor::core
