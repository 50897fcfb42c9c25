#include "EvidenceFormat.h"

#include <archive.h>
#include <archive_entry.h>

#include <cstdio>
#include <fstream>

namespace assurance::evidence {

const std::vector<std::string> &partNames() {
    // checkpoints before audit: a reader checks each entry's proof as it streams by.
    static const std::vector<std::string> names = {
        "configs.jsonl", "tolerances.jsonl", "references.jsonl",  "snapshots.jsonl",
        "labels.jsonl",  "violations.jsonl", "checkpoints.jsonl", "audit.jsonl"};
    return names;
}

std::string preAuthEncoding(std::string_view payloadType, std::string_view payload) {
    return "DSSEv1 " + std::to_string(payloadType.size()) + " " + std::string(payloadType) + " " +
           std::to_string(payload.size()) + " " + std::string(payload);
}

std::string rootDigest(const std::vector<MemberDigest> &members) {
    signing::Sha256 h;
    for (const auto &m : members)
        h.add(m.sha256).add("  ").add(m.name).add(std::uint8_t{'\n'});
    return signing::toHex(h.finish());
}

TarWriter::TarWriter() = default;

TarWriter::~TarWriter() {
    if (m_archive)
        archive_write_free(m_archive);
}

bool TarWriter::open(const std::string &path, std::int64_t mtimeSeconds, std::string *error) {
    m_archive = archive_write_new();
    m_mtime = mtimeSeconds;
    if (archive_write_set_format_ustar(m_archive) != ARCHIVE_OK ||
        archive_write_add_filter_none(m_archive) != ARCHIVE_OK ||
        archive_write_open_filename(m_archive, path.c_str()) != ARCHIVE_OK) {
        if (error)
            *error = path + ": " + archive_error_string(m_archive);
        return false;
    }
    return true;
}

namespace {
archive_entry *fileEntry(const std::string &name, std::int64_t size, std::int64_t mtime) {
    archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, name.c_str());
    archive_entry_set_size(e, size);
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_mtime(e, mtime, 0);
    archive_entry_set_uid(e, 0);
    archive_entry_set_gid(e, 0);
    return e;
}
} // namespace

bool TarWriter::addBytes(const std::string &name, std::string_view bytes, std::string *error) {
    archive_entry *e = fileEntry(name, static_cast<std::int64_t>(bytes.size()), m_mtime);
    const bool ok =
        archive_write_header(m_archive, e) == ARCHIVE_OK &&
        archive_write_data(m_archive, bytes.data(), bytes.size()) == static_cast<la_ssize_t>(bytes.size());
    archive_entry_free(e);
    if (!ok && error)
        *error = name + ": " + archive_error_string(m_archive);
    return ok;
}

bool TarWriter::addFile(const std::string &name, const std::string &sourcePath, std::string *error) {
    std::ifstream in(sourcePath, std::ios::binary | std::ios::ate);
    if (!in) {
        if (error)
            *error = sourcePath + ": cannot read";
        return false;
    }
    const auto size = static_cast<std::int64_t>(in.tellg());
    in.seekg(0);
    archive_entry *e = fileEntry(name, size, m_mtime);
    bool ok = archive_write_header(m_archive, e) == ARCHIVE_OK;
    archive_entry_free(e);
    std::vector<char> buffer(1 << 16);
    std::int64_t left = size;
    while (ok && left > 0) {
        in.read(buffer.data(), static_cast<std::streamsize>(
                                   std::min<std::int64_t>(left, static_cast<std::int64_t>(buffer.size()))));
        const auto n = in.gcount();
        ok = n > 0 && archive_write_data(m_archive, buffer.data(), static_cast<std::size_t>(n)) == n;
        left -= n;
    }
    if (!ok && error)
        *error =
            name + ": " + (archive_error_string(m_archive) ? archive_error_string(m_archive) : "short read");
    return ok;
}

bool TarWriter::close(std::string *error) {
    const bool ok = archive_write_close(m_archive) == ARCHIVE_OK;
    if (!ok && error)
        *error = archive_error_string(m_archive);
    archive_write_free(m_archive);
    m_archive = nullptr;
    return ok;
}

TarReader::TarReader()
    : m_buffer(1 << 16) {}

TarReader::~TarReader() {
    if (m_archive)
        archive_read_free(m_archive);
}

bool TarReader::open(const std::string &path, std::string *error) {
    m_archive = archive_read_new();
    archive_read_support_format_tar(m_archive);
    if (archive_read_open_filename(m_archive, path.c_str(), 1 << 16) != ARCHIVE_OK) {
        if (error)
            *error = path + ": " + archive_error_string(m_archive);
        return false;
    }
    return true;
}

bool TarReader::nextMember(std::string &name, std::int64_t &size, std::string *error) {
    archive_entry *e = nullptr;
    const int rc = archive_read_next_header(m_archive, &e);
    if (rc == ARCHIVE_EOF)
        return false;
    if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN) {
        if (error)
            *error = std::string("not a readable tar file: ") + archive_error_string(m_archive);
        return false;
    }
    if (archive_entry_filetype(e) != AE_IFREG) {
        if (error)
            *error = std::string("member ") + archive_entry_pathname(e) + " is not a regular file";
        return false;
    }
    name = archive_entry_pathname(e) ? archive_entry_pathname(e) : "";
    size = archive_entry_size(e);
    return true;
}

std::optional<std::string_view> TarReader::read(std::string *error) {
    const la_ssize_t n = archive_read_data(m_archive, m_buffer.data(), m_buffer.size());
    if (n < 0) {
        if (error)
            *error = std::string("not a readable tar file: ") + archive_error_string(m_archive);
        return std::nullopt;
    }
    return std::string_view(m_buffer.data(), static_cast<std::size_t>(n));
}

} // namespace assurance::evidence
