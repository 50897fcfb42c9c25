#pragma once

#include <QSortFilterProxyModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace assurance::ui {

class ConsoleStore;

// Filters violation episodes by text (model, metric), severity and state.
class ViolationFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class StateFilter { All, Active, Closed };
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSeverity(const QString &severityKey); // empty = any
    void setState(StateFilter state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_severity;
    StateFilter m_state = StateFilter::All;
};

// Violations: the filterable, sortable table of episodes with a summary of what is active.
class ViolationsTab : public QWidget {
    Q_OBJECT
public:
    explicit ViolationsTab(ConsoleStore *store, QWidget *parent = nullptr);
    ViolationFilterProxy *proxy() const { return m_proxy; }
    QString summaryText() const;

private:
    void updateSummary();
    ConsoleStore *m_store;
    ViolationFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_severity;
    QComboBox *m_state;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace assurance::ui
