// assurance-agent: the headless Kafka → engine → Redis service. The data path arrives with the
// live-data issue; until then the binary only answers --help and --version truthfully.
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("assurance-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSURANCE_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "agent", "Consumes model telemetry from Kafka, computes metrics per window and writes Redis.\n"
                 "Not built yet: the Kafka and Redis data path is still to come."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    std::fputs(qPrintable(QCoreApplication::translate(
                   "agent", "assurance-agent: the Kafka/Redis data path is not built yet\n")),
               stderr);
    return 2;
}
