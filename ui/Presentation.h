#pragma once

#include "assurance/AssuranceLabel.h"
#include "assurance/ViolationTracker.h"
#include "metrics/Snapshot.h"
#include "telemetry/Telemetry.h"

#include <QColor>
#include <QString>

#include <optional>

// How domain values look to a person: translated names, number formats and status colours.
// Pure functions of their arguments; no logic about what a value means lives here.
namespace assurance::ui {

QString metricDisplayName(SeedMetric metric);
QString metricUnit(SeedMetric metric);
QString formatMetric(SeedMetric metric, std::optional<double> value); // "—" for null
QString statusText(MetricStatus status);
QColor statusColor(MetricStatus status);
QString verdictText(Verdict verdict);
QColor verdictColor(Verdict verdict);
QColor gradeColor(std::optional<char> grade);
QString severityText(Severity severity);
QColor severityColor(Severity severity);
QString episodeStatusText(EpisodeStatus status);
QString operatorActionText(OperatorAction::Kind kind); // "Acknowledged", "Resolved", "Note"
QString rejectReasonText(RejectReason reason);
QString formatTime(std::int64_t epochMs, bool withDate = false); // UTC
QString fromStd(const std::string &s);

} // namespace assurance::ui
