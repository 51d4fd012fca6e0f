// Filling many tables in one transaction, fast (`counselorctl demo seed`):
// a bigger page cache while it runs; the secondary indexes of the tables
// filled are dropped at the start and built again at the end, each in one
// sorted pass instead of a dozen B-trees updated in random order; and the
// note-search index is filled by one statement at the end instead of a
// trigger per note. start() and finish() run inside the caller's
// transaction, so a failure leaves neither rows nor a missing index.
#pragma once

#include "counselor/core/store/database.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace counselor::core {

class BulkLoad {
  public:
    // Raises the connection's page cache until destroyed.
    explicit BulkLoad(Database& db);
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;
    ~BulkLoad();

    // Drops the secondary indexes of `tables` and the trigger that indexes
    // each signed note as it is written.
    void start(const std::vector<std::string>& tables);
    // Indexes every signed note, and puts the trigger and the indexes back.
    void finish();

  private:
    Database& db_;
    std::int64_t cache_size_ = 0;
    std::vector<std::pair<std::string, std::string>> indexes_;  // name, CREATE statement
    std::string note_trigger_;
};

}  // namespace counselor::core
