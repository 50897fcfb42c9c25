#include "TelemetrySource.h"

#include <QCoroTask>

namespace assurance {

QCoro::Task<HistoryPullResult> TelemetrySource::pullHistory(std::string, std::int64_t, std::int64_t,
                                                            PullOptions) {
    HistoryPullResult result;
    result.outcome = HistoryPullResult::Outcome::Unsupported;
    co_return result;
}

} // namespace assurance
