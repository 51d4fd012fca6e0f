// Reading a PDF back the way a person's viewer would: its text (pdftotext),
// its page count and size (pdfinfo), its fonts (pdffonts). The test target
// defines PDFTOTEXT, PDFINFO and PDFFONTS as the programs' paths and
// compiles run_process.cpp.
#pragma once

#include "run_process.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace counselor::test {

inline std::string pdf_tool(const char* program, const std::filesystem::path& pdf,
                            std::vector<std::string> args) {
    args.push_back(pdf.string());
    if (std::string(program) == PDFTOTEXT) args.push_back("-");
    const auto result = run_process(program, args);
    INFO(program << ": " << result.err);
    REQUIRE(result.exit_code == 0);
    return result.out;
}

// The text of every page; pages are separated by form feeds.
inline std::string pdf_text(const std::filesystem::path& pdf) {
    return pdf_tool(PDFTOTEXT, pdf, {"-enc", "UTF-8"});
}

// The value of one "Name:   value" line of pdfinfo.
inline std::string pdf_info(const std::filesystem::path& pdf, const std::string& name) {
    std::istringstream lines(pdf_tool(PDFINFO, pdf, {}));
    std::string line;
    while (std::getline(lines, line)) {
        if (line.rfind(name + ":", 0) == 0) {
            const auto value = line.find_first_not_of(' ', name.size() + 1);
            return value == std::string::npos ? "" : line.substr(value);
        }
    }
    return "";
}

inline int pdf_pages(const std::filesystem::path& pdf) {
    return std::stoi(pdf_info(pdf, "Pages"));
}

inline std::string pdf_fonts(const std::filesystem::path& pdf) {
    return pdf_tool(PDFFONTS, pdf, {});
}

inline void write_file(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary);
    out << bytes;
    REQUIRE(out.good());
}

inline std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// How often `needle` occurs in `text`.
inline std::size_t count_of(const std::string& text, const std::string& needle) {
    std::size_t count = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
        ++count;
    return count;
}

}  // namespace counselor::test
