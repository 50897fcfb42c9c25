#include "Ed25519.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace assurance::signing {

namespace {
struct BioDeleter {
    void operator()(BIO *b) const { BIO_free(b); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
struct PkeyDeleter {
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
struct MdCtxDeleter {
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

void setError(std::string *error, std::string text) {
    if (error)
        *error = std::move(text);
}

std::optional<std::string> readFile(const std::string &path, std::string *error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        setError(error, path + ": " + std::strerror(errno));
        return std::nullopt;
    }
    std::ostringstream s;
    s << in.rdbuf();
    if (s.str().size() > 64 * 1024) {
        setError(error, path + ": not a key file (larger than 64 KiB)");
        return std::nullopt;
    }
    return s.str();
}

std::optional<RawPublicKey> rawPublic(EVP_PKEY *key) {
    RawPublicKey raw{};
    std::size_t size = raw.size();
    if (EVP_PKEY_get_raw_public_key(key, raw.data(), &size) != 1 || size != raw.size())
        return std::nullopt;
    return raw;
}

bool writeExclusive(const std::string &path, const std::string &text, mode_t mode, std::string *error) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        setError(error, path + ": " + std::strerror(errno));
        return false;
    }
    ::fchmod(fd, mode); // whatever the umask
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            setError(error, path + ": " + std::strerror(errno));
            ::close(fd);
            ::unlink(path.c_str());
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    if (!ok)
        setError(error, path + ": " + std::strerror(errno));
    return ok;
}
} // namespace

std::optional<PublicKey> PublicKey::fromRaw(std::string_view raw32, std::string *error) {
    if (raw32.size() != 32) {
        setError(error, "an Ed25519 public key has 32 bytes");
        return std::nullopt;
    }
    PublicKey k;
    std::memcpy(k.m_raw.data(), raw32.data(), 32);
    return k;
}

std::optional<PublicKey> PublicKey::fromPem(std::string_view pem, std::string *error) {
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    PkeyPtr key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_ED25519) {
        setError(error, "not an Ed25519 public key in PEM form (-----BEGIN PUBLIC KEY-----)");
        return std::nullopt;
    }
    PublicKey k;
    const auto raw = rawPublic(key.get());
    if (!raw) {
        setError(error, "the public key could not be read");
        return std::nullopt;
    }
    k.m_raw = *raw;
    return k;
}

std::optional<PublicKey> PublicKey::load(const std::string &path, std::string *error) {
    const auto text = readFile(path, error);
    if (!text)
        return std::nullopt;
    std::string why;
    auto key = fromPem(*text, &why);
    if (!key)
        setError(error, path + ": " + why);
    return key;
}

std::string PublicKey::fingerprint() const {
    return toHex(Sha256::of(rawBytes()));
}

std::string PublicKey::pem() const {
    PkeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, m_raw.data(), m_raw.size()));
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!key || !bio || PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1)
        return {};
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(n));
}

bool PublicKey::verify(std::string_view message, std::string_view signature64) const {
    if (signature64.size() != 64)
        return false;
    PkeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, m_raw.data(), m_raw.size()));
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature64.data()),
                            signature64.size(), reinterpret_cast<const unsigned char *>(message.data()),
                            message.size()) == 1;
}

SigningKey::SigningKey(evp_pkey_st *key)
    : m_key(key) {
    const auto raw = rawPublic(m_key);
    if (!raw)
        throw std::runtime_error("Ed25519 key without a public half");
    m_public =
        *PublicKey::fromRaw(std::string_view(reinterpret_cast<const char *>(raw->data()), raw->size()));
}

SigningKey::SigningKey(SigningKey &&other) noexcept
    : m_key(std::exchange(other.m_key, nullptr))
    , m_public(other.m_public) {}

SigningKey &SigningKey::operator=(SigningKey &&other) noexcept {
    if (this != &other) {
        EVP_PKEY_free(m_key);
        m_key = std::exchange(other.m_key, nullptr);
        m_public = other.m_public;
    }
    return *this;
}

SigningKey::~SigningKey() {
    EVP_PKEY_free(m_key);
}

SigningKey SigningKey::generate() {
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key)
        throw std::runtime_error("Ed25519 key generation failed");
    return SigningKey(key);
}

std::optional<SigningKey> SigningKey::load(const std::string &path, std::string *error) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        setError(error, path + ": " + std::strerror(errno));
        return std::nullopt;
    }
    if (st.st_mode & 077) {
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(st.st_mode & 07777));
        setError(error, path + ": private key readable by group or others (mode " + mode + "); chmod 600 it");
        return std::nullopt;
    }
    const auto text = readFile(path, error);
    if (!text)
        return std::nullopt;
    BioPtr bio(BIO_new_mem_buf(text->data(), static_cast<int>(text->size())));
    EVP_PKEY *key = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        setError(error, path + ": not an Ed25519 private key in PEM form (-----BEGIN PRIVATE KEY-----)");
        return std::nullopt;
    }
    return SigningKey(key);
}

bool SigningKey::save(const std::string &path, std::string *error) const {
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        setError(error, "the private key could not be encoded");
        return false;
    }
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    if (!writeExclusive(path, std::string(data, static_cast<std::size_t>(n)), 0600, error))
        return false;
    return writeExclusive(path + ".pub", m_public.pem(), 0644, error);
}

Signature SigningKey::sign(std::string_view message) const {
    Signature out{};
    MdCtxPtr ctx(EVP_MD_CTX_new());
    std::size_t size = out.size();
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key) != 1 ||
        EVP_DigestSign(ctx.get(), out.data(), &size, reinterpret_cast<const unsigned char *>(message.data()),
                       message.size()) != 1)
        throw std::runtime_error("Ed25519 signing failed");
    return out;
}

std::string SigningKey::signBytes(std::string_view message) const {
    const Signature s = sign(message);
    return {reinterpret_cast<const char *>(s.data()), s.size()};
}

bool isReadableByOthers(const std::string &path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && (st.st_mode & 077) != 0;
}

} // namespace assurance::signing
