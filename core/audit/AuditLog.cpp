#include "AuditLog.h"

#include "license/License.h"
#include "license/LicenseStore.h"

#include "audit/CanonicalJson.h"
#include "audit/MerkleTree.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>
#include <QVariant>

#include <simdjson.h>
#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <map>
#include <pwd.h>
#include <unistd.h>

namespace assurance::audit {

using signing::Sha256;

namespace {
constexpr const char *kFormat = "assurance-audit-v1";

void setError(std::string *error, std::string text) {
    if (error)
        *error = std::move(text);
}

std::string sqlError(const QSqlQuery &q) {
    return q.lastError().text().toStdString();
}

std::string str(const QVariant &v) {
    return v.toString().toStdString();
}

QString qs(const std::string &s) {
    return QString::fromStdString(s);
}

// One entry row as selected everywhere: seq, time_ms, installation, actor, action, target,
// details, prev_hash, hash.
const QString kEntryColumns =
    QStringLiteral("seq, time_ms, installation, actor, action, target, details, prev_hash, hash");

AuditEntry entryFrom(const QSqlQuery &q) {
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.timeMs = q.value(1).toLongLong();
    e.installation = str(q.value(2));
    e.actor = str(q.value(3));
    e.action = str(q.value(4));
    e.target = str(q.value(5));
    e.details = str(q.value(6));
    e.prevHash = str(q.value(7));
    e.hash = str(q.value(8));
    return e;
}

// The bulk read of verify and proofs, straight through SQLite's C API on the connection QtSql
// opened: QtSql reads text as UTF-16 and QVariant, which cost more than the hashing itself.
class EntryReader {
public:
    EntryReader(const QSqlDatabase &db, std::int64_t afterSeq, std::int64_t limit) {
        const QVariant handle = db.driver()->handle();
        sqlite3 *h = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                         ? *static_cast<sqlite3 *const *>(handle.constData())
                         : nullptr;
        if (!h) {
            m_error = "not a SQLite connection";
            return;
        }
        const std::string sql =
            "SELECT " + kEntryColumns.toStdString() + " FROM entries WHERE seq > ? ORDER BY seq LIMIT ?";
        if (sqlite3_prepare_v2(h, sql.c_str(), -1, &m_stmt, nullptr) != SQLITE_OK) {
            m_error = sqlite3_errmsg(h);
            return;
        }
        sqlite3_bind_int64(m_stmt, 1, afterSeq);
        sqlite3_bind_int64(m_stmt, 2, limit);
        m_db = h;
    }
    ~EntryReader() { sqlite3_finalize(m_stmt); }
    EntryReader(const EntryReader &) = delete;
    EntryReader &operator=(const EntryReader &) = delete;

    // Fills `e` (reusing its strings' buffers); false at the end or on an error (error() says).
    bool next(AuditEntry &e) {
        if (!m_stmt)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW) {
            if (rc != SQLITE_DONE)
                m_error = sqlite3_errmsg(m_db);
            return false;
        }
        e.seq = sqlite3_column_int64(m_stmt, 0);
        e.timeMs = sqlite3_column_int64(m_stmt, 1);
        std::string *texts[] = {&e.installation, &e.actor,    &e.action, &e.target,
                                &e.details,      &e.prevHash, &e.hash};
        for (int i = 0; i < 7; ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i + 2));
            texts[i]->assign(text ? text : "",
                             text ? static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, i + 2)) : 0);
        }
        return true;
    }
    const std::string &error() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::string m_error;
};

Digest chainHash(const Digest &prev, const std::string &canonical) {
    thread_local Sha256 h;
    return h.add(prev).add(canonical).finish();
}

std::atomic<int> g_connections{0};
} // namespace

std::string canonicalEntry(const AuditEntry &e) {
    std::string out;
    out.reserve(96 + e.actor.size() + e.action.size() + e.target.size() + e.details.size() +
                e.installation.size());
    out += "{\"action\":";
    appendJcsString(out, e.action);
    out += ",\"actor\":";
    appendJcsString(out, e.actor);
    out += ",\"details\":";
    out += e.details;
    out += ",\"installation\":";
    appendJcsString(out, e.installation);
    out += ",\"seq\":";
    appendJcsInteger(out, e.seq);
    out += ",\"target\":";
    appendJcsString(out, e.target);
    out += ",\"time\":";
    appendJcsInteger(out, e.timeMs);
    out += '}';
    return out;
}

std::string currentActor() {
    std::string user;
    for (const char *var : {"USER", "LOGNAME"})
        if (const char *v = std::getenv(var); v && *v) {
            user = v;
            break;
        }
    if (user.empty()) {
        if (const passwd *pw = ::getpwuid(::getuid()))
            user = pw->pw_name;
        else
            user = "uid" + std::to_string(::getuid());
    }
    return user + "@" + QSysInfo::machineHostName().toStdString();
}

QString defaultDataDirectory() {
    const QString env = qEnvironmentVariable("ASSURANCE_DATA_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/assurance-console");
}

QString defaultAuditDbPath() {
    return defaultDataDirectory() + QStringLiteral("/audit.db");
}

AuditLog::~AuditLog() {
    if (!m_connection.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

std::unique_ptr<AuditLog> AuditLog::open(const std::string &path, std::string *error, Mode mode,
                                         const Clock *clock) {
    std::unique_ptr<AuditLog> log(new AuditLog);
    log->m_path = path;
    log->m_clock = clock ? clock : &log->m_systemClock;
    log->m_actor = currentActor();
    if (!log->init(mode, error))
        return nullptr;
    return log;
}

bool AuditLog::exec(const QString &sql, std::string *error) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        setError(error, m_path + ": " + sqlError(q));
        return false;
    }
    return true;
}

bool AuditLog::init(Mode mode, std::string *error) {
    const QFileInfo info(qs(m_path));
    if (mode == Mode::ReadOnly && !info.exists()) {
        setError(error, m_path + ": no audit log there");
        return false;
    }
    if (mode == Mode::ReadWrite && !QDir().mkpath(info.absolutePath())) {
        setError(error, info.absolutePath().toStdString() + ": cannot create the directory");
        return false;
    }
    m_connection = QStringLiteral("audit-%1").arg(++g_connections);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(qs(m_path));
    db.setConnectOptions(mode == Mode::ReadOnly
                             ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000;QSQLITE_OPEN_READONLY")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!db.open()) {
        setError(error, m_path + ": " + db.lastError().text().toStdString());
        return false;
    }
    if (mode == Mode::ReadWrite) {
        QSqlQuery q(db);
        // WAL: readers never block the writer; synchronous=FULL: a committed entry survives a
        // power cut (the WAL is synced at every commit).
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
            q.value(0).toString() != QLatin1String("wal")) {
            setError(error, m_path + ": not a writable SQLite database (" + sqlError(q) + ")");
            return false;
        }
        if (!exec(QStringLiteral("PRAGMA synchronous=FULL"), error) ||
            !exec(QStringLiteral("BEGIN IMMEDIATE"), error))
            return false;
        const char *schema[] = {
            "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS entries(seq INTEGER PRIMARY KEY, time_ms INTEGER NOT NULL, "
            "installation TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, "
            "details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
            "CREATE INDEX IF NOT EXISTS entries_time ON entries(time_ms)",
            "CREATE TABLE IF NOT EXISTS checkpoints(id INTEGER PRIMARY KEY, size INTEGER NOT NULL, "
            "root TEXT NOT NULL, time_ms INTEGER NOT NULL, note TEXT NOT NULL)",
        };
        for (const char *s : schema)
            if (!exec(QString::fromLatin1(s), error)) {
                exec(QStringLiteral("ROLLBACK"), nullptr);
                return false;
            }
        for (const char *table : {"meta", "entries", "checkpoints"})
            for (const char *op : {"UPDATE", "DELETE"}) {
                const QString sql =
                    QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_no_%2 BEFORE %3 ON %1 BEGIN "
                                   "SELECT RAISE(ABORT, 'the audit log is append-only'); END")
                        .arg(QLatin1String(table), QString::fromLatin1(op).toLower(), QLatin1String(op));
                if (!exec(sql, error)) {
                    exec(QStringLiteral("ROLLBACK"), nullptr);
                    return false;
                }
            }
    }
    std::map<std::string, std::string> meta;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
            setError(error, m_path + ": not an audit log (" + sqlError(q) + ")");
            if (mode == Mode::ReadWrite)
                exec(QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
        while (q.next())
            meta[str(q.value(0))] = str(q.value(1));
    }
    const std::string keyFile = keyPath();
    if (meta.empty() && mode == Mode::ReadWrite) {
        // First use: the installation id and the key that signs this database's checkpoints.
        std::string why;
        std::optional<signing::SigningKey> key;
        if (QFileInfo::exists(qs(keyFile))) {
            key = signing::SigningKey::load(keyFile, &why);
        } else {
            key = signing::SigningKey::generate();
            if (!key->save(keyFile, &why))
                key.reset();
        }
        if (!key) {
            setError(error, why);
            exec(QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
        meta = {{"format", kFormat},
                {"installation_id", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()},
                {"public_key", key->publicKey().pem()},
                {"created_ms", std::to_string(m_clock->nowMs())}};
        for (const auto &[k, v] : meta) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)"));
            q.addBindValue(qs(k));
            q.addBindValue(qs(v));
            if (!q.exec()) {
                setError(error, m_path + ": " + sqlError(q));
                exec(QStringLiteral("ROLLBACK"), nullptr);
                return false;
            }
        }
        m_key = std::move(key);
    }
    if (mode == Mode::ReadWrite && !exec(QStringLiteral("COMMIT"), error))
        return false;
    if (meta["format"] != kFormat) {
        setError(error, m_path + ": not an audit log of this format (format \"" + meta["format"] + "\")");
        return false;
    }
    m_installation = meta["installation_id"];
    std::string why;
    const auto pub = signing::PublicKey::fromPem(meta["public_key"], &why);
    if (m_installation.empty() || !pub) {
        setError(error, m_path + ": the log's installation id or public key is unreadable");
        return false;
    }
    m_publicKey = *pub;
    if (!m_key && mode == Mode::ReadWrite && QFileInfo::exists(qs(keyFile))) {
        std::string keyError;
        m_key = signing::SigningKey::load(keyFile, &keyError);
        m_keyError = keyError;
    }
    if (m_key && !(m_key->publicKey() == m_publicKey)) {
        m_key.reset();
        m_keyError = keyFile + ": this key did not create the log (fingerprint " + m_publicKey.fingerprint() +
                     " expected)";
    }
    if (!m_key && m_keyError.empty())
        m_keyError = keyFile + ": no signing key beside the log";
    return true;
}

std::optional<AuditEntry> AuditLog::append(const AuditRecord &record, std::string *error) {
    auto entries = appendAll({record}, error);
    if (!entries)
        return std::nullopt;
    return std::move(entries->front());
}

std::optional<std::vector<AuditEntry>> AuditLog::appendAll(const std::vector<AuditRecord> &records,
                                                           std::string *error) {
    // Everything that can be refused is refused before the transaction starts.
    std::vector<std::string> details;
    details.reserve(records.size());
    for (const AuditRecord &record : records) {
        if (record.action.empty()) {
            setError(error, "an audit entry needs an action");
            return std::nullopt;
        }
        std::string why;
        auto canonical = canonicalJson(record.details, &why);
        if (!canonical || canonical->front() != '{') {
            setError(error,
                     "audit details must be a JSON object" + (why.empty() ? std::string() : ": " + why));
            return std::nullopt;
        }
        details.push_back(std::move(*canonical));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return std::nullopt;
    auto rollback = [&](std::string message) -> std::optional<std::vector<AuditEntry>> {
        exec(QStringLiteral("ROLLBACK"), nullptr);
        setError(error, std::move(message));
        return std::nullopt;
    };
    std::int64_t seq = 1;
    std::string prevHex = signing::toHex(Digest{});
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1")))
            return rollback(m_path + ": " + sqlError(q));
        if (q.next()) {
            seq = q.value(0).toLongLong() + 1;
            prevHex = str(q.value(1));
        }
    }
    auto prev = signing::digestFromHex(prevHex);
    if (!prev)
        return rollback(m_path + ": the last entry's hash is unreadable; run 'assurancectl audit verify'");
    const std::int64_t now = m_clock->nowMs();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO entries(") + kEntryColumns +
              QStringLiteral(") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    std::vector<AuditEntry> out;
    out.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
        AuditEntry e;
        e.seq = seq++;
        e.timeMs = now;
        e.installation = m_installation;
        e.actor = records[i].actor.empty() ? m_actor : records[i].actor;
        e.action = records[i].action;
        e.target = records[i].target;
        e.details = std::move(details[i]);
        e.prevHash = prevHex;
        *prev = chainHash(*prev, canonicalEntry(e));
        e.hash = signing::toHex(*prev);
        prevHex = e.hash;
        q.bindValue(0, qlonglong(e.seq));
        q.bindValue(1, qlonglong(e.timeMs));
        int column = 2;
        for (const std::string *s :
             {&e.installation, &e.actor, &e.action, &e.target, &e.details, &e.prevHash, &e.hash})
            q.bindValue(column++, qs(*s));
        if (!q.exec())
            return rollback(m_path + ": " + sqlError(q));
        out.push_back(std::move(e));
    }
    if (!exec(QStringLiteral("COMMIT"), error)) {
        exec(QStringLiteral("ROLLBACK"), nullptr);
        return std::nullopt;
    }
    return out;
}

std::optional<std::int64_t> AuditLog::size(std::string *error) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM entries")) || !q.next()) {
        setError(error, m_path + ": " + sqlError(q));
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<std::vector<AuditEntry>> AuditLog::entries(const AuditFilter &f, std::string *error) {
    QString sql = QStringLiteral("SELECT ") + kEntryColumns + QStringLiteral(" FROM entries WHERE seq > ?");
    if (f.sinceMs)
        sql += QStringLiteral(" AND time_ms >= ?");
    if (f.untilMs)
        sql += QStringLiteral(" AND time_ms <= ?");
    if (!f.actor.empty())
        sql += QStringLiteral(" AND actor = ?");
    if (!f.action.empty())
        sql += QStringLiteral(" AND (action = ? OR substr(action, 1, ?) = ?)");
    sql += QStringLiteral(" ORDER BY seq");
    if (f.limit >= 0)
        sql += QStringLiteral(" LIMIT ?");
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(qlonglong(f.afterSeq));
    if (f.sinceMs)
        q.addBindValue(qlonglong(*f.sinceMs));
    if (f.untilMs)
        q.addBindValue(qlonglong(*f.untilMs));
    if (!f.actor.empty())
        q.addBindValue(qs(f.actor));
    if (!f.action.empty()) {
        q.addBindValue(qs(f.action));
        q.addBindValue(qlonglong(f.action.size() + 1));
        q.addBindValue(qs(f.action + "."));
    }
    if (f.limit >= 0)
        q.addBindValue(qlonglong(f.limit));
    if (!q.exec()) {
        setError(error, m_path + ": " + sqlError(q));
        return std::nullopt;
    }
    std::vector<AuditEntry> out;
    while (q.next())
        out.push_back(entryFrom(q));
    return out;
}

std::optional<std::vector<StoredCheckpoint>> AuditLog::checkpoints(std::string *error) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT id, size, root, time_ms, note FROM checkpoints ORDER BY id"))) {
        setError(error, m_path + ": " + sqlError(q));
        return std::nullopt;
    }
    std::vector<StoredCheckpoint> out;
    while (q.next()) {
        StoredCheckpoint c;
        c.id = q.value(0).toLongLong();
        c.checkpoint.size = static_cast<std::uint64_t>(q.value(1).toLongLong());
        c.checkpoint.root = signing::digestFromHex(str(q.value(2))).value_or(Digest{});
        c.checkpoint.timeMs = q.value(3).toLongLong();
        c.checkpoint.note = str(q.value(4));
        c.checkpoint.origin = c.checkpoint.note.substr(0, c.checkpoint.note.find('\n'));
        out.push_back(std::move(c));
    }
    return out;
}

std::optional<std::vector<Digest>> AuditLog::leafHashes(std::uint64_t count, std::string *error) {
    EntryReader reader(QSqlDatabase::database(m_connection, false), 0, static_cast<std::int64_t>(count));
    std::vector<Digest> leaves;
    leaves.reserve(count);
    AuditEntry e;
    while (reader.next(e))
        leaves.push_back(leafHash(canonicalEntry(e)));
    if (!reader.error().empty()) {
        setError(error, m_path + ": " + reader.error());
        return std::nullopt;
    }
    if (leaves.size() != count) {
        setError(error, m_path + ": the log holds " + std::to_string(leaves.size()) + " entries, not " +
                            std::to_string(count));
        return std::nullopt;
    }
    return leaves;
}

std::optional<StoredCheckpoint> AuditLog::checkpoint(std::string *error, const std::string &actor) {
    if (!m_key) {
        setError(error, m_keyError);
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // One transaction: the size and root are of the log as it is while no one else appends.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return std::nullopt;
    auto rollback = [&](std::string message) -> std::optional<StoredCheckpoint> {
        exec(QStringLiteral("ROLLBACK"), nullptr);
        setError(error, std::move(message));
        return std::nullopt;
    };
    const auto n = size(error);
    if (!n)
        return rollback(error ? *error : std::string());
    std::int64_t lastTime = 0;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(time_ms), 0) FROM checkpoints")) || !q.next())
            return rollback(m_path + ": " + sqlError(q));
        lastTime = q.value(0).toLongLong();
    }
    const auto leaves = leafHashes(static_cast<std::uint64_t>(*n), error);
    if (!leaves)
        return rollback(error ? *error : std::string());
    StoredCheckpoint stored;
    // The license clock's latest time seen, signed into the checkpoint (docs/license.md): kept in the
    // data directory beside the log, moved forward to this checkpoint's time.
    const std::int64_t timeMs = std::max(lastTime, m_clock->nowMs());
    const QString dataDir = QFileInfo(QString::fromStdString(m_path)).absolutePath();
    const std::int64_t stored_latest = license::readLatestTimeSeen(dataDir);
    const std::int64_t latestSeen = license::checkClock(timeMs, stored_latest).latestSeenMs;
    if (latestSeen > stored_latest)
        license::recordLatestTimeSeen(dataDir, latestSeen, nullptr);
    stored.checkpoint =
        signCheckpoint(m_installation, leaves->size(), rootOf(*leaves), timeMs, *m_key, latestSeen);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO checkpoints(size, root, time_ms, note) VALUES(?, ?, ?, ?)"));
    q.addBindValue(qlonglong(stored.checkpoint.size));
    q.addBindValue(qs(signing::toHex(stored.checkpoint.root)));
    q.addBindValue(qlonglong(stored.checkpoint.timeMs));
    q.addBindValue(qs(stored.checkpoint.note));
    if (!q.exec())
        return rollback(m_path + ": " + sqlError(q));
    stored.id = q.lastInsertId().toLongLong();
    stored.checkpoint.origin = m_installation;
    if (!exec(QStringLiteral("COMMIT"), error)) {
        exec(QStringLiteral("ROLLBACK"), nullptr);
        return std::nullopt;
    }
    std::string details = "{\"checkpoint\":" + std::to_string(stored.id) + ",\"root\":\"" +
                          signing::toHex(stored.checkpoint.root) +
                          "\",\"size\":" + std::to_string(stored.checkpoint.size) + "}";
    if (!append({"audit.checkpoint", "checkpoint/" + std::to_string(stored.id), details, actor}, error))
        return std::nullopt;
    return stored;
}

VerifyReport AuditLog::verify(const std::optional<signing::PublicKey> &trusted, const Progress &progress,
                              const std::atomic<bool> *cancel) {
    // One read transaction: the checkpoints and the entries are one snapshot, whatever other
    // processes append meanwhile (WAL readers never block them).
    const bool snapshot = exec(QStringLiteral("BEGIN"), nullptr);
    VerifyReport report = verifySnapshot(trusted, progress, cancel);
    if (snapshot)
        exec(QStringLiteral("ROLLBACK"), nullptr);
    return report;
}

VerifyReport AuditLog::verifySnapshot(const std::optional<signing::PublicKey> &trusted,
                                      const Progress &progress, const std::atomic<bool> *cancel) {
    VerifyReport report;
    report.installation = m_installation;
    const signing::PublicKey key = trusted ? *trusted : m_publicKey;
    report.keyFingerprint = key.fingerprint();
    auto problem = [&report](VerifyProblem::Kind kind, std::int64_t number, std::string message) {
        report.problems.push_back({kind, number, std::move(message)});
    };
    auto brokenEntry = [&](std::int64_t seq, const std::string &reason) {
        problem(VerifyProblem::Kind::Entry, seq, "entry " + std::to_string(seq) + " INVALID: " + reason);
        if (report.firstBrokenEntry == 0 || seq < report.firstBrokenEntry) {
            report.firstBrokenEntry = seq;
            report.firstBrokenReason = reason;
        }
    };
    if (trusted && !(*trusted == m_publicKey))
        problem(VerifyProblem::Kind::Log, 0,
                "log INVALID: its own key (fingerprint " + m_publicKey.fingerprint() +
                    ") is not the trusted key (fingerprint " + trusted->fingerprint() + ")");

    std::string error;
    auto checkpoints = this->checkpoints(&error);
    std::int64_t total = 0;
    if (const auto n = size(&error))
        total = *n;
    if (!checkpoints) {
        problem(VerifyProblem::Kind::Log, 0, "log UNREADABLE: " + error);
        return report;
    }
    report.checkpoints = static_cast<std::int64_t>(checkpoints->size());
    // Each checkpoint on its own: its note, its signature, its row, its time after its predecessor.
    std::multimap<std::uint64_t, std::size_t> bySize;
    std::int64_t previousTime = 0;
    for (std::size_t i = 0; i < checkpoints->size(); ++i) {
        const StoredCheckpoint &c = (*checkpoints)[i];
        const std::string name = "checkpoint " + std::to_string(c.id);
        std::string why;
        const auto parsed = parseCheckpoint(c.checkpoint.note, &why);
        if (!parsed) {
            problem(VerifyProblem::Kind::Checkpoint, c.id, name + " INVALID: " + why);
            continue;
        }
        if (parsed->origin != m_installation)
            problem(VerifyProblem::Kind::Checkpoint, c.id,
                    name + " INVALID: origin isn't this log's installation id");
        if (parsed->size != c.checkpoint.size || parsed->root != c.checkpoint.root ||
            parsed->timeMs != c.checkpoint.timeMs)
            problem(VerifyProblem::Kind::Checkpoint, c.id,
                    name + " INVALID: its columns don't match its signed note");
        if (!checkpointSignedBy(c.checkpoint.note, key))
            problem(VerifyProblem::Kind::Checkpoint, c.id,
                    name + " INVALID: signature doesn't verify with key " + key.fingerprint());
        if (parsed->timeMs < previousTime)
            problem(VerifyProblem::Kind::Checkpoint, c.id,
                    name + " INVALID: its time is earlier than its predecessor's");
        previousTime = std::max(previousTime, parsed->timeMs);
        if (parsed->size > static_cast<std::uint64_t>(total))
            problem(VerifyProblem::Kind::Checkpoint, c.id,
                    name + " INVALID: it signs " + std::to_string(parsed->size) +
                        " entries but the log holds " + std::to_string(total) + ": the log was truncated");
        else
            bySize.emplace(parsed->size, i);
    }

    EntryReader reader(QSqlDatabase::database(m_connection, false), std::numeric_limits<std::int64_t>::min(),
                       -1);
    MerkleAccumulator tree;
    Digest previousHash{};
    std::string previousHashHex = signing::toHex(previousHash);
    std::int64_t expectedSeq = 1;
    std::map<std::int64_t, std::pair<std::uint64_t, std::string>> recordedCheckpoints; // id → size, root
    auto checkRoots = [&] {
        const auto range = bySize.equal_range(tree.size());
        if (range.first == range.second)
            return;
        const Digest root = tree.root();
        for (auto it = range.first; it != range.second; ++it) {
            const StoredCheckpoint &c = (*checkpoints)[it->second];
            if (c.checkpoint.root != root)
                problem(VerifyProblem::Kind::Checkpoint, c.id,
                        "checkpoint " + std::to_string(c.id) +
                            " INVALID: root hash doesn't match the first " +
                            std::to_string(c.checkpoint.size) +
                            " entries: an entry up to there was changed, removed or reordered");
        }
    };
    checkRoots(); // a checkpoint of the empty log
    std::string why;
    AuditEntry e;
    std::string canonical, canonicalDetails;
    simdjson::dom::parser detailsParser; // audit.checkpoint entries' details
    while (reader.next(e)) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            report.cancelled = true;
            return report;
        }
        ++report.entries;
        if (e.seq != expectedSeq) {
            if (e.seq > expectedSeq)
                brokenEntry(expectedSeq,
                            e.seq == expectedSeq + 1
                                ? "missing (deleted)"
                                : "missing, up to entry " + std::to_string(e.seq - 1) + " (deleted)");
            else
                brokenEntry(e.seq, "sequence number out of order");
        }
        expectedSeq = e.seq + 1;
        canonical = canonicalEntry(e);
        if (e.details.empty() || e.details.front() != '{' ||
            !canonicalJsonInto(canonicalDetails, e.details, &why) || canonicalDetails != e.details)
            brokenEntry(e.seq, "details are not a JSON object in canonical form");
        if (e.installation != m_installation)
            brokenEntry(e.seq, "installation id isn't this log's");
        if (e.prevHash != previousHashHex)
            brokenEntry(e.seq, "prev_hash doesn't match the previous entry's hash");
        const Digest computed = chainHash(previousHash, canonical);
        const auto stored = signing::digestFromHex(e.hash);
        if (!stored || *stored != computed)
            brokenEntry(e.seq, "hash value doesn't match");
        // The chain goes on from the stored hash: one changed entry is named once, not all after it.
        previousHash = stored.value_or(computed);
        previousHashHex = e.hash;
        tree.add(leafHash(canonical));
        checkRoots();
        if (e.action == "audit.checkpoint") {
            simdjson::dom::element d;
            std::int64_t id = 0, size = 0;
            std::string_view root;
            if (!detailsParser.parse(e.details).get(d) && !d["checkpoint"].get(id) && !d["size"].get(size) &&
                !d["root"].get(root))
                recordedCheckpoints[id] = {static_cast<std::uint64_t>(size), std::string(root)};
        }
        if (progress && (report.entries & 0xfff) == 0)
            progress(report.entries, total);
    }
    if (!reader.error().empty())
        problem(VerifyProblem::Kind::Log, 0, "log UNREADABLE: " + reader.error());
    // A checkpoint the log recorded making must still be there, as it was made.
    for (const auto &[id, made] : recordedCheckpoints) {
        const auto it = std::find_if(checkpoints->begin(), checkpoints->end(),
                                     [id = id](const StoredCheckpoint &c) { return c.id == id; });
        if (it == checkpoints->end())
            problem(VerifyProblem::Kind::Checkpoint, id,
                    "checkpoint " + std::to_string(id) + " MISSING: the log recorded making it (size " +
                        std::to_string(made.first) + ")");
        else if (it->checkpoint.size != made.first || signing::toHex(it->checkpoint.root) != made.second)
            problem(VerifyProblem::Kind::Checkpoint, id,
                    "checkpoint " + std::to_string(id) +
                        " INVALID: not the checkpoint the log recorded making");
    }
    if (progress)
        progress(report.entries, total);
    return report;
}

std::optional<InclusionProofResult> AuditLog::proveInclusion(std::int64_t seq, std::uint64_t size,
                                                             std::string *error) {
    const auto all = checkpoints(error);
    if (!all)
        return std::nullopt;
    if (size == 0) {
        if (all->empty()) {
            setError(error,
                     "no checkpoint yet: make one with 'assurancectl audit checkpoint' or give --size");
            return std::nullopt;
        }
        size = all->back().checkpoint.size;
    }
    if (seq < 1 || static_cast<std::uint64_t>(seq) > size) {
        setError(error, "entry " + std::to_string(seq) + " is not in a tree of size " + std::to_string(size));
        return std::nullopt;
    }
    const auto leaves = leafHashes(size, error);
    if (!leaves)
        return std::nullopt;
    InclusionProofResult r;
    r.index = static_cast<std::uint64_t>(seq - 1);
    r.size = size;
    r.leaf = (*leaves)[r.index];
    const MerkleLevels tree(std::move(*leaves));
    r.root = tree.root(size);
    r.path = tree.inclusionProof(r.index, size);
    for (auto it = all->rbegin(); it != all->rend(); ++it)
        if (it->checkpoint.size == size) {
            r.checkpoint = *it;
            break;
        }
    return r;
}

std::optional<ConsistencyProofResult> AuditLog::proveConsistency(std::uint64_t from, std::uint64_t to,
                                                                 std::string *error) {
    if (from > to) {
        setError(error, "--from must not be larger than --to");
        return std::nullopt;
    }
    const auto all = checkpoints(error);
    if (!all)
        return std::nullopt;
    const auto leaves = leafHashes(to, error);
    if (!leaves)
        return std::nullopt;
    const MerkleLevels tree(std::move(*leaves));
    ConsistencyProofResult r;
    r.from = from;
    r.to = to;
    r.fromRoot = tree.root(from);
    r.toRoot = tree.root(to);
    r.path = tree.consistencyProof(from, to);
    for (auto it = all->rbegin(); it != all->rend(); ++it) {
        if (!r.fromCheckpoint && it->checkpoint.size == from)
            r.fromCheckpoint = *it;
        if (!r.toCheckpoint && it->checkpoint.size == to)
            r.toCheckpoint = *it;
    }
    return r;
}

} // namespace assurance::audit
