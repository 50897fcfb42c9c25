#pragma once

#include "commands/ToleranceWriter.h"
#include "redis/RedisUrl.h"

namespace assurance {

class RedisClient;

// The Direct source's and assurancectl's tolerance and reference writer. save(): reads
// tolerances:{id} and its history, assigns version = max(stored, highest in the history, 1) + 1 (1 is the
// shipped defaults') and writes through SnapshotStore::replaceToleranceSet (a compare-and-swap on the stored
// bytes, the history entry and the announcement in one Lua script). When the stored set moved between the
// read and the script: a Conflict if the caller gave `expectedVersion` and the stored version is no longer
// it, otherwise read again and retry (up to 20 times). Threading: blocking. With a URL each call opens a
// connection of its own on the calling thread (usable from several threads); with a borrowed client, only
// from the client's thread.
class RedisToleranceWriter final : public ToleranceWriter {
public:
    explicit RedisToleranceWriter(RedisUrl url);
    explicit RedisToleranceWriter(RedisClient &client); // borrowed (the CLI)
    ToleranceWriteResult save(const ToleranceSave &save) override;
    ToleranceRecord read(const std::string &modelId) override;
    ReferenceWriteResult storeReference(const ReferenceProfile &profile) override;

private:
    template<typename F> auto withClient(F &&f) -> decltype(f(std::declval<RedisClient &>()));
    RedisUrl m_url;
    RedisClient *m_client = nullptr;
};

// Reads tolerances:{id} and tolerances:{id}:history through `client` (the writer's read(), the CLI).
ToleranceRecord readToleranceRecord(RedisClient &client, const std::string &modelId);

} // namespace assurance
