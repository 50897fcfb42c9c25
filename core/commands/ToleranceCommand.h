#pragma once

#include "commands/EpisodeCommand.h" // AuditAppend
#include "commands/ToleranceWriter.h"

#include <QCoroFwd>

#include <memory>
#include <string>
#include <string_view>

namespace assurance {

struct ToleranceCommandResult : ToleranceWriteResult {
    bool audited = false; // Applied: the entry was appended (or queued)
    std::string auditError;
    audit::AuditRecord auditRecord;
};

// An operator's save of a model's tolerance set (STYLE.md "Operator actions are commands"):
// validates (a valid model id, a non-blank reason, the bounds the agent accepts — the set is
// serialised and parsed back with parseTolerances, so exactly the agent's rules and wording), a
// writable source; the writer assigns version = stored + 1, checks `expectedVersion` and writes the
// set, its history entry and the announcement in one step. Then the audit entry
// `tolerances.save` (or `tolerances.restore` with `restoredFrom`), target `tolerances/<model>`,
// details {"after": <set>, "before": <set or null>, "model", "reason", "restored_from"?,
// "version"}. Nothing is written and nothing audited unless Applied.
// Threading: as EpisodeCommand — run() blocks (CLI, worker thread); runAsync() is for the GUI
// thread: the write on a pool thread, the audit append back on the calling thread.
class ToleranceCommand {
public:
    // Plain-English reason the save cannot even be tried, or "".
    static std::string validate(const ToleranceSave &save);
    static ToleranceCommandResult run(ToleranceWriter *writer, ToleranceSave save, const AuditAppend &audit);
    static QCoro::Task<ToleranceCommandResult> runAsync(std::shared_ptr<ToleranceWriter> writer,
                                                        ToleranceSave save, AuditAppend audit);
    // A restore: `version`'s metrics as a new save (the caller runs it). False with `error` when the
    // history has no such version or its bytes do not parse.
    static std::optional<ToleranceSave> restoreOf(const ToleranceRecord &record, int version,
                                                  std::string *error);
    // "saved v5 of m" / "not written: m's tolerances are at v5 now, saved by bob@host at … (\"…\")".
    static std::string describe(const ToleranceWriteResult &result, const ToleranceSave &save);
    // The set the save would store, with `version` (the writer's job; exposed for it and tests).
    static ToleranceSet setOf(const ToleranceSave &save, int version);
};

// Builds a reference profile from JSON Lines inference events of one model (what the agent's
// --reference does): lines of other models or kinds are skipped and counted.
struct ReferenceBuild {
    std::optional<ReferenceProfile> profile; // nullopt: no inference event of the model
    std::uint64_t events = 0, skippedLines = 0, mixedTypeValues = 0;
    std::string error;
};
ReferenceBuild buildReferenceFromJsonl(std::string_view jsonl, const std::string &modelId);

struct ReferenceCommandResult : ReferenceWriteResult {
    bool audited = false;
    std::string auditError;
    audit::AuditRecord auditRecord;
};

// `reference.set`: stores `profile` as the model's drift reference (reference:{id}, announced as
// {"type": "reference"} on assurance:updates; agents not pinned with --reference apply it to the
// windows they close from then on), audited with target `reference/<model>`, details {"events",
// "features", "model", "replaced" (bool), "source" (a file name or "")}.
class ReferenceCommand {
public:
    static ReferenceCommandResult run(ToleranceWriter *writer, const ReferenceProfile &profile,
                                      const std::string &source, const std::string &actor,
                                      const AuditAppend &audit);
    static QCoro::Task<ReferenceCommandResult> runAsync(std::shared_ptr<ToleranceWriter> writer,
                                                        ReferenceProfile profile, std::string source,
                                                        AuditAppend audit);
};

} // namespace assurance
