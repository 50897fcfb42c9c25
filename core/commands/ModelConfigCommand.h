#pragma once

#include "commands/EpisodeCommand.h" // AuditAppend
#include "commands/ModelConfigWriter.h"

#include <QCoroFwd>

#include <memory>
#include <string>

namespace assurance {

struct ModelConfigCommandResult : ModelConfigWriteResult {
    // Applied: the audit entry was appended (or queued); false with `auditError` when the change
    // is stored but its entry could not be written (the CLI exits 3 and says so).
    bool audited = false;
    std::string auditError;
    audit::AuditRecord auditRecord; // Applied: what was handed to the log
};

// Why an edit cannot even be tried, as a code the console translates (describeProblem() gives
// the CLI's English).
struct ModelConfigProblem {
    enum class Kind { None, BadModelId, BadEndpoint, BadTopic, TooLong, ControlCharacter };
    Kind kind = Kind::None;
    std::string field; // the offending field's stored key: "endpoint", "topic", "notes" …
    explicit operator bool() const { return kind != Kind::None; }
};

// An operator's add / edit / retire / restore of a model configuration (STYLE.md "Operator actions
// are commands"): validates (the id's pattern ^[A-Za-z0-9._-]{1,128}$; an endpoint that is empty
// or an absolute http(s) URL with a host and no query or fragment; a Kafka topic name
// ^[A-Za-z0-9._-]{1,249}$ or empty; display name and owner up to 200 characters, notes up to
// 4000, no control characters except newlines and tabs in notes), applies it through the
// source's ModelConfigWriter (uniqueness on add, optimistic concurrency, one atomic write), then
// appends the audit entry `model.add` / `model.edit` / `model.retire` / `model.restore`, target
// `model/<id>`, details {"after": config, "before": config or null, "model": id}. Nothing is
// written and nothing audited unless Applied.
//
// Threading contract (as EpisodeCommand): run() blocks (CLI, worker threads); runAsync() and
// readAsync() are for the GUI thread: validation at once, the writer on a pool thread, the audit
// entry appended on the calling thread when the write returns.
class ModelConfigCommand {
public:
    static ModelConfigProblem validate(const ModelConfigEdit &edit);
    static std::string describeProblem(const ModelConfigProblem &problem, const std::string &modelId);
    // "model.add", "model.edit", "model.retire", "model.restore".
    static std::string auditAction(ModelConfigEdit::Kind kind);

    static ModelConfigCommandResult run(ModelConfigWriter *writer, ModelConfigEdit edit,
                                        const AuditAppend &audit);
    static QCoro::Task<ModelConfigCommandResult> runAsync(std::shared_ptr<ModelConfigWriter> writer,
                                                          ModelConfigEdit edit, AuditAppend audit);
    // The writer's read() on a pool thread; a null writer answers !ok ("read-only").
    static QCoro::Task<ModelCatalog> readAsync(std::shared_ptr<ModelConfigWriter> writer);

    // A sentence for people about a result (the CLI prints it).
    static std::string describe(const ModelConfigWriteResult &result, const ModelConfigEdit &edit);
};

} // namespace assurance
