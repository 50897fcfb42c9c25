#include "KafkaCommands.h"

#include "audit/CanonicalJson.h"
#include "kafka/KafkaClient.h"
#include "signing/Sha256.h"
#include "telemetry/TelemetryParser.h"

#include <fstream>
#include <iostream>

namespace assurance {

CommandResult produceCommand(const std::string &brokers, const std::string &topic, const std::string &file,
                             audit::AuditLog *log) {
    std::ifstream fileStream;
    std::istream *in = &std::cin;
    if (file != "-") {
        fileStream.open(file);
        if (!fileStream)
            return {3, {}, "assurancectl: cannot read " + file + "\n"};
        in = &fileStream;
    }
    KafkaProducer producer;
    std::string error;
    if (!producer.open(brokers, {}, &error))
        return {2, {}, "assurancectl: " + error + "\n"};
    TelemetryParser parser;
    TelemetryMessage m;
    std::string line;
    std::uint64_t sent = 0, unkeyed = 0;
    signing::Sha256 digest; // of the lines sent, each with its "\n"
    while (std::getline(*in, line)) {
        if (line.empty())
            continue;
        std::string_view key;
        switch (parser.parse(line, m)) {
        case MessageKind::Inference:
            key = m.inference.modelId;
            break;
        case MessageKind::Label:
            key = m.label.modelId;
            break;
        case MessageKind::Snapshot:
            key = m.snapshot.modelId;
            break;
        case MessageKind::Rejected:
            ++unkeyed;
            break;
        }
        if (!producer.produce(topic, key, line, &error))
            return {3, {}, "assurancectl: " + error + "\n"};
        digest.add(line).add(std::uint8_t{'\n'});
        if (++sent % 1000 == 0)
            producer.poll();
    }
    if (!producer.flush(30000, &error))
        return {3, {}, "assurancectl: " + error + "\n"};
    CommandResult r{0,
                    "produced " + std::to_string(sent) + " message(s) to " + topic + " (" +
                        std::to_string(unkeyed) + " not valid telemetry, sent without a key)\n",
                    {}};
    if (log) {
        std::string details = "{\"brokers\":";
        audit::appendJcsString(details, brokers);
        details += ",\"file\":";
        audit::appendJcsString(details, file);
        details += ",\"messages\":" + std::to_string(sent) + ",\"sha256\":\"" +
                   signing::toHex(digest.finish()) + "\",\"topic\":";
        audit::appendJcsString(details, topic);
        details += ",\"unkeyed\":" + std::to_string(unkeyed) + "}";
        if (!log->append({"telemetry.produce", "kafka/" + topic, details, {}}, &error)) {
            r.exitCode = 3;
            r.err =
                "assurancectl: the messages were sent, but their audit entry could not be written: " + error +
                "\n";
        }
    }
    return r;
}

} // namespace assurance
