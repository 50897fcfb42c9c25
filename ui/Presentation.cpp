#include "Presentation.h"

#include <QCoreApplication>
#include <QDateTime>

namespace assurance::ui {

QString fromStd(const std::string &s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString metricDisplayName(SeedMetric metric) {
    switch (metric) {
    case SeedMetric::Accuracy:
        return QCoreApplication::translate("Presentation", "Accuracy");
    case SeedMetric::Rmse:
        return QCoreApplication::translate("Presentation", "RMSE");
    case SeedMetric::FeatureDrift:
        return QCoreApplication::translate("Presentation", "Feature drift (PSI)");
    case SeedMetric::DomainViolationCount:
        return QCoreApplication::translate("Presentation", "Domain violations");
    case SeedMetric::FailureRate:
        return QCoreApplication::translate("Presentation", "Failure rate");
    case SeedMetric::WattsPerInference:
        return QCoreApplication::translate("Presentation", "Watts per inference");
    case SeedMetric::ConfidenceFloor:
        return QCoreApplication::translate("Presentation", "Confidence floor (p5)");
    case SeedMetric::ConfidenceVariance:
        return QCoreApplication::translate("Presentation", "Confidence variance");
    }
    return {};
}

QString metricUnit(SeedMetric metric) {
    switch (metric) {
    case SeedMetric::WattsPerInference:
        return QStringLiteral("W");
    case SeedMetric::FailureRate:
        return QStringLiteral("%");
    case SeedMetric::DomainViolationCount:
        return QCoreApplication::translate("Presentation", "events", "unit of the domain violation count");
    default:
        return {};
    }
}

QString formatMetric(SeedMetric metric, std::optional<double> value) {
    if (!value)
        return QStringLiteral("—");
    switch (metric) {
    case SeedMetric::FailureRate:
        return QString::number(*value * 100.0, 'f', 2) + QStringLiteral(" %");
    case SeedMetric::DomainViolationCount:
        return QString::number(*value, 'f', 0);
    case SeedMetric::WattsPerInference:
        return QString::number(*value, 'f', 1) + QStringLiteral(" W");
    case SeedMetric::Rmse:
        return QString::number(*value, 'f', 2);
    case SeedMetric::ConfidenceVariance:
        return QString::number(*value, 'f', 4);
    default:
        return QString::number(*value, 'f', 3);
    }
}

QString statusText(MetricStatus status) {
    switch (status) {
    case MetricStatus::NotEvaluated:
        return QCoreApplication::translate("Presentation", "Not evaluated");
    case MetricStatus::Ok:
        return QCoreApplication::translate("Presentation", "Within tolerance");
    case MetricStatus::Warning:
        return QCoreApplication::translate("Presentation", "Warning");
    case MetricStatus::Critical:
        return QCoreApplication::translate("Presentation", "Critical");
    }
    return {};
}

QColor statusColor(MetricStatus status) {
    switch (status) {
    case MetricStatus::NotEvaluated:
        return QColor(0x8a, 0x8f, 0x98);
    case MetricStatus::Ok:
        return QColor(0x2e, 0x9d, 0x5b);
    case MetricStatus::Warning:
        return QColor(0xe0, 0x9b, 0x1a);
    case MetricStatus::Critical:
        return QColor(0xd6, 0x3b, 0x3b);
    }
    return {};
}

QString verdictText(Verdict verdict) {
    switch (verdict) {
    case Verdict::Assured:
        return QCoreApplication::translate("Presentation", "Assured");
    case Verdict::Conditional:
        return QCoreApplication::translate("Presentation", "Conditional");
    case Verdict::NotAssured:
        return QCoreApplication::translate("Presentation", "Not assured");
    }
    return {};
}

QColor verdictColor(Verdict verdict) {
    switch (verdict) {
    case Verdict::Assured:
        return statusColor(MetricStatus::Ok);
    case Verdict::Conditional:
        return statusColor(MetricStatus::Warning);
    case Verdict::NotAssured:
        return statusColor(MetricStatus::Critical);
    }
    return {};
}

QColor gradeColor(std::optional<char> grade) {
    if (!grade)
        return statusColor(MetricStatus::NotEvaluated);
    switch (*grade) {
    case 'A':
        return QColor(0x2e, 0x9d, 0x5b);
    case 'B':
        return QColor(0x7c, 0xb3, 0x42);
    case 'C':
        return QColor(0xe0, 0x9b, 0x1a);
    case 'D':
        return QColor(0xe3, 0x6c, 0x2a);
    default:
        return QColor(0xd6, 0x3b, 0x3b);
    }
}

QString severityText(Severity severity) {
    return severity == Severity::Critical ? QCoreApplication::translate("Presentation", "Critical")
                                          : QCoreApplication::translate("Presentation", "Warning");
}

QColor severityColor(Severity severity) {
    return statusColor(severity == Severity::Critical ? MetricStatus::Critical : MetricStatus::Warning);
}

QString episodeStatusText(EpisodeStatus status) {
    switch (status) {
    case EpisodeStatus::Open:
        return QCoreApplication::translate("Presentation", "Open");
    case EpisodeStatus::Acknowledged:
        return QCoreApplication::translate("Presentation", "Acknowledged");
    case EpisodeStatus::Resolved:
        return QCoreApplication::translate("Presentation", "Resolved");
    }
    return {};
}

QString operatorActionText(OperatorAction::Kind kind) {
    switch (kind) {
    case OperatorAction::Kind::Acknowledge:
        return QCoreApplication::translate("Presentation", "Acknowledged");
    case OperatorAction::Kind::Resolve:
        return QCoreApplication::translate("Presentation", "Resolved");
    case OperatorAction::Kind::Note:
        return QCoreApplication::translate("Presentation", "Note");
    }
    return {};
}

QString rejectReasonText(RejectReason reason) {
    switch (reason) {
    case RejectReason::Oversize:
        return QCoreApplication::translate("Presentation", "Message too large");
    case RejectReason::InvalidUtf8:
        return QCoreApplication::translate("Presentation", "Not valid UTF-8");
    case RejectReason::InvalidJson:
        return QCoreApplication::translate("Presentation", "Not valid JSON");
    case RejectReason::NotObject:
        return QCoreApplication::translate("Presentation", "Not a JSON object");
    case RejectReason::MissingModelId:
        return QCoreApplication::translate("Presentation", "No model_id");
    case RejectReason::BadModelId:
        return QCoreApplication::translate("Presentation", "Invalid model_id");
    case RejectReason::WrongFieldType:
        return QCoreApplication::translate("Presentation", "Field has the wrong type");
    case RejectReason::BadTimestamp:
        return QCoreApplication::translate("Presentation", "Invalid timestamp");
    case RejectReason::BadStatus:
        return QCoreApplication::translate("Presentation", "Invalid status");
    case RejectReason::MissingField:
        return QCoreApplication::translate("Presentation", "Required field missing");
    case RejectReason::BadMetric:
        return QCoreApplication::translate("Presentation", "Invalid metric value");
    case RejectReason::TooManyFeatures:
        return QCoreApplication::translate("Presentation", "Too many features");
    }
    return {};
}

QString formatTime(std::int64_t epochMs, bool withDate) {
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
    return t.toString(withDate ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("HH:mm:ss"));
}

} // namespace assurance::ui
