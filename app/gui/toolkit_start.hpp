// How the window starts GTK. Shared with the benchmarks' bare frame, so
// that the floor the window's start is measured against starts the toolkit
// the same way.
#pragma once

#include <cstdlib>

namespace counselor::gui {

// The window draws with cairo, never with OpenGL, yet GTK 3 on X11 picks
// OpenGL-capable visuals as it opens the display, which loads the GL driver
// (under Xvfb, or on a machine without a GPU, Mesa's software renderer and
// LLVM): about a third of the window's start on the machines measured in
// tests/bench/README.md. So GDK is told to leave OpenGL alone, unless the
// user set GDK_GL themselves. GDK reads the variable while it starts; it is
// taken away again afterwards, so that programs started from the window (a
// file manager showing a plugin folder) do not inherit it.
template <class StartToolkit>
bool start_toolkit_without_opengl(StartToolkit&& start) {
    const bool user_chose = std::getenv("GDK_GL") != nullptr;
    if (!user_chose) ::setenv("GDK_GL", "disable", 1);
    const bool started = start();
    if (!user_chose) ::unsetenv("GDK_GL");
    return started;
}

}  // namespace counselor::gui
