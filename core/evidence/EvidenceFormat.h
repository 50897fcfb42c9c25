#pragma once

#include "signing/Ed25519.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct archive;

// The evidence pack format (docs/evidence.md): one uncompressed POSIX ustar file holding a DSSE
// envelope around an in-toto Statement (`manifest.dsse.json`, first), then the parts, each a JSON
// Lines file with a sibling `<part>.sha256` listing the SHA-256 of each of its lines.
namespace assurance::evidence {

// v2: episode values may carry the operator `actions` list, and verify checks each episode's
// operator part (docs/evidence.md "Format versions"). v1 packs still verify.
inline constexpr const char *kFormat = "assurance-evidence-v2";
inline constexpr const char *kFormatV1 = "assurance-evidence-v1";
inline constexpr const char *kManifestName = "manifest.dsse.json";
inline constexpr const char *kPayloadType = "application/vnd.in-toto+json";
inline constexpr const char *kStatementType = "https://in-toto.io/Statement/v1";
inline constexpr const char *kPredicateType = "https://assurance-console.dev/evidence-pack/v1";

// The parts, in pack order.
const std::vector<std::string> &partNames(); // configs.jsonl … audit.jsonl
inline std::string lineDigestsName(const std::string &part) {
    return part + ".sha256";
}

// DSSE's pre-authentication encoding: "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body.
std::string preAuthEncoding(std::string_view payloadType, std::string_view payload);

// The root digest: SHA-256 over the lines "<sha256 hex>  <name>\n" of every member but the
// manifest, in pack order — exactly what `sha256sum <members in order> | sha256sum` prints.
struct MemberDigest {
    std::string name;
    std::string sha256; // hex
};
std::string rootDigest(const std::vector<MemberDigest> &members);

// Writes a ustar file member by member with fixed metadata (mode 0644, uid/gid 0, no user or
// group names, one mtime for all): the same members give the same bytes.
class TarWriter {
public:
    TarWriter();
    ~TarWriter();
    TarWriter(const TarWriter &) = delete;
    TarWriter &operator=(const TarWriter &) = delete;
    bool open(const std::string &path, std::int64_t mtimeSeconds, std::string *error);
    bool addFile(const std::string &name, const std::string &sourcePath, std::string *error);
    bool addBytes(const std::string &name, std::string_view bytes, std::string *error);
    bool close(std::string *error);

private:
    ::archive *m_archive = nullptr;
    std::int64_t m_mtime = 0;
};

// Reads a tar member by member, handing each member's bytes in chunks.
class TarReader {
public:
    TarReader();
    ~TarReader();
    TarReader(const TarReader &) = delete;
    TarReader &operator=(const TarReader &) = delete;
    bool open(const std::string &path, std::string *error);
    // false at the end (error empty) or on an error (error set).
    bool nextMember(std::string &name, std::int64_t &size, std::string *error);
    // The next chunk of the current member; empty at its end.
    std::optional<std::string_view> read(std::string *error);

private:
    ::archive *m_archive = nullptr;
    std::vector<char> m_buffer;
};

} // namespace assurance::evidence
