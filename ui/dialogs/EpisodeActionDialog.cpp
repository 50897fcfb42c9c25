#include "EpisodeActionDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace assurance::ui {

EpisodeActionDialog::EpisodeActionDialog(Action action, const QStringList &episodeIds, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_episodeIds(episodeIds)
    , m_note(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("episodeActionDialog"));
    const int n = static_cast<int>(episodeIds.size());
    QString title, prompt, ok;
    switch (action) {
    case Action::Acknowledge:
        title = tr("Acknowledge violations");
        prompt = tr("Acknowledge %n episode(s):", nullptr, n);
        ok = tr("Acknowledge");
        break;
    case Action::Resolve:
        title = tr("Resolve violations");
        prompt = tr("Resolve %n episode(s):", nullptr, n);
        ok = tr("Resolve");
        break;
    case Action::Note:
        title = tr("Add a note");
        prompt = tr("Add a note to %n episode(s):", nullptr, n);
        ok = tr("Add note");
        break;
    }
    setWindowTitle(title);

    auto *list = new QListWidget(this);
    list->addItems(episodeIds);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setMaximumHeight(list->sizeHintForRow(0) * std::min(n, 6) + 2 * list->frameWidth() + 4);
    m_note->setPlaceholderText(tr("Why? What was done? (required)"));
    m_note->setTabChangesFocus(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(ok);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(prompt, this));
    layout->addWidget(list);
    layout->addWidget(new QLabel(tr("Note:"), this));
    layout->addWidget(m_note, 1);
    layout->addWidget(m_buttons);
    resize(460, 300);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept()); };
    connect(m_note, &QPlainTextEdit::textChanged, this, update);
    update();
    m_note->setFocus();
}

QString EpisodeActionDialog::note() const {
    return m_note->toPlainText().trimmed();
}

void EpisodeActionDialog::setNote(const QString &note) {
    m_note->setPlainText(note);
}

bool EpisodeActionDialog::canAccept() const {
    return !note().isEmpty() && !m_episodeIds.isEmpty();
}

} // namespace assurance::ui
