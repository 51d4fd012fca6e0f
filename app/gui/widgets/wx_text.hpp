// Text crosses from the core (UTF-8 std::string) to wx and back here only.
#pragma once

#include <wx/string.h>

#include <string>

namespace counselor::gui {

inline wxString ui(const std::string& text) {
    return wxString::FromUTF8(text);
}
inline std::string utf8(const wxString& text) {
    return text.utf8_string();
}

}  // namespace counselor::gui
