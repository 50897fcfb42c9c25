// assurance-console: parses arguments, loads translations, wires the source, the audit log and the
// window.
#include "ConsoleCommands.h"
#include "ConsoleStore.h"
#include "MainWindow.h"
#include "audit/AuditService.h"
#include "license/LicenseService.h"
#include "sources/ConnectionSettings.h"
#include "sources/WorkerThread.h"

#include <QApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>

namespace {
const char *kHelp =
    "Usage: assurance-console [options]\n\n"
    "Native operator console for AI assurance. Starts on the connection saved by File -> Connect...,\n"
    "or on the Demo source when none was saved.\n\n"
    "Options:\n"
    "  --demo         start on the Demo source whatever was saved\n"
    "  --seed N       seed of the Demo source (default 1)\n"
    "  --redis URL    Direct source: the record from this Redis (redis://[user@]host[:port][/db])\n"
    "  --redis-password-file FILE   its password (first line); never put it in the URL on a shared host\n"
    "  --brokers B    Direct source: also a live provisional view from Kafka (assign, no group)\n"
    "  --topic T      Kafka topic (default model-telemetry)\n"
    "  --group G      the agents' consumer group: the live view starts where it stands (default\n"
    "                 assurance-agents; read, never joined)\n"
    "  --evidence F   review an evidence pack offline, read-only (no network at all)\n"
    "  --lang CODE    user interface language: en, de or fr (default: system)\n"
    "  --audit-db F   the audit log every change made in the console is recorded in (default:\n"
    "                 $ASSURANCE_DATA_DIR/audit.db, else ~/.local/share/assurance-console/audit.db)\n"
    "  -h, --help     show this help\n"
    "  -v, --version  show the version\n";
}

int main(int argc, char *argv[]) {
    // Answer --help/--version before QApplication, which needs a display.
    std::uint64_t seed = 1;
    QString lang;
    std::string redisUrl, passwordFile, brokers, topic = "model-telemetry", group = "assurance-agents";
    std::string auditDb, evidencePack;
    bool demo = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "-h" || a == "--help") {
            std::fputs(kHelp, stdout);
            return 0;
        }
        if (a == "-v" || a == "--version") {
            std::printf("assurance-console %s\n", ASSURANCE_VERSION);
            return 0;
        }
        if (a == "--demo") {
            demo = true;
            continue;
        }
        if ((a == "--redis" || a == "--redis-password-file" || a == "--brokers" || a == "--topic" ||
             a == "--group" || a == "--audit-db" || a == "--evidence") &&
            i + 1 < argc) {
            (a == "--redis"      ? redisUrl
             : a == "--brokers"  ? brokers
             : a == "--topic"    ? topic
             : a == "--group"    ? group
             : a == "--audit-db" ? auditDb
             : a == "--evidence" ? evidencePack
                                 : passwordFile) = argv[++i];
            continue;
        }
        if ((a == "--seed" || a == "--lang") && i + 1 < argc) {
            const char *value = argv[++i];
            if (a == "--seed") {
                char *end = nullptr;
                seed = std::strtoull(value, &end, 10);
                if (!end || *end != '\0') {
                    std::fprintf(stderr, "assurance-console: --seed needs a whole number\n");
                    return 2;
                }
            } else {
                lang = QString::fromLocal8Bit(value);
            }
            continue;
        }
        if (a.rfind("-platform", 0) == 0 || a.rfind("-style", 0) == 0) { // Qt's own options
            ++i;
            continue;
        }
        std::fprintf(stderr, "assurance-console: unknown option '%s'\n\n%s", a.c_str(), kHelp);
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Assurance Console"));
    QApplication::setOrganizationName(QStringLiteral("Assurance"));
    QApplication::setApplicationVersion(QStringLiteral(ASSURANCE_VERSION));
    QApplication::setStyle(QStringLiteral("Fusion"));

    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(locale, QStringLiteral("assurance"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    // The command line wins; then the connection saved by File → Connect…; Demo when nothing was
    // saved (or with --demo). The password is never saved: when the saved connection needs one, the
    // window opens Connect… pre-filled instead of starting a source that cannot log in.
    assurance::StartupOptions startup;
    startup.demo = demo;
    startup.demoSeed = seed;
    startup.redisUrl = QString::fromStdString(redisUrl);
    startup.brokers = QString::fromStdString(brokers);
    startup.topic = QString::fromStdString(topic);
    startup.agentGroup = QString::fromStdString(group);
    if (!passwordFile.empty()) {
        std::ifstream in(passwordFile);
        std::string password;
        if (!in || !std::getline(in, password)) {
            std::fprintf(stderr, "assurance-console: cannot read the password file %s\n",
                         passwordFile.c_str());
            return 2;
        }
        startup.password = QString::fromStdString(password);
    }
    QSettings saved;
    assurance::StartupChoice choice = assurance::chooseStartup(saved, startup);
    if (!evidencePack.empty()) { // a pack to review wins: read-only, nothing from the network
        if (!redisUrl.empty() || demo) {
            std::fprintf(stderr, "assurance-console: --evidence cannot be combined with --redis or --demo\n");
            return 2;
        }
        const QString pack = QString::fromLocal8Bit(evidencePack.c_str());
        if (!QFileInfo(pack).isFile()) {
            std::fprintf(stderr, "assurance-console: %s is not a file\n", evidencePack.c_str());
            return 2;
        }
        choice = {};
        choice.settings.kind = assurance::SourceKind::Evidence;
        choice.settings.evidencePath = pack;
    }
    assurance::ConnectionSettings connection = choice.settings;
    const bool askForPassword = choice.askForPassword;
    QString error;
    std::unique_ptr<assurance::TelemetrySource> source;
    if (!askForPassword) {
        source = assurance::createSource(connection, &error);
        if (!source && !redisUrl.empty()) { // a bad --redis is a usage error
            std::fprintf(stderr, "assurance-console: %s\n", qPrintable(error));
            return 2;
        }
    }
    // The audit log opens on its own thread; the window shows its state (the console keeps working
    // without it when it cannot be opened).
    assurance::audit::AuditService audit;
    audit.open(auditDb.empty() ? assurance::audit::defaultAuditDbPath()
                               : QString::fromLocal8Bit(auditDb.c_str()));
    assurance::ui::ConsoleStore store;
    assurance::ui::MainWindow window(&store);
    window.setAuditService(&audit);
    // The license (docs/license.md): read off the GUI thread; Community until it has been read.
    assurance::license::LicenseService license(assurance::audit::defaultDataDirectory());
    license.setAuditService(&audit);
    window.setLicenseService(&license);
    license.refresh();
    assurance::ui::ConsoleCommands commands(&window, &audit, &saved);
    connection.password.clear();
    window.show();
    commands.adoptStartupSource(std::move(source), connection);
    if (!commands.source() && !askForPassword)
        window.setSourceState(QString(), error); // a saved connection that no longer makes sense
    else if (askForPassword)
        window.openConnectDialog(
            QCoreApplication::translate("main",
                                        "The saved connection to %1 needs a password, which is never stored.")
                .arg(connection.redisUrl));
    const int code = QApplication::exec();
    commands.stop();
    audit.close(); // its queued records are still appended before its thread ends
    // The event loop has returned: now the workers' threads may be waited for, bounded. Each
    // blocking call was interrupted by stop(), so they end within moments.
    if (!assurance::WorkerThread::awaitRetired(std::chrono::seconds(2))) {
        std::fprintf(stderr, "assurance-console: a worker did not stop within 2 s; exiting anyway\n");
        std::fflush(nullptr);
        std::_Exit(code); // its thread may still run: no static destructor may race it
    }
    return code;
}
