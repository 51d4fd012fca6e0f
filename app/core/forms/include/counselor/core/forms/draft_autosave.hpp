// When a draft note is saved while the counselor types, so that a crash
// loses at most a few seconds: `delay` after the first change not yet
// stored, and at once when they leave a field, the note, the client or the
// window. The window supplies the clock, the timer and the save itself;
// this decides when a save is due and remembers what is stored, so typing
// that ends where it started needs no save. No display needed to test it.
#pragma once

#include <nlohmann/json.hpp>

#include <chrono>
#include <optional>
#include <string>

namespace counselor::core {

struct AutosaveStatus {
    enum class State {
        stored,   // as loaded; nothing typed since
        saved,    // the last change is stored (at `saved_at`)
        unsaved,  // changes wait for the next save
        failed,   // the last save was refused (`error`); the text stays on screen
    };
    State state = State::stored;
    std::string saved_at;  // "HH:MM:SS", local time of the last save, if any
    std::string error;     // why the last save failed
};

class DraftAutosave {
  public:
    using Clock = std::chrono::steady_clock;

    explicit DraftAutosave(std::chrono::milliseconds delay = std::chrono::seconds(3));

    // A draft as it is stored now: nothing to save.
    void start(nlohmann::json stored);
    // The fields as they are on screen now.
    void edited(nlohmann::json fields, Clock::time_point now);

    // Something on screen is not stored yet.
    bool dirty() const { return current_ != stored_; }
    // A timer tick should save: a change has waited `delay`. After a failed
    // save the next try waits `delay` too, so a read-only database is not
    // hammered on every tick.
    bool due(Clock::time_point now) const;
    // Leaving a field or the note saves whatever is not stored yet.
    bool due_on_leave() const { return dirty(); }

    // What a save should store.
    const nlohmann::json& current() const { return current_; }

    // `fields` were stored at local wall-clock time `at` ("HH:MM:SS").
    // Changes beyond them stay pending.
    void saved(const nlohmann::json& fields, std::string at);
    // The save was refused; the changes stay pending.
    void failed(std::string reason, Clock::time_point now);

    AutosaveStatus status() const;

  private:
    std::chrono::milliseconds delay_;
    nlohmann::json stored_ = nlohmann::json::object();
    nlohmann::json current_ = nlohmann::json::object();
    std::optional<Clock::time_point> waiting_since_;  // first change not stored, or last failure
    std::string saved_at_;
    std::string error_;
};

// "HH:MM:SS" in local time, as a counselor reads a clock.
std::string local_clock_time(std::chrono::system_clock::time_point when);

}  // namespace counselor::core
