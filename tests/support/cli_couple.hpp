// A couple in a counselorctl workspace, and their forms answered through the
// CLI as a script would: the opening of most end-to-end tests of joint work.
#pragma once

#include "cli_workspace.hpp"
#include "form_filler.hpp"

#include <filesystem>
#include <fstream>
#include <string>

namespace counselor::test {

struct Couple {
    std::string naomi, daniel, case_id;
};

// Initialises a plain practice with these names, and opens the Hartwells'
// couple case in it.
inline Couple add_couple(const Workspace& w, const std::string& practice,
                         const std::string& counselor) {
    w.ok({"init", "--no-encryption", "--practice", practice, "--counselor", counselor});
    Couple couple;
    couple.naomi = w.add_client("Naomi", "Hartwell");
    couple.daniel = w.add_client("Daniel", "Hartwell");
    auto id = w.ok(
        {"case", "open", "--kind", "couple", "--client", couple.naomi, "--client", couple.daniel});
    couple.case_id = id.substr(0, id.find('\n'));
    return couple;
}

inline std::filesystem::path write_json(const Workspace& w, const std::string& name,
                                        const nlohmann::json& j) {
    auto path = w.home() / (name + ".json");
    std::ofstream(path) << j.dump(2);
    return path;
}

// Records one instrument for one client with answers from `choose`.
inline nlohmann::json assess(const Workspace& w, const std::string& tool, const std::string& client,
                             const std::string& case_id, const Chooser& choose) {
    auto answers = fill_form(w.json({"form", "show", tool}), choose);
    auto file = write_json(w, tool + "-" + client, answers);
    return w.json(
        {"assess", tool, "--client", client, "--case", case_id, "--answers", file.string()});
}

}  // namespace counselor::test
