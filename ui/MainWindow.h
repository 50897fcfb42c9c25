#pragma once

#include "sources/ConnectionSettings.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace assurance {
class TelemetrySource;
}

namespace assurance::ui {

class AssuranceLabelTab;
class ConsoleStore;
class RealTimeMetricsTab;
class ViolationsTab;

// The console's window: the seven tabs of SPEC.md and a status bar (source, state, events/s).
// Holds no logic: tabs read the ConsoleStore, sources feed it.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Tab {
        RealTimeMetrics,
        AssuranceLabelPage,
        Violations,
        BaselineTolerances,
        ModelConfiguration,
        License,
        AuditEvidence,
        TabCount
    };

    explicit MainWindow(ConsoleStore *store, QWidget *parent = nullptr);

    // Feeds the store from the source and shows its state in the status bar.
    void attachSource(TelemetrySource *source);
    void setSourceState(const QString &source, const QString &state);

    QTabWidget *tabs() const { return m_tabs; }
    RealTimeMetricsTab *realTimeMetrics() const { return m_realTime; }
    AssuranceLabelTab *assuranceLabels() const { return m_labels; }
    ViolationsTab *violations() const { return m_violations; }
    QString statusText() const;
    // What "Connect…" offers first (the current connection, without its password).
    void setConnectionSettings(const ConnectionSettings &settings) { m_connection = settings; }

Q_SIGNALS:
    // The operator chose another source in File → Connect…
    void connectionRequested(const assurance::ConnectionSettings &settings);

private:
    void updateRate();
    ConsoleStore *m_store;
    QTabWidget *m_tabs;
    RealTimeMetricsTab *m_realTime;
    AssuranceLabelTab *m_labels;
    ViolationsTab *m_violations;
    QLabel *m_source;
    QLabel *m_state;
    QLabel *m_rate;
    ConnectionSettings m_connection;
};

} // namespace assurance::ui
