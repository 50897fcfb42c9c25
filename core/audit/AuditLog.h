#pragma once

#include "audit/Checkpoint.h"
#include "metrics/Clock.h"
#include "signing/Ed25519.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

// The installation's tamper-evident audit log (docs/audit.md): an append-only SQLite file whose
// entries form a SHA-256 hash chain and the leaves of an RFC 6962 Merkle tree, with checkpoints of
// that tree signed by the installation's Ed25519 key (kept beside the database, `<db>.key`).
//
// One AuditLog is one SQLite connection, used from one thread; the console keeps its own on a
// worker thread (AuditService). Blocking by design: appends are durable (WAL, synchronous=FULL)
// before they return. Several processes may append to one file at once.
namespace assurance::audit {

using signing::Digest;

// What an operator action or a change hands to the log: the one call every command goes through.
struct AuditRecord {
    std::string action;         // dotted, e.g. "source.connect", "audit.checkpoint"
    std::string target;         // what it acted on, e.g. "redis://127.0.0.1:6379/0", "model/credit-scorer"
    std::string details = "{}"; // a JSON object (before/after for edits); canonicalised on append
    std::string actor;          // empty: the OS user@host of this process
};

struct AuditEntry {
    std::int64_t seq = 0;
    std::int64_t timeMs = 0;
    std::string installation, actor, action, target;
    std::string details = "{}"; // canonical JSON (RFC 8785)
    std::string prevHash, hash; // lowercase hex
};

// The exact bytes an entry is hashed as (its RFC 8785 form): {"action":…,"actor":…,"details":…,
// "installation":…,"seq":N,"target":…,"time":N}.
std::string canonicalEntry(const AuditEntry &entry);

struct AuditFilter {
    std::optional<std::int64_t> sinceMs, untilMs; // inclusive
    std::string actor, action;                    // exact; action also matches "prefix.*"
    std::int64_t afterSeq = 0;                    // entries with seq > afterSeq
    std::int64_t limit = -1;
};

struct StoredCheckpoint {
    std::int64_t id = 0;
    Checkpoint checkpoint;
};

struct VerifyProblem {
    enum class Kind { Entry, Checkpoint, Log };
    Kind kind = Kind::Entry;
    std::int64_t number = 0; // entry seq or checkpoint id
    std::string message;     // "entry 1842 INVALID: hash value doesn't match"
};

struct VerifyReport {
    std::int64_t entries = 0;
    std::int64_t checkpoints = 0;
    std::string installation;
    std::string keyFingerprint;
    std::vector<VerifyProblem> problems;
    std::int64_t firstBrokenEntry = 0; // 0: none named
    std::string firstBrokenReason;
    bool cancelled = false;
    bool ok() const { return problems.empty() && !cancelled; }
};

struct InclusionProofResult {
    std::uint64_t index = 0, size = 0;
    Digest leaf{}, root{};
    std::vector<Digest> path;
    std::optional<StoredCheckpoint> checkpoint; // the signed checkpoint of that size, if any
};

struct ConsistencyProofResult {
    std::uint64_t from = 0, to = 0;
    Digest fromRoot{}, toRoot{};
    std::vector<Digest> path;
    std::optional<StoredCheckpoint> fromCheckpoint, toCheckpoint;
};

// `user@host` of this process (USER/LOGNAME or the password database; the host name).
std::string currentActor();
// The data directory shared by the console, assurancectl and the license store:
// $ASSURANCE_DATA_DIR, else $XDG_DATA_HOME/assurance-console (~/.local/share/assurance-console).
QString defaultDataDirectory();
QString defaultAuditDbPath();

class AuditLog {
public:
    enum class Mode { ReadWrite, ReadOnly };
    ~AuditLog();
    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    // Opens (ReadWrite: creates) the log at `path`. On first use it creates the installation id and
    // the signing key `<path>.key` (0600, with `<path>.key.pub`). nullptr with the reason on error.
    static std::unique_ptr<AuditLog> open(const std::string &path, std::string *error,
                                          Mode mode = Mode::ReadWrite, const Clock *clock = nullptr);

    const std::string &path() const { return m_path; }
    const std::string &installationId() const { return m_installation; }
    const signing::PublicKey &publicKey() const { return m_publicKey; }
    std::string keyPath() const { return m_path + ".key"; }

    std::optional<AuditEntry> append(const AuditRecord &record, std::string *error);
    // Several entries in one transaction (one fsync): all appended, consecutively, or none.
    std::optional<std::vector<AuditEntry>> appendAll(const std::vector<AuditRecord> &records,
                                                     std::string *error);
    std::optional<std::int64_t> size(std::string *error); // the last sequence number
    std::optional<std::vector<AuditEntry>> entries(const AuditFilter &filter, std::string *error);
    std::optional<std::vector<StoredCheckpoint>> checkpoints(std::string *error);
    // Signs a checkpoint of the whole log now (time never earlier than the previous checkpoint's),
    // stores it, then appends its `audit.checkpoint` entry. Needs the private key.
    std::optional<StoredCheckpoint> checkpoint(std::string *error, const std::string &actor = {});

    using Progress = std::function<void(std::int64_t done, std::int64_t total)>;
    // Recomputes everything: each entry's canonical form and hash, the chain, every checkpoint's
    // root and signature (with `trusted` when given, else the log's own key). Never throws; a
    // problem per failure. `cancel` may be set from another thread.
    VerifyReport verify(const std::optional<signing::PublicKey> &trusted = std::nullopt,
                        const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);

    // The Merkle leaf hashes of the first `count` entries (for proofs into one tree, MerkleLevels).
    std::optional<std::vector<Digest>> leafHashes(std::uint64_t count, std::string *error);

    // size 0: the newest checkpoint's size.
    std::optional<InclusionProofResult> proveInclusion(std::int64_t seq, std::uint64_t size,
                                                       std::string *error);
    std::optional<ConsistencyProofResult> proveConsistency(std::uint64_t from, std::uint64_t to,
                                                           std::string *error);

private:
    AuditLog() = default;
    bool init(Mode mode, std::string *error);
    bool exec(const QString &sql, std::string *error);
    VerifyReport verifySnapshot(const std::optional<signing::PublicKey> &trusted, const Progress &progress,
                                const std::atomic<bool> *cancel);

    std::string m_path;
    QString m_connection;
    std::string m_installation;
    signing::PublicKey m_publicKey;
    std::optional<signing::SigningKey> m_key;
    const Clock *m_clock = nullptr;
    SystemClock m_systemClock;
    std::string m_actor;
    std::string m_keyError; // why checkpoints cannot be signed, when m_key is empty
};

} // namespace assurance::audit
