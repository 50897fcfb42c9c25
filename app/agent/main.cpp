// assurance-agent: Kafka → engine → Redis. Parses arguments and wires; the work is in
// core/agent (AgentService on its own thread, AgentHttpServer on the event loop).
#include "agent/AgentHttpServer.h"
#include "agent/AgentService.h"
#include "cli/RedisCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <thread>

namespace {
std::atomic<bool> g_stop{false};
void onSignal(int) {
    g_stop = true;
}

int usage(const QString &error) {
    std::fprintf(stderr, "assurance-agent: %s (see --help)\n", qPrintable(error));
    return 2;
}

// "60s", "5m", "1h", "7d" or plain seconds; zero only where `allowZero`.
std::optional<std::int64_t> seconds(const QString &text, bool allowZero = false) {
    static const std::pair<QChar, std::int64_t> units[] = {
        {QLatin1Char('s'), 1}, {QLatin1Char('m'), 60}, {QLatin1Char('h'), 3600}, {QLatin1Char('d'), 86400}};
    std::int64_t factor = 1;
    QString number = text;
    for (const auto &[unit, f] : units)
        if (text.endsWith(unit)) {
            factor = f;
            number.chop(1);
        }
    bool ok = false;
    const qlonglong v = number.toLongLong(&ok);
    if (!ok || v < 0 || (v == 0 && !allowZero))
        return std::nullopt;
    return v * factor;
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("assurance-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSURANCE_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "agent",
        "Consumes model telemetry from Kafka, computes metrics per model and window, writes Redis."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("brokers"), QCoreApplication::translate("agent", "Kafka bootstrap servers."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("topic"),
         QCoreApplication::translate("agent", "Topic (repeatable; default model-telemetry)."),
         QStringLiteral("T")},
        {QStringLiteral("group"),
         QCoreApplication::translate("agent", "Consumer group shared by the agents."), QStringLiteral("G")},
        {QStringLiteral("redis"), QCoreApplication::translate("agent", "Redis URL."), QStringLiteral("URL")},
        {QStringLiteral("redis-password-file"),
         QCoreApplication::translate("agent", "File whose first line is the Redis password."),
         QStringLiteral("FILE")},
        {QStringLiteral("window"), QCoreApplication::translate("agent", "Window length (default 60s)."),
         QStringLiteral("DURATION"), QStringLiteral("60s")},
        {QStringLiteral("lateness"), QCoreApplication::translate("agent", "Allowed lateness (default 10s)."),
         QStringLiteral("DURATION"), QStringLiteral("10s")},
        {QStringLiteral("idle-timeout"),
         QCoreApplication::translate("agent", "Close a model's windows after this long without events "
                                              "(default: the window length)."),
         QStringLiteral("DURATION")},
        {QStringLiteral("retention"),
         QCoreApplication::translate("agent", "History retention in Redis (default 7d)."),
         QStringLiteral("DURATION"), QStringLiteral("7d")},
        {QStringLiteral("episode-retention"),
         QCoreApplication::translate("agent", "Closed violation episodes move from violations:{id} to "
                                              "violations:{id}:closed this long after they closed "
                                              "(window time; default 7d, 0 = never)."),
         QStringLiteral("DURATION"), QStringLiteral("7d")},
        {QStringLiteral("label-replay"),
         QCoreApplication::translate("agent", "Event time re-read before the committed offset after a crash, "
                                              "so late labels still join (default 5m)."),
         QStringLiteral("DURATION"), QStringLiteral("5m")},
        {QStringLiteral("start"),
         QCoreApplication::translate("agent",
                                     "committed, earliest, latest or a date-time (default committed)."),
         QStringLiteral("WHERE"), QStringLiteral("committed")},
        {QStringLiteral("reference"),
         QCoreApplication::translate("agent",
                                     "Build MODEL's reference profile from inference events (repeatable)."),
         QStringLiteral("MODEL=FILE")},
        {QStringLiteral("task"),
         QCoreApplication::translate("agent", "MODEL=classification|regression (repeatable)."),
         QStringLiteral("MODEL=TASK")},
        {QStringLiteral("kafka-property"),
         QCoreApplication::translate("agent",
                                     "A librdkafka property, e.g. security.protocol=SASL_SSL (repeatable)."),
         QStringLiteral("KEY=VALUE")},
        {QStringLiteral("threads"),
         QCoreApplication::translate("agent",
                                     "Worker threads sharing the partitions (default: one per core)."),
         QStringLiteral("N")},
        {QStringLiteral("max-queued-windows"),
         QCoreApplication::translate("agent", "Closed windows a worker keeps while Redis is down before its "
                                              "partitions pause (default 10000)."),
         QStringLiteral("N")},
        {QStringLiteral("max-models"),
         QCoreApplication::translate("agent", "Models this agent keeps at once; events of further models are "
                                              "dropped and counted (default 10000)."),
         QStringLiteral("N")},
        {QStringLiteral("http"),
         QCoreApplication::translate("agent", "Serve /healthz and /metrics on ADDRESS:PORT."),
         QStringLiteral("ADDRESS:PORT")},
    });
    p.process(app);
    if (!p.isSet(QStringLiteral("brokers")) || !p.isSet(QStringLiteral("group")) ||
        !p.isSet(QStringLiteral("redis")))
        return usage(QCoreApplication::translate("agent", "--brokers, --group and --redis are required"));

    assurance::AgentOptions options;
    options.kafka.brokers = p.value(QStringLiteral("brokers")).toStdString();
    for (const QString &t : p.values(QStringLiteral("topic")))
        options.kafka.topics.push_back(t.toStdString());
    options.kafka.groupId = p.value(QStringLiteral("group")).toStdString();
    const QString start = p.value(QStringLiteral("start"));
    using Start = assurance::KafkaSettings::Start;
    if (start == QLatin1String("committed")) {
        options.kafka.start = Start::Committed;
    } else if (start == QLatin1String("earliest")) {
        options.kafka.start = Start::Earliest;
    } else if (start == QLatin1String("latest")) {
        options.kafka.start = Start::Latest;
    } else if (auto t = assurance::parseTimeArgument(start.toStdString())) {
        options.kafka.start = Start::Time;
        options.kafka.startTimeMs = *t;
    } else {
        return usage(QCoreApplication::translate(
            "agent", "--start must be committed, earliest, latest or a date-time"));
    }
    for (const QString &kv : p.values(QStringLiteral("kafka-property"))) {
        const auto eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usage(QCoreApplication::translate("agent", "--kafka-property needs KEY=VALUE"));
        options.kafka.properties.emplace_back(kv.left(eq).toStdString(), kv.mid(eq + 1).toStdString());
    }
    std::string error;
    auto redis = assurance::parseRedisUrl(p.value(QStringLiteral("redis")).toStdString(), &error);
    if (!redis)
        return usage(QString::fromStdString(error));
    if (p.isSet(QStringLiteral("redis-password-file"))) {
        std::ifstream in(p.value(QStringLiteral("redis-password-file")).toStdString());
        if (!in || !std::getline(in, redis->password))
            return usage(QCoreApplication::translate("agent", "cannot read the Redis password file"));
    }
    options.redis = *redis;
    const auto window = seconds(p.value(QStringLiteral("window")));
    const auto lateness = seconds(p.value(QStringLiteral("lateness")), true);
    const auto retention = seconds(p.value(QStringLiteral("retention")));
    const auto labelReplay = seconds(p.value(QStringLiteral("label-replay")));
    const auto episodeRetention = seconds(p.value(QStringLiteral("episode-retention")), true);
    if (!window || !lateness || !retention || !labelReplay || !episodeRetention)
        return usage(QCoreApplication::translate("agent", "durations look like 60s, 5m, 1h or 7d"));
    options.engine.windowMs = *window * 1000;
    options.engine.allowedLatenessMs = *lateness * 1000;
    if (p.isSet(QStringLiteral("idle-timeout"))) {
        const auto idle = seconds(p.value(QStringLiteral("idle-timeout")));
        if (!idle)
            return usage(QCoreApplication::translate("agent", "durations look like 60s, 5m, 1h or 7d"));
        options.engine.idleTimeoutMs = *idle * 1000;
    }
    options.retentionSeconds = *retention;
    options.labelReplayMs = *labelReplay * 1000;
    options.episodeRetentionMs = *episodeRetention * 1000;
    if (p.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        options.threads = p.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || options.threads < 1 || options.threads > assurance::AgentStats::kMaxShards)
            return usage(QCoreApplication::translate("agent", "--threads needs a number from 1 to 64"));
    }
    if (p.isSet(QStringLiteral("max-queued-windows"))) {
        bool ok = false;
        const qlonglong n = p.value(QStringLiteral("max-queued-windows")).toLongLong(&ok);
        if (!ok || n < 1)
            return usage(
                QCoreApplication::translate("agent", "--max-queued-windows needs a positive number"));
        options.maxQueuedWindows = static_cast<std::size_t>(n);
    }
    if (p.isSet(QStringLiteral("max-models"))) {
        bool ok = false;
        const qlonglong n = p.value(QStringLiteral("max-models")).toLongLong(&ok);
        if (!ok || n < 1)
            return usage(QCoreApplication::translate("agent", "--max-models needs a positive number"));
        options.engine.maxModels = static_cast<std::size_t>(n);
    }
    for (const QString &kv : p.values(QStringLiteral("reference"))) {
        const auto eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0 || !assurance::isValidModelId(kv.left(eq).toStdString()))
            return usage(QCoreApplication::translate("agent", "--reference needs MODEL=FILE"));
        options.referenceFiles[kv.left(eq).toStdString()] = kv.mid(eq + 1).toStdString();
    }
    for (const QString &kv : p.values(QStringLiteral("task"))) {
        const auto eq = kv.indexOf(QLatin1Char('='));
        const auto task = eq > 0 ? assurance::taskTypeFromKey(kv.mid(eq + 1).toStdString()) : std::nullopt;
        if (!task)
            return usage(
                QCoreApplication::translate("agent", "--task needs MODEL=classification|regression"));
        options.tasks[kv.left(eq).toStdString()] = *task;
    }

    assurance::SystemClock clock;
    assurance::AgentService service(options, clock);
    if (!service.start(&error)) {
        std::fprintf(stderr, "assurance-agent: %s\n", error.c_str());
        return 3;
    }
    assurance::AgentHttpServer http(
        [&service] {
            const auto &s = service.stats();
            const bool ok = s.kafkaOk.load();
            return assurance::AgentHttpServer::Health{
                ok, std::string("{\"kafka\": ") + (ok ? "true" : "false") +
                        ", \"redis\": " + (s.redisOk ? "true" : "false") +
                        ", \"queued_windows\": " + std::to_string(s.queuedWindows.load()) + "}\n"};
        },
        [&service] { return service.metricsText(); });
    if (p.isSet(QStringLiteral("http"))) {
        QString httpError;
        if (!http.listen(p.value(QStringLiteral("http")), &httpError))
            return usage(httpError);
    }

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::atomic<int> exitCode{-1};
    std::thread worker([&] { exitCode = service.run(g_stop); });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (exitCode.load() >= 0)
            QCoreApplication::exit(exitCode.load());
    });
    poll.start(50);
    QCoreApplication::exec();
    g_stop = true;
    worker.join();
    return exitCode.load();
}
