#include "AuditReplicator.h"

#include "audit/CanonicalJson.h"
#include "audit/Checkpoint.h"
#include "redis/RedisClient.h"
#include "signing/Sha256.h"

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <string_view>

namespace assurance::audit {

namespace {
using signing::Sha256;

// Redis's reply to an XADD whose explicit id is not above the stream's top: here, another syncer
// of this installation pushed that entry first.
constexpr std::string_view kNotAboveTop = "equal or smaller than the target stream top item";
constexpr int kReadPage = 1000;
const std::string kZeroHash(64, '0');

void setError(std::string *error, std::string text) {
    if (error)
        *error = std::move(text);
}

AuditFilter entriesAfter(std::int64_t seq, std::int64_t limit) {
    AuditFilter f;
    f.afterSeq = seq;
    f.limit = limit;
    return f;
}

std::string messageId(std::int64_t seq) {
    return std::to_string(seq) + "-0";
}

// "{seq}-0" with seq ≥ 1 in plain decimal; anything else is not a message a sync writes.
std::optional<std::int64_t> seqOfMessageId(std::string_view id) {
    if (id.size() < 3 || !id.ends_with("-0") || id.front() == '0')
        return std::nullopt;
    std::int64_t seq = 0;
    const char *end = id.data() + id.size() - 2;
    const auto [ptr, ec] = std::from_chars(id.data(), end, seq);
    if (ec != std::errc() || ptr != end || seq < 1)
        return std::nullopt;
    return seq;
}

std::optional<std::int64_t> parseDecimal(std::string_view text) {
    std::int64_t n = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || n < 0 ||
        (text.size() > 1 && text.front() == '0'))
        return std::nullopt;
    return n;
}

// One stream message as a sync writes it: [id, [entry, …, prev_hash, …, hash, …]].
struct Message {
    std::int64_t seq = 0;
    std::string entry, prevHash, hash;
};

std::optional<Message> parseMessage(const RedisReply &r, std::string *why) {
    using Type = RedisReply::Type;
    if (r.type != Type::Array || r.elements.size() != 2 || r.elements[0].type != Type::String ||
        r.elements[1].type != Type::Array) {
        setError(why, "a stream reply that is not [id, fields]");
        return std::nullopt;
    }
    Message m;
    const auto seq = seqOfMessageId(r.elements[0].str);
    if (!seq) {
        setError(why, "message id " + r.elements[0].str + " is not an entry's \"{seq}-0\"");
        return std::nullopt;
    }
    m.seq = *seq;
    const auto &f = r.elements[1].elements;
    static const char *const kNames[] = {"entry", "prev_hash", "hash"};
    std::string *const values[] = {&m.entry, &m.prevHash, &m.hash};
    if (f.size() != 6) {
        setError(why, "entry " + std::to_string(m.seq) + ": fields are not exactly entry, prev_hash, hash");
        return std::nullopt;
    }
    for (std::size_t i = 0; i < 3; ++i) {
        if (f[2 * i].type != Type::String || f[2 * i].str != kNames[i] || f[2 * i + 1].type != Type::String) {
            setError(why,
                     "entry " + std::to_string(m.seq) + ": fields are not exactly entry, prev_hash, hash");
            return std::nullopt;
        }
        *values[i] = f[2 * i + 1].str;
    }
    return m;
}

std::optional<std::vector<Message>> parseMessages(const RedisReply &r, std::string *why) {
    if (r.type != RedisReply::Type::Array) {
        setError(why, r.isError() ? r.str : "a stream reply that is not an array");
        return std::nullopt;
    }
    std::vector<Message> out;
    out.reserve(r.elements.size());
    for (const auto &e : r.elements) {
        auto m = parseMessage(e, why);
        if (!m)
            return std::nullopt;
        out.push_back(std::move(*m));
    }
    return out;
}

bool sameEntry(const Message &m, const AuditEntry &e) {
    return m.seq == e.seq && m.prevHash == e.prevHash && m.hash == e.hash && m.entry == canonicalEntry(e);
}

// SHA-256(the 32 bytes of prevHash ‖ canonical) == hash, both in lowercase hex.
bool chainsTo(const std::string &prevHash, const std::string &canonical, const std::string &hash) {
    thread_local Sha256 h;
    const auto prev = signing::digestFromHex(prevHash);
    return prev && signing::toHex(*prev) == prevHash &&
           signing::toHex(h.add(*prev).add(canonical).finish()) == hash;
}

// The canonical entry JSON back into its fields; the caller compares canonicalEntry() of the result
// with the bytes, which rejects every other spelling of the same values.
std::optional<AuditEntry> parseCanonicalEntry(const std::string &bytes, std::string *why) {
    thread_local simdjson::ondemand::parser parser;
    const simdjson::padded_string padded(bytes);
    simdjson::ondemand::document doc;
    simdjson::ondemand::object object;
    if (parser.iterate(padded).get(doc) || doc.get_object().get(object)) {
        setError(why, "not a JSON object");
        return std::nullopt;
    }
    static constexpr std::string_view kKeys[] = {"action", "actor",  "details", "installation",
                                                 "seq",    "target", "time"};
    AuditEntry e;
    unsigned seen = 0;
    for (auto member : object) {
        simdjson::ondemand::field field;
        std::string_view key;
        if (std::move(member).get(field) || field.unescaped_key().get(key)) {
            setError(why, "not valid JSON");
            return std::nullopt;
        }
        simdjson::ondemand::value value = field.value();
        const auto it = std::find(std::begin(kKeys), std::end(kKeys), key);
        if (it == std::end(kKeys)) {
            setError(why, "unexpected member \"" + std::string(key) + "\"");
            return std::nullopt;
        }
        const auto index = static_cast<unsigned>(it - std::begin(kKeys));
        seen |= 1u << index;
        bool bad = false;
        std::string_view text;
        if (key == "details") {
            simdjson::ondemand::object details;
            bad = value.get_object().get(details) || details.raw_json().get(text);
            if (!bad)
                e.details = text;
        } else if (key == "seq" || key == "time") {
            bad = value.get_int64().get(key == "seq" ? e.seq : e.timeMs) != simdjson::SUCCESS;
        } else {
            bad = value.get_string().get(text) != simdjson::SUCCESS;
            if (!bad)
                (key == "action"   ? e.action
                 : key == "actor"  ? e.actor
                 : key == "target" ? e.target
                                   : e.installation) = text;
        }
        if (bad) {
            setError(why, "member \"" + std::string(key) + "\" has the wrong type");
            return std::nullopt;
        }
    }
    if (seen != (1u << std::size(kKeys)) - 1) {
        setError(why, "a member is missing");
        return std::nullopt;
    }
    return e;
}
} // namespace

std::string replicatedKeyKey(const std::string &installation) {
    return "audit:{" + installation + "}:key";
}

std::string replicatedLogKey(const std::string &installation) {
    return "audit:{" + installation + "}:log";
}

std::string replicatedCheckpointsKey(const std::string &installation) {
    return "audit:{" + installation + "}:checkpoints";
}

bool isValidInstallationId(const std::string &installation) {
    return !installation.empty() && installation.size() <= 128 &&
           std::all_of(installation.begin(), installation.end(), [](char c) {
               return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '.' || c == '_' || c == '-';
           });
}

AuditReplicator::AuditReplicator(AuditLog &log, RedisClient &redis, int batchSize)
    : m_log(log)
    , m_redis(redis)
    , m_batchSize(std::max(1, batchSize)) {}

std::optional<ReplicationResult> AuditReplicator::sync(std::string *error, Failure *failure) {
    auto fail = [&](Failure kind, std::string why) -> std::optional<ReplicationResult> {
        if (failure)
            *failure = kind;
        setError(error, std::move(why));
        return std::nullopt;
    };
    auto redisFailed = [&] { return fail(Failure::Redis, m_redis.error()); };
    const std::string &installation = m_log.installationId();
    if (!isValidInstallationId(installation))
        return fail(Failure::Log, m_log.path() + ": installation id \"" + installation +
                                      "\" cannot name Redis keys ([A-Za-z0-9._-]{1,128})");
    const std::string logKey = replicatedLogKey(installation);
    const std::string checkpointsKey = replicatedCheckpointsKey(installation);
    std::string why;

    // This log's entry `seq`, when Redis holds one: it must be the very same.
    auto localEntry = [&](std::int64_t seq) -> std::optional<std::optional<AuditEntry>> {
        auto found = m_log.entries(entriesAfter(seq - 1, 1), &why);
        if (!found)
            return std::nullopt;
        if (found->empty() || found->front().seq != seq)
            return std::optional<AuditEntry>();
        return std::optional<AuditEntry>(std::move(found->front()));
    };
    auto diverged = [&](std::int64_t seq) {
        return fail(Failure::Diverged, logKey + " holds an entry " + std::to_string(seq) +
                                           " that is not this log's (" + m_log.path() +
                                           "): another log uses installation id " + installation);
    };

    ReplicationResult result;
    std::string previousHash = kZeroHash;
    {
        const auto replies = m_redis.pipeline({{"SADD", kReplicatedInstallationsKey, installation},
                                               {"XREVRANGE", logKey, "+", "-", "COUNT", "1"}});
        if (!replies)
            return redisFailed();
        if ((*replies)[0].isError())
            return fail(Failure::Redis, std::string(kReplicatedInstallationsKey) + ": " + (*replies)[0].str);
        const auto top = parseMessages((*replies)[1], &why);
        if (!top)
            return fail(Failure::Redis, logKey + ": " + why);
        if (!top->empty()) {
            const Message &m = top->front();
            const auto local = localEntry(m.seq);
            if (!local)
                return fail(Failure::Log, why);
            if (!*local || !sameEntry(m, **local))
                return diverged(m.seq);
            result.lastSeqInRedis = m.seq;
            previousHash = m.hash;
        }
    }
    {
        const std::string pem = m_log.publicKey().pem();
        const auto reply = m_redis.command({"SET", replicatedKeyKey(installation), pem});
        if (!reply)
            return redisFailed();
        if (reply->isError())
            return fail(Failure::Redis, replicatedKeyKey(installation) + ": " + reply->str);
    }

    for (;;) {
        auto batch = m_log.entries(entriesAfter(result.lastSeqInRedis, m_batchSize), &why);
        if (!batch)
            return fail(Failure::Log, why);
        if (batch->empty())
            break;
        std::vector<std::string> ids, bodies;
        ids.reserve(batch->size());
        bodies.reserve(batch->size());
        std::int64_t expected = result.lastSeqInRedis + 1;
        for (const AuditEntry &e : *batch) {
            // Only a gapless, unbroken chain goes to Redis: the stream's invariants hold by
            // construction, and a damaged log is reported here rather than copied.
            if (e.seq != expected)
                return fail(Failure::Log, m_log.path() + ": entry " + std::to_string(expected) +
                                              " is missing; run 'assurancectl audit verify'");
            bodies.push_back(canonicalEntry(e));
            if (e.prevHash != previousHash || !chainsTo(e.prevHash, bodies.back(), e.hash))
                return fail(Failure::Log, m_log.path() + ": entry " + std::to_string(e.seq) +
                                              " breaks the hash chain; run 'assurancectl audit verify'");
            previousHash = e.hash;
            ids.push_back(messageId(e.seq));
            ++expected;
        }
        std::vector<std::vector<std::string_view>> commands;
        commands.reserve(batch->size());
        for (std::size_t i = 0; i < batch->size(); ++i) {
            const AuditEntry &e = (*batch)[i];
            commands.push_back(
                {"XADD", logKey, ids[i], "entry", bodies[i], "prev_hash", e.prevHash, "hash", e.hash});
        }
        const auto replies = m_redis.pipeline(commands);
        if (!replies)
            return redisFailed();
        std::int64_t firstSkipped = 0, lastSkipped = 0;
        for (std::size_t i = 0; i < replies->size(); ++i) {
            const RedisReply &r = (*replies)[i];
            const std::int64_t seq = (*batch)[i].seq;
            if (r.type == RedisReply::Type::String && r.str == ids[i]) {
                ++result.entriesPushed;
            } else if (r.isError() && r.str.find(kNotAboveTop) != std::string::npos) {
                if (!firstSkipped)
                    firstSkipped = seq;
                lastSkipped = seq;
            } else {
                return fail(Failure::Redis, logKey + ": Redis refused entry " + std::to_string(seq) + ": " +
                                                (r.isError() ? r.str : "unexpected reply"));
            }
        }
        if (firstSkipped) {
            // Another syncer pushed these first (ids only grow, so they are all there): they must be
            // ours, byte for byte.
            const auto reply =
                m_redis.command({"XRANGE", logKey, messageId(firstSkipped), messageId(lastSkipped)});
            if (!reply)
                return redisFailed();
            const auto there = parseMessages(*reply, &why);
            if (!there)
                return fail(Failure::Redis, logKey + ": " + why);
            std::int64_t seq = firstSkipped;
            for (const Message &m : *there) {
                if (m.seq != seq)
                    break;
                if (!sameEntry(m, (*batch)[static_cast<std::size_t>(seq - batch->front().seq)]))
                    return diverged(seq);
                ++seq;
            }
            if (seq != lastSkipped + 1)
                return fail(Failure::Redis, logKey + ": entry " + std::to_string(seq) +
                                                " vanished from the stream while syncing");
        }
        result.lastSeqInRedis = batch->back().seq;
        if (static_cast<std::int64_t>(batch->size()) < m_batchSize)
            break;
    }

    auto checkpoints = m_log.checkpoints(&why);
    if (!checkpoints)
        return fail(Failure::Log, why);
    // A checkpoint goes to Redis only once every entry it covers is there.
    std::erase_if(*checkpoints, [&](const StoredCheckpoint &c) {
        return c.checkpoint.size > static_cast<std::uint64_t>(result.lastSeqInRedis);
    });
    if (checkpoints->empty())
        return result;
    std::vector<std::string> ids;
    ids.reserve(checkpoints->size());
    std::vector<std::vector<std::string_view>> commands;
    commands.reserve(checkpoints->size());
    for (const StoredCheckpoint &c : *checkpoints) {
        ids.push_back(std::to_string(c.id));
        commands.push_back({"HSETNX", checkpointsKey, ids.back(), c.checkpoint.note});
    }
    const auto replies = m_redis.pipeline(commands);
    if (!replies)
        return redisFailed();
    std::vector<std::string_view> compare = {"HMGET", checkpointsKey};
    std::vector<const StoredCheckpoint *> present;
    for (std::size_t i = 0; i < replies->size(); ++i) {
        const RedisReply &r = (*replies)[i];
        if (r.type != RedisReply::Type::Integer)
            return fail(Failure::Redis, checkpointsKey + ": Redis refused checkpoint " + ids[i] + ": " +
                                            (r.isError() ? r.str : "unexpected reply"));
        if (r.integer == 1) {
            ++result.checkpointsPushed;
        } else {
            compare.push_back(ids[i]);
            present.push_back(&(*checkpoints)[i]);
        }
    }
    if (present.empty())
        return result;
    const auto there = m_redis.command(compare);
    if (!there)
        return redisFailed();
    if (there->type != RedisReply::Type::Array || there->elements.size() != present.size())
        return fail(Failure::Redis,
                    checkpointsKey + ": " + (there->isError() ? there->str : "unexpected reply to HMGET"));
    for (std::size_t i = 0; i < present.size(); ++i)
        if (there->elements[i].type != RedisReply::Type::String ||
            there->elements[i].str != present[i]->checkpoint.note)
            return fail(Failure::Diverged, checkpointsKey + " holds a checkpoint " +
                                               std::to_string(present[i]->id) + " that is not this log's (" +
                                               m_log.path() + "): another log uses installation id " +
                                               installation);
    return result;
}

std::optional<std::vector<AuditEntry>> readReplicatedEntries(RedisClient &redis,
                                                             const std::string &installation,
                                                             std::int64_t fromSeq, std::int64_t toSeq,
                                                             std::string *error) {
    if (!isValidInstallationId(installation)) {
        setError(error, "\"" + installation + "\" is not an installation id");
        return std::nullopt;
    }
    if (fromSeq < 1 || (toSeq != 0 && toSeq < fromSeq)) {
        setError(error, "entries " + std::to_string(fromSeq) + ".." + std::to_string(toSeq) +
                            ": not a range of sequence numbers");
        return std::nullopt;
    }
    const std::string logKey = replicatedLogKey(installation);
    const std::string end = toSeq ? messageId(toSeq) : std::string("+");
    std::vector<AuditEntry> out;
    std::string previousHash = fromSeq == 1 ? kZeroHash : std::string();
    std::int64_t next = fromSeq;
    std::string why;
    for (;;) {
        const std::string start = messageId(next);
        const std::string count = std::to_string(kReadPage);
        const auto reply = redis.command({"XRANGE", logKey, start, end, "COUNT", count});
        if (!reply) {
            setError(error, redis.error());
            return std::nullopt;
        }
        const auto messages = parseMessages(*reply, &why);
        if (!messages) {
            setError(error, logKey + ": " + why);
            return std::nullopt;
        }
        for (const Message &m : *messages) {
            auto refuse = [&](const std::string &reason) -> std::optional<std::vector<AuditEntry>> {
                setError(error, logKey + ": entry " + std::to_string(m.seq) + " REFUSED: " + reason);
                return std::nullopt;
            };
            if (m.seq != next) {
                setError(error, logKey + ": entry " + std::to_string(next) + " is missing" +
                                    (m.seq > next + 1 ? " (up to " + std::to_string(m.seq - 1) + ")" : ""));
                return std::nullopt;
            }
            auto e = parseCanonicalEntry(m.entry, &why);
            if (!e)
                return refuse("the entry is not an audit entry's JSON: " + why);
            if (canonicalEntry(*e) != m.entry)
                return refuse("the entry bytes are not in canonical form");
            const auto details = canonicalJson(e->details, &why);
            if (!details || *details != e->details)
                return refuse("details are not a JSON object in canonical form");
            if (e->seq != m.seq)
                return refuse("the entry says seq " + std::to_string(e->seq));
            if (e->installation != installation)
                return refuse("the entry is installation " + e->installation + "'s");
            if (!previousHash.empty() && m.prevHash != previousHash)
                return refuse("prev_hash doesn't match the previous entry's hash");
            if (!chainsTo(m.prevHash, m.entry, m.hash))
                return refuse("hash doesn't match SHA-256(prev_hash ‖ entry)");
            e->prevHash = m.prevHash;
            e->hash = m.hash;
            previousHash = m.hash;
            out.push_back(std::move(*e));
            ++next;
        }
        if (messages->size() < static_cast<std::size_t>(kReadPage) || (toSeq && next > toSeq))
            break;
    }
    return out;
}

std::optional<std::vector<StoredCheckpoint>>
readReplicatedCheckpoints(RedisClient &redis, const std::string &installation, std::string *error) {
    if (!isValidInstallationId(installation)) {
        setError(error, "\"" + installation + "\" is not an installation id");
        return std::nullopt;
    }
    const std::string key = replicatedCheckpointsKey(installation);
    const auto reply = redis.command({"HGETALL", key});
    if (!reply) {
        setError(error, redis.error());
        return std::nullopt;
    }
    if (reply->type != RedisReply::Type::Array || reply->elements.size() % 2) {
        setError(error, key + ": " + (reply->isError() ? reply->str : "unexpected reply to HGETALL"));
        return std::nullopt;
    }
    std::vector<StoredCheckpoint> out;
    std::string why;
    for (std::size_t i = 0; i + 1 < reply->elements.size(); i += 2) {
        const std::string &field = reply->elements[i].str;
        const auto id = parseDecimal(field);
        if (!id || *id < 1) {
            setError(error, key + ": field \"" + field + "\" is not a checkpoint id");
            return std::nullopt;
        }
        auto c = parseCheckpoint(reply->elements[i + 1].str, &why);
        if (!c) {
            setError(error, key + ": checkpoint " + field + " REFUSED: " + why);
            return std::nullopt;
        }
        if (c->origin != installation) {
            setError(error, key + ": checkpoint " + field + " REFUSED: its origin is " + c->origin);
            return std::nullopt;
        }
        out.push_back({*id, std::move(*c)});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return out;
}

} // namespace assurance::audit
