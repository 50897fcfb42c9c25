#pragma once

#include <QWidget>

#include <array>
#include <string>

class QComboBox;
class QLabel;
class QListView;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace assurance::ui {

class ConsoleStore;
class KpiTile;
class MetricChart;

// Real-Time Metrics: model selector, KPI tiles, one chart per metric with its tolerance band,
// the live inference log, alerts, and the rejected-message counter.
class RealTimeMetricsTab : public QWidget {
    Q_OBJECT
public:
    explicit RealTimeMetricsTab(ConsoleStore *store, QWidget *parent = nullptr);

    void selectModel(const QString &modelId);
    QString selectedModel() const;
    const std::array<MetricChart *, 8> &charts() const { return m_charts; }
    QString rejectedText() const;
    QString countersText() const;
    QString gradeText() const;
    QString qualityTitle() const;
    QString logFilterPattern() const;
    // Chart updates (whole or only the open window's point) since construction: charts redraw only
    // when shown and changed.
    std::uint64_t chartUpdates() const;

    // The open window moves with every event: charts redraw for it at most this often.
    static constexpr int kProvisionalRedrawMs = 1000;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void redrawCharts(bool force);
    void onModelsInserted();
    ConsoleStore *m_store;
    QComboBox *m_modelSelector;
    KpiTile *m_eventsTile;
    KpiTile *m_qualityTile;
    KpiTile *m_driftTile;
    KpiTile *m_failureTile;
    KpiTile *m_gradeTile;
    std::array<MetricChart *, 8> m_charts{};
    QTableView *m_log;
    QSortFilterProxyModel *m_logFilter;
    QListView *m_alerts;
    QLabel *m_rejected;
    QLabel *m_counters;
    QTableView *m_rejections;
    QTimer *m_chartTimer;
    // What the charts show now: redrawn only when one of these changed.
    std::string m_drawnModel;
    std::uint64_t m_drawnRecord = 0;
    std::uint64_t m_drawnLive = 0;
    qint64 m_lastDrawMs = 0;
};

} // namespace assurance::ui
