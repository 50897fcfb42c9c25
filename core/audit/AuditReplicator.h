#pragma once

#include "audit/AuditLog.h"

#include <cstdint>
#include <optional>
#include <string>

namespace assurance {
class RedisClient;
}

// One log per installation, one record for the deployment (docs/audit.md "In Redis"): copies an
// installation's audit entries and checkpoints into Redis, so that an evidence export elsewhere can
// include them and prove them against that installation's checkpoints.
//
// Keys (per installation id I):
//   audit:installations          set     every installation id that wrote here
//   audit:{I}:key                string  the installation's public key (PEM), informational only
//   audit:{I}:log                stream  one message per entry, message id "{seq}-0", fields
//                                        entry (canonical JSON), prev_hash, hash (hex)
//   audit:{I}:checkpoints        hash    checkpoint id (decimal) → the signed note
// Idempotent: an entry already there is never written again (stream ids only grow), so two
// processes of one installation (a console and assurancectl) may sync at once.
//
// Blocking; used from a worker thread (the console's audit thread) or the CLI.
namespace assurance::audit {

struct ReplicationResult {
    std::int64_t entriesPushed = 0;
    std::int64_t checkpointsPushed = 0;
    std::int64_t lastSeqInRedis = 0;
};

class AuditReplicator {
public:
    AuditReplicator(AuditLog &log, RedisClient &redis);
    // Backfills every entry after the last sequence number already in Redis, then every checkpoint
    // not yet there. nullopt with the reason when Redis fails (nothing is lost: the next sync
    // resumes where this one stopped).
    std::optional<ReplicationResult> sync(std::string *error);

private:
    AuditLog &m_log;
    RedisClient &m_redis;
};

} // namespace assurance::audit
