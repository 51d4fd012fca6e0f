// How the window starts GTK. The benchmarks' bare frame starts it the same
// way (it compiles toolkit_start.cpp too), so that the floor the window's
// start is measured against is the toolkit as the program has it.
#pragma once

#include <functional>

namespace counselor::gui {

// Runs `initialize` (wxApp::Initialize, which starts GTK) with the settings
// below; returns what it returned.
//
// - OpenGL off while GTK starts: the window draws with cairo, never with
//   OpenGL, yet GTK 3 on X11 picks OpenGL-capable visuals as it opens the
//   display, loading the GL driver (under Xvfb, or without a GPU, Mesa's
//   software renderer and LLVM): about a third of the window's start where
//   measured (tests/bench/README.md). GDK_GL=disable is set only when the
//   user has not set GDK_GL, and taken away once GDK has read it, so that
//   programs started from the window do not inherit it.
// - Classic scrollbars, beside the content rather than overlaid on it: a
//   list shows at a glance that it goes on, without hovering over it; and
//   GTK settles overlay scrollbars only after their first allocation, which
//   laid out and painted the whole window a second time at every start.
bool start_toolkit(const std::function<bool()>& initialize);

}  // namespace counselor::gui
