#pragma once

#include "assurance/ModelConfig.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace assurance {

// One operator change to a model's configuration (docs/assurance.md "Model configuration"), as
// ModelConfigCommand hands it to a source's writer.
struct ModelConfigEdit {
    enum class Kind { Add, Edit, Retire, Restore };
    Kind kind = Kind::Edit;
    // Add, Edit: the whole new configuration; `config.modelId` names the model. Its `retired` is
    // ignored: Add and Edit keep the stored flag (an added model is active), Retire sets it and
    // Restore clears it, keeping every other field as stored.
    ModelConfig config;
    // Optimistic concurrency: the stored `model:config:{id}` bytes the operator saw ("" = none
    // stored). When set and the stored bytes differ, nothing is written (Conflict). nullopt: the
    // change is applied to whatever is stored when it runs (the CLI).
    std::optional<std::string> expectedJson;
    std::string actor;       // empty: audit::currentActor()
    std::int64_t timeMs = 0; // 0: now
};

struct ModelConfigWriteResult {
    enum class Outcome { Applied, Invalid, NotFound, Exists, ReadOnly, Conflict, Failed };
    Outcome outcome = Outcome::Failed;
    std::string error;      // Invalid, Failed: why, in plain English (the console has its own words)
    std::string beforeJson; // Applied: the bytes replaced ("" none); Conflict, Exists: as stored now
    std::string afterJson;  // Applied: the bytes stored
};

// A model the record knows of and its configuration, as the Model Configuration tab lists it.
struct ModelCatalogEntry {
    std::string modelId;
    bool active = false;               // in models:active
    std::string json;                  // model:config:{id} as stored ("" none)
    std::optional<ModelConfig> config; // parsed `json`
    std::string problem;               // `json` does not parse: why
};

struct ModelCatalog {
    bool ok = false;
    std::string error;                     // !ok: why
    std::vector<ModelCatalogEntry> models; // by id
};

// How a source reads and changes model configurations: Direct and assurancectl through Redis
// (RedisModelConfigWriter: one Lua script writes `model:config:{id}` and `models:active` and
// publishes {"type": "config", …}); Demo through an in-memory record (MemoryModelConfigWriter);
// Evidence: none (TelemetrySource::modelConfigWriter() is nullptr, read-only).
// Threading: read() and write() block (a round trip). Never on the GUI thread: ModelConfigCommand
// runs them on a pool thread for the console. Each call is independent (a connection per call or
// a lock), so one writer may serve several threads.
class ModelConfigWriter {
public:
    virtual ~ModelConfigWriter() = default;
    // Every model of the record (models:active, models found by their stored windows, and every
    // model:config:{id}), each with its configuration.
    virtual ModelCatalog read() = 0;
    // The edit validated by ModelConfigCommand, with actor and time filled in. Add is refused
    // (Exists) when a configuration is stored under that id; Edit, Retire and Restore answer
    // NotFound for a model the record does not know. Atomic: nothing is written unless Applied.
    virtual ModelConfigWriteResult write(const ModelConfigEdit &edit) = 0;
};

// What the edit makes of the stored configuration `stored` (nullopt: none stored): the config
// with the edit's kind applied (Retire/Restore flip `retired` on the stored one, Add/Edit take
// the new fields and keep the stored flag).
ModelConfig applyModelConfigEdit(const ModelConfigEdit &edit, const std::optional<ModelConfig> &stored);

} // namespace assurance
