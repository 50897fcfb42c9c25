#pragma once

#include <QFrame>

class QLabel;

namespace assurance::ui {

// A caption over one large value, coloured by status.
class KpiTile : public QFrame {
    Q_OBJECT
public:
    explicit KpiTile(const QString &caption, QWidget *parent = nullptr);
    void setValue(const QString &value, const QColor &color = {}, const QString &detail = {});
    QString value() const;
    void setTitle(const QString &caption);
    QString titleText() const;

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace assurance::ui
