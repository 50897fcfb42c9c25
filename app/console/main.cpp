// assurance-console: parses arguments, loads translations, wires the Demo source to the window.
#include "ConsoleStore.h"
#include "MainWindow.h"
#include "sources/DemoTelemetrySource.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <string>

namespace {
const char *kHelp = "Usage: assurance-console [options]\n\n"
                    "Native operator console for AI assurance. Starts on the Demo source.\n\n"
                    "Options:\n"
                    "  --seed N       seed of the Demo source (default 1)\n"
                    "  --lang CODE    user interface language: en, de or fr (default: system)\n"
                    "  -h, --help     show this help\n"
                    "  -v, --version  show the version\n";
}

int main(int argc, char *argv[]) {
    // Answer --help/--version before QApplication, which needs a display.
    std::uint64_t seed = 1;
    QString lang;
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

    assurance::ui::ConsoleStore store;
    assurance::ui::MainWindow window(&store);
    assurance::DemoTelemetrySource::Options options;
    options.seed = seed;
    assurance::DemoTelemetrySource demo(options);
    window.attachSource(&demo);
    window.show();
    demo.start();
    return QApplication::exec();
}
