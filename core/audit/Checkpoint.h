#pragma once

#include "signing/Ed25519.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// A signed checkpoint of the audit log in the C2SP tlog-checkpoint form (a C2SP signed note):
//
//   <origin>\n                       the installation id of the log
//   <tree size>\n                    decimal, no leading zeros
//   <root hash>\n                    standard base64 of the 32-byte Merkle root
//   time <ms>\n                      extension line: UTC milliseconds since the epoch
//   latest-time-seen <ms>\n          optional extension line: the license clock's latest time seen
//                                     (docs/license.md "Clock rollback"), UTC milliseconds
//   \n
//   — <key name> <base64(key id ‖ signature)>\n
//
// The signature is Ed25519 over the note text: every byte before the blank line, the final "\n"
// included. The key name is the origin; the key id is the first 4 bytes of
// SHA-256(key name ‖ "\n" ‖ 0x01 ‖ raw public key) (C2SP signed-note, Ed25519).
namespace assurance::audit {

struct Checkpoint {
    std::string origin;
    std::uint64_t size = 0;
    signing::Digest root{};
    std::int64_t timeMs = 0;
    std::int64_t latestSeenMs = 0; // 0: the note has no latest-time-seen line
    std::string note;              // the whole signed note, as stored and exported
};

std::string checkpointText(const std::string &origin, std::uint64_t size, const signing::Digest &root,
                           std::int64_t timeMs, std::int64_t latestSeenMs = 0);
std::array<std::uint8_t, 4> signedNoteKeyId(const std::string &keyName, const signing::PublicKey &key);
Checkpoint signCheckpoint(const std::string &origin, std::uint64_t size, const signing::Digest &root,
                          std::int64_t timeMs, const signing::SigningKey &key, std::int64_t latestSeenMs = 0);

// Parses a note; nullopt with the reason when it is not a well-formed checkpoint. Signatures are
// checked separately.
std::optional<Checkpoint> parseCheckpoint(const std::string &note, std::string *error);
// Whether one signature line of `note` is a valid Ed25519 signature by `key` under the origin as
// key name.
bool checkpointSignedBy(const std::string &note, const signing::PublicKey &key);

} // namespace assurance::audit
