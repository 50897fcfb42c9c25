#include "RedisEpisodeWriter.h"

#include "commands/EpisodeCommand.h"
#include "redis/RedisClient.h"
#include "redis/SnapshotStore.h"
#include "json/Timestamps.h"

namespace assurance {

namespace {
// Without expectedActions, a change by another operator between the read and the script is
// re-checked against the new state and tried again, this many times in all.
constexpr int kAttempts = 20;
} // namespace

RedisEpisodeWriter::RedisEpisodeWriter(RedisUrl url)
    : m_url(std::move(url)) {}

RedisEpisodeWriter::RedisEpisodeWriter(RedisClient &client)
    : m_client(&client) {}

EpisodeWriteResult RedisEpisodeWriter::write(const EpisodeAction &action) {
    if (m_client)
        return writeWith(*m_client, action);
    RedisClient client(m_url, std::chrono::milliseconds(5000));
    if (!client.connect()) {
        EpisodeWriteResult r;
        r.error = client.error();
        return r;
    }
    return writeWith(client, action);
}

EpisodeWriteResult RedisEpisodeWriter::writeWith(RedisClient &client, const EpisodeAction &action) {
    using O = EpisodeWriteResult::Outcome;
    EpisodeWriteResult r;
    const std::string model = EpisodeCommand::modelOf(action.episodeId);
    SnapshotStore store(client);
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        const auto record = store.episodes(model, {action.episodeId});
        if (!record) {
            r.outcome = O::Failed;
            r.error = store.error();
            return r;
        }
        if (record->episodes.empty()) {
            r.outcome = record->problems.empty() ? O::NotFound : O::Failed;
            if (!record->problems.empty())
                r.error = record->problems.front().key + ": " + record->problems.front().error;
            return r;
        }
        const StoredEpisode &stored = record->episodes.front();
        r.episode = stored.episode;
        r.json = stored.json;
        if (action.expectedActions && *action.expectedActions != stored.episode.actions.size()) {
            r.outcome = O::Conflict;
            return r;
        }
        OperatorAction op{action.kind, action.actor, action.note, action.timeMs};
        // Never before the last recorded action (another console's clock may run ahead).
        if (!stored.episode.actions.empty())
            op.timeMs = std::max(op.timeMs, stored.episode.actions.back().timeMs);
        if (const ActionRefusal why = checkOperatorAction(stored.episode, op); why != ActionRefusal::None) {
            r.outcome = O::Invalid;
            r.refusal = why;
            r.error = why == ActionRefusal::EmptyNote ? "a note is required" : "not allowed in this status";
            return r;
        }
        const std::string expected = operatorPart(stored.json);
        if (expected.empty()) {
            r.outcome = O::Failed;
            r.error = "the stored episode is not in the form operators can change";
            return r;
        }
        ViolationEpisode after = stored.episode;
        r.statusBefore = after.status;
        applyOperatorAction(after, op);
        const std::string update =
            violationUpdateMessage(model, timestamps::formatIso8601Ms(op.timeMs), {action.episodeId});
        const auto w = store.replaceOperatorPart(model, action.episodeId, expected,
                                                 operatorPart(serializeEpisode(after)), update);
        switch (w.outcome) {
        case SnapshotStore::OperatorWrite::Outcome::Written: {
            std::string why;
            auto parsed =
                parseEpisode(w.json, model, "violations:" + model + " field " + action.episodeId, &why);
            r.outcome = O::Applied;
            r.json = w.json;
            r.episode = parsed ? std::move(*parsed) : std::move(after);
            return r;
        }
        case SnapshotStore::OperatorWrite::Outcome::NotFound:
            r.outcome = O::NotFound; // deleted between the read and the script
            r.episode.reset();
            r.json.clear();
            return r;
        case SnapshotStore::OperatorWrite::Outcome::Changed: {
            // Another operator acted in between: say who, or re-check the rules against it.
            std::string why;
            if (auto now = parseEpisode(w.json, model, "violations:" + model, &why)) {
                r.episode = std::move(*now);
                r.json = w.json;
            }
            if (action.expectedActions) {
                r.outcome = O::Conflict;
                return r;
            }
            continue;
        }
        case SnapshotStore::OperatorWrite::Outcome::Refused:
        case SnapshotStore::OperatorWrite::Outcome::Failed:
            r.outcome = O::Failed;
            r.error = w.error;
            return r;
        }
    }
    r.outcome = O::Conflict; // changed under us every time
    return r;
}

} // namespace assurance
