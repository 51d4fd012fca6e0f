#include "json_string_values.hpp"

#include "counselor/core/platform/utf8.hpp"

namespace counselor::core::detail {

namespace {

// A recursive-descent walk that keeps string values and checks the grammar
// as strictly as nlohmann's parser; `ok` false means "ask the parser". The
// parser's objects iterate in key order, so an object whose keys are not
// in strictly rising order (never the case in what nlohmann wrote) is left
// to it too.
class Scanner {
  public:
    explicit Scanner(std::string_view json) : json_(json) {}

    std::optional<std::string> run() {
        skip_space();
        value(0);
        skip_space();
        if (!ok_ || at_ != json_.size()) return std::nullopt;
        return std::move(text_);
    }

  private:
    static constexpr int kMaxDepth = 64;  // deeper: the parser decides

    bool more() const { return at_ < json_.size(); }
    char peek() const { return more() ? json_[at_] : '\0'; }
    void fail() { ok_ = false; }

    void skip_space() {
        while (more() && (json_[at_] == ' ' || json_[at_] == '\t' || json_[at_] == '\n' ||
                          json_[at_] == '\r'))
            ++at_;
    }

    bool expect(char c) {
        if (peek() != c) fail();
        ++at_;
        return ok_;
    }

    void value(int depth) {
        if (!ok_) return;
        if (depth > kMaxDepth) return fail();
        switch (peek()) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return value_string();
            case 't':
                return word("true");
            case 'f':
                return word("false");
            case 'n':
                return word("null");
            default:
                return number();
        }
    }

    // Steps past the opening bracket; true when `close` follows at once.
    bool empty_after_opening(char close) {
        ++at_;
        skip_space();
        if (peek() != close) return false;
        ++at_;
        return true;
    }

    // After a member: true at a comma (another follows), else past `close`.
    bool another_member(char close) {
        skip_space();
        if (peek() == ',') {
            ++at_;
            return true;
        }
        expect(close);
        return false;
    }

    void object(int depth) {
        if (empty_after_opening('}')) return;
        std::string previous;
        std::string key;
        bool first = true;
        do {
            skip_space();
            if (peek() != '"') return fail();
            key.clear();
            string(key);
            if (!first && !(previous < key)) return fail();
            first = false;
            previous.swap(key);
            skip_space();
            if (!expect(':')) return;
            skip_space();
            value(depth + 1);
        } while (ok_ && another_member('}'));
    }

    void array(int depth) {
        if (empty_after_opening(']')) return;
        do {
            skip_space();
            value(depth + 1);
        } while (ok_ && another_member(']'));
    }

    // As the parser's walk did: a newline before every value but the
    // first non-empty text.
    void value_string() {
        if (!text_.empty()) text_ += '\n';
        string(text_);
    }

    // Appends the decoded string at `at_` to `out`.
    void string(std::string& out) {
        ++at_;  // the opening quote
        while (ok_) {
            if (!more()) return fail();
            const auto c = static_cast<unsigned char>(json_[at_]);
            if (c == '"') {
                ++at_;
                return;
            }
            if (c < 0x20) return fail();
            if (c == '\\') {
                escape(out);
                continue;
            }
            if (c >= 0x80) {
                const auto code_point = utf8::decode(json_, at_);
                if (!code_point.valid) return fail();
                out.append(json_.data() + at_, code_point.length);
                at_ += code_point.length;
                continue;
            }
            // A run of plain ASCII, copied at once.
            const std::size_t start = at_;
            while (at_ < json_.size() && plain(static_cast<unsigned char>(json_[at_])))
                ++at_;
            out.append(json_.data() + start, at_ - start);
        }
    }

    static bool plain(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

    void escape(std::string& out_text) {
        if (at_ + 1 >= json_.size()) return fail();
        char out = 0;
        switch (json_[at_ + 1]) {
            case '"':
                out = '"';
                break;
            case '\\':
                out = '\\';
                break;
            case '/':
                out = '/';
                break;
            case 'b':
                out = '\b';
                break;
            case 'f':
                out = '\f';
                break;
            case 'n':
                out = '\n';
                break;
            case 'r':
                out = '\r';
                break;
            case 't':
                out = '\t';
                break;
            default:  // \u (surrogate pairs and all): the parser's business
                return fail();
        }
        out_text += out;
        at_ += 2;
    }

    void word(std::string_view expected) {
        if (json_.substr(at_, expected.size()) != expected) return fail();
        at_ += expected.size();
    }

    bool digit() const { return peek() >= '0' && peek() <= '9'; }

    void digits() {
        if (!digit()) return fail();
        while (digit())
            ++at_;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    void number() {
        if (peek() == '-') ++at_;
        if (peek() == '0') {
            ++at_;
        } else {
            digits();
        }
        if (peek() == '.') {
            ++at_;
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            ++at_;
            if (peek() == '+' || peek() == '-') ++at_;
            digits();
        }
    }

    std::string_view json_;
    std::size_t at_ = 0;
    bool ok_ = true;
    std::string text_;
};

}  // namespace

std::optional<std::string> json_string_values(std::string_view json) {
    return Scanner(json).run();
}

}  // namespace counselor::core::detail
