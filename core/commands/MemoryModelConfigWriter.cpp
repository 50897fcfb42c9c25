#include "MemoryModelConfigWriter.h"

namespace assurance {

MemoryModelConfigWriter::MemoryModelConfigWriter(const std::vector<ModelConfig> &seed) {
    for (const ModelConfig &c : seed) {
        m_configs[c.modelId] = serializeModelConfig(c);
        m_active[c.modelId] = !c.retired;
    }
}

ModelCatalog MemoryModelConfigWriter::read() {
    std::lock_guard<std::mutex> lock(m_mutex);
    ModelCatalog out;
    out.ok = true;
    for (const auto &[id, active] : m_active) {
        ModelCatalogEntry e;
        e.modelId = id;
        e.active = active;
        if (auto it = m_configs.find(id); it != m_configs.end()) {
            e.json = it->second;
            e.config = parseModelConfig(e.json, id, &e.problem);
        }
        out.models.push_back(std::move(e));
    }
    return out;
}

ModelConfigWriteResult MemoryModelConfigWriter::write(const ModelConfigEdit &edit) {
    using O = ModelConfigWriteResult::Outcome;
    using K = ModelConfigEdit::Kind;
    std::lock_guard<std::mutex> lock(m_mutex);
    ModelConfigWriteResult r;
    const std::string &id = edit.config.modelId;
    const auto it = m_configs.find(id);
    r.beforeJson = it == m_configs.end() ? std::string() : it->second;
    if (edit.kind == K::Add && !r.beforeJson.empty()) {
        r.outcome = O::Exists;
        return r;
    }
    if (edit.kind != K::Add && m_active.find(id) == m_active.end()) {
        r.outcome = O::NotFound;
        return r;
    }
    if (edit.expectedJson && *edit.expectedJson != r.beforeJson) {
        r.outcome = O::Conflict;
        return r;
    }
    std::optional<ModelConfig> current;
    if (!r.beforeJson.empty())
        current = parseModelConfig(r.beforeJson, id, &r.error);
    const ModelConfig after = applyModelConfigEdit(edit, current);
    r.error.clear();
    r.afterJson = serializeModelConfig(after);
    m_configs[id] = r.afterJson;
    m_active[id] = !after.retired;
    r.outcome = O::Applied;
    return r;
}

} // namespace assurance
