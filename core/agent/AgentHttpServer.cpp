#include "AgentHttpServer.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace assurance {

AgentHttpServer::AgentHttpServer(std::function<Health()> health, std::function<std::string()> metrics,
                                 QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_health(std::move(health))
    , m_metrics(std::move(metrics)) {
    connect(m_server, &QTcpServer::newConnection, this, &AgentHttpServer::serve);
}

bool AgentHttpServer::listen(const QString &hostPort, QString *error) {
    const int colon = static_cast<int>(hostPort.lastIndexOf(QLatin1Char(':')));
    bool ok = false;
    const int port = hostPort.mid(colon + 1).toInt(&ok);
    const QHostAddress address(colon > 0 ? hostPort.left(colon) : QStringLiteral("127.0.0.1"));
    if (colon < 0 || !ok || port < 0 || port > 65535 || address.isNull()) {
        *error = QStringLiteral("--http needs ADDRESS:PORT, e.g. 127.0.0.1:9464");
        return false;
    }
    if (!m_server->listen(address, static_cast<quint16>(port))) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 AgentHttpServer::port() const {
    return m_server->serverPort();
}

void AgentHttpServer::serve() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray requestLine = socket->readLine(8192);
            const QList<QByteArray> parts = requestLine.split(' ');
            const QByteArray path = parts.size() >= 2 ? parts.at(1) : QByteArray();
            QByteArray status = "200 OK", type = "text/plain; version=0.0.4", body;
            if (path == "/metrics") {
                body = QByteArray::fromStdString(m_metrics());
            } else if (path == "/healthz") {
                const Health h = m_health();
                status = h.ok ? "200 OK" : "503 Service Unavailable";
                type = "application/json";
                body = QByteArray::fromStdString(h.json);
            } else {
                status = "404 Not Found";
                body = "not found\n";
            }
            socket->write("HTTP/1.0 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }
}

} // namespace assurance
