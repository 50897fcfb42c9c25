#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct evp_md_ctx_st;

// SHA-256 through OpenSSL 3, the one digest of the product's integrity features (audit log, Merkle
// tree, evidence manifests, key fingerprints). The algorithm is fetched once per process and a
// context is reused, so hashing many small inputs (a million audit entries) costs the digest, not
// OpenSSL's per-call lookup.
namespace assurance::signing {

using Digest = std::array<std::uint8_t, 32>;

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    Sha256 &add(std::string_view bytes);
    Sha256 &add(const Digest &digest);
    Sha256 &add(std::uint8_t byte);
    Digest finish(); // and starts afresh

    static Digest of(std::string_view bytes);

private:
    evp_md_ctx_st *m_ctx;
};

std::string toHex(const Digest &digest);
std::optional<Digest> digestFromHex(std::string_view hex); // 64 hex digits, either case
std::string toBase64(std::string_view bytes);
std::optional<std::string> fromBase64(std::string_view text); // strict: padding, no whitespace

inline std::string_view asBytes(const Digest &d) {
    return {reinterpret_cast<const char *>(d.data()), d.size()};
}

} // namespace assurance::signing
