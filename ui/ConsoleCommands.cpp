#include "ConsoleCommands.h"

#include "ConsoleStore.h"
#include "MainWindow.h"
#include "Presentation.h"
#include "audit/AuditService.h"
#include "commands/EpisodeCommand.h"
#include "dialogs/ExportEvidenceDialog.h"
#include "evidence/EvidenceContent.h"
#include "evidence/EvidenceExportJob.h"
#include "evidence/TrustedKeys.h"
#include "license/LicenseService.h"
#include "models/ViolationTableModel.h"
#include "redis/RedisUrl.h"
#include "sources/DirectTelemetrySource.h"
#include "sources/EvidenceTelemetrySource.h"
#include "sources/TelemetrySource.h"
#include "tabs/AuditEvidenceTab.h"
#include "tabs/ViolationsTab.h"

#include <QCoroTask>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

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
    } else if (s->kind == SourceKind::Evidence) {
        o.insert(QStringLiteral("pack"), QFileInfo(s->evidencePath).absoluteFilePath());
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
    , m_checkpointMinutes(savedCheckpointIntervalMinutes(*settings))
    , m_export(new evidence::EvidenceExportJob(this)) {
    connect(window, &MainWindow::connectionRequested, this, &ConsoleCommands::connectSource);
    connect(window, &MainWindow::evidenceRequested, this, &ConsoleCommands::openEvidence);
    connect(window, &MainWindow::trustSignerRequested, this, &ConsoleCommands::trustSigner);
    connect(window, &MainWindow::exportEvidenceRequested, this, &ConsoleCommands::exportEvidence);
    ViolationsTab *violations = window->violations();
    connect(violations, &ViolationsTab::acknowledgeRequested, this,
            [this](const QStringList &ids, const QString &note) {
                runEpisodeActions(OperatorAction::Kind::Acknowledge, ids, note);
            });
    connect(violations, &ViolationsTab::resolveRequested, this,
            [this](const QStringList &ids, const QString &note) {
                runEpisodeActions(OperatorAction::Kind::Resolve, ids, note);
            });
    connect(violations, &ViolationsTab::noteRequested, this,
            [this](const QStringList &ids, const QString &note) {
                runEpisodeActions(OperatorAction::Kind::Note, ids, note);
            });
    connect(this, &ConsoleCommands::actionsFinished, violations,
            [violations](bool ok, const QString &message) { violations->showActionResult(message, ok); });
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
    } else if (s.kind == SourceKind::Evidence) {
        target += QLatin1Char(' ') + QFileInfo(s.evidencePath).absoluteFilePath();
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
    // Connect… offers the last live connection, never the pack opened with --evidence.
    m_window->setConnectionSettings(saved.kind == SourceKind::Evidence ? ConnectionSettings::load(*m_settings)
                                                                       : saved);
    replicateAuditTo(source ? settings : ConnectionSettings{});
    if (!source) {
        m_window->attachSource(nullptr);
        return;
    }
    m_source = std::move(source);
    m_current = saved;
    m_window->attachSource(m_source.get());
    watchEvidence();
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
    if (saved.kind != SourceKind::Evidence) // Connect… keeps offering the last live connection
        m_window->setConnectionSettings(saved);
    m_window->attachSource(m_source.get());
    watchEvidence();
    m_source->start();
    saved.save(*m_settings); // never the password; an Evidence source keeps the saved one
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

void ConsoleCommands::watchEvidence() {
    if (auto *evidence = qobject_cast<EvidenceTelemetrySource *>(m_source.get()))
        connect(evidence, &EvidenceTelemetrySource::loaded, this, &ConsoleCommands::recordReview);
}

bool ConsoleCommands::openEvidence(const QString &packPath) {
    ConnectionSettings s;
    s.kind = SourceKind::Evidence;
    s.evidencePath = packPath;
    return connectSource(s);
}

void ConsoleCommands::recordReview(const std::shared_ptr<const evidence::EvidenceContent> &content) {
    auto *evidence = qobject_cast<EvidenceTelemetrySource *>(m_source.get());
    if (!evidence || !content)
        return;
    const evidence::PackVerdict &v = content->verdict;
    const char *trust = "not_verified";
    switch (v.trust) {
    case evidence::PackTrust::Verified:
        trust = "verified";
        break;
    case evidence::PackTrust::UnknownSigner:
        trust = "unknown_signer";
        break;
    case evidence::PackTrust::IntegrityOnly:
        trust = "integrity_only";
        break;
    case evidence::PackTrust::NotVerified:
        break;
    }
    QJsonObject details{{QStringLiteral("pack"), QFileInfo(evidence->packPath()).absoluteFilePath()},
                        {QStringLiteral("verdict"), QString::fromLatin1(trust)},
                        {QStringLiteral("root_digest"), QString::fromStdString(v.rootDigest)},
                        {QStringLiteral("signer"), QString::fromStdString(v.signerFingerprint)},
                        {QStringLiteral("parts_valid"), v.partsValid},
                        {QStringLiteral("parts_total"), v.partsTotal}};
    if (!v.firstBroken.empty())
        details.insert(QStringLiteral("first_broken"), QString::fromStdString(v.firstBroken));
    record("evidence.review", QFileInfo(evidence->packPath()).absoluteFilePath(), json(details));
}

void ConsoleCommands::trustSigner() {
    auto *evidence = qobject_cast<EvidenceTelemetrySource *>(m_source.get());
    if (!evidence || !evidence->content() || evidence->content()->verdict.signerPublicKeyPem.empty())
        return;
    const auto key = signing::PublicKey::fromPem(evidence->content()->verdict.signerPublicKeyPem);
    if (!key)
        return;
    QPointer<EvidenceTelemetrySource> source(evidence);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, source, key = *key] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            if (m_window)
                m_window->setSourceState(QString(), tr("The key could not be trusted: %1").arg(error));
            return;
        }
        record("evidence.trust_key", QStringLiteral("key/") + QString::fromStdString(key.fingerprint()),
               json({{QStringLiteral("fingerprint"), QString::fromStdString(key.fingerprint())},
                     {QStringLiteral("directory"), evidence::trustedKeysDirectory()}}));
        if (source && source == m_source.get())
            source->start(); // verify again: now with the key trusted
    });
    watcher->setFuture(QtConcurrent::run([key = *key] {
        std::string error;
        return evidence::trustKey(key, &error) ? QString() : QString::fromStdString(error);
    }));
}

bool ConsoleCommands::exportEvidence() {
    AuditEvidenceTab *tab = m_window ? m_window->auditEvidence() : nullptr;
    ExportEvidenceDialog *dialog = m_window ? m_window->exportDialog() : nullptr;
    auto *direct = qobject_cast<DirectTelemetrySource *>(m_source.get());
    if (!tab || !dialog || !direct || !m_audit)
        return false;
    const ExportEvidenceDialog::Choice choice = dialog->choice();
    evidence::ExportJobRequest request;
    request.redis = direct->redisUrl();
    for (const QString &m : choice.models)
        request.models.push_back(m.toStdString());
    request.sinceMs = choice.sinceMs;
    request.untilMs = choice.untilMs;
    request.outPath = choice.outPath.toStdString();
    request.keyFile = choice.keyFile.toStdString();
    request.auditDb = m_audit->info().path.toStdString();
    QString why;
    // Gate "signed evidence" (docs/license.md): Community exports unsigned packs only.
    if (!request.keyFile.empty()) {
        license::LicenseService *service = m_window->licenseService();
        const license::Entitlements entitled =
            service ? service->entitlements() : license::Entitlements::community();
        if (!entitled.allowsSignedEvidence()) {
            const QString reason =
                QString::fromStdString(entitled.refusalReason(license::feature::SignedEvidence));
            if (service)
                service->recordRefusal(QStringLiteral("signed-evidence"), reason);
            tab->showExportRefused(
                tr("A signed export is refused: %1. Export without a key for an unsigned pack.").arg(reason));
            return false;
        }
    }
    if (request.auditDb.empty()) {
        tab->showExportRefused(
            tr("The audit log is not open: an export that cannot be recorded is not made."));
        return false;
    }
    if (!m_export->start(request, &why)) {
        tab->showExportRefused(why);
        return false;
    }
    tab->trackExport(m_export);
    connect(
        m_export, &evidence::EvidenceExportJob::finished, this,
        [this] {
            if (m_audit)
                m_audit->catchUp(); // show and replicate the export's own entry
        },
        Qt::SingleShotConnection);
    return true;
}

namespace {

QString actionVerb(OperatorAction::Kind kind) {
    switch (kind) {
    case OperatorAction::Kind::Acknowledge:
        return ConsoleCommands::tr("acknowledged");
    case OperatorAction::Kind::Resolve:
        return ConsoleCommands::tr("resolved");
    case OperatorAction::Kind::Note:
        break;
    }
    return ConsoleCommands::tr("noted");
}

// "bob@ops at 2025-10-27 16:02:00 (acknowledged: on it)": the last thing done to a stored episode.
QString lastAction(const std::optional<ViolationEpisode> &episode) {
    if (!episode || episode->actions.empty())
        return ConsoleCommands::tr("someone else");
    const OperatorAction &a = episode->actions.back();
    return ConsoleCommands::tr("%1 at %2 (%3: %4)")
        .arg(fromStd(a.actor), formatTime(a.timeMs, true), actionVerb(a.kind), fromStd(a.note));
}

// What the operator reads about one episode the command did not apply.
QString refusalText(const QString &id, const EpisodeCommandResult &r) {
    using O = EpisodeWriteResult::Outcome;
    switch (r.outcome) {
    case O::Applied:
        return {};
    case O::Conflict:
        return ConsoleCommands::tr("%1 was changed meanwhile by %2: nothing was written. Look at it again.")
            .arg(id, lastAction(r.episode));
    case O::Invalid:
        if (r.refusal == ActionRefusal::AlreadyAcknowledged)
            return ConsoleCommands::tr("%1 is already acknowledged, by %2.").arg(id, lastAction(r.episode));
        if (r.refusal == ActionRefusal::AlreadyResolved)
            return ConsoleCommands::tr("%1 is already resolved, by %2.").arg(id, lastAction(r.episode));
        if (r.refusal == ActionRefusal::EmptyNote)
            return ConsoleCommands::tr("%1: a note is required.").arg(id);
        return ConsoleCommands::tr("%1: %2").arg(id, fromStd(r.error));
    case O::NotFound:
        return ConsoleCommands::tr("%1 is not in the record (any more).").arg(id);
    case O::ReadOnly:
        return ConsoleCommands::tr("%1: this source is read-only.").arg(id);
    case O::Failed:
        break;
    }
    return ConsoleCommands::tr("%1 was not written: %2").arg(id, fromStd(r.error));
}

} // namespace

QCoro::Task<void> ConsoleCommands::runEpisodeActions(OperatorAction::Kind kind, QStringList episodeIds,
                                                     QString note) {
    QPointer<ConsoleCommands> self(this);
    QPointer<MainWindow> window = m_window;
    const std::shared_ptr<EpisodeWriter> writer = m_source ? m_source->episodeWriter() : nullptr;
    // The console's log records each applied action (queued on its thread; failures come as its
    // recordFailed signal, shown in the status bar).
    QPointer<audit::AuditService> audit = m_audit;
    const AuditAppend append = [audit](const audit::AuditRecord &record, std::string *error) {
        if (!audit) {
            *error = "the audit log is not open";
            return false;
        }
        audit->record(record);
        return true;
    };
    // The license (docs/license.md): read-only after the grace period or while the clock is rolled
    // back. The window disables the actions then; this refuses what arrives anyway, audited.
    if (license::LicenseService *service = m_window ? m_window->licenseService() : nullptr;
        service && !service->entitlements().allowsOperatorCommands()) {
        const QString why =
            QString::fromStdString(service->entitlements().refusalReason("operator-commands"));
        service->recordRefusal(QString::fromStdString(EpisodeCommand::auditAction(kind)), why);
        Q_EMIT actionsFinished(false, tr("Refused: %1.").arg(why));
        co_return;
    }
    QStringList problems;
    int applied = 0;
    for (const QString &id : episodeIds) {
        EpisodeAction action;
        action.kind = kind;
        action.episodeId = id.toStdString();
        action.note = note.toStdString();
        if (window)
            if (const ViolationEpisode *seen = window->store()->violations()->find(action.episodeId))
                action.expectedActions = seen->actions.size();
        const EpisodeCommandResult r = co_await EpisodeCommand::runAsync(writer, action, append);
        if (!self)
            co_return; // the console is closing: nobody is left to tell
        if (r.outcome != EpisodeWriteResult::Outcome::Applied) {
            problems << refusalText(id, r);
            continue;
        }
        ++applied;
        if (!r.audited)
            problems << tr("%1 was %2, but NOT recorded in the audit log: %3")
                            .arg(id, actionVerb(kind), QString::fromStdString(r.auditError));
    }
    QString message = tr("%n episode(s) %1.", nullptr, applied).arg(actionVerb(kind));
    if (!problems.isEmpty())
        message += QLatin1Char(' ') + problems.join(QLatin1Char(' '));
    Q_EMIT actionsFinished(problems.isEmpty(), message);
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
