#include "Checkpoint.h"

#include <charconv>
#include <cstring>

namespace assurance::audit {

using signing::Digest;

namespace {
const std::string kDash = "\xE2\x80\x94"; // U+2014 EM DASH, as C2SP signed notes write it

std::vector<std::string_view> lines(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t nl = text.find('\n', at);
        if (nl == std::string_view::npos) {
            out.push_back(text.substr(at));
            break;
        }
        out.push_back(text.substr(at, nl - at));
        at = nl + 1;
    }
    return out;
}

bool parseUnsigned(std::string_view s, std::uint64_t &out) {
    if (s.empty() || (s.size() > 1 && s[0] == '0'))
        return false;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}
} // namespace

std::string checkpointText(const std::string &origin, std::uint64_t size, const Digest &root,
                           std::int64_t timeMs, std::int64_t latestSeenMs) {
    return origin + "\n" + std::to_string(size) + "\n" + signing::toBase64(signing::asBytes(root)) +
           "\ntime " + std::to_string(timeMs) + "\n" +
           (latestSeenMs > 0 ? "latest-time-seen " + std::to_string(latestSeenMs) + "\n" : std::string());
}

std::array<std::uint8_t, 4> signedNoteKeyId(const std::string &keyName, const signing::PublicKey &key) {
    signing::Sha256 h;
    const Digest d =
        h.add(keyName).add(std::uint8_t{'\n'}).add(std::uint8_t{0x01}).add(key.rawBytes()).finish();
    return {d[0], d[1], d[2], d[3]};
}

Checkpoint signCheckpoint(const std::string &origin, std::uint64_t size, const Digest &root,
                          std::int64_t timeMs, const signing::SigningKey &key, std::int64_t latestSeenMs) {
    Checkpoint c{origin, size,         root,
                 timeMs, latestSeenMs, checkpointText(origin, size, root, timeMs, latestSeenMs)};
    const auto id = signedNoteKeyId(origin, key.publicKey());
    std::string blob(reinterpret_cast<const char *>(id.data()), id.size());
    blob += key.signBytes(c.note);
    c.note += "\n" + kDash + " " + origin + " " + signing::toBase64(blob) + "\n";
    return c;
}

std::optional<Checkpoint> parseCheckpoint(const std::string &note, std::string *error) {
    auto fail = [error](std::string why) -> std::optional<Checkpoint> {
        if (error)
            *error = std::move(why);
        return std::nullopt;
    };
    const std::size_t split = note.find("\n\n");
    if (split == std::string::npos || !note.ends_with('\n'))
        return fail("not a signed note (no blank line before the signatures)");
    const std::string_view text(note.data(), split + 1);
    const auto body = lines(text.substr(0, text.size() - 1));
    if (body.size() < 4)
        return fail("a checkpoint has an origin, a size, a root hash and a time line");
    Checkpoint c;
    c.origin = std::string(body[0]);
    if (c.origin.empty() || c.origin.find(' ') != std::string::npos)
        return fail("bad origin line");
    if (!parseUnsigned(body[1], c.size))
        return fail("bad tree size line");
    const auto root = signing::fromBase64(body[2]);
    if (!root || root->size() != 32)
        return fail("bad root hash line (base64 of 32 bytes)");
    std::memcpy(c.root.data(), root->data(), 32);
    bool haveTime = false;
    for (std::size_t i = 3; i < body.size(); ++i)
        if (body[i].starts_with("time ")) {
            std::uint64_t t = 0;
            if (haveTime || !parseUnsigned(body[i].substr(5), t))
                return fail("bad time line");
            c.timeMs = static_cast<std::int64_t>(t);
            haveTime = true;
        } else if (body[i].starts_with("latest-time-seen ")) {
            std::uint64_t t = 0;
            if (c.latestSeenMs != 0 || !parseUnsigned(body[i].substr(17), t) || t == 0)
                return fail("bad latest-time-seen line");
            c.latestSeenMs = static_cast<std::int64_t>(t);
        } else if (body[i].empty()) {
            return fail("empty extension line");
        }
    if (!haveTime)
        return fail("no time line");
    const auto sigs = lines(std::string_view(note).substr(split + 2));
    if (sigs.empty())
        return fail("no signature line");
    for (const auto &s : sigs)
        if (!s.starts_with(kDash + " "))
            return fail("bad signature line");
    c.note = note;
    return c;
}

bool checkpointSignedBy(const std::string &note, const signing::PublicKey &key) {
    const std::size_t split = note.find("\n\n");
    if (split == std::string::npos)
        return false;
    const std::string_view text(note.data(), split + 1);
    const std::string origin(text.substr(0, text.find('\n')));
    const auto id = signedNoteKeyId(origin, key);
    for (const auto &line : lines(std::string_view(note).substr(split + 2))) {
        const std::string prefix = kDash + " " + origin + " ";
        if (!line.starts_with(prefix))
            continue;
        const auto blob = signing::fromBase64(line.substr(prefix.size()));
        if (!blob || blob->size() != 68 || std::memcmp(blob->data(), id.data(), 4) != 0)
            continue;
        if (key.verify(text, std::string_view(*blob).substr(4)))
            return true;
    }
    return false;
}

} // namespace assurance::audit
