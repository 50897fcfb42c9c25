#include "LicenseTab.h"

#include "license/LicenseService.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace assurance::ui {

using license::State;

namespace {
const QString kLicensingAddress = QStringLiteral("licensing@assurance-console.example");

QString utc(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString tierLabel(license::Tier tier) {
    switch (tier) {
    case license::Tier::Community:
        return LicenseTab::tr("Community");
    case license::Tier::Professional:
        return LicenseTab::tr("Professional");
    case license::Tier::Enterprise:
        return LicenseTab::tr("Enterprise");
    }
    return {};
}

QString featureLabel(const std::string &name) {
    if (name == license::feature::SignedEvidence)
        return LicenseTab::tr("Signed evidence");
    if (name == license::feature::RemoteSource)
        return LicenseTab::tr("Remote source");
    if (name == license::feature::AiInsight)
        return LicenseTab::tr("AI insight");
    return QString::fromStdString(name);
}

QString days(std::int64_t ms) {
    const auto d = static_cast<int>(ms / license::kDayMs);
    return d == 1 ? LicenseTab::tr("1 day") : LicenseTab::tr("%1 days").arg(d);
}

void setBanner(QLabel *banner, const QString &text, const char *background, const char *border) {
    banner->setText(text);
    banner->setStyleSheet(QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 4px; "
                                         "padding: 10px; font-weight: 600; }")
                              .arg(QLatin1String(background), QLatin1String(border)));
}
} // namespace

LicenseTab::LicenseTab(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_details(new QWidget(this))
    , m_detailsForm(new QFormLayout(m_details))
    , m_message(new QLabel(this))
    , m_paste(new QPlainTextEdit(this))
    , m_activatePasted(new QPushButton(tr("Activate pasted text"), this))
    , m_activateFile(new QPushButton(tr("Activate from file…"), this))
    , m_deactivate(new QPushButton(tr("Deactivate"), this))
    , m_requestCode(new QLineEdit(this))
    , m_copyCode(new QPushButton(tr("Copy"), this))
    , m_mailCode(new QPushButton(tr("Email request…"), this))
    , m_tiers(new QTableWidget(this)) {
    m_banner->setWordWrap(true);
    m_detailsForm->setContentsMargins(0, 0, 0, 0);
    m_detailsForm->setLabelAlignment(Qt::AlignLeft);
    m_message->setWordWrap(true);
    m_message->hide();
    m_paste->setPlaceholderText(
        tr("Paste a license here: the text from -----BEGIN ASSURANCE LICENSE FILE----- "
           "to -----END ASSURANCE LICENSE FILE-----. No network is needed."));
    m_paste->setFont(QFont(QStringLiteral("monospace")));
    m_requestCode->setReadOnly(true);
    m_requestCode->setFont(QFont(QStringLiteral("monospace")));

    auto *details = new QGroupBox(tr("This installation"), this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_details);
    detailsLayout->addStretch();
    auto *deactivateRow = new QHBoxLayout;
    deactivateRow->addStretch();
    deactivateRow->addWidget(m_deactivate);
    detailsLayout->addLayout(deactivateRow);

    auto *activate = new QGroupBox(tr("Activate a license (offline)"), this);
    auto *activateLayout = new QVBoxLayout(activate);
    activateLayout->addWidget(m_paste, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_activateFile);
    buttons->addStretch();
    buttons->addWidget(m_activatePasted);
    activateLayout->addLayout(buttons);

    auto *tiers = new QGroupBox(tr("Tiers compared"), this);
    auto *tiersLayout = new QVBoxLayout(tiers);
    const QStringList rows = {tr("Active models"),     tr("Signed evidence"),
                              tr("Remote source"),     tr("AI insight"),
                              tr("Operator commands"), tr("Evidence export and verification")};
    m_tiers->setRowCount(static_cast<int>(rows.size()));
    m_tiers->setColumnCount(3);
    m_tiers->setHorizontalHeaderLabels({tr("Community"), tr("Professional"), tr("Enterprise")});
    m_tiers->setVerticalHeaderLabels(rows);
    const QString yes = tr("Yes"), no = tr("—");
    const QStringList cells = {
        QString::number(license::kCommunityMaxModels),
        tr("%1 (per license)").arg(*license::defaultMaxModels(license::Tier::Professional)),
        tr("Unlimited"),
        no,
        yes,
        yes,
        no,
        yes,
        yes,
        no,
        no,
        yes,
        yes,
        yes,
        yes,
        tr("Unsigned"),
        yes,
        yes};
    for (int i = 0; i < cells.size(); ++i) {
        auto *item = new QTableWidgetItem(cells.at(i));
        item->setTextAlignment(Qt::AlignCenter);
        item->setFlags(Qt::ItemIsEnabled);
        m_tiers->setItem(i / 3, i % 3, item);
    }
    m_tiers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tiers->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tiers->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_tiers->setWordWrap(false);
    m_tiers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tiers->setSelectionMode(QAbstractItemView::NoSelection);
    m_tiers->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_tiers->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tiers->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tiers->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    tiersLayout->addWidget(m_tiers);
    auto *note =
        new QLabel(tr("Seats are shown, not enforced offline. When a license has expired and its 14-day "
                      "grace period is over, the console is read-only: viewing, evidence export and "
                      "verification, and audit checkpoints still work."),
                   this);
    note->setWordWrap(true);
    tiersLayout->addWidget(note);
    tiersLayout->addStretch();

    auto *upgrade = new QGroupBox(tr("Request an upgrade"), this);
    auto *upgradeLayout = new QVBoxLayout(upgrade);
    auto *explain =
        new QLabel(tr("Send this code to your vendor. It holds the license id and a fingerprint of "
                      "this machine (an HMAC of /etc/machine-id, never the id itself)."),
                   this);
    explain->setWordWrap(true);
    upgradeLayout->addWidget(explain);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_requestCode, 1);
    codeRow->addWidget(m_copyCode);
    codeRow->addWidget(m_mailCode);
    upgradeLayout->addLayout(codeRow);

    auto *grid = new QGridLayout;
    grid->addWidget(details, 0, 0);
    grid->addWidget(activate, 0, 1);
    grid->addWidget(tiers, 1, 0);
    grid->addWidget(upgrade, 1, 1, Qt::AlignTop);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_message);
    layout->addLayout(grid, 1);

    connect(m_activatePasted, &QPushButton::clicked, this, [this] {
        if (!m_service)
            return;
        if (m_paste->toPlainText().trimmed().isEmpty()) {
            showMessage(false, tr("Paste the license text first."));
            return;
        }
        m_activatePasted->setEnabled(false);
        m_service->activate(m_paste->toPlainText());
    });
    connect(m_activateFile, &QPushButton::clicked, this, &LicenseTab::chooseFile);
    connect(m_deactivate, &QPushButton::clicked, this, [this] {
        if (m_service)
            m_service->deactivate();
    });
    connect(m_copyCode, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_requestCode->text()); });
    connect(m_mailCode, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl(requestMailto())); });
    showStatus();
}

void LicenseTab::setLicenseService(license::LicenseService *service) {
    if (m_service)
        m_service->disconnect(this);
    m_service = service;
    if (service) {
        connect(service, &license::LicenseService::changed, this, &LicenseTab::showStatus);
        connect(service, &license::LicenseService::activationFinished, this,
                [this](bool ok, const QString &text) {
                    m_activatePasted->setEnabled(true);
                    if (ok)
                        m_paste->clear();
                    showMessage(ok, text);
                });
        connect(service, &license::LicenseService::deactivationFinished, this, &LicenseTab::showMessage);
    }
    showStatus();
}

QString LicenseTab::detailText() const {
    QString text;
    for (int row = 0; row < m_detailsForm->rowCount(); ++row) {
        const auto *name = m_detailsForm->itemAt(row, QFormLayout::LabelRole);
        const auto *value = m_detailsForm->itemAt(row, QFormLayout::FieldRole);
        if (name && value)
            text += qobject_cast<QLabel *>(name->widget())->text() + QLatin1Char(' ') +
                    qobject_cast<QLabel *>(value->widget())->text() + QLatin1Char('\n');
    }
    return text;
}

QString LicenseTab::requestMailto() const {
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(kLicensingAddress);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), tr("Assurance Console upgrade request"));
    query.addQueryItem(QStringLiteral("body"), tr("Request code: %1").arg(m_requestCode->text()));
    url.setQuery(query);
    return url.toString();
}

void LicenseTab::showMessage(bool ok, const QString &text) {
    m_message->setText(text);
    m_message->setStyleSheet(ok ? QStringLiteral("QLabel { color: #1b5e20; }")
                                : QStringLiteral("QLabel { color: #b71c1c; font-weight: 600; }"));
    m_message->show();
}

void LicenseTab::chooseFile() {
    auto *dialog = new QFileDialog(this, tr("Activate a license file"), QString(),
                                   tr("License files (*.lic *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (m_service)
            m_service->activateFile(path);
    });
    dialog->open(); // window-modal, returns at once
}

void LicenseTab::showStatus() {
    if (!m_service || !m_service->loaded()) {
        setBanner(m_banner, tr("Reading the license…"), "#eceff1", "#b0bec5");
        while (m_detailsForm->rowCount() > 0)
            m_detailsForm->removeRow(0);
        m_deactivate->setEnabled(false);
        return;
    }
    const license::Status &s = m_service->status();
    const license::Entitlements &e = m_service->entitlements();
    const std::int64_t now = s.nowMs;
    const auto *l = s.license ? &*s.license : nullptr;
    switch (s.state) {
    case State::None:
        setBanner(m_banner,
                  tr("No license: Community. Up to %1 active models, unsigned evidence only.")
                      .arg(license::kCommunityMaxModels),
                  "#eceff1", "#b0bec5");
        break;
    case State::Valid:
        setBanner(m_banner,
                  tr("Licensed: %1, valid until %2 (%3 left).")
                      .arg(tierLabel(l->tier), utc(l->expiresMs), days(l->expiresMs - now)),
                  "#e8f5e9", "#66bb6a");
        break;
    case State::Expiring:
        setBanner(m_banner,
                  tr("Expiring: %1 expires on %2, in %3. Request a renewal below.")
                      .arg(tierLabel(l->tier), utc(l->expiresMs), days(l->expiresMs - now)),
                  "#fff8e1", "#ffb300");
        break;
    case State::ExpiredInGrace:
        setBanner(
            m_banner,
            tr("Expired on %1. Everything still works for the grace period, which ends in %2 (%3); then "
               "the console becomes read-only.")
                .arg(utc(l->expiresMs), days(l->expiresMs + license::kGraceMs - now),
                     utc(l->expiresMs + license::kGraceMs)),
            "#fff3e0", "#fb8c00");
        break;
    case State::Expired:
        setBanner(
            m_banner,
            tr("Expired on %1 and the grace period is over: the console is read-only. Operator commands "
               "are refused; viewing, evidence export and verification still work.")
                .arg(utc(l->expiresMs)),
            "#ffebee", "#e53935");
        break;
    case State::Invalid:
        setBanner(m_banner,
                  tr("The activated license is invalid: %1. This installation runs as Community.")
                      .arg(QString::fromStdString(s.invalidReason)),
                  "#ffebee", "#e53935");
        break;
    }
    if (s.clockRolledBack && e.readOnly())
        setBanner(
            m_banner,
            tr("This computer's clock is more than 24 hours behind the latest time seen (%1): the console "
               "is read-only until the clock is right.")
                .arg(utc(s.latestSeenMs)),
            "#ffebee", "#e53935");

    while (m_detailsForm->rowCount() > 0)
        m_detailsForm->removeRow(0);
    auto row = [this](const QString &name, const QString &value) {
        auto *label = new QLabel(name, m_details);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        auto *field = new QLabel(value, m_details);
        field->setTextFormat(Qt::PlainText);
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->show(); // now, not at the layout's queued show: the tab is often visible already
        field->show();
        m_detailsForm->addRow(label, field);
    };
    if (l) {
        row(tr("Licensee"), QString::fromStdString(l->licensee));
        row(tr("License id"), QString::fromStdString(l->licenseId));
        row(tr("Tier"), tierLabel(l->tier));
        QStringList features;
        for (const auto &f : l->features)
            features << featureLabel(f);
        row(tr("Features"), features.isEmpty() ? tr("(none)") : features.join(QStringLiteral(", ")));
        row(tr("Active models"), l->maxModels ? tr("up to %1").arg(*l->maxModels) : tr("unlimited"));
        row(tr("Seats"), l->seats ? tr("%1 (shown, not enforced offline)").arg(*l->seats) : tr("unlimited"));
        row(tr("Issued"), utc(l->issuedMs));
        const QString left = l->expiresMs > now ? tr("in %1").arg(days(l->expiresMs - now))
                                                : tr("%1 ago").arg(days(now - l->expiresMs));
        row(tr("Expires"), tr("%1 (%2)").arg(utc(l->expiresMs), left));
        row(tr("Vendor key id"), QString::fromStdString(l->keyId));
    } else {
        row(tr("Tier"), tr("Community"));
        row(tr("Active models"), tr("up to %1").arg(license::kCommunityMaxModels));
        row(tr("Evidence"), tr("unsigned only"));
    }
    row(tr("Operator commands"), e.allowsOperatorCommands() ? tr("allowed") : tr("refused (read-only)"));
    m_detailsForm->activate(); // place the new rows now (a grab or paint may come before the layout's turn)
    m_deactivate->setEnabled(s.state != State::None);
    m_requestCode->setText(m_service->requestCode());
    m_requestCode->setCursorPosition(0);
}

} // namespace assurance::ui
