#pragma once

#include "evidence/EvidenceVerify.h"
#include "signing/Ed25519.h"

#include <optional>
#include <string>
#include <vector>

// The PDF an auditor is handed with an evidence pack (docs/evidence.md): the verdict on the cover,
// then per model the label history, violation episodes, tolerance versions and metric charts with
// their bands, the audit entries of the range, and the manifest in an appendix.
//
// Needs a QGuiApplication (QPdfWriter and font rendering); the offscreen platform is enough.
// Call it from the thread that owns the application. Visible strings are translated in the
// "report" context.
namespace assurance::report {

struct ReportOutcome {
    evidence::PackVerdict verdict; // the same verdict `evidence verify` reaches
    int pages = 0;
};

// Reads and verifies the pack in one pass (verifyPack with a LineSink that collects what the
// report shows), then writes the PDF. The report is written whatever the verdict (it says it);
// nullopt with `error` only when the PDF could not be written or the pack could not be opened.
std::optional<ReportOutcome> writeEvidenceReport(const std::string &packPath,
                                                 const std::vector<signing::PublicKey> &trusted,
                                                 const std::string &pdfPath, std::string *error);

// "VERIFIED", "INTACT, NOT SIGNED (integrity only)", "INTACT, SIGNED BY AN UNTRUSTED KEY",
// "NOT VERIFIED" (the words of docs/evidence.md; not translated, an auditor compares them).
const char *verdictText(evidence::PackTrust trust);

} // namespace assurance::report
