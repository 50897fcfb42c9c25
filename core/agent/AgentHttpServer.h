#pragma once

#include <QObject>

#include <functional>
#include <string>

class QTcpServer;

namespace assurance {

// The agent's /healthz and /metrics (Prometheus text) over plain HTTP/1.0. Lives on the thread
// that runs the event loop; the callbacks read atomics, never block.
class AgentHttpServer : public QObject {
    Q_OBJECT
public:
    struct Health {
        bool ok = false;
        std::string json;
    };
    AgentHttpServer(std::function<Health()> health, std::function<std::string()> metrics,
                    QObject *parent = nullptr);
    bool listen(const QString &hostPort, QString *error); // "127.0.0.1:9464"
    quint16 port() const;

private:
    void serve();
    QTcpServer *m_server;
    std::function<Health()> m_health;
    std::function<std::string()> m_metrics;
};

} // namespace assurance
