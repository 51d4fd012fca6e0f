// The homework plugin: one tool, "homework", whose templates are the
// exercises in exercises.cpp and whose render() prints one as a handout.
#include "exercises.hpp"
#include "handout.hpp"

#include <counselor/sdk/sdk.hpp>

namespace sdk = counselor::sdk;

namespace {

constexpr const char* kToolId = "homework";

class Homework : public sdk::Plugin {
  public:
    sdk::PluginInfo describe() const override {
        return {"homework",
                "Homework handouts",
                "1.0.0",
                "Exercises to do between sessions, printed as handouts for one or both spouses.",
                {{kToolId, "Homework", "homework", "1.0.0",
                  "Exercises drawn from the stages of closeness, each a printable handout."}}};
    }

    void init(const sdk::Host& host) override { host_ = host; }

    std::vector<sdk::Template> templates(std::string_view tool_id) const override {
        require_known(tool_id);
        return homework::exercises();
    }

    sdk::Document render(std::string_view tool_id, const nlohmann::json& request) const override {
        require_known(tool_id);
        const auto parsed = homework::parse_request(request, practice());
        const auto* exercise = homework::find_exercise(parsed.template_id);
        if (!exercise) {
            throw sdk::BadInput("there is no homework exercise \"" + parsed.template_id + "\"");
        }
        host_.log(sdk::LogLevel::info, "rendered homework " + parsed.template_id);
        return homework::build_handout(*exercise, parsed);
    }

  private:
    static void require_known(std::string_view tool_id) {
        if (tool_id != kToolId) {
            throw sdk::BadInput("unknown tool '" + std::string(tool_id) + "'");
        }
    }

    // The letterhead the host knows, used when a request names none.
    nlohmann::json practice() const {
        auto info = host_.practice_info();
        return info.is_object() ? info : nlohmann::json::object();
    }

    sdk::Host host_{nullptr};
};

}  // namespace

COUNSELOR_EXPORT_PLUGIN(Homework)
