#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace assurance::evidence {
struct PackVerdict;
}

namespace assurance::ui {

// The strip above the tabs while an evidence pack is open: what the pack's verification says, in
// the words docs/evidence.md uses. Verified (trusted signer, root digest, range), Signed by an
// unknown key (its fingerprint and "Trust this key…"), Integrity only — not signed, or in red NOT
// VERIFIED with the first broken record. Hidden for every other source.
class EvidenceBanner : public QFrame {
    Q_OBJECT
public:
    enum class State { Hidden, Loading, Verified, UnknownSigner, IntegrityOnly, NotVerified };
    Q_ENUM(State)

    explicit EvidenceBanner(QWidget *parent = nullptr);

    void showLoading(const QString &packName);
    void showVerdict(const QString &packName, const evidence::PackVerdict &verdict);
    void clear(); // hidden

    State state() const { return m_state; }
    QString titleText() const;
    QString detailText() const;
    QPushButton *trustButton() const { return m_trust; }

Q_SIGNALS:
    // "Trust this key…" was pressed (UnknownSigner only).
    void trustKeyRequested();

private:
    void setLook(State state);
    State m_state = State::Hidden;
    QLabel *m_title;
    QLabel *m_detail;
    QPushButton *m_trust;
};

} // namespace assurance::ui
