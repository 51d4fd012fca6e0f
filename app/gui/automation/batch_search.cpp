// --search TEXT: types TEXT into the client search box as a person would
// and reports what the list then holds and how long the search took.
#include "automation/batch_action.hpp"
#include "shell/main_frame.hpp"

#include <chrono>
#include <iostream>

namespace counselor::gui {

namespace {

class Search : public BatchAction {
  public:
    explicit Search(std::string text) : text_(std::move(text)) {}

    wxWindow* start(MainFrame& frame) override {
        using namespace std::chrono;
        const auto started = steady_clock::now();
        const auto listed = frame.search_clients(text_);
        const auto took = duration_cast<microseconds>(steady_clock::now() - started).count();
        std::cout << "listed " << listed.count << " clients in " << took / 1000.0 << " ms";
        if (listed.first_id) std::cout << "; first client " << *listed.first_id;
        std::cout << std::endl;
        return &frame;
    }

    bool finish(MainFrame&) override { return true; }

  private:
    std::string text_;
};

}  // namespace

std::unique_ptr<BatchAction> make_search(const std::string& text) {
    return std::make_unique<Search>(text);
}

}  // namespace counselor::gui
