#include "AuditEntryFeed.h"

#include "models/AuditEntryTableModel.h"

#include <QCoroTask>

namespace assurance::ui {

AuditEntryFeed::AuditEntryFeed(AuditEntryTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model) {
    m_flush.setSingleShot(true);
    m_flush.setInterval(100);
    connect(&m_flush, &QTimer::timeout, this, &AuditEntryFeed::flush);
}

void AuditEntryFeed::setService(audit::AuditService *service) {
    if (m_service)
        m_service->disconnect(this);
    m_service = service;
    if (service) {
        connect(service, &audit::AuditService::recorded, this, &AuditEntryFeed::onRecorded);
        connect(service, &audit::AuditService::stateChanged, this, [this](audit::AuditService::State s) {
            if (s == audit::AuditService::State::Open)
                reload();
        });
    }
    reload();
}

void AuditEntryFeed::setQuery(const audit::AuditQuery &query) {
    m_query = query;
    reload();
}

void AuditEntryFeed::reload() {
    ++m_generation;
    m_recorded.clear();
    m_flush.stop();
    m_model->clear();
    if (!m_service || m_service->state() != audit::AuditService::State::Open) {
        setLoading(false);
        return;
    }
    setLoading(true);
    requestPage(0);
}

void AuditEntryFeed::requestPage(std::int64_t afterSeq) {
    audit::AuditQuery page = m_query;
    page.filter.afterSeq = std::max(afterSeq, m_query.filter.afterSeq);
    page.filter.limit = kPageSize;
    QCoro::connect(m_service->entries(page), this,
                   [this, generation = m_generation](const audit::AuditResult<audit::EntryPage> &result) {
                       if (generation != m_generation)
                           return; // a newer query replaced this one
                       if (!result) {
                           setLoading(false);
                           Q_EMIT loadFailed(result.error);
                           return;
                       }
                       m_model->append(result.value->entries);
                       if (!result.value->complete && m_service) {
                           requestPage(result.value->scannedTo);
                           return;
                       }
                       setLoading(false);
                       flush(); // what was recorded while loading
                   });
}

void AuditEntryFeed::onRecorded(const audit::AuditEntry &entry) {
    if (!m_query.matches(entry))
        return;
    m_recorded.push_back(entry);
    if (!m_loading && !m_flush.isActive())
        m_flush.start();
}

void AuditEntryFeed::flush() {
    if (m_recorded.empty())
        return;
    std::vector<audit::AuditEntry> entries;
    entries.swap(m_recorded);
    m_model->append(std::move(entries)); // those a page already brought are skipped
}

void AuditEntryFeed::setLoading(bool loading) {
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace assurance::ui
