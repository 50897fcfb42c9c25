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
        <source>Opening an evidence pack is not built yet.</source>
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
        <source>What this proves. A verified pack proves that its signer built exactly these bytes. The record parts are what the record (Redis) held at export time: the pack does not prove that the agents computed them correctly, nor that the record was not edited before the export, except where the record carries its own proof: labels carry their hash, audit entries their inclusion proofs into checkpoints signed by the installation key (compare its fingerprint out of band). Violations and configurations carry no proof of their own beyond the manifest. Format: docs/evidence.md, assurance-evidence-v1.</source>
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
        <source>Each card scores the model&apos;s latest closed window against its tolerances: 100 inside, 50 in warning, 0 in critical, weighted. Grade A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else F. Assured needs A or B and no critical metric.</source>
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
        <source>Not built yet: evidence packs come in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not built yet: signed evidence packs (configs, tolerances, snapshots, labels, violations and these audit entries with their inclusion proofs) come in a later version.</source>
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
        <source>Evidence pack (offline review) — not built yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source is not built yet: choose Demo or Direct.</source>
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
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
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
        <source>%1 episodes · %2 active critical · %3 active warning</source>
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
        <source>Usage: assurancectl &lt;command&gt; [options]

Commands:
  demo      run the Demo source in simulated time and report
  models    list the model ids in a Redis (--redis URL)
  snapshot  print a model&apos;s latest stored snapshot, verbatim
  history   print a model&apos;s stored snapshots, oldest first
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
