#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <vector>

namespace assurance::ui {

// Audit log entries in sequence order (oldest first), as loaded page by page and as recorded.
// Only appends and a whole reset: entries never change once written.
class AuditEntryTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Seq, Time, Actor, Action, Target, Details, ColumnCount };
    enum Role { SeqRole = Qt::UserRole, TimeMsRole, HashRole };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    // Replaces every row at once, as given (an evidence pack's entries: several installations, so
    // sequence numbers may repeat). append() after it still skips entries not newer than the last.
    void setEntries(std::vector<audit::AuditEntry> entries);
    // One insert at the end; entries not newer than the last row are skipped (already shown).
    void append(std::vector<audit::AuditEntry> entries);
    std::int64_t lastSeq() const { return m_rows.empty() ? 0 : m_rows.back().seq; }
    int rowOfSeq(std::int64_t seq) const; // -1: not shown
    const audit::AuditEntry &entryAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    // The entry that verification named first broken, drawn highlighted (0: none).
    void setBrokenSeq(std::int64_t seq);

private:
    std::vector<audit::AuditEntry> m_rows;
    std::int64_t m_brokenSeq = 0;
};

} // namespace assurance::ui
