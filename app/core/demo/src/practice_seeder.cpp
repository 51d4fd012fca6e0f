#include "counselor/core/demo/practice_seeder.hpp"

#include "counselor/core/audit/audit_log.hpp"
#include "counselor/core/platform/dates.hpp"
#include "counselor/core/platform/errors.hpp"
#include "counselor/core/platform/logging.hpp"
#include "counselor/core/records/administration_repository.hpp"
#include "counselor/core/records/case_repository.hpp"
#include "counselor/core/records/client_repository.hpp"
#include "counselor/core/records/flag_repository.hpp"
#include "counselor/core/records/homework_repository.hpp"
#include "counselor/core/records/homework_service.hpp"
#include "counselor/core/records/note_repository.hpp"
#include "counselor/core/records/note_service.hpp"
#include "counselor/core/records/practice.hpp"
#include "counselor/core/records/recent_client.hpp"
#include "counselor/core/records/session_repository.hpp"
#include "counselor/core/store/bulk_load.hpp"
#include "seed_text.hpp"

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <utility>
#include <vector>

namespace counselor::core {

namespace {

using seed::Rng;

constexpr std::int64_t kMinute = 60;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

// A moment (seconds since 1970, UTC) as the program stores it.
std::string format_time(std::int64_t seconds, const char* pattern, bool with_time) {
    const std::int64_t days = seconds >= 0 ? seconds / kDay : (seconds - kDay + 1) / kDay;
    const std::int64_t rest = seconds - days * kDay;
    const CivilDay date = civil_from_days(days);
    std::array<char, 32> buffer{};
    if (with_time) {
        std::snprintf(buffer.data(), buffer.size(), pattern, static_cast<int>(date.year),
                      date.month, date.day, static_cast<int>(rest / kHour),
                      static_cast<int>(rest % kHour / kMinute), static_cast<int>(rest % kMinute));
    } else {
        std::snprintf(buffer.data(), buffer.size(), pattern, static_cast<int>(date.year),
                      date.month, date.day);
    }
    return buffer.data();
}
std::string stamp(std::int64_t seconds) {  // 2024-03-05T14:30:00Z
    return utc_text(seconds);
}
std::string day_of(std::int64_t seconds) {  // 2024-03-05
    return format_time(seconds, "%04d-%02u-%02u", false);
}
std::string session_time(std::int64_t seconds) {  // 2024-03-05 14:30
    return format_time(seconds, "%04d-%02u-%02u %02d:%02d", true);
}

// A counselor writes and signs notes in working hours: a time after eight
// in the evening moves to the next morning (by as much as it ran over, a
// third of it, so notes do not all land at eight o'clock), one before eight
// in the morning to eight. Draws nothing: the same seed gives the same
// practice as before, only at daylight times.
std::int64_t working_hours(std::int64_t seconds) {
    const std::int64_t day = seconds / kDay * kDay;
    const std::int64_t time = seconds - day;
    if (time > 20 * kHour) return day + kDay + 8 * kHour + (time - 20 * kHour) / 3;
    if (time < 8 * kHour) return day + 8 * kHour + time / 3;
    return seconds;
}

// The practice opened in January 2016; the seed's "today" is mid-2026, so
// the same seed gives the same practice whenever it runs.
const std::int64_t kPracticeOpened = days_from_civil({2016, 1, 4}) * kDay;
const std::int64_t kToday = days_from_civil({2026, 6, 30}) * kDay;

// ---- assessments: answers scored once by the real tool, then reused ----

// An answer set scored once by the tool and stored many times: the row is
// filled in with who and when before each store.
struct ScoredAnswers {
    AdministrationRow row;  // tool, version, answers and the tool's result, as stored
    std::vector<sdk::RaisedFlag> flags;
};

struct ToolPool {
    std::string tool_id;
    std::vector<ScoredAnswers> calm;       // answers that raise no flag
    std::optional<ScoredAnswers> concern;  // answers that raise a critical flag
    bool usable() const { return !calm.empty(); }
};

// Plausible answers to every item that is always asked: scales anywhere in
// their range, a choice among the options, "no" to yes/no questions (a
// "yes" there is what raises most flags). Branches stay closed.
nlohmann::json made_up_answers(const sdk::FormDefinition& form, Rng& rng) {
    nlohmann::json answers = nlohmann::json::object();
    for (const auto& section : form.sections) {
        for (const auto& item : section.items) {
            if (!item.enable_when.empty()) continue;
            const auto low = static_cast<std::int64_t>(item.min.value_or(0));
            const auto high = static_cast<std::int64_t>(item.max.value_or(low + 10));
            switch (item.type) {
                case sdk::ItemType::scale:
                case sdk::ItemType::integer:
                case sdk::ItemType::decimal:
                    answers[item.id] = rng.between(low, std::max(low, high));
                    break;
                case sdk::ItemType::boolean:
                    answers[item.id] = false;
                    break;
                case sdk::ItemType::choice:
                    if (!item.options.empty()) answers[item.id] = rng.pick(item.options).value;
                    break;
                case sdk::ItemType::multi_choice:
                    if (!item.options.empty())
                        answers[item.id] = nlohmann::json::array({rng.pick(item.options).value});
                    break;
                case sdk::ItemType::text:
                case sdk::ItemType::long_text:
                    if (item.required) answers[item.id] = "Talked it through in the session.";
                    break;
                case sdk::ItemType::date:
                    if (item.required) answers[item.id] = "2016-01-04";
                    break;
                case sdk::ItemType::display:
                    break;
            }
        }
    }
    return answers;
}

std::optional<ScoredAnswers> scored(PluginHost& plugins, const std::string& tool_id,
                                    const nlohmann::json& answers) {
    try {
        const sdk::Result result = plugins.evaluate(tool_id, sdk::Answers(answers));
        ScoredAnswers scored;
        scored.row.tool_id = tool_id;
        scored.row.definition_version = result.definition_version;
        scored.row.answers = answers.dump();
        scored.row.result = nlohmann::json(result).dump();
        scored.flags = result.flags;
        return scored;
    } catch (const std::exception&) {
        return std::nullopt;  // answers the form does not take: try other ones
    }
}

// Up to `variants` different answer sets, each scored by the tool's plugin;
// for a concern, the calm answers with the first flagged yes/no item "yes".
ToolPool tool_pool(PluginHost& plugins, const std::string& tool_id, Rng& rng, int variants) {
    ToolPool pool;
    pool.tool_id = tool_id;
    const auto tool = plugins.find_tool(tool_id);
    if (!tool || (tool->info.kind != "assessment" && tool->info.kind != "questionnaire"))
        return pool;
    const sdk::FormDefinition form = plugins.form(tool_id);
    for (int attempt = 0; attempt < variants * 4 && static_cast<int>(pool.calm.size()) < variants;
         ++attempt) {
        auto answers = made_up_answers(form, rng);
        auto result = scored(plugins, tool_id, answers);
        if (!result) continue;
        if (result->flags.empty()) {
            pool.calm.push_back(std::move(*result));
            if (pool.concern) continue;
            // The first yes/no item whose "yes" raises a critical flag (fear of
            // the spouse, when the form asks it).
            const sdk::Item* danger = nullptr;
            for (const auto& section : form.sections) {
                for (const auto& item : section.items) {
                    if (item.type != sdk::ItemType::boolean || !item.flag ||
                        item.flag->severity != "critical")
                        continue;
                    if (danger == nullptr || item.id == "afraid") danger = &item;
                }
            }
            if (danger == nullptr) continue;
            answers[danger->id] = true;
            auto worried = scored(plugins, tool_id, answers);
            if (worried && !worried->flags.empty()) pool.concern = std::move(worried);
        }
    }
    if (pool.calm.empty()) log().warn("demo seed: no answers found that {} takes", tool_id);
    return pool;
}

// ---- the audit trail: collected while seeding, written in time order ----

enum class Action : std::uint8_t {
    client_create,
    case_open,
    session_create,
    note_create,
    note_sign,
    assessment_record,
    homework_assign,
    homework_status,
};

struct ActionName {
    const char* action;
    const char* record_type;
};

constexpr ActionName kActions[] = {
    {"client.create", "client"},     {"case.open", "case"},
    {"session.create", "session"},   {"note.create", "note"},
    {"note.sign", "note"},           {"assessment.record", "administration"},
    {"homework.assign", "homework"}, {"homework.status", "homework"},
};

struct PendingAudit {
    std::int64_t at;
    std::int64_t record_id;
    std::uint32_t order;  // among rows of the same second: as they happened
    Action action;
    std::string detail;
};

// ---- the note formats of the loaded notes tool ----

struct NoteFormat {
    std::string tool_id;
    std::string template_id;
    std::vector<const sdk::Item*> items;  // always asked
    const sdk::Item* risk = nullptr;      // yes/no item whose "yes" raises a flag
    const sdk::Item* risk_details = nullptr;
    std::vector<const sdk::Item*> quiet;  // other flagged yes/no items: answered "no"
    sdk::FormDefinition form;
};

std::vector<NoteFormat> note_formats(NoteService notes) {
    std::vector<NoteFormat> formats;
    for (auto& found : notes.templates()) {
        NoteFormat format;
        format.tool_id = found.tool_id;
        format.template_id = found.info.id;
        format.form = std::move(found.form);
        formats.push_back(std::move(format));
    }
    for (auto& format : formats) {  // pointers into the forms, now that they stay put
        for (const auto& section : format.form.sections) {
            for (const auto& item : section.items) {
                if (item.type == sdk::ItemType::boolean && item.flag && !format.risk) {
                    format.risk = &item;
                } else if (item.type == sdk::ItemType::boolean && item.flag) {
                    format.quiet.push_back(&item);
                } else if (!item.enable_when.empty()) {
                    if (format.risk && item.enable_when.front().item == format.risk->id)
                        format.risk_details = &item;
                } else if (item.type != sdk::ItemType::display) {
                    format.items.push_back(&item);
                }
            }
        }
    }
    return formats;
}

std::string seed_signature(Database& db) {
    auto signature = signature_name(read_practice_settings(db));
    return signature.empty() ? "Demo Counselor" : signature;
}

struct HomeworkChoice {
    std::string tool_id;
    std::string template_id;
    bool held_by_safety = false;  // not while the case's safety hold is open
};

// ---- the seeder ----

class Seeder {
  public:
    Seeder(Database& db, PluginHost& plugins, const SeedOptions& options)
        : db_(db),
          options_(options),
          rng_(options.seed * 0x2545F4914F6CDD1DULL + 1),
          clients_(db),
          cases_(db),
          sessions_(db),
          notes_(db),
          administrations_(db),
          homework_repository_(db),
          flags_(db) {
        Rng tools_rng(options.seed ^ 0x5EEDULL);
        for (const char* id : {"safety-screen", "intake", "stage-inventory", "needs-check"})
            pools_.push_back(tool_pool(plugins, id, tools_rng, 24));
        formats_ = note_formats(NoteService(db, plugins, options.actor));
        for (auto& exercise : HomeworkService(db, plugins, options.actor).templates()) {
            homework_.push_back(
                {exercise.tool_id, exercise.info.id, exercise.held_by_safety_hold()});
        }
    }

    SeedSummary run() {
        while (summary_.clients < options_.clients) {
            const bool couple = options_.clients - summary_.clients >= 2 && rng_.percent(54);
            seed_case(couple);
            if (options_.progress) options_.progress("records", summary_.clients, options_.clients);
        }
        write_audit_trail();
        return summary_;
    }

  private:
    ToolPool* pool(const char* tool_id) {
        for (auto& p : pools_)
            if (p.tool_id == tool_id && p.usable()) return &p;
        return nullptr;
    }

    void audit(std::int64_t at, Action action, std::int64_t record_id, std::string detail = {}) {
        audit_.push_back(
            {at, record_id, static_cast<std::uint32_t>(audit_.size()), action, std::move(detail)});
    }

    struct Person {
        std::int64_t id = 0;
        std::string first;
        std::string last;
        bool woman = false;
    };

    Person add_client(std::int64_t at, bool woman, const std::string& last) {
        Person person;
        const std::int64_t number = ++summary_.clients;  // makes the e-mail address unique
        person.woman = woman;
        person.first = rng_.pick(woman ? seed::women_names() : seed::men_names());
        person.last = last;
        const std::int64_t born =
            days_from_civil({rng_.between(1950, 2001), 1, 1}) + rng_.below(365);
        std::optional<std::string> email;
        std::optional<std::string> phone;
        if (rng_.percent(55)) {
            email = person.first + "." + person.last + std::to_string(number) + "@example.org";
            std::transform(email->begin(), email->end(), email->begin(),
                           [](char c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; });
        }
        if (rng_.percent(60)) phone = "555-" + std::to_string(1000 + rng_.below(9000));
        person.id = clients_.insert({0, person.first, person.last, day_of(born * kDay), email,
                                     phone, stamp(at), stamp(at)});
        audit(at, Action::client_create, person.id);
        return person;
    }

    void raise_flag(std::optional<std::int64_t> client_id, std::optional<std::int64_t> case_id,
                    const sdk::RaisedFlag& flag, const std::string& source, std::int64_t at) {
        Flag row;
        row.client_id = client_id;
        row.case_id = case_id;
        row.code = flag.code;
        row.severity = flag.severity;
        row.message = flag.message;
        row.source = source;
        row.raised_at = stamp(at);
        row.hold = flag.hold;
        flags_.raise(row);
        ++summary_.flags;
    }

    // One administration of a pooled answer set, with the flags its result
    // raises, as AssessmentService::record stores them (with a case given).
    void administer(ScoredAnswers& answers, std::int64_t client_id, std::int64_t case_id,
                    std::int64_t at) {
        ++summary_.administrations;
        AdministrationRow& row = answers.row;
        row.client_id = client_id;
        row.case_id = case_id;
        row.administered_at = stamp(at);
        row.created_at = row.administered_at;
        const std::int64_t id = administrations_.insert(row);
        const std::string& tool_id = row.tool_id;
        const std::string source = "administration:" + std::to_string(id);
        for (const auto& flag : answers.flags) {
            raise_flag(client_id, std::nullopt, flag, source, at);
            raise_flag(std::nullopt, case_id, flag, source, at);
        }
        audit(at, Action::assessment_record, id,
              "tool=" + tool_id + " client=" + std::to_string(client_id) +
                  " flags=" + std::to_string(answers.flags.size() * 2));
    }

    void administer(const char* tool_id, std::int64_t client_id, std::int64_t case_id,
                    std::int64_t at, bool concern = false) {
        ToolPool* found = pool(tool_id);
        if (found == nullptr) return;
        ScoredAnswers& answers =
            concern && found->concern ? *found->concern : rng_.pick(found->calm);
        administer(answers, client_id, case_id, at);
    }

    // A risk (and the safety plan its details tell of) is only ever written
    // in the note of a session with one person: never in front of a spouse.
    // `attendance` is the note's choice of who attended ("both", "one_spouse"...).
    void add_note(const NoteFormat& format, std::int64_t session_id, std::int64_t case_id,
                  std::int64_t at, std::optional<std::int64_t> next_at, bool draft,
                  const seed::NotePeople& people, const std::string& attendance) {
        const bool seen_alone = attendance != "both";
        ++summary_.notes;
        const bool risk = format.risk != nullptr && !draft && seen_alone && rng_.below(2000) == 0;
        nlohmann::json body = nlohmann::json::object();
        for (const sdk::Item* item : format.items) {
            if (item->type == sdk::ItemType::date) {
                if (next_at) body[item->id] = day_of(*next_at);
            } else if (item->type == sdk::ItemType::choice) {
                if (item->find_option(attendance)) body[item->id] = attendance;
            } else if (item->id == "attendees") {
                continue;  // others present: nobody else comes to the seed's sessions
            } else if (item->required || rng_.percent(35)) {
                body[item->id] = seed::note_field(rng_, item->id, people);
            }
        }
        for (const sdk::Item* item : format.quiet)
            body[item->id] = false;
        if (format.risk != nullptr) {
            body[format.risk->id] = risk;
            if (risk && format.risk_details != nullptr)
                body[format.risk_details->id] = seed::note_field(rng_, "risk_details", people);
        }
        const std::int64_t written = working_hours(at + kHour + rng_.below(6 * kHour));
        const std::int64_t signed_at = working_hours(written + rng_.below(2 * kDay));
        Note note;
        note.session_id = session_id;
        note.case_id = case_id;
        note.tool_id = format.tool_id;
        note.template_id = format.template_id;
        note.fields = std::move(body);
        note.status = draft ? "draft" : "signed";
        if (!draft) {
            note.signed_at = stamp(signed_at);
            note.signed_by = signature_;
        }
        note.created_at = stamp(written);
        note.updated_at = stamp(draft ? written : signed_at);
        const std::int64_t id = notes_.insert(note);
        audit(written, Action::note_create, id,
              "session=" + std::to_string(session_id) + " template=" + format.template_id);
        if (draft) return;
        if (risk) {
            const auto& rule = *format.risk->flag;
            raise_flag(std::nullopt, case_id,
                       {rule.code, rule.severity, rule.message, format.risk->id, rule.hold},
                       "note:" + std::to_string(id), signed_at);
        }
        audit(signed_at, Action::note_sign, id, std::string("flags=") + (risk ? "1" : "0"));
    }

    void add_homework(std::int64_t case_id, const std::vector<Person>& people, std::int64_t at,
                      bool concern, bool newest_of_open_case) {
        std::vector<const HomeworkChoice*> allowed;
        for (const auto& choice : homework_)
            if (!(concern && choice.held_by_safety)) allowed.push_back(&choice);
        if (allowed.empty()) return;
        const HomeworkChoice& exercise = *rng_.pick(allowed);
        ++summary_.homework;
        std::optional<std::int64_t> client_id;
        if (people.size() == 1 || concern || rng_.percent(25)) client_id = rng_.pick(people).id;
        nlohmann::json personalisation = nlohmann::json::object();
        if (auto note = seed::homework_note(rng_); !note.empty())
            personalisation["counselor_note"] = note;
        std::string status = "reviewed";
        if (newest_of_open_case) {
            status = rng_.percent(70) ? "assigned" : "completed";
        } else if (const auto roll = rng_.below(100); roll < 15) {
            status = "assigned";  // never done
        } else if (roll < 35) {
            status = "completed";
        }
        const std::int64_t done_at = at + rng_.between(3, 6) * kDay;
        const std::int64_t reviewed_at = at + 7 * kDay + kHour;
        const std::int64_t updated =
            status == "assigned" ? at : (status == "completed" ? done_at : reviewed_at);
        HomeworkAssignment assignment;
        assignment.case_id = case_id;
        assignment.client_id = client_id;
        assignment.tool_id = exercise.tool_id;
        assignment.template_id = exercise.template_id;
        assignment.personalisation = std::move(personalisation);
        assignment.status = status;
        assignment.assigned_at = stamp(at);
        assignment.due_on = day_of(at + 7 * kDay);
        assignment.updated_at = stamp(updated);
        const std::int64_t id = homework_repository_.insert(assignment);
        audit(at, Action::homework_assign, id,
              "case=" + std::to_string(case_id) + " template=" + exercise.template_id);
        if (status != "assigned") audit(done_at, Action::homework_status, id, "status=completed");
        if (status == "reviewed")
            audit(reviewed_at, Action::homework_status, id, "status=reviewed");
    }

    void seed_case(bool couple) {
        ++(couple ? summary_.couples : summary_.individual_cases);
        // Opened on a weekday morning some time in the practice's first
        // years; later cases have had less time, so fewer sessions.
        const std::int64_t opened = kPracticeOpened +
                                    rng_.below((kToday - kPracticeOpened) / kDay - 30) * kDay +
                                    (9 + rng_.below(8)) * kHour;
        std::vector<Person> people;
        const std::string& last = rng_.pick(seed::family_names());
        if (couple) {
            people.push_back(add_client(opened - 20 * kMinute, true, last));
            const std::string& second_last =
                rng_.percent(85) ? last : rng_.pick(seed::family_names());
            people.push_back(add_client(opened - 19 * kMinute, false, second_last));
        } else {
            people.push_back(add_client(opened - 20 * kMinute, rng_.percent(60), last));
        }

        const std::int64_t planned = couple ? rng_.between(16, 52) : rng_.between(10, 42);
        // Sessions weekly, some fortnightly; a case ends with its last session
        // or is still open with one scheduled.
        // Office hours: on the hour or the half hour from 8:00 to 18:30.
        std::vector<std::int64_t> times;
        std::int64_t day = (opened / kDay + rng_.between(2, 9)) * kDay;
        for (std::int64_t i = 0; i < planned && day < kToday + 14 * kDay; ++i) {
            times.push_back(day + rng_.between(16, 37) * 30 * kMinute);
            day += (rng_.percent(75) ? 7 : 14) * kDay;
        }
        const bool open = times.back() >= kToday - 21 * kDay || rng_.percent(15);
        const std::string title = couple ? last + " marriage" : "";
        Case record;
        record.kind = couple ? CaseKind::couple : CaseKind::individual;
        record.title = title;
        record.status = open ? "open" : "closed";
        record.opened_at = stamp(opened);
        for (const auto& person : people)
            record.members.push_back({person.id, {}, {}});
        const std::int64_t case_id = cases_.insert(
            record,
            open ? std::nullopt : std::optional<std::string>(stamp(times.back() + 2 * kDay)));
        std::string members;
        for (const auto& person : people)
            members += (members.empty() ? "" : ",") + std::to_string(person.id);
        audit(opened, Action::case_open, case_id,
              std::string("kind=") + (couple ? "couple" : "individual") + " clients=" + members);

        const NoteFormat* format = formats_.empty() ? nullptr : &rng_.pick(formats_);
        seed::NotePeople note_people;
        note_people.couple = couple;
        note_people.first = people.front().first;
        note_people.other =
            couple ? people.back().first : seed::other_person(rng_, people.front().woman);
        // A few couples: the second spouse's safety screen raises a concern;
        // the counselor sees them one at a time.
        const bool concern = couple && rng_.percent(3);
        std::size_t last_held = times.size();
        std::vector<std::string> statuses(times.size(), "held");
        for (std::size_t i = 0; i < times.size(); ++i) {
            if (open && i + 1 == times.size()) {
                statuses[i] = "scheduled";
            } else if (i > 0 && rng_.percent(10)) {
                statuses[i] = rng_.percent(60) ? "cancelled" : "no_show";
            } else {
                last_held = i;
            }
        }
        const bool homework_due = !homework_.empty();
        std::int64_t newest_homework_at = -1;
        for (std::size_t i = 0; i < times.size(); ++i) {
            if (statuses[i] == "held" && i % 7 == 3) newest_homework_at = times[i];
        }

        // The safety screen is given the day the case opens, before the
        // first session, so a couple with a concern is never seen together.
        const std::int64_t intake_at = opened + 30 * kMinute;
        for (std::size_t p = 0; p < people.size(); ++p)
            administer("safety-screen", people[p].id, case_id,
                       intake_at + static_cast<std::int64_t>(p), concern && p == 1);
        if (!couple) administer("intake", people.front().id, case_id, intake_at + 2);
        for (std::size_t i = 0; i < times.size(); ++i) {
            const std::int64_t at = times[i];
            ++summary_.sessions;
            std::vector<std::int64_t> attendees;
            if (couple && concern) {
                attendees.push_back(people[i % 2].id);
            } else if (couple && rng_.percent(8)) {
                attendees.push_back(rng_.pick(people).id);
            } else {
                for (const auto& person : people)
                    attendees.push_back(person.id);
            }
            std::sort(attendees.begin(), attendees.end());
            const std::int64_t created = i == 0 ? opened : times[i - 1] + kHour;
            Session session;
            session.case_id = case_id;
            session.starts_at = session_time(at);
            session.duration_minutes = rng_.percent(80) ? 50 : 80;
            session.status = statuses[i];
            session.attendees = attendees;
            session.created_at = stamp(created);
            const std::int64_t id = sessions_.insert(session);
            audit(created, Action::session_create, id,
                  "case=" + std::to_string(case_id) +
                      " attendees=" + std::to_string(attendees.size()));
            if (statuses[i] != "held") continue;

            if (format != nullptr) {
                const std::optional<std::int64_t> next =
                    i + 1 < times.size() ? std::optional<std::int64_t>(times[i + 1]) : std::nullopt;
                const bool draft = open && i == last_held && rng_.percent(30);
                const std::string attendance = attendees.size() > 1 ? "both"
                                               : couple && attendees.front() == people.back().id
                                                   ? "other_spouse"
                                                   : "one_spouse";
                add_note(*format, id, case_id, at, next, draft, note_people, attendance);
            }
            const std::int64_t after = at + 55 * kMinute;
            if (i % 6 == 0) {
                for (std::size_t p = 0; p < people.size(); ++p) {
                    const std::int64_t when = after + kMinute + static_cast<std::int64_t>(p);
                    if (couple) administer("stage-inventory", people[p].id, case_id, when);
                    administer("needs-check", people[p].id, case_id, when + 2);
                }
            }
            if (homework_due && i % 7 == 3)
                add_homework(case_id, people, after + 2 * kMinute, concern,
                             open && at == newest_homework_at);
        }
    }

    void write_audit_trail() {
        std::stable_sort(audit_.begin(), audit_.end(),
                         [](const PendingAudit& a, const PendingAudit& b) { return a.at < b.at; });
        AuditChainWriter writer(db_);
        const auto total = static_cast<std::int64_t>(audit_.size());
        std::int64_t done = 0;
        for (auto& pending : audit_) {
            const ActionName& name = kActions[static_cast<std::size_t>(pending.action)];
            AuditEntry entry = audit_entry(options_.actor, name.action, name.record_type,
                                           pending.record_id, std::move(pending.detail));
            entry.at = stamp(pending.at);
            writer.append(std::move(entry));
            if (++done % 8192 == 0 && options_.progress)
                options_.progress("audit trail", done, total);
        }
        if (options_.progress) options_.progress("audit trail", total, total);
        summary_.audit_rows = total;
        audit_.clear();
        audit_.shrink_to_fit();
    }

    Database& db_;
    const SeedOptions& options_;
    Rng rng_;
    SeedSummary summary_;
    std::vector<ToolPool> pools_;
    std::vector<NoteFormat> formats_;
    std::vector<HomeworkChoice> homework_;
    std::vector<PendingAudit> audit_;
    // Every row goes in through the repositories the program itself writes
    // with, so a migration changes one INSERT, never a copy of it here.
    ClientRepository clients_;
    CaseRepository cases_;
    SessionRepository sessions_;
    NoteRepository notes_;
    AdministrationRepository administrations_;
    HomeworkRepository homework_repository_;
    FlagRepository flags_;
    // A note is signed with the counselor's name; a made-up practice that
    // has none yet gets a made-up counselor, never a login name.
    std::string signature_ = seed_signature(db_);
};

// The tables the seeder fills: their secondary indexes are built once at the
// end (BulkLoad), each in one sorted pass.
const std::vector<std::string> kSeededTables = {
    "clients", "cases",           "case_members",         "sessions", "session_attendees",
    "notes",   "administrations", "homework_assignments", "flags",    "audit_log"};

std::int64_t count_rows(Database& db, const char* table) {
    Statement query = db.prepare(std::string("SELECT COUNT(*) FROM ") + table);
    query.step();
    return query.int64(0);
}

}  // namespace

SeedSummary seed_practice(Database& db, PluginHost& plugins, const SeedOptions& options) {
    if (options.clients < 1 || options.clients > 1000000) {
        throw UserError("a demo practice has 1 to 1,000,000 clients, not " +
                        std::to_string(options.clients));
    }
    for (const char* table : {"clients", "cases", "sessions", "notes"}) {
        if (const auto rows = count_rows(db, table); rows > 0) {
            throw UserError("this practice already has " + std::to_string(rows) + " " + table +
                            "; demo seed fills an empty practice only (make one with "
                            "`counselorctl --db NEW.db init`)");
        }
    }
    SeedSummary summary;
    BulkLoad bulk(db);
    Transaction transaction(db);
    bulk.start(kSeededTables);
    {
        Seeder seeder(db, plugins, options);
        summary = seeder.run();
    }
    if (options.progress) options.progress("indexes", 0, 1);
    bulk.finish();
    if (options.progress) options.progress("indexes", 1, 1);
    // The window opens on the first client, as it would after a day's work.
    remember_last_client(db, 1);
    transaction.commit();
    log().info("demo seed: {} clients, {} sessions, {} notes, {} administrations, {} audit rows",
               summary.clients, summary.sessions, summary.notes, summary.administrations,
               summary.audit_rows);
    return summary;
}

}  // namespace counselor::core
