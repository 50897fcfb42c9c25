#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The JSON Canonicalization Scheme (RFC 8785, "JCS"): what the audit log hashes and signs. An
// independent verifier can use any JCS library. In short: no whitespace; object members sorted by
// their names' UTF-16 code units; strings escape only '"', '\\' and U+0000..U+001F (\b \t \n \f \r,
// else \u00xx in lowercase hex), everything else is literal UTF-8; numbers in ECMAScript's
// Number.prototype.toString form ("1", "0.85", "1e-7", "1e+21"; -0 is "0").
//
// We refuse what JCS cannot represent exactly: duplicate member names, non-finite numbers and
// integers beyond ±2^53 (they would silently change value as IEEE doubles).
namespace assurance::audit {

std::optional<std::string> canonicalJson(std::string_view json, std::string *error = nullptr);
// The same into `out` (cleared first, its buffer reused); false with the reason on refusal.
bool canonicalJsonInto(std::string &out, std::string_view json, std::string *error = nullptr);

void appendJcsString(std::string &out, std::string_view utf8);
void appendJcsNumber(std::string &out, double value);
void appendJcsInteger(std::string &out, std::int64_t value); // |value| ≤ 2^53

} // namespace assurance::audit
