#pragma once

#include "sources/TelemetrySource.h"

#include <QChartView>

#include <array>
#include <optional>
#include <vector>

class QAreaSeries;
class QCategoryAxis;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace assurance::ui {

// A model's label score over time: the grade bands (A ≥ 90 … F < 60) as coloured background, the
// score as a line, labels that were not assured (red) or conditional (amber) as markers, a dashed
// line where the tolerance version changed, a red line where the chain breaks, and the selected
// label ringed. Times are drawn in UTC like the rest of the console. Every update replaces whole
// series (Qt Charts appends are O(n) each); long histories are decimated to min/max pairs.
class LabelHistoryChart : public QChartView {
    Q_OBJECT
public:
    explicit LabelHistoryChart(QWidget *parent = nullptr);

    // `fromMs`/`toMs`: the range asked for (the time axis spans it even where there are no labels).
    void setHistory(const std::vector<HistoryLabel> &labels, const std::optional<LabelChainBreak> &chainBreak,
                    std::int64_t fromMs, std::int64_t toMs);
    void setSelected(const AssuranceLabel *label);

    int pointCount() const { return m_pointCount; }         // labels with a score (before decimation)
    int markerCount() const;                                // verdict markers drawn
    int toleranceChanges() const { return m_versionLines; } // dashed lines drawn
    bool showsChainBreak() const;
    static constexpr int kMaxLinePoints = 2000;
    static constexpr int kMaxMarkers = 1500;

Q_SIGNALS:
    // The operator clicked near the line at this time (epoch ms, UTC).
    void timeClicked(std::int64_t epochMs);

private:
    double x(std::int64_t epochMs) const; // epoch ms → the axis' value (shifted so it reads UTC)
    std::array<QLineSeries *, 10> m_bandEdges{};
    std::array<QAreaSeries *, 5> m_bands{}; // F, D, C, B, A
    QLineSeries *m_line;
    QScatterSeries *m_notAssured;
    QScatterSeries *m_conditional;
    QScatterSeries *m_selected;
    QLineSeries *m_break;
    std::vector<QLineSeries *> m_versionSeries; // one per change, created on demand
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QCategoryAxis *m_grades;
    std::int64_t m_utcOffsetMs = 0;
    int m_pointCount = 0;
    int m_versionLines = 0;
};

} // namespace assurance::ui
