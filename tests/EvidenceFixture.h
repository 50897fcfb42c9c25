#pragma once

// A record worth reviewing, for the evidence tests (tst_report, tst_audit_console): windows of two
// models over [16:00, 16:30] on 2025-10-27 plus one either side, m1's accuracy degrading through its
// warning and critical bounds (episodes open), their label history
// (label:{id}:{ts} and its index), m1's accuracy episode acknowledged and noted through the operator
// commands, a model config, two tolerance versions, and an audit log with
// entries in the range and a checkpoint covering them. Optionally m3 with three and a half hours of
// windows (a label history too long to list). Also the pack's members read and written as tar.
#include "RedisFixture.h"
#include "assurance/AssuranceLabel.h"
#include "assurance/Tolerance.h"
#include "assurance/ViolationTracker.h"
#include "audit/AuditLog.h"
#include "commands/EpisodeCommand.h"
#include "commands/RedisEpisodeWriter.h"
#include "evidence/EvidenceFormat.h"
#include "metrics/Clock.h"
#include "pipeline/TelemetryProcessor.h"
#include "redis/RedisClient.h"
#include "redis/RedisUrl.h"
#include "redis/SnapshotStore.h"

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace evidencefixture {

constexpr std::int64_t kT0 = 1761580800000; // 2025-10-27T16:00:00Z
constexpr std::int64_t kMinute = 60'000;

using Members = std::vector<std::pair<std::string, std::string>>;

inline Members readPack(const QString &path) {
    Members out;
    assurance::evidence::TarReader tar;
    std::string error, name;
    std::int64_t size = 0;
    if (!tar.open(path.toStdString(), &error))
        return out;
    while (tar.nextMember(name, size, &error)) {
        std::string bytes;
        while (auto chunk = tar.read(&error)) {
            if (chunk->empty())
                break;
            bytes += *chunk;
        }
        out.emplace_back(name, bytes);
    }
    return out;
}

inline bool writePack(const QString &path, const Members &members) {
    assurance::evidence::TarWriter tar;
    std::string error;
    if (!tar.open(path.toStdString(), 0, &error))
        return false;
    for (const auto &[name, bytes] : members)
        if (!tar.addBytes(name, bytes, &error))
            return false;
    return tar.close(&error);
}

// Writes the record into `redis` and the audit log at `logPath`; false with `error` set on failure.
inline bool writeReviewRecord(RedisServer &redis, const QString &logPath, bool withLongHistory,
                              std::string *error) {
    using namespace assurance;
    RedisClient client(*parseRedisUrl(redis.url(), error));
    if (!client.connect()) {
        *error = client.error();
        return false;
    }
    SnapshotStore store(client);
    ViolationTracker tracker;
    std::vector<ProcessedWindow> windows;
    for (int i = -2; i < 31; ++i) // 15:59 to 16:31: the range [16:00, 16:30] and one window either side
        for (const char *model : {"m1", "m2"}) {
            ProcessedWindow p;
            p.snapshot.modelId = model;
            p.snapshot.windowEndMs = kT0 + (i + 1) * kMinute;
            const bool degrading = std::string_view(model) == "m1";
            p.snapshot[SeedMetric::Accuracy] =
                MetricValue::real(degrading ? 0.95 - i * 0.006 : 0.94 + (i % 3) * 0.01);
            p.snapshot[SeedMetric::FeatureDrift] = MetricValue::real(0.02 + (i % 7) * 0.03);
            p.snapshot[SeedMetric::FailureRate] = MetricValue::real(0.005 + (i % 5) * 0.004);
            p.label = assessSnapshot(p.snapshot, defaultTolerances(model));
            p.episodes = tracker.apply(p.label);
            windows.push_back(std::move(p));
        }
    for (int i = 0; withLongHistory && i < 211; ++i) {
        ProcessedWindow p;
        p.snapshot.modelId = "m3";
        p.snapshot.windowEndMs = kT0 + i * kMinute;
        p.snapshot[SeedMetric::Accuracy] = MetricValue::real(0.93 - (i % 60) * 0.0025);
        p.label = assessSnapshot(p.snapshot, defaultTolerances("m3"));
        p.episodes = tracker.apply(p.label);
        windows.push_back(std::move(p));
    }
    std::vector<const ProcessedWindow *> all;
    for (const auto &w : windows)
        all.push_back(&w);
    for (const auto &r : store.writeWindows(all, 0))
        if (r.outcome != SnapshotStore::Outcome::Written) {
            *error = "a window was not written";
            return false;
        }
    // An operator acknowledges m1's accuracy episode and adds a note (the workflow's commands).
    RedisEpisodeWriter operatorWriter(client);
    for (const auto &e : tracker.episodes("m1"))
        if (e.active() && e.metric == SeedMetric::Accuracy) {
            EpisodeAction a{OperatorAction::Kind::Acknowledge,
                            e.id,
                            "retraining scheduled",
                            "carol@risk",
                            {},
                            kT0 + 21 * kMinute};
            const auto ack = EpisodeCommand::run(&operatorWriter, a, {});
            a = {OperatorAction::Kind::Note, e.id, "owner paged", "erin@risk", {}, kT0 + 22 * kMinute};
            const auto note = EpisodeCommand::run(&operatorWriter, a, {});
            if (ack.outcome != EpisodeWriteResult::Outcome::Applied ||
                note.outcome != EpisodeWriteResult::Outcome::Applied) {
                *error = "the operator's acknowledgement was not applied: " + ack.error + note.error;
                return false;
            }
        }
    // The label history (label:{id}:{ts} and its index), which the label chain's writer keeps.
    for (const auto &w : windows) {
        const QString ts = QString::fromStdString(w.snapshot.timestamp());
        const QString model = QString::fromStdString(w.snapshot.modelId);
        redis.command({QStringLiteral("SET"), QStringLiteral("label:%1:%2").arg(model, ts),
                       QString::fromStdString(serializeLabel(w.label))});
        redis.command({QStringLiteral("ZADD"), QStringLiteral("label:%1:index").arg(model),
                       QString::number(w.snapshot.windowEndMs), ts});
    }
    redis.command(
        {QStringLiteral("SET"), QStringLiteral("model:config:m1"),
         QStringLiteral(R"({"model_id": "m1", "display_name": "Credit scorer", "task": "classification"})")});
    const QString v1 = QStringLiteral(
        R"({"model_id": "m1", "version": 1, "author": "system", "reason": "shipped defaults", "changed_at": "2025-10-01T00:00:00.000Z", "metrics": {}})");
    const QString v2 = QStringLiteral(
        R"({"model_id": "m1", "version": 2, "author": "dana@risk", "reason": "tighter drift after the October incident", "changed_at": "2025-10-27T16:12:00.000Z", "metrics": {"feature_drift": {"direction": "lower_is_better", "mode": "absolute", "baseline": null, "warning": 0.08, "critical": 0.15, "enabled": true}}})");
    redis.command({QStringLiteral("HSET"), QStringLiteral("tolerances:m1:history"), QStringLiteral("1"), v1,
                   QStringLiteral("2"), v2});

    ManualClock clock(kT0);
    auto log = audit::AuditLog::open(logPath.toStdString(), error, audit::AuditLog::Mode::ReadWrite, &clock);
    if (!log)
        return false;
    for (int i = 1; i <= 12; ++i) {
        clock.setMs(kT0 + i * 60'000);
        if (!log->append({"violation.acknowledge", "episode/m1:accuracy:" + std::to_string(i),
                          "{\"note\":\"seen " + std::to_string(i) + "\"}", "alice@ops"},
                         error))
            return false;
    }
    clock.setMs(kT0 + 12 * kMinute + 30'000);
    if (!log->append({"tolerance.edit", "model/m1", "{}", "dana@risk"}, error))
        return false;
    clock.setMs(kT0 + 31 * kMinute);
    if (!log->append({"settings.change", "settings/theme", "{}", "bob@ops"}, error))
        return false;
    return log->checkpoint(error).has_value();
}

} // namespace evidencefixture
