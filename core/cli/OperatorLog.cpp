#include "OperatorLog.h"

#include "audit/AuditLog.h"

namespace assurance {

std::unique_ptr<audit::AuditLog> openOperatorLog(const std::string &auditDb, CommandResult &failure) {
    std::string error;
    auto log =
        audit::AuditLog::open(auditDb.empty() ? audit::defaultAuditDbPath().toStdString() : auditDb, &error);
    if (!log)
        failure = {3, {}, "assurancectl: " + error + "\n"};
    return log;
}

AuditAppend appendTo(audit::AuditLog &log) {
    return [&log](const audit::AuditRecord &record, std::string *error) {
        return log.append(record, error).has_value();
    };
}

} // namespace assurance
