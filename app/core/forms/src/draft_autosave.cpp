#include "counselor/core/forms/draft_autosave.hpp"

#include <ctime>

namespace counselor::core {

DraftAutosave::DraftAutosave(std::chrono::milliseconds delay) : delay_(delay) {}

void DraftAutosave::start(nlohmann::json stored) {
    stored_ = std::move(stored);
    current_ = stored_;
    waiting_since_.reset();
    saved_at_.clear();
    error_.clear();
}

void DraftAutosave::edited(nlohmann::json fields, Clock::time_point now) {
    current_ = std::move(fields);
    if (!dirty()) {
        // Back to what is stored: nothing waits any more.
        waiting_since_.reset();
        return;
    }
    // The clock runs from the first unstored change, not the last keystroke,
    // so steady typing is still saved every `delay`.
    if (!waiting_since_) waiting_since_ = now;
}

bool DraftAutosave::due(Clock::time_point now) const {
    return dirty() && waiting_since_ && now - *waiting_since_ >= delay_;
}

void DraftAutosave::saved(const nlohmann::json& fields, std::string at) {
    stored_ = fields;
    saved_at_ = std::move(at);
    error_.clear();
    // Anything typed since that save still waits, and is already late.
    if (!dirty()) waiting_since_.reset();
}

void DraftAutosave::failed(std::string reason, Clock::time_point now) {
    error_ = std::move(reason);
    waiting_since_ = now;
}

AutosaveStatus DraftAutosave::status() const {
    AutosaveStatus status;
    status.saved_at = saved_at_;
    status.error = error_;
    if (!error_.empty())
        status.state = AutosaveStatus::State::failed;
    else if (dirty())
        status.state = AutosaveStatus::State::unsaved;
    else if (!saved_at_.empty())
        status.state = AutosaveStatus::State::saved;
    else
        status.state = AutosaveStatus::State::stored;
    return status;
}

std::string local_clock_time(std::chrono::system_clock::time_point when) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
    std::tm local{};
    ::localtime_r(&seconds, &local);
    char text[16];
    std::strftime(text, sizeof text, "%H:%M:%S", &local);
    return text;
}

}  // namespace counselor::core
