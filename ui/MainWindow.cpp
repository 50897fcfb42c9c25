#include "MainWindow.h"

#include "ConsoleStore.h"
#include "dialogs/ConnectionDialog.h"
#include "sources/TelemetrySource.h"
#include "tabs/AssuranceLabelTab.h"
#include "tabs/PendingTabs.h"
#include "tabs/RealTimeMetricsTab.h"
#include "tabs/ViolationsTab.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace assurance::ui {

MainWindow::MainWindow(ConsoleStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_tabs(new QTabWidget(this))
    , m_realTime(new RealTimeMetricsTab(store, this))
    , m_labels(new AssuranceLabelTab(store, this))
    , m_violations(new ViolationsTab(store, this))
    , m_source(new QLabel(this))
    , m_state(new QLabel(this))
    , m_rate(new QLabel(this)) {
    setWindowTitle(tr("Assurance Console"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_realTime, tr("Real-Time Metrics"));
    m_tabs->addTab(m_labels, tr("Assurance Label"));
    m_tabs->addTab(m_violations, tr("Violations"));
    m_tabs->addTab(new BaselineTolerancesTab(this), tr("Baseline && Tolerances"));
    m_tabs->addTab(new ModelConfigurationTab(this), tr("Model Configuration"));
    m_tabs->addTab(new LicenseTab(this), tr("License"));
    m_tabs->addTab(new AuditEvidenceTab(this), tr("Audit && Evidence"));
    setCentralWidget(m_tabs);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Connect…"), this, [this] {
        ConnectionDialog dialog(m_connection, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_connection = dialog.settings();
            Q_EMIT connectionRequested(m_connection);
        }
    });
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Assurance Console"), this, [this] {
        QMessageBox::about(
            this, tr("About Assurance Console"),
            tr("<b>Assurance Console %1</b><p>Live metrics, assurance labels and violations for "
               "machine-learning models in production.</p>")
                .arg(QApplication::applicationVersion()));
    });

    statusBar()->addWidget(m_source);
    statusBar()->addWidget(m_state);
    statusBar()->addPermanentWidget(m_rate);
    setSourceState(tr("none"), tr("Stopped"));
    connect(store, &ConsoleStore::frameApplied, this, &MainWindow::updateRate);
    resize(1440, 900);
}

void MainWindow::attachSource(TelemetrySource *source) {
    connect(source, &TelemetrySource::frameReady, m_store, &ConsoleStore::applyFrame);
    auto showState = [this, source](TelemetrySource::State state, const QString &detail) {
        QString text;
        switch (state) {
        case TelemetrySource::State::Stopped:
            text = tr("Stopped");
            break;
        case TelemetrySource::State::Starting:
            text = tr("Starting…");
            break;
        case TelemetrySource::State::Running:
            text = tr("Running");
            break;
        case TelemetrySource::State::Reconnecting:
            text = tr("Connection lost, reconnecting…");
            break;
        case TelemetrySource::State::Failed:
            text = tr("Failed");
            break;
        }
        if (!detail.isEmpty())
            text += QStringLiteral(" (") + detail + QLatin1Char(')');
        setSourceState(source->name(), text);
    };
    connect(source, &TelemetrySource::stateChanged, this, showState);
    showState(source->state(), source->detail());
}

void MainWindow::setSourceState(const QString &source, const QString &state) {
    m_source->setText(tr("Source: %1").arg(source));
    m_state->setText(tr("State: %1").arg(state));
}

void MainWindow::updateRate() {
    m_rate->setText(tr("%1 events/s · %2 accepted · %3 rejected")
                        .arg(m_store->eventsPerSecond(), 0, 'f', 1)
                        .arg(m_store->acceptedTotal())
                        .arg(m_store->rejectedTotal()));
}

QString MainWindow::statusText() const {
    return m_source->text() + QLatin1Char(' ') + m_state->text() + QLatin1Char(' ') + m_rate->text();
}

} // namespace assurance::ui
