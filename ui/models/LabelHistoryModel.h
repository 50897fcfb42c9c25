#pragma once

#include "sources/TelemetrySource.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace assurance::ui {

// A model's label history (TelemetrySource::pullLabelHistory) as a table, newest label first: time,
// grade, score, verdict, tolerance version, short hash, and where the chain breaks. The labels are
// kept in window order (labels()); a new pull replaces everything in one reset, labels that follow
// the newest are added at the top with one insert.
class LabelHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Grade, Score, Verdict, ToleranceVersion, Hash, Chain, ColumnCount };
    enum Role {
        WindowEndRole = Qt::UserRole + 1, // qint64, epoch ms
        ScoreRole,                        // double, invalid when no metric was evaluated
        VerdictRole,                      // "assured" / "conditional" / "not_assured"
        HashRole,                         // the full hash
        ChainBreakRole                    // bool: the chain breaks at this label
    };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Everything at once (one reset). `labels` ascending by window end.
    void setHistory(std::vector<HistoryLabel> labels, std::optional<LabelChainBreak> chainBreak);
    // Labels newer than the newest held (ascending), whose chain from it was checked by the caller:
    // `chainBreak` indexes `labels`. Rows are inserted at the top; a break already known is kept.
    void append(std::vector<HistoryLabel> labels, std::optional<LabelChainBreak> chainBreak);
    void clear();

    const std::vector<HistoryLabel> &labels() const { return m_labels; }
    const std::optional<LabelChainBreak> &chainBreak() const { return m_break; }
    const HistoryLabel *labelAt(int row) const;
    int rowOfIndex(std::size_t labelIndex) const; // labels()[i] → row
    // The row of the label nearest to `epochMs` (-1 when empty).
    int rowNearest(std::int64_t epochMs) const;

private:
    std::size_t indexOfRow(int row) const { return m_labels.size() - 1 - static_cast<std::size_t>(row); }
    std::vector<HistoryLabel> m_labels; // ascending
    std::optional<LabelChainBreak> m_break;
};

} // namespace assurance::ui
