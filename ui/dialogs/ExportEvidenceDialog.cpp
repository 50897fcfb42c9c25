#include "ExportEvidenceDialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace assurance::ui {

namespace {

QDateTimeEdit *utcEdit(qint64 ms, QWidget *parent) {
    auto *edit = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()), parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    edit->setCalendarPopup(true);
    return edit;
}

// A "Browse…" button that opens a non-blocking file dialog and puts the chosen path in `target`.
QPushButton *browseButton(QLineEdit *target, bool save, const QString &filter, QWidget *parent) {
    auto *button = new QPushButton(ExportEvidenceDialog::tr("Browse…"), parent);
    QObject::connect(button, &QPushButton::clicked, parent, [target, save, filter, parent] {
        auto *dialog = new QFileDialog(parent, QString(), target->text(), filter);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
        dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
        if (save)
            dialog->setDefaultSuffix(QStringLiteral("tar"));
        QObject::connect(dialog, &QFileDialog::fileSelected, target, &QLineEdit::setText);
        dialog->open();
    });
    return button;
}

} // namespace

ExportEvidenceDialog::ExportEvidenceDialog(const QStringList &models, qint64 nowMs, QWidget *parent)
    : QDialog(parent)
    , m_models(new QListWidget(this))
    , m_since(utcEdit(nowMs - 24 * 3600'000LL, this))
    , m_until(utcEdit(nowMs, this))
    , m_out(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Export Evidence"));
    setWindowModality(Qt::WindowModal);
    for (const QString &m : models) {
        auto *item = new QListWidgetItem(m, m_models);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_out->setPlaceholderText(tr("evidence.tar"));
    m_key->setPlaceholderText(tr("none: the pack proves integrity only"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    m_error->setWordWrap(true);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xd6, 0x3b, 0x3b));
    m_error->setPalette(p);

    auto *outRow = new QHBoxLayout;
    outRow->addWidget(m_out, 1);
    outRow->addWidget(browseButton(m_out, true, tr("Evidence packs (*.tar)"), this));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(
        browseButton(m_key, false, tr("Ed25519 private keys (*.key *.pem);;All files (*)"), this));
    auto *form = new QFormLayout;
    form->addRow(tr("Models"), m_models);
    form->addRow(tr("From"), m_since);
    form->addRow(tr("To"), m_until);
    form->addRow(tr("Pack file"), outRow);
    form->addRow(tr("Signing key"), keyRow);
    auto *note = new QLabel(tr("The pack holds the configs, tolerance versions, snapshots, labels, violation "
                               "episodes and audit entries of the range. The export is recorded in the "
                               "audit log after the pack is built."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportEvidenceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 480);
}

ExportEvidenceDialog::Choice ExportEvidenceDialog::choice() const {
    Choice c;
    for (int i = 0; i < m_models->count(); ++i)
        if (m_models->item(i)->checkState() == Qt::Checked)
            c.models << m_models->item(i)->text();
    c.sinceMs = m_since->dateTime().toMSecsSinceEpoch();
    c.untilMs = m_until->dateTime().toMSecsSinceEpoch();
    c.outPath = m_out->text().trimmed();
    c.keyFile = m_key->text().trimmed();
    return c;
}

void ExportEvidenceDialog::setChoice(const Choice &c) {
    for (int i = 0; i < m_models->count(); ++i)
        m_models->item(i)->setCheckState(c.models.contains(m_models->item(i)->text()) ? Qt::Checked
                                                                                      : Qt::Unchecked);
    m_since->setDateTime(QDateTime::fromMSecsSinceEpoch(c.sinceMs, QTimeZone::utc()));
    m_until->setDateTime(QDateTime::fromMSecsSinceEpoch(c.untilMs, QTimeZone::utc()));
    m_out->setText(c.outPath);
    m_key->setText(c.keyFile);
}

QString ExportEvidenceDialog::errorText() const {
    return m_error->text();
}

void ExportEvidenceDialog::accept() {
    const Choice c = choice();
    if (c.models.isEmpty())
        m_error->setText(tr("Tick at least one model."));
    else if (c.sinceMs > c.untilMs)
        m_error->setText(tr("The range starts after it ends."));
    else if (c.outPath.isEmpty())
        m_error->setText(tr("Choose the file to write the pack to."));
    else
        return QDialog::accept();
}

} // namespace assurance::ui
