#include "automation/screenshot.hpp"

#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/image.h>
#include <wx/window.h>

namespace counselor::gui {

bool save_screenshot(wxWindow* window, const wxString& file) {
    // Read back from the screen rather than asking the window to draw
    // itself: that is what a person sees, native controls included.
    const wxRect area = window->GetScreenRect();
    wxBitmap bitmap(area.GetSize(), 24);
    {
        wxScreenDC screen;
        wxMemoryDC memory(bitmap);
        if (!memory.Blit(0, 0, area.width, area.height, &screen, area.x, area.y)) return false;
    }
    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
    return bitmap.ConvertToImage().SaveFile(file, wxBITMAP_TYPE_PNG);
}

}  // namespace counselor::gui
