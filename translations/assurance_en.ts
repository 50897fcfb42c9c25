<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Redis URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Remote source (an agent&apos;s WebSocket gateway) is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence pack was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature drift (PSI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watts per inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence floor (p5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <comment>unit of the domain violation count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid model_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required field missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid metric value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>agent</name>
    <message>
        <source>Consumes model telemetry from Kafka, computes metrics per model and window, writes Redis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka bootstrap servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic (repeatable; default model-telemetry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer group shared by the agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File whose first line is the Redis password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window length (default 60s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed lateness (default 10s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History retention in Redis (default 7d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event time re-read before the committed offset after a crash, so late labels still join (default 5m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed, earliest, latest or a date-time (default committed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build MODEL&apos;s reference profile from inference events (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL=classification|regression (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A librdkafka property, e.g. security.protocol=SASL_SSL (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve /healthz and /metrics on ADDRESS:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--brokers, --group and --redis are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start must be committed, earliest, latest or a date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kafka-property needs KEY=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the Redis password file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durations look like 60s, 5m, 1h or 7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reference needs MODEL=FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--task needs MODEL=classification|regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a model&apos;s windows after this long without events (default: the window length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads sharing the partitions (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads needs a number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed windows a worker keeps while Redis is down before its partitions pause (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-queued-windows needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models this agent keeps at once; events of further models are dropped and counted (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-models needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed violation episodes move from violations:{id} to violations:{id}:closed this long after they closed (window time; default 7d, 0 = never).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::DemoTelemetrySource</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::DirectTelemetrySource</name>
    <message>
        <source>Direct (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::audit::AuditService</name>
    <message>
        <source>no audit log is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded (%1): the audit log is not open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::audit::AuditWorker</name>
    <message>
        <source>Not recorded (%1): the audit log is not open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::evidence::EvidenceExportJob</name>
    <message>
        <source>An export is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one model, a file, and a range whose start is not after its end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::license::LicenseService</name>
    <message>
        <source>License %1 activated for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not deactivate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license was deactivated: this installation is Community now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::report</name>
    <message>
        <source>Intact, and signed by a trusted key: the holder of that key built exactly these bytes. Nothing was added, removed, reordered or changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact and validly signed, but by a key that was not named as trusted. Compare the signer&apos;s fingerprint with the organisation&apos;s key out of band, then verify with --pubkey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact, but not signed: anyone could have built this pack. It proves integrity against accidents (a truncated copy, a flipped bit) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something in the pack does not verify. What follows is shown as read; rows whose record failed its checks are marked INVALID in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::report::ReportRenderer</name>
    <message>
        <source>Evidence report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assurance Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models %1, from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First broken record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted: a key named with --pubkey or in the trusted-keys setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT a trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit installations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line of every part was checked as it streamed by, every member&apos;s SHA-256 against the signed statement, and the root digest recomputed (assurancectl evidence verify reaches the same result).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 parts valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root digest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first broken record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to check this pack yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With our tool, on any machine (name the organisation key you obtained out of band):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it: the pack is a plain tar; the root digest above is what standard tools print over its members in pack order (docs/evidence.md describes them and the manifest):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines this report could not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored windows in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stored windows. Shaded: the warning (amber) and critical (red) bands of the tolerance version in force at each time, where the pack holds it. Ringed in red: a window whose record failed its checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assurance labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labels in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>composite score (0–100); ticks: verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(outside the range: the chain&apos;s link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 labels: the table lists the first, each change of grade, verdict or tolerance version, and every label that failed its checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No violation episode was open in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed / bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor and note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack holds no tolerance version of this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack holds no audit entry of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries of the range and one boundary entry on each side (shown grey), each proved into a checkpoint signed by its installation&apos;s key. Installation: the start of its id; the cover lists each installation with its key fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member but the manifest, in pack order, with its SHA-256 as the signed statement lists it. The root digest is the SHA-256 of the lines &quot;&lt;sha256&gt;  &lt;name&gt;&quot; of these members, exactly what `sha256sum &lt;members&gt; | sha256sum` prints after `tar -xf`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this proves. A verified pack proves that its signer built exactly these bytes. The record parts are what the record (Redis) held at export time: the pack does not prove that the agents computed them correctly, nor that the record was not edited before the export, except where the record carries its own proof: labels carry their hash, audit entries their inclusion proofs into checkpoints signed by the installation key (compare its fingerprint out of band). Violations and configurations carry no proof of their own beyond the manifest. Format: docs/evidence.md, assurance-evidence-v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode (metric, opened UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::AlertListModel</name>
    <message numerus="yes">
        <source>%1  %2 — %3 back within tolerance after %n window(s)</source>
        <translation>
            <numerusform>%1  %2 — %3 back within tolerance after %n window</numerusform>
            <numerusform>%1  %2 — %3 back within tolerance after %n windows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 — %3 escalated to critical: %4 (bound %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 — %3 critical: %4 (bound %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 — %3 warning: %4 (bound %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::AssuranceLabelTab</name>
    <message>
        <source>No model has reported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each card scores the model&apos;s latest closed window against its tolerances: 100 inside, 50 in warning, 0 in critical, weighted. Grade A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else F. Assured needs A or B and no critical metric. History… shows how a label changed, why, and whether its chain is consistent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::AuditEntryTableModel</name>
    <message>
        <source>hash %1
previous %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::AuditEvidenceTab</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention: keep this log for at least 6 months (EU AI Act, Art. 19 and 26(6)). The console never deletes or changes an entry; every change it makes is appended to a SHA-256 hash chain whose signed checkpoints reveal a rewritten or truncated log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor (exact, e.g. user@host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action (e.g. source or source.connect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash, the chain, and each checkpoint&apos;s root and signature. The result is recorded in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checkpoint is signed this often while entries were added since the last one (0 = off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic checkpoint every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open evidence pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic checkpoint failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit log: this console records nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording: every change made in this console is appended to this log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be opened: %1. The console keeps working, but its changes are NOT recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shown, loading…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n entries: nothing was concluded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>VERIFIED: %1 entries and %2 checkpoints, signed by key %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n problem(s). First broken entry: entry %1 (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n problem(s), listed below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signing a checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkpoint made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint %1 signed: %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a signed pack of the record and this audit log for an auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a pack offline: File → Open Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reads the Direct source&apos;s record: connect to Redis first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console&apos;s audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s), %1 bytes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Root digest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: proves integrity only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::BaselineTolerancesTab</name>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply as baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag across the chart or type a range, then propose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History and baseline from a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a JSON Lines file of inference events to preview a new drift reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference for drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why restore v%1 of %2? (required, kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned: an agent on %1 uses the reference file %2 (--reference) for this model and ignores references saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tolerance history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no window with a value of %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Proposed baseline for %1: %2 = %3, from %n window(s) in %4 (min %5, max %6; values %7)%8. Apply it to put it in the editor; it is saved only with Save.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n window(s) without a value left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline applied to the editor; Save to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tolerances of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this change? (required, kept with the version and in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore v%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved v%1 (restored from v%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved v%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit entry could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the tolerances changed since you opened them — v%1 was saved by %2 at %3 (“%4”). Your edits are kept: Revert to see theirs, or save again over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the tolerances changed since you opened them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s), %2 feature(s)%3. Not in force until saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reference not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference saved from %1; agents apply it to the windows they open from now on (except agents that pinned this model with --reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved as the drift reference of %2 (preview below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the rows the agent would refuse first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped defaults in force (no stored set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 in force · saved by %2 at %3: %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · edited, not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::CheckpointTableModel</name>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merkle root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::ConnectionDialog</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (embedded simulated telemetry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct (Redis record, optional live view from Kafka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored: asked for at each connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:9092 (leave empty for Redis only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka brokers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live view starts where this consumer group of agents stands, so it shows the windows they have not written yet. The group is only read, never joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents&apos; consumer group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote (an agent&apos;s gateway) — not built yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source is not built yet: choose Demo or Direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence pack (offline review) — File → Open Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence pack is opened with File → Open Evidence….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::ConsoleCommands</name>
    <message>
        <source>The key could not be trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is not open: an export that cannot be recorded is not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 (%3: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed meanwhile by %2: nothing was written. Look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already acknowledged, by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already resolved, by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a note is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the record (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this source is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was %2, but NOT recorded in the audit log: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A signed export is refused: %1. Export without a key for an unsigned pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::EpisodeActionDialog</name>
    <message>
        <source>Acknowledge violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n episode(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n episode(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add a note to %n episode(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? What was done? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::EpisodeDetailPane</name>
    <message>
        <source>Select an episode to see its details and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed / bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at worst, %2 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::EpisodeTimelineModel</name>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::EvidenceBanner</name>
    <message>
        <source>range unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the signer&apos;s public key to the trusted keys shared by the console and assurancectl, then verify the pack again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence pack %1: verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every part, record, audit entry and signature is checked before anything is shown. Nothing is read from the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack %1 · models %2 · range %3 · %4/%5 parts valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root digest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by a trusted key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by an unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is intact and its signature is valid, but the key %1 is not among your trusted keys. Trust it only if its owner confirms this fingerprint to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity only — not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in it was changed by accident, but anyone can build an unsigned pack: it does not prove who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First broken record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records are shown as the pack holds them, broken ones included: rely on nothing here. Audit &amp; Evidence lists every failure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::EvidencePackView</name>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance versions in force during the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries of the range (with their boundary entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence pack is open. File → Open Evidence… reviews one offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2/%3 parts valid; %n audit entries from %4 installation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) verified but could not be shown here (see the list)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::ExportEvidenceDialog</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence.tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the pack proves integrity only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence packs (*.tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 private keys (*.key *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack holds the configs, tolerance versions, snapshots, labels, violation episodes and audit entries of the range. The export is recorded in the audit log after the pack is built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write the pack to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::InferenceLogModel</name>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: ts in the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::LabelBreakdownModel</name>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound crossed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 points this metric can add (its weight renormalised over the evaluated metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning · critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 not in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had no value in this window: not evaluated, its weight goes to the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled in tolerances v%2: not evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a relative bound and no baseline: not evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is within tolerance (%3): full score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 crossed the warning bound %3: half score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 crossed the critical bound %3: no score, and the label cannot be assured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::LabelCard</name>
    <message>
        <source>Waiting for the first window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric evaluated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window ending %1 UTC · tolerances v%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored label, hash %1… consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored label, hash %1… does not match the label: altered after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed by this console — not in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this model&apos;s label changed, why, and whether its chain is consistent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::LabelHistoryChart</name>
    <message>
        <source>Score over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance version changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::LabelHistoryModel</name>
    <message>
        <source>hash %1
prev_hash %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: written before the chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain breaks here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::LabelHistoryPane</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export card as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export label JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card above, as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label exactly as the record stores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Selected label&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: there is no record to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the labels from %1 to %2 UTC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing is shown for this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record did not answer in time: nothing is shown for this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source keeps no label history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the label history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label from %1 to %2 UTC: the model wrote no window then, or the record keeps no label history for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a label in the table or on the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3, bound %4) costs %5 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric was evaluated in this window: no score, and the verdict stays Conditional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every evaluated metric was within tolerance: score 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 = 100 − the points lost: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assured: grade %1 and no critical metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional: grade %1 is below B, though no metric is critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional: nothing could be assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assured: grade F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assured: %1 critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tolerances v%1 in force&lt;/b&gt; — saved by %2 on %3 UTC: “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tolerances v%1 in force&lt;/b&gt; — saved by %2: “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tolerances v%1 in force&lt;/b&gt; — this version is not in the record (no tolerance history for it), so the rules it set cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed from v%1 at this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain status: reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain status: no labels to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of the record could not be used, first: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Chain broken — gap at %1 UTC: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ Chain consistent — %n label(s) from %1 to %2 UTC each match their hash and link to the one before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Computed by this console, not a stored record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export label JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export label card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::LicenseTab</name>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a license here: the text from -----BEGIN ASSURANCE LICENSE FILE----- to -----END ASSURANCE LICENSE FILE-----. No network is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate a license (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence export and verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (per license)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats are shown, not enforced offline. When a license has expired and its 14-day grace period is over, the console is read-only: viewing, evidence export and verification, and audit checkpoints still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this code to your vendor. It holds the license id and a fingerprint of this machine (an HMAC of /etc/machine-id, never the id itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the license text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assurance Console upgrade request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate a license file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License files (*.lic *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the license…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No license: Community. Up to %1 active models, unsigned evidence only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed: %1, valid until %2 (%3 left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring: %1 expires on %2, in %3. Request a renewal below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1. Everything still works for the grace period, which ends in %2 (%3); then the console becomes read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1 and the grace period is over: the console is read-only. Operator commands are refused; viewing, evidence export and verification still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activated license is invalid: %1. This installation runs as Community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is more than 24 hours behind the latest time seen (%1): the console is read-only until the clock is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (shown, not enforced offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::MainWindow</name>
    <message>
        <source>Assurance Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-Time Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assurance Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline &amp;&amp; Tolerances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;&amp; Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Assurance Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Assurance Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Assurance Console %1&lt;/b&gt;&lt;p&gt;Live metrics, assurance labels and violations for machine-learning models in production.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events/s · %2 accepted · %3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost, reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis needs a password, or refused it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Kafka brokers given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the record could not be read (see the log)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not connected — File → Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis needs a password to connect (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agents&apos; lag %1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit: NOT RECORDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit: recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit: opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit: unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reads the Direct source&apos;s record: connect to Redis first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence pack is a record for review: nothing in it can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the key with fingerprint

%1

for every evidence pack it signs, in this console and in assurancectl? Do this only if the key&apos;s owner confirmed this fingerprint to you through another channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Evidence Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence packs (*.tar);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license has expired: the grace period ends in %1 days, then the console becomes read-only. See the License tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license expires in %1 days. See the License tab to request a renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activated license is invalid (%1): running as Community. See the License tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Model limit: %n model(s) shown (%1); %2 hidden (%3). This license allows %4 active models: the first ones by id are shown. Activate a license with a higher limit in the License tab to see all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be changed from the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Retired Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List models whose configuration is retired in every tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::MetricChart</name>
    <message>
        <source>not applicable or too few labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::ModelCatalogModel</name>
    <message>
        <source>classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configured, no windows yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen, no configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::ModelConfigTableModel</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::ModelConfigurationTab</name>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model id must be 1 to 128 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must be an http:// or https:// URL with a host and no query, fragment or credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kafka topic may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (249 at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. flood-risk-predictor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://models.example/flood-risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model-telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (from the data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: connect to a source (File → Connect…) to see and change model configurations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source is read-only (an evidence pack): the pack&apos;s model configurations are shown, and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configurations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New model: give it an id and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring %1 back? Agents add it to the active models again with its next window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire %1? Agents keep storing windows for telemetry that still arrives, but the model is no longer listed as active, and consoles hide it unless &quot;Show retired&quot; is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its audit entry could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the record no longer knows %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: a configuration for %1 already exists. Select it in the list to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the configuration of %1 was changed by someone else since you opened it. It has been reloaded; make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK — HTTP %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error — HTTP %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out — no answer within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable after %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested: the endpoint is not an http:// or https:// URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::RealTimeMetricsTab</name>
    <message>
        <source>Events / s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature drift (PSI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assurance grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live inference log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) rejected</source>
        <translation>
            <numerusform>%n message rejected</numerusform>
            <numerusform>%n messages rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late events %1 · duplicates %2 · orphan labels %3 · unreadable record values %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::ReferencePreviewModel</name>
    <message>
        <source>numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>categorical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min %1 · max %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min %1 · q10 %2 · median %3 · q90 %4 · max %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::RejectionTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::ToleranceDiffModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::ToleranceEditModel</name>
    <message>
        <source>relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute / relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent would refuse this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::ToleranceHistoryChart</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag across the chart to choose a range for the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::ToleranceVersionTableModel</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerances (warning / critical)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::ViolationBreakdownCharts</name>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes by metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes by severity (worst seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active episodes over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::ViolationTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::ViolationsTab</name>
    <message>
        <source>Filter by model or metric…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes in breach at any time in the range (UTC): opened before its end and still active or closed after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the AI insight service to explain the selected episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown (every filter applied) as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown (every filter applied) as JSON, as stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain: AI insight is not built yet. For now, read the episode&apos;s timeline and the metric&apos;s history on the Real-Time Metrics tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 episodes shown · %3 active critical · %4 active warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more episodes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open episodes can be acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved episodes cannot be resolved again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Acknowledging %n episode(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolving %n episode(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding a note to %n episode(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export violations as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export violations as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n episode(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: this source cannot record operator actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ctl</name>
    <message>
        <source>Run the Demo source in simulated time and report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated seconds of traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seconds must be a whole number from 1 to 604800</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis URL, redis://[user@]host[:port][/db].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File whose first line is the Redis password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest window end (date-time or epoch ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest window end (date-time or epoch ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redis URL is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly one MODEL is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka bootstrap servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic (default model-telemetry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--brokers and --file are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest entry time (date-time or epoch ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest entry time (date-time or epoch ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this actor (user@host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this action, or its family (e.g. audit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust only this public key (PEM), not the log&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not append the verification&apos;s own entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s sequence number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tree size (default: the newest checkpoint&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The older tree size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newer tree size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a subcommand is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be an ISO 8601 date-time, a window timestamp or epoch ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--entry N (a sequence number from 1) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from M and --to N (tree sizes, M ≤ N) are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must not be larger than --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installation&apos;s tamper-evident audit log.

  list         entries, oldest first (--since --until --actor --action)
  verify       recompute every hash, the chain, the Merkle roots and the signatures
  checkpoint   sign a checkpoint of the whole log now
  prove        an inclusion proof of --entry N in the tree of --size M
  consistency  a proof that the tree of --from M entries is a prefix of --to N
  sync         copy the entries and checkpoints not yet in Redis there (--redis URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence packs an auditor verifies offline (docs/evidence.md).

  keygen  --out KEYFILE: an organisation signing key (KEYFILE, 0600) and KEYFILE.pub
  export  --redis URL --models a,b --since T --until T --out F [--key-file KEYFILE]
  verify  F [--pubkey KEYFILE.pub]: recompute everything, one verdict line per part
  report  F --pdf OUT [--pubkey KEYFILE.pub]: verify, and write a PDF report for an auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis URL of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model ids, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range start (date-time or epoch ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range end (date-time or epoch ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with this organisation key (0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this signer&apos;s public key (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly one PACK is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out KEYFILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf OUT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redis, --models, --since, --until and --out are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest %1 (date-time or epoch ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest %1 (date-time or epoch ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation episodes and the operator workflow (docs/assurance.md).

  list     episodes, live and archived (--model --status --since --until)
  ack      acknowledge EPISODE_ID --note TEXT (audited)
  resolve  resolve EPISODE_ID --note TEXT (audited)
  note     add a note to EPISODE_ID --note TEXT (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this status: open, acknowledged or resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time an episode must reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode, {model}:{metric}:{timestamp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly one EPISODE_ID is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--note TEXT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assurance labels.

  history  MODEL: the stored label history, oldest first, and its chain status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model configurations, model:config:{id} (docs/assurance.md &quot;Model configuration&quot;).

  get     MODEL: the stored configuration
  set     MODEL with the fields to change (adds the model when it has none; audited)
  retire  MODEL: retire it, or with --restore bring it back (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL (http or https; GET {endpoint}/health).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kafka topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: classification, regression or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a retired model back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set needs at least one field to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drift reference profile of a model (reference:{id}).

  set  MODEL --file events.jsonl: build it from inference events (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance sets (docs/assurance.md &quot;Stored tolerance sets&quot;).

  get      MODEL: the set in force
  set      MODEL --file SET.json --reason TEXT [--expect-version N] (audited)
  history  MODEL: every saved version
  diff     MODEL V1 V2: what changed from V1 to V2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines inference events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set, in the stored format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse (exit 5) unless the stored version is N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL V1 V2 are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V1 and V2 must be version numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--file FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason TEXT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-version must be a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed offline licenses (docs/license.md).

  keygen      --out KEYFILE: a vendor signing key (vendor side)
  issue       --key-file K --out F --licensee NAME --tier TIER --expires DATE
              [--features a,b --max-models N --seats N] (vendor side)
  verify      F: exit 0 only when valid and signed by a vendor key this build trusts
  activate    F: verify and activate for this installation (audited)
  deactivate  back to Community (audited)
  status      [--json]: state, license and entitlements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly one FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key-file, --out, --licensee, --tier and --expires are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: assurancectl &lt;command&gt; [options]

Commands:
  demo      run the Demo source in simulated time and report
  models    list the model ids in a Redis (--redis URL)
  snapshot  print a model&apos;s latest stored snapshot, verbatim
  history   print a model&apos;s stored snapshots, oldest first
  violations  list episodes; acknowledge, resolve or annotate one (audited)
  labels    a model&apos;s label history and its chain status
  tolerances  get, set (audited), history and diff a model&apos;s tolerance sets
  reference  set a model&apos;s drift reference from inference events (audited)
  config    get, set or retire a model&apos;s configuration (audited)
  produce   send JSON Lines telemetry to Kafka, keyed by model_id
  audit     list, verify, checkpoint and prove the installation&apos;s audit log
  evidence  keygen, export, verify and report evidence packs
  license   keygen, issue, verify, activate, deactivate and show the license

Run &apos;assurancectl &lt;command&gt; --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The saved connection to %1 needs a password, which is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Evidence report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root digest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
