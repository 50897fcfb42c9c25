#pragma once

#include "Sha256.h"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct evp_pkey_st;

// The product's one signing module: Ed25519 (RFC 8032) through OpenSSL 3 EVP. The audit log's
// checkpoints, evidence manifests and license files all sign and verify through it.
//
// Key files are standard PEM that `openssl pkey` reads: the private key as unencrypted PKCS#8
// ("-----BEGIN PRIVATE KEY-----"), the public key as SubjectPublicKeyInfo ("-----BEGIN PUBLIC
// KEY-----"). A private key file is refused when its group or others may read it (mode & 077).
// A key's fingerprint is the SHA-256 of its raw 32-byte public key, in lowercase hex.
namespace assurance::signing {

using RawPublicKey = std::array<std::uint8_t, 32>;
using Signature = std::array<std::uint8_t, 64>;

class PublicKey {
public:
    static std::optional<PublicKey> fromRaw(std::string_view raw32, std::string *error = nullptr);
    static std::optional<PublicKey> fromPem(std::string_view pem, std::string *error = nullptr);
    static std::optional<PublicKey> load(const std::string &path, std::string *error);

    const RawPublicKey &raw() const { return m_raw; }
    std::string rawBytes() const { return {reinterpret_cast<const char *>(m_raw.data()), m_raw.size()}; }
    std::string fingerprint() const; // SHA-256 of raw(), hex
    std::string pem() const;
    bool verify(std::string_view message, std::string_view signature64) const;

    bool operator==(const PublicKey &other) const { return m_raw == other.m_raw; }

private:
    RawPublicKey m_raw{};
};

class SigningKey {
public:
    SigningKey(SigningKey &&) noexcept;
    SigningKey &operator=(SigningKey &&) noexcept;
    ~SigningKey();

    static SigningKey generate();
    // Refuses a file that group or others may read, or that is not an Ed25519 private key.
    static std::optional<SigningKey> load(const std::string &path, std::string *error);
    // Writes `path` (0600, never over an existing file) and `path.pub` beside it (0644).
    bool save(const std::string &path, std::string *error) const;

    const PublicKey &publicKey() const { return m_public; }
    Signature sign(std::string_view message) const;
    std::string signBytes(std::string_view message) const; // the 64 bytes as a string

private:
    explicit SigningKey(evp_pkey_st *key);
    evp_pkey_st *m_key = nullptr;
    PublicKey m_public;
};

// Whether group or others may read `path`; false when it cannot be examined.
bool isReadableByOthers(const std::string &path);

} // namespace assurance::signing
