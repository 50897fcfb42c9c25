#pragma once

// A real redis-server on a free loopback port, started and stopped by the test (STYLE.md:
// fixtures for real servers on free ports). Never touches anything outside 127.0.0.1.
#include "redis/RedisClient.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

class RedisServer {
public:
    ~RedisServer() { stop(); }

    // extraArgs e.g. {"--requirepass", "secret"} or {"--appendonly", "yes"}.
    bool start(const QStringList &extraArgs = {}) {
        if (!m_dir.isValid())
            return false;
        if (m_port == 0) {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return false;
            m_port = probe.serverPort();
        }
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(QStringLiteral("redis-server"));
        QStringList args = {QStringLiteral("--port"),       QString::number(m_port),
                            QStringLiteral("--bind"),       QStringLiteral("127.0.0.1"),
                            QStringLiteral("--save"),       QString(),
                            QStringLiteral("--appendonly"), QStringLiteral("no"),
                            QStringLiteral("--dir"),        m_dir.path()};
        args += extraArgs;
        m_process->setArguments(args);
        m_process->start();
        if (!m_process->waitForStarted(5000))
            return false;
        for (int i = 0; i < 100; ++i) { // wait until it answers
            if (cli({QStringLiteral("PING")}).contains("PONG") ||
                cli({QStringLiteral("PING")}).contains("NOAUTH"))
                return true;
            QThread::msleep(50);
        }
        return false;
    }

    void stop() {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
        m_process.reset();
    }

    // SIGKILL: no shutdown save (with --appendonly yes the AOF keeps what was acknowledged).
    void kill() {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(5000);
        m_process.reset();
    }

    quint16 port() const { return m_port; }
    qint64 processId() const { return m_process ? m_process->processId() : 0; }
    std::string url() const { return "redis://127.0.0.1:" + std::to_string(m_port); }
    assurance::RedisUrl redisUrl() const {
        assurance::RedisUrl u;
        u.port = m_port;
        return u;
    }

    // redis-cli against this server; returns its standard output (trailing newline removed).
    QByteArray cli(const QStringList &args, const QStringList &auth = {}) const {
        QProcess p;
        p.start(QStringLiteral("redis-cli"), QStringList{QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                                                         QStringLiteral("-p"), QString::number(m_port)} +
                                                 auth + args);
        p.waitForFinished(10000);
        QByteArray out = p.readAllStandardOutput();
        if (out.endsWith('\n'))
            out.chop(1);
        return out;
    }

private:
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};
