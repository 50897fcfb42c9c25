// Choosing a source: settings persistence (never the password), the source factory, and the
// Connect dialog.
#include "dialogs/ConnectionDialog.h"
#include "sources/ConnectionSettings.h"

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
};

void TestConnection::settingsNeverStoreThePassword() {
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/console.ini");
    ConnectionSettings s;
    s.kind = ConnectionSettings::Kind::Direct;
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
    QCOMPARE(loaded.kind, ConnectionSettings::Kind::Direct);
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
    direct.kind = ConnectionSettings::Kind::Direct;
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
    initial.kind = ConnectionSettings::Kind::Direct;
    initial.redisUrl = QStringLiteral("redis://ops:typed-in-url@cache:6379/0");
    initial.brokers = QStringLiteral("kafka:9092");
    initial.agentGroup = QStringLiteral("eu-agents");
    ConnectionDialog dialog(initial);
    // A password typed into the URL is moved out of it, so it is never saved with the URL.
    const ConnectionSettings s = dialog.settings();
    QCOMPARE(s.redisUrl, QStringLiteral("redis://ops@cache:6379/0"));
    QCOMPARE(s.password, QStringLiteral("typed-in-url"));
    QCOMPARE(s.kind, ConnectionSettings::Kind::Direct);
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
