#include "KafkaCommands.h"

#include "kafka/KafkaClient.h"
#include "telemetry/TelemetryParser.h"

#include <fstream>
#include <iostream>

namespace assurance {

CommandResult produceCommand(const std::string &brokers, const std::string &topic, const std::string &file) {
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
        if (++sent % 1000 == 0)
            producer.poll();
    }
    if (!producer.flush(30000, &error))
        return {3, {}, "assurancectl: " + error + "\n"};
    return {0,
            "produced " + std::to_string(sent) + " message(s) to " + topic + " (" + std::to_string(unkeyed) +
                " not valid telemetry, sent without a key)\n",
            {}};
}

} // namespace assurance
