// Saving handouts: file names made from client names stay inside the chosen
// folder, and a save never clobbers a file or leaves debris behind.
#include "document_fixtures.hpp"
#include "pdf_tools.hpp"
#include "temp_dir.hpp"

#include <counselor/core/documents/export_document.hpp>
#include <counselor/core/documents/render_html.hpp>
#include <counselor/core/documents/render_text.hpp>

#include <catch2/catch.hpp>

#include <set>

using namespace counselor;
using core::export_path;
using core::ExportFormat;
namespace fs = std::filesystem;

namespace {

std::set<std::string> entries(const fs::path& folder) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.insert(entry.path().filename().string());
    return names;
}

std::string name_for(const test::TempDir& dir, const std::string& suggested,
                     ExportFormat format = ExportFormat::pdf) {
    const fs::path path = export_path(dir.path(), suggested, format);
    INFO("suggested: " << suggested << " -> " << path);
    CHECK(path.parent_path() == dir.path());
    return path.filename().string();
}

}  // namespace

TEST_CASE("export_path keeps every suggested name inside the folder", "[export][bad-input]") {
    test::TempDir dir;
    CHECK(name_for(dir, "../../etc/passwd") == "etc-passwd.pdf");
    CHECK(name_for(dir, "/abs") == "abs.pdf");
    CHECK(name_for(dir, "a/b") == "a-b.pdf");
    CHECK(name_for(dir, "a\\b") == "a-b.pdf");
    CHECK(name_for(dir, "..") == "document.pdf");
    CHECK(name_for(dir, "") == "document.pdf");
    CHECK(name_for(dir, " . / . ") == "document.pdf");
    CHECK(name_for(dir, ".hidden") == "hidden.pdf");
    CHECK(name_for(dir, "C:\\Users\\x") == "C--Users-x.pdf");
}

TEST_CASE("export_path drops NUL, control and direction-override characters",
          "[export][bad-input]") {
    test::TempDir dir;
    CHECK(name_for(dir, std::string("Nao\0mi\x07 Hart\nwell\x1b", 18)) == "Naomi Hart well.pdf");
    // U+202E would show "handout-gpj.exe" as "handout-exe.jpg".
    CHECK(name_for(dir, "handout-\u202Egpj.exe") == "handout-gpj.exe.pdf");
    CHECK(name_for(dir, "bad \xff byte") == "bad - byte.pdf");
}

TEST_CASE("export_path keeps names readable and the extension single", "[export]") {
    test::TempDir dir;
    CHECK(name_for(dir, "Daily gratitude – José Ñúñez") == "Daily gratitude – José Ñúñez.pdf");
    CHECK(name_for(dir, "Gratitude  for   Naomi") == "Gratitude for Naomi.pdf");
    CHECK(name_for(dir, "notes.PDF") == "notes.pdf");
    CHECK(name_for(dir, "notes", ExportFormat::html) == "notes.html");
    CHECK(name_for(dir, "notes", ExportFormat::text) == "notes.txt");
    CHECK(name_for(dir, "trailing dots...") == "trailing dots.pdf");

    std::string long_name;
    for (int i = 0; i < 100; ++i)
        long_name += "é";  // two bytes each
    const std::string cut = name_for(dir, long_name);
    const std::string stem = cut.substr(0, cut.size() - 4);
    CHECK(cut.size() <= 150 + 4);
    CHECK(stem.size() == 150);
    CHECK(long_name.rfind(stem, 0) == 0);  // whole characters only: 75 of them
}

TEST_CASE("export_path refuses a folder that does not exist", "[export]") {
    test::TempDir dir;
    CHECK_THROWS_AS(export_path(dir / "missing", "x", ExportFormat::pdf), core::NotFound);
    CHECK_THROWS_WITH(export_path(dir / "missing", "x", ExportFormat::pdf),
                      Catch::Contains("does not exist"));
    test::write_file(dir / "file", "not a folder");
    CHECK_THROWS_AS(export_path(dir / "file", "x", ExportFormat::pdf), core::UserError);
}

TEST_CASE("export_document writes each format", "[export]") {
    test::TempDir dir;
    const auto doc = test::every_block();
    core::export_document(doc, ExportFormat::text, dir / "a.txt", false);
    core::export_document(doc, ExportFormat::html, dir / "a.html", false);
    core::export_document(doc, ExportFormat::pdf, dir / "a.pdf", false);
    CHECK(test::read_file(dir / "a.txt") == core::render_text(doc));
    CHECK(test::read_file(dir / "a.html") == core::render_html(doc));
    CHECK(test::read_file(dir / "a.pdf").rfind("%PDF-", 0) == 0);
    CHECK(entries(dir.path()) == std::set<std::string>{"a.txt", "a.html", "a.pdf"});
    // Handouts carry names: only their owner may read them.
    CHECK((fs::status(dir / "a.pdf").permissions() & fs::perms::others_read) == fs::perms::none);
}

TEST_CASE("export_document leaves an existing file alone unless told to replace it",
          "[export][bad-input]") {
    test::TempDir dir;
    const auto out = dir / "handout.txt";
    test::write_file(out, "the counselor's own edits");
    const auto doc = test::every_block();

    CHECK_THROWS_AS(core::export_document(doc, ExportFormat::text, out, false), core::FileExists);
    CHECK_THROWS_WITH(core::export_document(doc, ExportFormat::text, out, false),
                      Catch::Contains("already exists; pass --replace to overwrite it"));
    CHECK(test::read_file(out) == "the counselor's own edits");
    CHECK(entries(dir.path()) == std::set<std::string>{"handout.txt"});

    core::export_document(doc, ExportFormat::text, out, true);
    CHECK(test::read_file(out) == core::render_text(doc));
    CHECK(entries(dir.path()) == std::set<std::string>{"handout.txt"});
}

TEST_CASE("export_document reports a missing folder and an unwritable one", "[export]") {
    test::TempDir dir;
    const auto doc = test::every_block();
    CHECK_THROWS_AS(core::export_document(doc, ExportFormat::pdf, dir / "no" / "x.pdf", false),
                    core::NotFound);

    const auto locked = dir / "locked";
    fs::create_directory(locked);
    fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
    if (::geteuid() != 0) {  // root writes anywhere
        CHECK_THROWS_WITH(core::export_document(doc, ExportFormat::pdf, locked / "x.pdf", false),
                          Catch::Contains("could not write"));
    }
    fs::permissions(locked, fs::perms::owner_all);
    CHECK(entries(locked).empty());
}
