#pragma once

#include "commands/ModelConfigWriter.h"
#include "redis/RedisUrl.h"

namespace assurance {

class RedisClient;

// The Direct source's and assurancectl's model configurations in Redis. write() reads
// `model:config:{id}`, checks the edit (Exists, NotFound, `expectedJson`), and stores the new
// bytes in one Lua script that refuses when the stored bytes changed since they were read: SET
// `model:config:{id}`, SADD (or, retired, SREM) `models:active`, PUBLISH {"type": "config",
// "model_id": …, "timestamp": ""} on assurance:updates. Without `expectedJson`, a change in
// between is applied again on the new bytes (up to 20 times); with it, it is a Conflict.
// Threading: blocking (ModelConfigWriter). With a URL each call opens its own connection; with a
// borrowed client, only from the client's thread.
class RedisModelConfigWriter final : public ModelConfigWriter {
public:
    explicit RedisModelConfigWriter(RedisUrl url);
    explicit RedisModelConfigWriter(RedisClient &client); // borrowed (the CLI)
    ModelCatalog read() override;
    ModelConfigWriteResult write(const ModelConfigEdit &edit) override;

    // The script's outcome for stored bytes `expected` → `json` (exposed for tests of the script).
    enum class Swap { Written, Changed, Failed };
    static Swap swap(RedisClient &client, const std::string &modelId, const std::string &expected,
                     const std::string &json, bool retired, std::string *storedNow, std::string *error);

private:
    ModelCatalog readWith(RedisClient &client);
    ModelConfigWriteResult writeWith(RedisClient &client, const ModelConfigEdit &edit);
    RedisUrl m_url;
    RedisClient *m_client = nullptr;
};

} // namespace assurance
