// The autosave policy of the note editor: a draft is saved a few seconds
// after the first change, at once on leaving a field, never when nothing
// changed, and a refused save keeps the changes pending and says why.
#include <counselor/core/forms/draft_autosave.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <regex>

using counselor::core::AutosaveStatus;
using counselor::core::DraftAutosave;
using namespace std::chrono_literals;

namespace {

const DraftAutosave::Clock::time_point t0{};

nlohmann::json draft(const std::string& subjective) {
    return {{"subjective", subjective}};
}

}  // namespace

TEST_CASE("a loaded draft has nothing to save", "[autosave]") {
    DraftAutosave autosave(3s);
    autosave.start(draft("Both came on time."));
    CHECK_FALSE(autosave.dirty());
    CHECK_FALSE(autosave.due(t0 + 1h));
    CHECK_FALSE(autosave.due_on_leave());
    CHECK(autosave.status().state == AutosaveStatus::State::stored);
}

TEST_CASE("a change is due for saving once it has waited the delay", "[autosave]") {
    DraftAutosave autosave(3s);
    autosave.start(nlohmann::json::object());
    autosave.edited(draft("B"), t0);
    CHECK(autosave.dirty());
    CHECK(autosave.status().state == AutosaveStatus::State::unsaved);
    CHECK_FALSE(autosave.due(t0 + 2999ms));
    CHECK(autosave.due(t0 + 3s));
    CHECK(autosave.current() == draft("B"));
}

TEST_CASE("steady typing is still saved every few seconds", "[autosave]") {
    DraftAutosave autosave(3s);
    autosave.start(nlohmann::json::object());
    // A keystroke every half second: the clock runs from the first one.
    std::string text;
    for (int i = 0; i < 6; ++i) {
        text += "x";
        autosave.edited(draft(text), t0 + i * 500ms);
    }
    CHECK(autosave.due(t0 + 3s));
}

TEST_CASE("leaving a field saves at once, but only when something changed", "[autosave]") {
    DraftAutosave autosave(3s);
    autosave.start(draft("A"));
    CHECK_FALSE(autosave.due_on_leave());
    autosave.edited(draft("AB"), t0);
    CHECK(autosave.due_on_leave());
}

TEST_CASE("typing back to what is stored leaves nothing to save", "[autosave]") {
    DraftAutosave autosave(3s);
    autosave.start(draft("A"));
    autosave.edited(draft("AB"), t0);
    autosave.edited(draft("A"), t0 + 1s);
    CHECK_FALSE(autosave.dirty());
    CHECK_FALSE(autosave.due(t0 + 10s));
    CHECK(autosave.status().state == AutosaveStatus::State::stored);
}

TEST_CASE("after a save the draft is clean and the status names the time", "[autosave]") {
    DraftAutosave autosave(3s);
    autosave.start(nlohmann::json::object());
    autosave.edited(draft("B"), t0);
    autosave.saved(draft("B"), "12:03:41");
    CHECK_FALSE(autosave.dirty());
    CHECK_FALSE(autosave.due(t0 + 1h));
    auto status = autosave.status();
    CHECK(status.state == AutosaveStatus::State::saved);
    CHECK(status.saved_at == "12:03:41");

    SECTION("a later change waits its own delay") {
        autosave.edited(draft("BC"), t0 + 10s);
        CHECK(autosave.status().state == AutosaveStatus::State::unsaved);
        CHECK(autosave.status().saved_at == "12:03:41");  // still the last save
        CHECK_FALSE(autosave.due(t0 + 12s));
        CHECK(autosave.due(t0 + 13s));
    }
}

TEST_CASE("a save of older fields leaves the newer changes pending and already due", "[autosave]") {
    DraftAutosave autosave(3s);
    autosave.start(nlohmann::json::object());
    autosave.edited(draft("B"), t0);
    autosave.edited(draft("BC"), t0 + 1s);
    autosave.saved(draft("B"), "12:00:00");
    CHECK(autosave.dirty());
    CHECK(autosave.due(t0 + 3s));
}

TEST_CASE("a refused save keeps the changes pending, says why, and retries after the delay",
          "[autosave]") {
    DraftAutosave autosave(3s);
    autosave.start(nlohmann::json::object());
    autosave.edited(draft("B"), t0);
    REQUIRE(autosave.due(t0 + 3s));
    autosave.failed("the database is read-only", t0 + 3s);

    CHECK(autosave.dirty());
    CHECK(autosave.current() == draft("B"));
    auto status = autosave.status();
    CHECK(status.state == AutosaveStatus::State::failed);
    CHECK(status.error == "the database is read-only");
    CHECK_FALSE(autosave.due(t0 + 4s));  // not on every tick
    CHECK(autosave.due(t0 + 6s));
    CHECK(autosave.due_on_leave());

    SECTION("the failure shows until a save succeeds") {
        autosave.edited(draft("BC"), t0 + 7s);
        CHECK(autosave.status().state == AutosaveStatus::State::failed);
        autosave.saved(draft("BC"), "12:10:00");
        CHECK(autosave.status().state == AutosaveStatus::State::saved);
        CHECK(autosave.status().error.empty());
    }
}

TEST_CASE("a newly started draft forgets the last one's state", "[autosave]") {
    DraftAutosave autosave(3s);
    autosave.start(nlohmann::json::object());
    autosave.edited(draft("B"), t0);
    autosave.failed("disk full", t0);
    autosave.start(draft("other note"));
    CHECK_FALSE(autosave.dirty());
    CHECK(autosave.status().state == AutosaveStatus::State::stored);
    CHECK(autosave.status().error.empty());
    CHECK(autosave.status().saved_at.empty());
}

TEST_CASE("the save time reads as a clock", "[autosave]") {
    const auto text = counselor::core::local_clock_time(std::chrono::system_clock::now());
    CHECK(std::regex_match(text, std::regex("[0-2][0-9]:[0-5][0-9]:[0-5][0-9]")));
}
