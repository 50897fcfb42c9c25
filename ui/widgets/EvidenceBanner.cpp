#include "EvidenceBanner.h"

#include "evidence/EvidenceVerify.h"
#include "json/Timestamps.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace assurance::ui {

namespace {

QString rangeText(const evidence::PackVerdict &v) {
    if (v.sinceMs == 0 && v.untilMs == 0)
        return EvidenceBanner::tr("range unknown");
    return QString::fromStdString(timestamps::formatIso8601Ms(v.sinceMs)) + QStringLiteral(" – ") +
           QString::fromStdString(timestamps::formatIso8601Ms(v.untilMs));
}

QString modelsText(const evidence::PackVerdict &v) {
    QStringList models;
    for (const auto &m : v.models)
        models << QString::fromStdString(m);
    return models.join(QStringLiteral(", "));
}

// Long hex values are shown whole (an auditor compares them), in a fixed-width font by the label.
QString hex(const std::string &value) {
    return QStringLiteral("<code>") + QString::fromStdString(value).toHtmlEscaped() +
           QStringLiteral("</code>");
}

} // namespace

EvidenceBanner::EvidenceBanner(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_trust(new QPushButton(tr("Trust this key…"), this)) {
    setObjectName(QStringLiteral("evidenceBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.25);
    m_title->setFont(f);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trust->setToolTip(tr("Add the signer's public key to the trusted keys shared by the console and "
                           "assurancectl, then verify the pack again"));
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_detail);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(text, 1);
    layout->addWidget(m_trust, 0, Qt::AlignVCenter);
    connect(m_trust, &QPushButton::clicked, this, &EvidenceBanner::trustKeyRequested);
    clear();
}

QString EvidenceBanner::titleText() const {
    return m_title->text();
}

QString EvidenceBanner::detailText() const {
    return m_detail->text();
}

void EvidenceBanner::clear() {
    setLook(State::Hidden);
}

void EvidenceBanner::showLoading(const QString &packName) {
    m_title->setText(tr("Evidence pack %1: verifying…").arg(packName));
    m_detail->setText(tr("Every part, record, audit entry and signature is checked before anything is "
                         "shown. Nothing is read from the network."));
    setLook(State::Loading);
}

void EvidenceBanner::showVerdict(const QString &packName, const evidence::PackVerdict &v) {
    const QString facts = tr("Pack %1 · models %2 · range %3 · %4/%5 parts valid")
                              .arg(packName.toHtmlEscaped(), modelsText(v).toHtmlEscaped(), rangeText(v))
                              .arg(v.partsValid)
                              .arg(v.partsTotal);
    const QString root = tr("Root digest %1").arg(hex(v.rootDigest));
    switch (v.trust) {
    case evidence::PackTrust::Verified:
        m_title->setText(tr("Verified"));
        m_detail->setText(facts + QStringLiteral("<br>") + root + QStringLiteral("<br>") +
                          tr("Signed by a trusted key %1").arg(hex(v.signerFingerprint)));
        setLook(State::Verified);
        return;
    case evidence::PackTrust::UnknownSigner:
        m_title->setText(tr("Signed by an unknown key"));
        m_detail->setText(facts + QStringLiteral("<br>") + root + QStringLiteral("<br>") +
                          tr("The pack is intact and its signature is valid, but the key %1 is not "
                             "among your trusted keys. Trust it only if its owner confirms this "
                             "fingerprint to you.")
                              .arg(hex(v.signerFingerprint)));
        setLook(State::UnknownSigner);
        return;
    case evidence::PackTrust::IntegrityOnly:
        m_title->setText(tr("Integrity only — not signed"));
        m_detail->setText(facts + QStringLiteral("<br>") + root + QStringLiteral("<br>") +
                          tr("Nothing in it was changed by accident, but anyone can build an unsigned "
                             "pack: it does not prove who made it."));
        setLook(State::IntegrityOnly);
        return;
    case evidence::PackTrust::NotVerified:
        break;
    }
    m_title->setText(tr("NOT VERIFIED"));
    m_detail->setText(
        tr("First broken record: %1").arg(QString::fromStdString(v.firstBroken).toHtmlEscaped()) +
        QStringLiteral("<br>") + facts + QStringLiteral("<br>") +
        tr("The records are shown as the pack holds them, broken ones included: rely on "
           "nothing here. Audit & Evidence lists every failure."));
    setLook(State::NotVerified);
}

void EvidenceBanner::setLook(State state) {
    m_state = state;
    setVisible(state != State::Hidden);
    m_trust->setVisible(state == State::UnknownSigner);
    QColor background, text = palette().color(QPalette::WindowText);
    switch (state) {
    case State::Hidden:
    case State::Loading:
        background = palette().color(QPalette::AlternateBase);
        break;
    case State::Verified:
        background = QColor(0xd9, 0xf2, 0xdf);
        text = QColor(0x14, 0x4d, 0x24);
        break;
    case State::UnknownSigner:
        background = QColor(0xfd, 0xf0, 0xcf);
        text = QColor(0x5c, 0x40, 0x00);
        break;
    case State::IntegrityOnly:
        background = QColor(0xe4, 0xec, 0xf7);
        text = QColor(0x1d, 0x36, 0x5c);
        break;
    case State::NotVerified:
        background = QColor(0xc6, 0x28, 0x28);
        text = Qt::white;
        break;
    }
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, text);
    setPalette(p);
    for (QLabel *l : {m_title, m_detail}) {
        QPalette lp = l->palette();
        lp.setColor(QPalette::WindowText, text);
        l->setPalette(lp);
    }
}

} // namespace assurance::ui
