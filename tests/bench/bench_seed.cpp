// Seeds a practice of N clients (timed), then copies the same rows into a
// fresh database with one bulk INSERT ... SELECT per table in one
// transaction (timed): the floor the seeder stands on. Both databases have
// the same schema, indexes and triggers (the note search index is filled by
// its trigger in both). Prints "seed_ms N" and "seed_floor_ms N".
//
// Usage: counselor_bench_seed DB CLIENTS [SEED]   (DB must not exist yet)
#include <counselor/core/demo/practice_seeder.hpp>
#include <counselor/core/plugins/plugin_host.hpp>
#include <counselor/core/plugins/plugin_search.hpp>
#include <counselor/core/records/store_host_environment.hpp>
#include <counselor/core/store/database.hpp>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

using namespace counselor;

namespace {

double ms_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

// The tables that hold records, parents before children; not the search
// index, which the notes' trigger fills.
std::vector<std::string> record_tables(core::Database& db) {
    std::vector<std::string> tables;
    auto query = db.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        " AND name NOT LIKE 'note_search%' AND name NOT LIKE 'sqlite_%' ORDER BY rootpage");
    while (query.step())
        tables.push_back(query.text(0));
    return tables;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: counselor_bench_seed DB CLIENTS [SEED]\n";
        return 2;
    }
    const std::filesystem::path path = argv[1];
    if (std::filesystem::exists(path)) {
        std::cerr << "counselor_bench_seed: " << path << " exists; give a new file\n";
        return 1;
    }
    try {
        auto db = core::Database::open(path);
        core::StoreHostEnvironment environment(db);
        core::PluginHost plugins(&environment);
        plugins.load(core::standard_plugin_search(db, {}, false));
        core::SeedOptions options;
        options.clients = std::stoll(argv[2]);
        options.seed = argc > 3 ? std::stoull(argv[3]) : 1;
        auto start = std::chrono::steady_clock::now();
        const auto summary = core::seed_practice(db, plugins, options);
        const double seed_ms = ms_since(start);

        const auto floor_path = path.string() + ".floor";
        std::filesystem::remove(floor_path);
        auto floor = core::Database::open(floor_path);
        floor.execute("PRAGMA cache_size = -131072");
        floor.execute("ATTACH DATABASE '" + path.string() + "' AS seeded");
        const auto tables = record_tables(floor);
        start = std::chrono::steady_clock::now();
        floor.execute("BEGIN IMMEDIATE");
        for (const auto& table : tables)
            floor.execute("INSERT INTO main.\"" + table + "\" SELECT * FROM seeded.\"" + table +
                          "\"");
        floor.execute("COMMIT");
        const double floor_ms = ms_since(start);
        floor.execute("DETACH DATABASE seeded");

        std::cout << "seed_ms " << seed_ms << "\nseed_floor_ms " << floor_ms << "\nclients "
                  << summary.clients << "\nsessions " << summary.sessions << "\nnotes "
                  << summary.notes << "\nadministrations " << summary.administrations
                  << "\naudit_rows " << summary.audit_rows << '\n';
    } catch (const std::exception& error) {
        std::cerr << "counselor_bench_seed: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
