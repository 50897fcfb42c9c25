#pragma once

#include "assurance/ToleranceEdit.h"
#include "commands/ToleranceCommand.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace assurance::ui {

class ConsoleStore;
class ReferencePreviewModel;
class ToleranceDiffModel;
class ToleranceEditModel;
class ToleranceHistoryChart;
class ToleranceVersionTableModel;

// Baseline & Tolerances (issue #13): per model, the tolerance set in force as an editable table
// with the agent's validation inline and undo/redo; Save (a required reason) through
// ToleranceCommand::runAsync on the source's ToleranceWriter; the versions from the tolerance
// history, a side-by-side diff of two of them and "restore this version"; a history chart of the
// selected metric with the bands of the version in force at each window; a baseline proposed from
// a range (dragged or typed; mean or median, with its numbers) applied to the editor only on
// confirm (as an undoable edit); a drift reference loaded from a JSONL file (read and built on a
// pool thread) with a per-feature preview, saved through ReferenceCommand.
// Read-only (no writer, or setReadOnly) disables every edit and says why. GUI thread; every
// read and write of the record runs on a pool thread, results come back through QCoro::connect.
class BaselineTolerancesTab : public QWidget {
    Q_OBJECT
public:
    explicit BaselineTolerancesTab(ConsoleStore *store, QWidget *parent = nullptr);
    ~BaselineTolerancesTab() override;

    // The source's writer (nullptr: read-only, with `whyReadOnly`) and where audit entries go.
    void setWriter(std::shared_ptr<ToleranceWriter> writer, const QString &whyReadOnly = {});
    void setAuditAppend(AuditAppend audit) { m_audit = std::move(audit); }
    void setModel(const QString &modelId);
    QString modelId() const { return m_modelId; }

    ToleranceEditModel *editModel() const { return m_edit; }
    QUndoStack *undoStack() const { return m_undo; }
    ToleranceVersionTableModel *versionsModel() const { return m_versions; }
    ToleranceDiffModel *diffModel() const { return m_diff; }
    ReferencePreviewModel *referencePreview() const { return m_preview; }
    ToleranceHistoryChart *chart() const { return m_chart; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const;
    QString resultText() const; // the last save's / restore's / reference's outcome, as shown
    QString proposalText() const;
    // "" unless an agent pins the model with --reference (reference:{id}:pinned): then what it says.
    QString pinnedText() const;

    // Reads the set in force and its history (pool thread); versionsLoaded when done.
    void reload();
    // Opens the required-reason dialog (non-blocking); its answer calls save().
    void requestSave();
    // Saves the edited set with `reason`; saveFinished when the command answered.
    void save(const QString &reason);
    // Side by side: what changed from v1 to v2 (both from the loaded history).
    bool compare(int v1, int v2);
    // "Restore this version": v's metrics saved as a new version with `reason`.
    void restoreVersion(int version, const QString &reason);
    // The proposed baseline of the selected metric over [from, to] (shown, not applied).
    void proposeBaseline(std::int64_t fromMs, std::int64_t toMs, BaselineStatistic statistic);
    const std::optional<BaselineProposal> &proposal() const { return m_proposal; }
    // The confirmed proposal into the editor, as one undoable edit. False when there is none.
    bool applyProposal();
    void selectMetric(SeedMetric metric);
    // Reads and builds the reference on a pool thread; referenceLoaded when done.
    void loadReferenceFile(const QString &path);
    void saveReference();

public Q_SLOTS:
    void setReadOnly(bool readOnly, const QString &why);

Q_SIGNALS:
    void versionsLoaded();
    void saveFinished(bool applied);
    void referenceLoaded(bool ok);
    void referenceSaved(bool applied);

private:
    void updateState();
    void showSet(const ToleranceSet &set);
    void redrawChart();
    void runSave(ToleranceSave save);
    void showResult(const QString &text, bool ok);
    SeedMetric selectedMetric() const;

    ConsoleStore *m_store;
    std::shared_ptr<ToleranceWriter> m_writer;
    AuditAppend m_audit;
    QString m_modelId;
    bool m_readOnly = true;
    QString m_whyReadOnly;
    bool m_sourceReadOnly = false;
    QString m_whySourceReadOnly;
    ToleranceRecord m_record;
    std::uint64_t m_loadTicket = 0;
    std::optional<BaselineProposal> m_proposal;
    std::optional<ReferenceProfile> m_reference;
    QString m_referenceSource;
    bool m_busy = false;

    ToleranceEditModel *m_edit;
    QUndoStack *m_undo;
    ToleranceVersionTableModel *m_versions;
    ToleranceDiffModel *m_diff;
    ReferencePreviewModel *m_preview;
    QComboBox *m_model;
    QLabel *m_inForce;
    QLabel *m_readOnlyNote;
    QTableView *m_table;
    QLabel *m_problems;
    QPushButton *m_undoButton, *m_redoButton, *m_saveButton, *m_revertButton;
    QTableView *m_versionTable;
    QComboBox *m_compareA, *m_compareB;
    QTableView *m_diffTable;
    QPushButton *m_restoreButton;
    ToleranceHistoryChart *m_chart;
    QDateTimeEdit *m_from, *m_to;
    QComboBox *m_statistic;
    QLabel *m_proposalLabel;
    QPushButton *m_proposeButton, *m_applyButton;
    QPushButton *m_loadReferenceButton, *m_saveReferenceButton;
    QLabel *m_referenceLabel;
    QLabel *m_pinned;
    QTableView *m_previewTable;
    QLabel *m_result;
};

} // namespace assurance::ui
