#pragma once

#include "assurance/ViolationTracker.h"
#include "models/ViolationFilterProxy.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace assurance::ui {

class ConsoleStore;
class EpisodeDetailPane;
class ViolationBreakdownCharts;

// Violations: the filterable, sortable table of episodes, the selected episode's detail and
// timeline, breakdown charts of the filtered rows, their export, and the operator's requests.
//
// The tab holds no workflow logic and changes no record: Acknowledge, Resolve and Add note ask for
// a note and emit a request; whoever is connected (MainWindow) runs the core command for the
// current source and answers with showActionResult(). The new state arrives like any other change,
// through the store. Buttons are enabled from the selected episodes' statuses as a hint only (the
// command validates): Acknowledge when every selected episode is open, Resolve when none is
// resolved, Add note for any selection; none while read-only.
//
// Redraws are coalesced: summary, buttons, detail and charts follow the model at most every
// kRefreshMs, never per row change; charts of a hidden tab wait until it is shown. GUI thread.
class ViolationsTab : public QWidget {
    Q_OBJECT
public:
    enum class ExportFormat { Csv, Json };
    static constexpr int kRefreshMs = 100;

    explicit ViolationsTab(ConsoleStore *store, QWidget *parent = nullptr);

    ViolationFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    EpisodeDetailPane *detailPane() const { return m_detail; }
    ViolationBreakdownCharts *charts() const { return m_charts; }
    QString summaryText() const;
    QString messageText() const;  // the last result, error or notice shown
    QString readOnlyText() const; // empty unless read-only
    bool isReadOnly() const { return m_readOnly; }

    // The rows shown (after every filter), in view order: what the charts count and export writes.
    std::vector<ViolationEpisode> filteredEpisodes() const;
    // The selected episodes' ids, in view order.
    QStringList selectedEpisodeIds() const;
    // Writes the filtered rows (core/assurance/EpisodeExport.h) to `path`, atomically. The export
    // buttons call it from a file dialog; false (and a message) when the file cannot be written.
    bool exportTo(const QString &path, ExportFormat format);

public Q_SLOTS:
    // Shows the outcome of a request, e.g. "Acknowledged 2 episodes" (ok) or a refusal or conflict
    // "changed by bob at 14:02: acknowledged" (not ok). Translated by the caller.
    void showActionResult(const QString &message, bool ok);
    // A read-only source (an evidence pack): every write action is disabled and `why` is shown.
    void setReadOnly(bool readOnly, const QString &why = {});

Q_SIGNALS:
    // The operator confirmed an action with a note (never empty, trimmed) on these episodes (ids as
    // stored, "{model}:{metric}:{opened window}", in view order). Nothing has been changed yet.
    void acknowledgeRequested(const QStringList &episodeIds, const QString &note);
    void resolveRequested(const QStringList &episodeIds, const QString &note);
    void noteRequested(const QStringList &episodeIds, const QString &note);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Action { Acknowledge, Resolve, Note };
    void scheduleRefresh();
    void refresh();
    void redrawCharts();
    void updateSummary();
    void updateButtons();
    void updateDetail();
    void updateTimeRange();
    void startRangeAtData();
    void rebuildModelFilter();
    void openActionDialog(Action action);
    void openExportDialog(ExportFormat format);
    void showMessage(const QString &text, const QColor &color);
    std::vector<const ViolationEpisode *> selectedEpisodes() const;
    std::vector<const ViolationEpisode *> shownEpisodes() const;

    ConsoleStore *m_store;
    ViolationFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_model;
    QComboBox *m_metric;
    QComboBox *m_severity;
    QComboBox *m_status;
    QComboBox *m_state;
    QCheckBox *m_useSince;
    QDateTimeEdit *m_since;
    QCheckBox *m_useUntil;
    QDateTimeEdit *m_until;
    QLabel *m_summary;
    QPushButton *m_acknowledge;
    QPushButton *m_resolve;
    QPushButton *m_note;
    QPushButton *m_explain;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    QLabel *m_readOnlyBanner;
    QLabel *m_message;
    QTableView *m_table;
    EpisodeDetailPane *m_detail;
    ViolationBreakdownCharts *m_charts;
    QTimer *m_refresh;
    bool m_chartsDirty = true;
    bool m_rangeTouched = false; // the operator (or a test) picked since/until
    bool m_readOnly = false;
    QString m_readOnlyWhy;
};

} // namespace assurance::ui
