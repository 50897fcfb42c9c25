#pragma once

#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QListView;
class QSortFilterProxyModel;
class QTableView;

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

private:
    void refresh();
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
    QTableView *m_rejections;
};

} // namespace assurance::ui
