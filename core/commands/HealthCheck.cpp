#include "HealthCheck.h"

#include <QCoroSignal>
#include <QCoroTask>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace assurance {

QUrl healthUrl(const QUrl &endpoint) {
    if (!endpoint.isValid() || endpoint.host().isEmpty() ||
        (endpoint.scheme() != QLatin1String("http") && endpoint.scheme() != QLatin1String("https")))
        return {};
    QUrl url = endpoint;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QLatin1String("health"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QCoro::Task<HealthResult> checkHealth(QNetworkAccessManager &nam, QUrl endpoint,
                                      std::chrono::milliseconds timeout) {
    HealthResult result;
    const QUrl url = healthUrl(endpoint);
    if (!url.isValid()) {
        result.status = HealthResult::Status::BadUrl;
        result.error = QStringLiteral("not an http(s) URL with a host");
        co_return result;
    }
    result.url = url;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    QElapsedTimer clock;
    clock.start();
    QPointer<QNetworkReply> reply = nam.get(request);
    bool timedOut = false;
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5 % early
    QObject::connect(&timer, &QTimer::timeout, reply, [&timedOut, reply]() {
        timedOut = true;
        if (reply)
            reply->abort(); // emits finished()
    });
    timer.start(timeout);
    if (!reply->isFinished())
        co_await qCoro(reply.data(), &QNetworkReply::finished);
    timer.stop();
    result.latency = std::chrono::milliseconds(clock.elapsed());
    if (!reply) {
        result.error = QStringLiteral("the request was destroyed");
        co_return result;
    }
    reply->deleteLater();
    const QVariant code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (timedOut) {
        result.status = HealthResult::Status::Timeout;
        result.latency = timeout;
        co_return result;
    }
    if (code.isValid()) {
        result.httpCode = code.toInt();
        result.status = result.httpCode >= 200 && result.httpCode < 300 ? HealthResult::Status::Ok
                                                                        : HealthResult::Status::HttpError;
        const QByteArray body = reply->read(4096);
        qsizetype end = body.indexOf('\n');
        QString line = QString::fromUtf8(end < 0 ? body : body.left(end)).trimmed();
        if (line.size() > 200)
            line = line.left(200);
        result.firstLine = line;
        co_return result;
    }
    result.status = HealthResult::Status::Unreachable;
    result.error = reply->errorString();
    co_return result;
}

} // namespace assurance
