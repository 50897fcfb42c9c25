#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace assurance::ui {

// Asks for the note of an operator action (acknowledge, resolve, add note) on the episodes listed.
// OK stays disabled while the note is blank: every action needs one. Only collects the note;
// whoever opened it sends the request when accepted.
class EpisodeActionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Action { Acknowledge, Resolve, Note };
    EpisodeActionDialog(Action action, const QStringList &episodeIds, QWidget *parent = nullptr);

    Action action() const { return m_action; }
    QStringList episodeIds() const { return m_episodeIds; }
    QString note() const; // trimmed
    void setNote(const QString &note);
    bool canAccept() const;

private:
    Action m_action;
    QStringList m_episodeIds;
    QPlainTextEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace assurance::ui
