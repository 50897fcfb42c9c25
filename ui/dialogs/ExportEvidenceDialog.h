#pragma once

#include <QDialog>
#include <QStringList>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace assurance::ui {

// What Export Evidence… asks: the models, the time range (UTC), where to write the pack and,
// optionally, the organisation key to sign it with. Validates only the form; the export itself is
// a command (ConsoleCommands::exportEvidence).
class ExportEvidenceDialog : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        QStringList models;
        qint64 sinceMs = 0, untilMs = 0;
        QString outPath;
        QString keyFile; // empty: unsigned
    };

    // `models`: those the record has; all are ticked. The range defaults to the last 24 hours
    // before `nowMs`.
    ExportEvidenceDialog(const QStringList &models, qint64 nowMs, QWidget *parent = nullptr);

    Choice choice() const;
    void setChoice(const Choice &choice); // tests and "export again"
    void accept() override;               // refuses (with the reason shown) an incomplete form
    QString errorText() const;

private:
    QListWidget *m_models;
    QDateTimeEdit *m_since;
    QDateTimeEdit *m_until;
    QLineEdit *m_out;
    QLineEdit *m_key;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace assurance::ui
