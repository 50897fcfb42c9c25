#pragma once

#include "sources/ConnectionSettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace assurance::ui {

// File → Connect…: the source kinds (Demo, Direct = Redis record + optional Kafka view; Remote and
// Evidence listed but not built yet). The password field is never saved; the form says so.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(const ConnectionSettings &initial, QWidget *parent = nullptr);
    ConnectionSettings settings() const;
    void accept() override;                  // refuses (with the reason shown) settings that cannot work
    void setMessage(const QString &message); // shown above the form (e.g. why it opened)
    QString errorText() const;

private:
    void updateEnabled();
    SourceKind kind() const;
    QLabel *m_message;
    QComboBox *m_kind;
    QLineEdit *m_redisUrl;
    QLineEdit *m_password;
    QLineEdit *m_brokers;
    QLineEdit *m_topic;
    QLineEdit *m_agentGroup;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace assurance::ui
