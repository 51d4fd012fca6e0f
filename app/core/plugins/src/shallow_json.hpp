// A reader for the small JSON texts the plugin host reads at every start:
// each plugin.json and each plugin's describe() answer. Both are objects
// whose values are strings, booleans, and lists of strings or of such
// objects, a few hundred bytes each.
//
// It exists for speed alone: building an nlohmann document for each text,
// and for a manifest first a checking pass over it, was about a third of
// what loading the bundled plugins cost beyond dlopen. So it reads only what
// it is sure of: strings with the short escapes, booleans, objects, lists,
// and valid UTF-8. A number, null, a \u escape, a key twice in one object,
// text after the end, anything else makes it answer "not sure", and the
// caller reads the text with nlohmann as before. Whatever it accepts, the
// parser reads the same way (tests hold the two to each other), so every
// refusal and its message still comes from the parser's path.
#pragma once

#include <counselor/sdk/json_checks.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace counselor::core::detail {

class ShallowJson {
  public:
    explicit ShallowJson(std::string_view text) : text_(text) {}

    // Bytes that are not UTF-8 are the parser's to refuse.
    bool valid_utf8() const {
        const bool ascii = std::all_of(text_.begin(), text_.end(),
                                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        return ascii || sdk::json_checks_detail::first_bad_utf8(text_) == text_.size();
    }

    // An object; `member(key)` reads each member's value with the calls
    // below, and returns false when it is not sure of it.
    template <class Member>
    bool object(Member&& member) {
        if (!take('{')) return false;
        if (take('}')) return true;
        std::vector<std::string> keys;
        do {
            std::string key;
            if (!string(key) || !take(':')) return false;
            // nlohmann keeps the last of a key twice, the manifest's checks refuse it.
            if (std::find(keys.begin(), keys.end(), key) != keys.end()) return false;
            if (!member(key)) return false;
            keys.push_back(std::move(key));
        } while (take(','));
        return take('}');
    }

    // A list; `element()` reads each element.
    template <class Element>
    bool list(Element&& element) {
        if (!take('[')) return false;
        if (take(']')) return true;
        do {
            if (!element()) return false;
        } while (take(','));
        return take(']');
    }

    bool string(std::string& out) {
        if (!take('"')) return false;
        out.clear();
        while (at_ < text_.size()) {
            // The run of plain characters up to the next quote, backslash or
            // control character, appended at once.
            std::size_t end = at_;
            while (end < text_.size() && text_[end] != '"' && text_[end] != '\\' &&
                   static_cast<unsigned char>(text_[end]) >= 0x20)
                ++end;
            out.append(text_.substr(at_, end - at_));
            at_ = end;
            if (at_ == text_.size()) return false;
            const char c = text_[at_++];
            if (c == '"') return true;
            if (c != '\\') return false;  // a control character: the parser refuses these
            if (at_ == text_.size()) return false;
            const char escaped = unescape(text_[at_++]);
            if (escaped == '\0') return false;  // \u, or not an escape
            out += escaped;
        }
        return false;
    }

    bool boolean(bool& out) {
        skip_space();
        for (const bool value : {true, false}) {
            const std::string_view word = value ? "true" : "false";
            if (text_.substr(at_, word.size()) == word) {
                at_ += word.size();
                out = value;
                return true;
            }
        }
        return false;
    }

    bool strings(std::vector<std::string>& out) {
        return list([&] { return string(out.emplace_back()); });
    }

    // A value the caller does not use: a string or a boolean only.
    bool skip() {
        std::string text;
        bool flag = false;
        return next() == '"' ? string(text) : boolean(flag);
    }

    // Nothing but white space left.
    bool at_end() {
        skip_space();
        return at_ == text_.size();
    }

  private:
    static char unescape(char c) {
        switch (c) {
            case '"':
            case '\\':
            case '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            default:
                return '\0';
        }
    }

    void skip_space() {
        while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\n' ||
                                      text_[at_] == '\r' || text_[at_] == '\t'))
            ++at_;
    }

    char next() {
        skip_space();
        return at_ < text_.size() ? text_[at_] : '\0';
    }

    bool take(char c) {
        if (next() != c) return false;
        ++at_;
        return true;
    }

    std::string_view text_;
    std::size_t at_ = 0;
};

}  // namespace counselor::core::detail
