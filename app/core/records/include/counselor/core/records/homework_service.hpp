// Homework: exercises offered by homework tools, assigned to a client or a
// couple, tracked, and rendered as the handout the couple takes home.
#pragma once

#include "counselor/core/plugins/plugin_host.hpp"
#include "counselor/core/records/homework_repository.hpp"
#include "counselor/core/store/database.hpp"

#include <counselor/sdk/document.hpp>
#include <counselor/sdk/tool.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace counselor::core {

struct HomeworkTemplate {
    std::string tool_id;
    sdk::Template info;

    // Exercises on physical intimacy, done together, or done alone but
    // about moving toward the other spouse wait on safety.
    bool touches_intimacy() const { return info.body.value("intimacy", false); }
    bool conjoint() const { return info.body.value("conjoint", false); }
    bool spouse_directed() const { return info.body.value("spouse_directed", false); }
    bool held_by_safety_hold() const {
        return touches_intimacy() || conjoint() || spouse_directed();
    }
};

struct HomeworkOrder {
    std::optional<std::int64_t> client_id;  // for one client (in their open case)
    std::optional<std::int64_t> case_id;    // for the case (every member)
    std::string template_id;
    std::optional<std::string> due;  // YYYY-MM-DD
    std::string counselor_note;
    bool despite_safety_flag = false;  // the counselor's explicit decision
};

struct AssignedHomework {
    std::int64_t id = 0;
    std::vector<std::string> warnings;
};

class HomeworkService {
  public:
    HomeworkService(Database& db, PluginHost& plugins, std::string actor)
        : db_(db), plugins_(plugins), actor_(std::move(actor)) {}

    std::vector<HomeworkTemplate> templates();
    HomeworkTemplate find_template(const std::string& template_id);
    // The warning to show beside this exercise for this case, or nullopt.
    std::optional<std::string> safety_warning(const HomeworkTemplate& exercise,
                                              std::int64_t case_id);

    // Refuses intimacy, conjoint or spouse-directed exercises while the
    // case's safety hold is open, unless despite_safety_flag (then it comes
    // back as a warning, and the audit row records the override).
    AssignedHomework assign(const HomeworkOrder& order);
    void set_status(std::int64_t id, const std::string& status);
    HomeworkAssignment view(std::int64_t id);
    std::vector<HomeworkAssignment> for_case(std::int64_t case_id);

    // The handout, one copy per spouse where the exercise says so.
    sdk::Document render(std::int64_t id);
    // The handout the order would print, before anything is stored: for a
    // live preview while the counselor chooses. A due date that is not
    // (yet) a real date is left off.
    sdk::Document preview(const HomeworkOrder& order);
    // "Naomi Hartwell - Daily gratitude": a suggested export file name.
    std::string suggested_name(std::int64_t id);

  private:
    std::int64_t resolve_case(const HomeworkOrder& order);
    static HomeworkAssignment assignment_for(const HomeworkOrder& order,
                                             const HomeworkTemplate& exercise,
                                             std::int64_t case_id);
    nlohmann::json render_request(const HomeworkAssignment& assignment);
    std::vector<std::string> recipients(const HomeworkAssignment& assignment);
    Database& db_;
    PluginHost& plugins_;
    std::string actor_;
};

}  // namespace counselor::core
