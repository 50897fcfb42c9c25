#pragma once

#include "signing/Ed25519.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

// Verifies an evidence pack offline (docs/evidence.md "Verification"): recomputes every digest,
// checks every record it can check on its own (canonical lines, keys of the chosen models and
// range, stored label hashes, the audit chain and each entry's inclusion proof into a checkpoint
// signed by its installation), and the signature of the manifest. Streams the pack once.
namespace assurance::evidence {

enum class PackTrust {
    Verified,      // intact, and signed by a trusted key
    UnknownSigner, // intact and validly signed, by a key that is not trusted
    IntegrityOnly, // intact, not signed: proves integrity against accidents only
    NotVerified,   // something does not verify
};

struct PackVerdict {
    std::vector<std::string> lines; // one per part and per failed record, in pack order
    std::string firstBroken;        // "part snapshots.jsonl line 12: hash value doesn't match"
    int partsValid = 0, partsTotal = 0;
    bool intact = false;
    bool isSigned = false, signatureValid = false, signerTrusted = false;
    std::string signerFingerprint;
    std::string signerPublicKeyPem; // the signer's key when known (trusted, or carried by the pack)
    std::string rootDigest;
    std::vector<std::string> models;
    std::int64_t sinceMs = 0, untilMs = 0;
    std::vector<std::string> installations; // "<id> key <fingerprint>"
    PackTrust trust = PackTrust::NotVerified;
};

// A part's lines as they stream by, after their checks (for a reader that loads the pack in the
// same pass, e.g. the console's Evidence source). `valid`: the line's own checks passed.
using LineSink =
    std::function<void(const std::string &part, std::int64_t lineNumber, std::string_view line, bool valid)>;

PackVerdict verifyPack(const std::string &path, const std::vector<signing::PublicKey> &trusted,
                       const LineSink &sink = {});

} // namespace assurance::evidence
