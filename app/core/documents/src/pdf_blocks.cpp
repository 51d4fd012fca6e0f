#include "pdf_blocks.hpp"

#include "counselor/core/documents/chart_scale.hpp"

#include <algorithm>
#include <numeric>
#include <string>

namespace counselor::core::pdf {

namespace {

constexpr Color kHeadingInk{0.12, 0.21, 0.31};
constexpr Color kHeaderFill{0.925, 0.94, 0.955};
constexpr Color kNoteFill{0.965, 0.95, 0.915};
constexpr Color kNoteAccent{0.69, 0.55, 0.34};
constexpr Color kNoteInk{0.42, 0.32, 0.17};
constexpr Color kLightRule{0.78, 0.78, 0.78};

const Style kBody{kSerif, 10.5, false, false, kInk, 1.2};
const Style kTitle{kSans, 20, true, false, kHeadingInk, 1.05};
const Style kSubtitle{kSans, 11.5, false, false, kMuted, 1.1};
const Style kHeadings[] = {{kSans, 14, true, false, kHeadingInk, 1.1},
                           {kSans, 12, true, false, kHeadingInk, 1.1},
                           {kSans, 10.5, true, false, kHeadingInk, 1.1}};
const Style kCell{kSerif, 10, false, false, kInk, 1.1};
const Style kColumnHead{kSans, 9, true, false, kHeadingInk, 1.1};
const Style kNoteLabel{kSans, 9, true, false, kNoteInk, 1.1};
const Style kNoteText{kSerif, 10.5, false, true, kInk, 1.2};

const Style kChartText{kSans, 8.5, false, false, kInk, 1.05};
const Style kChartSmall{kSans, 7.5, false, false, kMuted, 1.0};

constexpr double kChartPlot = 150;  // height of the bars' area: a page holds it with its table
constexpr double kChartBarMax = 36;
constexpr double kSwatch = 10;

constexpr double kParagraphGap = 7;
constexpr double kItemGap = 4;
constexpr double kIndent = 20;     // lists and check boxes: text starts here
constexpr double kBox = 9;         // side of a check box
constexpr double kRuledLine = 25;  // height of one writing line (about 9 mm)
constexpr double kCellPad = 5;
constexpr double kMinRowHeight = kRuledLine;  // an empty row is still big enough to write in
constexpr double kAfterLines = 8;             // below the last ruled line, before what follows
constexpr std::size_t kShortTable = 8;        // rows

void stroke_box(cairo_t* cr, double x, double y, double side, double width, Color color) {
    set_color(cr, color);
    cairo_set_line_width(cr, width);
    cairo_rectangle(cr, x, y, side, side);
    cairo_stroke(cr);
}

void hairline(cairo_t* cr, double x0, double x1, double y, double width, Color color) {
    set_color(cr, color);
    cairo_set_line_width(cr, width);
    cairo_move_to(cr, x0, y);
    cairo_line_to(cr, x1, y);
    cairo_stroke(cr);
}

// Fits column widths into `available`: narrow columns keep their natural
// width, wide ones share the rest; if all fit, every column grows alike.
std::vector<double> fit_columns(const std::vector<double>& natural, double available) {
    const double total = std::accumulate(natural.begin(), natural.end(), 0.0);
    std::vector<double> widths(natural.size());
    if (total <= available) {
        for (std::size_t c = 0; c < natural.size(); ++c)
            widths[c] = natural[c] * available / total;
        return widths;
    }
    std::vector<std::size_t> order(natural.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](auto a, auto b) { return natural[a] < natural[b]; });
    double remaining = available;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const double share = remaining / static_cast<double>(order.size() - k);
        widths[order[k]] = std::min(natural[order[k]], share);
        remaining -= widths[order[k]];
    }
    return widths;
}

void fill_bar(cairo_t* cr, double x, double y, double width, double height, std::size_t series) {
    const chart::SeriesLook look = chart::series_look(series);
    cairo_save(cr);
    cairo_rectangle(cr, x, y, width, height);
    set_color(cr, {look.r, look.g, look.b});
    cairo_fill_preserve(cr);
    if (look.hatched) {
        cairo_clip(cr);
        set_color(cr, {chart::kHatch[0], chart::kHatch[1], chart::kHatch[2]});
        cairo_set_line_width(cr, 0.8);
        for (double d = -height; d < width; d += 4.5) {
            cairo_move_to(cr, x + d, y + height);
            cairo_line_to(cr, x + d + height, y);
        }
        cairo_stroke(cr);
    } else {
        cairo_new_path(cr);
    }
    cairo_restore(cr);
    set_color(cr, kInk);
    cairo_set_line_width(cr, 0.5);
    cairo_rectangle(cr, x, y, width, height);
    cairo_stroke(cr);
}

// A bar chart laid out once and drawn as one unit: it is never split
// across a page, so a chart that does not fit moves to the next one whole.
struct ChartPicture {
    struct Legend {
        Layout name;
        double x, y;
    };
    struct Bar {
        double x, width, fraction;
        std::size_t series;
        Layout value;  // its number, or a dash when the value is missing
        bool missing;
    };
    std::vector<Legend> legend;
    Layout axis_label;
    double axis_label_y = 0;
    std::vector<std::pair<double, Layout>> ticks;  // fraction up the axis, label
    std::vector<Bar> bars;
    std::vector<std::pair<double, Layout>> categories;  // left of the group, label
    double left = 0, axis_x = 0, right = 0;
    double plot_top = 0, plot_height = kChartPlot, group_width = 0, category_y = 0;

    double y_of(double top, double fraction) const {
        return top + plot_top + plot_height * (1 - fraction);
    }

    void draw(cairo_t* cr, double top) const {
        for (std::size_t s = 0; s < legend.size(); ++s) {
            const Legend& entry = legend[s];
            const double middle = top + entry.y + height_of(entry.name.get()) / 2;
            fill_bar(cr, entry.x, middle - kSwatch / 2, kSwatch, kSwatch, s);
            draw_layout(cr, entry.name.get(), entry.x + kSwatch + 4, top + entry.y, kInk);
        }
        if (axis_label) draw_layout(cr, axis_label.get(), left, top + axis_label_y, kMuted);
        for (const auto& [fraction, label] : ticks) {
            const double y = y_of(top, fraction);
            hairline(cr, axis_x, right, y, 0.4, kLightRule);
            draw_layout(cr, label.get(), axis_x - 4 - width_of(label.get()),
                        y - height_of(label.get()) / 2, kMuted);
        }
        for (const auto& bar : bars) {
            const double base = y_of(top, 0), y = y_of(top, bar.fraction);
            if (!bar.missing && base - y > 0.1)
                fill_bar(cr, bar.x, y, bar.width, base - y, bar.series);
            const double label_x = bar.x + (bar.width - width_of(bar.value.get())) / 2;
            draw_layout(cr, bar.value.get(), label_x, y - height_of(bar.value.get()) - 1,
                        bar.missing ? kMuted : kInk);
        }
        hairline(cr, axis_x, right, y_of(top, 0), 0.8, kInk);
        set_color(cr, kInk);
        cairo_set_line_width(cr, 0.8);
        cairo_move_to(cr, axis_x, y_of(top, 0));
        cairo_line_to(cr, axis_x, y_of(top, 1));
        cairo_stroke(cr);
        for (const auto& [x, label] : categories)
            draw_layout(cr, label.get(), x + 2, top + category_y, kInk);
    }
};

class DocumentLayout {
  public:
    DocumentLayout(PangoContext* context, Frame frame) : context_(context), frame_(frame) {}

    std::vector<Unit> run(const sdk::Document& document) {
        title(document.title, document.subtitle, Break::none);
        for (const auto& b : document.blocks)
            block(b);
        return std::move(units_);
    }

  private:
    Layout layout(const std::string& text, const Style& style, double width,
                  Align align = Align::left) {
        return make_layout(context_, text, style, width, align);
    }

    std::size_t add(Unit unit) {
        units_.push_back(std::move(unit));
        return units_.size() - 1;
    }

    // A whole layout as one unit, drawn at the frame's left plus `indent`.
    std::size_t whole(const Layout& text, Color color, double space_before, double below = 0,
                      bool keep = false, double indent = 0) {
        const double x = frame_.left + indent;
        return add({height_of(text.get()) + below, space_before, keep, Break::none, std::nullopt,
                    [text, color, x](cairo_t* cr, double top) {
                        draw_layout(cr, text.get(), x, top, color);
                    }});
    }

    // A layout cut into one unit per line, so a paragraph can run onto the
    // next page. A lone first or last line is kept with its neighbour.
    void by_line(const Layout& text, Color color, double space_before, bool keep_last = false) {
        const auto lines = lines_of(text.get());
        const double x = frame_.left;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const bool last = i + 1 == lines.size();
            const bool keep = (i == 0 && !last) || i + 2 == lines.size() || (last && keep_last);
            const Line line = lines[i];
            add({line.height, i == 0 ? space_before : 0, keep, Break::none, std::nullopt,
                 [text, line, color, x](cairo_t* cr, double top) {
                     draw_line(cr, line, x, top - line.top, color);
                 }});
        }
    }

    void title(const std::string& text, const std::string& subtitle, Break breaks) {
        if (breaks != Break::none) add({0, 0, false, breaks, std::nullopt, nullptr});
        if (!text.empty()) {
            whole(layout(text, kTitle, frame_.width), kTitle.color, 0, 4, !subtitle.empty());
        }
        if (!subtitle.empty()) {
            whole(layout(subtitle, kSubtitle, frame_.width), kSubtitle.color, 0, 0);
        }
        if (!text.empty() || !subtitle.empty()) units_.back().height += 10;
    }

    void heading(const sdk::Block& b) {
        const std::size_t level = static_cast<std::size_t>(std::clamp(b.level, 1, 3)) - 1;
        const double gap[] = {18, 14, 11};
        const Style& style = kHeadings[level];
        whole(layout(b.text, style, frame_.width), style.color, gap[level], 2, true);
    }

    void list(const sdk::Block& b) {
        for (std::size_t i = 0; i < b.items.size(); ++i) {
            const std::string mark = b.ordered ? std::to_string(i + 1) + "." : "•";
            auto marker = layout(mark, kBody, kIndent - 6, Align::right);
            auto text = layout(b.items[i], kBody, frame_.width - kIndent);
            const double x = frame_.left;
            add({height_of(text.get()), i == 0 ? kParagraphGap : kItemGap, false, Break::none,
                 std::nullopt, [marker, text, x](cairo_t* cr, double top) {
                     draw_layout(cr, marker.get(), x, top, kInk);
                     draw_layout(cr, text.get(), x + kIndent, top, kInk);
                 }});
        }
    }

    void checkboxes(const sdk::Block& b) {
        for (std::size_t i = 0; i < b.items.size(); ++i) {
            auto text = layout(b.items[i], kBody, frame_.width - kIndent);
            // The box sits on the first line's baseline, like a capital letter.
            const double baseline = lines_of(text.get()).front().baseline;
            const double x = frame_.left;
            add({height_of(text.get()), i == 0 ? kParagraphGap : kItemGap + 2, false, Break::none,
                 std::nullopt, [text, baseline, x](cairo_t* cr, double top) {
                     stroke_box(cr, x + 2, top + baseline - kBox + 0.5, kBox, 0.8, kInk);
                     draw_layout(cr, text.get(), x + kIndent, top, kInk);
                 }});
        }
    }

    void writing_lines(const sdk::Block& b) {
        double space_before = 12;
        if (!b.text.empty()) {
            by_line(layout(b.text, kBody, frame_.width), kInk, space_before, true);
            space_before = 0;
        }
        const double x0 = frame_.left, x1 = frame_.left + frame_.width;
        for (int i = 0; i < b.lines; ++i) {
            // An answer is not written across a page turn: the label and its
            // lines stay together wherever a page can hold them.
            const bool last = i + 1 == b.lines;
            add({kRuledLine + (last ? kAfterLines : 0), i == 0 ? space_before : 0, !last,
                 Break::none, std::nullopt, [x0, x1](cairo_t* cr, double top) {
                     hairline(cr, x0, x1, top + kRuledLine - 0.5, 0.5, kRule);
                 }});
        }
    }

    // A row of cells; `header` rows are shaded and may be repeated.
    struct Cell {
        Layout text;
        double x, width;
    };
    std::size_t row(std::vector<Cell> cells, bool header, double space_before,
                    std::optional<std::size_t> repeat) {
        double height = header ? 0 : kMinRowHeight;
        for (const auto& cell : cells)
            height = std::max(height, height_of(cell.text.get()) + 2 * kCellPad);
        const Color ink = header ? kColumnHead.color : kCell.color;
        return add({height, space_before, header, Break::none, repeat,
                    [cells, height, header, ink](cairo_t* cr, double top) {
                        for (const auto& cell : cells) {
                            cairo_rectangle(cr, cell.x, top, cell.width, height);
                            if (header) {
                                set_color(cr, kHeaderFill);
                                cairo_fill_preserve(cr);
                            }
                            set_color(cr, kRule);
                            cairo_set_line_width(cr, 0.5);
                            cairo_stroke(cr);
                            draw_layout(cr, cell.text.get(), cell.x + kCellPad, top + kCellPad,
                                        ink);
                        }
                    }});
    }

    void table(const sdk::Block& b) {
        std::size_t columns = b.columns.size();
        for (const auto& r : b.rows)
            columns = std::max(columns, r.size());
        if (columns == 0) return;
        auto cell_at = [](const std::vector<std::string>& r, std::size_t c) {
            return c < r.size() ? r[c] : std::string();
        };
        std::vector<double> natural(columns, 24);
        for (std::size_t c = 0; c < columns; ++c) {
            auto measure = [&](const std::string& text, const Style& style) {
                const double w = width_of(layout(text, style, 0).get()) + 2 * kCellPad + 1;
                natural[c] = std::max(natural[c], w);
            };
            measure(cell_at(b.columns, c), kColumnHead);
            for (const auto& r : b.rows)
                measure(cell_at(r, c), kCell);
        }
        const auto widths = fit_columns(natural, frame_.width);
        auto cells = [&](const std::vector<std::string>& r, const Style& style) {
            std::vector<Cell> out;
            double x = frame_.left;
            for (std::size_t c = 0; c < columns; ++c) {
                out.push_back(
                    {layout(cell_at(r, c), style, widths[c] - 2 * kCellPad), x, widths[c]});
                x += widths[c];
            }
            return out;
        };
        std::optional<std::size_t> header;
        if (!b.columns.empty()) header = row(cells(b.columns, kColumnHead), true, 10, std::nullopt);
        for (std::size_t r = 0; r < b.rows.size(); ++r) {
            const auto at = row(cells(b.rows[r], kCell), false, !header && r == 0 ? 10 : 0, header);
            // A short table (a form to fill in) stays whole where a page can
            // hold it; a long one never leaves its last row alone.
            const bool last = r + 1 == b.rows.size();
            if (!last && (b.rows.size() <= kShortTable || r + 2 == b.rows.size())) {
                units_[at].keep_with_next = true;
            }
        }
    }

    void tracker(const sdk::Block& b) {
        if (!b.text.empty()) {
            whole(layout(b.text, kHeadings[2], frame_.width), kHeadings[2].color, 14, 4, true);
        }
        double label_width = frame_.width * 0.28;
        for (const auto& label : b.row_labels) {
            label_width =
                std::max(label_width, width_of(layout(label, kCell, 0).get()) + 2 * kCellPad + 1);
        }
        label_width = std::min(label_width, frame_.width * 0.5);
        const double x0 = frame_.left;
        const double x1 = frame_.left + frame_.width;
        const std::size_t n = b.columns.size();
        const double day_width = n ? (frame_.width - label_width) / static_cast<double>(n) : 0;

        std::vector<Layout> heads;
        for (const auto& column : b.columns)
            heads.push_back(layout(column, kColumnHead, day_width - 2, Align::centre));
        double head_height = 0;
        for (const auto& h : heads)
            head_height = std::max(head_height, height_of(h.get()) + 8);
        const std::size_t header =
            add({head_height, b.text.empty() ? 12.0 : 0.0, true, Break::none, std::nullopt,
                 [heads, x0, x1, label_width, day_width, head_height](cairo_t* cr, double top) {
                     for (std::size_t c = 0; c < heads.size(); ++c) {
                         const double x = x0 + label_width + day_width * static_cast<double>(c);
                         draw_layout(cr, heads[c].get(), x + 1, top + 4, kColumnHead.color);
                     }
                     hairline(cr, x0, x1, top + head_height, 0.8, kRule);
                 }});

        for (std::size_t r = 0; r < b.row_labels.size(); ++r) {
            auto text = layout(b.row_labels[r], kCell, label_width - 2 * kCellPad);
            const double height = std::max(kMinRowHeight, height_of(text.get()) + 2 * kCellPad);
            const bool keep = r + 1 < b.row_labels.size();  // a tracker stays whole
            add({height, 0, keep, Break::none, header,
                 [text, n, x0, x1, label_width, day_width, height](cairo_t* cr, double top) {
                     const double text_top = top + (height - height_of(text.get())) / 2;
                     draw_layout(cr, text.get(), x0 + kCellPad, text_top, kInk);
                     for (std::size_t c = 0; c < n; ++c) {
                         const double x = x0 + label_width + day_width * static_cast<double>(c);
                         stroke_box(cr, x + (day_width - 10) / 2, top + (height - 10) / 2, 10, 0.8,
                                    kInk);
                     }
                     hairline(cr, x0, x1, top + height, 0.4, kLightRule);
                 }});
        }
    }

    void bar_chart(const sdk::Block& b) {
        if (!b.text.empty()) {
            whole(layout(b.text, kHeadings[2], frame_.width), kHeadings[2].color, 14, 4, true);
        }
        const std::size_t n = b.categories.size();
        if (n == 0) return;
        const chart::Axis axis(b);
        ChartPicture picture;
        picture.left = frame_.left;
        picture.right = frame_.left + frame_.width;

        // The legend first, so the reader knows which bar is whose before
        // reading them; entries flow along a line and wrap when it is full.
        double x = frame_.left, y = 0, line_height = 0;
        for (const auto& series : b.series) {
            auto name = layout(series.name, kChartText, frame_.width - kSwatch - 4);
            const double width = kSwatch + 4 + width_of(name.get()) + 16;
            if (x > frame_.left && x + width > picture.right) {
                x = frame_.left;
                y += line_height + 4;
                line_height = 0;
            }
            picture.legend.push_back({name, x, y});
            line_height = std::max(line_height, height_of(name.get()));
            x += width;
        }
        y += line_height + 10;
        if (!b.axis_label.empty()) {
            picture.axis_label = layout(b.axis_label, kChartSmall, frame_.width);
            picture.axis_label_y = y;
            y += height_of(picture.axis_label.get()) + 4;
        }

        double tick_width = 0;
        for (double t : axis.ticks()) {
            auto label = layout(chart::value_text(t), kChartSmall, 0);
            tick_width = std::max(tick_width, width_of(label.get()));
            picture.ticks.push_back({axis.fraction(t), label});
        }
        picture.axis_x = frame_.left + tick_width + 6;
        const double plot_width = picture.right - picture.axis_x;
        picture.group_width = plot_width / static_cast<double>(n);
        const std::size_t m = std::max<std::size_t>(b.series.size(), 1);
        const double bar_width =
            std::min(kChartBarMax, picture.group_width * 0.76 / static_cast<double>(m));

        // Room above the plot for the value printed over a full-height bar.
        const double value_height = height_of(layout("0", kChartSmall, 0).get()) + 2;
        picture.plot_top = y + value_height;
        for (std::size_t c = 0; c < n; ++c) {
            const double group_left = picture.axis_x + picture.group_width * static_cast<double>(c);
            const double bars_left =
                group_left + (picture.group_width - bar_width * static_cast<double>(m)) / 2;
            for (std::size_t s = 0; s < b.series.size(); ++s) {
                const auto value = chart::value_at(b.series[s], c);
                const std::string text = value ? chart::value_text(*value) : "\u2013";
                picture.bars.push_back({bars_left + bar_width * static_cast<double>(s), bar_width,
                                        value ? axis.fraction(*value) : 0.0, s,
                                        layout(text, kChartSmall, 0), !value});
            }
            picture.categories.push_back(
                {group_left,
                 layout(b.categories[c], kChartText, picture.group_width - 4, Align::centre)});
        }
        picture.category_y = picture.plot_top + picture.plot_height + 5;
        double category_height = 0;
        for (const auto& [left, label] : picture.categories)
            category_height = std::max(category_height, height_of(label.get()));
        const double height = picture.category_y + category_height + 6;
        add({height, b.text.empty() ? 12.0 : 0.0, false, Break::none, std::nullopt,
             [picture](cairo_t* cr, double top) { picture.draw(cr, top); }});
    }

    void note(const sdk::Block& b) {
        constexpr double pad_x = 12, pad_y = 8, bar = 3;
        const double inner = frame_.width - 2 * pad_x - bar;
        Layout label = b.label.empty() ? nullptr : layout(b.label, kNoteLabel, inner);
        auto text = layout(b.text, kNoteText, inner);
        const double label_height = label ? height_of(label.get()) + 3 : 0;
        const double height = 2 * pad_y + label_height + height_of(text.get());
        const double x = frame_.left, width = frame_.width;
        add({height, 12, false, Break::none, std::nullopt,
             [label, text, label_height, height, x, width](cairo_t* cr, double top) {
                 set_color(cr, kNoteFill);
                 cairo_rectangle(cr, x, top, width, height);
                 cairo_fill(cr);
                 set_color(cr, kNoteAccent);
                 cairo_rectangle(cr, x, top, bar, height);
                 cairo_fill(cr);
                 const double tx = x + bar + pad_x;
                 if (label) draw_layout(cr, label.get(), tx, top + pad_y, kNoteLabel.color);
                 draw_layout(cr, text.get(), tx, top + pad_y + label_height, kNoteText.color);
             }});
    }

    void block(const sdk::Block& b) {
        using T = sdk::BlockType;
        switch (b.type) {
            case T::heading:
                heading(b);
                break;
            case T::paragraph:
                by_line(layout(b.text, kBody, frame_.width), kInk, kParagraphGap);
                break;
            case T::list:
                list(b);
                break;
            case T::checkboxes:
                checkboxes(b);
                break;
            case T::writing_lines:
                writing_lines(b);
                break;
            case T::table:
                table(b);
                break;
            case T::tracker:
                tracker(b);
                break;
            case T::note:
                note(b);
                break;
            case T::bar_chart:
                bar_chart(b);
                break;
            case T::page_break:
                add({0, 0, false, Break::page, std::nullopt, nullptr});
                break;
            case T::title:
                title(b.text, b.subtitle, Break::copy);
                break;
        }
    }

    PangoContext* context_;
    Frame frame_;
    std::vector<Unit> units_;
};

}  // namespace

std::vector<Unit> layout_document(PangoContext* context, const sdk::Document& document,
                                  Frame frame) {
    return DocumentLayout(context, frame).run(document);
}

}  // namespace counselor::core::pdf
