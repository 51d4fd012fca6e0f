// Every question, instruction and handout is in our own words: no run of six
// words from the articles the tools' ideas come from appears anywhere in the
// product's text (its sources, its data, its documentation). The articles are
// not in the repository; tests/fixtures/source-shingles.txt holds a hash of
// each of their six-word runs (tests/tools/source-shingles.py writes it), and
// the product's text is hashed here the same way.
#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kWindow = 6;
const fs::path kSource = COUNSELOR_SOURCE_DIR;

std::uint64_t fnv1a(const std::string& text) {
    std::uint64_t hash = 0xCBF29CE484222325ULL;
    for (unsigned char byte : text) {
        hash ^= byte;
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

// Lower-case words of letters and digits; an apostrophe (straight or curly)
// joins a word ("don't" is "dont"); anything else breaks one.
std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    auto end_word = [&] {
        if (!word.empty()) words.push_back(word);
        word.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(text[i + 2]) == 0x98 ||
             static_cast<unsigned char>(text[i + 2]) == 0x99)) {
            i += 2;  // ‘ or ’: an apostrophe
        } else if (c == '\'') {
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            word += static_cast<char>(c);
        } else if (c >= 'A' && c <= 'Z') {
            word += static_cast<char>(c - 'A' + 'a');
        } else {
            end_word();
        }
    }
    end_word();
    return words;
}

std::set<std::uint64_t> article_hashes() {
    std::ifstream in(kSource / "tests" / "fixtures" / "source-shingles.txt");
    REQUIRE(in);
    std::set<std::uint64_t> hashes;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty()) hashes.insert(std::stoull(line, nullptr, 16));
    }
    return hashes;
}

bool is_product_text(const fs::path& file) {
    static const std::set<std::string> kinds = {".cpp", ".hpp", ".h",   ".json",    ".md",
                                                ".po",  ".txt", ".xml", ".desktop", ".1"};
    return kinds.count(file.extension().string()) > 0;
}

std::string read_all(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// "plugins/homework/exercises.cpp: at any age or stage of" for each run found.
std::vector<std::string> copied_runs(const fs::path& file, const std::set<std::uint64_t>& hashes) {
    std::vector<std::string> found;
    const auto words = words_of(read_all(file));
    for (std::size_t i = 0; i + kWindow <= words.size(); ++i) {
        std::string run = words[i];
        for (std::size_t k = 1; k < kWindow; ++k)
            run += " " + words[i + k];
        if (hashes.count(fnv1a(run)))
            found.push_back(fs::relative(file, kSource).string() + ": " + run);
    }
    return found;
}

}  // namespace

TEST_CASE("the words are hashed as the fingerprint file was written", "[content]") {
    CHECK(words_of("Don’t  STOP—now, it's 2 o'clock") ==
          std::vector<std::string>{"dont", "stop", "now", "its", "2", "oclock"});
    CHECK(fnv1a("") == 0xCBF29CE484222325ULL);
    CHECK(fnv1a("a") == 0xAF63DC4C8601EC8CULL);  // the published FNV-1a test vector
}

TEST_CASE("no six words in a row of the source articles are in the product's text", "[content]") {
    const auto hashes = article_hashes();
    REQUIRE(hashes.size() > 1000);  // the articles' fingerprints, not an empty file

    std::vector<std::string> copied;
    std::size_t files = 0;
    for (const char* root : {"app", "plugins", "sdk", "data", "docs"}) {
        if (!fs::exists(kSource / root)) continue;
        for (const auto& entry : fs::recursive_directory_iterator(kSource / root)) {
            if (!entry.is_regular_file() || !is_product_text(entry.path())) continue;
            ++files;
            for (auto& run : copied_runs(entry.path(), hashes))
                copied.push_back(std::move(run));
        }
    }
    for (const auto& run : copied_runs(kSource / "README.md", hashes))
        copied.push_back(run);
    CHECK(files > 100);
    INFO("copied from the articles:\n"
         << [&] {
                std::ostringstream out;
                for (const auto& run : copied)
                    out << "  " << run << '\n';
                return out.str();
            }());
    CHECK(copied.empty());
}

TEST_CASE("the check finds a copied run when there is one", "[content]") {
    // A phrase the product once had, which the articles also hold: the check
    // must see it (so an empty result above means something).
    std::set<std::uint64_t> hashes = article_hashes();
    CHECK(hashes.count(fnv1a("at any age or stage of")) == 1);
    CHECK(hashes.count(fnv1a("a sentence of our own making")) == 0);
}
