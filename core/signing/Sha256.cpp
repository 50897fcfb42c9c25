#include "Sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace assurance::signing {

namespace {
const EVP_MD *sha256Algorithm() {
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (!md)
        throw std::runtime_error("OpenSSL has no SHA-256");
    return md;
}
} // namespace

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new()) {
    if (!m_ctx || !EVP_DigestInit_ex2(m_ctx, sha256Algorithm(), nullptr))
        throw std::runtime_error("SHA-256 could not start");
}

Sha256::~Sha256() {
    EVP_MD_CTX_free(m_ctx);
}

Sha256 &Sha256::add(std::string_view bytes) {
    EVP_DigestUpdate(m_ctx, bytes.data(), bytes.size());
    return *this;
}

Sha256 &Sha256::add(const Digest &digest) {
    EVP_DigestUpdate(m_ctx, digest.data(), digest.size());
    return *this;
}

Sha256 &Sha256::add(std::uint8_t byte) {
    EVP_DigestUpdate(m_ctx, &byte, 1);
    return *this;
}

Digest Sha256::finish() {
    Digest out{};
    unsigned int size = 0;
    EVP_DigestFinal_ex(m_ctx, out.data(), &size);
    EVP_DigestInit_ex2(m_ctx, nullptr, nullptr);
    return out;
}

Digest Sha256::of(std::string_view bytes) {
    thread_local Sha256 hasher;
    return hasher.add(bytes).finish();
}

std::string toHex(const Digest &digest) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out(64, '0');
    for (std::size_t i = 0; i < digest.size(); ++i) {
        out[2 * i] = kDigits[digest[i] >> 4];
        out[2 * i + 1] = kDigits[digest[i] & 0xf];
    }
    return out;
}

std::optional<Digest> digestFromHex(std::string_view hex) {
    static constexpr auto kNibbles = [] {
        std::array<std::int8_t, 256> t{};
        t.fill(-1);
        for (int c = '0'; c <= '9'; ++c)
            t[static_cast<std::size_t>(c)] = static_cast<std::int8_t>(c - '0');
        for (int c = 'a'; c <= 'f'; ++c)
            t[static_cast<std::size_t>(c)] = static_cast<std::int8_t>(c - 'a' + 10);
        for (int c = 'A'; c <= 'F'; ++c)
            t[static_cast<std::size_t>(c)] = static_cast<std::int8_t>(c - 'A' + 10);
        return t;
    }();
    if (hex.size() != 64)
        return std::nullopt;
    Digest out{};
    int bad = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int hi = kNibbles[static_cast<unsigned char>(hex[2 * i])];
        const int lo = kNibbles[static_cast<unsigned char>(hex[2 * i + 1])];
        bad |= hi | lo;
        out[i] = static_cast<std::uint8_t>(hi << 4 | lo);
    }
    if (bad < 0)
        return std::nullopt;
    return out;
}

std::string toBase64(std::string_view bytes) {
    std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char *>(out.data()),
                                  reinterpret_cast<const unsigned char *>(bytes.data()),
                                  static_cast<int>(bytes.size()));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::optional<std::string> fromBase64(std::string_view text) {
    if (text.empty())
        return std::string();
    if (text.size() % 4 != 0)
        return std::nullopt;
    for (char c : text)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
              c == '/' || c == '='))
            return std::nullopt;
    const std::size_t pad = text.ends_with("==") ? 2 : text.ends_with('=') ? 1 : 0;
    if (text.substr(0, text.size() - pad).find('=') != std::string_view::npos)
        return std::nullopt;
    std::string out(text.size() / 4 * 3, '\0');
    const int n =
        EVP_DecodeBlock(reinterpret_cast<unsigned char *>(out.data()),
                        reinterpret_cast<const unsigned char *>(text.data()), static_cast<int>(text.size()));
    if (n < 0)
        return std::nullopt;
    out.resize(static_cast<std::size_t>(n) - pad);
    return out;
}

} // namespace assurance::signing
