#include "shell/background_task.hpp"

#include <wx/progdlg.h>
#include <wx/utils.h>

#include <atomic>
#include <chrono>
#include <exception>
#include <thread>

namespace counselor::gui {

namespace {
constexpr int kPulseMs = 50;
}

void run_with_progress(wxWindow* parent, const wxString& title, const wxString& message,
                       const std::function<void()>& work) {
    std::atomic<bool> done{false};
    std::exception_ptr failure;
    std::thread worker([&] {
        try {
            work();
        } catch (...) {
            failure = std::current_exception();
        }
        done = true;
    });
    {
        // No Cancel: a backup stopped halfway would leave only a temporary
        // file, but saying "cancelled" while SQLite finishes its copy would not be true.
        wxProgressDialog progress(title, message, 100, parent,
                                  wxPD_APP_MODAL | wxPD_ELAPSED_TIME | wxPD_AUTO_HIDE);
        while (!done) {
            progress.Pulse();  // also lets the window repaint
            wxMilliSleep(kPulseMs);
        }
    }
    worker.join();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace counselor::gui
