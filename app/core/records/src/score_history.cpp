#include "counselor/core/records/score_history.hpp"

#include "counselor/core/platform/dates.hpp"
#include "counselor/core/platform/errors.hpp"
#include "counselor/core/platform/logging.hpp"
#include "counselor/core/records/administration_repository.hpp"

#include <spdlog/spdlog.h>
#include <counselor/sdk/scoring.hpp>

#include <algorithm>
#include <set>

namespace counselor::core {

namespace {

// Two digits at `at`, or -1.
int two_digits(const std::string& text, std::size_t at) {
    if (text.size() < at + 2) return -1;
    const char a = text[at], b = text[at + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9') return -1;
    return (a - '0') * 10 + (b - '0');
}

// The numeric scores of a stored result: its subscales, or its total when it
// has no numeric subscale (a form scored only as a whole).
std::vector<std::pair<ChartScale, double>> numeric_scores(const nlohmann::json& result) {
    std::vector<std::pair<ChartScale, double>> found;
    if (!result.is_object()) return found;
    auto read = [&found](const nlohmann::json& score) {
        if (!score.is_object() || !score.contains("id") || !score["id"].is_string()) return;
        auto value = score.find("value");
        if (value == score.end() || !value->is_number()) return;
        ChartScale scale;
        scale.id = score["id"].get<std::string>();
        scale.title = score.value("title", scale.id);
        found.emplace_back(scale, value->get<double>());
    };
    if (auto scores = result.find("scores"); scores != result.end() && scores->is_array()) {
        for (const auto& score : *scores)
            read(score);
    }
    if (found.empty()) {
        if (auto total = result.find("total"); total != result.end()) read(*total);
    }
    return found;
}

// From the lowest low to the highest high of non-empty `parts`.
ScoreRange span(const std::vector<ScoreRange>& parts) {
    ScoreRange range = parts.front();
    for (const auto& part : parts) {
        range.low = std::min(range.low, part.low);
        range.high = std::max(range.high, part.high);
    }
    return range;
}

// The range of a sum over any non-empty subset of parts with these ranges
// (an unanswered item adds nothing): every negative low together, or else
// the smallest single low; likewise for the high end.
ScoreRange subset_sum(const std::vector<ScoreRange>& parts) {
    double negative = 0, positive = 0;
    for (const auto& part : parts) {
        if (part.low < 0) negative += part.low;
        if (part.high > 0) positive += part.high;
    }
    const ScoreRange single = span(parts);
    return {single.low < 0 ? negative : single.low, single.high > 0 ? positive : single.high};
}

// Lowest and highest score one item can add, or nullopt when open-ended.
std::optional<ScoreRange> item_range(const sdk::Item& item) {
    using sdk::ItemType;
    switch (item.type) {
        case ItemType::scale:
        case ItemType::integer:
        case ItemType::decimal:
            if (item.min && item.max) return ScoreRange{*item.min, *item.max};
            return std::nullopt;
        case ItemType::boolean:
            return ScoreRange{0, 1};
        case ItemType::choice:
        case ItemType::multi_choice: {
            std::vector<ScoreRange> options;
            for (const auto& option : item.options) {
                if (option.score) options.push_back({*option.score, *option.score});
            }
            if (options.empty()) return std::nullopt;
            return item.type == ItemType::multi_choice ? subset_sum(options) : span(options);
        }
        default:
            return std::nullopt;
    }
}

// A mean lies between its items' lowest low and highest high; a sum ranges
// as subset_sum says. Unknown when any item is open-ended.
std::optional<ScoreRange> combined(const std::vector<std::optional<ScoreRange>>& items,
                                   sdk::ScoreMethod method) {
    if (items.empty()) return std::nullopt;
    std::vector<ScoreRange> known;
    for (const auto& item : items) {
        if (!item) return std::nullopt;
        known.push_back(*item);
    }
    return method == sdk::ScoreMethod::sum ? subset_sum(known) : span(known);
}

std::optional<ScoreRange> band_range(const std::vector<sdk::Band>& bands) {
    if (bands.empty()) return std::nullopt;
    std::vector<ScoreRange> parts;
    for (const auto& band : bands)
        parts.push_back({band.min, band.max});
    return span(parts);
}

// Folds one person's newest-first administrations of one tool into `into`.
void add_person(InstrumentHistory& into, std::size_t person,
                const std::vector<const Administration*>& newest_first) {
    auto& series = into.by_person[person];
    for (auto it = newest_first.rbegin(); it != newest_first.rend(); ++it) {
        const Administration& given = **it;
        ScoredAdministration point;
        point.id = given.id;
        point.administered_at = given.administered_at;
        point.date = given.administered_at.substr(0, 10);
        point.day = day_number(given.administered_at).value_or(0.0);
        for (const auto& [scale, value] : numeric_scores(given.result))
            point.scores[scale.id] = value;
        series.push_back(std::move(point));
    }
}

// The scales of an instrument: those of its newest result first, in their
// order, then any that only older results (an earlier form version) had.
std::vector<ChartScale> scales_of(const std::vector<const Administration*>& newest_first) {
    std::vector<ChartScale> scales;
    std::set<std::string> seen;
    for (const Administration* given : newest_first) {
        for (const auto& [scale, value] : numeric_scores(given->result)) {
            if (seen.insert(scale.id).second) scales.push_back(scale);
        }
    }
    return scales;
}

}  // namespace

std::optional<double> day_number(const std::string& stamp) {
    if (stamp.size() < 10 || !is_real_date(stamp.substr(0, 10))) return std::nullopt;
    const int year = std::stoi(stamp.substr(0, 4));
    const auto month = static_cast<unsigned>(two_digits(stamp, 5));
    const auto day = static_cast<unsigned>(two_digits(stamp, 8));
    double days = static_cast<double>(days_from_civil({year, month, day}));
    const int hour = two_digits(stamp, 11), minute = two_digits(stamp, 14);
    if (hour >= 0 && minute >= 0) days += (hour * 60.0 + minute) / (24.0 * 60.0);
    return days;
}

const ChartScale* InstrumentHistory::find_scale(const std::string& scale_id) const {
    for (const auto& scale : scales) {
        if (scale.id == scale_id) return &scale;
    }
    return nullptr;
}

std::size_t InstrumentHistory::people_with_results() const {
    return static_cast<std::size_t>(std::count_if(
        by_person.begin(), by_person.end(), [](const auto& series) { return !series.empty(); }));
}

const InstrumentHistory* ScoreHistory::find(const std::string& tool_id) const {
    for (const auto& instrument : instruments) {
        if (instrument.tool_id == tool_id) return &instrument;
    }
    return nullptr;
}

FormLookup plugin_forms(PluginHost& plugins) {
    return [&plugins](const std::string& tool_id) -> std::optional<sdk::FormDefinition> {
        if (!plugins.find_tool(tool_id)) return std::nullopt;
        try {
            return plugins.form(tool_id);
        } catch (const UserError&) {
            log().warn("no form for charting tool {}", tool_id);
            return std::nullopt;
        }
    };
}

std::map<std::string, ScoreRange> score_ranges(const sdk::FormDefinition& form) {
    std::map<std::string, std::vector<std::optional<ScoreRange>>> members;
    std::vector<std::optional<ScoreRange>> every_item;
    std::map<std::string, std::set<std::string>> listed;  // subscale -> items it names
    for (const auto& subscale : form.subscales)
        listed[subscale.id].insert(subscale.items.begin(), subscale.items.end());
    for (const sdk::Item* item : form.items()) {
        bool in_subscale = false;
        for (const auto& subscale : form.subscales) {
            if (item->subscale != subscale.id && !listed[subscale.id].count(item->id)) continue;
            in_subscale = true;
            if (sdk::detail::is_scorable(*item, true))
                members[subscale.id].push_back(item_range(*item));
        }
        // Counted as sdk::score_form counts them, so the range fits its scores.
        if (sdk::detail::is_scorable(*item, in_subscale)) every_item.push_back(item_range(*item));
    }
    std::map<std::string, ScoreRange> ranges;
    for (const auto& subscale : form.subscales) {
        auto range = combined(members[subscale.id], subscale.method);
        if (!range) range = band_range(subscale.bands);
        if (range) ranges[subscale.id] = *range;
    }
    if (form.total) {
        auto range = combined(every_item, form.total->method);
        if (!range) range = band_range(form.total->bands);
        if (range) ranges["total"] = *range;
    }
    return ranges;
}

ScoreHistory score_history(Database& db, std::vector<ChartPerson> people,
                           std::optional<std::int64_t> case_id, const FormLookup& form_of) {
    ScoreHistory history;
    history.people = std::move(people);
    AdministrationRepository repository(db);
    // tool id -> per person, newest first (the repository's order)
    std::map<std::string, std::vector<std::vector<Administration>>> by_tool;
    for (std::size_t person = 0; person < history.people.size(); ++person) {
        for (auto& given : repository.for_client(history.people[person].client_id)) {
            if (case_id && given.case_id && *given.case_id != *case_id) continue;
            if (numeric_scores(given.result).empty()) continue;
            auto& slots = by_tool[given.tool_id];
            slots.resize(history.people.size());
            slots[person].push_back(std::move(given));
        }
    }
    for (const auto& [tool_id, slots] : by_tool) {
        InstrumentHistory instrument;
        instrument.tool_id = tool_id;
        instrument.by_person.resize(history.people.size());
        std::vector<const Administration*> everyone;
        for (std::size_t person = 0; person < slots.size(); ++person) {
            std::vector<const Administration*> mine;
            for (const auto& given : slots[person])
                mine.push_back(&given);
            add_person(instrument, person, mine);
            everyone.insert(everyone.end(), mine.begin(), mine.end());
        }
        std::stable_sort(everyone.begin(), everyone.end(), [](const auto* a, const auto* b) {
            return a->administered_at > b->administered_at;
        });
        instrument.scales = scales_of(everyone);
        if (form_of) {
            if (auto form = form_of(tool_id)) {
                const auto ranges = score_ranges(*form);
                for (auto& scale : instrument.scales) {
                    if (auto found = ranges.find(scale.id); found != ranges.end())
                        scale.range = found->second;
                }
            }
        }
        history.instruments.push_back(std::move(instrument));
    }
    auto newest = [](const InstrumentHistory& instrument) {
        std::string latest;
        for (const auto& series : instrument.by_person) {
            if (!series.empty()) latest = std::max(latest, series.back().administered_at);
        }
        return latest;
    };
    std::stable_sort(history.instruments.begin(), history.instruments.end(),
                     [&newest](const auto& a, const auto& b) {
                         if (a.people_with_results() != b.people_with_results())
                             return a.people_with_results() > b.people_with_results();
                         return newest(a) > newest(b);
                     });
    return history;
}

std::optional<CoupleComparison> latest_comparison(const InstrumentHistory& instrument) {
    if (instrument.by_person.size() != 2 || instrument.people_with_results() == 0)
        return std::nullopt;
    CoupleComparison comparison;
    comparison.tool_id = instrument.tool_id;
    if (!instrument.by_person[0].empty()) comparison.first = instrument.by_person[0].back();
    if (!instrument.by_person[1].empty()) comparison.second = instrument.by_person[1].back();
    auto value = [](const std::optional<ScoredAdministration>& given, const std::string& id) {
        std::optional<double> found;
        if (!given) return found;
        if (auto it = given->scores.find(id); it != given->scores.end()) found = it->second;
        return found;
    };
    for (const auto& scale : instrument.scales) {
        comparison.scales.push_back(
            {scale, value(comparison.first, scale.id), value(comparison.second, scale.id)});
    }
    return comparison;
}

}  // namespace counselor::core
