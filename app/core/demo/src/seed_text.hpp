// What `demo seed` writes in a made-up practice: names, and session notes
// put together from phrase pools (our own words). Internal to the seeder.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace counselor::core::seed {

// splitmix64: the same numbers for the same seed on every platform and
// standard library (std::uniform_int_distribution differs between them).
class Rng {
  public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // 0 .. n-1
    std::int64_t below(std::int64_t n) {
        return n <= 1 ? 0 : static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(n));
    }
    // low .. high, both included
    std::int64_t between(std::int64_t low, std::int64_t high) {
        return low + below(high - low + 1);
    }
    bool percent(int chance) { return below(100) < chance; }
    template <typename T>
    const T& pick(const std::vector<T>& items) {
        return items[index_below(items.size())];
    }
    // The seeder fills in a picked answer set before storing it.
    template <typename T>
    T& pick(std::vector<T>& items) {
        return items[index_below(items.size())];
    }

  private:
    std::size_t index_below(std::size_t size) {
        return static_cast<std::size_t>(below(static_cast<std::int64_t>(size)));
    }

    std::uint64_t state_;
};

const std::vector<std::string>& women_names();
const std::vector<std::string>& men_names();
const std::vector<std::string>& family_names();

// Who a note is about: the spouses' first names, or a client alone (then
// `other` is someone they talk about, e.g. "her mother").
struct NotePeople {
    std::string first;
    std::string other;
    bool couple = true;
};

// The text of one field of a session note (subjective, plan, prayer, ...);
// fields without a pool of their own get general observations.
std::string note_field(Rng& rng, std::string_view field_id, const NotePeople& people);

// Someone an individual client talks about ("her husband", "a coworker").
std::string other_person(Rng& rng, bool woman);

// A counselor's note on a homework assignment, or empty.
std::string homework_note(Rng& rng);

}  // namespace counselor::core::seed
