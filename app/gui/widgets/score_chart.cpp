#include "widgets/score_chart.hpp"

#include "widgets/wx_text.hpp"

#include <counselor/core/documents/chart_scale.hpp>

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/settings.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace counselor::gui {

namespace {

// A character, not a UTF-8 literal: a narrow literal would be converted
// with the C locale's charset, which may not be UTF-8.
const wxString kEllipsis(wxUniChar(0x2026));

enum class Marker { circle, square, triangle, diamond };

// Okabe and Ito's palette, chosen to stay apart for the common kinds of
// colour blindness; marker, dash and bar pattern differ too, so a grey
// printout or a reader who sees no colour can still tell people apart.
struct SeriesStyle {
    wxColour colour;
    Marker marker;
    wxPenStyle line;
    bool hatched;  // bars: diagonal lines over a pale fill instead of a solid fill
};

const SeriesStyle& style_for(std::size_t person) {
    static const SeriesStyle styles[] = {
        {wxColour(0, 114, 178), Marker::circle, wxPENSTYLE_SOLID, false},         // blue
        {wxColour(213, 94, 0), Marker::square, wxPENSTYLE_LONG_DASH, true},       // vermillion
        {wxColour(0, 158, 115), Marker::triangle, wxPENSTYLE_SHORT_DASH, false},  // green
        {wxColour(204, 121, 167), Marker::diamond, wxPENSTYLE_DOT, true},         // purple
    };
    return styles[person % std::size(styles)];
}

wxColour mix(const wxColour& a, const wxColour& b, double b_share) {
    auto channel = [b_share](unsigned char x, unsigned char y) {
        return static_cast<unsigned char>(std::lround(x * (1 - b_share) + y * b_share));
    };
    return wxColour(channel(a.Red(), b.Red()), channel(a.Green(), b.Green()),
                    channel(a.Blue(), b.Blue()));
}

// "4.17", "5", "2.5": a score as the printed reports write it.
wxString number_text(double value) {
    return ui(core::chart::value_text(value));
}

// The vertical axis: a scale's own range when the form gave one, else from
// zero (or the lowest score) up to a round number above the highest.
struct Axis {
    double low = 0;
    double high = 1;
    double step = 1;
};

double nice_step(double span, int most_ticks) {
    const double rough = span / std::max(1, most_ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= rough) return factor * magnitude;
    }
    return 10 * magnitude;
}

// As many ticks as fit a line of text apart, and no more than six: a 1-5
// scale then reads in whole points.
int ticks_for(double plot_height, double line_height) {
    return std::clamp(static_cast<int>(plot_height / (line_height * 1.05)), 2, 6);
}

Axis axis_for(const std::vector<const core::ChartScale*>& scales, const std::vector<double>& values,
              int most_ticks) {
    Axis axis;
    bool ranged = false;
    for (const auto* scale : scales) {
        if (!scale->range) continue;
        axis.low = ranged ? std::min(axis.low, scale->range->low) : scale->range->low;
        axis.high = ranged ? std::max(axis.high, scale->range->high) : scale->range->high;
        ranged = true;
    }
    if (!ranged) {
        axis.low = 0;
        axis.high = 1;
        for (double value : values) {
            axis.low = std::min(axis.low, value);
            axis.high = std::max(axis.high, value);
        }
    }
    for (double value : values) {  // a score outside its stated range still shows
        axis.low = std::min(axis.low, value);
        axis.high = std::max(axis.high, value);
    }
    if (axis.high <= axis.low) axis.high = axis.low + 1;
    axis.step = nice_step(axis.high - axis.low, most_ticks);
    if (!ranged) axis.high = std::ceil(axis.high / axis.step) * axis.step;
    return axis;
}

// Draws with one graphics context; sizes are in device-independent pixels.
class Painter {
  public:
    Painter(wxWindow& window, wxGraphicsContext& gc, std::vector<ChartSpot>& spots)
        : window_(window), gc_(gc), spots_(spots) {
        text_ = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
        paper_ = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
        muted_ = mix(text_, paper_, 0.45);
        grid_ = mix(text_, paper_, 0.88);
        font_ = window.GetFont();
        bold_ = font_.Bold();
    }

    double dip(double value) const { return window_.FromDIP(100) * value / 100.0; }

    void text_style(const wxFont& font, const wxColour& colour) { gc_.SetFont(font, colour); }
    struct TextSize {
        double x, y;  // width, height
    };
    TextSize extent(const wxString& text) {
        double width = 0, height = 0;
        gc_.GetTextExtent(text, &width, &height);
        return {width, height};
    }
    double line_height() {
        text_style(font_, text_);
        return extent("Ag").y;
    }

    // `text` cut to fit `width`, ending in an ellipsis when cut.
    wxString fitted(const wxString& text, double width) {
        if (extent(text).x <= width) return text;
        wxString cut = text;
        while (!cut.empty() && extent(cut + kEllipsis).x > width)
            cut.RemoveLast();
        return cut.empty() ? wxString() : cut + kEllipsis;
    }

    // Words into lines no wider than `width`; at most `most` lines, the last cut.
    std::vector<wxString> wrapped(const wxString& text, double width, std::size_t most) {
        std::vector<wxString> lines;
        wxString line;
        for (const auto& word : wxSplit(text, ' ', '\0')) {
            const wxString longer = line.empty() ? word : line + " " + word;
            if (line.empty() || extent(longer).x <= width) {
                line = longer;
                continue;
            }
            lines.push_back(line);
            line = word;
        }
        if (!line.empty()) lines.push_back(line);
        if (lines.size() > most) {
            lines.resize(most);
            lines.back() += " " + kEllipsis;
        }
        for (auto& each : lines)
            each = fitted(each, width);
        return lines;
    }

    void centred_lines(const std::vector<wxString>& lines, double centre_x, double top) {
        for (const auto& line : lines) {
            const auto size = extent(line);
            gc_.DrawText(line, centre_x - size.x / 2, top);
            top += size.y;
        }
    }

    void marker(Marker shape, double x, double y, const wxColour& colour) {
        const double r = dip(4.5);
        gc_.SetPen(gc_.CreatePen(wxGraphicsPenInfo(paper_).Width(dip(1.5))));
        gc_.SetBrush(gc_.CreateBrush(wxBrush(colour)));
        wxGraphicsPath path = gc_.CreatePath();
        switch (shape) {
            case Marker::circle:
                path.AddCircle(x, y, r);
                break;
            case Marker::square:
                path.AddRectangle(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
                break;
            case Marker::triangle:
                path.MoveToPoint(x, y - r * 1.15);
                path.AddLineToPoint(x + r * 1.1, y + r * 0.8);
                path.AddLineToPoint(x - r * 1.1, y + r * 0.8);
                path.CloseSubpath();
                break;
            case Marker::diamond:
                path.MoveToPoint(x, y - r * 1.2);
                path.AddLineToPoint(x + r * 1.2, y);
                path.AddLineToPoint(x, y + r * 1.2);
                path.AddLineToPoint(x - r * 1.2, y);
                path.CloseSubpath();
                break;
        }
        gc_.DrawPath(path);
    }

    void series_line(const std::vector<wxPoint2DDouble>& points, const SeriesStyle& style) {
        if (points.size() < 2) return;
        gc_.SetPen(gc_.CreatePen(
            wxGraphicsPenInfo(style.colour).Width(dip(2.2)).Style(style.line).Join(wxJOIN_ROUND)));
        gc_.StrokeLines(points.size(), points.data());
    }

    void bar(double x, double y, double width, double height, const SeriesStyle& style) {
        if (height <= 0) return;
        if (!style.hatched) {
            gc_.SetPen(wxNullGraphicsPen);
            gc_.SetBrush(gc_.CreateBrush(wxBrush(style.colour)));
            gc_.DrawRectangle(x, y, width, height);
            return;
        }
        gc_.SetPen(wxNullGraphicsPen);
        gc_.SetBrush(gc_.CreateBrush(wxBrush(mix(style.colour, paper_, 0.78))));
        gc_.DrawRectangle(x, y, width, height);
        gc_.PushState();
        gc_.Clip(x, y, width, height);
        gc_.SetPen(gc_.CreatePen(wxGraphicsPenInfo(style.colour).Width(dip(1.6))));
        const double gap = dip(6);
        for (double start = x - height; start < x + width; start += gap)
            gc_.StrokeLine(start, y + height, start + height, y);
        gc_.PopState();
        gc_.SetPen(gc_.CreatePen(wxGraphicsPenInfo(style.colour).Width(dip(1.5))));
        gc_.SetBrush(*wxTRANSPARENT_BRUSH);
        gc_.DrawRectangle(x, y, width, height);
    }

    void line(double x1, double y1, double x2, double y2, const wxColour& colour, double width) {
        gc_.SetPen(gc_.CreatePen(wxGraphicsPenInfo(colour).Width(dip(width))));
        gc_.StrokeLine(x1, y1, x2, y2);
    }

    // A row of legend entries from (x, y); returns its height.
    double legend(const std::vector<wxString>& names, bool bars, double x, double y, double width) {
        const double h = line_height();
        const double swatch = dip(30);
        double at = x;
        double row = y;
        for (std::size_t person = 0; person < names.size(); ++person) {
            const auto& style = style_for(person);
            text_style(bold_, text_);
            const wxString name = fitted(names[person], width - swatch - dip(8));
            const double entry = swatch + dip(6) + extent(name).x + dip(22);
            if (at > x && at + entry > x + width) {
                at = x;
                row += h + dip(6);
            }
            const double mid = row + h / 2;
            if (bars) {
                bar(at + dip(4), mid - dip(7), swatch - dip(8), dip(14), style);
            } else {
                series_line({{at, mid}, {at + swatch, mid}}, style);
                marker(style.marker, at + swatch / 2, mid, style.colour);
            }
            text_style(bold_, text_);
            gc_.DrawText(name, at + swatch + dip(6), row);
            at += entry;
        }
        return row + h - y;
    }

    void message(const wxString& text, const wxRect& area) {
        text_style(font_, muted_);
        const auto lines = wrapped(text, std::min(area.width * 0.8, dip(560)), 6);
        const double h = line_height();
        centred_lines(lines, area.x + area.width / 2.0,
                      area.y + (area.height - h * lines.size()) / 2.0);
    }

    // The value axis of a plot from `top` to `bottom`: gridlines across
    // [left, right] and tick labels right-aligned before `left`.
    void value_axis(const Axis& axis, double left, double right, double top, double bottom) {
        text_style(font_, muted_);
        for (double tick = axis.low; tick <= axis.high + axis.step / 1000; tick += axis.step) {
            const double y = bottom - (tick - axis.low) / (axis.high - axis.low) * (bottom - top);
            line(left, y, right, y, tick == axis.low ? muted_ : grid_, 1);
            const wxString label = number_text(tick);
            const auto size = extent(label);
            gc_.DrawText(label, left - size.x - dip(5), y - size.y / 2);
        }
    }

    double tick_label_width(const Axis& axis) {
        text_style(font_, muted_);
        double widest = 0;
        for (double tick = axis.low; tick <= axis.high + axis.step / 1000; tick += axis.step)
            widest = std::max(widest, extent(number_text(tick)).x);
        return widest;
    }

    // Exact values, on hovering a marker or a bar.
    void spot(double x, double y, double width, double height, const wxString& text) {
        spots_.push_back({x, y, width, height, text});
    }

    wxGraphicsContext& gc() { return gc_; }
    const wxFont& font() const { return font_; }
    const wxFont& bold() const { return bold_; }
    const wxColour& text() const { return text_; }
    const wxColour& muted() const { return muted_; }
    const wxColour& paper() const { return paper_; }

  private:
    wxWindow& window_;
    wxGraphicsContext& gc_;
    std::vector<ChartSpot>& spots_;
    wxColour text_, paper_, muted_, grid_;
    wxFont font_, bold_;
};

std::vector<wxString> names_of(const std::vector<core::ChartPerson>& people) {
    std::vector<wxString> names;
    for (const auto& person : people)
        names.push_back(ui(person.name));
    return names;
}

// ---- over time: a small panel per scale, a line per person ----------------

struct TimeSpan {
    double first = 0;
    double last = 0;
};

TimeSpan time_span(const core::InstrumentHistory& instrument) {
    TimeSpan span{0, 0};
    bool any = false;
    for (const auto& series : instrument.by_person) {
        for (const auto& point : series) {
            span.first = any ? std::min(span.first, point.day) : point.day;
            span.last = any ? std::max(span.last, point.day) : point.day;
            any = true;
        }
    }
    // One date only: put it in the middle; otherwise keep markers off the edges.
    const double pad = span.last > span.first ? (span.last - span.first) * 0.08 : 1.0;
    return {span.first - pad, span.last + pad};
}

// The dates under a panel, left to right, skipping any that would overlap
// the one before; the latest date always shows.
void date_labels(Painter& p, const core::InstrumentHistory& instrument, const TimeSpan& span,
                 double left, double right, double y) {
    std::vector<std::pair<double, std::string>> dates;
    for (const auto& series : instrument.by_person) {
        for (const auto& point : series)
            dates.emplace_back(point.day, point.date);
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end(),
                            [](const auto& a, const auto& b) { return a.second == b.second; }),
                dates.end());
    p.text_style(p.font(), p.muted());
    struct Placed {
        double x, width;
        wxString text;
    };
    std::vector<Placed> placed;
    for (std::size_t i = 0; i < dates.size(); ++i) {
        const wxString text = ui(dates[i].second);
        const double width = p.extent(text).x;
        double x = left + (dates[i].first - span.first) / (span.last - span.first) * (right - left);
        x = std::clamp(x - width / 2, left - p.dip(4), right - width);
        const bool last = i + 1 == dates.size();
        while (!placed.empty() && placed.back().x + placed.back().width + p.dip(8) > x) {
            if (!last) break;
            placed.pop_back();  // make room for the latest date
        }
        if (!placed.empty() && placed.back().x + placed.back().width + p.dip(8) > x) continue;
        placed.push_back({x, width, text});
    }
    for (const auto& label : placed)
        p.gc().DrawText(label.text, label.x, y);
}

// "Naomi Hartwell, 2025-05-06: Safety 3"
wxString spot_text(const core::ChartPerson& person, const std::string& date,
                   const core::ChartScale& scale, double value) {
    // TRANSLATORS: a tooltip: who, on which date, which scale, the score.
    return wxString::Format(_("%s, %s: %s %s"), ui(person.name), ui(date), ui(scale.title),
                            number_text(value));
}

void scale_panel(Painter& p, const std::vector<core::ChartPerson>& people,
                 const core::InstrumentHistory& instrument, const core::ChartScale& scale,
                 const TimeSpan& span, const wxRect2DDouble& area) {
    std::vector<double> values;
    for (const auto& series : instrument.by_person) {
        for (const auto& point : series) {
            if (auto it = point.scores.find(scale.id); it != point.scores.end())
                values.push_back(it->second);
        }
    }
    const double h = p.line_height();
    p.text_style(p.bold(), p.text());
    p.gc().DrawText(p.fitted(ui(scale.title), area.m_width - p.dip(4)), area.m_x, area.m_y);

    const double top = area.m_y + h + p.dip(10);
    const double bottom = area.m_y + area.m_height - h - p.dip(8);
    const Axis axis = axis_for({&scale}, values, ticks_for(bottom - top, h));
    const double left = area.m_x + p.tick_label_width(axis) + p.dip(8);
    const double right = area.m_x + area.m_width - p.dip(10);
    if (bottom - top < h || right - left < p.dip(40)) return;
    p.value_axis(axis, left, right, top, bottom);
    date_labels(p, instrument, span, left, right, bottom + p.dip(4));

    auto x_of = [&](double day) {
        return left + (day - span.first) / (span.last - span.first) * (right - left);
    };
    auto y_of = [&](double value) {
        return bottom - (value - axis.low) / (axis.high - axis.low) * (bottom - top);
    };
    const double series = static_cast<double>(instrument.by_person.size());
    for (std::size_t person = 0; person < instrument.by_person.size(); ++person) {
        const auto& style = style_for(person);
        // Spouses answering alike on the same day would hide one marker
        // under the other: each person's points sit a few pixels apart.
        const double dodge = (static_cast<double>(person) - (series - 1) / 2) * p.dip(8);
        std::vector<wxPoint2DDouble> points;
        for (const auto& point : instrument.by_person[person]) {
            auto it = point.scores.find(scale.id);
            if (it == point.scores.end()) continue;
            points.emplace_back(x_of(point.day) + dodge, y_of(it->second));
            const double reach = p.dip(7);
            if (person < people.size())
                p.spot(points.back().m_x - reach, points.back().m_y - reach, 2 * reach, 2 * reach,
                       spot_text(people[person], point.date, scale, it->second));
        }
        p.series_line(points, style);
        for (const auto& point : points)
            p.marker(style.marker, point.m_x, point.m_y, style.colour);
    }
}

void draw_over_time(Painter& p, const std::vector<core::ChartPerson>& people,
                    const core::InstrumentHistory& instrument, const wxRect& client) {
    const double margin = p.dip(14);
    double y = client.y + margin;
    y += p.legend(names_of(people), false, client.x + margin, y, client.width - 2 * margin);
    y += p.dip(12);

    // The caption names both axes once, for every panel.
    p.text_style(p.font(), p.muted());
    const auto caption =
        p.wrapped(_("Each panel is one scale: the score (up) by the date it was taken (across)."),
                  client.width - 2 * margin, 2);
    const double caption_height = p.line_height() * caption.size();
    p.text_style(p.font(), p.muted());
    p.centred_lines(caption, client.x + client.width / 2.0,
                    client.y + client.height - margin - caption_height);

    const double width = client.width - 2 * margin;
    const double height = client.y + client.height - margin - caption_height - p.dip(8) - y;
    const std::size_t count = instrument.scales.size();
    if (count == 0 || height <= 0) return;
    // As many columns as keep the panels closest to a pleasant 4:3.
    std::size_t columns = 1;
    double best = -1;
    for (std::size_t c = 1; c <= count; ++c) {
        const std::size_t rows = (count + c - 1) / c;
        const double w = width / c, h = height / rows;
        const double fit = std::min(w * 0.75, h);
        if (fit > best + 0.5) {
            best = fit;
            columns = c;
        }
    }
    const std::size_t rows = (count + columns - 1) / columns;
    const double cell_w = width / columns, cell_h = height / rows;
    const TimeSpan span = time_span(instrument);
    for (std::size_t i = 0; i < count; ++i) {
        const double x = client.x + margin + (i % columns) * cell_w;
        const double top = y + (i / columns) * cell_h;
        scale_panel(p, people, instrument, instrument.scales[i], span,
                    {x, top, cell_w - p.dip(16), cell_h - p.dip(10)});
    }
}

// ---- side by side: bars per scale, one per person --------------------------

void draw_side_by_side(Painter& p, const std::vector<core::ChartPerson>& people,
                       const core::InstrumentHistory& instrument, const wxRect& client) {
    const auto comparison = core::latest_comparison(instrument);
    if (!comparison || people.size() != 2) {
        p.message(_("Bars side by side need a case of two spouses."), client);
        return;
    }
    const double margin = p.dip(14);
    // Who and when, in the legend: the bars show each spouse's latest.
    std::vector<wxString> names;
    const std::optional<core::ScoredAdministration>* taken[] = {&comparison->first,
                                                                &comparison->second};
    for (std::size_t person = 0; person < 2; ++person) {
        const wxString name = ui(people[person].name);
        if (*taken[person]) {
            // TRANSLATORS: a legend entry: a spouse's name and the date of their latest results.
            names.push_back(wxString::Format(_("%s (%s)"), name, ui((*taken[person])->date)));
        } else {
            // TRANSLATORS: a legend entry: a spouse who has not completed this instrument.
            names.push_back(wxString::Format(_("%s: not taken yet"), name));
        }
    }
    double top = client.y + margin;
    top += p.legend(names, true, client.x + margin, top, client.width - 2 * margin) + p.dip(16);
    top += p.line_height();  // room for the value above a bar at the top of the scale

    std::vector<const core::ChartScale*> scales;
    std::vector<double> values;
    for (const auto& row : comparison->scales) {
        scales.push_back(&row.scale);
        for (const auto& value : {row.first, row.second})
            if (value) values.push_back(*value);
    }
    const double h = p.line_height();
    const double count = static_cast<double>(comparison->scales.size());
    const double caption_room = h * 1.4;  // the rotated "Score" beside the axis
    const double caption_right = client.x + margin + caption_room;
    // The plot's width depends on its tick labels and its height on the
    // labels under it; the widest ticks (as many as may ever be drawn) fix the width first.
    const double tick_room = p.tick_label_width(axis_for(scales, values, 6)) + p.dip(8);
    const double group_guess =
        (client.x + client.width - margin - caption_right - tick_room) / count;
    // Labels under the groups wrap to at most three lines; a word wider than
    // its group (a long scale name) takes a smaller font rather than an ellipsis.
    wxFont label_font = p.font();
    p.text_style(label_font, p.text());
    for (const auto& row : comparison->scales) {
        for (const auto& word : wxSplit(ui(row.scale.title), ' ', '\0')) {
            if (p.extent(word).x > group_guess - p.dip(8)) label_font = p.font().Smaller();
        }
    }
    p.text_style(label_font, p.text());
    const double label_h = p.extent("Ag").y;
    std::size_t label_lines = 1;
    for (const auto& row : comparison->scales)
        label_lines =
            std::max(label_lines, p.wrapped(ui(row.scale.title), group_guess - p.dip(8), 3).size());
    const double bottom = client.y + client.height - margin - label_lines * label_h - p.dip(8);
    const Axis axis = axis_for(scales, values, ticks_for(bottom - top, h));
    const double left = caption_right + std::max(tick_room, p.tick_label_width(axis) + p.dip(8));
    const double right = client.x + client.width - margin;
    if (bottom - top < 2 * h || right - left < p.dip(80)) return;

    p.text_style(p.font(), p.muted());
    const wxString score = _("Score");
    const auto score_size = p.extent(score);
    p.gc().DrawText(score, client.x + margin, (top + bottom) / 2 + score_size.x / 2, M_PI / 2);
    p.value_axis(axis, left, right, top, bottom);

    auto y_of = [&](double value) {
        return bottom - (value - axis.low) / (axis.high - axis.low) * (bottom - top);
    };
    const double group = (right - left) / count;
    const double bar = std::min(group * 0.34, p.dip(56));
    const double gap = p.dip(4);
    for (std::size_t i = 0; i < comparison->scales.size(); ++i) {
        const auto& row = comparison->scales[i];
        const double centre = left + group * (i + 0.5);
        const std::optional<double> both[] = {row.first, row.second};
        for (std::size_t person = 0; person < 2; ++person) {
            const double x = person == 0 ? centre - gap / 2 - bar : centre + gap / 2;
            if (!both[person]) continue;
            const double y = y_of(*both[person]);
            p.bar(x, y, bar, bottom - y, style_for(person));
            p.spot(x, y, bar, bottom - y,
                   spot_text(people[person], (*taken[person])->date, row.scale, *both[person]));
            p.text_style(p.font(), p.text());
            const wxString label = number_text(*both[person]);
            const auto size = p.extent(label);
            p.gc().DrawText(label, x + (bar - size.x) / 2, y - size.y - p.dip(2));
        }
        p.text_style(label_font, p.text());
        p.centred_lines(p.wrapped(ui(row.scale.title), group - p.dip(8), 3), centre,
                        bottom + p.dip(6));
    }
}

}  // namespace

ScoreChart::ScoreChart(wxWindow* parent)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_THEME) {
    // Everything is painted here: no background erase, no flicker.
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &ScoreChart::on_paint, this);
    Bind(wxEVT_MOTION, &ScoreChart::on_motion, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        Refresh();
        event.Skip();
    });
    SetMinSize(FromDIP(wxSize(420, 240)));
}

wxSize ScoreChart::DoGetBestClientSize() const {
    return FromDIP(wxSize(720, 340));
}

void ScoreChart::show(std::vector<core::ChartPerson> people,
                      std::optional<core::InstrumentHistory> instrument, View view,
                      const wxString& empty_text) {
    people_ = std::move(people);
    instrument_ = std::move(instrument);
    view_ = view;
    empty_text_ = empty_text;
    Refresh();
}

void ScoreChart::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::CreateFromUnknownDC(dc));
    if (!gc) return;
    gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
    spots_.clear();
    Painter painter(*this, *gc, spots_);
    const wxRect client = GetClientRect();
    if (!instrument_) {
        painter.message(empty_text_, client);
        return;
    }
    if (view_ == View::side_by_side)
        draw_side_by_side(painter, people_, *instrument_, client);
    else
        draw_over_time(painter, people_, *instrument_, client);
}

void ScoreChart::on_motion(wxMouseEvent& event) {
    event.Skip();
    const wxPoint at = event.GetPosition();
    for (auto it = spots_.rbegin(); it != spots_.rend(); ++it) {  // the one drawn on top
        if (at.x >= it->x && at.x <= it->x + it->width && at.y >= it->y &&
            at.y <= it->y + it->height) {
            if (GetToolTipText() != it->text) SetToolTip(it->text);
            return;
        }
    }
    if (GetToolTip()) UnsetToolTip();
}

}  // namespace counselor::gui
