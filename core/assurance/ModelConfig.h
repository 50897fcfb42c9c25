#pragma once

#include "metrics/EngineTypes.h"

#include <optional>
#include <string>
#include <string_view>

namespace assurance {

// `model:config:{id}` in Redis (SPEC.md "Redis"): what operators say about a model. The agent takes
// the task from it (SPEC.md "Windows": config, then --task, then the rule on the data); the console
// shows and edits the rest.
struct ModelConfig {
    std::string modelId;
    std::string displayName;
    std::string endpoint; // e.g. https://models.example/flood-risk (the console's "test connection")
    std::string topic;
    TaskType task = TaskType::Auto;
    std::string owner;
    std::string notes;
    // Retired (docs/assurance.md "Model configuration"): agents keep computing and storing windows
    // for telemetry that still arrives (the record stays complete) but no longer add the model to
    // `models:active`; consoles hide it unless "show retired" is on.
    bool retired = false;

    bool operator==(const ModelConfig &) const = default;
};

// {"display_name": …, "endpoint": …, "topic": …, "task": "classification", "owner": …, "notes": …}
// in Python json.dumps form, then `"retired": true` only when retired (an active model's bytes are
// those older writers wrote).
std::string serializeModelConfig(const ModelConfig &config);
// Every field is optional; unknown fields are ignored (newer writers may add some). A field of the
// wrong type or an unknown task is an error naming the key and the field. `modelId` is the key's id.
std::optional<ModelConfig> parseModelConfig(std::string_view json, const std::string &modelId,
                                            std::string *error);

} // namespace assurance
