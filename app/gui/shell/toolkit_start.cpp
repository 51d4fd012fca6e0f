#include "shell/toolkit_start.hpp"

#include <gtk/gtk.h>

#include <cstdlib>

namespace counselor::gui {

bool start_toolkit(const std::function<bool()>& initialize) {
    const bool user_chose_gl = std::getenv("GDK_GL") != nullptr;
    if (!user_chose_gl) ::setenv("GDK_GL", "disable", 1);
    const bool started = initialize();
    if (!user_chose_gl) ::unsetenv("GDK_GL");
    if (GtkSettings* settings = started ? gtk_settings_get_default() : nullptr)
        g_object_set(settings, "gtk-overlay-scrolling", FALSE, nullptr);
    return started;
}

}  // namespace counselor::gui
