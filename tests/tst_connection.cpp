// Choosing a source: settings persistence (never the password), the source factory, and the
// Connect dialog.
#include "dialogs/ConnectionDialog.h"
#include "sources/ConnectionSettings.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace assurance;
using namespace assurance::ui;

class TestConnection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void settingsNeverStoreThePassword();
    void factory();
    void dialog();
    void startupRestoresTheSavedConnection();
    void dialogListsEverySourceKind();
};

// Defect: the console always opened on Demo unless --redis was given. Now: the command line, then
// the saved connection, Demo only when nothing was saved or with --demo; never an Evidence pack;
// and a saved connection that needs a password asks for it instead of starting.
void TestConnection::startupRestoresTheSavedConnection() {
    QTemporaryDir dir;
    QSettings empty(dir.path() + QStringLiteral("/empty.ini"), QSettings::IniFormat);
    StartupOptions none;
    QCOMPARE(chooseStartup(empty, none).settings.kind, SourceKind::Demo);
    QVERIFY(!chooseStartup(empty, none).askForPassword);

    QSettings ini(dir.path() + QStringLiteral("/console.ini"), QSettings::IniFormat);
    ConnectionSettings direct;
    direct.kind = SourceKind::Direct;
    direct.redisUrl = QStringLiteral("redis://127.0.0.1:6399/3");
    direct.brokers = QStringLiteral("127.0.0.1:9099");
    direct.save(ini);
    StartupChoice restored = chooseStartup(ini, none);
    QCOMPARE(restored.settings.kind, SourceKind::Direct);
    QCOMPARE(restored.settings.redisUrl, direct.redisUrl);
    QCOMPARE(restored.settings.brokers, direct.brokers);
    QVERIFY(!restored.askForPassword);

    StartupOptions demo;
    demo.demo = true;
    demo.demoSeed = 9;
    QCOMPARE(chooseStartup(ini, demo).settings.kind, SourceKind::Demo);
    QCOMPARE(chooseStartup(ini, demo).settings.demoSeed, std::uint64_t(9));

    StartupOptions commandLine;
    commandLine.redisUrl = QStringLiteral("redis://127.0.0.1:6400/0");
    QCOMPARE(chooseStartup(ini, commandLine).settings.redisUrl, commandLine.redisUrl);

    // An ACL user needs a password, which is never stored: ask for it (unless a file gave it).
    direct.redisUrl = QStringLiteral("redis://ops@127.0.0.1:6399/3");
    direct.save(ini);
    QVERIFY(chooseStartup(ini, none).askForPassword);
    StartupOptions withFile;
    withFile.password = QStringLiteral("from-a-file");
    QVERIFY(!chooseStartup(ini, withFile).askForPassword);

    // Opening an evidence pack is never what the console restores at start.
    ConnectionSettings evidence = direct;
    evidence.kind = SourceKind::Evidence;
    evidence.save(ini);
    QCOMPARE(chooseStartup(ini, none).settings.kind, SourceKind::Direct);
    QCOMPARE(ini.value(QStringLiteral("connection/kind")).toString(), QStringLiteral("direct"));
}

void TestConnection::dialogListsEverySourceKind() {
    ConnectionDialog dialog(ConnectionSettings{});
    auto *kind = dialog.findChild<QComboBox *>();
    QVERIFY(kind);
    QCOMPARE(kind->count(), 4);
    QCOMPARE(kind->itemData(0).toInt(), int(SourceKind::Demo));
    QCOMPARE(kind->itemData(1).toInt(), int(SourceKind::Direct));
    QCOMPARE(kind->itemData(2).toInt(), int(SourceKind::Remote));
    QCOMPARE(kind->itemData(3).toInt(), int(SourceKind::Evidence));
    // Listed, not selectable here; refused with a reason if chosen anyway: Remote is not built,
    // an evidence pack is opened with File → Open Evidence….
    kind->setCurrentIndex(2);
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorText().contains(QStringLiteral("not built yet")));
    kind->setCurrentIndex(3);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorText().contains(QStringLiteral("Open Evidence")));
    ConnectionSettings pack;
    pack.kind = SourceKind::Evidence;
    QString why;
    QVERIFY(!createSource(pack, &why)); // no file chosen
    QCOMPARE(why, QStringLiteral("No evidence pack was chosen."));
    QString error;
    ConnectionSettings remote;
    remote.kind = SourceKind::Remote;
    QVERIFY(!createSource(remote, &error));
    QVERIFY(error.contains(QStringLiteral("not built yet")));
}

void TestConnection::settingsNeverStoreThePassword() {
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/console.ini");
    ConnectionSettings s;
    s.kind = SourceKind::Direct;
    s.redisUrl = QStringLiteral("redis://ops@10.0.0.5:6379/2");
    s.password = QStringLiteral("hunter2-secret");
    s.brokers = QStringLiteral("kafka:9092");
    s.topic = QStringLiteral("telemetry");
    s.agentGroup = QStringLiteral("eu-agents");
    {
        QSettings ini(path, QSettings::IniFormat);
        s.save(ini);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("hunter2"));
    QSettings ini(path, QSettings::IniFormat);
    const ConnectionSettings loaded = ConnectionSettings::load(ini);
    QCOMPARE(loaded.kind, SourceKind::Direct);
    QCOMPARE(loaded.redisUrl, s.redisUrl);
    QCOMPARE(loaded.brokers, s.brokers);
    QCOMPARE(loaded.topic, s.topic);
    QCOMPARE(loaded.agentGroup, s.agentGroup);
    QVERIFY(loaded.password.isEmpty());
    QSettings empty(dir.path() + QStringLiteral("/new.ini"), QSettings::IniFormat);
    QCOMPARE(ConnectionSettings::load(empty).agentGroup, QStringLiteral("assurance-agents")); // the default
}

void TestConnection::factory() {
    QString error;
    ConnectionSettings demo;
    auto d = createSource(demo, &error);
    QVERIFY(d);
    QCOMPARE(d->name(), QStringLiteral("Demo"));
    ConnectionSettings direct;
    direct.kind = SourceKind::Direct;
    direct.redisUrl = QStringLiteral("rediss://secure:6380");
    QVERIFY(!createSource(direct, &error));
    QVERIFY(error.contains(QStringLiteral("TLS")));
    direct.redisUrl = QStringLiteral("redis://127.0.0.1:6390/1");
    direct.password = QStringLiteral("pw");
    auto r = createSource(direct, &error);
    QVERIFY(r);
    QVERIFY(r->name().contains(QStringLiteral("127.0.0.1:6390/1")));
    QVERIFY(!r->name().contains(QStringLiteral("pw")));
    QCOMPARE(r->state(), TelemetrySource::State::Stopped);
}

void TestConnection::dialog() {
    ConnectionSettings initial;
    initial.kind = SourceKind::Direct;
    initial.redisUrl = QStringLiteral("redis://ops:typed-in-url@cache:6379/0");
    initial.brokers = QStringLiteral("kafka:9092");
    initial.agentGroup = QStringLiteral("eu-agents");
    ConnectionDialog dialog(initial);
    // A password typed into the URL is moved out of it, so it is never saved with the URL.
    const ConnectionSettings s = dialog.settings();
    QCOMPARE(s.redisUrl, QStringLiteral("redis://ops@cache:6379/0"));
    QCOMPARE(s.password, QStringLiteral("typed-in-url"));
    QCOMPARE(s.kind, SourceKind::Direct);
    QCOMPARE(s.agentGroup, QStringLiteral("eu-agents"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QDir().mkpath(QStringLiteral(ASSURANCE_TEST_ARTIFACTS));
    QVERIFY(dialog.grab().save(QStringLiteral(ASSURANCE_TEST_ARTIFACTS "/connection-dialog.png")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    initial.redisUrl = QStringLiteral("rediss://cache:6380");
    ConnectionDialog refusing(initial);
    refusing.show();
    refusing.accept(); // refused: the dialog stays open and says why
    QVERIFY(refusing.isVisible());
    QVERIFY(refusing.result() != int(QDialog::Accepted));
}

QTEST_MAIN(TestConnection)
#include "tst_connection.moc"
