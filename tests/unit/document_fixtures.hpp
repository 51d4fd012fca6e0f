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

}  // namespace counselor::test
