// assurancectl: the CLI for scripts and CI. Parses arguments and calls into core; nothing else.
// Exit codes for every command: 0 ok, 1 not found, 2 usage, 3 connection/IO.
#include "cli/DemoReport.h"
#include "cli/KafkaCommands.h"
#include "cli/RedisCommands.h"

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
int print(const assurance::CommandResult &r) {
    std::fputs(r.err.c_str(), stderr);
    std::cout << r.out;
    std::cout.flush();
    return std::cout ? r.exitCode : Io;
}

// models / snapshot / history: `--redis URL [--redis-password-file F]` plus their own options.
int runRedisCommand(const QString &command, const QStringList &args) {
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("redis"),
                 QCoreApplication::translate("ctl", "Redis URL, redis://[user@]host[:port][/db]."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("redis-password-file"),
                 QCoreApplication::translate("ctl", "File whose first line is the Redis password."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("ctl", "Print JSON.")});
    const bool isHistory = command == QLatin1String("history");
    if (isHistory) {
        p.addOption({QStringLiteral("since"),
                     QCoreApplication::translate("ctl", "Oldest window end (date-time or epoch ms)."),
                     QStringLiteral("T")});
        p.addOption({QStringLiteral("until"),
                     QCoreApplication::translate("ctl", "Newest window end (date-time or epoch ms)."),
                     QStringLiteral("T")});
    }
    const bool needsModel = command != QLatin1String("models");
    if (needsModel)
        p.addPositionalArgument(QStringLiteral("MODEL"), QCoreApplication::translate("ctl", "The model id."));
    if (!p.parse(args))
        return usage(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(p.helpText()), stdout);
        return Ok;
    }
    if (!p.isSet(QStringLiteral("redis")))
        return usage(p, QCoreApplication::translate("ctl", "--redis URL is required"));
    const QStringList positional = p.positionalArguments();
    if (positional.size() != (needsModel ? 1 : 0))
        return usage(p, needsModel ? QCoreApplication::translate("ctl", "exactly one MODEL is required")
                                   : QCoreApplication::translate("ctl", "unexpected argument"));
    const assurance::RedisTarget target{p.value(QStringLiteral("redis")).toStdString(),
                                        p.value(QStringLiteral("redis-password-file")).toStdString()};
    if (command == QLatin1String("models"))
        return print(assurance::modelsCommand(target, p.isSet(QStringLiteral("json"))));
    const std::string model = positional.first().toStdString();
    if (command == QLatin1String("snapshot"))
        return print(assurance::snapshotCommand(target, model));
    return print(assurance::historyCommand(target, model, p.value(QStringLiteral("since")).toStdString(),
                                           p.value(QStringLiteral("until")).toStdString()));
}
int runProduce(const QStringList &args) {
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("brokers"), QCoreApplication::translate("ctl", "Kafka bootstrap servers."),
                 QStringLiteral("B")});
    p.addOption({QStringLiteral("topic"),
                 QCoreApplication::translate("ctl", "Topic (default model-telemetry)."), QStringLiteral("T"),
                 QStringLiteral("model-telemetry")});
    p.addOption({QStringLiteral("file"),
                 QCoreApplication::translate("ctl", "JSON Lines file, or - for standard input."),
                 QStringLiteral("FILE")});
    if (!p.parse(args))
        return usage(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(p.helpText()), stdout);
        return Ok;
    }
    if (!p.isSet(QStringLiteral("brokers")) || !p.isSet(QStringLiteral("file")))
        return usage(p, QCoreApplication::translate("ctl", "--brokers and --file are required"));
    if (!p.positionalArguments().isEmpty())
        return usage(p, QCoreApplication::translate("ctl", "unexpected argument"));
    return print(assurance::produceCommand(p.value(QStringLiteral("brokers")).toStdString(),
                                           p.value(QStringLiteral("topic")).toStdString(),
                                           p.value(QStringLiteral("file")).toStdString()));
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("assurancectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASSURANCE_VERSION));

    QStringList args = QCoreApplication::arguments();
    const QString help = QCoreApplication::translate(
        "ctl", "Usage: assurancectl <command> [options]\n\n"
               "Commands:\n"
               "  demo      run the Demo source in simulated time and report\n"
               "  models    list the model ids in a Redis (--redis URL)\n"
               "  snapshot  print a model's latest stored snapshot, verbatim\n"
               "  history   print a model's stored snapshots, oldest first\n"
               "  produce   send JSON Lines telemetry to Kafka, keyed by model_id\n\n"
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
    if (command == QLatin1String("models") || command == QLatin1String("snapshot") ||
        command == QLatin1String("history"))
        return runRedisCommand(command, args);
    if (command == QLatin1String("produce"))
        return runProduce(args);
    std::fprintf(stderr, "assurancectl: unknown command '%s'\n\n%s", qPrintable(command), qPrintable(help));
    return Usage;
}
