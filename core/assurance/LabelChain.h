#pragma once

#include "assurance/AssuranceLabel.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace assurance {

// Where a run of labels stops proving itself (docs/assurance.md "Label history").
struct LabelChainBreak {
    std::size_t index = 0; // the first label that does not verify
    std::string reason;    // e.g. "prev_hash is not the hash of the label for 2025-10-27T16_01_00Z"
};

// Checks a model's labels in window order (SnapshotStore::labelHistory, or an evidence pack):
// every label's stored hash must be the SHA-256 of its content (labelHash), window ends must
// increase, and label N's prev_hash must equal label N-1's hash, so that a label deleted or edited
// inside the run shows at the label after it. The first label is linked to `predecessorHash` when
// given (the hash of the label just before the run), else it only has to verify itself. A label
// without prev_hash (written before labels were chained) may only come before the chained ones.
// nullopt: the whole run verifies.
std::optional<LabelChainBreak>
verifyLabelChain(const std::vector<AssuranceLabel> &labels,
                 const std::optional<std::string> &predecessorHash = std::nullopt);

} // namespace assurance
