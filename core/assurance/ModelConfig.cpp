#include "ModelConfig.h"

#include "json/JsonFields.h"
#include "json/PyJson.h"

namespace assurance {

std::string serializeModelConfig(const ModelConfig &c) {
    pyjson::Writer w;
    w.beginObject();
    const std::pair<const char *, const std::string *> fields[] = {
        {"display_name", &c.displayName}, {"endpoint", &c.endpoint}, {"topic", &c.topic}};
    for (const auto &[key, value] : fields) {
        w.key(key);
        w.value(*value);
    }
    w.key("task");
    w.value(taskTypeKey(c.task));
    w.key("owner");
    w.value(c.owner);
    w.key("notes");
    w.value(c.notes);
    if (c.retired) {
        w.key("retired");
        w.value(true);
    }
    w.endObject();
    return w.take();
}

std::optional<ModelConfig> parseModelConfig(std::string_view json, const std::string &modelId,
                                            std::string *error) {
    const std::string context = "model:config:" + modelId;
    const auto root = json::parseObject(json, context, error);
    if (!root)
        return std::nullopt;
    json::Fields f(*root, context);
    ModelConfig c;
    c.modelId = modelId;
    std::string task;
    if (!f.string("display_name", c.displayName) || !f.string("endpoint", c.endpoint) ||
        !f.string("topic", c.topic) || !f.string("task", task, false, "auto") ||
        !f.string("owner", c.owner) || !f.string("notes", c.notes) ||
        !f.boolean("retired", c.retired, false)) {
        if (error)
            *error = f.error();
        return std::nullopt;
    }
    const auto t = taskTypeFromKey(task);
    if (!t) {
        if (error)
            *error = context + ": task must be classification, regression or auto, not " + task;
        return std::nullopt;
    }
    c.task = *t;
    return c;
}

} // namespace assurance
