#include "EvidenceReport.h"

#include "ReportCanvas.h"
#include "ReportCharts.h"
#include "ReportData.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

namespace assurance::report {

const char *verdictText(evidence::PackTrust trust) {
    switch (trust) {
    case evidence::PackTrust::Verified:
        return "VERIFIED";
    case evidence::PackTrust::UnknownSigner:
        return "INTACT, SIGNED BY AN UNTRUSTED KEY";
    case evidence::PackTrust::IntegrityOnly:
        return "INTACT, NOT SIGNED (integrity only)";
    case evidence::PackTrust::NotVerified:
        break;
    }
    return "NOT VERIFIED";
}

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("report", text);
}
QString q(const std::string &s) {
    return QString::fromStdString(s);
}
QString timeText(std::int64_t ms, bool withZone = false) {
    const QString t =
        QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return withZone ? t + QStringLiteral(" UTC") : t;
}
QString fixed(double v, int decimals) {
    return QString::number(v, 'f', decimals);
}

QColor verdictColor(evidence::PackTrust t) {
    switch (t) {
    case evidence::PackTrust::Verified:
        return {0x1b, 0x7f, 0x3b};
    case evidence::PackTrust::UnknownSigner:
    case evidence::PackTrust::IntegrityOnly:
        return {0xb2, 0x5e, 0x00};
    case evidence::PackTrust::NotVerified:
        break;
    }
    return {0xc6, 0x28, 0x28};
}
QString verdictMeaning(evidence::PackTrust t) {
    switch (t) {
    case evidence::PackTrust::Verified:
        return tr(
            "Intact, and signed by a trusted key: the holder of that key built exactly these bytes. Nothing "
            "was added, removed, reordered or changed since.");
    case evidence::PackTrust::UnknownSigner:
        return tr(
            "Intact and validly signed, but by a key that was not named as trusted. Compare the signer's "
            "fingerprint with the organisation's key out of band, then verify with --pubkey.");
    case evidence::PackTrust::IntegrityOnly:
        return tr("Intact, but not signed: anyone could have built this pack. It proves integrity against "
                  "accidents (a truncated copy, a flipped bit) only.");
    case evidence::PackTrust::NotVerified:
        break;
    }
    return tr(
        "Something in the pack does not verify. What follows is shown as read; rows whose record failed "
        "its checks are marked INVALID in red.");
}
QColor labelVerdictColor(Verdict v) {
    switch (v) {
    case Verdict::Assured:
        return {0x2e, 0x9e, 0x4f};
    case Verdict::Conditional:
        return {0xf0, 0xa2, 0x02};
    case Verdict::NotAssured:
        break;
    }
    return {0xd3, 0x2f, 0x2f};
}
QString verdictName(Verdict v) {
    switch (v) {
    case Verdict::Assured:
        return tr("assured");
    case Verdict::Conditional:
        return tr("conditional");
    case Verdict::NotAssured:
        break;
    }
    return tr("not assured");
}
QString actionText(OperatorAction::Kind kind) {
    switch (kind) {
    case OperatorAction::Kind::Acknowledge:
        return tr("acknowledged");
    case OperatorAction::Kind::Resolve:
        return tr("resolved");
    case OperatorAction::Kind::Note:
        break;
    }
    return tr("note");
}
QString invalidMark(const QString &cell, bool valid) {
    return valid ? cell : cell + QLatin1Char('\n') + tr("INVALID");
}

constexpr std::size_t kLabelTableLimit = 48;

class ReportRenderer {
public:
    explicit ReportRenderer(const ReportData &data)
        : d(data) {}

    void render(ReportCanvas &c) const {
        c.setHeader(tr("Evidence report") + QStringLiteral(" · ") + modelList() + QStringLiteral(" · ") +
                    timeText(d.verdict.sinceMs) + QStringLiteral(" – ") + timeText(d.verdict.untilMs, true) +
                    QStringLiteral(" · ") + QLatin1String(verdictText(d.verdict.trust)));
        cover(c);
        verification(c);
        for (const auto &m : d.models)
            model(c, m);
        audit(c);
        manifest(c);
        c.finish();
    }

private:
    QString modelList() const {
        QStringList ids;
        for (const auto &m : d.verdict.models)
            ids << q(m);
        return ids.join(QStringLiteral(", "));
    }

    void cover(ReportCanvas &c) const {
        const auto &v = d.verdict;
        c.paragraph(tr("Assurance Console"), 9, ReportCanvas::kMuted, true);
        c.paragraph(tr("Evidence report"), 24, ReportCanvas::kInk, true);
        c.paragraph(tr("Models %1, from %2 to %3")
                        .arg(modelList(), timeText(v.sinceMs, true), timeText(v.untilMs, true)),
                    10, ReportCanvas::kMuted);
        c.advance(8);
        const QString meaning = verdictMeaning(v.trust);
        const qreal meaningHeight =
            c.textHeight(meaning, c.font(9), c.content().width() - 32, Qt::TextWordWrap);
        c.block(54 + meaningHeight, [&](QPainter &p, const QRectF &r) {
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(Qt::NoPen);
            p.setBrush(verdictColor(v.trust));
            p.drawRoundedRect(r, 5, 5);
            p.setPen(Qt::white);
            p.setFont(c.font(9, true));
            p.drawText(QRectF(r.left() + 16, r.top() + 9, r.width() - 32, 12), Qt::AlignLeft,
                       tr("Verification result"));
            p.setFont(c.font(20, true));
            p.drawText(QRectF(r.left() + 16, r.top() + 20, r.width() - 32, 28),
                       Qt::AlignLeft | Qt::AlignVCenter, QLatin1String(verdictText(v.trust)));
            p.setFont(c.font(9));
            p.drawText(QRectF(r.left() + 16, r.top() + 48, r.width() - 32, meaningHeight), Qt::TextWordWrap,
                       meaning);
        });
        c.advance(8);
        if (!v.firstBroken.empty()) {
            c.paragraph(tr("First broken record: %1").arg(q(v.firstBroken)), 10, ReportCanvas::kInvalid,
                        true);
            c.advance(4);
        }

        QString signer;
        if (!v.isSigned)
            signer = tr("not signed");
        else
            signer =
                q(v.signerFingerprint) + QLatin1Char('\n') +
                (!v.signatureValid ? tr("signature INVALID")
                 : v.signerTrusted ? tr("trusted: a key named with --pubkey or in the trusted-keys setting")
                                   : tr("NOT a trusted key"));
        QStringList models;
        for (const auto &m : d.models)
            models << (m.displayName.empty() ? q(m.id) : q(m.id) + QStringLiteral(" — ") + q(m.displayName));
        QStringList installations;
        for (const auto &i : v.installations) {
            const auto at = i.find(" key ");
            installations << (at == std::string::npos ? q(i)
                                                      : q(i.substr(0, at)) + QLatin1Char('\n') + tr("key ") +
                                                            q(i.substr(at + 5)));
        }
        const double hours = static_cast<double>(v.untilMs - v.sinceMs) / 3'600'000.0;
        std::vector<std::pair<QString, QString>> rows = {
            {tr("Root digest"), q(v.rootDigest)},
            {tr("Signer"), signer},
            {tr("Models"), models.join(QLatin1Char('\n'))},
            {tr("Time range"), timeText(v.sinceMs, true) + QStringLiteral(" – ") + timeText(v.untilMs, true) +
                                   QStringLiteral("  (") + tr("%1 h").arg(fixed(hours, hours < 10 ? 2 : 1)) +
                                   QLatin1Char(')')},
            {tr("Parts"), tr("%1 of %2 valid").arg(v.partsValid).arg(v.partsTotal)},
            {tr("Audit installations"),
             installations.isEmpty() ? tr("none") : installations.join(QLatin1Char('\n'))},
            {tr("Record"), d.record.empty() ? tr("unknown") : q(d.record)},
            {tr("Pack file"), QFileInfo(q(d.packPath)).fileName()},
            {tr("Report written"), timeText(QDateTime::currentMSecsSinceEpoch(), true)},
        };
        c.keyValues(rows, {true, true, false, false, false, true, false, false, false}, 120);

        Table summary;
        summary.columns = {{tr("Model"), 1.4},
                           {tr("Windows"), 0.8, Qt::AlignRight},
                           {tr("Labels in the range"), 0.9, Qt::AlignRight},
                           {tr("Latest label"), 1.6},
                           {tr("Episodes (critical)"), 1.1, Qt::AlignRight},
                           {tr("Tolerance versions"), 1.0, Qt::AlignRight}};
        for (const auto &m : d.models) {
            QString latest = tr("none");
            const LabelRow *last = nullptr;
            for (const auto &l : m.labels)
                if (l.label.windowEndMs <= v.untilMs)
                    last = &l;
            if (last)
                latest = (last->label.score ? fixed(*last->label.score, 1) + QLatin1Char(' ') : QString()) +
                         (last->label.grade ? QString(QLatin1Char(*last->label.grade)) + QLatin1Char(' ')
                                            : QString()) +
                         verdictName(last->label.verdict);
            const auto critical =
                std::count_if(m.episodes.begin(), m.episodes.end(),
                              [](const EpisodeRow &e) { return e.episode.severity == Severity::Critical; });
            summary.rows.push_back(
                {{q(m.id), QString::number(m.snapshots.size()),
                  QString::number(std::count_if(m.labels.begin(), m.labels.end(),
                                                [&v](const LabelRow &l) {
                                                    return l.label.windowEndMs >= v.sinceMs &&
                                                           l.label.windowEndMs <= v.untilMs;
                                                })),
                  latest, QStringLiteral("%1 (%2)").arg(m.episodes.size()).arg(critical),
                  QString::number(m.tolerances.size())}});
        }
        c.heading(tr("Summary"), 3);
        c.table(summary);

        c.paragraph(
            tr("What this proves. A verified pack proves that its signer built exactly these bytes. The "
               "record parts are what the record (Redis) held at export time: the pack does not prove that "
               "the agents computed them correctly, nor that the record was not edited before the export, "
               "except where the record carries its own proof: labels carry their hash, audit entries "
               "their inclusion proofs into checkpoints signed by the installation key (compare its "
               "fingerprint out of band). Violations and configurations carry no proof of their own beyond "
               "the manifest. Format: docs/evidence.md, assurance-evidence-v2."),
            7.5, ReportCanvas::kMuted);
    }

    QString memberList() const {
        QStringList names;
        for (const auto &m : d.manifest)
            names << q(m.name);
        return names.isEmpty() ? QStringLiteral("<members in pack order>") : names.join(QLatin1Char(' '));
    }

    void verification(ReportCanvas &c) const {
        c.heading(tr("Verification"), 1);
        c.paragraph(
            tr("Every line of every part was checked as it streamed by, every member's SHA-256 against the "
               "signed statement, and the root digest recomputed (assurancectl evidence verify reaches the "
               "same result)."));
        Table t;
        t.columns = {{tr("Check"), 1.0, Qt::AlignLeft, true}};
        for (const auto &line : d.verdict.lines)
            t.rows.push_back({{q(line)}, line.find("INVALID") != std::string::npos});
        t.rows.push_back({{tr("%1/%2 parts valid").arg(d.verdict.partsValid).arg(d.verdict.partsTotal)}});
        t.rows.push_back({{tr("root digest %1").arg(q(d.verdict.rootDigest))}});
        if (!d.verdict.firstBroken.empty())
            t.rows.push_back({{tr("first broken record: %1").arg(q(d.verdict.firstBroken))}, true});
        t.rows.push_back({{QLatin1String(verdictText(d.verdict.trust))},
                          d.verdict.trust == evidence::PackTrust::NotVerified});
        c.table(t, 8);
        c.heading(tr("How to check this pack yourself"), 2);
        c.paragraph(tr("With our tool, on any machine (name the organisation key you obtained out of band):"),
                    8.5);
        const QString file = QFileInfo(q(d.packPath)).fileName();
        c.paragraph(QStringLiteral("assurancectl evidence verify %1 --pubkey ORGANISATION.pub").arg(file), 8,
                    ReportCanvas::kInk, false, true);
        c.paragraph(
            tr("Without it: the pack is a plain tar; the root digest above is what standard tools print "
               "over its members in pack order (docs/evidence.md describes them and the manifest):"),
            8.5);
        c.paragraph(QStringLiteral("tar -xf %1 && sha256sum %2 | sha256sum").arg(file, memberList()), 8,
                    ReportCanvas::kInk, false, true);
        if (!d.unreadable.empty()) {
            Table u;
            u.columns = {
                {tr("Part"), 1.0}, {tr("Line"), 0.4, Qt::AlignRight}, {tr("Not shown because"), 3.0}};
            for (const auto &l : d.unreadable)
                u.rows.push_back({{q(l.part), QString::number(l.line), q(l.why)}, true});
            c.heading(tr("Lines this report could not read"), 3);
            c.table(u);
        }
    }

    std::vector<ChartBand> bandsOf(const ModelSection &m, SeedMetric metric) const {
        std::vector<ChartBand> bands;
        for (std::size_t i = 0; i < m.tolerances.size(); ++i) {
            const auto &set = m.tolerances[i].set;
            const std::int64_t from = std::max(set.changedAtMs, d.verdict.sinceMs);
            const std::int64_t to = i + 1 < m.tolerances.size()
                                        ? std::min(m.tolerances[i + 1].set.changedAtMs, d.verdict.untilMs)
                                        : d.verdict.untilMs;
            const MetricTolerance *t = set.find(metric);
            if (to <= from || !t || !t->enabled)
                continue;
            const EffectiveBounds b = effectiveBounds(*t);
            if (b.valid())
                bands.push_back({from, to, b});
        }
        return bands;
    }

    void model(ReportCanvas &c, const ModelSection &m) const {
        c.heading(m.displayName.empty() ? tr("Model %1").arg(q(m.id))
                                        : tr("Model %1 — %2").arg(q(m.id), q(m.displayName)),
                  1);
        const auto &v = d.verdict;

        // Key metrics over the range, two charts a row, with the bands of the tolerance set in force.
        std::vector<TimeChart> charts;
        for (std::size_t i = 0; i < kSeedMetricCount; ++i) {
            TimeChart chart;
            chart.title = q(std::string(kSeedMetricKeys[i]));
            chart.fromMs = v.sinceMs;
            chart.toMs = v.untilMs;
            for (const auto &s : m.snapshots)
                if (s.seed[i]) {
                    chart.points.emplace_back(s.windowEndMs, *s.seed[i]);
                    if (!s.valid)
                        chart.flagged.emplace_back(s.windowEndMs, *s.seed[i]);
                }
            if (chart.points.empty())
                continue;
            chart.bands = bandsOf(m, static_cast<SeedMetric>(i));
            charts.push_back(std::move(chart));
        }
        c.heading(tr("Metrics"), 2);
        if (charts.empty()) {
            c.paragraph(tr("No stored windows in the range."));
        } else {
            c.paragraph(
                tr("%1 stored windows. Shaded: the warning (amber) and critical (red) bands of the tolerance "
                   "version in force at each time, where the pack holds it. Ringed in red: a window whose "
                   "record "
                   "failed its checks.")
                    .arg(m.snapshots.size()),
                8, ReportCanvas::kMuted);
            const qreal gap = 14, height = 128;
            for (std::size_t i = 0; i < charts.size(); i += 2) {
                c.block(height, [&](QPainter &p, const QRectF &r) {
                    const qreal w = (r.width() - gap) / 2;
                    paintTimeChart(p, QRectF(r.left(), r.top(), w, height - 6), charts[i]);
                    if (i + 1 < charts.size())
                        paintTimeChart(p, QRectF(r.left() + w + gap, r.top(), w, height - 6), charts[i + 1]);
                });
            }
        }

        c.heading(tr("Assurance labels"), 2);
        if (m.labels.empty()) {
            c.paragraph(tr("No labels in the range."));
        } else {
            TimeChart score;
            score.title = tr("composite score (0–100); ticks: verdict");
            score.fromMs = v.sinceMs;
            score.toMs = v.untilMs;
            score.fixedY = {0, 104};
            score.guides = {90, 80, 70, 60};
            for (const auto &l : m.labels) {
                if (l.label.windowEndMs < v.sinceMs || l.label.windowEndMs > v.untilMs)
                    continue;
                if (l.label.score)
                    score.points.emplace_back(l.label.windowEndMs, *l.label.score);
                score.strip.emplace_back(l.label.windowEndMs, labelVerdictColor(l.label.verdict));
            }
            if (score.points.size() >= 2)
                c.block(110, [&](QPainter &p, const QRectF &r) {
                    paintTimeChart(p, QRectF(r.left(), r.top(), r.width(), 104), score);
                });
            Table t;
            t.columns = {{tr("Window end (UTC)"), 1.6},
                         {tr("Score"), 0.7, Qt::AlignRight},
                         {tr("Grade"), 0.6, Qt::AlignHCenter},
                         {tr("Verdict"), 1.0},
                         {tr("Tolerance version"), 0.9, Qt::AlignRight}};
            const bool changesOnly = m.labels.size() > kLabelTableLimit;
            const LabelRow *previous = nullptr;
            for (const auto &l : m.labels) {
                const bool outside = l.label.windowEndMs < v.sinceMs || l.label.windowEndMs > v.untilMs;
                const bool changed = !previous || previous->label.verdict != l.label.verdict ||
                                     previous->label.grade != l.label.grade ||
                                     previous->label.toleranceVersion != l.label.toleranceVersion;
                const bool show = !changesOnly || changed || !l.valid || outside;
                previous = &l;
                if (!show)
                    continue;
                QString window = timeText(l.label.windowEndMs);
                if (outside)
                    window += QLatin1Char('\n') + tr("(outside the range: the chain's link)");
                t.rows.push_back(
                    {{invalidMark(window, l.valid), l.label.score ? fixed(*l.label.score, 1) : tr("—"),
                      l.label.grade ? QString(QLatin1Char(*l.label.grade)) : tr("—"),
                      verdictName(l.label.verdict), QString::number(l.label.toleranceVersion)},
                     !l.valid,
                     outside});
            }
            if (changesOnly)
                c.paragraph(
                    tr("%1 labels: the table lists the first, each change of grade, verdict or tolerance "
                       "version, and every label that failed its checks.")
                        .arg(m.labels.size()),
                    8, ReportCanvas::kMuted);
            c.table(t);
        }

        c.heading(tr("Violation episodes"), 2);
        if (m.episodes.empty()) {
            c.paragraph(tr("No violation episode was open in the range."));
        } else {
            // Chronological, whichever hash an episode was read from.
            std::vector<const EpisodeRow *> episodes;
            for (const auto &e : m.episodes)
                episodes.push_back(&e);
            std::stable_sort(episodes.begin(), episodes.end(), [](const EpisodeRow *a, const EpisodeRow *b) {
                return a->episode.openedMs < b->episode.openedMs;
            });
            Table t;
            t.columns = {{tr("Metric"), 1.25},
                         {tr("Severity"), 0.75},
                         {tr("Opened (UTC)"), 1.15},
                         {tr("Closed (UTC)"), 1.15},
                         {tr("Status"), 1.15},
                         {tr("Windows"), 0.8, Qt::AlignRight},
                         {tr("Observed / bound"), 1.0, Qt::AlignRight},
                         {tr("Actor and note"), 1.45}};
            for (const EpisodeRow *row : episodes) {
                const auto &e = *row;
                const auto &ep = e.episode;
                QString who = q(ep.actor);
                if (!ep.note.empty())
                    who += (who.isEmpty() ? QString() : QStringLiteral(": ")) + QLatin1Char('"') +
                           q(ep.note) + QLatin1Char('"');
                t.rows.push_back({{invalidMark(q(std::string(seedMetricKey(ep.metric))), e.valid),
                                   QLatin1String(severityKey(ep.severity)), timeText(ep.openedMs),
                                   ep.closedMs ? timeText(*ep.closedMs) : tr("still open"),
                                   QLatin1String(episodeStatusKey(ep.status)), QString::number(ep.count),
                                   QString::number(ep.observed, 'g', 4) + QStringLiteral(" / ") +
                                       QString::number(ep.bound, 'g', 4),
                                   who.isEmpty() ? tr("—") : who},
                                  !e.valid});
            }
            c.table(t);
            // Who acknowledged and resolved what, with their notes (the episodes' `actions`).
            Table actions;
            actions.columns = {{tr("Episode (metric, opened UTC)"), 1.9},
                               {tr("Action"), 0.9},
                               {tr("By"), 1.1},
                               {tr("At (UTC)"), 1.3},
                               {tr("Note"), 2.3}};
            for (const EpisodeRow *row : episodes)
                for (const OperatorAction &a : row->episode.actions)
                    actions.rows.push_back(
                        {{invalidMark(q(std::string(seedMetricKey(row->episode.metric))) +
                                          QStringLiteral(", ") + timeText(row->episode.openedMs),
                                      row->valid),
                          actionText(a.kind), q(a.actor), timeText(a.timeMs), q(a.note)},
                         !row->valid});
            if (!actions.rows.empty()) {
                c.heading(tr("Operator actions"), 3);
                c.table(actions);
            }
        }

        c.heading(tr("Tolerance versions"), 2);
        if (m.tolerances.empty()) {
            c.paragraph(tr("The pack holds no tolerance version of this model."));
        } else {
            Table t;
            t.columns = {{tr("Version"), 0.6, Qt::AlignRight},
                         {tr("Changed at (UTC)"), 1.4},
                         {tr("Author"), 1.0},
                         {tr("Reason"), 2.4}};
            for (const auto &row : m.tolerances)
                t.rows.push_back({{invalidMark(QString::number(row.set.version), row.valid),
                                   timeText(row.set.changedAtMs), q(row.set.author), q(row.set.reason)},
                                  !row.valid});
            c.table(t);
        }
    }

    void audit(ReportCanvas &c) const {
        c.heading(tr("Audit entries"), 1);
        if (d.audit.empty()) {
            c.paragraph(tr("The pack holds no audit entry of the range."));
            return;
        }
        c.paragraph(
            tr("The entries of the range and one boundary entry on each side (shown grey), each proved into "
               "a checkpoint signed by its installation's key. Installation: the start of its id; the cover "
               "lists each installation with its key fingerprint."),
            8, ReportCanvas::kMuted);
        Table t;
        t.columns = {{tr("Seq"), 0.45, Qt::AlignRight},
                     {tr("Time (UTC)"), 1.35},
                     {tr("Actor"), 1.0},
                     {tr("Action"), 1.5},
                     {tr("Target"), 1.9},
                     {tr("Installation"), 0.8}};
        for (const auto &a : d.audit) {
            const bool outside = a.timeMs < d.verdict.sinceMs || a.timeMs > d.verdict.untilMs;
            t.rows.push_back({{invalidMark(QString::number(a.seq), a.valid), timeText(a.timeMs), q(a.actor),
                               q(a.action), q(a.target), q(a.installation.substr(0, 8))},
                              !a.valid,
                              outside});
        }
        c.table(t);
    }

    void manifest(ReportCanvas &c) const {
        c.heading(tr("Appendix: manifest"), 1);
        if (d.manifest.empty()) {
            c.paragraph(tr("The manifest could not be read."), 9, ReportCanvas::kInvalid);
            return;
        }
        c.paragraph(
            tr("Every member but the manifest, in pack order, with its SHA-256 as the signed statement lists "
               "it. The root digest is the SHA-256 of the lines \"<sha256>  <name>\" of these members, "
               "exactly what `sha256sum <members> | sha256sum` prints after `tar -xf`."),
            8, ReportCanvas::kMuted);
        Table t;
        t.columns = {{tr("Member"), 1.15},
                     {tr("Lines"), 0.4, Qt::AlignRight},
                     {tr("SHA-256"), 3.4, Qt::AlignLeft, true}};
        for (const auto &m : d.manifest)
            t.rows.push_back({{q(m.name), m.lines ? QString::number(*m.lines) : QString(), q(m.sha256)}});
        c.table(t);
        c.keyValues({{tr("Root digest"), q(d.verdict.rootDigest)}}, {true}, 90);
    }

    const ReportData &d;
};
} // namespace

std::optional<ReportOutcome> writeEvidenceReport(const std::string &packPath,
                                                 const std::vector<signing::PublicKey> &trusted,
                                                 const std::string &pdfPath, std::string *error) {
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = "the PDF report needs a QGuiApplication (QT_QPA_PLATFORM=offscreen is enough)";
        return std::nullopt;
    }
    ReportCollector collector;
    evidence::PackVerdict verdict =
        evidence::verifyPack(packPath, trusted,
                             [&collector](const std::string &part, std::int64_t n, std::string_view line,
                                          bool valid) { collector.addLine(part, n, line, valid); });
    ReportData data = collector.finish(std::move(verdict), packPath);
    std::string manifestError;
    if (auto summary = readManifestSummary(packPath, &manifestError);
        summary && summary->rootDigest == data.verdict.rootDigest) {
        data.manifest = std::move(summary->members);
        data.record = std::move(summary->record);
    }

    QSaveFile file(QString::fromStdString(pdfPath));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = pdfPath + ": " + file.errorString().toStdString();
        return std::nullopt;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(72); // painter units are points
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
        writer.setTitle(QCoreApplication::translate("report", "Evidence report %1")
                            .arg(QString::fromStdString(data.verdict.rootDigest)));
        writer.setCreator(QStringLiteral("Assurance Console"));
        const QSizeF page = QPageSize(QPageSize::A4).sizePoints();
        const ReportRenderer renderer(data);
        const QString footer = QCoreApplication::translate("report", "root digest %1")
                                   .arg(QString::fromStdString(data.verdict.rootDigest));

        ReportCanvas dry(nullptr, &writer, page, [] { return true; });
        dry.setFooter(footer, 0);
        renderer.render(dry);
        pages = dry.page();

        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = pdfPath + ": the PDF could not be started";
            return std::nullopt;
        }
        ReportCanvas canvas(&painter, &writer, page, [&writer] { return writer.newPage(); });
        canvas.setFooter(footer, pages);
        renderer.render(canvas);
        if (!painter.end() || !canvas.ok()) {
            *error = pdfPath + ": the PDF could not be written";
            return std::nullopt;
        }
    }
    if (!file.commit()) {
        *error = pdfPath + ": " + file.errorString().toStdString();
        return std::nullopt;
    }
    return ReportOutcome{std::move(data.verdict), pages};
}

} // namespace assurance::report
