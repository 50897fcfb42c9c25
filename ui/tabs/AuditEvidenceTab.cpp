#include "AuditEvidenceTab.h"

#include "Presentation.h"
#include "audit/AuditService.h"
#include "models/AuditEntryFeed.h"
#include "models/AuditEntryTableModel.h"
#include "models/CheckpointTableModel.h"
#include "widgets/EvidencePackView.h"

#include "evidence/EvidenceContent.h"
#include "evidence/EvidenceExportJob.h"

#include <QCheckBox>
#include <QCoroTask>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace assurance::ui {

namespace {

QLabel *selectableLabel(QWidget *parent) {
    auto *l = new QLabel(parent);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

void setColor(QLabel *label, const QColor &color) {
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

const QColor kRed(0xd6, 0x3b, 0x3b);
const QColor kGreen(0x2e, 0x9d, 0x4f);

} // namespace

AuditEvidenceTab::AuditEvidenceTab(QWidget *parent)
    : QWidget(parent)
    , m_entries(new AuditEntryTableModel(this))
    , m_checkpoints(new CheckpointTableModel(this))
    , m_feed(new AuditEntryFeed(m_entries, this))
    , m_state(new QLabel(this))
    , m_path(selectableLabel(this))
    , m_installation(selectableLabel(this))
    , m_fingerprint(selectableLabel(this))
    , m_count(new QLabel(this))
    , m_oldest(new QLabel(this))
    , m_actor(new QLineEdit(this))
    , m_action(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_useSince(new QCheckBox(tr("From"), this))
    , m_since(new QDateTimeEdit(this))
    , m_useUntil(new QCheckBox(tr("To"), this))
    , m_until(new QDateTimeEdit(this))
    , m_shown(new QLabel(this))
    , m_table(new QTableView(this))
    , m_verify(new QPushButton(tr("Verify"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_checkpointTable(new QTableView(this))
    , m_makeCheckpoint(new QPushButton(tr("Make checkpoint"), this))
    , m_checkpointResult(new QLabel(this))
    , m_interval(new QSpinBox(this))
    , m_filterDelay(new QTimer(this))
    , m_intervalDelay(new QTimer(this))
    , m_exportButton(new QPushButton(tr("Export evidence pack…"), this))
    , m_openPack(new QPushButton(tr("Open evidence pack…"), this))
    , m_exportProgress(new QProgressBar(this))
    , m_exportCancel(new QPushButton(tr("Cancel export"), this))
    , m_exportResult(new QLabel(this))
    , m_pages(new QTabWidget(this))
    , m_packView(new EvidencePackView(this)) {
    setObjectName(QStringLiteral("auditEvidenceTab"));

    // What identifies the log.
    auto *identity = new QGroupBox(tr("Audit log"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Database"), m_path);
    form->addRow(tr("Installation ID"), m_installation);
    form->addRow(tr("Key fingerprint (SHA-256)"), m_fingerprint);
    form->addRow(tr("Entries"), m_count);
    form->addRow(tr("Oldest entry"), m_oldest);
    auto *retention = new QLabel(
        tr("Retention: keep this log for at least 6 months (EU AI Act, Art. 19 and 26(6)). "
           "The console never deletes or changes an entry; every change it makes is appended "
           "to a SHA-256 hash chain whose signed checkpoints reveal a rewritten or truncated log."),
        this);
    retention->setWordWrap(true);
    retention->setForegroundRole(QPalette::PlaceholderText);
    m_state->setWordWrap(true);
    auto *identityLayout = new QVBoxLayout(identity);
    identityLayout->addWidget(m_state);
    identityLayout->addLayout(form);
    identityLayout->addWidget(retention);

    // Filters.
    m_actor->setPlaceholderText(tr("Actor (exact, e.g. user@host)"));
    m_action->setPlaceholderText(tr("Action (e.g. source or source.connect)"));
    m_target->setPlaceholderText(tr("Target contains…"));
    for (QLineEdit *e : {m_actor, m_action, m_target})
        e->setClearButtonEnabled(true);
    m_actor->setObjectName(QStringLiteral("actorFilter"));
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_target->setObjectName(QStringLiteral("targetFilter"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (QDateTimeEdit *e : {m_since, m_until}) {
        e->setTimeSpec(Qt::UTC);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
        e->setEnabled(false);
    }
    m_since->setDateTime(now.addDays(-7));
    m_until->setDateTime(now);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_actor, 2);
    filters->addWidget(m_action, 2);
    filters->addWidget(m_target, 2);
    filters->addWidget(m_useSince);
    filters->addWidget(m_since, 1);
    filters->addWidget(m_useUntil);
    filters->addWidget(m_until, 1);
    filters->addWidget(m_shown);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filterDelay, &QTimer::timeout, this, &AuditEvidenceTab::applyFilter);
    for (QLineEdit *e : {m_actor, m_action, m_target})
        connect(e, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    for (QDateTimeEdit *e : {m_since, m_until})
        connect(e, &QDateTimeEdit::dateTimeChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_useSince, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_useUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    for (QCheckBox *c : {m_useSince, m_useUntil})
        connect(c, &QCheckBox::toggled, this, &AuditEvidenceTab::applyFilter);

    m_table->setModel(m_entries);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditEntryTableModel::Seq, 70);
    m_table->setColumnWidth(AuditEntryTableModel::Time, 150);
    m_table->setColumnWidth(AuditEntryTableModel::Actor, 150);
    m_table->setColumnWidth(AuditEntryTableModel::Action, 140);
    m_table->setColumnWidth(AuditEntryTableModel::Target, 260);
    auto *trail = new QWidget(this);
    auto *trailLayout = new QVBoxLayout(trail);
    trailLayout->setContentsMargins(0, 0, 0, 0);
    trailLayout->addLayout(filters);
    trailLayout->addWidget(m_table);
    // New entries keep the view at the newest one when it was already there.
    connect(m_entries, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        auto *bar = m_table->verticalScrollBar();
        m_table->setProperty("followTail", bar->value() == bar->maximum());
    });
    connect(m_entries, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_table->property("followTail").toBool() && !m_feed->loading())
            m_table->scrollToBottom();
        showInfo();
    });
    connect(m_entries, &QAbstractItemModel::modelReset, this, &AuditEvidenceTab::showInfo);
    connect(m_feed, &AuditEntryFeed::loadingChanged, this, [this](bool loading) {
        if (!loading)
            m_table->scrollToBottom();
        showInfo();
    });
    connect(m_feed, &AuditEntryFeed::loadFailed, this, &AuditEvidenceTab::showRecordFailure);

    // Verification.
    auto *verification = new QGroupBox(tr("Verification"), this);
    m_verify->setToolTip(tr("Recompute every entry's hash, the chain, and each checkpoint's root and "
                            "signature. The result is recorded in the log."));
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    m_progress->setTextVisible(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *verifyButtons = new QHBoxLayout;
    verifyButtons->addWidget(m_verify);
    verifyButtons->addWidget(m_cancel);
    verifyButtons->addWidget(m_progress, 1);
    verifyButtons->addStretch();
    auto *verificationLayout = new QVBoxLayout(verification);
    verificationLayout->addLayout(verifyButtons);
    verificationLayout->addWidget(m_result);
    verificationLayout->addWidget(m_problems, 1);
    connect(m_verify, &QPushButton::clicked, this, &AuditEvidenceTab::startVerify);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
        m_cancel->setEnabled(false);
    });

    // Checkpoints.
    auto *checkpointBox = new QGroupBox(tr("Signed checkpoints"), this);
    m_checkpointTable->setModel(m_checkpoints);
    m_checkpointTable->verticalHeader()->hide();
    m_checkpointTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checkpointTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The root (64 hex digits) is elided in the middle (its tooltip has the whole note); the time
    // takes what is left.
    m_checkpointTable->horizontalHeader()->setSectionResizeMode(CheckpointTableModel::Root,
                                                                QHeaderView::Interactive);
    m_checkpointTable->horizontalHeader()->setSectionResizeMode(CheckpointTableModel::Time,
                                                                QHeaderView::Stretch);
    m_checkpointTable->setColumnWidth(CheckpointTableModel::Root, 300);
    m_checkpointTable->setTextElideMode(Qt::ElideMiddle);
    m_checkpointTable->setWordWrap(false);
    m_checkpointTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_interval->setRange(0, 7 * 24 * 60);
    m_interval->setValue(60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("off"));
    m_interval->setKeyboardTracking(false);
    m_interval->setToolTip(tr("A checkpoint is signed this often while entries were added since the "
                              "last one (0 = off)."));
    m_intervalDelay->setSingleShot(true);
    m_intervalDelay->setInterval(800); // arrow clicks settle into one change (one audit entry)
    connect(m_interval, &QSpinBox::valueChanged, m_intervalDelay, qOverload<>(&QTimer::start));
    connect(m_intervalDelay, &QTimer::timeout, this,
            [this] { Q_EMIT checkpointIntervalRequested(m_interval->value()); });
    m_checkpointResult->setWordWrap(true);
    auto *checkpointButtons = new QHBoxLayout;
    checkpointButtons->addWidget(m_makeCheckpoint);
    checkpointButtons->addStretch();
    checkpointButtons->addWidget(new QLabel(tr("Automatic checkpoint every"), this));
    checkpointButtons->addWidget(m_interval);
    auto *checkpointLayout = new QVBoxLayout(checkpointBox);
    checkpointLayout->addLayout(checkpointButtons);
    checkpointLayout->addWidget(m_checkpointResult);
    checkpointLayout->addWidget(m_checkpointTable, 1);
    connect(m_makeCheckpoint, &QPushButton::clicked, this, &AuditEvidenceTab::makeCheckpoint);

    // Evidence packs (docs/evidence.md): export from the Direct record, open one for review.
    auto *evidence = new QGroupBox(tr("Evidence"), this);
    m_exportButton->setToolTip(tr("Write a signed pack of the record and this audit log for an auditor"));
    m_openPack->setToolTip(tr("Review a pack offline: File → Open Evidence…"));
    m_exportProgress->setVisible(false);
    m_exportCancel->setVisible(false);
    m_exportResult->setWordWrap(true);
    m_exportResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportProgress, 1);
    exportRow->addWidget(m_exportCancel);
    auto *evidenceLayout = new QVBoxLayout(evidence);
    evidenceLayout->addWidget(m_exportButton);
    evidenceLayout->addLayout(exportRow);
    evidenceLayout->addWidget(m_exportResult);
    evidenceLayout->addWidget(m_openPack);
    evidenceLayout->addStretch();
    connect(m_exportButton, &QPushButton::clicked, this, &AuditEvidenceTab::exportEvidenceClicked);
    connect(m_openPack, &QPushButton::clicked, this, &AuditEvidenceTab::openEvidenceClicked);
    connect(m_exportCancel, &QPushButton::clicked, this, [this] {
        if (m_exportJob)
            m_exportJob->cancel();
        m_exportCancel->setEnabled(false);
    });
    setExportAvailable(false, tr("Export reads the Direct source's record: connect to Redis first."));

    auto *top = new QHBoxLayout;
    top->addWidget(identity, 3);
    top->addWidget(evidence, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(verification, 1);
    bottomLayout->addWidget(checkpointBox, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(trail);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    m_pages->setDocumentMode(true);
    m_pages->addTab(split, tr("This console's audit log"));
    m_pages->addTab(m_packView, tr("Evidence pack"));
    m_pages->setTabEnabled(PackPage, false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);

    showState();
}

void AuditEvidenceTab::setExportAvailable(bool available, const QString &why) {
    m_exportAvailable = available;
    m_exportWhy = why;
    m_exportButton->setEnabled(available && !m_exportJob);
    m_exportButton->setToolTip(
        available ? tr("Write a signed pack of the record and this audit log for an auditor") : why);
}

void AuditEvidenceTab::trackExport(evidence::EvidenceExportJob *job) {
    if (m_exportJob)
        m_exportJob->disconnect(this);
    m_exportJob = job;
    if (!job)
        return;
    job->disconnect(this); // the same job runs every export: connect once per run
    m_exportButton->setEnabled(false);
    m_exportProgress->setRange(0, 0);
    m_exportProgress->setFormat(tr("starting…"));
    m_exportProgress->setVisible(true);
    m_exportCancel->setVisible(true);
    m_exportCancel->setEnabled(true);
    setColor(m_exportResult, palette().color(QPalette::WindowText));
    m_exportResult->setText(tr("Exporting…"));
    connect(job, &evidence::EvidenceExportJob::progress, this,
            [this](const QString &stage, qint64 done, qint64 total) {
                if (total > 0) {
                    // QProgressBar holds ints: scale to per mille.
                    m_exportProgress->setRange(0, 1000);
                    m_exportProgress->setValue(static_cast<int>(done * 1000 / std::max<qint64>(total, 1)));
                    m_exportProgress->setFormat(tr("%1: %2 of %3").arg(stage).arg(done).arg(total));
                } else {
                    m_exportProgress->setRange(0, 0);
                    m_exportProgress->setFormat(tr("%1: %2").arg(stage).arg(done));
                }
            });
    connect(
        job, &evidence::EvidenceExportJob::finished, this,
        [this](const std::shared_ptr<const evidence::ExportResult> &result, const QString &error) {
            m_exportJob = nullptr;
            m_exportProgress->setVisible(false);
            m_exportCancel->setVisible(false);
            m_exportButton->setEnabled(m_exportAvailable);
            if (!result) {
                setColor(m_exportResult, kRed);
                m_exportResult->setText(error == QLatin1String("cancelled")
                                            ? tr("Export cancelled: no file was written.")
                                            : tr("Export failed: %1").arg(error));
                Q_EMIT exportFinished(false);
                return;
            }
            qint64 lines = 0;
            for (const auto &[part, n] : result->counts)
                lines += n;
            QString text =
                tr("Exported %n record(s), %1 bytes.", nullptr, static_cast<int>(lines)).arg(result->bytes) +
                QLatin1Char('\n') + tr("Root digest %1").arg(QString::fromStdString(result->rootDigest)) +
                QLatin1Char('\n') +
                (result->signerFingerprint.empty()
                     ? tr("Not signed: proves integrity only.")
                     : tr("Signed by %1").arg(QString::fromStdString(result->signerFingerprint)));
            for (const auto &w : result->warnings)
                text += QLatin1Char('\n') + tr("Warning: %1").arg(QString::fromStdString(w));
            setColor(m_exportResult, kGreen);
            m_exportResult->setText(text);
            Q_EMIT exportFinished(true);
        });
}

void AuditEvidenceTab::showExportRefused(const QString &why) {
    setColor(m_exportResult, kRed);
    m_exportResult->setText(tr("Not exported: %1").arg(why));
    Q_EMIT exportFinished(false);
}

QString AuditEvidenceTab::exportResultText() const {
    return m_exportResult->text();
}

void AuditEvidenceTab::showPack(const QString &path,
                                std::shared_ptr<const evidence::EvidenceContent> content) {
    m_packView->showContent(path, std::move(content));
    m_pages->setTabEnabled(PackPage, true);
    m_pages->setCurrentIndex(PackPage);
}

void AuditEvidenceTab::clearPack() {
    m_packView->clear();
    m_pages->setCurrentIndex(LogPage);
    m_pages->setTabEnabled(PackPage, false);
}

AuditEvidenceTab::~AuditEvidenceTab() {
    if (m_cancelFlag)
        m_cancelFlag->store(true); // nobody is left to show it
}

void AuditEvidenceTab::setService(audit::AuditService *service) {
    if (m_service)
        m_service->disconnect(this);
    m_service = service;
    if (service) {
        connect(service, &audit::AuditService::stateChanged, this, [this] {
            showState();
            loadCheckpoints();
        });
        connect(service, &audit::AuditService::infoChanged, this, &AuditEvidenceTab::showInfo);
        connect(service, &audit::AuditService::recordFailed, this, &AuditEvidenceTab::showRecordFailure);
        connect(service, &audit::AuditService::checkpointMade, m_checkpoints, &CheckpointTableModel::append);
        connect(service, &audit::AuditService::checkpointFailed, this, [this](const QString &error) {
            m_checkpointResult->setText(tr("The automatic checkpoint failed: %1").arg(error));
            setColor(m_checkpointResult, kRed);
        });
        connect(service, &audit::AuditService::verifyProgress, this, [this](qint64 done, qint64 total) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
            m_progress->setFormat(tr("%1 of %2 entries").arg(done).arg(total));
        });
    }
    m_feed->setService(service);
    loadCheckpoints();
    showState();
}

void AuditEvidenceTab::setCheckpointIntervalMinutes(int minutes) {
    const QSignalBlocker block(m_interval);
    m_interval->setValue(minutes);
}

void AuditEvidenceTab::showState() {
    const bool open = m_service && m_service->state() == audit::AuditService::State::Open;
    m_verify->setEnabled(open && !m_cancelFlag);
    m_makeCheckpoint->setEnabled(open);
    QString text;
    QColor color;
    if (!m_service) {
        text = tr("No audit log: this console records nothing.");
        color = kRed;
    } else {
        switch (m_service->state()) {
        case audit::AuditService::State::Closed:
            text = tr("The audit log is closed.");
            break;
        case audit::AuditService::State::Opening:
            text = tr("Opening the audit log…");
            break;
        case audit::AuditService::State::Open:
            text = tr("Recording: every change made in this console is appended to this log.");
            color = kGreen;
            break;
        case audit::AuditService::State::Failed:
            text = tr("The audit log could not be opened: %1. The console keeps working, but its changes "
                      "are NOT recorded.")
                       .arg(m_service->error());
            color = kRed;
            break;
        }
    }
    if (!m_lastFailure.isEmpty()) {
        text += QLatin1Char('\n') + tr("Last failure: %1").arg(m_lastFailure);
        color = kRed;
    }
    m_state->setText(text);
    setColor(m_state, color.isValid() ? color : palette().color(QPalette::WindowText));
    showInfo();
}

void AuditEvidenceTab::showInfo() {
    const audit::AuditInfo info = m_service ? m_service->info() : audit::AuditInfo{};
    const QString none = QStringLiteral("–");
    const bool open = m_service && m_service->state() == audit::AuditService::State::Open;
    m_path->setText(info.path.isEmpty() ? none : info.path);
    m_installation->setText(open ? info.installationId : none);
    m_fingerprint->setText(open ? info.keyFingerprint : none);
    m_count->setText(open ? QString::number(info.entries) : none);
    m_oldest->setText(
        open && info.firstEntryMs > 0 ? formatTime(info.firstEntryMs, true) + QStringLiteral(" UTC") : none);
    m_shown->setText(m_feed->loading() ? tr("%n shown, loading…", nullptr, m_entries->rowCount())
                                       : tr("%n shown", nullptr, m_entries->rowCount()));
}

void AuditEvidenceTab::applyFilter() {
    audit::AuditQuery q;
    q.filter.actor = m_actor->text().trimmed().toStdString();
    q.filter.action = m_action->text().trimmed().toStdString();
    q.targetContains = m_target->text().trimmed();
    if (m_useSince->isChecked())
        q.filter.sinceMs = m_since->dateTime().toMSecsSinceEpoch();
    if (m_useUntil->isChecked())
        q.filter.untilMs = m_until->dateTime().toMSecsSinceEpoch() + 59'999; // the whole minute shown
    m_feed->setQuery(q);
}

void AuditEvidenceTab::startVerify() {
    if (!m_service || m_cancelFlag)
        return;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_verify->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0); // busy until the first progress report
    m_progress->setFormat(QString());
    m_result->setText(tr("Verifying…"));
    setColor(m_result, palette().color(QPalette::WindowText));
    m_problems->clear();
    m_entries->setBrokenSeq(0);
    QCoro::connect(m_service->verify(m_cancelFlag), this,
                   [this](const audit::VerifyReport &report) { showReport(report); });
}

void AuditEvidenceTab::showReport(const audit::VerifyReport &report) {
    m_cancelFlag.reset();
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    showState();
    m_problems->clear();
    if (report.cancelled) {
        m_result->setText(tr("Verification cancelled after %n entries: nothing was concluded.", nullptr,
                             int(std::min<std::int64_t>(report.entries, INT32_MAX))));
        setColor(m_result, palette().color(QPalette::WindowText));
        Q_EMIT verifyFinished(false);
        return;
    }
    for (const auto &p : report.problems)
        m_problems->addItem(fromStd(p.message));
    if (report.ok()) {
        m_result->setText(tr("VERIFIED: %1 entries and %2 checkpoints, signed by key %3.")
                              .arg(report.entries)
                              .arg(report.checkpoints)
                              .arg(fromStd(report.keyFingerprint).left(16) + QStringLiteral("…")));
        setColor(m_result, kGreen);
    } else if (report.firstBrokenEntry > 0) {
        m_result->setText(tr("FAILED: %n problem(s). First broken entry: entry %1 (%2).", nullptr,
                             int(report.problems.size()))
                              .arg(report.firstBrokenEntry)
                              .arg(fromStd(report.firstBrokenReason)));
        setColor(m_result, kRed);
        m_entries->setBrokenSeq(report.firstBrokenEntry);
        if (const int row = m_entries->rowOfSeq(report.firstBrokenEntry); row >= 0) {
            m_table->scrollTo(m_entries->index(row, 0), QAbstractItemView::PositionAtCenter);
            m_table->selectRow(row);
        }
    } else {
        m_result->setText(tr("FAILED: %n problem(s), listed below.", nullptr, int(report.problems.size())));
        setColor(m_result, kRed);
    }
    Q_EMIT verifyFinished(report.ok());
}

void AuditEvidenceTab::makeCheckpoint() {
    if (!m_service)
        return;
    m_makeCheckpoint->setEnabled(false);
    m_checkpointResult->setText(tr("Signing a checkpoint…"));
    setColor(m_checkpointResult, palette().color(QPalette::WindowText));
    QCoro::connect(m_service->checkpoint(), this,
                   [this](const audit::AuditResult<audit::StoredCheckpoint> &result) {
                       showState();
                       if (!result) {
                           m_checkpointResult->setText(tr("No checkpoint made: %1").arg(result.error));
                           setColor(m_checkpointResult, kRed);
                           return;
                       }
                       m_checkpoints->append(*result.value);
                       m_checkpointResult->setText(tr("Checkpoint %1 signed: %2 entries.")
                                                       .arg(result.value->id)
                                                       .arg(result.value->checkpoint.size));
                   });
}

void AuditEvidenceTab::loadCheckpoints() {
    if (!m_service || m_service->state() != audit::AuditService::State::Open) {
        m_checkpoints->setCheckpoints({});
        return;
    }
    QCoro::connect(m_service->checkpoints(), this,
                   [this](const audit::AuditResult<std::vector<audit::StoredCheckpoint>> &result) {
                       if (result)
                           m_checkpoints->setCheckpoints(*result.value);
                       else
                           showRecordFailure(result.error);
                   });
}

void AuditEvidenceTab::showRecordFailure(const QString &error) {
    m_lastFailure = error;
    showState();
}

QString AuditEvidenceTab::verifyResultText() const {
    return m_result->text();
}

QStringList AuditEvidenceTab::verifyProblems() const {
    QStringList out;
    for (int i = 0; i < m_problems->count(); ++i)
        out << m_problems->item(i)->text();
    return out;
}

QString AuditEvidenceTab::stateText() const {
    return m_state->text();
}

} // namespace assurance::ui
