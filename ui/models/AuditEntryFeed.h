#pragma once

#include "audit/AuditService.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <cstdint>
#include <vector>

namespace assurance::ui {

class AuditEntryTableModel;

// Fills an AuditEntryTableModel from an AuditService: the entries matching the query, read on the
// service's thread a page at a time (each page one insert, the GUI thread never waits), then the
// entries recorded from then on, coalesced into one insert per 100 ms. GUI thread only.
class AuditEntryFeed : public QObject {
    Q_OBJECT
public:
    static constexpr std::int64_t kPageSize = 2000;

    explicit AuditEntryFeed(AuditEntryTableModel *model, QObject *parent = nullptr);

    void setService(audit::AuditService *service); // nullptr: empty; reloads
    void setQuery(const audit::AuditQuery &query); // reloads
    const audit::AuditQuery &query() const { return m_query; }
    void reload();
    bool loading() const { return m_loading; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &error);

private:
    void requestPage(std::int64_t afterSeq);
    void onRecorded(const audit::AuditEntry &entry);
    void flush();
    void setLoading(bool loading);

    AuditEntryTableModel *m_model;
    QPointer<audit::AuditService> m_service;
    audit::AuditQuery m_query;
    std::uint64_t m_generation = 0; // answers for an older query are dropped
    bool m_loading = false;
    std::vector<audit::AuditEntry> m_recorded; // waiting for the next flush
    QTimer m_flush;
};

} // namespace assurance::ui
