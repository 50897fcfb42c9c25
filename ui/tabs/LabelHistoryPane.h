#pragma once

#include "sources/TelemetrySource.h"

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <map>
#include <memory>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace assurance::ui {

class ConsoleStore;
class LabelCard;
class LabelHistoryChart;
class LabelHistoryModel;

// One model's label history for a compliance officer: why the label is what it is and how it
// changed. A range (last hour / day / week, or custom, in UTC) is pulled from the source
// asynchronously (TelemetrySource::pullLabelHistory) with progress and cancel; the chain status is
// shown first, then the score over time and the table of labels; the selected label as a detailed
// card (each metric's value, state, points and the tolerance rule it was held to), the tolerance
// version in force, and its export as PNG (the card) and as JSON (its stored bytes, from the source).
// While a relative range is shown, labels that arrive later are pulled and added.
class LabelHistoryPane : public QWidget {
    Q_OBJECT
public:
    enum class Range { LastHour, LastDay, LastWeek, Custom };
    Q_ENUM(Range)

    explicit LabelHistoryPane(ConsoleStore *store, QWidget *parent = nullptr);
    ~LabelHistoryPane() override;

    // The source to pull from (nullptr: none). Forgets what was shown.
    void setSource(TelemetrySource *source);
    // Shows `modelId` and pulls its history over the current range.
    void showModel(const QString &modelId);
    QString modelId() const { return m_modelId; }
    void setRange(Range range);
    // Range::Custom over [fromMs, toMs] (epoch ms, UTC), then pulls.
    void setCustomRange(std::int64_t fromMs, std::int64_t toMs);
    void refresh(); // pulls the current range again

    bool pulling() const { return m_cancel != nullptr; }
    LabelHistoryModel *historyModel() const { return m_model; }
    LabelHistoryChart *chart() const { return m_chart; }
    LabelCard *card() const { return m_card; }
    QTableView *table() const { return m_table; }
    QString chainText() const;
    QString toleranceText() const;
    QString explanationText() const;
    QString messageText() const;
    const HistoryLabel *selectedLabel() const;
    void selectRow(int row);

    // Opens a save dialog (non-blocking) for the selected label; the file is written off the GUI
    // thread and the outcome shown (and signalled).
    void exportJson();
    void exportPng();

Q_SIGNALS:
    void backRequested();
    void pullFinished(assurance::LabelHistoryResult::Outcome outcome);
    void exported(const QString &path, bool ok);

private:
    void pull();
    void pullNewer();
    void finishPull(std::uint64_t id, LabelHistoryResult result, bool incremental);
    void showSelected();
    void showChain();
    void rangeChanged();
    std::pair<std::int64_t, std::int64_t> currentRange() const;
    std::int64_t nowMs() const;
    void saveFile(const QString &path, std::function<bool(const QString &)> write);
    const ToleranceSet *toleranceSet(int version) const;

    ConsoleStore *m_store;
    QPointer<TelemetrySource> m_source;
    QString m_modelId;
    LabelHistoryModel *m_model;
    QComboBox *m_models;
    QComboBox *m_range;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QPushButton *m_apply;
    QPushButton *m_refresh;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QLabel *m_chain;
    QLabel *m_message;
    LabelHistoryChart *m_chart;
    QTableView *m_table;
    LabelCard *m_card;
    QLabel *m_explanation;
    QLabel *m_tolerance;
    QPushButton *m_exportPng;
    QPushButton *m_exportJson;
    QLabel *m_exportState;
    std::map<int, ToleranceSet> m_tolerances; // the versions the source knows for this model
    std::vector<std::string> m_problems;
    std::shared_ptr<std::atomic<bool>> m_cancel; // set while a pull runs
    std::uint64_t m_pullId = 0;                  // a completion for an older pull is dropped
    std::pair<std::int64_t, std::int64_t> m_shownRange{0, 0};
};

} // namespace assurance::ui
