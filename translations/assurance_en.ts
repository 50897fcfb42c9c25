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
        <source>Baseline &amp; Tolerances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit each model&apos;s baselines and warning/critical bounds, see history against the bands, and set a baseline from a chosen range. Until then the tolerance set in force for each model — the one stored in the record (Direct), or the shipped defaults where none is stored — is shown as bands on the Real-Time Metrics charts.</source>
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
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the license status and details, activate a license file offline and list upgrade options. The console currently runs as Community edition.</source>
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
        <source>Model Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List active models with endpoint, topic and task, test an endpoint&apos;s health and save the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assurance::ui::PendingCapabilityTab</name>
    <message>
        <source>Not built yet: this version of Assurance Console does not include this capability.</source>
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
        <source>Usage: assurancectl &lt;command&gt; [options]

Commands:
  demo      run the Demo source in simulated time and report
  models    list the model ids in a Redis (--redis URL)
  snapshot  print a model&apos;s latest stored snapshot, verbatim
  history   print a model&apos;s stored snapshots, oldest first
  violations  list episodes; acknowledge, resolve or annotate one (audited)
  labels    a model&apos;s label history and its chain status
  produce   send JSON Lines telemetry to Kafka, keyed by model_id
  audit     list, verify, checkpoint and prove the installation&apos;s audit log
  evidence  keygen, export, verify and report evidence packs

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
