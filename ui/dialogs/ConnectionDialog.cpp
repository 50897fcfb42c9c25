#include "ConnectionDialog.h"

#include "redis/RedisUrl.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace assurance::ui {

ConnectionDialog::ConnectionDialog(const ConnectionSettings &initial, QWidget *parent)
    : QDialog(parent)
    , m_message(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_redisUrl(new QLineEdit(initial.redisUrl, this))
    , m_password(new QLineEdit(this))
    , m_brokers(new QLineEdit(initial.brokers, this))
    , m_topic(new QLineEdit(initial.topic, this))
    , m_agentGroup(new QLineEdit(initial.agentGroup, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Connect"));
    m_kind->addItem(tr("Demo (embedded simulated telemetry)"), static_cast<int>(SourceKind::Demo));
    m_kind->addItem(tr("Direct (Redis record, optional live view from Kafka)"),
                    static_cast<int>(SourceKind::Direct));
    m_kind->addItem(tr("Remote (an agent's gateway) — not built yet"), static_cast<int>(SourceKind::Remote));
    m_kind->addItem(tr("Evidence pack (offline review) — File → Open Evidence…"),
                    static_cast<int>(SourceKind::Evidence));
    if (auto *items = qobject_cast<QStandardItemModel *>(m_kind->model()))
        for (int row : {2, 3})
            items->item(row)->setEnabled(false);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(initial.kind))));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_redisUrl->setPlaceholderText(QStringLiteral("redis://[user@]host:6379/0"));
    // Never show a password inside the URL: it moves to the (unsaved) password field.
    if (auto url = parseRedisUrl(initial.redisUrl.toStdString(), nullptr); url && !url->password.empty()) {
        m_password->setText(QString::fromStdString(url->password));
        url->password.clear();
        m_redisUrl->setText(QString::fromStdString(url->redacted()));
    }
    if (!initial.password.isEmpty())
        m_password->setText(initial.password);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("not stored: asked for at each connection"));
    m_brokers->setPlaceholderText(tr("host:9092 (leave empty for Redis only)"));
    m_agentGroup->setToolTip(
        tr("The live view starts where this consumer group of agents stands, so it shows "
           "the windows they have not written yet. The group is only read, never joined."));
    m_error->setWordWrap(true);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xd6, 0x3b, 0x3b));
    m_error->setPalette(p);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    auto *form = new QFormLayout;
    form->addRow(tr("Source"), m_kind);
    form->addRow(tr("Redis URL"), m_redisUrl);
    form->addRow(tr("Redis password"), m_password);
    form->addRow(tr("Kafka brokers"), m_brokers);
    form->addRow(tr("Kafka topic"), m_topic);
    form->addRow(tr("Agents' consumer group"), m_agentGroup);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateEnabled);
    updateEnabled();
    resize(520, sizeHint().height());
}

SourceKind ConnectionDialog::kind() const {
    return static_cast<SourceKind>(m_kind->currentData().toInt());
}

void ConnectionDialog::setMessage(const QString &message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    if (!message.isEmpty() && m_kind->currentIndex() == 1)
        m_password->setFocus();
}

QString ConnectionDialog::errorText() const {
    return m_error->text();
}

void ConnectionDialog::updateEnabled() {
    const bool direct = kind() == SourceKind::Direct;
    for (QWidget *w : {static_cast<QWidget *>(m_redisUrl), static_cast<QWidget *>(m_password),
                       static_cast<QWidget *>(m_brokers), static_cast<QWidget *>(m_topic),
                       static_cast<QWidget *>(m_agentGroup)})
        w->setEnabled(direct);
    m_error->clear();
}

ConnectionSettings ConnectionDialog::settings() const {
    ConnectionSettings s;
    s.kind = kind();
    s.password = m_password->text();
    s.brokers = m_brokers->text().trimmed();
    s.topic = m_topic->text().trimmed();
    s.agentGroup = m_agentGroup->text().trimmed();
    // A password typed into the URL moves to the password field, so it is never saved.
    std::string error;
    if (auto url = parseRedisUrl(m_redisUrl->text().trimmed().toStdString(), &error)) {
        if (!url->password.empty() && s.password.isEmpty())
            s.password = QString::fromStdString(url->password);
        url->password.clear();
        s.redisUrl = QString::fromStdString(url->redacted()); // no password left in it
    } else {
        s.redisUrl = m_redisUrl->text().trimmed();
    }
    return s;
}

void ConnectionDialog::accept() {
    if (kind() == SourceKind::Remote || kind() == SourceKind::Evidence) {
        m_error->setText(kind() == SourceKind::Evidence
                             ? tr("An evidence pack is opened with File → Open Evidence….")
                             : tr("This source is not built yet: choose Demo or Direct."));
        return;
    }
    if (kind() == SourceKind::Direct) {
        std::string error;
        if (!parseRedisUrl(m_redisUrl->text().trimmed().toStdString(), &error)) {
            m_error->setText(QString::fromStdString(error));
            return;
        }
    }
    QDialog::accept();
}

} // namespace assurance::ui
