#include "MainWindow.h"

#include "ConsoleStore.h"
#include "audit/AuditService.h"
#include "dialogs/ConnectionDialog.h"
#include "dialogs/ExportEvidenceDialog.h"
#include "evidence/EvidenceContent.h"
#include "license/LicenseService.h"
#include "models/ModelListModel.h"
#include "sources/EvidenceTelemetrySource.h"
#include "sources/TelemetrySource.h"
#include "tabs/AssuranceLabelTab.h"
#include "tabs/AuditEvidenceTab.h"
#include "tabs/BaselineTolerancesTab.h"
#include "tabs/LicenseTab.h"
#include "tabs/ModelConfigurationTab.h"
#include "tabs/RealTimeMetricsTab.h"
#include "tabs/ViolationsTab.h"
#include "widgets/EvidenceBanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace assurance::ui {

MainWindow::MainWindow(ConsoleStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_banner(new EvidenceBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_realTime(new RealTimeMetricsTab(store, this))
    , m_labels(new AssuranceLabelTab(store, this))
    , m_violations(new ViolationsTab(store, this))
    , m_tolerances(new BaselineTolerancesTab(store, this))
    , m_audit(new AuditEvidenceTab(this))
    , m_modelConfig(new ModelConfigurationTab(store, this))
    , m_licenseTab(new LicenseTab(this))
    , m_modelLimitNotice(new QLabel(this))
    , m_licenseNotice(new QLabel(this))
    , m_auditState(new QLabel(this))
    , m_source(new QLabel(this))
    , m_state(new QLabel(this))
    , m_rate(new QLabel(this)) {
    setWindowTitle(tr("Assurance Console"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_realTime, tr("Real-Time Metrics"));
    m_tabs->addTab(m_labels, tr("Assurance Label"));
    m_tabs->addTab(m_violations, tr("Violations"));
    m_tabs->addTab(m_tolerances, tr("Baseline && Tolerances"));
    m_tabs->addTab(m_modelConfig, tr("Model Configuration"));
    m_tabs->addTab(m_licenseTab, tr("License"));
    m_tabs->addTab(m_audit, tr("Audit && Evidence"));
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    m_modelLimitNotice->setWordWrap(true);
    m_modelLimitNotice->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff8e1; border-bottom: 1px solid #ffb300; padding: 6px 10px; }"));
    m_modelLimitNotice->hide();
    centralLayout->addWidget(m_modelLimitNotice);
    m_licenseNotice->setWordWrap(true);
    m_licenseNotice->hide();
    centralLayout->insertWidget(centralLayout->indexOf(m_modelLimitNotice), m_licenseNotice);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    connect(m_banner, &EvidenceBanner::trustKeyRequested, this, &MainWindow::confirmTrust);
    connect(this, &MainWindow::readOnlyChanged, m_violations, &ViolationsTab::setReadOnly);
    connect(this, &MainWindow::readOnlyChanged, m_modelConfig, &ModelConfigurationTab::setReadOnly);
    connect(this, &MainWindow::readOnlyChanged, m_tolerances, &BaselineTolerancesTab::setReadOnly);
    connect(m_audit, &AuditEvidenceTab::openEvidenceClicked, this, &MainWindow::openEvidenceDialog);
    connect(m_audit, &AuditEvidenceTab::exportEvidenceClicked, this, &MainWindow::openExportDialog);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Connect…"), this, [this] { openConnectDialog(); });
    fileMenu->addAction(tr("Open &Evidence…"), QKeySequence::Open, this, &MainWindow::openEvidenceDialog);
    m_disconnect = fileMenu->addAction(tr("&Disconnect"), this, &MainWindow::disconnectRequested);
    m_disconnect->setEnabled(false);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *showRetired = viewMenu->addAction(tr("Show &Retired Models"));
    showRetired->setCheckable(true);
    showRetired->setToolTip(tr("List models whose configuration is retired in every tab"));
    connect(showRetired, &QAction::toggled, m_store, &ConsoleStore::setShowRetired);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Assurance Console"), this, [this] {
        QMessageBox::about(
            this, tr("About Assurance Console"),
            tr("<b>Assurance Console %1</b><p>Live metrics, assurance labels and violations for "
               "machine-learning models in production.</p>")
                .arg(QApplication::applicationVersion()));
    });

    statusBar()->addWidget(m_source);
    statusBar()->addWidget(m_state);
    statusBar()->addPermanentWidget(m_auditState);
    statusBar()->addPermanentWidget(m_rate);
    showStatus();
    showAuditState();
    connect(store, &ConsoleStore::frameApplied, this, &MainWindow::updateRate);
    connect(store, &ConsoleStore::modelLimitChanged, this, &MainWindow::showModelLimit);
    showModelLimit();
    resize(1440, 900);
}

void MainWindow::setLicenseService(license::LicenseService *service) {
    if (m_license)
        m_license->disconnect(this);
    m_license = service;
    m_licenseTab->setLicenseService(service);
    if (!service)
        return;
    auto apply = [this] {
        if (!m_license)
            return;
        m_store->setEntitlements(m_license->entitlements());
        showLicenseNotice();
        updateReadOnly();
    };
    connect(service, &license::LicenseService::changed, this, apply);
    apply();
}

void MainWindow::showLicenseNotice() {
    const license::Status &s = m_license->status();
    const license::Entitlements &e = m_license->entitlements();
    QString text;
    bool severe = false;
    if (e.readOnly()) {
        text = tr("Read-only: %1.").arg(QString::fromStdString(e.refusalReason("operator-commands")));
        severe = true;
    } else if (s.state == license::State::ExpiredInGrace && s.license) {
        const auto left = (s.license->expiresMs + license::kGraceMs - s.nowMs) / license::kDayMs;
        text = tr("The license has expired: the grace period ends in %1 days, then the console becomes "
                  "read-only. "
                  "See the License tab.")
                   .arg(left);
    } else if (s.state == license::State::Expiring && s.license) {
        text = tr("The license expires in %1 days. See the License tab to request a renewal.")
                   .arg((s.license->expiresMs - s.nowMs) / license::kDayMs);
    } else if (s.state == license::State::Invalid) {
        text = tr("The activated license is invalid (%1): running as Community. See the License tab.")
                   .arg(QString::fromStdString(s.invalidReason));
        severe = true;
    }
    m_licenseNotice->setText(text);
    m_licenseNotice->setStyleSheet(
        severe ? QStringLiteral(
                     "QLabel { background: #ffebee; border-bottom: 1px solid #e53935; padding: 6px 10px; }")
               : QStringLiteral(
                     "QLabel { background: #fff8e1; border-bottom: 1px solid #ffb300; padding: 6px 10px; }"));
    m_licenseNotice->setVisible(!text.isEmpty());
}

void MainWindow::showModelLimit() {
    const auto &limit = m_store->modelLimit();
    if (limit.hidden.empty()) {
        m_modelLimitNotice->hide();
        return;
    }
    QStringList shown, hidden;
    for (const auto &id : limit.shown)
        shown << QString::fromStdString(id);
    for (const auto &id : limit.hidden)
        hidden << QString::fromStdString(id);
    const auto max =
        m_license ? m_license->entitlements().maxModels() : license::Entitlements::community().maxModels();
    m_modelLimitNotice->setText(
        tr("Model limit: %n model(s) shown (%1); %2 hidden (%3). This license allows %4 active models: the "
           "first ones by id are shown. Activate a license with a higher limit in the License tab to see "
           "all.",
           nullptr, static_cast<int>(shown.size()))
            .arg(shown.join(QStringLiteral(", ")))
            .arg(hidden.size())
            .arg(hidden.join(QStringLiteral(", ")))
            .arg(max.value_or(0)));
    m_modelLimitNotice->show();
}

ConnectionDialog *MainWindow::connectDialog() const {
    return qobject_cast<ConnectionDialog *>(m_dialog.data());
}

void MainWindow::openConnectDialog(const QString &reason) {
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    auto *dialog = new ConnectionDialog(m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!reason.isEmpty())
        dialog->setMessage(reason);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_connection = dialog->settings();
        Q_EMIT connectionRequested(m_connection);
    });
    m_dialog = dialog;
    dialog->open(); // window-modal, returns at once
}

void MainWindow::attachSource(TelemetrySource *source) {
    if (m_current)
        m_current->disconnect(this);
    m_current = source;
    m_askedForPassword = false;
    m_disconnect->setEnabled(source != nullptr);
    m_store->reset(); // the previous source's models, charts and labels go now, not at the next frame
    m_audit->clearPack();
    const bool direct = source && source->kind() == SourceKind::Direct;
    m_audit->setExportAvailable(direct,
                                tr("Export reads the Direct source's record: connect to Redis first."));
    if (source && source->kind() == SourceKind::Evidence)
        setReadOnly(true, tr("An evidence pack is a record for review: nothing in it can be changed."));
    else
        setReadOnly(false, {});
    m_labels->setSource(source);
    m_tolerances->setWriter(source ? source->toleranceWriter() : nullptr,
                            source ? tr("%1 cannot be changed from the console.").arg(source->name())
                                   : tr("No source is connected."));
    m_modelConfig->setSource(source);
    if (!source) {
        m_banner->clear();
        showStatus();
        return;
    }
    connect(source, &TelemetrySource::frameReady, m_store, &ConsoleStore::applyFrame);
    connect(source, &TelemetrySource::statusChanged, this, &MainWindow::showStatus);
    if (auto *evidence = qobject_cast<EvidenceTelemetrySource *>(source)) {
        connect(evidence, &EvidenceTelemetrySource::loaded, this, &MainWindow::showEvidence);
        m_banner->showLoading(evidence->name());
    } else {
        m_banner->clear();
    }
    showStatus();
}

void MainWindow::showEvidence() {
    auto *evidence = qobject_cast<EvidenceTelemetrySource *>(m_current.data());
    if (!evidence || !evidence->content())
        return;
    m_banner->showVerdict(evidence->name(), evidence->content()->verdict);
    m_audit->showPack(evidence->packPath(), evidence->content());
}

void MainWindow::setReadOnly(bool readOnly, const QString &why) {
    m_sourceReadOnly = readOnly;
    m_sourceReadOnlyWhy = why;
    updateReadOnly();
}

// Read-only when the source is (an evidence pack) or the license is (expired past grace, the clock
// rolled back): the source's reason first.
void MainWindow::updateReadOnly() {
    bool readOnly = m_sourceReadOnly;
    QString why = m_sourceReadOnlyWhy;
    if (!readOnly && m_license && m_license->entitlements().readOnly()) {
        readOnly = true;
        why = tr("Read-only: %1.")
                  .arg(QString::fromStdString(m_license->entitlements().refusalReason("operator-commands")));
    }
    if (readOnly == m_readOnly && (!readOnly || why == m_readOnlyWhy))
        return;
    m_readOnly = readOnly;
    m_readOnlyWhy = why;
    Q_EMIT readOnlyChanged(readOnly, why);
}

void MainWindow::confirmTrust() {
    auto *evidence = qobject_cast<EvidenceTelemetrySource *>(m_current.data());
    if (!evidence || !evidence->content())
        return;
    const auto &v = evidence->content()->verdict;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Trust this key?"),
                        tr("Trust the key with fingerprint\n\n%1\n\nfor every evidence pack it signs, "
                           "in this console and in assurancectl? Do this only if the key's owner "
                           "confirmed this fingerprint to you through another channel.")
                            .arg(QString::fromStdString(v.signerFingerprint)),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Trust this key"));
    connect(box, &QMessageBox::accepted, this, &MainWindow::trustSignerRequested);
    box->open();
}

void MainWindow::openEvidenceDialog() {
    auto *dialog = new QFileDialog(this, tr("Open Evidence Pack"), QString(),
                                   tr("Evidence packs (*.tar);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::evidenceRequested);
    dialog->open();
}

ExportEvidenceDialog *MainWindow::exportDialog() const {
    return qobject_cast<ExportEvidenceDialog *>(m_exportDialog.data());
}

void MainWindow::openExportDialog() {
    if (m_exportDialog) {
        m_exportDialog->raise();
        return;
    }
    QStringList models;
    for (int row = 0; row < m_store->models()->rowCount(); ++row)
        models << m_store->models()->idAt(row);
    const qint64 now =
        m_store->lastFrameMs() > 0 ? m_store->lastFrameMs() : QDateTime::currentMSecsSinceEpoch();
    auto *dialog = new ExportEvidenceDialog(models, now, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::exportEvidenceRequested);
    m_exportDialog = dialog;
    dialog->open();
}

namespace {

QString stateText(TelemetrySource::State state) {
    switch (state) {
    case TelemetrySource::State::Stopped:
        return MainWindow::tr("stopped");
    case TelemetrySource::State::Starting:
        return MainWindow::tr("connecting…");
    case TelemetrySource::State::Running:
        return MainWindow::tr("running");
    case TelemetrySource::State::Reconnecting:
        return MainWindow::tr("connection lost, reconnecting…");
    case TelemetrySource::State::Failed:
        return MainWindow::tr("failed");
    }
    return {};
}

QString reasonText(const TelemetrySource::PartStatus &s) {
    switch (s.reason) {
    case TelemetrySource::Reason::None:
        return {};
    case TelemetrySource::Reason::ConnectionFailed:
        return s.error; // the library's own words
    case TelemetrySource::Reason::AuthenticationFailed:
        return MainWindow::tr("Redis needs a password, or refused it (%1)").arg(s.error);
    case TelemetrySource::Reason::WaitingForRecord:
        return MainWindow::tr("waiting for the record");
    case TelemetrySource::Reason::NotConfigured:
        return MainWindow::tr("no Kafka brokers given");
    case TelemetrySource::Reason::UnreadableValues:
        return MainWindow::tr("%n value(s) in the record could not be read (see the log)", nullptr,
                              static_cast<int>(std::min<std::uint64_t>(s.count, 1'000'000)));
    }
    return {};
}

QString partText(const QString &part, const TelemetrySource::PartStatus &s) {
    QString text = part + QStringLiteral(": ") + stateText(s.state);
    if (const QString why = reasonText(s); !why.isEmpty())
        text += QStringLiteral(" (") + why + QLatin1Char(')');
    return text;
}

} // namespace

void MainWindow::showStatus() {
    if (!m_current) {
        setSourceState(tr("none"), tr("not connected — File → Connect…"));
        return;
    }
    const auto record = m_current->status(TelemetrySource::Part::Record);
    const auto live = m_current->status(TelemetrySource::Part::Live);
    setSourceState(m_current->name(),
                   partText(tr("record"), record) + QStringLiteral(" · ") + partText(tr("live"), live));
    // Redis wants a password we do not have (it is never stored): ask, once, without blocking.
    if (record.reason == TelemetrySource::Reason::AuthenticationFailed && !m_askedForPassword) {
        m_askedForPassword = true;
        openConnectDialog(tr("Redis needs a password to connect (%1).").arg(record.error));
    }
}

void MainWindow::setSourceState(const QString &source, const QString &state) {
    m_source->setText(tr("Source: %1").arg(source));
    m_state->setText(state);
}

void MainWindow::updateRate() {
    QString text = tr("%1 events/s · %2 accepted · %3 rejected")
                       .arg(m_store->eventsPerSecond(), 0, 'f', 1)
                       .arg(m_store->acceptedTotal())
                       .arg(m_store->rejectedTotal());
    if (const auto lag = m_store->consumerLag())
        text += QStringLiteral(" · ") + tr("agents' lag %1 messages").arg(*lag);
    m_rate->setText(text);
}

void MainWindow::setAuditService(audit::AuditService *service) {
    if (m_auditService)
        m_auditService->disconnect(this);
    m_auditService = service;
    m_audit->setService(service);
    // Queued: AuditService::record returns at once; a failure arrives as recordFailed (below).
    m_tolerances->setAuditAppend([service = QPointer<audit::AuditService>(service)](
                                     const audit::AuditRecord &record, std::string *error) {
        if (!service) {
            if (error)
                *error = "no audit log";
            return false;
        }
        service->record(record);
        return true;
    });
    m_modelConfig->setAuditService(service);
    if (service) {
        connect(service, &audit::AuditService::stateChanged, this, &MainWindow::showAuditState);
        connect(service, &audit::AuditService::recordFailed, this, [this](const QString &error) {
            m_auditState->setText(tr("Audit: NOT RECORDED"));
            m_auditState->setToolTip(error);
            statusBar()->showMessage(error, 30'000);
        });
    }
    showAuditState();
}

void MainWindow::showAuditState() {
    QString text, tip;
    bool bad = true;
    if (!m_auditService) {
        text = tr("Audit: off");
    } else {
        switch (m_auditService->state()) {
        case audit::AuditService::State::Open:
            text = tr("Audit: recording");
            tip = m_auditService->info().path;
            bad = false;
            break;
        case audit::AuditService::State::Opening:
            text = tr("Audit: opening…");
            bad = false;
            break;
        case audit::AuditService::State::Failed:
            text = tr("Audit: unavailable");
            tip = m_auditService->error();
            break;
        case audit::AuditService::State::Closed:
            text = tr("Audit: off");
            break;
        }
    }
    m_auditState->setText(text);
    m_auditState->setToolTip(tip);
    QPalette p = m_auditState->palette();
    p.setColor(QPalette::WindowText, bad ? QColor(0xd6, 0x3b, 0x3b) : palette().color(QPalette::WindowText));
    m_auditState->setPalette(p);
}

QString MainWindow::statusText() const {
    return m_source->text() + QLatin1Char(' ') + m_state->text() + QLatin1Char(' ') + m_auditState->text() +
           QLatin1Char(' ') + m_rate->text();
}

} // namespace assurance::ui
