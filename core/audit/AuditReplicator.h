#pragma once

#include "audit/AuditLog.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace assurance {
class RedisClient;
}

// One log per installation, one record for the deployment (docs/audit.md "In Redis"): copies an
// installation's audit entries and checkpoints into Redis, so that an evidence export elsewhere can
// include them and prove them against that installation's checkpoints.
//
// Keys (per installation id I; "{I}" is also a Redis Cluster hash tag, so one installation's keys
// share a slot):
//   audit:installations          set     every installation id that wrote here
//   audit:{I}:key                string  the installation's public key (PEM), informational only
//   audit:{I}:log                stream  one message per entry, message id "{seq}-0", fields in this
//                                        order: entry (canonicalEntry(), the exact hashed bytes),
//                                        prev_hash, hash (64 lowercase hex digits each), where
//                                        hash = SHA-256(the 32 bytes of prev_hash ‖ entry)
//   audit:{I}:checkpoints        hash    checkpoint id (decimal) → the signed note, verbatim
//
// Invariants a reader may rely on:
//   - the stream holds entries 1..N of the log without gaps, each exactly once, in order: a syncer
//     appends seq N+1, N+2, … in order and an XADD only succeeds above the stream's top;
//   - a checkpoint of size S is written only once entries 1..S are in the stream;
//   - a sync refuses (Failure::Diverged) when Redis holds, under this installation id, an entry or a
//     checkpoint that differs from this log's: a copied database that went its own way is reported,
//     never merged.
// Idempotent: an entry already there is never written again, so two processes of one installation
// (a console and assurancectl) may sync at once; each entry is pushed by exactly one of them.
//
// Blocking; used from a worker thread (the console's audit thread) or the CLI. The AuditLog and the
// RedisClient must be used from the calling thread only, as their own contracts say.
namespace assurance::audit {

struct ReplicationResult {
    std::int64_t entriesPushed = 0;     // entries this sync added (others' pushes not counted)
    std::int64_t checkpointsPushed = 0; // checkpoints this sync added
    std::int64_t lastSeqInRedis = 0;    // entries 1..lastSeqInRedis are in the stream
};

class AuditReplicator {
public:
    enum class Failure {
        Redis,   // connection lost, or an error reply: retry later, nothing is lost
        Log,     // the local log could not be read
        Diverged // Redis holds a different entry or checkpoint under this installation id
    };

    // batchSize: entries read from the log and pipelined to Redis per round trip.
    AuditReplicator(AuditLog &log, RedisClient &redis, int batchSize = 1000);
    // Backfills every entry after the last sequence number already in Redis, then every checkpoint
    // not yet there. nullopt with the reason (and its kind in `failure`) when it fails; nothing is
    // lost: the next sync resumes where this one stopped.
    std::optional<ReplicationResult> sync(std::string *error, Failure *failure = nullptr);

private:
    AuditLog &m_log;
    RedisClient &m_redis;
    int m_batchSize;
};

// The keys above, for readers and tests.
inline constexpr const char *kReplicatedInstallationsKey = "audit:installations";
std::string replicatedKeyKey(const std::string &installation);
std::string replicatedLogKey(const std::string &installation);
std::string replicatedCheckpointsKey(const std::string &installation);
// An installation id usable in a key: 1..128 of [A-Za-z0-9._-] (the log's are UUIDs).
bool isValidInstallationId(const std::string &installation);

// Reads entries fromSeq..toSeq (inclusive; toSeq 0: up to the newest) of an installation's stream
// back into AuditEntry values, refusing (nullopt, the reason naming the entry) any message whose
// id, fields or entry bytes are not what a sync writes: the entry must parse as JSON, re-serialise
// through canonicalEntry() to exactly the stored bytes, belong to this installation and carry the
// message id's seq; hash must be SHA-256(prev_hash ‖ entry); each prev_hash must be the previous
// entry's hash (entry 1's: 64 zeros); and no seq may be missing from fromSeq on. A range that goes
// past the stream's end returns the entries there are: compare with a checkpoint's size.
// Signatures and Merkle roots are the caller's to check (against a key it trusts, not audit:{I}:key).
std::optional<std::vector<AuditEntry>> readReplicatedEntries(RedisClient &redis,
                                                             const std::string &installation,
                                                             std::int64_t fromSeq, std::int64_t toSeq,
                                                             std::string *error);
// Every checkpoint of the installation in Redis, by id, each note parsed (origin = installation).
// Signatures are not checked here.
std::optional<std::vector<StoredCheckpoint>>
readReplicatedCheckpoints(RedisClient &redis, const std::string &installation, std::string *error);

} // namespace assurance::audit
