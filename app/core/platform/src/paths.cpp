#include "counselor/core/platform/paths.hpp"

#include <boost/dll/runtime_symbol_info.hpp>

#include <cstdlib>
#include <string>

namespace counselor::core {

namespace {
std::optional<std::string> environment(const char* name) {
    const char* value = std::getenv(name);
    if (!value || !*value) return std::nullopt;
    return std::string(value);
}
}  // namespace

std::filesystem::path data_dir() {
    if (auto xdg = environment("XDG_DATA_HOME")) return std::filesystem::path(*xdg) / "counselor";
    auto home = environment("HOME").value_or(".");
    return std::filesystem::path(home) / ".local" / "share" / "counselor";
}

std::filesystem::path config_dir() {
    if (auto xdg = environment("XDG_CONFIG_HOME")) return std::filesystem::path(*xdg) / "counselor";
    auto home = environment("HOME").value_or(".");
    return std::filesystem::path(home) / ".config" / "counselor";
}

std::filesystem::path state_dir() {
    if (auto xdg = environment("XDG_STATE_HOME")) return std::filesystem::path(*xdg) / "counselor";
    auto home = environment("HOME").value_or(".");
    return std::filesystem::path(home) / ".local" / "state" / "counselor";
}

std::filesystem::path default_database_path() {
    return data_dir() / "counselor.db";
}
std::filesystem::path log_dir() {
    return data_dir() / "logs";
}
std::filesystem::path user_plugin_dir() {
    return data_dir() / "plugins";
}

std::filesystem::path forms_dir() {
    return data_dir() / "forms";
}
std::filesystem::path clinic_forms_dir() {
    return "/etc/counselor/forms";
}

std::optional<std::filesystem::path> database_from_environment() {
    auto value = environment("COUNSELOR_DB");
    if (!value) return std::nullopt;
    return std::filesystem::path(*value);
}

// The entries of a colon-separated list in the environment variable `name`.
static std::vector<std::filesystem::path> dirs_from_environment(const char* name) {
    std::vector<std::filesystem::path> dirs;
    auto value = environment(name);
    if (!value) return dirs;
    std::string::size_type start = 0;
    while (start <= value->size()) {
        auto end = value->find(':', start);
        if (end == std::string::npos) end = value->size();
        if (end > start) dirs.emplace_back(value->substr(start, end - start));
        start = end + 1;
    }
    return dirs;
}

std::vector<std::filesystem::path> plugin_dirs_from_environment() {
    return dirs_from_environment("COUNSELOR_PLUGIN_PATH");
}

std::vector<std::filesystem::path> form_dirs_from_environment() {
    return dirs_from_environment("COUNSELOR_FORMS_PATH");
}

std::vector<std::filesystem::path> form_dirs() {
    std::vector<std::filesystem::path> dirs{forms_dir(), clinic_forms_dir()};
    for (auto& dir : form_dirs_from_environment())
        dirs.push_back(std::move(dir));
    return dirs;
}

std::filesystem::path bundled_plugin_dir() {
    std::filesystem::path exe = boost::dll::program_location();
    return (exe.parent_path().parent_path() / COUNSELOR_PLUGIN_SUBDIR).lexically_normal();
}

}  // namespace counselor::core
