// Documents the renderer tests share.
#pragma once

#include <counselor/sdk/document.hpp>

namespace counselor::test {

// One of every block type, with a client name that is also markup.
inline sdk::Document every_block(const std::string& client = "Naomi Hartwell") {
    sdk::Document doc;
    doc.header = "Riverside Pastoral Counseling · Pastor Ann Reyes";
    doc.title = "Daily gratitude log";
    doc.subtitle = "For " + client;
    doc.note("One line a day is plenty.", "A note from Pastor Ann Reyes")
        .heading("Why this helps")
        .paragraph("What we look for, we usually find.")
        .heading("What to do", 2)
        .list({"Look for one good thing.", "Write it down."}, true)
        .list({"A cup of coffee", "A kind message"})
        .checkboxes({"I told my spouse"})
        .tracker("Each day I", {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"},
                 {"Looked for one good thing", "Told my spouse about it"})
        .table({"Day", "What I noticed"}, {{"Monday", ""}, {"Tuesday", ""}})
        .writing_lines(3, "What did you notice?")
        .page_break()
        .heading("For next time", 3)
        .writing_lines(2)
        .title_block("Daily gratitude log", "For Daniel Hartwell")
        .paragraph("The second copy.");
    return doc;
}

// A couple's stage scores as a bar chart, after a table as in the couple
// report; the second spouse has not answered intimacy yet.
inline sdk::Document stage_chart(const std::string& second = "Daniel Hartwell") {
    sdk::Document doc;
    doc.title = "Couple report";
    doc.heading("Stages of intimacy")
        .table({"Stage", "Naomi Hartwell", second}, {{"Honesty", "3.5", "4"}})
        .bar_chart("Latest stage scores", {"Honesty", "Safety", "Trust", "Connection", "Intimacy"},
                   {{"Naomi Hartwell", {3.5, 4.17, 2.33, 3.0, 1.0}},
                    {second, {4.0, 3.67, 2.0, 4.5, std::nullopt}}},
                   1, 5, "Mean score, 1 to 5")
        .paragraph("After the chart.");
    return doc;
}

}  // namespace counselor::test
