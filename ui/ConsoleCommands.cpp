#include "ConsoleCommands.h"

#include "MainWindow.h"
#include "audit/AuditService.h"
#include "redis/RedisUrl.h"
#include "sources/TelemetrySource.h"
#include "tabs/AuditEvidenceTab.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSettings>

namespace assurance::ui {

namespace {

const QString kIntervalKey = QStringLiteral("audit/checkpointIntervalMinutes");

// The Redis URL as a record may hold it: never with a password.
QString safeRedisUrl(const QString &text) {
    auto url = parseRedisUrl(text.trimmed().toStdString(), nullptr);
    if (!url)
        return text.contains(QLatin1Char('@')) ? QStringLiteral("(unreadable URL)") : text.trimmed();
    url->password.clear();
    return QString::fromStdString(url->redacted());
}

QJsonValue connectionJson(const std::optional<ConnectionSettings> &s) {
    if (!s)
        return QJsonValue(QJsonValue::Null);
    QJsonObject o{{QStringLiteral("kind"), QString::fromLatin1(ConnectionSettings::kindKey(s->kind))}};
    if (s->kind == SourceKind::Demo) {
        o.insert(QStringLiteral("demo_seed"), qint64(s->demoSeed));
    } else if (s->kind == SourceKind::Direct) {
        o.insert(QStringLiteral("redis_url"), safeRedisUrl(s->redisUrl));
        o.insert(QStringLiteral("brokers"), s->brokers);
        o.insert(QStringLiteral("topic"), s->topic);
        o.insert(QStringLiteral("agent_group"), s->agentGroup);
    }
    return o;
}

QByteArray json(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

ConsoleCommands::ConsoleCommands(MainWindow *window, audit::AuditService *audit, QSettings *settings,
                                 QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_audit(audit)
    , m_settings(settings)
    , m_checkpointMinutes(savedCheckpointIntervalMinutes(*settings)) {
    connect(window, &MainWindow::connectionRequested, this, &ConsoleCommands::connectSource);
    connect(window, &MainWindow::disconnectRequested, this, &ConsoleCommands::disconnectSource);
    connect(window->auditEvidence(), &AuditEvidenceTab::checkpointIntervalRequested, this,
            &ConsoleCommands::setCheckpointIntervalMinutes);
    window->auditEvidence()->setCheckpointIntervalMinutes(m_checkpointMinutes);
    if (m_audit)
        m_audit->setCheckpointInterval(std::chrono::minutes(m_checkpointMinutes));
}

ConsoleCommands::~ConsoleCommands() {
    stop();
}

int ConsoleCommands::savedCheckpointIntervalMinutes(QSettings &settings) {
    bool ok = false;
    const int minutes = settings.value(kIntervalKey, 60).toInt(&ok);
    return ok && minutes >= 0 ? minutes : 60;
}

QString ConsoleCommands::connectionTarget(const ConnectionSettings &s) {
    QString target = QString::fromLatin1(ConnectionSettings::kindKey(s.kind));
    if (s.kind == SourceKind::Direct) {
        target += QLatin1Char(' ') + safeRedisUrl(s.redisUrl);
        if (!s.brokers.trimmed().isEmpty())
            target += QStringLiteral(" kafka ") + s.brokers.trimmed() + QLatin1Char('/') + s.topic.trimmed();
    }
    return target;
}

void ConsoleCommands::record(const char *action, const QString &target, const QByteArray &detailsJson) {
    if (!m_audit)
        return;
    audit::AuditRecord r;
    r.action = action;
    r.target = target.toStdString();
    r.details = detailsJson.toStdString();
    m_audit->record(std::move(r));
}

// Where this installation's audit log is copied while connected (docs/audit.md "In Redis"): the
// Direct source's Redis, with its password (in memory only).
void ConsoleCommands::replicateAuditTo(const ConnectionSettings &settings) {
    if (!m_audit)
        return;
    std::optional<RedisUrl> url;
    if (settings.kind == SourceKind::Direct) {
        url = parseRedisUrl(settings.redisUrl.trimmed().toStdString(), nullptr);
        if (url && !settings.password.isEmpty())
            url->password = settings.password.toStdString();
    }
    m_audit->replicateTo(url);
}

void ConsoleCommands::adoptStartupSource(std::unique_ptr<TelemetrySource> source,
                                         const ConnectionSettings &settings) {
    ConnectionSettings saved = settings;
    saved.password.clear();
    m_window->setConnectionSettings(saved);
    replicateAuditTo(source ? settings : ConnectionSettings{});
    if (!source) {
        m_window->attachSource(nullptr);
        return;
    }
    m_source = std::move(source);
    m_current = saved;
    m_window->attachSource(m_source.get());
    m_source->start();
    record("source.connect", connectionTarget(saved),
           json({{QStringLiteral("before"), QJsonValue(QJsonValue::Null)},
                 {QStringLiteral("after"), connectionJson(saved)},
                 {QStringLiteral("reason"), QStringLiteral("startup")}}));
}

bool ConsoleCommands::connectSource(const ConnectionSettings &requested) {
    QString why;
    auto next = createSource(requested, &why);
    if (!next) {
        m_window->setSourceState(QString(), why);
        return false;
    }
    ConnectionSettings saved = requested;
    saved.password.clear();
    const std::optional<ConnectionSettings> before = m_current;
    if (m_source)
        m_source->stop(); // never waits: its threads finish on their own
    m_source = std::move(next);
    m_current = saved;
    m_window->setConnectionSettings(saved);
    m_window->attachSource(m_source.get());
    m_source->start();
    saved.save(*m_settings); // never the password
    replicateAuditTo(requested);
    record(before ? "source.switch" : "source.connect", connectionTarget(saved),
           json({{QStringLiteral("before"), connectionJson(before)},
                 {QStringLiteral("after"), connectionJson(saved)}}));
    return true;
}

void ConsoleCommands::disconnectSource() {
    if (!m_source)
        return;
    const std::optional<ConnectionSettings> before = m_current;
    m_source->stop();
    m_window->attachSource(nullptr);
    m_source.reset();
    m_current.reset();
    replicateAuditTo(ConnectionSettings{});
    record("source.disconnect", before ? connectionTarget(*before) : QString(),
           json({{QStringLiteral("before"), connectionJson(before)},
                 {QStringLiteral("after"), QJsonValue(QJsonValue::Null)}}));
}

void ConsoleCommands::setCheckpointIntervalMinutes(int minutes) {
    minutes = std::max(0, minutes);
    if (minutes == m_checkpointMinutes)
        return;
    const int before = m_checkpointMinutes;
    m_checkpointMinutes = minutes;
    if (m_audit)
        m_audit->setCheckpointInterval(std::chrono::minutes(minutes));
    m_settings->setValue(kIntervalKey, minutes);
    m_window->auditEvidence()->setCheckpointIntervalMinutes(minutes);
    const QString key = QStringLiteral("audit.checkpoint_interval_minutes");
    record("settings.change", QStringLiteral("settings/") + key,
           json({{QStringLiteral("before"), QJsonObject{{key, before}}},
                 {QStringLiteral("after"), QJsonObject{{key, minutes}}}}));
}

void ConsoleCommands::stop() {
    if (m_source) {
        m_source->stop();
        if (m_window)
            m_window->attachSource(nullptr);
    }
}

} // namespace assurance::ui
