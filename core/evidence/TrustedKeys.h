#pragma once

#include "signing/Ed25519.h"

#include <QString>

#include <string>
#include <vector>

// The trusted-keys setting shared by the console and assurancectl: every `*.pub` (PEM public key)
// in `<data directory>/trusted-keys/`. A pack signed by one of them verifies as Verified; any other
// signer is reported as unknown, with its fingerprint.
namespace assurance::evidence {

QString trustedKeysDirectory();
// Unreadable files are skipped and named in `problems`.
std::vector<signing::PublicKey> loadTrustedKeys(std::vector<std::string> *problems = nullptr);
// Copies a public key into the directory as `<fingerprint>.pub`.
bool trustKey(const signing::PublicKey &key, std::string *error);

} // namespace assurance::evidence
