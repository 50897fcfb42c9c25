#include "KpiTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace assurance::ui {

KpiTile::KpiTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(QStringLiteral("—"), this))
    , m_detail(new QLabel(this)) {
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("kpiTile"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(0);
    QFont f = m_value->font();
    f.setPointSizeF(f.pointSizeF() * 1.7);
    f.setBold(true);
    m_value->setFont(f);
    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caption->setFont(small);
    m_detail->setFont(small);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    setMinimumWidth(130);
}

void KpiTile::setValue(const QString &value, const QColor &color, const QString &detail) {
    m_value->setText(value); // QLabel repaints only when the text changes
    QPalette p = m_value->palette();
    p.setColor(QPalette::WindowText, color.isValid() ? color : palette().color(QPalette::WindowText));
    m_value->setPalette(p);
    m_detail->setText(detail);
}

QString KpiTile::value() const {
    return m_value->text();
}

void KpiTile::setTitle(const QString &caption) {
    m_caption->setText(caption);
}

QString KpiTile::titleText() const {
    return m_caption->text();
}

} // namespace assurance::ui
