#include "TelemetrySource.h"

#include <QCoroTask>

namespace assurance {

QCoro::Task<HistoryPullResult> TelemetrySource::pullHistory(std::string, std::int64_t, std::int64_t,
                                                            PullOptions) {
    HistoryPullResult result;
    result.outcome = HistoryPullResult::Outcome::Unsupported;
    co_return result;
}

void checkLabelChain(LabelHistoryResult &result) {
    std::vector<AssuranceLabel> labels;
    labels.reserve(result.labels.size());
    for (const HistoryLabel &h : result.labels)
        labels.push_back(h.label);
    result.chainBreak = verifyLabelChain(labels);
}

QCoro::Task<LabelHistoryResult> TelemetrySource::pullLabelHistory(std::string, std::int64_t, std::int64_t,
                                                                  PullOptions) {
    LabelHistoryResult result;
    result.outcome = LabelHistoryResult::Outcome::Unsupported;
    co_return result;
}

} // namespace assurance
