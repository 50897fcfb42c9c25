#include "DemoReport.h"

#include "demo/DemoSimulator.h"
#include "metrics/Clock.h"
#include "pipeline/TelemetryProcessor.h"
#include "json/PyJson.h"

#include <cstdio>
#include <map>

namespace assurance {

DemoReport runDemoReport(const DemoReportOptions &options) {
    DemoSimulator sim(options.seed);
    ManualClock clock(options.startMs);
    EngineConfig config;
    TelemetryProcessor processor(config, clock);
    for (const auto &m : sim.models()) {
        processor.engine().setTask(m.id, m.task);
        processor.engine().setReference(std::make_shared<ReferenceProfile>(sim.reference(m.id)));
        processor.setTolerances(sim.tolerances(m.id));
    }

    const std::int64_t end = options.startMs + options.seconds * 1000;
    std::map<std::string, ProcessedWindow> latest;
    auto collect = [&] {
        for (auto &p : processor.takeProcessed())
            latest[p.snapshot.modelId] = std::move(p);
    };
    // Generate in one-minute slices to keep memory flat for long runs.
    for (std::int64_t from = options.startMs; from < end; from += 60'000) {
        std::vector<DemoSimulator::Message> messages;
        sim.generate(from, std::min(end, from + 60'000), messages);
        for (const auto &msg : messages) {
            clock.setMs(msg.sendMs);
            processor.advance();
            processor.submit(msg.json);
        }
        collect();
    }
    // The stream stops: after the idle timeout every open window closes.
    clock.setMs(end + config.idleTimeout());
    processor.advance();
    collect();

    DemoReport report;
    pyjson::Writer w;
    w.beginObject();
    w.key("models");
    w.beginObject();
    std::string text;
    char line[256];
    for (const auto &[id, p] : latest) {
        w.key(id);
        w.beginObject();
        w.key("snapshot");
        w.raw(serializeSnapshot(p.snapshot));
        w.key("label");
        w.raw(serializeLabel(p.label));
        w.key("violations");
        w.beginArray();
        const auto episodes = processor.violations().episodes(id);
        for (const auto &e : episodes)
            writeEpisode(w, e);
        w.endArray();
        w.endObject();

        std::snprintf(line, sizeof line, "%-28s window %s  grade %c  score %5.1f  %s  violations %zu\n",
                      id.c_str(), p.snapshot.timestamp().c_str(), p.label.grade.value_or('-'),
                      p.label.score.value_or(0.0), verdictKey(p.label.verdict), episodes.size());
        text += line;
        for (std::size_t k = 0; k < kSeedMetricCount; ++k) {
            const auto v = p.snapshot.seed[k].number();
            if (v)
                std::snprintf(line, sizeof line, "    %-24s %14.6g  %s\n",
                              std::string(kSeedMetricKeys[k]).c_str(), *v,
                              metricStatusKey(p.label.breakdown[k].status));
            else
                std::snprintf(line, sizeof line, "    %-24s %14s\n", std::string(kSeedMetricKeys[k]).c_str(),
                              "null");
            text += line;
        }
    }
    w.endObject();
    w.endObject();
    report.json = w.take();
    report.text = std::move(text);
    return report;
}

} // namespace assurance
