// A chart of one instrument's scores for the people of a case, drawn from
// the core's ScoreHistory: each scale's score over time (a small panel per
// scale, a line per person), or the latest results side by side as bars.
// Each person keeps one colour, and a marker, line dash and bar pattern of
// their own, so the chart also reads without telling the colours apart.
#pragma once

#include <counselor/core/records/score_history.hpp>

#include <wx/window.h>

#include <optional>
#include <vector>

namespace counselor::gui {

// A place in the drawn chart and what it shows, for its tooltip.
struct ChartSpot {
    double x = 0, y = 0, width = 0, height = 0;
    wxString text;
};

class ScoreChart : public wxWindow {
  public:
    enum class View { over_time, side_by_side };

    explicit ScoreChart(wxWindow* parent);

    // Draws `instrument` (its by_person parallel to `people`) in `view`. With
    // no instrument, `empty_text` says what to do to get a chart.
    void show(std::vector<core::ChartPerson> people,
              std::optional<core::InstrumentHistory> instrument, View view,
              const wxString& empty_text);

    View view() const { return view_; }
    bool has_chart() const { return instrument_.has_value(); }

  protected:
    wxSize DoGetBestClientSize() const override;

  private:
    void on_paint(wxPaintEvent& event);
    void on_motion(wxMouseEvent& event);

    std::vector<core::ChartPerson> people_;
    std::optional<core::InstrumentHistory> instrument_;
    View view_ = View::over_time;
    wxString empty_text_;
    std::vector<ChartSpot> spots_;  // from the last paint: markers and bars
};

}  // namespace counselor::gui
