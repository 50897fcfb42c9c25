#pragma once

#include "record/RecordDelta.h"
#include "redis/RedisUrl.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace assurance {

class RedisClient;
class SnapshotStore;
struct RedisReply;
struct ReferenceProfile;
struct StoreUpdate;
class TelemetryParser;

// Follows the record the agents keep in Redis (SPEC.md "Redis"): on connect it reads every model's
// config, tolerance set, reference profile, label (its hash checked), violation episodes and the
// last `recentHistoryMs` of its history; then it follows `assurance:updates` and reads only what a
// message announces (the episodes it names, the window it names). What changed comes out as
// RecordDelta values (take()). Lost Redis: status Reconnecting, retried with backoff; the next
// load sends only what differs from what was already said.
//
// Blocking and single-threaded: the owner calls step() regularly from one thread (the console's
// record worker; later the agent's gateway) and never from a GUI thread. interrupt() may be called
// from any thread: a blocked call then returns at once and the follower stops connecting.
class RecordFollower {
public:
    struct Options {
        RedisUrl redis;
        std::chrono::milliseconds timeout{1500};        // connect and each reply
        std::int64_t recentHistoryMs = 24 * 3600'000LL; // read on connect, before each model's newest window
        std::size_t maxWindowsPerModel = 10'000;        // of those, at most this many
        std::size_t maxUpdatesPerStep = 1000;
    };
    enum class Status { Connecting, Connected, Reconnecting };

    explicit RecordFollower(Options options);
    ~RecordFollower();
    RecordFollower(const RecordFollower &) = delete;
    RecordFollower &operator=(const RecordFollower &) = delete;

    // Connects when due (then loads the record), else reads the updates that arrived, and takes one
    // step of the background discovery of models that only legacy keys name (SCAN).
    void step(std::int64_t nowMs);
    Status status() const { return m_status; }
    // The last connection error, as Redis or hiredis said it.
    const std::string &error() const { return m_error; }
    // The last attempt failed for want of credentials: Redis refused the AUTH, or asked for one
    // (NOAUTH) and none was given.
    bool credentialsNeeded() const { return m_credentialsNeeded; }
    std::uint64_t problems() const { return m_problems; } // values that could not be read (each logged)
    bool hasNews() const;
    RecordDelta take();

    // What a live view needs to compute open windows the way the agents do. `windowMs` is read off
    // the stored history (the most common gap between window ends; 60 s when nothing tells).
    struct LiveSettings {
        std::int64_t windowMs = 60'000;
        std::map<std::string, std::shared_ptr<const ReferenceProfile>> references;
        std::map<std::string, TaskType> tasks;
    };
    // True (and `out` filled) once the record was loaded and whenever these settings changed since.
    bool takeLiveSettings(LiveSettings &out);

    void interrupt();

private:
    struct Model;
    bool connectAndLoad();
    bool loadModel(const std::string &id);
    bool handle(const StoreUpdate &update);
    bool fetchWindow(const std::string &id, const std::string &ts);
    bool fetchEpisodes(const std::string &id, const std::vector<std::string> &ids);
    bool discoverStep();
    void problem(const std::string &key, const std::string &error);
    Model &model(const std::string &id);
    void applyTolerances(const std::string &id, const RedisReply &value);
    void applyConfig(const std::string &id, const RedisReply &value);
    void applyReference(const std::string &id, const RedisReply &value);
    void applyLabel(const std::string &id, const RedisReply &value);
    void applyEpisode(const ViolationEpisode &episode, const std::string &bytes);
    void applyEpisodeHash(const std::string &id, const RedisReply &hash);
    void addWindow(Snapshot snapshot);
    void refreshLabel(const std::string &id);
    void disconnect(const std::string &why);

    Options m_options;
    std::unique_ptr<RedisClient> m_redis;   // commands
    std::unique_ptr<RedisClient> m_updates; // SUBSCRIBE assurance:updates
    std::unique_ptr<SnapshotStore> m_store;
    std::unique_ptr<TelemetryParser> m_parser;
    std::map<std::string, std::unique_ptr<Model>> m_models;
    Status m_status = Status::Connecting;
    std::string m_error;
    bool m_everLoaded = false;
    bool m_credentialsNeeded = false;
    std::int64_t m_nextAttemptMs = 0;
    std::int64_t m_retryDelayMs = 250;
    std::uint64_t m_problems = 0;
    std::uint64_t m_problemsSaid = 0;
    std::optional<std::string> m_discoveryCursor; // a SCAN over metrics:* in progress
    // The delta being gathered.
    RecordDelta m_delta;
    bool m_modelsChanged = false;
    std::set<std::string> m_labelsChanged;
    std::set<std::string> m_tolerancesChanged;
    bool m_liveSettingsChanged = false;
    std::int64_t m_windowMs = 60'000;
};

} // namespace assurance
