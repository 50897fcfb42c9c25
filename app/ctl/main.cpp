// assurancectl: the CLI for scripts and CI. Parses arguments and calls into core; nothing else.
// Exit codes for every command (docs/cli.md): 0 ok, 1 not found, 2 usage, 3 connection/IO,
// 4 verification failed, 5 refused.
#include "cli/AuditCommands.h"
#include "cli/ConfigCommands.h"
#include "cli/DemoReport.h"
#include "cli/EvidenceCommands.h"
#include "cli/KafkaCommands.h"
#include "cli/LicenseCommands.h"
#include "cli/RedisCommands.h"
#include "cli/ToleranceCommands.h"
#include "cli/WorkflowCommands.h"
#include "metrics/Clock.h"
#include "report/EvidenceReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string_view>

namespace {
enum ExitCode { Ok = 0, NotFound = 1, Usage = 2, Io = 3 };

int usage(const QCommandLineParser &parser, const QString &error) {
    std::fprintf(stderr, "assurancectl: %s\n\n%s", qPrintable(error), qPrintable(parser.helpText()));
    return Usage;
}

// Parses a `<command> <subcommand> …` line: a parse error or an unknown or missing subcommand is a
// usage error, --help prints the help. nullopt: go on with the parsed options.
std::optional<int> parseSubcommand(QCommandLineParser &p, const QStringList &args, const QStringList &subs,
                                   const QString &sub) {
    if (!p.parse(args))
        return usage(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(p.helpText()), stdout);
        return Ok;
    }
    if (!subs.contains(sub))
        return usage(p, sub.isEmpty()
                            ? QCoreApplication::translate("ctl", "a subcommand is required")
                            : QCoreApplication::translate("ctl", "unknown subcommand '%1'").arg(sub));
    return std::nullopt;
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
// violations list|ack|resolve|note and labels history: --redis URL [--redis-password-file F] …
void addRedisOptions(QCommandLineParser &p) {
    p.addOption({QStringLiteral("redis"),
                 QCoreApplication::translate("ctl", "Redis URL, redis://[user@]host[:port][/db]."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("redis-password-file"),
                 QCoreApplication::translate("ctl", "File whose first line is the Redis password."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("ctl", "Print JSON.")});
}

void addRangeOptions(QCommandLineParser &p, const QString &what) {
    p.addOption({QStringLiteral("since"),
                 QCoreApplication::translate("ctl", "Oldest %1 (date-time or epoch ms).").arg(what),
                 QStringLiteral("T")});
    p.addOption({QStringLiteral("until"),
                 QCoreApplication::translate("ctl", "Newest %1 (date-time or epoch ms).").arg(what),
                 QStringLiteral("T")});
}

// --since/--until into epoch ms; false (and a usage message printed) when one does not parse.
bool rangeOf(const QCommandLineParser &p, std::optional<std::int64_t> &since,
             std::optional<std::int64_t> &until, int &exitCode) {
    for (const char *name : {"since", "until"}) {
        if (!p.isSet(QLatin1String(name)))
            continue;
        const auto t = assurance::parseTimeArgument(p.value(QLatin1String(name)).toStdString());
        if (!t) {
            exitCode =
                usage(p, QCoreApplication::translate(
                             "ctl", "--%1 must be an ISO 8601 date-time, a window timestamp or epoch ms")
                             .arg(QLatin1String(name)));
            return false;
        }
        (std::string_view(name) == "since" ? since : until) = *t;
    }
    return true;
}

int runViolations(const QStringList &args) {
    const QString sub = args.size() >= 2 ? args.at(1) : QString();
    const QStringList subs = {QStringLiteral("list"), QStringLiteral("ack"), QStringLiteral("resolve"),
                              QStringLiteral("note")};
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "ctl", "Violation episodes and the operator workflow (docs/assurance.md).\n\n"
               "  list     episodes, live and archived (--model --status --since --until)\n"
               "  ack      acknowledge EPISODE_ID --note TEXT (audited)\n"
               "  resolve  resolve EPISODE_ID --note TEXT (audited)\n"
               "  note     add a note to EPISODE_ID --note TEXT (audited)"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("SUBCOMMAND"), subs.join(QLatin1Char('|')));
    addRedisOptions(p);
    const bool list = sub == QLatin1String("list");
    if (list) {
        p.addOption({QStringLiteral("model"), QCoreApplication::translate("ctl", "Only this model."),
                     QStringLiteral("M")});
        p.addOption({QStringLiteral("status"),
                     QCoreApplication::translate("ctl", "Only this status: open, acknowledged or resolved."),
                     QStringLiteral("S")});
        addRangeOptions(p, QCoreApplication::translate("ctl", "time an episode must reach"));
    } else {
        p.addPositionalArgument(
            QStringLiteral("EPISODE_ID"),
            QCoreApplication::translate("ctl", "The episode, {model}:{metric}:{timestamp}."));
        p.addOption({QStringLiteral("note"), QCoreApplication::translate("ctl", "Why (required)."),
                     QStringLiteral("TEXT")});
        p.addOption({QStringLiteral("audit-db"),
                     QCoreApplication::translate("ctl", "The audit log (default: %1).")
                         .arg(assurance::audit::defaultAuditDbPath()),
                     QStringLiteral("F")});
    }
    if (const auto done = parseSubcommand(p, args, subs, sub))
        return *done;
    if (!p.isSet(QStringLiteral("redis")))
        return usage(p, QCoreApplication::translate("ctl", "--redis URL is required"));
    const assurance::RedisTarget target{p.value(QStringLiteral("redis")).toStdString(),
                                        p.value(QStringLiteral("redis-password-file")).toStdString()};
    const QStringList positional = p.positionalArguments();
    const bool json = p.isSet(QStringLiteral("json"));
    if (list) {
        if (positional.size() != 1)
            return usage(p, QCoreApplication::translate("ctl", "unexpected argument"));
        assurance::ViolationListOptions o;
        o.model = p.value(QStringLiteral("model")).toStdString();
        o.status = p.value(QStringLiteral("status")).toStdString();
        o.json = json;
        int code = Ok;
        if (!rangeOf(p, o.sinceMs, o.untilMs, code))
            return code;
        return print(assurance::violationsListCommand(target, o));
    }
    if (positional.size() != 2)
        return usage(p, QCoreApplication::translate("ctl", "exactly one EPISODE_ID is required"));
    if (!p.isSet(QStringLiteral("note")))
        return usage(p, QCoreApplication::translate("ctl", "--note TEXT is required"));
    const auto kind = sub == QLatin1String("ack")       ? assurance::OperatorAction::Kind::Acknowledge
                      : sub == QLatin1String("resolve") ? assurance::OperatorAction::Kind::Resolve
                                                        : assurance::OperatorAction::Kind::Note;
    return print(assurance::violationActionCommand(target, kind, positional.at(1).toStdString(),
                                                   p.value(QStringLiteral("note")).toStdString(),
                                                   p.value(QStringLiteral("audit-db")).toStdString(), json));
}

int runConfig(const QStringList &args) {
    const QString sub = args.size() >= 2 ? args.at(1) : QString();
    const QStringList subs = {QStringLiteral("get"), QStringLiteral("set"), QStringLiteral("retire")};
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "ctl", "Model configurations, model:config:{id} (docs/assurance.md \"Model configuration\").\n\n"
               "  get     MODEL: the stored configuration\n"
               "  set     MODEL with the fields to change (adds the model when it has none; audited)\n"
               "  retire  MODEL: retire it, or with --restore bring it back (audited)"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("SUBCOMMAND"), subs.join(QLatin1Char('|')));
    p.addPositionalArgument(QStringLiteral("MODEL"), QCoreApplication::translate("ctl", "The model id."));
    addRedisOptions(p);
    const struct {
        const char *name;
        const char *help;
    } fields[] = {
        {"display-name", QT_TRANSLATE_NOOP("ctl", "Display name.")},
        {"endpoint", QT_TRANSLATE_NOOP("ctl", "Endpoint URL (http or https; GET {endpoint}/health).")},
        {"topic", QT_TRANSLATE_NOOP("ctl", "Kafka topic.")},
        {"task", QT_TRANSLATE_NOOP("ctl", "Task: classification, regression or auto.")},
        {"owner", QT_TRANSLATE_NOOP("ctl", "Owner.")},
        {"notes", QT_TRANSLATE_NOOP("ctl", "Notes.")}};
    if (sub == QLatin1String("set"))
        for (const auto &f : fields)
            p.addOption(
                {QLatin1String(f.name), QCoreApplication::translate("ctl", f.help), QStringLiteral("TEXT")});
    if (sub == QLatin1String("retire"))
        p.addOption(
            {QStringLiteral("restore"), QCoreApplication::translate("ctl", "Bring a retired model back.")});
    if (sub != QLatin1String("get"))
        p.addOption({QStringLiteral("audit-db"),
                     QCoreApplication::translate("ctl", "The audit log (default: %1).")
                         .arg(assurance::audit::defaultAuditDbPath()),
                     QStringLiteral("F")});
    if (const auto done = parseSubcommand(p, args, subs, sub))
        return *done;
    if (!p.isSet(QStringLiteral("redis")))
        return usage(p, QCoreApplication::translate("ctl", "--redis URL is required"));
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 2)
        return usage(p, QCoreApplication::translate("ctl", "exactly one MODEL is required"));
    const assurance::RedisTarget target{p.value(QStringLiteral("redis")).toStdString(),
                                        p.value(QStringLiteral("redis-password-file")).toStdString()};
    const std::string model = positional.at(1).toStdString();
    const bool json = p.isSet(QStringLiteral("json"));
    const std::string auditDb = p.value(QStringLiteral("audit-db")).toStdString();
    if (sub == QLatin1String("get"))
        return print(assurance::configGetCommand(target, model, json));
    if (sub == QLatin1String("retire"))
        return print(
            assurance::configRetireCommand(target, model, p.isSet(QStringLiteral("restore")), auditDb, json));
    assurance::ConfigFields f;
    std::optional<std::string> *slots[] = {&f.displayName, &f.endpoint, &f.topic,
                                           &f.task,        &f.owner,    &f.notes};
    bool any = false;
    for (std::size_t i = 0; i < std::size(fields); ++i)
        if (p.isSet(QLatin1String(fields[i].name))) {
            *slots[i] = p.value(QLatin1String(fields[i].name)).toStdString();
            any = true;
        }
    if (!any)
        return usage(p, QCoreApplication::translate("ctl", "set needs at least one field to change"));
    return print(assurance::configSetCommand(target, model, f, auditDb, json));
}

// tolerances get|set|history|diff and reference set (docs/cli.md).
int runTolerances(const QString &command, const QStringList &args) {
    const bool reference = command == QLatin1String("reference");
    const QString sub = args.size() >= 2 ? args.at(1) : QString();
    const QStringList subs = reference ? QStringList{QStringLiteral("set")}
                                       : QStringList{QStringLiteral("get"), QStringLiteral("set"),
                                                     QStringLiteral("history"), QStringLiteral("diff")};
    QCommandLineParser p;
    p.setApplicationDescription(
        reference
            ? QCoreApplication::translate(
                  "ctl", "The drift reference profile of a model (reference:{id}).\n\n"
                         "  set  MODEL --file events.jsonl: build it from inference events (audited)")
            : QCoreApplication::translate(
                  "ctl", "Tolerance sets (docs/assurance.md \"Stored tolerance sets\").\n\n"
                         "  get      MODEL: the set in force\n"
                         "  set      MODEL --file SET.json --reason TEXT [--expect-version N] (audited)\n"
                         "  history  MODEL: every saved version\n"
                         "  diff     MODEL V1 V2: what changed from V1 to V2"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("SUBCOMMAND"), subs.join(QLatin1Char('|')));
    p.addPositionalArgument(QStringLiteral("MODEL"), QCoreApplication::translate("ctl", "The model id."));
    addRedisOptions(p);
    const bool set = sub == QLatin1String("set");
    if (set) {
        p.addOption({QStringLiteral("file"),
                     reference ? QCoreApplication::translate("ctl", "JSON Lines inference events.")
                               : QCoreApplication::translate("ctl", "The set, in the stored format."),
                     QStringLiteral("FILE")});
        p.addOption({QStringLiteral("audit-db"),
                     QCoreApplication::translate("ctl", "The audit log (default: %1).")
                         .arg(assurance::audit::defaultAuditDbPath()),
                     QStringLiteral("F")});
        if (!reference) {
            p.addOption({QStringLiteral("reason"), QCoreApplication::translate("ctl", "Why (required)."),
                         QStringLiteral("TEXT")});
            p.addOption(
                {QStringLiteral("expect-version"),
                 QCoreApplication::translate("ctl", "Refuse (exit 5) unless the stored version is N."),
                 QStringLiteral("N")});
        }
    }
    if (const auto done = parseSubcommand(p, args, subs, sub))
        return *done;
    if (!p.isSet(QStringLiteral("redis")))
        return usage(p, QCoreApplication::translate("ctl", "--redis URL is required"));
    const assurance::RedisTarget target{p.value(QStringLiteral("redis")).toStdString(),
                                        p.value(QStringLiteral("redis-password-file")).toStdString()};
    const QStringList positional = p.positionalArguments();
    const bool json = p.isSet(QStringLiteral("json"));
    const bool diff = sub == QLatin1String("diff");
    if (positional.size() != (diff ? 4 : 2))
        return usage(p, diff ? QCoreApplication::translate("ctl", "MODEL V1 V2 are required")
                             : QCoreApplication::translate("ctl", "exactly one MODEL is required"));
    const std::string model = positional.at(1).toStdString();
    if (sub == QLatin1String("get"))
        return print(assurance::tolerancesGetCommand(target, model, json));
    if (sub == QLatin1String("history"))
        return print(assurance::tolerancesHistoryCommand(target, model, json));
    if (diff) {
        bool ok1 = false, ok2 = false;
        const int v1 = positional.at(2).toInt(&ok1), v2 = positional.at(3).toInt(&ok2);
        if (!ok1 || !ok2 || v1 < 1 || v2 < 1)
            return usage(p, QCoreApplication::translate("ctl", "V1 and V2 must be version numbers"));
        return print(assurance::tolerancesDiffCommand(target, model, v1, v2, json));
    }
    if (!p.isSet(QStringLiteral("file")))
        return usage(p, QCoreApplication::translate("ctl", "--file FILE is required"));
    const QString path = p.value(QStringLiteral("file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "assurancectl: cannot read %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return 3;
    }
    const QByteArray bytes = file.readAll();
    const std::string content(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    const std::string auditDb = p.value(QStringLiteral("audit-db")).toStdString();
    if (reference)
        return print(
            assurance::referenceSetCommand(target, model, content, path.toStdString(), auditDb, json));
    if (!p.isSet(QStringLiteral("reason")))
        return usage(p, QCoreApplication::translate("ctl", "--reason TEXT is required"));
    std::optional<int> expect;
    if (p.isSet(QStringLiteral("expect-version"))) {
        bool ok = false;
        const int v = p.value(QStringLiteral("expect-version")).toInt(&ok);
        if (!ok || v < 0)
            return usage(p, QCoreApplication::translate("ctl", "--expect-version must be a version number"));
        expect = v;
    }
    return print(assurance::tolerancesSetCommand(
        target, model, content, p.value(QStringLiteral("reason")).toStdString(), expect, auditDb, json));
}

int runLabels(const QStringList &args) {
    const QString sub = args.size() >= 2 ? args.at(1) : QString();
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "ctl", "Assurance labels.\n\n"
               "  history  MODEL: the stored label history, oldest first, and its chain status"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("SUBCOMMAND"), QStringLiteral("history"));
    p.addPositionalArgument(QStringLiteral("MODEL"), QCoreApplication::translate("ctl", "The model id."));
    addRedisOptions(p);
    addRangeOptions(p, QCoreApplication::translate("ctl", "window end"));
    if (!p.parse(args))
        return usage(p, p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(p.helpText()), stdout);
        return Ok;
    }
    if (sub != QLatin1String("history"))
        return usage(p, sub.isEmpty()
                            ? QCoreApplication::translate("ctl", "a subcommand is required")
                            : QCoreApplication::translate("ctl", "unknown subcommand '%1'").arg(sub));
    if (!p.isSet(QStringLiteral("redis")))
        return usage(p, QCoreApplication::translate("ctl", "--redis URL is required"));
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 2)
        return usage(p, QCoreApplication::translate("ctl", "exactly one MODEL is required"));
    std::optional<std::int64_t> since, until;
    int code = Ok;
    if (!rangeOf(p, since, until, code))
        return code;
    return print(assurance::labelsHistoryCommand(
        {p.value(QStringLiteral("redis")).toStdString(),
         p.value(QStringLiteral("redis-password-file")).toStdString()},
        positional.at(1).toStdString(), since, until, p.isSet(QStringLiteral("json"))));
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
    p.addOption({QStringLiteral("audit-db"),
                 QCoreApplication::translate("ctl", "The audit log (default: %1).")
                     .arg(assurance::audit::defaultAuditDbPath()),
                 QStringLiteral("F")});
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
    // Audited: the log is opened first, so that nothing is sent that could not be recorded.
    const QString auditDb = p.isSet(QStringLiteral("audit-db")) ? p.value(QStringLiteral("audit-db"))
                                                                : assurance::audit::defaultAuditDbPath();
    std::string error;
    auto log = assurance::audit::AuditLog::open(auditDb.toStdString(), &error);
    if (!log) {
        std::fprintf(stderr, "assurancectl: %s\n", error.c_str());
        return Io;
    }
    return print(assurance::produceCommand(p.value(QStringLiteral("brokers")).toStdString(),
                                           p.value(QStringLiteral("topic")).toStdString(),
                                           p.value(QStringLiteral("file")).toStdString(), log.get()));
}
// audit list|verify|checkpoint|prove|consistency|sync [--audit-db F] [--json] …
int runAudit(QStringList args) {
    const QString sub = args.size() >= 2 ? args.at(1) : QString();
    const QStringList subs = {QStringLiteral("list"),        QStringLiteral("verify"),
                              QStringLiteral("checkpoint"),  QStringLiteral("prove"),
                              QStringLiteral("consistency"), QStringLiteral("sync")};
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "ctl", "The installation's tamper-evident audit log.\n\n"
               "  list         entries, oldest first (--since --until --actor --action)\n"
               "  verify       recompute every hash, the chain, the Merkle roots and the signatures\n"
               "  checkpoint   sign a checkpoint of the whole log now\n"
               "  prove        an inclusion proof of --entry N in the tree of --size M\n"
               "  consistency  a proof that the tree of --from M entries is a prefix of --to N\n"
               "  sync         copy the entries and checkpoints not yet in Redis there (--redis URL)"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("SUBCOMMAND"), subs.join(QLatin1Char('|')));
    p.addOption({QStringLiteral("audit-db"),
                 QCoreApplication::translate("ctl", "The audit log (default: %1).")
                     .arg(assurance::audit::defaultAuditDbPath()),
                 QStringLiteral("F")});
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("ctl", "Print JSON.")});
    if (sub == QLatin1String("list")) {
        p.addOption({QStringLiteral("since"),
                     QCoreApplication::translate("ctl", "Oldest entry time (date-time or epoch ms)."),
                     QStringLiteral("T")});
        p.addOption({QStringLiteral("until"),
                     QCoreApplication::translate("ctl", "Newest entry time (date-time or epoch ms)."),
                     QStringLiteral("T")});
        p.addOption({QStringLiteral("actor"),
                     QCoreApplication::translate("ctl", "Only this actor (user@host)."),
                     QStringLiteral("A")});
        p.addOption({QStringLiteral("action"),
                     QCoreApplication::translate("ctl", "Only this action, or its family (e.g. audit)."),
                     QStringLiteral("X")});
    } else if (sub == QLatin1String("verify")) {
        p.addOption(
            {QStringLiteral("pubkey"),
             QCoreApplication::translate("ctl", "Trust only this public key (PEM), not the log's own."),
             QStringLiteral("KEYFILE.pub")});
        p.addOption({QStringLiteral("no-record"),
                     QCoreApplication::translate("ctl", "Do not append the verification's own entry.")});
    } else if (sub == QLatin1String("prove")) {
        p.addOption({QStringLiteral("entry"),
                     QCoreApplication::translate("ctl", "The entry's sequence number."),
                     QStringLiteral("N")});
        p.addOption({QStringLiteral("size"),
                     QCoreApplication::translate("ctl", "The tree size (default: the newest checkpoint's)."),
                     QStringLiteral("M")});
    } else if (sub == QLatin1String("sync")) {
        p.addOption({QStringLiteral("redis"),
                     QCoreApplication::translate("ctl", "Redis URL, redis://[user@]host[:port][/db]."),
                     QStringLiteral("URL")});
        p.addOption({QStringLiteral("redis-password-file"),
                     QCoreApplication::translate("ctl", "File whose first line is the Redis password."),
                     QStringLiteral("FILE")});
    } else if (sub == QLatin1String("consistency")) {
        p.addOption({QStringLiteral("from"), QCoreApplication::translate("ctl", "The older tree size."),
                     QStringLiteral("M")});
        p.addOption({QStringLiteral("to"), QCoreApplication::translate("ctl", "The newer tree size."),
                     QStringLiteral("N")});
    }
    if (const auto done = parseSubcommand(p, args, subs, sub))
        return *done;
    if (p.positionalArguments().size() != 1)
        return usage(p, QCoreApplication::translate("ctl", "unexpected argument"));
    const assurance::AuditCommandOptions o{p.value(QStringLiteral("audit-db")).toStdString(),
                                           p.isSet(QStringLiteral("json"))};
    auto number = [&p](const char *name, std::int64_t min, std::int64_t &out) {
        bool ok = false;
        out = p.value(QLatin1String(name)).toLongLong(&ok);
        return ok && out >= min;
    };
    if (sub == QLatin1String("list")) {
        assurance::audit::AuditFilter f;
        for (const char *name : {"since", "until"}) {
            if (!p.isSet(QLatin1String(name)))
                continue;
            const auto t = assurance::parseTimeArgument(p.value(QLatin1String(name)).toStdString());
            if (!t)
                return usage(p,
                             QCoreApplication::translate(
                                 "ctl", "--%1 must be an ISO 8601 date-time, a window timestamp or epoch ms")
                                 .arg(QLatin1String(name)));
            (std::string_view(name) == "since" ? f.sinceMs : f.untilMs) = *t;
        }
        f.actor = p.value(QStringLiteral("actor")).toStdString();
        f.action = p.value(QStringLiteral("action")).toStdString();
        return print(assurance::auditListCommand(o, f));
    }
    if (sub == QLatin1String("verify"))
        return print(assurance::auditVerifyCommand(o, p.value(QStringLiteral("pubkey")).toStdString(),
                                                   !p.isSet(QStringLiteral("no-record"))));
    if (sub == QLatin1String("checkpoint"))
        return print(assurance::auditCheckpointCommand(o));
    if (sub == QLatin1String("sync")) {
        if (!p.isSet(QStringLiteral("redis")))
            return usage(p, QCoreApplication::translate("ctl", "--redis URL is required"));
        return print(
            assurance::auditSyncCommand(o, {p.value(QStringLiteral("redis")).toStdString(),
                                            p.value(QStringLiteral("redis-password-file")).toStdString()}));
    }
    if (sub == QLatin1String("prove")) {
        std::int64_t entry = 0, size = 0;
        if (!number("entry", 1, entry))
            return usage(
                p, QCoreApplication::translate("ctl", "--entry N (a sequence number from 1) is required"));
        if (p.isSet(QStringLiteral("size")) && !number("size", 1, size))
            return usage(p, QCoreApplication::translate("ctl", "--size must be a whole number from 1"));
        return print(assurance::auditProveCommand(o, entry, static_cast<std::uint64_t>(size)));
    }
    std::int64_t from = 0, to = 0;
    if (!number("from", 0, from) || !number("to", 1, to))
        return usage(
            p, QCoreApplication::translate("ctl", "--from M and --to N (tree sizes, M ≤ N) are required"));
    if (from > to)
        return usage(p, QCoreApplication::translate("ctl", "--from must not be larger than --to"));
    return print(assurance::auditConsistencyCommand(o, static_cast<std::uint64_t>(from),
                                                    static_cast<std::uint64_t>(to)));
}
} // namespace

// evidence keygen|export|verify|report …
int runEvidence(const QStringList &args) {
    const QString sub = args.size() >= 2 ? args.at(1) : QString();
    const QStringList subs = {QStringLiteral("keygen"), QStringLiteral("export"), QStringLiteral("verify"),
                              QStringLiteral("report")};
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "ctl",
        "Evidence packs an auditor verifies offline (docs/evidence.md).\n\n"
        "  keygen  --out KEYFILE: an organisation signing key (KEYFILE, 0600) and KEYFILE.pub\n"
        "  export  --redis URL --models a,b --since T --until T --out F [--key-file KEYFILE]\n"
        "  verify  F [--pubkey KEYFILE.pub]: recompute everything, one verdict line per part\n"
        "  report  F --pdf OUT [--pubkey KEYFILE.pub]: verify, and write a PDF report for an auditor"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("SUBCOMMAND"), subs.join(QLatin1Char('|')));
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("ctl", "Print JSON.")});
    if (sub == QLatin1String("keygen")) {
        p.addOption({QStringLiteral("out"),
                     QCoreApplication::translate("ctl", "The private key file to write."),
                     QStringLiteral("KEYFILE")});
    } else if (sub == QLatin1String("export")) {
        p.addOption({QStringLiteral("redis"), QCoreApplication::translate("ctl", "Redis URL of the record."),
                     QStringLiteral("URL")});
        p.addOption({QStringLiteral("redis-password-file"),
                     QCoreApplication::translate("ctl", "File whose first line is the Redis password."),
                     QStringLiteral("FILE")});
        p.addOption({QStringLiteral("models"),
                     QCoreApplication::translate("ctl", "Model ids, comma-separated."),
                     QStringLiteral("a,b")});
        p.addOption({QStringLiteral("since"),
                     QCoreApplication::translate("ctl", "Range start (date-time or epoch ms)."),
                     QStringLiteral("T")});
        p.addOption({QStringLiteral("until"),
                     QCoreApplication::translate("ctl", "Range end (date-time or epoch ms)."),
                     QStringLiteral("T")});
        p.addOption({QStringLiteral("out"), QCoreApplication::translate("ctl", "The pack file to write."),
                     QStringLiteral("F")});
        p.addOption({QStringLiteral("key-file"),
                     QCoreApplication::translate("ctl", "Sign with this organisation key (0600)."),
                     QStringLiteral("KEYFILE")});
        p.addOption({QStringLiteral("audit-db"),
                     QCoreApplication::translate("ctl", "The audit log (default: %1).")
                         .arg(assurance::audit::defaultAuditDbPath()),
                     QStringLiteral("F")});
    } else if (sub == QLatin1String("verify") || sub == QLatin1String("report")) {
        p.addPositionalArgument(QStringLiteral("PACK"), QCoreApplication::translate("ctl", "The pack file."));
        p.addOption({QStringLiteral("pubkey"),
                     QCoreApplication::translate("ctl", "Trust this signer's public key (repeatable)."),
                     QStringLiteral("KEYFILE.pub")});
        if (sub == QLatin1String("report"))
            p.addOption({QStringLiteral("pdf"), QCoreApplication::translate("ctl", "The PDF file to write."),
                         QStringLiteral("OUT")});
    }
    if (const auto done = parseSubcommand(p, args, subs, sub))
        return *done;
    const QStringList positional = p.positionalArguments();
    const bool takesPack = sub == QLatin1String("verify") || sub == QLatin1String("report");
    if (positional.size() != (takesPack ? 2 : 1))
        return usage(p, takesPack ? QCoreApplication::translate("ctl", "exactly one PACK is required")
                                  : QCoreApplication::translate("ctl", "unexpected argument"));
    if (sub == QLatin1String("keygen")) {
        if (!p.isSet(QStringLiteral("out")))
            return usage(p, QCoreApplication::translate("ctl", "--out KEYFILE is required"));
        return print(assurance::evidenceKeygenCommand(p.value(QStringLiteral("out")).toStdString()));
    }
    if (sub == QLatin1String("verify")) {
        std::vector<std::string> keys;
        for (const QString &k : p.values(QStringLiteral("pubkey")))
            keys.push_back(k.toStdString());
        return print(assurance::evidenceVerifyCommand(positional.at(1).toStdString(), keys,
                                                      p.isSet(QStringLiteral("json"))));
    }
    if (sub == QLatin1String("report")) {
        if (!p.isSet(QStringLiteral("pdf")))
            return usage(p, QCoreApplication::translate("ctl", "--pdf OUT is required"));
        std::vector<std::string> keys;
        for (const QString &k : p.values(QStringLiteral("pubkey")))
            keys.push_back(k.toStdString());
        return print(assurance::evidenceReportCommand(
            positional.at(1).toStdString(), keys, p.value(QStringLiteral("pdf")).toStdString(),
            [](const std::string &pack, const std::vector<assurance::signing::PublicKey> &trusted,
               const std::string &pdf,
               std::string *error) -> std::optional<assurance::evidence::PackVerdict> {
                auto written = assurance::report::writeEvidenceReport(pack, trusted, pdf, error);
                return written ? std::optional(std::move(written->verdict)) : std::nullopt;
            }));
    }
    for (const char *required : {"redis", "models", "since", "until", "out"})
        if (!p.isSet(QLatin1String(required)))
            return usage(p, QCoreApplication::translate(
                                "ctl", "--redis, --models, --since, --until and --out are required"));
    assurance::EvidenceExportOptions o;
    o.redis = {p.value(QStringLiteral("redis")).toStdString(),
               p.value(QStringLiteral("redis-password-file")).toStdString()};
    for (const QString &m : p.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        o.models.push_back(m.trimmed().toStdString());
    o.since = p.value(QStringLiteral("since")).toStdString();
    o.until = p.value(QStringLiteral("until")).toStdString();
    o.out = p.value(QStringLiteral("out")).toStdString();
    o.keyFile = p.value(QStringLiteral("key-file")).toStdString();
    o.auditDb = p.value(QStringLiteral("audit-db")).toStdString();
    o.json = p.isSet(QStringLiteral("json"));
    return print(assurance::evidenceExportCommand(o));
}

// license keygen|issue|verify|activate|deactivate|status … (docs/license.md)
int runLicense(const QStringList &args) {
    const QString sub = args.size() >= 2 ? args.at(1) : QString();
    const QStringList subs = {QStringLiteral("keygen"),     QStringLiteral("issue"),
                              QStringLiteral("verify"),     QStringLiteral("activate"),
                              QStringLiteral("deactivate"), QStringLiteral("status")};
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "ctl", "Signed offline licenses (docs/license.md).\n\n"
               "  keygen      --out KEYFILE: a vendor signing key (vendor side)\n"
               "  issue       --key-file K --out F --licensee NAME --tier TIER --expires DATE\n"
               "              [--features a,b --max-models N --seats N] (vendor side)\n"
               "  verify      F: exit 0 only when valid and signed by a vendor key this build trusts\n"
               "  activate    F: verify and activate for this installation (audited)\n"
               "  deactivate  back to Community (audited)\n"
               "  status      [--json]: state, license and entitlements"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("SUBCOMMAND"), subs.join(QLatin1Char('|')));
    p.addOption({QStringLiteral("json"), QCoreApplication::translate("ctl", "Print JSON.")});
    auto option = [&p](const char *name, const char *help, const char *value) {
        p.addOption({QLatin1String(name), QCoreApplication::translate("ctl", help), QLatin1String(value)});
    };
    if (sub == QLatin1String("keygen")) {
        option("out", "The private key file to write.", "KEYFILE");
    } else if (sub == QLatin1String("issue")) {
        option("key-file", "The vendor private key (0600).", "KEYFILE");
        option("out", "The license file to write.", "F");
        option("licensee", "Who the license is for.", "NAME");
        option("tier", "community, professional or enterprise.", "TIER");
        option("expires", "YYYY-MM-DD (the end of that day, UTC) or a UTC date-time.", "DATE");
        option("features", "Comma-separated features (default: the tier's).", "a,b");
        option("max-models", "Active model limit, or \"unlimited\" (default: the tier's).", "N");
        option("seats", "Seats (shown, not enforced offline).", "N");
        option("license-id", "The license id (default: a random one).", "ID");
    } else if (sub == QLatin1String("activate") || sub == QLatin1String("deactivate") ||
               sub == QLatin1String("status")) {
        option("audit-db", "The audit log (default: the data directory's).", "F");
    }
    if (sub == QLatin1String("verify") || sub == QLatin1String("activate"))
        p.addPositionalArgument(QStringLiteral("FILE"),
                                QCoreApplication::translate("ctl", "The license file."));
    if (const auto done = parseSubcommand(p, args, subs, sub))
        return *done;
    const QStringList positional = p.positionalArguments();
    const bool takesFile = sub == QLatin1String("verify") || sub == QLatin1String("activate");
    if (positional.size() != (takesFile ? 2 : 1))
        return usage(p, takesFile ? QCoreApplication::translate("ctl", "exactly one FILE is required")
                                  : QCoreApplication::translate("ctl", "unexpected argument"));
    const assurance::SystemClock clock;
    const bool json = p.isSet(QStringLiteral("json"));
    auto value = [&p](const char *name) { return p.value(QLatin1String(name)).toStdString(); };
    auto optional = [&p](const char *name) -> std::optional<std::string> {
        return p.isSet(QLatin1String(name)) ? std::optional(p.value(QLatin1String(name)).toStdString())
                                            : std::nullopt;
    };
    if (sub == QLatin1String("keygen")) {
        if (!p.isSet(QStringLiteral("out")))
            return usage(p, QCoreApplication::translate("ctl", "--out KEYFILE is required"));
        return print(assurance::licenseKeygenCommand(value("out")));
    }
    if (sub == QLatin1String("issue")) {
        for (const char *required : {"key-file", "out", "licensee", "tier", "expires"})
            if (!p.isSet(QLatin1String(required)))
                return usage(p,
                             QCoreApplication::translate(
                                 "ctl", "--key-file, --out, --licensee, --tier and --expires are required"));
        assurance::LicenseIssueOptions o;
        o.keyFile = value("key-file");
        o.out = value("out");
        o.licensee = value("licensee");
        o.tier = value("tier");
        o.expires = value("expires");
        o.features = optional("features");
        o.maxModels = optional("max-models");
        o.seats = optional("seats");
        o.licenseId = value("license-id");
        return print(assurance::licenseIssueCommand(o, clock.nowMs()));
    }
    if (sub == QLatin1String("verify"))
        return print(assurance::licenseVerifyCommand(positional.at(1).toStdString(), json, clock.nowMs()));
    assurance::LicenseStoreOptions o;
    o.auditDb = value("audit-db");
    if (sub == QLatin1String("activate"))
        return print(assurance::licenseActivateCommand(positional.at(1).toStdString(), o, clock.nowMs()));
    if (sub == QLatin1String("deactivate"))
        return print(assurance::licenseDeactivateCommand(o));
    return print(assurance::licenseStatusCommand(o, json, clock.nowMs()));
}

// `evidence report` paints a PDF and needs a QGuiApplication: on the offscreen platform unless
// one is set, so that it runs without a display. Every other command stays a QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv) {
    if (argc >= 3 && std::string_view(argv[1]) == "evidence" && std::string_view(argv[2]) == "report") {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int main(int argc, char *argv[]) {
    const auto app = makeApplication(argc, argv);
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
               "  violations  list episodes; acknowledge, resolve or annotate one (audited)\n"
               "  labels    a model's label history and its chain status\n"
               "  tolerances  get, set (audited), history and diff a model's tolerance sets\n"
               "  reference  set a model's drift reference from inference events (audited)\n"
               "  config    get, set or retire a model's configuration (audited)\n"
               "  produce   send JSON Lines telemetry to Kafka, keyed by model_id\n"
               "  audit     list, verify, checkpoint and prove the installation's audit log\n"
               "  evidence  keygen, export, verify and report evidence packs\n"
               "  license   keygen, issue, verify, activate, deactivate and show the license\n\n"
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
    if (command == QLatin1String("violations"))
        return runViolations(args);
    if (command == QLatin1String("labels"))
        return runLabels(args);
    if (command == QLatin1String("tolerances") || command == QLatin1String("reference"))
        return runTolerances(command, args);
    if (command == QLatin1String("config"))
        return runConfig(args);
    if (command == QLatin1String("audit"))
        return runAudit(args);
    if (command == QLatin1String("evidence"))
        return runEvidence(args);
    if (command == QLatin1String("license"))
        return runLicense(args);
    std::fprintf(stderr, "assurancectl: unknown command '%s'\n\n%s", qPrintable(command), qPrintable(help));
    return Usage;
}
