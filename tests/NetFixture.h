#pragma once

// Loopback helpers shared by the tests and the benchmarks that drive real servers: a free port,
// whether a given process listens on it, a plain HTTP/1.0 GET, and reading one sample out of
// Prometheus text.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <unistd.h>

namespace netfixture {

// A port that was free a moment ago. Another process may take it before the server under test
// binds it (ctest -j runs several fixtures at once): start servers on it through a retry that
// checks listensOn() and picks a new port when the server could not bind.
inline quint16 freePort() {
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// True when process `pid` holds a listening TCP socket on 127.0.0.1:`port` (Linux /proc): the
// server answering on that port is the one the test started, not whoever took the port first.
inline bool listensOn(qint64 pid, quint16 port) {
    if (pid <= 0)
        return false;
    QFile table(QStringLiteral("/proc/net/tcp"));
    if (!table.open(QIODevice::ReadOnly))
        return false;
    // "sl local_address rem_address st ... inode": 0100007F:PPPP, state 0A is LISTEN.
    const QByteArray local = "0100007F:" + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    QSet<QByteArray> inodes;
    const QList<QByteArray> rows = table.readAll().split('\n');
    for (const QByteArray &row : rows) {
        const QList<QByteArray> f = row.simplified().split(' ');
        if (f.size() > 9 && f.at(1) == local && f.at(3) == "0A")
            inodes.insert("socket:[" + f.at(9) + "]");
    }
    if (inodes.isEmpty())
        return false;
    const QString fds = QStringLiteral("/proc/%1/fd").arg(pid);
    const QStringList entries = QDir(fds).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &fd : entries) {
        // readlink gives "socket:[inode]"; QFileInfo would resolve it against the directory.
        char target[64] = {};
        const QByteArray link = QFile::encodeName(fds + QLatin1Char('/') + fd);
        const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
        if (n > 0 && inodes.contains(QByteArray(target, static_cast<int>(n))))
            return true;
    }
    return false;
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

// Waits until the agent on `httpPort` has noticed Redis is down and holds at least one closed window
// for it. One GET per check: the queue gauge goes up and down while windows still get through (a
// window closes, is written, the next one closes), so a condition that re-reads it after seeing it
// true (QTRY_VERIFY does) can fail on a later read. Once the writer has counted a Redis error and
// Redis is gone, nothing leaves the queue, and the condition stays true.
inline bool waitForWindowsHeldBack(quint16 httpPort, int timeoutMs) {
    return QTest::qWaitFor(
        [httpPort] {
            const QByteArray metrics = httpGet(httpPort, "/metrics");
            return sample(metrics, "assurance_redis_errors_total") >= 1 &&
                   sample(metrics, "assurance_windows_queued") >= 1;
        },
        timeoutMs);
}

} // namespace netfixture
