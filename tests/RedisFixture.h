#pragma once

// A real redis-server on a free loopback port, started and stopped by the test (STYLE.md:
// fixtures for real servers on free ports). Never touches anything outside 127.0.0.1.
#include "NetFixture.h"
#include "redis/RedisClient.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

class RedisServer {
public:
    ~RedisServer() { stop(); }

    // extraArgs e.g. {"--requirepass", "secret"} or {"--appendonly", "yes"}. The first start picks
    // a free port; a port taken by another process before redis-server binds it (redis-server
    // then exits at once) is replaced by a new one. A restart keeps the port: clients know it.
    bool start(const QStringList &extraArgs = {}) {
        if (!m_dir.isValid())
            return false;
        const bool pickPort = m_port == 0;
        for (int attempt = 0; attempt < 5; ++attempt) {
            if (pickPort)
                m_port = netfixture::freePort();
            if (m_port == 0)
                return false;
            switch (launch(extraArgs)) {
            case Launch::Listening:
                return waitUntilAnswering();
            case Launch::Failed:
                return false;
            case Launch::PortTaken:
                if (!pickPort)
                    return false;
                break;
            }
        }
        return false;
    }

    void stop() {
        m_client.reset();
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
        m_client.reset();
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

    // One command through a persistent in-process connection (no AUTH), for checks and polling
    // loops: no process per call. The reply is formatted as redis-cli prints it when its output
    // is not a terminal (see cli()), so both read alike: strings and status as they are, integers
    // in decimal, nil as empty, an error as its message, array elements one per line.
    QByteArray command(const QStringList &args) const {
        std::vector<std::string> owned;
        for (const QString &a : args)
            owned.push_back(a.toStdString());
        const std::vector<std::string_view> argv(owned.begin(), owned.end());
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (!m_client)
                m_client = std::make_unique<assurance::RedisClient>(redisUrl());
            if (!m_client->connected() && !m_client->connect()) {
                m_client.reset();
                return {};
            }
            if (const auto reply = m_client->command(argv))
                return format(*reply);
            m_client.reset(); // the server went away (kill, restart): reconnect once
        }
        return {};
    }

    // redis-cli against this server, as an independent client (e.g. writing "as an existing
    // deployment would", or with AUTH); returns its standard output (trailing newline removed).
    // For checks and polling use command(): this starts a process per call.
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
    enum class Launch { Listening, PortTaken, Failed };

    Launch launch(const QStringList &extraArgs) {
        m_client.reset();
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
            return Launch::Failed;
        // Until this redis-server (not whoever else may hold the port) listens, or it gives up.
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000) {
            if (netfixture::listensOn(m_process->processId(), m_port))
                return Launch::Listening;
            if (m_process->waitForFinished(20)) {
                m_process.reset();
                return Launch::PortTaken;
            }
        }
        return Launch::Failed;
    }

    bool waitUntilAnswering() {
        for (int i = 0; i < 200; ++i) {
            const QByteArray pong = command({QStringLiteral("PING")});
            if (pong == "PONG" || pong.startsWith("NOAUTH"))
                return true;
            QThread::msleep(10);
        }
        return false;
    }

    static QByteArray format(const assurance::RedisReply &reply) {
        using Type = assurance::RedisReply::Type;
        switch (reply.type) {
        case Type::Nil:
            return {};
        case Type::Integer:
            return QByteArray::number(reply.integer);
        case Type::Array: {
            QByteArrayList lines;
            for (const auto &e : reply.elements)
                lines << format(e);
            return lines.join('\n');
        }
        case Type::Status:
        case Type::Error:
        case Type::String:
            break;
        }
        return QByteArray::fromStdString(reply.str);
    }

    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
    mutable std::unique_ptr<assurance::RedisClient> m_client;
};
