#pragma once

#include "audit/CanonicalJson.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

// Builds RFC 8785 objects member by member. Member names are ASCII here, so byte order is the
// UTF-16 order JCS sorts by.
namespace assurance::evidence {

class JcsObject {
public:
    JcsObject &str(const std::string &name, std::string_view value) {
        std::string v;
        audit::appendJcsString(v, value);
        m_members[name] = std::move(v);
        return *this;
    }
    JcsObject &integer(const std::string &name, std::int64_t value) {
        std::string v;
        audit::appendJcsInteger(v, value);
        m_members[name] = std::move(v);
        return *this;
    }
    JcsObject &boolean(const std::string &name, bool value) {
        m_members[name] = value ? "true" : "false";
        return *this;
    }
    // `json` must already be canonical.
    JcsObject &raw(const std::string &name, std::string json) {
        m_members[name] = std::move(json);
        return *this;
    }
    std::string text() const {
        std::string out = "{";
        for (const auto &[name, value] : m_members) {
            if (out.size() > 1)
                out += ',';
            audit::appendJcsString(out, name);
            out += ':';
            out += value;
        }
        return out + "}";
    }

private:
    std::map<std::string, std::string> m_members;
};

inline std::string jcsArray(const std::vector<std::string> &canonicalItems) {
    std::string out = "[";
    for (std::size_t i = 0; i < canonicalItems.size(); ++i) {
        if (i)
            out += ',';
        out += canonicalItems[i];
    }
    return out + "]";
}

inline std::string jcsStringArray(const std::vector<std::string> &items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        audit::appendJcsString(out, items[i]);
    }
    return out + "]";
}

} // namespace assurance::evidence
