#include "counselor/core/audit/audit_head.hpp"

#include "counselor/core/platform/atomic_file.hpp"
#include "counselor/core/platform/errors.hpp"
#include "counselor/core/platform/logging.hpp"
#include "counselor/core/store/database.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <spdlog/spdlog.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <sstream>
#include <string_view>

namespace counselor::core {

namespace fs = std::filesystem;

namespace {

// Format 2: two slots of kSlotSize bytes, each one line of text
//   counselor-audit-head 2 seq=S row=N hash=H check=C
// padded with spaces to a newline. A write overwrites the slot that does not
// hold the newest sequence number, in place and without a sync of its own;
// a read takes the valid slot with the highest one. A torn write (a crash in
// the middle of it) fails its check and the other slot, one head behind,
// stands: behind is what a crash between commit and head write leaves anyway.
constexpr std::size_t kSlotSize = 256;
constexpr std::size_t kSlots = 2;
constexpr std::string_view kMagic = "counselor-audit-head 2 ";
constexpr std::string_view kCheckKey = " check=";

// Format 1, still read: {"format":1,"row":N,"hash":hex}. The first write
// after it replaces the file whole.
constexpr int kJsonFormat = 1;

struct Slot {
    std::uint64_t sequence = 0;
    AuditHead head;
};

[[noreturn]] void unreadable(const fs::path& file) {
    throw UserError("the audit head file " + file.string() +
                    " is unreadable; the newest audit rows cannot be checked");
}

[[noreturn]] void unwritable(const fs::path& file) {
    throw UserError("cannot write the audit head file " + file.string());
}

bool has_file(const fs::path& database) {
    const std::string name = database.string();
    return !name.empty() && name != ":memory:";
}

std::string check_of(std::string_view text) {
    std::array<unsigned char, crypto_generichash_BYTES_MIN> digest{};
    crypto_generichash(digest.data(), digest.size(),
                       reinterpret_cast<const unsigned char*>(text.data()), text.size(), nullptr,
                       0);
    std::array<char, digest.size() * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data(), digest.size() * 2);
}

std::string slot_text(const Slot& slot) {
    std::string text(kMagic);
    text += "seq=" + std::to_string(slot.sequence) + " row=" + std::to_string(slot.head.row) +
            " hash=" + slot.head.hash;
    text += std::string(kCheckKey) + check_of(text);
    text.resize(kSlotSize - 1, ' ');
    text += '\n';
    return text;
}

template <typename Number>
bool parse_number(std::string_view text, Number& value) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

// The value after `key=` up to the next space (or the end).
std::string_view field(std::string_view text, std::string_view key) {
    const std::string marker = " " + std::string(key) + "=";
    const auto at = text.find(marker);
    if (at == std::string_view::npos) return {};
    const auto start = at + marker.size();
    return text.substr(start, text.find(' ', start) - start);
}

bool all_zero(std::string_view bytes) {
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == '\0'; });
}

// nullopt for a slot never written (zeros, as a new file's hole reads) or
// one whose check fails (a torn write).
std::optional<Slot> parse_slot(std::string_view bytes) {
    if (bytes.size() != kSlotSize || bytes.substr(0, kMagic.size()) != kMagic) return std::nullopt;
    const std::string_view line = bytes.substr(0, bytes.find_last_not_of(" \n") + 1);
    const auto check_at = line.rfind(kCheckKey);
    if (check_at == std::string_view::npos) return std::nullopt;
    const std::string_view checked = line.substr(0, check_at);
    if (line.substr(check_at + kCheckKey.size()) != check_of(checked)) return std::nullopt;
    Slot slot;
    const std::string_view hash = field(checked, "hash");
    if (!parse_number(field(checked, "seq"), slot.sequence) ||
        !parse_number(field(checked, "row"), slot.head.row) || hash.data() == nullptr)
        return std::nullopt;
    slot.head.hash = std::string(hash);
    return slot;
}

std::array<std::optional<Slot>, kSlots> parse_slots(std::string_view bytes) {
    std::array<std::optional<Slot>, kSlots> slots;
    for (std::size_t i = 0; i < kSlots && (i + 1) * kSlotSize <= bytes.size(); ++i)
        slots[i] = parse_slot(bytes.substr(i * kSlotSize, kSlotSize));
    return slots;
}

std::optional<Slot> newest(const std::array<std::optional<Slot>, kSlots>& slots) {
    std::optional<Slot> best;
    for (const auto& slot : slots)
        if (slot && (!best || slot->sequence > best->sequence)) best = slot;
    return best;
}

AuditHead read_json_head(const fs::path& file, const std::string& text) {
    const auto json = nlohmann::json::parse(text, nullptr, false);
    try {
        if (json.is_discarded() || json.at("format").get<int>() != kJsonFormat) unreadable(file);
        return AuditHead{json.at("row").get<std::int64_t>(), json.at("hash").get<std::string>()};
    } catch (const nlohmann::json::exception&) {
        unreadable(file);
    }
}

// Format 2, whole or with its second slot not yet written (or cut short).
bool slotted(std::string_view bytes) {
    return bytes.size() <= kSlots * kSlotSize && (bytes.empty() || bytes.front() != '{');
}

// Replaces the whole file (a new one, or one of format 1), atomically.
void replace_whole(const fs::path& file, const Slot& slot) {
    std::string bytes(kSlots * kSlotSize, '\0');
    bytes.replace(0, kSlotSize, slot_text(slot));
    try {
        write_file_atomically(file, bytes);
    } catch (const UserError&) {
        unwritable(file);
    }
}

std::string read_all(int fd) {
    std::string bytes(kSlots * kSlotSize + 1, '\0');
    const ssize_t got = ::pread(fd, bytes.data(), bytes.size(), 0);
    bytes.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
    return bytes;
}

}  // namespace

fs::path audit_head_path(const fs::path& database) {
    return fs::path(database.string() + ".audithead");
}

std::optional<AuditHead> read_audit_head(const fs::path& database) {
    const fs::path file = audit_head_path(database);
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::error_code error;
        if (!fs::exists(file, error) && !error) return std::nullopt;
        unreadable(file);
    }
    std::stringstream content;
    content << in.rdbuf();
    const std::string bytes = content.str();
    // A head file created just before a power cut may come back empty or
    // as zeros: no head was written that reached the disk.
    if (all_zero(bytes)) return std::nullopt;
    if (bytes.front() == '{') return read_json_head(file, bytes);
    if (!slotted(bytes)) unreadable(file);
    const auto slot = newest(parse_slots(bytes));
    if (!slot) unreadable(file);
    return slot->head;
}

void write_audit_head(const fs::path& database, const AuditHead& head) {
    const fs::path file = audit_head_path(database);
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) unwritable(file);
    const std::string bytes = read_all(fd);
    if (!slotted(bytes)) {
        ::close(fd);
        return replace_whole(file, Slot{1, head});
    }
    const auto slots = parse_slots(bytes);
    const auto current = newest(slots);
    Slot next{current ? current->sequence + 1 : 1, head};
    // The slot not holding the newest head: a torn write leaves that one.
    std::size_t target = 0;
    if (current && slots[0] && slots[0]->sequence == current->sequence) target = 1;
    const std::string text = slot_text(next);
    const bool written =
        ::pwrite(fd, text.data(), text.size(), static_cast<off_t>(target * kSlotSize)) ==
        static_cast<ssize_t>(text.size());
    ::close(fd);
    if (!written) unwritable(file);
}

void sync_audit_head(const fs::path& database) {
    const int fd = ::open(audit_head_path(database).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

void note_audit_head(Database& db, std::shared_ptr<const AuditHead> head) {
    if (!has_file(db.path())) return;
    auto write = [database = db.path(), head = std::move(head)] {
        try {
            write_audit_head(database, *head);
        } catch (const std::exception&) {
            // Behind is safe: the head still names a row of the chain.
            log().warn("audit head not updated to row {}", head->row);
        }
    };
    if (db.in_transaction()) {
        db.set_after_commit(std::move(write));
    } else {
        write();
    }
}

}  // namespace counselor::core
