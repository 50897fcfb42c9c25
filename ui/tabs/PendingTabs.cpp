#include "PendingTabs.h"

#include <QLabel>
#include <QVBoxLayout>

namespace assurance::ui {

PendingCapabilityTab::PendingCapabilityTab(const QString &title, const QString &whatItWillDo, QWidget *parent)
    : QWidget(parent) {
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    auto *status = new QLabel(
        tr("Not built yet: this version of Assurance Console does not include this capability."), this);
    QFont bold = status->font();
    bold.setBold(true);
    status->setFont(bold);
    auto *body = new QLabel(whatItWillDo, this);
    body->setWordWrap(true);
    body->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    for (QLabel *l : {heading, status, body}) {
        l->setAlignment(Qt::AlignCenter);
        layout->addWidget(l);
    }
    layout->addStretch(2);
    setObjectName(QStringLiteral("pendingTab"));
}

LicenseTab::LicenseTab(QWidget *parent)
    : PendingCapabilityTab(tr("License"),
                           tr("Show the license status and details, activate a license file offline and list "
                              "upgrade options. The console currently runs as Community edition."),
                           parent) {}

} // namespace assurance::ui
