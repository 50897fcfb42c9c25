#pragma once

#include "audit/AuditLog.h"
#include "commands/EpisodeWriter.h"

#include <QCoroFwd>

#include <functional>
#include <memory>
#include <string>

namespace assurance {

// Appends one audit entry; false with `error` when it could not. The CLI passes AuditLog::append;
// the console passes AuditService::record (queued: returns true, failures come as its
// recordFailed() signal).
using AuditAppend = std::function<bool(const audit::AuditRecord &record, std::string *error)>;

struct EpisodeCommandResult : EpisodeWriteResult {
    // Applied: the entry was appended (or queued). False with `auditError` when the action is in the
    // record but its audit entry could not be written (the CLI exits 3 and says so).
    bool audited = false;
    std::string auditError;
    audit::AuditRecord auditRecord; // Applied: what was handed to the log
};

// An operator's acknowledge / resolve / add note on a violation episode (STYLE.md "Operator
// actions are commands"): validates (a known action, a well-formed episode id, a non-blank note, a
// writable source), applies it through the source's EpisodeWriter (which checks existence,
// optimistic concurrency and the workflow's rules, and writes atomically), then appends the audit
// entry `violation.acknowledge` / `violation.resolve` / `violation.note`, target
// `episode/<episode id>`, details {"metric", "model", "note", "status_after", "status_before"}
// (canonical JSON; never a secret). Nothing is written and nothing audited unless Applied.
//
// Threading contract:
//  - run() blocks (the writer's round trip and the audit append): a CLI or a worker thread only.
//  - runAsync() is for the GUI thread and never blocks it: validation happens at once, the write
//    runs on a pool thread (QtConcurrent), and when it returns the audit entry is appended on the
//    calling thread (AuditService::record is a GUI-thread call) and the task completes there. The
//    writer is shared so that a source stopped meanwhile does not pull it away; awaiting callers
//    hold their receivers with QPointer / QCoro::connect (STYLE.md).
class EpisodeCommand {
public:
    // Plain-English reason an action cannot even be tried, or "" (also used by the CLI and the
    // console before enabling a button). Checks the note and the episode id's form.
    static std::string validate(const EpisodeAction &action);
    // The model of an episode id ({model}:{metric}:{timestamp}); "" when the id is not of that form.
    static std::string modelOf(const std::string &episodeId);
    // "violation.acknowledge", "violation.resolve", "violation.note".
    static std::string auditAction(OperatorAction::Kind kind);

    static EpisodeCommandResult run(EpisodeWriter *writer, EpisodeAction action, const AuditAppend &audit);
    static QCoro::Task<EpisodeCommandResult> runAsync(std::shared_ptr<EpisodeWriter> writer,
                                                      EpisodeAction action, AuditAppend audit);

    // A sentence for people about a result that is not Applied (the CLI prints it; the console has
    // its own translated text): "m:accuracy:… was acknowledged by bob@host at 2025-… (\"on it\")".
    static std::string describe(const EpisodeWriteResult &result, const EpisodeAction &action);
};

} // namespace assurance
