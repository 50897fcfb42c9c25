#pragma once

#include "commands/ModelConfigWriter.h"

#include <map>
#include <mutex>

namespace assurance {

// Model configurations held in memory: the Demo source's record (seeded with its simulator's
// models, all active). The same checks as Redis (Exists, NotFound, expected bytes), the same
// stored bytes (serializeModelConfig). Nothing is published: the Demo's other views keep the
// simulator's names. Thread-safe (one mutex).
class MemoryModelConfigWriter final : public ModelConfigWriter {
public:
    explicit MemoryModelConfigWriter(const std::vector<ModelConfig> &seed = {});
    ModelCatalog read() override;
    ModelConfigWriteResult write(const ModelConfigEdit &edit) override;

private:
    std::mutex m_mutex;
    std::map<std::string, std::string> m_configs; // id → stored bytes
    std::map<std::string, bool> m_active;         // id → in the active set
};

} // namespace assurance
