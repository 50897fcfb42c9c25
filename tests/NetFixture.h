#pragma once

// Loopback helpers shared by the tests and the benchmarks that drive real servers: a free port,
// a plain HTTP/1.0 GET, and reading one sample out of Prometheus text.
#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace netfixture {

inline quint16 freePort() {
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// The whole response (status line, headers, body); empty when nothing answers.
inline QByteArray httpGet(quint16 port, const char *path, int timeoutMs = 2000) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(QByteArray("GET ") + path + " HTTP/1.0\r\n\r\n");
    QByteArray all;
    while (socket.waitForReadyRead(timeoutMs))
        all += socket.readAll();
    return all;
}

// The value of an unlabelled sample `name` in Prometheus text; 0 when it is absent.
inline qulonglong sample(const QByteArray &metrics, const QByteArray &name) {
    const QByteArray needle = "\n" + name + " ";
    const int at = static_cast<int>(metrics.indexOf(needle)) + 1; // the sample, not # HELP
    if (at <= 0)
        return 0;
    const int from = at + static_cast<int>(name.size()) + 1;
    return metrics.mid(from, metrics.indexOf('\n', from) - from).toULongLong();
}

} // namespace netfixture
