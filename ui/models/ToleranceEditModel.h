#pragma once

#include "assurance/Tolerance.h"
#include "assurance/ToleranceEdit.h"
#include "metrics/ReferenceProfile.h"

#include <QAbstractTableModel>

#include <vector>

class QUndoStack;

namespace assurance::ui {

// The Baseline & Tolerances editor: one row per seed metric of a model's tolerance set, editable
// (Qt::EditRole; Enabled through Qt::CheckStateRole). Every edit through setData() becomes a
// ToleranceFieldEditCommand on the undo stack (when one is set), so Undo/Redo walk it back and
// forth; applyField() is what the commands call. Each row is checked with the agent's rules
// (parseTolerances) and a row that would be refused shows why (ProblemRole, tooltip, a red
// background); Save is possible only when problems() is empty. GUI thread; QtCore only.
class ToleranceEditModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Metric, Baseline, Warning, Critical, Mode, Direction, Enabled, ColumnCount };
    enum Role { ProblemRole = Qt::UserRole, MetricKeyRole, ChangedRole };
    explicit ToleranceEditModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The set being edited (one reset); the edits start from it (isModified() false).
    void setSet(const ToleranceSet &set);
    const ToleranceSet &original() const { return m_original; }
    ToleranceSet edited() const; // the original's metadata with the edited metrics
    bool isModified() const;
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    void setReadOnly(bool readOnly);
    bool readOnly() const { return m_readOnly; }

    // One field's value as edits carry it: Baseline a double or an invalid QVariant (null); Warning
    // and Critical doubles; Mode and Direction the keys ("relative", "band"); Enabled a bool.
    QVariant fieldValue(int row, Column column) const;
    // Sets one field without the undo stack (the commands call it). False when `value` is not a
    // value of that column's kind (nothing changes).
    bool applyField(int row, Column column, const QVariant &value);
    // The row of a metric, -1 when absent.
    int rowOf(SeedMetric metric) const;

    // Why the agent would refuse each row, in row order ("" for a row it accepts).
    QStringList problems() const;

Q_SIGNALS:
    void modifiedChanged();

private:
    QString problemOf(int row) const;
    bool changedField(int row, int column) const;
    ToleranceSet m_original;
    std::vector<MetricTolerance> m_rows;
    QUndoStack *m_undo = nullptr;
    bool m_readOnly = false;
};

// The per-field difference between two versions (diffToleranceSets), side by side.
class ToleranceDiffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Metric, Field, Before, After, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void setSets(const ToleranceSet &before, const ToleranceSet &after); // one reset
    void clear();
    const std::vector<ToleranceFieldChange> &changes() const { return m_rows; }

private:
    std::vector<ToleranceFieldChange> m_rows;
    int m_before = 0, m_after = 0;
};

// A reference profile's features for the preview before it is saved: kind, count and the
// distribution (numeric: min, q10, median, q90, max; categorical: the largest shares).
class ReferencePreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Feature, Kind, Count, Distribution, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void setProfile(const ReferenceProfile &profile); // one reset
    void clear();

private:
    std::vector<FeatureProfile> m_rows;
};

} // namespace assurance::ui
