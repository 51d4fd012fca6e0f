// Text that must not outlive its use: a passphrase, a derived key. Its bytes
// are wiped (sodium_memzero) when it goes, and it never prints itself.
#pragma once

#include <string>
#include <string_view>

namespace counselor::core {

class Secret {
  public:
    Secret() = default;
    explicit Secret(std::string_view text);
    Secret(const Secret& other);
    Secret& operator=(const Secret& other);
    Secret(Secret&& other) noexcept;
    Secret& operator=(Secret&& other) noexcept;
    ~Secret();

    std::string_view view() const { return text_; }
    const unsigned char* bytes() const;
    std::size_t size() const { return text_.size(); }
    bool empty() const { return text_.empty(); }

    friend bool operator==(const Secret& a, const Secret& b);

  private:
    void wipe();
    std::string text_;
};

// Overwrites the bytes of a string that held a secret (e.g. a text
// control's value), then empties it.
void wipe(std::string& text);

// A passphrase read from a file the counselor named: the file's contents
// with one trailing line break (\n or \r\n) removed, since an editor adds
// one. Throws UserError naming the file when it cannot be read or is empty.
Secret read_passphrase_file(const std::string& file);

}  // namespace counselor::core
