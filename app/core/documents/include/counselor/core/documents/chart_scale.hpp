// The numbers every renderer of a chart needs alike: how a value is printed,
// where the whole-number ticks fall, and how high a bar stands. The text,
// HTML and PDF renderers use it, and the window's score chart prints its
// values with value_text, so a score reads the same on screen and on paper.
#pragma once

#include <counselor/sdk/document.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace counselor::core::chart {

// 3.6667 -> "3.67", 4 -> "4": two decimals, as the reports print scores,
// without trailing zeros.
inline std::string value_text(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string text = buffer;
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
    if (text == "-0") text = "0";
    return text;
}

// The axis as drawn. The host refuses charts whose max is not above min,
// but a renderer must not divide by zero on a document built in C++ that
// never passed that check: such an axis is drawn one unit tall.
struct Axis {
    double low, high;

    explicit Axis(const sdk::Block& chart)
        : low(std::isfinite(chart.axis_min) ? chart.axis_min : 0),
          high(std::isfinite(chart.axis_max) && chart.axis_max > low ? chart.axis_max : low + 1) {}

    // Where `value` stands between the axis ends: 0 at low, 1 at high,
    // clamped so a stray value cannot draw outside the chart.
    double fraction(double value) const {
        return std::clamp((value - low) / (high - low), 0.0, 1.0);
    }

    // Whole numbers from low to high; a long axis steps so that at most
    // about ten ticks are labelled. An axis too short for two whole numbers
    // shows its ends instead.
    std::vector<double> ticks() const {
        const double first = std::ceil(low), last = std::floor(high);
        if (last - first < 1) return {low, high};
        const double step = std::max(1.0, std::ceil((last - first) / 10));
        std::vector<double> out;
        for (double t = first; t <= last + 1e-9; t += step)
            out.push_back(t);
        return out;
    }
};

// Series are told apart three ways, so a chart survives grey printing and
// colour blindness: a dark and a light fill alternate, and every second
// series is hatched as well. The PDF and the HTML use the same looks.
struct SeriesLook {
    double r, g, b;  // the fill, 0-1
    bool hatched;
};
inline SeriesLook series_look(std::size_t series) {
    constexpr SeriesLook looks[] = {{0.20, 0.38, 0.58, false},
                                    {0.95, 0.72, 0.42, true},
                                    {0.33, 0.52, 0.33, false},
                                    {0.85, 0.85, 0.85, true}};
    return looks[series % 4];
}
// The hatching's ink: a dark brown that reads on every fill above.
inline constexpr double kHatch[3] = {0.30, 0.20, 0.05};

// A series' value for category `c`, or nothing when it is missing or the
// series is short (a chart that never passed the document check).
inline std::optional<double> value_at(const sdk::ChartSeries& series, std::size_t c) {
    return c < series.values.size() ? series.values[c] : std::nullopt;
}

}  // namespace counselor::core::chart
