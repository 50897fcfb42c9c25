#pragma once

// librdkafka's mock cluster as a real Kafka-protocol broker on 127.0.0.1, in its own process
// (tests/fixtures/mock_kafka_cluster.cpp), reached over TCP by kcat and by our consumer.
#include <QProcess>
#include <QString>

#include <memory>

class MockKafkaCluster {
public:
    ~MockKafkaCluster() { stop(); }

    bool start(const QStringList &topics) // "name:partitions"
    {
        m_process = std::make_unique<QProcess>();
        QStringList args;
        for (const QString &t : topics)
            args << QStringLiteral("--topic") << t;
        m_process->start(QStringLiteral(ASSURANCE_MOCK_KAFKA), args);
        if (!m_process->waitForStarted(5000))
            return false;
        for (int i = 0; i < 100 && !m_process->canReadLine(); ++i)
            m_process->waitForReadyRead(100);
        const QByteArray line = m_process->readLine().trimmed();
        if (!line.startsWith("BOOTSTRAP "))
            return false;
        m_bootstrap = QString::fromLatin1(line.mid(10));
        return true;
    }

    void stop() {
        if (!m_process)
            return;
        m_process->closeWriteChannel();
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(2000);
        m_process.reset();
    }

    QString bootstrap() const { return m_bootstrap; }
    qint64 processId() const { return m_process ? m_process->processId() : 0; }

    // kcat -P with keys: each line "key\tvalue".
    bool produceWithKcat(const QString &topic, const QByteArray &keyTabValueLines) const {
        QProcess kcat;
        kcat.start(QStringLiteral("kcat"),
                   {QStringLiteral("-P"), QStringLiteral("-b"), m_bootstrap, QStringLiteral("-t"), topic,
                    QStringLiteral("-K"), QStringLiteral("\t")});
        if (!kcat.waitForStarted(5000))
            return false;
        kcat.write(keyTabValueLines);
        kcat.closeWriteChannel();
        return kcat.waitForFinished(60000) && kcat.exitCode() == 0;
    }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_bootstrap;
};
