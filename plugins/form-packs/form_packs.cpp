// Form packs: every form definition file (*.json) in the forms folders the
// host names is offered as a tool, scored by the SDK's standard scoring. A
// clinic adds an assessment by writing a file, with no compiler.
//
// The host names the folders in practice_info's "form_dirs" (user, clinic,
// COUNSELOR_FORMS_PATH, in that order); this plugin reads them once, at init,
// since describe() must list the tools when the host loads it. A file that
// cannot be served becomes a warning naming its path and what is wrong, and
// the others are still served. The host then checks each served form against
// the full schema and turns what fails into warnings of the same kind.
#include <counselor/sdk/sdk.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace sdk = counselor::sdk;
namespace fs = std::filesystem;

namespace {

// The kinds a definition file can express; notes, homework and reports need
// code (templates, documents) that a file does not carry.
bool servable_kind(const std::string& kind) {
    return kind == "assessment" || kind == "questionnaire";
}

std::vector<fs::path> definition_files(const fs::path& folder) {
    std::vector<fs::path> files;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        std::error_code kind_error;
        if (it->path().extension() == ".json" && it->is_regular_file(kind_error))
            files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());  // the same order on every start
    return files;
}

struct ServedForm {
    sdk::FormDefinition definition;
    fs::path file;
};

class FormPacksPlugin : public sdk::Plugin {
  public:
    void init(const sdk::Host& host) override {
        const auto info = host.practice_info();
        const auto dirs = info.value("form_dirs", nlohmann::json::array());
        if (!dirs.is_array()) return;
        for (const auto& dir : dirs) {
            if (dir.is_string()) read_folder(dir.get<std::string>());
        }
        host.log(sdk::LogLevel::info, std::to_string(forms_.size()) + " forms served, " +
                                          std::to_string(warnings_.size()) + " files refused");
    }

    sdk::PluginInfo describe() const override {
        sdk::PluginInfo info;
        info.id = "form-packs";
        info.name = "Form packs";
        info.version = "1.0.0";
        info.description =
            "Serves the form definition files in the user's and the clinic's forms folders as "
            "tools.";
        for (const auto& [id, served] : forms_) {
            sdk::ToolInfo tool;
            tool.id = id;
            tool.name = served.definition.title.empty() ? id : served.definition.title;
            tool.kind = served.definition.kind;
            tool.version = served.definition.version;
            tool.source = served.file.string();
            info.tools.push_back(std::move(tool));
        }
        info.warnings = warnings_;
        return info;
    }

    sdk::FormDefinition form(std::string_view tool_id) const override {
        return find(tool_id).definition;
    }

  private:
    const ServedForm& find(std::string_view tool_id) const {
        auto it = forms_.find(std::string(tool_id));
        if (it == forms_.end()) throw sdk::BadInput("unknown tool '" + std::string(tool_id) + "'");
        return it->second;
    }

    void read_folder(const fs::path& folder) {
        for (const auto& file : definition_files(folder))
            read_file(file);
    }

    void read_file(const fs::path& file) {
        const std::string where = file.string() + ": ";
        sdk::FormDefinition definition;
        try {
            const auto document = sdk::read_form_file(file);
            if (document.is_object() && document.contains("resourceType")) {
                return warn(where +
                            "a FHIR resource, not a form definition; `counselorctl form import` "
                            "converts a FHIR Questionnaire into one");
            }
            definition = document.get<sdk::FormDefinition>();
        } catch (const sdk::FormFileError& e) {
            return warn(where + e.what());
        } catch (const nlohmann::json::exception& e) {
            // The shape is wrong somewhere nlohmann can say only vaguely;
            // `counselorctl form validate` names the item.
            return warn(where + "not a form definition (" + e.what() +
                        "); `counselorctl form validate` names the item at fault");
        }
        if (definition.id.empty()) return warn(where + "the form has no id");
        if (!servable_kind(definition.kind)) {
            return warn(where + "kind \"" + definition.kind +
                        "\" cannot be served from a file; use assessment or questionnaire");
        }
        // The first folder wins: the counselor's own copy over the clinic's.
        if (auto existing = forms_.find(definition.id); existing != forms_.end()) {
            return warn(where + "form id \"" + definition.id + "\" is already served from " +
                        existing->second.file.string());
        }
        std::string id = definition.id;  // copied first: the definition is moved below
        forms_.emplace(std::move(id), ServedForm{std::move(definition), file});
    }

    void warn(std::string message) { warnings_.push_back(std::move(message)); }

    std::map<std::string, ServedForm> forms_;
    std::vector<std::string> warnings_;
};

}  // namespace

COUNSELOR_EXPORT_PLUGIN(FormPacksPlugin)
