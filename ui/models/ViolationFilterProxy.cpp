#include "ViolationFilterProxy.h"

#include "ViolationTableModel.h"

#include <QRegularExpression>

namespace assurance::ui {

namespace {
template<typename T> bool change(T &member, const T &value) {
    if (member == value)
        return false;
    member = value;
    return true;
}
} // namespace

void ViolationFilterProxy::setModelId(const QString &modelId) {
    if (change(m_modelId, modelId))
        invalidateFilter();
}

void ViolationFilterProxy::setMetric(const QString &metricKey) {
    if (change(m_metric, metricKey))
        invalidateFilter();
}

void ViolationFilterProxy::setSeverity(const QString &severityKey) {
    if (change(m_severity, severityKey))
        invalidateFilter();
}

void ViolationFilterProxy::setStatus(const QString &statusKey) {
    if (change(m_status, statusKey))
        invalidateFilter();
}

void ViolationFilterProxy::setState(StateFilter state) {
    if (change(m_state, state))
        invalidateFilter();
}

void ViolationFilterProxy::setTimeRange(std::optional<qint64> sinceMs, std::optional<qint64> untilMs) {
    const bool a = change(m_sinceMs, sinceMs);
    const bool b = change(m_untilMs, untilMs);
    if (a || b)
        invalidateFilter();
}

bool ViolationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    auto differs = [&idx](const QString &wanted, int role) {
        return !wanted.isEmpty() && idx.data(role).toString() != wanted;
    };
    if (differs(m_modelId, ViolationTableModel::ModelIdRole) ||
        differs(m_metric, ViolationTableModel::MetricKeyRole) ||
        differs(m_severity, ViolationTableModel::SeverityRole) ||
        differs(m_status, ViolationTableModel::StatusRole))
        return false;
    const bool active = idx.data(ViolationTableModel::ActiveRole).toBool();
    if ((m_state == StateFilter::Active && !active) || (m_state == StateFilter::Closed && active))
        return false;
    if (m_untilMs && idx.data(ViolationTableModel::OpenedMsRole).toLongLong() > *m_untilMs)
        return false;
    if (m_sinceMs && !active && idx.data(ViolationTableModel::ClosedMsRole).toLongLong() < *m_sinceMs)
        return false;
    const QRegularExpression re = filterRegularExpression();
    if (re.pattern().isEmpty())
        return true;
    for (int column : {ViolationTableModel::Model, ViolationTableModel::Metric})
        if (re.match(sourceModel()->index(sourceRow, column, sourceParent).data().toString()).hasMatch())
            return true;
    return false;
}

} // namespace assurance::ui
