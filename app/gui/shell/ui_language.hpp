// Whether the window's strings need a translation catalog at all.
#pragma once

#include <cstdlib>
#include <string_view>

namespace counselor::gui {

inline const char* environment_value(const char* name) {
    return std::getenv(name);
}

// Only what certainly is the language the strings are written in: US
// English, or the C locale's untranslated messages.
inline bool untranslated_english(std::string_view name) {
    return name == "C" || name == "POSIX" || name.rfind("C.", 0) == 0 || name == "en" ||
           name == "en_US" || name.rfind("en_US.", 0) == 0 || name.rfind("en_US@", 0) == 0;
}

// The strings are written in US English, so when that (or C) is the
// language asked for there is nothing to translate and no catalog is looked
// for. Looking (wx lists the language folders under each lookup path and
// builds its table of about a thousand languages) was about 5 % of the
// window's start. The language asked for is the first of LANGUAGE's list
// when set (wx reads it even under C), else LC_ALL, LC_MESSAGES, LANG; none
// set is C. British and other English variants are still looked up: their
// catalogs may spell things differently.
inline bool english_needs_no_catalog(const char* (*env)(const char*) = environment_value) {
    if (const char* list = env("LANGUAGE"); list != nullptr && *list != '\0') {
        const std::string_view languages = list;
        return untranslated_english(languages.substr(0, languages.find(':')));
    }
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = env(name);
        if (value != nullptr && *value != '\0') return untranslated_english(value);
    }
    return true;
}

}  // namespace counselor::gui
