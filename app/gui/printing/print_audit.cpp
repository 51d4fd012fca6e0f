#include "printing/print_audit.hpp"

#include <counselor/core/audit/audit_log.hpp>
#include <counselor/core/platform/errors.hpp>
#include <counselor/core/platform/logging.hpp>

#include <spdlog/spdlog.h>

namespace counselor::gui {

void audit_print(AppContext& context, const std::string& action, const std::string& record_type,
                 std::int64_t record_id) {
    try {
        core::Transaction transaction(context.db);
        core::AuditLog(context.db)
            .append(core::audit_entry(context.actor, action, record_type, record_id));
        transaction.commit();
        core::log().info("{} {} printed", record_type, record_id);
    } catch (const core::UserError&) {
        core::log().warn("{} of {} {} not in the audit log", action, record_type, record_id);
    }
}

}  // namespace counselor::gui
