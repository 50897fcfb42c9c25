#pragma once

#include <QWidget>

namespace assurance::ui {

// The tabs whose capabilities are not built yet. Each is its own class so that building one
// replaces exactly one of them; until then each says plainly what will be there and that it is not
// available yet.
class PendingCapabilityTab : public QWidget {
    Q_OBJECT
public:
    PendingCapabilityTab(const QString &title, const QString &whatItWillDo, QWidget *parent = nullptr);
};

class LicenseTab : public PendingCapabilityTab {
    Q_OBJECT
public:
    explicit LicenseTab(QWidget *parent = nullptr);
};

} // namespace assurance::ui
