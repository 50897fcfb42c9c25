#pragma once

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace assurance::license {
class LicenseService;
}

namespace assurance::ui {

// License: the installation's license state, its details with an expiry countdown, activation from
// a file or pasted text (offline), deactivation, the tiers compared, and an upgrade request code
// (copy, or send through a mailto: link). The tab only shows and asks: LicenseService verifies,
// stores and audits, off the GUI thread.
class LicenseTab : public QWidget {
    Q_OBJECT
public:
    explicit LicenseTab(QWidget *parent = nullptr);
    void setLicenseService(license::LicenseService *service);

    // For tests.
    QLabel *stateBanner() const { return m_banner; }
    QLabel *messageLabel() const { return m_message; }
    QPlainTextEdit *pasteEdit() const { return m_paste; }
    QPushButton *activatePastedButton() const { return m_activatePasted; }
    QPushButton *activateFileButton() const { return m_activateFile; }
    QPushButton *deactivateButton() const { return m_deactivate; }
    QLineEdit *requestCodeEdit() const { return m_requestCode; }
    QTableWidget *tiersTable() const { return m_tiers; }
    QString detailText() const; // the details pane as plain text
    // The mailto: link "Email request…" opens.
    QString requestMailto() const;

private:
    void showStatus();
    void showMessage(bool ok, const QString &text);
    void chooseFile();

    QPointer<license::LicenseService> m_service;
    QLabel *m_banner;
    QWidget *m_details;
    QFormLayout *m_detailsForm;
    QLabel *m_message;
    QPlainTextEdit *m_paste;
    QPushButton *m_activatePasted;
    QPushButton *m_activateFile;
    QPushButton *m_deactivate;
    QLineEdit *m_requestCode;
    QPushButton *m_copyCode;
    QPushButton *m_mailCode;
    QTableWidget *m_tiers;
};

} // namespace assurance::ui
