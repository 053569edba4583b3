// A small streaming JSON writer for the hot path (one object per claim, hundreds of thousands per
// run): appends to a string, no allocation per value, keys in the order written so output is
// deterministic. nlohmann::json is used where speed does not matter.
#pragma once

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimcheck::output {

class json_writer {
public:
    explicit json_writer(std::string& out) : out_(out) {}

    json_writer& begin_object() { return open('{'); }
    json_writer& end_object() { return close('}'); }
    json_writer& begin_array() { return open('['); }
    json_writer& end_array() { return close(']'); }
    json_writer& key(std::string_view k) {
        // keys are short and need no escaping: one append of ',"key":'
        char buf[72];
        if (k.size() <= 64 && plain(k)) {
            std::size_t n = 0;
            if (!fresh_) buf[n++] = ',';
            buf[n++] = '"';
            k.copy(buf + n, k.size());
            n += k.size();
            buf[n++] = '"';
            buf[n++] = ':';
            out_.append(buf, n);
            fresh_ = true;
            return *this;
        }
        comma();
        string_value(k);
        out_ += ':';
        fresh_ = true;
        return *this;
    }
    json_writer& value(std::string_view s) {
        comma();
        string_value(s);
        return *this;
    }
    json_writer& value(char const* s) { return value(std::string_view(s)); }
    json_writer& value(std::uint64_t v) { return number(v); }
    json_writer& value(std::int64_t v) { return number(v); }
    json_writer& value(unsigned v) { return number(static_cast<std::uint64_t>(v)); }
    json_writer& value(int v) { return number(static_cast<std::int64_t>(v)); }
    json_writer& value(double v);
    json_writer& value(bool b) {
        comma();
        out_ += b ? "true" : "false";
        return *this;
    }
    json_writer& null() {
        comma();
        out_ += "null";
        return *this;
    }

private:
    json_writer& open(char c) {
        comma();
        out_ += c;
        fresh_ = true;
        return *this;
    }
    json_writer& close(char c) {
        out_ += c;
        fresh_ = false;
        return *this;
    }
    void comma() {
        if (!fresh_) out_ += ',';
        fresh_ = false;
    }
    template <typename T>
    json_writer& number(T v) {
        comma();
        char buf[32];
        auto r = std::to_chars(buf, buf + sizeof buf, v);
        out_.append(buf, r.ptr);
        return *this;
    }
    void string_value(std::string_view s);
    // no byte of `s` needs escaping
    static bool plain(std::string_view s) {
        for (char ch : s) {
            auto c = static_cast<unsigned char>(ch);
            if (c < 0x20 || c == '"' || c == '\\') return false;
        }
        return true;
    }

    std::string& out_;
    bool fresh_ = true;
};

}  // namespace claimcheck::output
