#pragma once

#include <QString>
#include <QUrl>

#include <QCoroFwd>

#include <chrono>

class QNetworkAccessManager;

namespace assurance {

// The Model Configuration tab's "Test connection": GET {endpoint}/health.
struct HealthResult {
    enum class Status { Ok, HttpError, Timeout, Unreachable, BadUrl };
    Status status = Status::Unreachable;
    int httpCode = 0;                     // the response's status code; 0 when none came
    std::chrono::milliseconds latency{0}; // request sent → reply finished (or the timeout)
    QString firstLine;                    // the body's first line (at most 200 characters)
    QString error;                        // Unreachable, BadUrl: the network library's words
    QUrl url;                             // what was asked (invalid for BadUrl)
};

// The health URL of an endpoint: its path with "/health" appended ("https://h/m/" →
// "https://h/m/health"). An invalid or non-http(s) endpoint gives an invalid URL.
QUrl healthUrl(const QUrl &endpoint);

// GET {endpoint}/health with `nam` (its thread: the caller's, normally the GUI thread, which it
// never blocks): Ok for a 2xx answer, HttpError for any other status code, Timeout when no whole
// answer came within `timeout` (the request is aborted), Unreachable when no HTTP answer came
// (refused, no route, DNS, TLS). No redirects are followed (a 3xx is an HttpError), no cookies
// or credentials are sent.
QCoro::Task<HealthResult> checkHealth(QNetworkAccessManager &nam, QUrl endpoint,
                                      std::chrono::milliseconds timeout);

} // namespace assurance
