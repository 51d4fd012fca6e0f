#include "automation/print_dialog_answer.hpp"

#include <gtk/gtk.h>
#include <gtk/gtkunixprint.h>

namespace counselor::gui {

namespace {

constexpr const char* kFilePrinter = "Print to File";
constexpr guint kPollMs = 50;

struct PendingAnswer {
    std::string uri;
    bool settings_given = false;
};

GtkPrintUnixDialog* open_print_dialog() {
    GList* windows = gtk_window_list_toplevels();
    GtkPrintUnixDialog* found = nullptr;
    for (GList* node = windows; node != nullptr && found == nullptr; node = node->next) {
        auto* widget = static_cast<GtkWidget*>(node->data);
        if (GTK_IS_PRINT_UNIX_DIALOG(widget) && gtk_widget_get_visible(widget))
            found = GTK_PRINT_UNIX_DIALOG(widget);
    }
    g_list_free(windows);
    return found;
}

// Polled until it answers: the dialog lists its printers as the backends
// report them, so the file printer may come a moment after the dialog.
gboolean answer_when_ready(gpointer data) {
    auto* pending = static_cast<PendingAnswer*>(data);
    GtkPrintUnixDialog* dialog = open_print_dialog();
    if (dialog == nullptr) return G_SOURCE_CONTINUE;
    if (!pending->settings_given) {
        GtkPrintSettings* settings = gtk_print_settings_new();
        gtk_print_settings_set_printer(settings, kFilePrinter);
        gtk_print_settings_set(settings, GTK_PRINT_SETTINGS_OUTPUT_URI, pending->uri.c_str());
        gtk_print_settings_set(settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
        gtk_print_unix_dialog_set_settings(dialog, settings);
        g_object_unref(settings);
        pending->settings_given = true;
    }
    GtkPrinter* printer = gtk_print_unix_dialog_get_selected_printer(dialog);
    if (printer == nullptr || g_strcmp0(gtk_printer_get_name(printer), kFilePrinter) != 0)
        return G_SOURCE_CONTINUE;
    gtk_dialog_response(GTK_DIALOG(dialog), GTK_RESPONSE_OK);
    delete pending;
    return G_SOURCE_REMOVE;
}

}  // namespace

void answer_next_print_dialog(const std::string& pdf_file) {
    gchar* uri = g_filename_to_uri(pdf_file.c_str(), nullptr, nullptr);
    auto* pending = new PendingAnswer{uri != nullptr ? uri : "", false};
    g_free(uri);
    g_timeout_add(kPollMs, answer_when_ready, pending);
}

}  // namespace counselor::gui
