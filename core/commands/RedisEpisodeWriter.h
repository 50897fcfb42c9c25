#pragma once

#include "commands/EpisodeWriter.h"
#include "redis/RedisUrl.h"

namespace assurance {

class RedisClient;

// The Direct source's and assurancectl's writer: reads the episode (violations:{id}, then
// violations:{id}:closed), checks `expectedActions` and the workflow's rules, and replaces the
// stored operator part in one Lua script that refuses when that part changed since it was read
// (SnapshotStore::replaceOperatorPart), publishing {"type": "violation", …, "episode_ids": [id]}.
// A change made by another operator between the read and the script is a Conflict when the caller
// gave `expectedActions`; otherwise the rules are checked again against the new state (up to 20
// times). Agent writes never cause either: they keep the operator part.
// Threading: blocking (EpisodeWriter). With a URL each write() opens a connection of its own on the
// calling thread, so one writer may be used from several threads; with a borrowed client, only
// from the client's thread.
class RedisEpisodeWriter final : public EpisodeWriter {
public:
    explicit RedisEpisodeWriter(RedisUrl url);
    explicit RedisEpisodeWriter(RedisClient &client); // borrowed (the CLI)
    EpisodeWriteResult write(const EpisodeAction &action) override;

private:
    EpisodeWriteResult writeWith(RedisClient &client, const EpisodeAction &action);
    RedisUrl m_url;
    RedisClient *m_client = nullptr;
};

} // namespace assurance
