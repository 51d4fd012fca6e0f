#include "pdf_pages.hpp"

namespace counselor::core::pdf {

namespace {

class Paginator {
  public:
    Paginator(const std::vector<Unit>& units, double top, double bottom)
        : units_(units), top_(top), bottom_(bottom), y_(top) {
        pages_.emplace_back();
    }

    std::vector<Page> run() {
        for (std::size_t i = 0; i < units_.size(); ++i) {
            const Unit& unit = units_[i];
            if (unit.breaks == Break::copy) {
                start_copy();
            } else if (unit.breaks == Break::page && !page_empty()) {
                new_page();
            }
            if (!unit.draw) continue;  // a bare break marks a place; it takes no room
            if (must_move_on(i)) {
                new_page();
                if (unit.header && *unit.header != i) place(*unit.header);
            }
            place(i);
        }
        // A break at the very end asks for no page of its own.
        while (pages_.size() > 1 && page_empty())
            pages_.pop_back();
        return std::move(pages_);
    }

  private:
    bool page_empty() const { return pages_.back().placed.empty(); }

    void new_page() {
        pages_.push_back({{}, pages_.back().copy});
        y_ = top_;
    }

    void start_copy() {
        if (!page_empty()) {
            new_page();
        }
        if (copy_has_content_) ++pages_.back().copy;
        copy_has_content_ = false;
    }

    double spacing(const Unit& unit) const { return page_empty() ? 0 : unit.space_before; }

    // Height of unit `first` and of the units it keeps with, not counting
    // the first's space before.
    double group_height(std::size_t first) const {
        double height = units_[first].height;
        for (std::size_t i = first; units_[i].keep_with_next && i + 1 < units_.size(); ++i) {
            if (units_[i + 1].breaks != Break::none) break;
            height += units_[i + 1].space_before + units_[i + 1].height;
        }
        return height;
    }

    bool must_move_on(std::size_t i) const {
        if (page_empty()) return false;
        const Unit& unit = units_[i];
        const double room = bottom_ - y_ - spacing(unit);
        const double group = group_height(i);
        if (group <= room) return false;
        // A group too tall for any page is split; a unit never is.
        return group <= bottom_ - top_ || unit.height > room;
    }

    void place(std::size_t i) {
        const Unit& unit = units_[i];
        const double top = y_ + spacing(unit);
        pages_.back().placed.push_back({i, top});
        y_ = top + unit.height;
        copy_has_content_ = true;
    }

    const std::vector<Unit>& units_;
    double top_, bottom_, y_;
    std::vector<Page> pages_;
    bool copy_has_content_ = false;
};

}  // namespace

std::vector<Page> paginate(const std::vector<Unit>& units, double top, double bottom) {
    return Paginator(units, top, bottom).run();
}

}  // namespace counselor::core::pdf
