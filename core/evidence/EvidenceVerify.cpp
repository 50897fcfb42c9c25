#include "EvidenceVerify.h"

#include "assurance/AssuranceLabel.h"
#include "assurance/ViolationTracker.h"
#include "audit/CanonicalJson.h"
#include "audit/Checkpoint.h"
#include "audit/MerkleTree.h"
#include "evidence/EvidenceFormat.h"
#include "json/Timestamps.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <set>

namespace assurance::evidence {

using signing::Digest;
using signing::Sha256;
using signing::toHex;

namespace {

struct CheckpointInfo {
    std::uint64_t size = 0;
    Digest root{};
    bool valid = false;
};

struct ChainState {
    std::int64_t seq = 0;
    std::string hash;
};

class Verifier {
public:
    Verifier(const std::vector<signing::PublicKey> &trusted, const LineSink &sink)
        : m_trusted(trusted)
        , m_sink(sink) {}
    PackVerdict run(const std::string &path);

private:
    void problem(const std::string &where, const std::string &why) {
        m_v.lines.push_back(where + " INVALID: " + why);
        if (m_v.firstBroken.empty())
            m_v.firstBroken = where + ": " + why;
        m_problems = true;
    }
    bool readManifest(std::string_view envelope);
    void checkLine(const std::string &part, std::int64_t number, std::string_view line);
    bool checkRecord(const std::string &part, const std::string &where, simdjson::dom::element doc);
    void checkCheckpoint(const std::string &where, simdjson::dom::element doc);
    void checkAudit(const std::string &where, simdjson::dom::element doc);
    void compareLineDigests(const std::string &part, std::string_view digests);

    const std::vector<signing::PublicKey> &m_trusted;
    const LineSink &m_sink;
    PackVerdict m_v;
    bool m_problems = false;
    simdjson::dom::parser m_parser;       // the line
    simdjson::dom::parser m_valueParser;  // what a line holds (a stored value, an audit entry): one
                                          // parser for the whole pack, not one per line
    std::vector<MemberDigest> m_subjects; // from the statement
    std::map<std::string, std::int64_t> m_counts;
    std::map<std::string, std::vector<Digest>> m_lineDigests;
    std::map<std::string, std::string> m_computed;
    std::set<std::string> m_models;
    std::map<std::string, std::string> m_lastKey;   // per part and model: order and duplicates
    std::map<std::string, std::int64_t> m_lastTime; // per part and model: windows ascending
    std::map<std::string, std::string> m_lastLabelHash;
    std::set<std::string> m_chainedModels;
    std::map<std::pair<std::string, std::int64_t>, CheckpointInfo> m_checkpoints;
    std::map<std::string, ChainState> m_chains;
    std::string m_canonical;
};

bool Verifier::readManifest(std::string_view envelope) {
    const std::string where = std::string("manifest ") + kManifestName;
    simdjson::dom::element env;
    std::string_view payloadType, payloadB64;
    simdjson::dom::array signatures;
    if (m_parser.parse(envelope.data(), envelope.size()).get(env) || env["payloadType"].get(payloadType) ||
        env["payload"].get(payloadB64) || env["signatures"].get(signatures)) {
        problem(where, "not a DSSE envelope (payloadType, payload, signatures)");
        return false;
    }
    if (payloadType != kPayloadType) {
        problem(where, "payloadType is not " + std::string(kPayloadType));
        return false;
    }
    const auto payload = signing::fromBase64(payloadB64);
    if (!payload) {
        problem(where, "payload is not base64");
        return false;
    }
    struct Signature {
        std::string keyid, sig;
    };
    std::vector<Signature> sigs;
    for (auto s : signatures) {
        std::string_view keyid, sig;
        if (s["keyid"].get(keyid) || s["sig"].get(sig)) {
            problem(where, "a signature without keyid and sig");
            return false;
        }
        sigs.push_back({std::string(keyid), std::string(sig)});
    }
    simdjson::dom::parser statementParser;
    simdjson::dom::element st, predicate;
    std::string_view type, predicateType, root;
    simdjson::dom::array subjects;
    if (statementParser.parse(*payload).get(st) || st["_type"].get(type) ||
        st["predicateType"].get(predicateType) || st["subject"].get(subjects) ||
        st["predicate"].get(predicate) || type != kStatementType || predicateType != kPredicateType ||
        predicate["root_digest"].get(root)) {
        problem(where, "the payload is not an evidence-pack statement (" + std::string(kPredicateType) + ")");
        return false;
    }
    for (auto s : subjects) {
        std::string_view name, sha;
        if (s["name"].get(name) || s["digest"]["sha256"].get(sha)) {
            problem(where, "a subject without name and sha256 digest");
            return false;
        }
        m_subjects.push_back({std::string(name), std::string(sha)});
    }
    m_v.rootDigest = std::string(root);
    std::int64_t since = 0, until = 0;
    simdjson::dom::array models;
    simdjson::dom::object counts;
    if (predicate["since_ms"].get(since) || predicate["until_ms"].get(until) ||
        predicate["models"].get(models) || predicate["counts"].get(counts)) {
        problem(where, "the predicate lacks since_ms, until_ms, models or counts");
        return false;
    }
    std::string_view format;
    if (predicate["format"].get(format) || (format != kFormat && format != kFormatV1)) {
        problem(where, "the predicate's format is not " + std::string(kFormatV1) + " or " + kFormat);
        return false;
    }
    m_v.sinceMs = since;
    m_v.untilMs = until;
    for (auto m : models) {
        std::string_view id;
        if (!m.get(id)) {
            m_v.models.emplace_back(id);
            m_models.emplace(id);
        }
    }
    for (auto field : counts) {
        std::int64_t n = 0;
        if (!field.value.get(n))
            m_counts[std::string(field.key)] = n;
    }
    // The signature: over DSSE's PAE of the payload exactly as carried.
    if (!sigs.empty()) {
        m_v.isSigned = true;
        std::optional<signing::PublicKey> key;
        for (const auto &k : m_trusted)
            if (k.fingerprint() == sigs.front().keyid)
                key = k;
        std::string_view pem;
        if (!key && !predicate["signer_public_key"].get(pem))
            key = signing::PublicKey::fromPem(pem);
        m_v.signerFingerprint = sigs.front().keyid;
        if (key && key->fingerprint() == sigs.front().keyid)
            m_v.signerPublicKeyPem = key->pem();
        const auto sig = signing::fromBase64(sigs.front().sig);
        if (!key || key->fingerprint() != sigs.front().keyid) {
            problem(where, "signed by key " + sigs.front().keyid +
                               ", whose public key is neither trusted nor in the pack");
        } else if (!sig || !key->verify(preAuthEncoding(payloadType, *payload), *sig)) {
            problem(where, "signature doesn't verify with key " + sigs.front().keyid);
        } else {
            m_v.signatureValid = true;
            m_v.signerTrusted = std::any_of(m_trusted.begin(), m_trusted.end(),
                                            [&](const signing::PublicKey &t) { return t == *key; });
        }
    }
    return true;
}

bool Verifier::checkRecord(const std::string &part, const std::string &where, simdjson::dom::element doc) {
    std::string_view key, value;
    if (doc["key"].get(key) || doc["value"].get(value)) {
        problem(where, "a record line has a string key and value");
        return false;
    }
    std::string_view field;
    const bool hasField = !doc["field"].get(field);
    // Which key kinds a part holds, and the model they name.
    struct Kind {
        const char *part, *prefix, *suffix;
    };
    static const Kind kinds[] = {{"configs.jsonl", "model:config:", ""},
                                 {"tolerances.jsonl", "tolerances:", ":history"},
                                 {"tolerances.jsonl", "tolerances:", ""},
                                 {"references.jsonl", "reference:", ""},
                                 {"snapshots.jsonl", "metrics:", ""},
                                 {"labels.jsonl", "label:", ""},
                                 {"violations.jsonl", "violations:", ":closed"},
                                 {"violations.jsonl", "violations:", ""}};
    std::string model, ts;
    bool known = false;
    for (const Kind &k : kinds) {
        if (part != k.part || !key.starts_with(k.prefix) || !key.ends_with(k.suffix))
            continue;
        std::string_view rest =
            key.substr(std::strlen(k.prefix), key.size() - std::strlen(k.prefix) - std::strlen(k.suffix));
        if (part == "snapshots.jsonl" || part == "labels.jsonl") {
            const auto colon = rest.rfind(':');
            if (colon == std::string_view::npos)
                continue;
            ts = std::string(rest.substr(colon + 1));
            rest = rest.substr(0, colon);
        }
        model = std::string(rest);
        known = true;
        break;
    }
    if (!known || !m_models.count(model)) {
        problem(where, "key " + std::string(key) + " is not a " + part + " record of a model in this pack");
        return false;
    }
    if ((part == "violations.jsonl" || key.ends_with(":history")) != hasField) {
        problem(where, hasField ? "unexpected field" : "a hash member without its field");
        return false;
    }
    // Order: ascending key (and field) per model, no duplicates. Reordering shows here.
    const std::string order = std::string(key) + '\x1f' + std::string(field);
    std::string &last = m_lastKey[part + "\x1f" + model];
    const bool timeOrdered = part == "snapshots.jsonl" || part == "labels.jsonl";
    if (!last.empty() && !timeOrdered && !(last < order)) {
        problem(where, "out of order or repeated (" + std::string(key) + ")");
        return false;
    }
    simdjson::dom::element v;
    if (m_valueParser.parse(value).get(v) || !v.is_object()) {
        problem(where, "the stored value of " + std::string(key) + " is not a JSON object");
        return false;
    }
    if (timeOrdered) {
        const auto t = timestamps::parseWindowTimestamp(ts);
        if (!t) {
            problem(where, "key " + std::string(key) + " has no window timestamp");
            return false;
        }
        const auto previous = m_lastTime.find(part + "\x1f" + model);
        if (previous != m_lastTime.end() && previous->second >= *t) {
            problem(where, "out of order or repeated (" + std::string(key) + ")");
            return false;
        }
        m_lastTime[part + "\x1f" + model] = *t;
        std::string_view stamped;
        if (v["timestamp"].get(stamped) || stamped != ts) {
            problem(where, "the value's timestamp is not its key's");
            return false;
        }
        if (part == "snapshots.jsonl" && (*t < m_v.sinceMs || *t > m_v.untilMs)) {
            problem(where, "window " + ts + " is outside the pack's range");
            return false;
        }
    }
    last = order;
    if (part == "labels.jsonl") {
        std::string error;
        const auto label = parseLabel(value, model, &error);
        if (!label) {
            problem(where, "label unreadable: " + error);
            return false;
        }
        if (labelHash(*label) != label->hash) {
            problem(where, "label hash doesn't match (the label was altered)");
            return false;
        }
        // The chain (docs/assurance.md): each label names its predecessor's hash. The pack holds the
        // label before the range too, so every label in the range has its predecessor here.
        const auto previous = m_lastLabelHash.find(model);
        if (previous != m_lastLabelHash.end() && label->prevHash && *label->prevHash != previous->second) {
            m_lastLabelHash[model] = label->hash;
            problem(where, "label chain broken: prev_hash is not the hash of the label before it in the pack "
                           "(a label was removed or changed)");
            return false;
        }
        if (previous != m_lastLabelHash.end() && !label->prevHash && !previous->second.empty() &&
            m_chainedModels.count(model)) {
            m_lastLabelHash[model] = label->hash;
            problem(where, "label chain broken: a label without prev_hash after a chained one");
            return false;
        }
        if (label->prevHash)
            m_chainedModels.insert(model);
        m_lastLabelHash[model] = label->hash;
    }
    if (part == "violations.jsonl") {
        std::string_view id;
        if (v["id"].get(id) || id != field) {
            problem(where, "the episode's id is not its field");
            return false;
        }
        // The operator part (format v2): actions in an allowed order, the status derived from them.
        std::string why;
        const auto episode =
            parseEpisode(value, model, std::string(key) + " field " + std::string(field), &why);
        if (!episode) {
            problem(where, "the episode does not parse: " + why);
            return false;
        }
        if (const auto bad = checkOperatorPart(*episode)) {
            problem(where, "operator actions of " + std::string(field) + " are inconsistent: " + *bad);
            return false;
        }
    }
    return true;
}

void Verifier::checkCheckpoint(const std::string &where, simdjson::dom::element doc) {
    std::int64_t id = 0;
    std::string_view installation, note, pem;
    if (doc["checkpoint"].get(id) || doc["installation"].get(installation) || doc["note"].get(note) ||
        doc["public_key"].get(pem)) {
        problem(where, "a checkpoint line has checkpoint, installation, note and public_key");
        return;
    }
    std::string error;
    const auto parsed = audit::parseCheckpoint(std::string(note), &error);
    const auto key = signing::PublicKey::fromPem(pem, &error);
    if (!parsed || !key) {
        problem(where, "checkpoint " + std::to_string(id) + " unreadable: " + error);
        return;
    }
    if (parsed->origin != installation) {
        problem(where,
                "checkpoint " + std::to_string(id) + " is not of installation " + std::string(installation));
        return;
    }
    if (!audit::checkpointSignedBy(std::string(note), *key)) {
        problem(where, "checkpoint " + std::to_string(id) + " signature doesn't verify with key " +
                           key->fingerprint());
        return;
    }
    m_checkpoints[{std::string(installation), id}] = {parsed->size, parsed->root, true};
    m_v.installations.push_back(std::string(installation) + " key " + key->fingerprint());
}

void Verifier::checkAudit(const std::string &lineWhere, simdjson::dom::element doc) {
    std::int64_t checkpoint = 0, leafIndex = 0, seq = 0, treeSize = 0;
    std::string_view entry, hash, prevHash, installation;
    simdjson::dom::array path;
    if (doc["checkpoint"].get(checkpoint) || doc["entry"].get(entry) || doc["hash"].get(hash) ||
        doc["inclusion_path"].get(path) || doc["installation"].get(installation) ||
        doc["leaf_index"].get(leafIndex) || doc["prev_hash"].get(prevHash) || doc["seq"].get(seq) ||
        doc["tree_size"].get(treeSize)) {
        problem(lineWhere,
                "an audit line lacks one of checkpoint, entry, hash, inclusion_path, installation, "
                "leaf_index, prev_hash, seq, tree_size");
        return;
    }
    const std::string where = "audit entry " + std::to_string(seq);
    // The entry's own bytes: canonical, and naming this seq and installation.
    simdjson::dom::element e;
    std::int64_t entrySeq = 0;
    std::string_view entryInstallation;
    std::string why;
    if (!audit::canonicalJsonInto(m_canonical, entry, &why) || m_canonical != entry ||
        m_valueParser.parse(entry).get(e) || e["seq"].get(entrySeq) ||
        e["installation"].get(entryInstallation) || entrySeq != seq || entryInstallation != installation) {
        problem(where, "the entry is not the canonical form of entry " + std::to_string(seq) + " of " +
                           std::string(installation));
        return;
    }
    const auto prev = signing::digestFromHex(prevHash);
    const auto stored = signing::digestFromHex(hash);
    Sha256 h;
    if (!prev || !stored || h.add(*prev).add(entry).finish() != *stored) {
        problem(where, "hash value doesn't match");
        return;
    }
    ChainState &chain = m_chains[std::string(installation)];
    if (chain.seq != 0 && seq <= chain.seq) {
        problem(where, "out of order or repeated");
        chain = {seq, std::string(hash)};
        return;
    }
    if (chain.seq != 0 && seq != chain.seq + 1) {
        problem("audit entry " + std::to_string(chain.seq + 1),
                "missing from the range" +
                    (seq > chain.seq + 2 ? " (up to entry " + std::to_string(seq - 1) + ")" : std::string()));
        chain = {seq, std::string(hash)};
        return;
    }
    if (chain.seq != 0 && prevHash != chain.hash) {
        problem(where, "prev_hash doesn't match entry " + std::to_string(chain.seq) + "'s hash");
        chain = {seq, std::string(hash)};
        return;
    }
    chain = {seq, std::string(hash)};
    const auto cp = m_checkpoints.find({std::string(installation), checkpoint});
    std::vector<Digest> proof;
    for (auto p : path) {
        std::string_view hex;
        const auto d = p.get(hex) ? std::nullopt : signing::digestFromHex(hex);
        if (!d) {
            problem(where, "the inclusion path is not a list of hex digests");
            return;
        }
        proof.push_back(*d);
    }
    if (cp == m_checkpoints.end() || !cp->second.valid) {
        problem(where,
                "checkpoint " + std::to_string(checkpoint) + " is not in the pack, or does not verify");
        return;
    }
    if (leafIndex != seq - 1 || static_cast<std::uint64_t>(treeSize) != cp->second.size ||
        !audit::verifyInclusion(static_cast<std::uint64_t>(leafIndex), cp->second.size,
                                audit::leafHash(entry), proof, cp->second.root)) {
        problem(where, "not included in checkpoint " + std::to_string(checkpoint));
        return;
    }
}

void Verifier::checkLine(const std::string &part, std::int64_t number, std::string_view line) {
    m_lineDigests[part].push_back(Sha256::of(line));
    const std::string where = "part " + part + " line " + std::to_string(number);
    std::string why;
    simdjson::dom::element doc;
    bool valid = false;
    if (!audit::canonicalJsonInto(m_canonical, line, &why) || m_canonical != line) {
        problem(where, "not a canonical JSON line" + (why.empty() ? std::string() : " (" + why + ")"));
    } else if (m_parser.parse(line.data(), line.size()).get(doc) || !doc.is_object()) {
        problem(where, "not a JSON object");
    } else if (part == "checkpoints.jsonl") {
        const bool before = m_problems;
        m_problems = false;
        checkCheckpoint(where, doc);
        valid = !m_problems;
        m_problems = m_problems || before;
    } else if (part == "audit.jsonl") {
        const bool before = m_problems;
        m_problems = false;
        checkAudit(where, doc);
        valid = !m_problems;
        m_problems = m_problems || before;
    } else {
        valid = checkRecord(part, where, doc);
    }
    if (m_sink)
        m_sink(part, number, line, valid);
}

void Verifier::compareLineDigests(const std::string &part, std::string_view digests) {
    const auto &lines = m_lineDigests[part];
    std::size_t i = 0, at = 0;
    while (at < digests.size()) {
        const std::size_t nl = digests.find('\n', at);
        const std::string_view hex =
            digests.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
        at = nl == std::string_view::npos ? digests.size() : nl + 1;
        const auto d = signing::digestFromHex(hex);
        if (i >= lines.size()) {
            problem("part " + part, "line " + std::to_string(i + 1) + " was removed (" +
                                        lineDigestsName(part) + " lists more lines than the part holds)");
            return;
        }
        if (!d || *d != lines[i]) {
            problem("part " + part + " line " + std::to_string(i + 1),
                    "hash value doesn't match (this line was changed, or one before it removed or inserted)");
            return;
        }
        ++i;
    }
    if (i < lines.size())
        problem("part " + part + " line " + std::to_string(i + 1),
                "not listed in " + lineDigestsName(part) + " (added)");
}

PackVerdict Verifier::run(const std::string &path) {
    TarReader tar;
    std::string error;
    if (!tar.open(path, &error)) {
        problem("pack", error);
        return m_v;
    }
    std::string name;
    std::int64_t size = 0;
    if (!tar.nextMember(name, size, &error) || name != kManifestName || size > (64 << 20)) {
        problem("pack", error.empty() ? std::string(kManifestName) + " is not its first member" : error);
        return m_v;
    }
    std::string envelope;
    while (auto chunk = tar.read(&error)) {
        if (chunk->empty())
            break;
        envelope += *chunk;
    }
    if (!readManifest(envelope))
        return m_v;

    std::vector<std::string> expected;
    for (const auto &part : partNames()) {
        expected.push_back(part);
        expected.push_back(lineDigestsName(part));
    }
    std::size_t next = 0;
    std::map<std::string, std::string> digestsMembers; // X.sha256 member contents
    while (tar.nextMember(name, size, &error)) {
        const auto it = std::find(expected.begin(), expected.end(), name);
        if (it == expected.end()) {
            problem("member " + name, "not a part of this format");
            continue;
        }
        if (static_cast<std::size_t>(it - expected.begin()) < next) {
            problem("member " + name, "out of order or repeated");
            continue;
        }
        next = static_cast<std::size_t>(it - expected.begin()) + 1;
        const bool isDigests = name.ends_with(".sha256");
        const std::string part = isDigests ? name.substr(0, name.size() - 7) : name;
        Sha256 whole;
        std::string pending, contents;
        std::int64_t number = 0;
        while (auto chunk = tar.read(&error)) {
            if (chunk->empty())
                break;
            whole.add(*chunk);
            if (isDigests) {
                contents += *chunk;
                continue;
            }
            pending += *chunk;
            std::size_t at = 0, nl;
            while ((nl = pending.find('\n', at)) != std::string::npos) {
                checkLine(part, ++number, std::string_view(pending).substr(at, nl - at));
                at = nl + 1;
            }
            pending.erase(0, at);
        }
        if (!error.empty()) {
            problem("member " + name, error);
            break;
        }
        if (!pending.empty())
            problem("part " + part + " line " + std::to_string(number + 1), "no final newline (truncated)");
        m_computed[name] = toHex(whole.finish());
        if (isDigests)
            digestsMembers[part] = std::move(contents);
    }
    if (!error.empty())
        problem("pack", error);

    // Every member against the statement, then the root digest over the statement's list.
    std::vector<MemberDigest> computed;
    for (const auto &s : m_subjects) {
        const auto c = m_computed.find(s.name);
        const bool isDigests = s.name.ends_with(".sha256");
        if (c == m_computed.end()) {
            problem("part " + s.name, "missing from the pack");
            continue;
        }
        computed.push_back({s.name, c->second});
        if (isDigests)
            continue;
        ++m_v.partsTotal;
        const std::string digestsName = lineDigestsName(s.name);
        const auto listed = std::find_if(m_subjects.begin(), m_subjects.end(),
                                         [&](const MemberDigest &d) { return d.name == digestsName; });
        const bool digestsIntact = listed != m_subjects.end() && m_computed[digestsName] == listed->sha256;
        if (c->second != s.sha256) {
            if (digestsIntact) // the line first: it is the broken record
                compareLineDigests(s.name, digestsMembers[s.name]);
            problem("part " + s.name, "hash value doesn't match");
            const auto lines = static_cast<std::int64_t>(m_lineDigests[s.name].size());
            if (m_counts.count(s.name) && m_counts[s.name] != lines)
                problem("part " + s.name, std::to_string(lines) + " records, the manifest says " +
                                              std::to_string(m_counts[s.name]));
        } else if (!digestsIntact) {
            problem("part " + digestsName, "hash value doesn't match");
        } else {
            ++m_v.partsValid;
            const std::size_t n = m_lineDigests[s.name].size();
            m_v.lines.push_back("part " + s.name + " valid (" + std::to_string(n) +
                                (n == 1 ? " record)" : " records)"));
        }
    }
    for (const auto &[member, digest] : m_computed)
        if (std::none_of(m_subjects.begin(), m_subjects.end(),
                         [&](const MemberDigest &d) { return d.name == member; }))
            problem("member " + member, "not listed in the manifest");
    if (rootDigest(computed) != m_v.rootDigest || computed.size() != m_subjects.size())
        problem("manifest root digest", "doesn't match the parts");

    m_v.intact = !m_problems;
    if (!m_v.intact)
        m_v.trust = PackTrust::NotVerified;
    else if (!m_v.isSigned)
        m_v.trust = PackTrust::IntegrityOnly;
    else
        m_v.trust = m_v.signerTrusted ? PackTrust::Verified : PackTrust::UnknownSigner;
    return m_v;
}

} // namespace

PackVerdict verifyPack(const std::string &path, const std::vector<signing::PublicKey> &trusted,
                       const LineSink &sink) {
    Verifier verifier(trusted, sink);
    return verifier.run(path);
}

} // namespace assurance::evidence
