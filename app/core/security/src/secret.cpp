#include "counselor/core/security/secret.hpp"

#include "counselor/core/platform/errors.hpp"

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

namespace counselor::core {

Secret::Secret(std::string_view text) : text_(text) {}
Secret::Secret(const Secret& other) : text_(other.text_) {}
Secret& Secret::operator=(const Secret& other) {
    if (this != &other) {
        wipe();
        text_ = other.text_;
    }
    return *this;
}
// Moving a short string copies its bytes, so the source is wiped as well.
Secret::Secret(Secret&& other) noexcept : text_(other.text_) {
    other.wipe();
}
Secret& Secret::operator=(Secret&& other) noexcept {
    if (this != &other) {
        wipe();
        text_ = other.text_;
        other.wipe();
    }
    return *this;
}
Secret::~Secret() {
    wipe();
}

void Secret::wipe() {
    if (!text_.empty()) sodium_memzero(text_.data(), text_.size());
    text_.clear();
}

const unsigned char* Secret::bytes() const {
    return reinterpret_cast<const unsigned char*>(text_.data());
}

bool operator==(const Secret& a, const Secret& b) {
    return a.size() == b.size() &&
           (a.empty() || sodium_memcmp(a.bytes(), b.bytes(), a.size()) == 0);
}

void wipe(std::string& text) {
    if (!text.empty()) sodium_memzero(text.data(), text.size());
    text.clear();
}

Secret read_passphrase_file(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw UserError("cannot read the passphrase file " + file + ": " + std::strerror(errno));
    }
    Secret passphrase;
    {
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::size_t length = text.size();
        if (length > 0 && text[length - 1] == '\n') --length;
        if (length > 0 && text[length - 1] == '\r') --length;
        passphrase = Secret(std::string_view(text.data(), length));
        if (!text.empty()) sodium_memzero(text.data(), text.size());
    }
    if (passphrase.empty()) throw UserError("the passphrase file " + file + " is empty");
    return passphrase;
}

}  // namespace counselor::core
