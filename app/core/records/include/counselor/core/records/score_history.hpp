// What the Assessments tab charts: for the people of a case (both spouses of
// a couple, or one client alone), each scored instrument with every
// administration's scale scores over time; and, for two people, their latest
// results side by side. Which instruments and scales there are is read from
// the stored results (those carrying numeric scores), never from a list of
// tool ids, so a clinic's own scored form charts like the bundled ones.
#pragma once

#include "counselor/core/plugins/plugin_host.hpp"
#include "counselor/core/store/database.hpp"

#include <counselor/sdk/form.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace counselor::core {

struct ChartPerson {
    std::int64_t client_id = 0;
    std::string name;  // as the counselor reads it in the legend
};

// The lowest and highest score a scale can take.
struct ScoreRange {
    double low = 0;
    double high = 0;
};

struct ChartScale {
    std::string id;
    std::string title;
    std::optional<ScoreRange> range;  // from the form definition, when it is at hand
};

struct ScoredAdministration {
    std::int64_t id = 0;
    std::string administered_at;           // as stored, UTC
    std::string date;                      // its YYYY-MM-DD part
    double day = 0;                        // days since 1970-01-01, for a time axis
    std::map<std::string, double> scores;  // scale id -> value; unanswered scales are absent
};

struct InstrumentHistory {
    std::string tool_id;
    std::vector<ChartScale> scales;  // in the order of the newest result
    // Parallel to ScoreHistory::people: each person's administrations, oldest first.
    std::vector<std::vector<ScoredAdministration>> by_person;

    const ChartScale* find_scale(const std::string& scale_id) const;
    // How many of the people have completed it at least once.
    std::size_t people_with_results() const;
};

struct ScoreHistory {
    std::vector<ChartPerson> people;
    // Instruments all the people completed first, then the one completed
    // most recently: the first is the one most worth charting.
    std::vector<InstrumentHistory> instruments;

    const InstrumentHistory* find(const std::string& tool_id) const;
};

// A tool's form definition, or nullopt when it cannot be had (plugin gone).
using FormLookup = std::function<std::optional<sdk::FormDefinition>(const std::string& tool_id)>;

// Forms from the loaded plugins. A tool that is gone or fails gives nullopt
// (logged by id): the chart then draws without knowing the scale's range.
FormLookup plugin_forms(PluginHost& plugins);

// Every scored administration of `people`. With `case_id`, only those taken
// for that case or for no case (as the case timeline counts them). Scale
// ranges come from `form_of` when given; results without a single numeric
// score (a yes/no screen, an intake) are not charted.
ScoreHistory score_history(Database& db, std::vector<ChartPerson> people,
                           std::optional<std::int64_t> case_id, const FormLookup& form_of = {});

// The range each subscale (and "total") of `form` can take, worked out from
// its items: a mean lies between its items' lowest and highest scores, a sum
// between their sums. A subscale with an item of unknown range falls back to
// its bands, else it is left out.
std::map<std::string, ScoreRange> score_ranges(const sdk::FormDefinition& form);

// One scale of the latest results of two people, side by side.
struct ScaleComparison {
    ChartScale scale;
    std::optional<double> first;  // none: not completed, or this scale not answered
    std::optional<double> second;
};

struct CoupleComparison {
    std::string tool_id;
    // The administrations compared, one per person; none for a person who
    // has not completed the instrument.
    std::optional<ScoredAdministration> first;
    std::optional<ScoredAdministration> second;
    std::vector<ScaleComparison> scales;
};

// The latest administration of each of two people side by side; nullopt
// unless `instrument` is charted for exactly two people and at least one has
// completed it.
std::optional<CoupleComparison> latest_comparison(const InstrumentHistory& instrument);

// Days since 1970-01-01 of a stored "YYYY-MM-DD[THH:MM[:SS]][Z]" time;
// nullopt when it does not start with a real date.
std::optional<double> day_number(const std::string& stamp);

}  // namespace counselor::core
