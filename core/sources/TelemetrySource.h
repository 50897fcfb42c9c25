#pragma once

#include "sources/ConsoleFrame.h"

#include <QObject>
#include <QString>

namespace assurance {

// What the console's views are fed from: Demo, Direct (Kafka + Redis), later Remote and Evidence.
// Threading contract: construct, start() and stop() on the GUI thread; a source does its I/O on a
// worker thread it owns and delivers at most ~10 frames a second (queued) on the GUI thread.
class TelemetrySource : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Reconnecting, Failed };
    Q_ENUM(State)

    using QObject::QObject;
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual QString name() const = 0;
    State state() const { return m_state; }
    QString detail() const { return m_detail; } // e.g. the connection error, translated where possible

Q_SIGNALS:
    void frameReady(assurance::ConsoleFramePtr frame);
    void stateChanged(assurance::TelemetrySource::State state, const QString &detail);

protected:
    void setState(State state, const QString &detail = {}) {
        if (m_state == state && m_detail == detail)
            return;
        m_state = state;
        m_detail = detail;
        Q_EMIT stateChanged(state, detail);
    }

private:
    State m_state = State::Stopped;
    QString m_detail;
};

} // namespace assurance
