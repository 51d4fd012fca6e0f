// The floor of the window's start: a bare wxWidgets frame of the same size,
// shown, and timed the same way as `counselor --exit-when-ready` (from the
// start of main to the first idle after Show). Prints "ready in N ms".
#include "shell/toolkit_start.hpp"

#include <wx/wx.h>

#include <chrono>
#include <iostream>

namespace {

std::chrono::steady_clock::time_point started;

class BareApp : public wxApp {
  public:
    // As the window starts the toolkit: the floor is the toolkit's start as
    // the program has it, not a cost the program has shed.
    bool Initialize(int& arg_count, wxChar** arg_values) override {
        return counselor::gui::start_toolkit(
            [&] { return wxApp::Initialize(arg_count, arg_values); });
    }

    bool OnInit() override {
        auto* frame =
            new wxFrame(nullptr, wxID_ANY, "Bare frame", wxDefaultPosition, wxSize(1280, 800));
        frame->CreateStatusBar();
        frame->Show();
        Bind(wxEVT_IDLE, [frame](wxIdleEvent& event) {
            event.Skip();
            static bool once = false;
            if (once) return;
            once = true;
            const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                std::chrono::steady_clock::now() - started)
                                .count();
            std::cout << "ready in " << ms << " ms" << std::endl;
            frame->Close(true);
        });
        return true;
    }
};

}  // namespace

int main(int argc, char** argv) {
    started = std::chrono::steady_clock::now();
    wxApp::SetInstance(new BareApp);
    return wxEntry(argc, argv);
}
