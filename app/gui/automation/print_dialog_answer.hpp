// For a batch run that prints (--print-to): answers the system's print
// dialog as a person would, by choosing GTK's "Print to File" printer with
// a file name and pressing Print. GTK prints to that printer only through
// its dialog (without one it skips virtual printers), so the dialog is
// answered rather than avoided, and the run goes the way a person's does.
#pragma once

#include <string>

namespace counselor::gui {

// Watches for the print dialog the next print opens, and answers it as soon
// as it offers the file printer. Call before printing.
void answer_next_print_dialog(const std::string& pdf_file);

}  // namespace counselor::gui
