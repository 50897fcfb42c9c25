#include "LabelChain.h"

#include "json/Timestamps.h"

namespace assurance {

std::optional<LabelChainBreak> verifyLabelChain(const std::vector<AssuranceLabel> &labels,
                                                const std::optional<std::string> &predecessorHash) {
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const AssuranceLabel &l = labels[i];
        const std::string when = timestamps::formatWindowTimestamp(l.windowEndMs);
        if (labelHash(l) != l.hash)
            return LabelChainBreak{i, "the label for " + when +
                                          " was altered: its hash does not match its content"};
        if (i == 0 && !predecessorHash)
            continue;
        const std::string &before = i == 0 ? *predecessorHash : labels[i - 1].hash;
        const std::string beforeName =
            i == 0 ? std::string("the label before the range")
                   : "the label for " + timestamps::formatWindowTimestamp(labels[i - 1].windowEndMs);
        if (i > 0 && l.windowEndMs <= labels[i - 1].windowEndMs)
            return LabelChainBreak{i,
                                   "the label for " + when + " does not follow " + beforeName + " in time"};
        if (!l.prevHash) {
            if (i > 0 && !labels[i - 1].prevHash)
                continue; // both from before the chain: nothing links them
            return LabelChainBreak{i, "the label for " + when + " has no prev_hash after a chained label"};
        }
        if (*l.prevHash != before)
            return LabelChainBreak{i, "the label for " + when + " has a prev_hash that is not the hash of " +
                                          beforeName + ": a label is missing or was altered in between"};
    }
    return std::nullopt;
}

} // namespace assurance
