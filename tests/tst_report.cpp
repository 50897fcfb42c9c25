// The evidence report (core/report): a pack exported from a real redis-server and an audit log
// through assurancectl, rendered with `assurancectl evidence report --pdf`, and read back with
// poppler-utils (pdfinfo, pdftotext) the way an auditor's tools would. The collector that feeds
// it is tested on its own too.
#include "EvidenceFixture.h"
#include "LicenseFixture.h"
#include "RedisFixture.h"
#include "assurance/AssuranceLabel.h"
#include "assurance/Tolerance.h"
#include "assurance/ViolationTracker.h"
#include "audit/AuditLog.h"
#include "commands/EpisodeCommand.h"
#include "commands/RedisEpisodeWriter.h"
#include "evidence/EvidenceFormat.h"
#include "pipeline/TelemetryProcessor.h"
#include "redis/RedisClient.h"
#include "redis/RedisUrl.h"
#include "redis/SnapshotStore.h"
#include "report/ReportData.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace assurance;

namespace {
using evidencefixture::kMinute;
using evidencefixture::kT0;
using evidencefixture::Members;
using evidencefixture::readPack;
using evidencefixture::writePack;

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run run(const QString &program, const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}
Run ctl(const QStringList &args) {
    return run(QStringLiteral(ASSURANCE_CTL), args);
}

// pdftotext's text with every run of white space made one space: table cells and wrapped lines
// then read as a sentence.
QString pdfText(const QString &pdf) {
    const Run r = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    return QString::fromUtf8(r.out).simplified();
}
int pdfPages(const QString &pdf) {
    const Run r = run(QStringLiteral("pdfinfo"), {pdf});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(r.out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    RedisServer m_redis;
    QString m_signed, m_long, m_key, m_log, m_rootDigest;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    Run report(const QString &pack, const QString &pdf, const QStringList &extra = {}) {
        return ctl(QStringList{QStringLiteral("evidence"), QStringLiteral("report"), pack,
                               QStringLiteral("--pdf"), pdf} +
                   extra);
    }

private Q_SLOTS:
    void initTestCase();
    void collectorReadsEveryPart();
    void verifiedReportRenders();
    void untrustedSignerIsSaid();
    void tamperedPackSaysNotVerified();
    void longHistoryIsSummarised();
    void badInputs();
};

void TestReport::initTestCase() {
    QVERIFY(m_dir.isValid());
    for (const char *tool : {"pdfinfo", "pdftotext"})
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            QFAIL("poppler-utils is not installed: run scripts/bootstrap.sh, which installs it");
    qputenv("ASSURANCE_DATA_DIR", path(QStringLiteral("data")).toLocal8Bit()); // no trusted keys but ours
    {
        std::string why; // signed packs are a licensed feature (docs/license.md)
        QVERIFY2(licensefixture::activateDevLicense(path(QStringLiteral("data")),
                                                    QDateTime::currentMSecsSinceEpoch(), &why),
                 why.c_str());
    }
    QVERIFY(m_redis.start());
    std::string error;
    m_log = path(QStringLiteral("audit.db"));
    QVERIFY2(evidencefixture::writeReviewRecord(m_redis, m_log, true, &error), error.c_str());

    m_key = path(QStringLiteral("org.key"));
    QCOMPARE(
        ctl({QStringLiteral("evidence"), QStringLiteral("keygen"), QStringLiteral("--out"), m_key}).exitCode,
        0);
    m_signed = path(QStringLiteral("signed.tar"));
    const Run s = ctl(
        {QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--redis"),
         QString::fromStdString(m_redis.url()), QStringLiteral("--models"), QStringLiteral("m1,m2"),
         QStringLiteral("--since"), QStringLiteral("2025-10-27T16:00:00Z"), QStringLiteral("--until"),
         QStringLiteral("2025-10-27T16:30:00Z"), QStringLiteral("--out"), m_signed,
         QStringLiteral("--audit-db"), m_log, QStringLiteral("--key-file"), m_key, QStringLiteral("--json")});
    QVERIFY2(s.exitCode == 0, s.err.constData());
    m_rootDigest = QJsonDocument::fromJson(s.out).object().value(QStringLiteral("root_digest")).toString();
    m_long = path(QStringLiteral("long.tar"));
    const Run l =
        ctl({QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("--redis"),
             QString::fromStdString(m_redis.url()), QStringLiteral("--models"), QStringLiteral("m3"),
             QStringLiteral("--since"), QStringLiteral("2025-10-27T16:00:00Z"), QStringLiteral("--until"),
             QStringLiteral("2025-10-27T19:30:00Z"), QStringLiteral("--out"), m_long,
             QStringLiteral("--audit-db"), m_log});
    QVERIFY2(l.exitCode == 0, l.err.constData());
    QCOMPARE(m_rootDigest.size(), 64);
}

void TestReport::collectorReadsEveryPart() {
    // The same pack through verifyPack and the collector, in-process: every part lands where the
    // report draws it from.
    report::ReportCollector collector;
    auto verdict = evidence::verifyPack(m_signed.toStdString(), {},
                                        [&](const std::string &part, std::int64_t n, std::string_view line,
                                            bool valid) { collector.addLine(part, n, line, valid); });
    QCOMPARE(verdict.trust, evidence::PackTrust::UnknownSigner);
    const auto data = collector.finish(std::move(verdict), m_signed.toStdString());
    QVERIFY(data.unreadable.empty());
    QCOMPARE(data.models.size(), std::size_t(2));
    const auto &m1 = data.models[0];
    QCOMPARE(m1.id, std::string("m1"));
    QCOMPARE(m1.displayName, std::string("Credit scorer"));
    QCOMPARE(m1.snapshots.size(), std::size_t(31));
    QCOMPARE(m1.labels.size(), std::size_t(33)); // 31 in the range and the chain's links either side
    QCOMPARE(m1.tolerances.size(), std::size_t(2));
    QVERIFY(!m1.episodes.empty());
    QVERIFY(std::any_of(m1.episodes.begin(), m1.episodes.end(), [](const report::EpisodeRow &e) {
        return e.episode.actor == "carol@risk" && e.episode.note == "retraining scheduled" &&
               e.episode.actions.size() == 2 && e.episode.actions[1].actor == "erin@risk";
    }));
    // The tolerance version in force: v1 before 16:12, v2 from then on.
    QCOMPARE(m1.toleranceAt(kT0 + 5 * kMinute)->version, 1);
    QCOMPARE(m1.toleranceAt(kT0 + 12 * kMinute)->version, 2);
    QVERIFY(std::any_of(data.audit.begin(), data.audit.end(), [](const report::AuditRow &a) {
        return a.actor == "dana@risk" && a.action == "tolerance.edit";
    }));
    std::string error;
    const auto manifest = report::readManifestSummary(m_signed.toStdString(), &error);
    QVERIFY2(manifest, error.c_str());
    QCOMPARE(QString::fromStdString(manifest->rootDigest), m_rootDigest);
    QCOMPARE(manifest->members.size(), std::size_t(16));
}

void TestReport::verifiedReportRenders() {
    const QString pdf = path(QStringLiteral("report.pdf"));
    const Run r = report(m_signed, pdf, {QStringLiteral("--pubkey"), m_key + QStringLiteral(".pub")});
    // Kept for a person to look at (ctest artifacts).
    QFile::remove(QStringLiteral(ASSURANCE_TEST_ARTIFACTS "/evidence-report.pdf"));
    QFile::copy(pdf, QStringLiteral(ASSURANCE_TEST_ARTIFACTS "/evidence-report.pdf"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.trimmed().endsWith("VERIFIED"));
    QVERIFY(r.out.contains(m_rootDigest.toLatin1()));
    QVERIFY(pdfPages(pdf) >= 2);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Evidence report")));
    QVERIFY(text.contains(QStringLiteral("Verification result VERIFIED")));
    QVERIFY(!text.contains(QStringLiteral("NOT VERIFIED")));
    QVERIFY(text.contains(m_rootDigest));
    QVERIFY(text.contains(QStringLiteral("page 1 of %1").arg(pdfPages(pdf))));
    QVERIFY(text.contains(QStringLiteral("Model m1 — Credit scorer")));
    QVERIFY(text.contains(QStringLiteral("Model m2")));
    QVERIFY(text.contains(QStringLiteral("alice@ops")));               // the audit entries
    QVERIFY(text.contains(QStringLiteral("dana@risk")));               // a tolerance version's author
    QVERIFY(text.contains(QStringLiteral("tighter drift after the"))); // its reason
    QVERIFY(text.contains(QStringLiteral("retraining scheduled")));    // an episode's note
    QVERIFY(text.contains(QStringLiteral("Operator actions")));        // who did what, with notes
    QVERIFY(text.contains(QStringLiteral("erin@risk")));
    QVERIFY(text.contains(QStringLiteral("owner paged")));
    QVERIFY(text.contains(QStringLiteral("snapshots.jsonl.sha256"))); // the manifest appendix
    QVERIFY(!text.contains(QStringLiteral("INVALID")));
}

void TestReport::untrustedSignerIsSaid() {
    const QString pdf = path(QStringLiteral("untrusted.pdf"));
    const Run r = report(m_signed, pdf);
    QCOMPARE(r.exitCode, 0); // the PDF was written; the verdict is in it
    QVERIFY(r.out.contains("INTACT, SIGNED BY AN UNTRUSTED KEY"));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("INTACT, SIGNED BY AN UNTRUSTED KEY")));
    QVERIFY(text.contains(QStringLiteral("NOT a trusted key")));
}

void TestReport::tamperedPackSaysNotVerified() {
    // One snapshot's accuracy changed in place, nothing recomputed.
    Members m = readPack(m_signed);
    QCOMPARE(m.size(), std::size_t(17));
    for (auto &[name, bytes] : m)
        if (name == "snapshots.jsonl") {
            std::size_t line3 = 0;
            for (int i = 0; i < 2; ++i)
                line3 = bytes.find('\n', line3) + 1;
            const auto at = bytes.find("accuracy\\\": 0.9", line3);
            QVERIFY(at != std::string::npos);
            bytes[at + 15] = bytes[at + 15] == '4' ? '5' : '4';
        }
    const QString tampered = path(QStringLiteral("tampered.tar"));
    QVERIFY(writePack(tampered, m));
    const QString pdf = path(QStringLiteral("tampered.pdf"));
    const Run r = report(tampered, pdf, {QStringLiteral("--pubkey"), m_key + QStringLiteral(".pub")});
    QFile::remove(QStringLiteral(ASSURANCE_TEST_ARTIFACTS "/evidence-report-tampered.pdf"));
    QFile::copy(pdf, QStringLiteral(ASSURANCE_TEST_ARTIFACTS "/evidence-report-tampered.pdf"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("first broken record: part snapshots.jsonl line 3"));
    QVERIFY(r.out.trimmed().endsWith("NOT VERIFIED"));
    QVERIFY(pdfPages(pdf) >= 2);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Verification result NOT VERIFIED")));
    QVERIFY2(text.contains(QStringLiteral("First broken record: part snapshots.jsonl line 3")),
             qPrintable(text.left(2000)));
    // The changed window itself is marked (its line digest no longer matches), and only it.
    report::ReportCollector collector;
    auto verdict = evidence::verifyPack(tampered.toStdString(), {},
                                        [&](const std::string &part, std::int64_t n, std::string_view line,
                                            bool valid) { collector.addLine(part, n, line, valid); });
    const auto data = collector.finish(std::move(verdict), tampered.toStdString());
    const auto &snapshots = data.models.at(0).snapshots;
    QCOMPARE(std::count_if(snapshots.begin(), snapshots.end(), [](const auto &s) { return !s.valid; }), 1);
    QCOMPARE(snapshots.at(2).line, 3);
    QVERIFY(!snapshots.at(2).valid);
}

void TestReport::longHistoryIsSummarised() {
    // Unsigned, 211 windows; and run with no platform set: assurancectl picks offscreen itself.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QString pdf = path(QStringLiteral("long.pdf"));
    const Run r = run(
        QStringLiteral(ASSURANCE_CTL),
        {QStringLiteral("evidence"), QStringLiteral("report"), m_long, QStringLiteral("--pdf"), pdf}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.trimmed().endsWith("INTACT, NOT SIGNED (integrity only)"));
    QFile::remove(QStringLiteral(ASSURANCE_TEST_ARTIFACTS "/evidence-report-long.pdf"));
    QFile::copy(pdf, QStringLiteral(ASSURANCE_TEST_ARTIFACTS "/evidence-report-long.pdf"));
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 3 && pages <= 8, qPrintable(QString::number(pages))); // the chart, not 211 rows
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("INTACT, NOT SIGNED (integrity only)")));
    QVERIFY(text.contains(QStringLiteral("211 labels: the table lists the first, each change")));
    QVERIFY(text.contains(QStringLiteral("Model m3")));
}

void TestReport::badInputs() {
    QCOMPARE(report(path(QStringLiteral("missing.tar")), path(QStringLiteral("x.pdf"))).exitCode, 1);
    QCOMPARE(report(m_signed, path(QStringLiteral("no/such/dir/x.pdf"))).exitCode, 3);
    QCOMPARE(ctl({QStringLiteral("evidence"), QStringLiteral("report"), m_signed}).exitCode, 2); // no --pdf
    QCOMPARE(report(m_signed, path(QStringLiteral("y.pdf")),
                    {QStringLiteral("--pubkey"), path(QStringLiteral("none.pub"))})
                 .exitCode,
             3);
    QVERIFY(!QFile::exists(path(QStringLiteral("y.pdf"))));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
