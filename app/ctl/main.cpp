// assurancectl: the CLI for scripts and CI. Parses arguments and calls into core; nothing else.
// Exit codes for every command: 0 ok, 1 not found, 2 usage, 3 connection/IO.
#include "cli/DemoReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <iostream>

namespace {
enum ExitCode { Ok = 0, NotFound = 1, Usage = 2, Io = 3 };

int usage(const QCommandLineParser &parser, const QString &error) {
    std::fprintf(stderr, "assurancectl: %s\n\n%s", qPrintable(error), qPrintable(parser.helpText()));
    return Usage;
}

int runDemo(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("ctl", "Run the Demo source in simulated time and report."));
    p.addHelpOption();
    p.addOption({QStringLiteral("seconds"),
                 QCoreApplication::translate("ctl", "Simulated seconds of traffic."), QStringLiteral("N"),
                 QStringLiteral("300")});
    p.addOption({QStringLiteral("seed"), QCoreApplication::translate("ctl", "Random seed."),
                 QStringLiteral("S"), QStringLiteral("1")});
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("ctl", "Print one JSON document.")});
    if (!p.parse(args))
        return usage(p, p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usage(p, QCoreApplication::translate("ctl", "unexpected argument %1")
                            .arg(p.positionalArguments().first()));
    bool ok = false;
    assurance::DemoReportOptions options;
    options.seconds = p.value(QStringLiteral("seconds")).toLongLong(&ok);
    if (!ok || options.seconds <= 0 || options.seconds > 7 * 24 * 3600)
        return usage(p,
                     QCoreApplication::translate("ctl", "--seconds must be a whole number from 1 to 604800"));
    options.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usage(p, QCoreApplication::translate("ctl", "--seed must be a non-negative whole number"));
    const auto report = assurance::runDemoReport(options);
    std::cout << (p.isSet(QStringLiteral("json")) ? report.json + "\n" : report.text);
    std::cout.flush();
    return std::cout ? Ok : Io;
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("assurancectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSURANCE_VERSION));

    QStringList args = QCoreApplication::arguments();
    const QString help =
        QCoreApplication::translate("ctl", "Usage: assurancectl <command> [options]\n\n"
                                           "Commands:\n"
                                           "  demo    run the Demo source in simulated time and report\n\n"
                                           "Run 'assurancectl <command> --help' for a command's options.\n");
    if (args.size() < 2) {
        std::fputs(qPrintable(help), stderr);
        return Usage;
    }
    const QString command = args.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::fputs(qPrintable(help), stdout);
        return Ok;
    }
    if (command == QLatin1String("--version")) {
        std::printf("assurancectl %s\n", ASSURANCE_VERSION);
        return Ok;
    }
    args.removeAt(1);
    if (command == QLatin1String("demo"))
        return runDemo(args);
    std::fprintf(stderr, "assurancectl: unknown command '%s'\n\n%s", qPrintable(command), qPrintable(help));
    return Usage;
}
