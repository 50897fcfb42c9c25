// The command-line tools as a user runs them: exit codes, output and byte-for-byte reproducibility.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestCtl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void demoJson();
    void demoIsReproducible();
    void usageErrors_data();
    void usageErrors();
    void consoleAnswersWithoutDisplay();

private:
    struct Run {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QString &program, const QStringList &args,
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(120000))
            return {-1, {}, "timeout"};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }
    static QString ctl() { return QStringLiteral(ASSURANCE_CTL); }
};

void TestCtl::demoJson() {
    const Run r = run(ctl(), {QStringLiteral("demo"), QStringLiteral("--seconds"), QStringLiteral("300"),
                              QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &err);
    QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
    const QJsonObject models = doc.object().value(QStringLiteral("models")).toObject();
    QCOMPARE(models.keys(),
             (QStringList{QStringLiteral("claims-triage-classifier"),
                          QStringLiteral("energy-load-forecaster"), QStringLiteral("flood-risk-predictor")}));
    const QStringList seed = {QStringLiteral("accuracy"),         QStringLiteral("rmse"),
                              QStringLiteral("feature_drift"),    QStringLiteral("domain_violation_count"),
                              QStringLiteral("failure_rate"),     QStringLiteral("watts_per_inference"),
                              QStringLiteral("confidence_floor"), QStringLiteral("confidence_variance")};
    for (const QString &id : models.keys()) {
        const QJsonObject model = models.value(id).toObject();
        const QJsonObject snapshot = model.value(QStringLiteral("snapshot")).toObject();
        QCOMPARE(snapshot.value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2025-10-27T16_05_00Z"));
        const QJsonObject metrics = snapshot.value(QStringLiteral("metrics")).toObject();
        for (const QString &key : seed)
            QVERIFY2(metrics.contains(key), qPrintable(id + QLatin1Char(' ') + key));
        QVERIFY(model.value(QStringLiteral("label")).toObject().contains(QStringLiteral("grade")));
        QVERIFY(model.value(QStringLiteral("violations")).isArray());
    }
    // Key order in the text is SPEC order (the JSON object above would not show it).
    const int start = static_cast<int>(r.out.indexOf("\"flood-risk-predictor\": {\"snapshot\": "));
    QVERIFY(start > 0);
    int last = start;
    for (const QString &key : seed) {
        const QByteArray needle = QByteArray("\"") + key.toLatin1() + "\": ";
        const int at = static_cast<int>(r.out.indexOf(needle, last));
        QVERIFY2(at > last, qPrintable(key));
        last = at;
    }
    // The claims model is in its scripted drift incident: a critical drift episode is open.
    const QJsonArray episodes = models.value(QStringLiteral("claims-triage-classifier"))
                                    .toObject()
                                    .value(QStringLiteral("violations"))
                                    .toArray();
    bool drift = false;
    for (const auto &e : episodes)
        drift |= e.toObject().value(QStringLiteral("metric")).toString() == QLatin1String("feature_drift");
    QVERIFY(drift);
    // Without --json: a table for people.
    const Run text = run(ctl(), {QStringLiteral("demo"), QStringLiteral("--seconds"), QStringLiteral("120")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("flood-risk-predictor"));
    QVERIFY(text.out.contains("grade"));
}

void TestCtl::demoIsReproducible() {
    const QStringList args = {QStringLiteral("demo"),   QStringLiteral("--seconds"), QStringLiteral("240"),
                              QStringLiteral("--json"), QStringLiteral("--seed"),    QStringLiteral("9")};
    const Run a = run(ctl(), args);
    const Run b = run(ctl(), args);
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(a.out, b.out);
    QStringList other = args;
    other.last() = QStringLiteral("10");
    QVERIFY(run(ctl(), other).out != a.out);
}

void TestCtl::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no command") << QStringList{} << 2;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2;
    QTest::newRow("bad seconds") << QStringList{QStringLiteral("demo"), QStringLiteral("--seconds"),
                                                QStringLiteral("abc")}
                                 << 2;
    QTest::newRow("zero seconds") << QStringList{QStringLiteral("demo"), QStringLiteral("--seconds"),
                                                 QStringLiteral("0")}
                                  << 2;
    QTest::newRow("bad seed") << QStringList{QStringLiteral("demo"), QStringLiteral("--seed"),
                                             QStringLiteral("-3")}
                              << 2;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("demo"), QStringLiteral("--frob")} << 2;
    QTest::newRow("stray argument") << QStringList{QStringLiteral("demo"), QStringLiteral("extra")} << 2;
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
}

void TestCtl::usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run r = run(ctl(), args);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 2)
        QVERIFY2(r.err.contains("assurancectl") || r.err.contains("Usage"), r.err.constData());
}

void TestCtl::consoleAnswersWithoutDisplay() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const Run version = run(QStringLiteral(ASSURANCE_CONSOLE), {QStringLiteral("--version")}, env);
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("assurance-console "));
    const Run help = run(QStringLiteral(ASSURANCE_CONSOLE), {QStringLiteral("--help")}, env);
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--seed"));
    const Run bad = run(QStringLiteral(ASSURANCE_CONSOLE), {QStringLiteral("--bogus")}, env);
    QCOMPARE(bad.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCtl)
#include "tst_ctl.moc"
