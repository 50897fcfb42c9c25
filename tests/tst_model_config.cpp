// Model configuration (issue #13, the Model Configuration half) against a real redis-server, a real
// SQLite audit log and a loopback HTTP server: the `retired` flag; ModelConfigCommand add / edit /
// retire / restore through RedisModelConfigWriter (stored bytes, models:active, the message on
// assurance:updates, the audit entry); each refusal says why and stores nothing; a concurrent edit
// refused; a retired model keeps its windows but the window script no longer adds it to
// models:active (tested on SnapshotStore::writeWindows, the script every agent shard runs); the
// Demo's in-memory writer; Evidence read-only; checkHealth against 200, 500, a slow server and a
// closed port; assurancectl config end to end; the Model Configuration tab offscreen with
// QAbstractItemModelTester, conflicts, refusals, retire with confirmation, read-only, Test
// connection, and screenshots.
#include "ConsoleStore.h"
#include "NetFixture.h"
#include "RedisFixture.h"
#include "audit/AuditLog.h"
#include "audit/AuditService.h"
#include "commands/HealthCheck.h"
#include "commands/MemoryModelConfigWriter.h"
#include "commands/ModelConfigCommand.h"
#include "commands/RedisModelConfigWriter.h"
#include "models/ModelCatalogModel.h"
#include "redis/SnapshotStore.h"
#include "sources/DemoTelemetrySource.h"
#include "sources/EvidenceTelemetrySource.h"
#include "sources/TelemetrySource.h"
#include "tabs/ModelConfigurationTab.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoroTask>
#include <QDir>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <thread>

using namespace assurance;
using Outcome = ModelConfigWriteResult::Outcome;
using Kind = ModelConfigEdit::Kind;

namespace {
constexpr std::int64_t T0 = 1761580800000; // 2025-10-27T16:00:00Z
constexpr std::int64_t kMinute = 60'000;

ProcessedWindow window(const std::string &model, std::int64_t endMs, double accuracy) {
    ProcessedWindow p;
    p.snapshot.modelId = model;
    p.snapshot.windowEndMs = endMs;
    p.snapshot[SeedMetric::Accuracy] = MetricValue::real(accuracy);
    p.label = assessSnapshot(p.snapshot, defaultTolerances(model));
    return p;
}

ModelConfig flood() {
    ModelConfig c;
    c.modelId = "flood-risk";
    c.displayName = "Flood risk";
    c.endpoint = "https://models.example/flood-risk";
    c.topic = "model-telemetry";
    c.task = TaskType::Classification;
    c.owner = "hydrology-ml";
    c.notes = "retrained in October";
    return c;
}

ModelConfig only(const std::string &id) {
    ModelConfig c;
    c.modelId = id;
    return c;
}

ModelConfigEdit edit(Kind kind, ModelConfig config, std::optional<std::string> expected = std::nullopt) {
    ModelConfigEdit e;
    e.kind = kind;
    e.config = std::move(config);
    e.expectedJson = std::move(expected);
    e.actor = "alice@ops";
    e.timeMs = T0;
    return e;
}

struct Ctl {
    int exitCode;
    QByteArray out;
    QByteArray err;
};
Ctl ctl(const QStringList &args) {
    QProcess p;
    p.start(QStringLiteral(ASSURANCE_CTL), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// A loopback HTTP server: GET /ok/health → 200 "healthy\nsecond line", /fail/health → 500
// "database down", /slow/health → never answers. Requests are counted.
class HealthServer : public QObject {
public:
    HealthServer() {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s]() {
                    m_buffer[s] += s->readAll();
                    if (!m_buffer[s].contains("\r\n\r\n"))
                        return;
                    const QByteArray line = m_buffer[s].left(m_buffer[s].indexOf("\r\n"));
                    ++requests;
                    lastRequestLine = line;
                    if (line.startsWith("GET /ok/health "))
                        reply(s, "200 OK", "healthy\nsecond line\n");
                    else if (line.startsWith("GET /fail/health "))
                        reply(s, "500 Internal Server Error", "database down\r\n");
                    else if (!line.startsWith("GET /slow/health "))
                        reply(s, "404 Not Found", "no such path");
                    // slow: never answers
                });
            }
        });
    }
    QString url(const char *path) const {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(QLatin1String(path));
    }
    int requests = 0;
    QByteArray lastRequestLine;

private:
    static void reply(QTcpSocket *s, const char *status, const QByteArray &body) {
        s->write(QByteArray("HTTP/1.1 ") + status + "\r\nContent-Type: text/plain\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        s->disconnectFromHost();
    }
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

// A source that is only a writer (or none): what the tab needs of Direct / Evidence.
class WriterSource final : public TelemetrySource {
public:
    explicit WriterSource(std::shared_ptr<ModelConfigWriter> writer)
        : m_writer(std::move(writer)) {}
    void start() override {}
    void stop() override {}
    QString name() const override { return QStringLiteral("test"); }
    SourceKind kind() const override { return m_writer ? SourceKind::Direct : SourceKind::Evidence; }
    std::shared_ptr<ModelConfigWriter> modelConfigWriter() const override { return m_writer; }

private:
    std::shared_ptr<ModelConfigWriter> m_writer;
};
} // namespace

class TestModelConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void retiredFlagRoundTrip();
    void addEditRetireRestore();
    void refusalsStoreNothing_data();
    void refusalsStoreNothing();
    void concurrentEditRefused();
    void retiredModelKeepsItsWindows();
    void demoAndEvidence();
    void healthCheck();
    void ctlConfigEndToEnd();
    void tabEditsThroughCommands();
    void tabReadOnlyAndScreenshots();

private:
    QByteArray redis(const QStringList &args) { return m_redis.command(args); }
    QByteArray stored(const std::string &model) {
        return redis({QStringLiteral("GET"), QString::fromStdString("model:config:" + model)});
    }
    bool active(const std::string &model) {
        return redis({QStringLiteral("SISMEMBER"), QStringLiteral("models:active"),
                      QString::fromStdString(model)}) == "1";
    }
    std::string nextUpdate(int timeoutMs = 2000) {
        const auto r = m_subscriber->pollReply(timeoutMs);
        return r && r->type == RedisReply::Type::Array && r->elements.size() == 3 ? r->elements[2].str : "";
    }
    std::vector<audit::AuditEntry> auditEntries(const std::string &path = {}) {
        std::string error;
        auto log =
            audit::AuditLog::open(path.empty() ? m_auditPath : path, &error, audit::AuditLog::Mode::ReadOnly);
        if (!log)
            return {};
        return log->entries({}, &error).value_or(std::vector<audit::AuditEntry>{});
    }
    AuditAppend auditTo() {
        return [this](const audit::AuditRecord &record, std::string *error) {
            return m_log->append(record, error).has_value();
        };
    }
    ModelConfigCommandResult run(const ModelConfigEdit &e) {
        RedisModelConfigWriter writer(m_redis.redisUrl());
        return ModelConfigCommand::run(&writer, e, auditTo());
    }

    RedisServer m_redis;
    std::unique_ptr<RedisClient> m_subscriber;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::string m_auditPath;
    std::unique_ptr<audit::AuditLog> m_log;
};

void TestModelConfig::initTestCase() {
    // assurancectl reads the license and keeps its clock in the data directory: never the home's.
    static QTemporaryDir data;
    qputenv("ASSURANCE_DATA_DIR", data.path().toLocal8Bit());
    QVERIFY2(m_redis.start(), "redis-server did not start");
}

void TestModelConfig::init() {
    redis({QStringLiteral("FLUSHALL")});
    m_subscriber = std::make_unique<RedisClient>(m_redis.redisUrl());
    QVERIFY(m_subscriber->connect());
    QVERIFY(m_subscriber->command({"SUBSCRIBE", kUpdatesChannel}));
    m_dir = std::make_unique<QTemporaryDir>();
    m_auditPath = m_dir->filePath(QStringLiteral("audit.db")).toStdString();
    std::string error;
    m_log = audit::AuditLog::open(m_auditPath, &error);
    QVERIFY2(m_log, error.c_str());
}

void TestModelConfig::cleanup() {
    m_log.reset();
    m_subscriber.reset();
    m_dir.reset();
}

void TestModelConfig::retiredFlagRoundTrip() {
    ModelConfig c = flood();
    const std::string active = serializeModelConfig(c);
    QCOMPARE(active,
             std::string(R"({"display_name": "Flood risk", "endpoint": "https://models.example/flood-risk", )"
                         R"("topic": "model-telemetry", "task": "classification", "owner": "hydrology-ml", )"
                         R"("notes": "retrained in October"})"));
    c.retired = true;
    const std::string retired = serializeModelConfig(c);
    QCOMPARE(retired, active.substr(0, active.size() - 1) + R"(, "retired": true})");
    std::string error;
    const auto back = parseModelConfig(retired, c.modelId, &error);
    QVERIFY2(back, error.c_str());
    QCOMPARE(*back, c);
    QVERIFY(!parseModelConfig(R"({"retired": "yes"})", "m", &error));
    QCOMPARE(error, std::string("model:config:m: retired must be true or false"));
    QVERIFY(!parseModelConfig(R"({"retired": false})", "m", &error)->retired);
}

void TestModelConfig::addEditRetireRestore() {
    // Add: stored bytes, models:active, the message, the audit entry.
    auto r = run(edit(Kind::Add, flood()));
    QCOMPARE(r.outcome, Outcome::Applied);
    QVERIFY2(r.audited, r.auditError.c_str());
    const std::string added = serializeModelConfig(flood());
    QCOMPARE(stored("flood-risk").toStdString(), added);
    QCOMPARE(r.afterJson, added);
    QVERIFY(r.beforeJson.empty());
    QVERIFY(active("flood-risk"));
    QCOMPARE(nextUpdate(), std::string(R"({"type": "config", "model_id": "flood-risk", "timestamp": ""})"));

    // Edit keeps nothing but what it is given.
    ModelConfig changed = flood();
    changed.displayName = "Flood risk (v3)";
    changed.task = TaskType::Regression;
    r = run(edit(Kind::Edit, changed, added));
    QCOMPARE(r.outcome, Outcome::Applied);
    QCOMPARE(stored("flood-risk").toStdString(), serializeModelConfig(changed));
    QCOMPARE(r.beforeJson, added);

    // Retire: only the flag changes; out of models:active.
    r = run(edit(Kind::Retire, only("flood-risk")));
    QCOMPARE(r.outcome, Outcome::Applied);
    ModelConfig retired = changed;
    retired.retired = true;
    QCOMPARE(stored("flood-risk").toStdString(), serializeModelConfig(retired));
    QVERIFY(!active("flood-risk"));
    // An edit of a retired model keeps it retired.
    ModelConfig notes = changed;
    notes.notes = "kept for the record";
    r = run(edit(Kind::Edit, notes));
    QCOMPARE(r.outcome, Outcome::Applied);
    QVERIFY(QByteArray(stored("flood-risk")).endsWith(R"(, "retired": true})"));
    QVERIFY(!active("flood-risk"));
    // Restore.
    r = run(edit(Kind::Restore, only("flood-risk")));
    QCOMPARE(r.outcome, Outcome::Applied);
    QCOMPARE(stored("flood-risk").toStdString(), serializeModelConfig(notes));
    QVERIFY(active("flood-risk"));

    const auto entries = auditEntries();
    QCOMPARE(entries.size(), std::size_t(5));
    const char *actions[] = {"model.add", "model.edit", "model.retire", "model.edit", "model.restore"};
    for (std::size_t i = 0; i < entries.size(); ++i) {
        QCOMPARE(entries[i].action, std::string(actions[i]));
        QCOMPARE(entries[i].target, std::string("model/flood-risk"));
        QCOMPARE(entries[i].actor, std::string("alice@ops"));
    }
    QCOMPARE(
        entries[0].details,
        std::string(R"({"after":{"display_name":"Flood risk","endpoint":"https://models.example/flood-risk",)"
                    R"("notes":"retrained in October","owner":"hydrology-ml","task":"classification",)"
                    R"("topic":"model-telemetry"},"before":null,"model":"flood-risk"})"));
    QVERIFY(entries[2].details.find(R"("retired":true)") != std::string::npos);
    QVERIFY(entries[2].details.find(R"x("before":{"display_name":"Flood risk (v3)")x") != std::string::npos);

    // An unreadable stored value can be overwritten by an edit; its bytes are kept in the entry.
    redis({QStringLiteral("SET"), QStringLiteral("model:config:broken"), QStringLiteral("{not json")});
    ModelConfig fixed = flood();
    fixed.modelId = "broken";
    r = run(edit(Kind::Edit, fixed, "{not json"));
    QCOMPARE(r.outcome, Outcome::Applied);
    QVERIFY2(r.audited, r.auditError.c_str());
    QVERIFY(auditEntries().back().details.find(R"("before":"{not json")") != std::string::npos);
}

void TestModelConfig::refusalsStoreNothing_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("why");
    const int add = static_cast<int>(Kind::Add), ed = static_cast<int>(Kind::Edit);
    const int invalid = static_cast<int>(Outcome::Invalid);
    QTest::newRow("id pattern") << add << "id"
                                << "flood risk" << invalid
                                << "'flood risk' is not a valid model id (^[A-Za-z0-9._-]{1,128}$)";
    QTest::newRow("id with colon") << add << "id"
                                   << "a:b" << invalid << "'a:b' is not a valid model id";
    const QString url = QStringLiteral("the endpoint must be an http:// or https:// URL");
    QTest::newRow("endpoint scheme") << add << "endpoint"
                                     << "ftp://h/x" << invalid << url;
    QTest::newRow("endpoint relative") << add << "endpoint"
                                       << "models/flood" << invalid << url;
    QTest::newRow("endpoint query") << add << "endpoint"
                                    << "https://h/x?a=1" << invalid << url;
    QTest::newRow("endpoint credentials") << add << "endpoint"
                                          << "https://u:p@h/x" << invalid << url;
    QTest::newRow("endpoint spaces") << add << "endpoint"
                                     << "https://h/a b" << invalid << url;
    QTest::newRow("topic") << add << "topic"
                           << "model telemetry" << invalid << "the topic must be a Kafka topic name";
    QTest::newRow("display name long") << add << "display" << QString(201, QLatin1Char('x')) << invalid
                                       << "display_name is too long (200 characters at most)";
    QTest::newRow("owner control") << add << "owner"
                                   << "a\tb" << invalid << "owner contains a control character";
    QTest::newRow("notes long") << add << "notes" << QString(4001, QLatin1Char('x')) << invalid
                                << "notes is too long (4000 characters at most)";
    QTest::newRow("add existing") << add << ""
                                  << "" << static_cast<int>(Outcome::Exists)
                                  << "refused: model:config:flood-risk already exists";
    QTest::newRow("edit unknown") << ed << "id"
                                  << "nobody" << static_cast<int>(Outcome::NotFound) << "no model nobody";
    QTest::newRow("edit stale") << ed << "expected"
                                << R"({"display_name": "old"})" << static_cast<int>(Outcome::Conflict)
                                << "not written: model:config:flood-risk changed since you read it";
}

void TestModelConfig::refusalsStoreNothing() {
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, outcome);
    QFETCH(QString, why);
    QCOMPARE(run(edit(Kind::Add, flood())).outcome, Outcome::Applied);
    QVERIFY(!nextUpdate().empty());
    const QByteArray before = stored("flood-risk");
    const QByteArray activeBefore = redis({QStringLiteral("SMEMBERS"), QStringLiteral("models:active")});
    const std::size_t entriesBefore = auditEntries().size();

    ModelConfig c = flood();
    std::optional<std::string> expected;
    const std::string v = value.toStdString();
    if (field == QLatin1String("id"))
        c.modelId = v;
    else if (field == QLatin1String("endpoint"))
        c.endpoint = v;
    else if (field == QLatin1String("topic"))
        c.topic = v;
    else if (field == QLatin1String("display"))
        c.displayName = v;
    else if (field == QLatin1String("owner"))
        c.owner = v;
    else if (field == QLatin1String("notes"))
        c.notes = v;
    else if (field == QLatin1String("expected"))
        expected = v;
    const ModelConfigEdit e = edit(static_cast<Kind>(kind), c, expected);
    const auto r = run(e);
    QCOMPARE(static_cast<int>(r.outcome), outcome);
    const std::string said = ModelConfigCommand::describe(r, e);
    QVERIFY2(said.find(why.toStdString()) != std::string::npos, said.c_str());
    // Nothing stored, nothing published, nothing audited.
    QCOMPARE(stored("flood-risk"), before);
    QCOMPARE(stored(c.modelId), c.modelId == "flood-risk" ? before : QByteArray());
    QCOMPARE(redis({QStringLiteral("SMEMBERS"), QStringLiteral("models:active")}), activeBefore);
    QCOMPARE(nextUpdate(200), std::string());
    QCOMPARE(auditEntries().size(), entriesBefore);
    QVERIFY(!r.audited);
}

void TestModelConfig::concurrentEditRefused() {
    QCOMPARE(run(edit(Kind::Add, flood())).outcome, Outcome::Applied);
    const std::string seen = stored("flood-risk").toStdString();
    // Two consoles opened the same bytes; Bob saves first.
    ModelConfig bob = flood(), alice = flood();
    bob.owner = "bob-team";
    alice.notes = "alice's note";
    QCOMPARE(run(edit(Kind::Edit, bob, seen)).outcome, Outcome::Applied);
    const QByteArray afterBob = stored("flood-risk");
    const auto r = run(edit(Kind::Edit, alice, seen));
    QCOMPARE(r.outcome, Outcome::Conflict);
    QCOMPARE(QByteArray::fromStdString(r.beforeJson), afterBob); // what is stored now, to show
    QCOMPARE(stored("flood-risk"), afterBob);
    QCOMPARE(auditEntries().size(), std::size_t(2));
    // Retire with stale bytes is refused too; a retire with the new ones goes.
    QCOMPARE(run(edit(Kind::Retire, only("flood-risk"), seen)).outcome, Outcome::Conflict);
    QVERIFY(active("flood-risk"));
    QCOMPARE(run(edit(Kind::Retire, only("flood-risk"), afterBob.toStdString())).outcome, Outcome::Applied);

    // Many writers at once, without expected bytes (assurancectl): each lands whole, none lost
    // half-way: the stored value is one of theirs and parses.
    std::vector<std::thread> threads;
    std::atomic<int> applied{0};
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([this, i, &applied]() {
            ModelConfig c = flood();
            c.owner = "team-" + std::to_string(i);
            RedisModelConfigWriter writer(m_redis.redisUrl());
            if (ModelConfigCommand::run(&writer, edit(Kind::Edit, c), {}).outcome == Outcome::Applied)
                ++applied;
        });
    for (auto &t : threads)
        t.join();
    QCOMPARE(applied.load(), 4);
    std::string error;
    const auto last = parseModelConfig(stored("flood-risk").toStdString(), "flood-risk", &error);
    QVERIFY2(last, error.c_str());
    QVERIFY(last->retired);
    QVERIFY(last->owner.starts_with("team-"));
}

void TestModelConfig::retiredModelKeepsItsWindows() {
    // The window script every agent shard runs (SnapshotStore::writeWindows): a retired model's
    // windows, labels and history are stored as before, but it is not made active again.
    RedisClient client(m_redis.redisUrl());
    QVERIFY(client.connect());
    SnapshotStore store(client);
    ProcessedWindow w1 = window("flood-risk", T0 + kMinute, 0.95);
    QCOMPARE(store.writeWindows({&w1}, 0).front().outcome, SnapshotStore::Outcome::Written);
    QVERIFY(active("flood-risk"));
    ModelConfig c = flood();
    QCOMPARE(run(edit(Kind::Add, c)).outcome, Outcome::Applied);
    QCOMPARE(run(edit(Kind::Retire, only("flood-risk"))).outcome, Outcome::Applied);
    QVERIFY(!active("flood-risk"));
    ProcessedWindow w2 = window("flood-risk", T0 + 2 * kMinute, 0.5); // breached: an episode too
    w2.episodes = ViolationTracker().apply(w2.label);
    QCOMPARE(store.writeWindows({&w2}, 0).front().outcome, SnapshotStore::Outcome::Written);
    QVERIFY(!active("flood-risk"));
    QCOMPARE(redis({QStringLiteral("ZCARD"), QStringLiteral("metrics:flood-risk:index")}), QByteArray("2"));
    QCOMPARE(redis({QStringLiteral("EXISTS"), QString::fromStdString(SnapshotStore::historyKey(
                                                  "flood-risk", w2.snapshot.timestamp()))}),
             QByteArray("1"));
    QVERIFY(redis({QStringLiteral("GET"), QStringLiteral("label:flood-risk")})
                .contains(QByteArray::fromStdString(w2.snapshot.timestamp())));
    QCOMPARE(redis({QStringLiteral("HLEN"), QStringLiteral("violations:flood-risk")}).toInt() > 0,
             !w2.episodes.empty());
    // Other models are untouched; a config that merely mentions "retired" in a note is not retired.
    ModelConfig other = flood();
    other.modelId = "other";
    other.notes = "\"retired\": true is what we will set later";
    QCOMPARE(run(edit(Kind::Add, other)).outcome, Outcome::Applied);
    redis({QStringLiteral("SREM"), QStringLiteral("models:active"), QStringLiteral("other")});
    ProcessedWindow w3 = window("other", T0 + kMinute, 0.95);
    QCOMPARE(store.writeWindows({&w3}, 0).front().outcome, SnapshotStore::Outcome::Written);
    QVERIFY(active("other"));
    // Restored: the next window makes it active (the restore already did).
    QCOMPARE(run(edit(Kind::Restore, only("flood-risk"))).outcome, Outcome::Applied);
    redis({QStringLiteral("SREM"), QStringLiteral("models:active"), QStringLiteral("flood-risk")});
    ProcessedWindow w4 = window("flood-risk", T0 + 3 * kMinute, 0.95);
    QCOMPARE(store.writeWindows({&w4}, 0).front().outcome, SnapshotStore::Outcome::Written);
    QVERIFY(active("flood-risk"));
    // The catalog lists the retired and the active, each with its stored bytes.
    QCOMPARE(run(edit(Kind::Retire, only("flood-risk"))).outcome, Outcome::Applied);
    RedisModelConfigWriter writer(m_redis.redisUrl());
    const ModelCatalog catalog = writer.read();
    QVERIFY2(catalog.ok, catalog.error.c_str());
    QCOMPARE(catalog.models.size(), std::size_t(2));
    QCOMPARE(catalog.models[0].modelId, std::string("flood-risk"));
    QVERIFY(!catalog.models[0].active);
    QVERIFY(catalog.models[0].config->retired);
    QCOMPARE(QByteArray::fromStdString(catalog.models[0].json), stored("flood-risk"));
    QVERIFY(catalog.models[1].active);
}

void TestModelConfig::demoAndEvidence() {
    DemoTelemetrySource demo({});
    auto writer = demo.modelConfigWriter();
    QVERIFY(writer);
    ModelCatalog catalog = writer->read();
    QCOMPARE(catalog.models.size(), std::size_t(3));
    QCOMPARE(catalog.models[0].config->displayName, std::string("Claims triage classifier"));
    const std::string seen = catalog.models[0].json;
    ModelConfig c = *catalog.models[0].config;
    c.owner = "claims-ml";
    QCOMPARE(ModelConfigCommand::run(writer.get(), edit(Kind::Edit, c, seen), {}).outcome, Outcome::Applied);
    QCOMPARE(ModelConfigCommand::run(writer.get(), edit(Kind::Edit, c, seen), {}).outcome, Outcome::Conflict);
    QCOMPARE(ModelConfigCommand::run(writer.get(), edit(Kind::Add, c), {}).outcome, Outcome::Exists);
    QCOMPARE(ModelConfigCommand::run(writer.get(), edit(Kind::Retire, c), {}).outcome, Outcome::Applied);
    catalog = writer->read();
    QVERIFY(!catalog.models[0].active);
    QCOMPARE(catalog.models[0].config->owner, std::string("claims-ml"));
    // Evidence (no writer): refused, nothing audited.
    bool audited = false;
    const auto r = ModelConfigCommand::run(nullptr, edit(Kind::Add, flood()),
                                           [&](const audit::AuditRecord &, std::string *) {
                                               audited = true;
                                               return true;
                                           });
    QCOMPARE(r.outcome, Outcome::ReadOnly);
    QVERIFY(!audited);
    QVERIFY(!WriterSource(nullptr).modelConfigWriter());
}

void TestModelConfig::healthCheck() {
    HealthServer server;
    QNetworkAccessManager nam;
    using S = HealthResult::Status;
    auto check = [&](const QString &url, std::chrono::milliseconds timeout) {
        auto task = checkHealth(nam, QUrl(url), timeout);
        return QCoro::waitFor(task);
    };
    QCOMPARE(healthUrl(QUrl(QStringLiteral("https://h/m/"))).toString(),
             QStringLiteral("https://h/m/health"));
    QCOMPARE(healthUrl(QUrl(QStringLiteral("https://h/m"))).toString(), QStringLiteral("https://h/m/health"));
    QCOMPARE(healthUrl(QUrl(QStringLiteral("https://h"))).toString(), QStringLiteral("https://h/health"));

    HealthResult r = check(server.url("ok"), std::chrono::milliseconds(3000));
    QCOMPARE(r.status, S::Ok);
    QCOMPARE(r.httpCode, 200);
    QCOMPARE(r.firstLine, QStringLiteral("healthy"));
    QCOMPARE(r.url.toString(), server.url("ok/health"));
    QVERIFY(r.latency.count() < 3000);
    QCOMPARE(server.lastRequestLine, QByteArray("GET /ok/health HTTP/1.1"));

    r = check(server.url("fail"), std::chrono::milliseconds(3000));
    QCOMPARE(r.status, S::HttpError);
    QCOMPARE(r.httpCode, 500);
    QCOMPARE(r.firstLine, QStringLiteral("database down"));

    QElapsedTimer clock;
    clock.start();
    r = check(server.url("slow"), std::chrono::milliseconds(300));
    QCOMPARE(r.status, S::Timeout);
    QCOMPARE(r.httpCode, 0);
    QCOMPARE(r.latency.count(), 300);
    QVERIFY(clock.elapsed() >= 300 && clock.elapsed() < 2500);

    const quint16 closed = netfixture::freePort(); // nothing listens there
    r = check(QStringLiteral("http://127.0.0.1:%1/x").arg(closed), std::chrono::milliseconds(3000));
    QCOMPARE(r.status, S::Unreachable);
    QCOMPARE(r.httpCode, 0);
    QVERIFY(!r.error.isEmpty());

    r = check(QStringLiteral("ftp://127.0.0.1/x"), std::chrono::milliseconds(3000));
    QCOMPARE(r.status, S::BadUrl);
    QCOMPARE(server.requests, 3);
}

void TestModelConfig::ctlConfigEndToEnd() {
    const QString url = QStringLiteral("redis://127.0.0.1:%1").arg(m_redis.port());
    const QString db = m_dir->filePath(QStringLiteral("ctl-audit.db"));
    const QStringList common = {QStringLiteral("--redis"), url, QStringLiteral("--audit-db"), db};
    auto config = [&](const QStringList &args) { return ctl(QStringList{QStringLiteral("config")} + args); };

    Ctl c = config(
        QStringList{QStringLiteral("get"), QStringLiteral("--redis"), url, QStringLiteral("flood-risk")});
    QCOMPARE(c.exitCode, 1);
    QVERIFY(c.err.contains("no model:config:flood-risk"));
    c = config(QStringList{QStringLiteral("set")} + common +
               QStringList{QStringLiteral("flood-risk"), QStringLiteral("--display-name"),
                           QStringLiteral("Flood risk"), QStringLiteral("--endpoint"),
                           QStringLiteral("https://models.example/flood-risk"), QStringLiteral("--task"),
                           QStringLiteral("classification")});
    QCOMPARE(c.exitCode, 0);
    QCOMPARE(c.out, QByteArray("flood-risk added\n"));
    QCOMPARE(stored("flood-risk"),
             QByteArray(R"({"display_name": "Flood risk", "endpoint": "https://models.example/flood-risk", )"
                        R"("topic": "", "task": "classification", "owner": "", "notes": ""})"));
    QVERIFY(active("flood-risk"));
    // Only the fields given change.
    c = config(QStringList{QStringLiteral("set")} + common +
               QStringList{QStringLiteral("flood-risk"), QStringLiteral("--owner"), QStringLiteral("hydro"),
                           QStringLiteral("--json")});
    QCOMPARE(c.exitCode, 0);
    QCOMPARE(c.out, stored("flood-risk") + "\n");
    QVERIFY(c.out.contains(R"("display_name": "Flood risk")") && c.out.contains(R"("owner": "hydro")"));
    c = config(
        QStringList{QStringLiteral("get"), QStringLiteral("--redis"), url, QStringLiteral("flood-risk")});
    QCOMPARE(c.exitCode, 0);
    QVERIFY2(c.out.contains("display name:  Flood risk\n") && c.out.contains("owner:         hydro\n") &&
                 c.out.contains("retired:       no\n"),
             c.out.constData());
    c = config(QStringList{QStringLiteral("get"), QStringLiteral("--redis"), url,
                           QStringLiteral("flood-risk"), QStringLiteral("--json")});
    QCOMPARE(c.out, stored("flood-risk") + "\n");
    // Refusals: exit 5 with why, nothing stored; usage exit 2.
    const QByteArray before = stored("flood-risk");
    c = config(
        QStringList{QStringLiteral("set")} + common +
        QStringList{QStringLiteral("flood-risk"), QStringLiteral("--endpoint"), QStringLiteral("ftp://x/y")});
    QCOMPARE(c.exitCode, 5);
    QVERIFY2(c.err.contains("the endpoint must be an http:// or https:// URL"), c.err.constData());
    c = config(QStringList{QStringLiteral("set")} + common +
               QStringList{QStringLiteral("flood-risk"), QStringLiteral("--topic"), QStringLiteral("a b")});
    QCOMPARE(c.exitCode, 5);
    c = config(QStringList{QStringLiteral("set")} + common + QStringList{QStringLiteral("flood-risk")});
    QCOMPARE(c.exitCode, 2);
    c = config(
        QStringList{QStringLiteral("set")} + common +
        QStringList{QStringLiteral("flood-risk"), QStringLiteral("--task"), QStringLiteral("ranking")});
    QCOMPARE(c.exitCode, 2);
    c = config(QStringList{QStringLiteral("set")} + common +
               QStringList{QStringLiteral("bad id"), QStringLiteral("--owner"), QStringLiteral("x")});
    QCOMPARE(c.exitCode, 2);
    QCOMPARE(stored("flood-risk"), before);
    // Retire, unknown, restore.
    c = config(QStringList{QStringLiteral("retire")} + common + QStringList{QStringLiteral("flood-risk")});
    QCOMPARE(c.exitCode, 0);
    QCOMPARE(c.out, QByteArray("flood-risk retired\n"));
    QVERIFY(!active("flood-risk"));
    QVERIFY(stored("flood-risk").endsWith(R"(, "retired": true})"));
    c = config(QStringList{QStringLiteral("retire")} + common + QStringList{QStringLiteral("nobody")});
    QCOMPARE(c.exitCode, 1);
    c = config(QStringList{QStringLiteral("retire")} + common +
               QStringList{QStringLiteral("flood-risk"), QStringLiteral("--restore")});
    QCOMPARE(c.exitCode, 0);
    QVERIFY(active("flood-risk"));
    QCOMPARE(stored("flood-risk"), before);
    // Audited: add, edit, retire, restore — refusals are not.
    const auto entries = auditEntries(db.toStdString());
    QCOMPARE(entries.size(), std::size_t(4));
    QCOMPARE(entries[0].action, std::string("model.add"));
    QCOMPARE(entries[1].action, std::string("model.edit"));
    QVERIFY(entries[1].details.find(R"("before":{"display_name":"Flood risk")") != std::string::npos);
    QCOMPARE(entries[2].action, std::string("model.retire"));
    QCOMPARE(entries[3].action, std::string("model.restore"));
    QVERIFY(ctl({QStringLiteral("config"), QStringLiteral("--help")}).out.contains("retire"));

    // The license's model limit (Community: 5 active models): a sixth is refused, exit 5, audited;
    // editing one of the five is not.
    for (const char *m : {"m2", "m3", "m4", "m5"})
        redis({QStringLiteral("SADD"), QStringLiteral("models:active"), QLatin1String(m)});
    const QString limitDb = m_dir->filePath(QStringLiteral("limit-audit.db"));
    const QStringList limited = {QStringLiteral("--redis"), url, QStringLiteral("--audit-db"), limitDb};
    c = config(QStringList{QStringLiteral("set")} + limited +
               QStringList{QStringLiteral("m6"), QStringLiteral("--owner"), QStringLiteral("risk")});
    QCOMPARE(c.exitCode, 5);
    QVERIFY2(c.err.contains("active models"), c.err.constData());
    QVERIFY(stored("m6").isEmpty());
    c = config(QStringList{QStringLiteral("set")} + limited +
               QStringList{QStringLiteral("flood-risk"), QStringLiteral("--owner"), QStringLiteral("risk")});
    QCOMPARE(c.exitCode, 0);
    const auto limitEntries = auditEntries(limitDb.toStdString());
    QCOMPARE(limitEntries.size(), std::size_t(2));
    QCOMPARE(limitEntries[0].action, std::string("license.refused"));
    QCOMPARE(limitEntries[1].action, std::string("model.edit"));
}

void TestModelConfig::tabEditsThroughCommands() {
    // Two models in the record: one configured and active, one only seen (windows, no config).
    QCOMPARE(run(edit(Kind::Add, flood())).outcome, Outcome::Applied);
    {
        RedisClient client(m_redis.redisUrl());
        QVERIFY(client.connect());
        SnapshotStore store(client);
        ProcessedWindow w = window("churn-model", T0 + kMinute, 0.9);
        QVERIFY(store.writeWindow(w, 0, nullptr));
    }
    audit::AuditService service;
    service.open(QString::fromStdString(m_dir->filePath(QStringLiteral("console.db")).toStdString()));
    WriterSource source(std::make_shared<RedisModelConfigWriter>(m_redis.redisUrl()));
    ui::ConsoleStore consoleStore;
    ui::ModelConfigurationTab tab(&consoleStore);
    tab.resize(1280, 720);
    tab.setAuditService(&service);
    QAbstractItemModelTester tester(tab.catalog(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&tab, &ui::ModelConfigurationTab::catalogLoaded);
    tab.setSource(&source);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 5000);
    QCOMPARE(tab.catalog()->rowCount(), 2);
    QCOMPARE(tab.catalog()->index(0, ui::ModelCatalogModel::Model).data().toString(),
             QStringLiteral("churn-model"));
    QCOMPARE(tab.catalog()->index(0, ui::ModelCatalogModel::State).data().toString(),
             QStringLiteral("seen, no configuration"));
    QCOMPARE(tab.catalog()->index(1, ui::ModelCatalogModel::State).data().toString(),
             QStringLiteral("active"));
    auto *displayName = tab.findChild<QLineEdit *>(QStringLiteral("displayName"));
    auto *endpoint = tab.findChild<QLineEdit *>(QStringLiteral("endpoint"));
    QSignalSpy saved(&tab, &ui::ModelConfigurationTab::saveFinished);

    // Edit and save: stored, audited. A model the console sees meanwhile does not wipe the form.
    tab.selectModel(QStringLiteral("flood-risk"));
    QCOMPARE(displayName->text(), QStringLiteral("Flood risk"));
    displayName->setText(QStringLiteral("Flood risk (v3)"));
    auto frame = std::make_shared<ConsoleFrame>();
    frame->record.emplace().models = std::vector<ModelInfo>{{"new-in-telemetry", "", TaskType::Auto}};
    consoleStore.applyFrame(frame);
    QCOMPARE(tab.catalog()->rowCount(), 3);
    QCOMPARE(displayName->text(), QStringLiteral("Flood risk (v3)"));
    QCOMPARE(tab.table()->selectionModel()->selectedRows().value(0).data().toString(),
             QStringLiteral("flood-risk"));
    tab.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
    QVERIFY(saved.takeFirst().at(0).toBool());
    QVERIFY(stored("flood-risk").contains(R"x("display_name": "Flood risk (v3)")x"));
    QTRY_VERIFY_WITH_TIMEOUT(tab.saveMessage() == QStringLiteral("flood-risk saved."), 5000);

    // A validation refusal says why and stores nothing.
    const QByteArray before = stored("flood-risk");
    endpoint->setText(QStringLiteral("models.example/flood"));
    tab.save();
    QCOMPARE(saved.size(), 1);
    QVERIFY(!saved.takeFirst().at(0).toBool());
    QVERIFY2(tab.saveMessage().contains(QStringLiteral("http:// or https://")),
             qPrintable(tab.saveMessage()));
    QCOMPARE(stored("flood-risk"), before);

    // Someone else changes it meanwhile: refused, said, reloaded; nothing of ours stored.
    endpoint->setText(QStringLiteral("https://models.example/flood-v3"));
    ModelConfig theirs = flood();
    theirs.owner = "someone-else";
    QCOMPARE(run(edit(Kind::Edit, theirs)).outcome, Outcome::Applied);
    const QByteArray afterTheirs = stored("flood-risk");
    tab.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
    QVERIFY(!saved.takeFirst().at(0).toBool());
    QCOMPARE(stored("flood-risk"), afterTheirs);
    QTRY_VERIFY_WITH_TIMEOUT(tab.saveMessage().contains(QStringLiteral("changed by someone else")), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(tab.findChild<QLineEdit *>(QStringLiteral("owner"))->text(),
                              QStringLiteral("someone-else"), 5000);

    // Retire asks first; Cancel does nothing, Retire retires; the row goes unless "Show retired".
    tab.selectModel(QStringLiteral("flood-risk"));
    tab.retireSelected();
    auto *box = tab.findChild<QMessageBox *>(QStringLiteral("retireConfirmation"));
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(100);
    QVERIFY(active("flood-risk"));
    tab.retireSelected();
    QTRY_VERIFY(tab.findChild<QMessageBox *>(QStringLiteral("retireConfirmation")));
    box = tab.findChild<QMessageBox *>(QStringLiteral("retireConfirmation"));
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
    QVERIFY(saved.takeFirst().at(0).toBool());
    QVERIFY(!active("flood-risk"));
    QTRY_COMPARE_WITH_TIMEOUT(tab.catalog()->rowCount(), 2, 5000);
    QCOMPARE(tab.catalog()->retiredHidden(), std::size_t(1));
    tab.findChild<QCheckBox *>()->setChecked(true);
    QCOMPARE(tab.catalog()->rowCount(), 3);
    QCOMPARE(tab.catalog()->index(1, ui::ModelCatalogModel::State).data().toString(),
             QStringLiteral("retired"));

    // Add a new model through the form; adding an existing id is refused.
    tab.startAdding();
    auto *id = tab.findChild<QLineEdit *>(QStringLiteral("modelId"));
    id->setText(QStringLiteral("claims-triage"));
    displayName->setText(QStringLiteral("Claims triage"));
    endpoint->setText(QStringLiteral("http://127.0.0.1:1/claims"));
    tab.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
    QVERIFY(saved.takeFirst().at(0).toBool());
    QVERIFY(active("claims-triage"));
    tab.startAdding();
    id->setText(QStringLiteral("claims-triage"));
    tab.save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
    QVERIFY(!saved.takeFirst().at(0).toBool());
    QVERIFY2(tab.saveMessage().contains(QStringLiteral("already exists")), qPrintable(tab.saveMessage()));

    // Every applied change is in the console's audit log.
    QTRY_VERIFY_WITH_TIMEOUT(
        auditEntries(m_dir->filePath(QStringLiteral("console.db")).toStdString()).size() == 3, 5000);
    const auto entries = auditEntries(m_dir->filePath(QStringLiteral("console.db")).toStdString());
    QCOMPARE(entries[0].action, std::string("model.edit"));
    QCOMPARE(entries[1].action, std::string("model.retire"));
    QCOMPARE(entries[2].action, std::string("model.add"));
}

void TestModelConfig::tabReadOnlyAndScreenshots() {
    HealthServer server;
    ModelConfig a = flood();
    a.endpoint = server.url("ok").toStdString();
    a.notes = "Retrained on the 2025 flood season.\nSecond line of notes.";
    QCOMPARE(run(edit(Kind::Add, a)).outcome, Outcome::Applied);
    ModelConfig b;
    b.modelId = "energy-load-forecaster";
    b.displayName = "Energy load forecaster";
    b.endpoint = server.url("fail").toStdString();
    b.topic = "model-telemetry";
    b.task = TaskType::Regression;
    b.owner = "grid-analytics";
    QCOMPARE(run(edit(Kind::Add, b)).outcome, Outcome::Applied);
    ModelConfig c = b;
    c.modelId = "legacy-scorer";
    c.displayName = "Legacy credit scorer";
    c.task = TaskType::Classification;
    c.owner = "risk";
    c.endpoint = server.url("slow").toStdString();
    QCOMPARE(run(edit(Kind::Add, c)).outcome, Outcome::Applied);
    QCOMPARE(run(edit(Kind::Retire, c)).outcome, Outcome::Applied);

    WriterSource source(std::make_shared<RedisModelConfigWriter>(m_redis.redisUrl()));
    ui::ModelConfigurationTab tab(nullptr);
    tab.setHealthTimeout(std::chrono::milliseconds(500));
    tab.resize(1280, 720);
    QSignalSpy loaded(&tab, &ui::ModelConfigurationTab::catalogLoaded);
    tab.setSource(&source);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 5000);
    tab.findChild<QCheckBox *>()->setChecked(true);
    tab.selectModel(QStringLiteral("flood-risk"));
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));

    QSignalSpy health(&tab, &ui::ModelConfigurationTab::healthFinished);
    QElapsedTimer clock;
    clock.start();
    tab.testConnection();
    QVERIFY(clock.elapsed() < 200); // never waits on the network
    QTRY_COMPARE_WITH_TIMEOUT(health.size(), 1, 5000);
    QVERIFY2(tab.healthMessage().startsWith(QStringLiteral("OK — HTTP 200 in ")),
             qPrintable(tab.healthMessage()));
    QVERIFY2(tab.healthMessage().contains(QStringLiteral("\nBody: healthy\nGET http://127.0.0.1:")),
             qPrintable(tab.healthMessage()));
    QDir().mkpath(QStringLiteral("/tmp/shots"));
    QVERIFY(tab.grab().save(QStringLiteral("/tmp/shots/model-config-direct.png")));

    tab.selectModel(QStringLiteral("energy-load-forecaster"));
    tab.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(health.size(), 2, 5000);
    QVERIFY2(tab.healthMessage().startsWith(QStringLiteral("HTTP error — HTTP 500 in ")),
             qPrintable(tab.healthMessage()));
    QVERIFY(tab.healthMessage().contains(QStringLiteral("\nBody: database down\nGET ")));
    tab.selectModel(QStringLiteral("legacy-scorer"));
    tab.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(health.size(), 3, 5000);
    QVERIFY(
        tab.healthMessage().startsWith(QStringLiteral("Timed out — no answer within 500 ms\nGET http://")));
    QVERIFY(tab.grab().save(QStringLiteral("/tmp/shots/model-config-retired-timeout.png")));

    // Read-only (an evidence pack exported from this record): its configurations, nothing
    // editable, and why.
    {
        RedisClient client(m_redis.redisUrl());
        QVERIFY(client.connect());
        SnapshotStore store(client);
        ProcessedWindow w = window("flood-risk", T0 + kMinute, 0.95);
        QVERIFY(store.writeWindow(w, 0, nullptr));
    }
    const QString pack = m_dir->filePath(QStringLiteral("pack.tar"));
    const Ctl exported =
        ctl({QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--redis"),
             QStringLiteral("redis://127.0.0.1:%1").arg(m_redis.port()), QStringLiteral("--models"),
             QStringLiteral("flood-risk,legacy-scorer"), QStringLiteral("--since"),
             QStringLiteral("2025-10-27T16:00:00Z"), QStringLiteral("--until"),
             QStringLiteral("2025-10-27T16:15:00Z"), QStringLiteral("--out"), pack,
             QStringLiteral("--audit-db"), m_dir->filePath(QStringLiteral("export.db"))});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    EvidenceTelemetrySource evidence(pack, {});
    loaded.clear();
    tab.setSource(&evidence);
    evidence.start();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 2, 10000); // at once (empty), then the pack's
    QVERIFY(tab.readOnly());
    QCOMPARE(tab.catalog()->rowCount(), 2);
    QCOMPARE(tab.catalog()->index(1, ui::ModelCatalogModel::State).data().toString(),
             QStringLiteral("retired"));
    tab.selectModel(QStringLiteral("flood-risk"));
    QCOMPARE(tab.findChild<QLineEdit *>(QStringLiteral("displayName"))->text(), QStringLiteral("Flood risk"));
    QVERIFY(tab.findChild<QLineEdit *>(QStringLiteral("displayName"))->isReadOnly());
    QVERIFY(tab.readOnlyReason().contains(QStringLiteral("read-only")));
    const auto buttons = tab.findChildren<QPushButton *>();
    for (QPushButton *button : buttons)
        if (button->text() == QStringLiteral("Save") || button->text() == QStringLiteral("New model…") ||
            button->text().startsWith(QStringLiteral("Retire")))
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
    QVERIFY(tab.findChild<QLabel *>(QStringLiteral("notice"))->text().contains(QStringLiteral("read-only")));
    QVERIFY(tab.grab().save(QStringLiteral("/tmp/shots/model-config-readonly.png")));
}

QTEST_MAIN(TestModelConfig)
#include "tst_model_config.moc"
