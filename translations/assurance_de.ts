<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Redis URL: %1</source>
        <translation>Redis-URL: %1</translation>
    </message>
    <message>
        <source>The Remote source (an agent&apos;s WebSocket gateway) is not built yet.</source>
        <translation>Die Quelle Remote (WebSocket-Gateway eines Agenten) ist noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>No evidence pack was chosen.</source>
        <translation>Es wurde kein Nachweispaket ausgewählt.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>Feature drift (PSI)</source>
        <translation>Merkmalsdrift (PSI)</translation>
    </message>
    <message>
        <source>Domain violations</source>
        <translation>Domänenverstöße</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Watts per inference</source>
        <translation>Watt pro Inferenz</translation>
    </message>
    <message>
        <source>Confidence floor (p5)</source>
        <translation>Konfidenzuntergrenze (p5)</translation>
    </message>
    <message>
        <source>Confidence variance</source>
        <translation>Konfidenzvarianz</translation>
    </message>
    <message>
        <source>events</source>
        <comment>unit of the domain violation count</comment>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Innerhalb der Toleranz</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Assured</source>
        <translation>Zugesichert</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Bedingt</translation>
    </message>
    <message>
        <source>Not assured</source>
        <translation>Nicht zugesichert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>Not valid UTF-8</source>
        <translation>Kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>Not valid JSON</source>
        <translation>Kein gültiges JSON</translation>
    </message>
    <message>
        <source>Not a JSON object</source>
        <translation>Kein JSON-Objekt</translation>
    </message>
    <message>
        <source>No model_id</source>
        <translation>Keine model_id</translation>
    </message>
    <message>
        <source>Invalid model_id</source>
        <translation>Ungültige model_id</translation>
    </message>
    <message>
        <source>Field has the wrong type</source>
        <translation>Feld hat den falschen Typ</translation>
    </message>
    <message>
        <source>Invalid timestamp</source>
        <translation>Ungültiger Zeitstempel</translation>
    </message>
    <message>
        <source>Invalid status</source>
        <translation>Ungültiger Status</translation>
    </message>
    <message>
        <source>Required field missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>Invalid metric value</source>
        <translation>Ungültiger Metrikwert</translation>
    </message>
    <message>
        <source>Too many features</source>
        <translation>Zu viele Merkmale</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>agent</name>
    <message>
        <source>Consumes model telemetry from Kafka, computes metrics per model and window, writes Redis.</source>
        <translation>Liest Modelltelemetrie aus Kafka, berechnet Metriken je Modell und Fenster, schreibt nach Redis.</translation>
    </message>
    <message>
        <source>Kafka bootstrap servers.</source>
        <translation>Kafka-Bootstrap-Server.</translation>
    </message>
    <message>
        <source>Topic (repeatable; default model-telemetry).</source>
        <translation>Topic (wiederholbar; Standard model-telemetry).</translation>
    </message>
    <message>
        <source>Consumer group shared by the agents.</source>
        <translation>Von den Agents gemeinsam genutzte Consumer-Gruppe.</translation>
    </message>
    <message>
        <source>Redis URL.</source>
        <translation>Redis-URL.</translation>
    </message>
    <message>
        <source>File whose first line is the Redis password.</source>
        <translation>Datei, deren erste Zeile das Redis-Passwort ist.</translation>
    </message>
    <message>
        <source>Window length (default 60s).</source>
        <translation>Fensterlänge (Standard 60s).</translation>
    </message>
    <message>
        <source>Allowed lateness (default 10s).</source>
        <translation>Zulässige Verspätung (Standard 10s).</translation>
    </message>
    <message>
        <source>History retention in Redis (default 7d).</source>
        <translation>Aufbewahrungsdauer des Verlaufs in Redis (Standard 7d).</translation>
    </message>
    <message>
        <source>Event time re-read before the committed offset after a crash, so late labels still join (default 5m).</source>
        <translation>Ereigniszeit, die nach einem Absturz vor dem committeten Offset erneut gelesen wird, damit verspätete Labels noch zugeordnet werden (Standard 5m).</translation>
    </message>
    <message>
        <source>committed, earliest, latest or a date-time (default committed).</source>
        <translation>committed, earliest, latest oder Datum/Uhrzeit (Standard committed).</translation>
    </message>
    <message>
        <source>Build MODEL&apos;s reference profile from inference events (repeatable).</source>
        <translation>Referenzprofil von MODEL aus Inferenzereignissen erstellen (wiederholbar).</translation>
    </message>
    <message>
        <source>MODEL=classification|regression (repeatable).</source>
        <translation>MODEL=classification|regression (wiederholbar).</translation>
    </message>
    <message>
        <source>A librdkafka property, e.g. security.protocol=SASL_SSL (repeatable).</source>
        <translation>Eine librdkafka-Eigenschaft, z. B. security.protocol=SASL_SSL (wiederholbar).</translation>
    </message>
    <message>
        <source>Serve /healthz and /metrics on ADDRESS:PORT.</source>
        <translation>/healthz und /metrics unter ADDRESS:PORT bereitstellen.</translation>
    </message>
    <message>
        <source>--brokers, --group and --redis are required</source>
        <translation>--brokers, --group und --redis sind erforderlich</translation>
    </message>
    <message>
        <source>--start must be committed, earliest, latest or a date-time</source>
        <translation>--start muss committed, earliest, latest oder Datum/Uhrzeit sein</translation>
    </message>
    <message>
        <source>--kafka-property needs KEY=VALUE</source>
        <translation>--kafka-property erfordert KEY=VALUE</translation>
    </message>
    <message>
        <source>cannot read the Redis password file</source>
        <translation>Redis-Passwortdatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>durations look like 60s, 5m, 1h or 7d</source>
        <translation>Zeitangaben haben die Form 60s, 5m, 1h oder 7d</translation>
    </message>
    <message>
        <source>--reference needs MODEL=FILE</source>
        <translation>--reference erfordert MODEL=FILE</translation>
    </message>
    <message>
        <source>--task needs MODEL=classification|regression</source>
        <translation>--task erfordert MODEL=classification|regression</translation>
    </message>
    <message>
        <source>Close a model&apos;s windows after this long without events (default: the window length).</source>
        <translation>Die Fenster eines Modells nach so langer Zeit ohne Ereignisse schließen (Standard: die Fensterlänge).</translation>
    </message>
    <message>
        <source>Worker threads sharing the partitions (default: one per core).</source>
        <translation>Worker-Threads, die sich die Partitionen teilen (Standard: einer je Kern).</translation>
    </message>
    <message>
        <source>--threads needs a number from 1 to 64</source>
        <translation>--threads braucht eine Zahl von 1 bis 64</translation>
    </message>
    <message>
        <source>Closed windows a worker keeps while Redis is down before its partitions pause (default 10000).</source>
        <translation>Geschlossene Fenster, die ein Worker bei ausgefallenem Redis hält, bevor seine Partitionen pausieren (Standard 10000).</translation>
    </message>
    <message>
        <source>--max-queued-windows needs a positive number</source>
        <translation>--max-queued-windows braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>Models this agent keeps at once; events of further models are dropped and counted (default 10000).</source>
        <translation>Modelle, die dieser Agent gleichzeitig führt; Ereignisse weiterer Modelle werden verworfen und gezählt (Standard 10000).</translation>
    </message>
    <message>
        <source>--max-models needs a positive number</source>
        <translation>--max-models braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>Closed violation episodes move from violations:{id} to violations:{id}:closed this long after they closed (window time; default 7d, 0 = never).</source>
        <translation>Geschlossene Verstoß-Episoden werden so lange nach ihrem Schließen von violations:{id} nach violations:{id}:closed verschoben (Fensterzeit; Standard 7d, 0 = nie).</translation>
    </message>
</context>
<context>
    <name>assurance::DemoTelemetrySource</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>assurance::DirectTelemetrySource</name>
    <message>
        <source>Direct (%1)</source>
        <translation>Direkt (%1)</translation>
    </message>
</context>
<context>
    <name>assurance::audit::AuditService</name>
    <message>
        <source>no audit log is open</source>
        <translation>kein Audit-Log geöffnet</translation>
    </message>
    <message>
        <source>Not recorded (%1): the audit log is not open: %2</source>
        <translation>Nicht aufgezeichnet (%1): Das Audit-Log ist nicht geöffnet: %2</translation>
    </message>
    <message>
        <source>The audit log is closed.</source>
        <translation>Das Audit-Log ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>assurance::audit::AuditWorker</name>
    <message>
        <source>Not recorded (%1): the audit log is not open: %2</source>
        <translation>Nicht aufgezeichnet (%1): Das Audit-Log ist nicht geöffnet: %2</translation>
    </message>
    <message>
        <source>The audit log is not open: %1</source>
        <translation>Das Audit-Log ist nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Not recorded (%1): %2</source>
        <translation>Nicht aufgezeichnet (%1): %2</translation>
    </message>
</context>
<context>
    <name>assurance::evidence::EvidenceExportJob</name>
    <message>
        <source>An export is running already.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <source>Choose at least one model, a file, and a range whose start is not after its end.</source>
        <translation>Mindestens ein Modell, eine Datei und einen Zeitraum wählen, dessen Beginn nicht nach seinem Ende liegt.</translation>
    </message>
</context>
<context>
    <name>assurance::license::LicenseService</name>
    <message>
        <source>License %1 activated for %2.</source>
        <translation>Lizenz %1 für %2 aktiviert.</translation>
    </message>
    <message>
        <source>The license was refused: %1</source>
        <translation>Die Lizenz wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Could not deactivate: %1</source>
        <translation>Deaktivieren nicht möglich: %1</translation>
    </message>
    <message>
        <source>The license was deactivated: this installation is Community now.</source>
        <translation>Die Lizenz wurde deaktiviert: Diese Installation läuft jetzt als Community.</translation>
    </message>
</context>
<context>
    <name>assurance::report</name>
    <message>
        <source>Intact, and signed by a trusted key: the holder of that key built exactly these bytes. Nothing was added, removed, reordered or changed since.</source>
        <translation>Intakt und mit einem vertrauenswürdigen Schlüssel signiert: Der Inhaber dieses Schlüssels hat genau diese Bytes erstellt. Seitdem wurde nichts hinzugefügt, entfernt, umsortiert oder geändert.</translation>
    </message>
    <message>
        <source>Intact and validly signed, but by a key that was not named as trusted. Compare the signer&apos;s fingerprint with the organisation&apos;s key out of band, then verify with --pubkey.</source>
        <translation>Intakt und gültig signiert, aber mit einem Schlüssel, der nicht als vertrauenswürdig angegeben wurde. Den Fingerabdruck des Unterzeichners über einen separaten Kanal mit dem Schlüssel der Organisation vergleichen und dann mit --pubkey prüfen.</translation>
    </message>
    <message>
        <source>Intact, but not signed: anyone could have built this pack. It proves integrity against accidents (a truncated copy, a flipped bit) only.</source>
        <translation>Intakt, aber nicht signiert: Jeder könnte dieses Paket erstellt haben. Es belegt die Integrität nur gegenüber Versehen (eine abgeschnittene Kopie, ein gekipptes Bit).</translation>
    </message>
    <message>
        <source>Something in the pack does not verify. What follows is shown as read; rows whose record failed its checks are marked INVALID in red.</source>
        <translation>Etwas im Paket lässt sich nicht verifizieren. Das Folgende wird so angezeigt, wie es gelesen wurde; Zeilen, deren Datensatz die Prüfungen nicht bestanden hat, sind rot mit UNGÜLTIG markiert.</translation>
    </message>
    <message>
        <source>assured</source>
        <translation>zugesichert</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>bedingt</translation>
    </message>
    <message>
        <source>not assured</source>
        <translation>nicht zugesichert</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>UNGÜLTIG</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>quittiert</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>assurance::report::ReportRenderer</name>
    <message>
        <source>Evidence report</source>
        <translation>Nachweisbericht</translation>
    </message>
    <message>
        <source>Assurance Console</source>
        <translation>Assurance Console</translation>
    </message>
    <message>
        <source>Models %1, from %2 to %3</source>
        <translation>Modelle %1, von %2 bis %3</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>First broken record: %1</source>
        <translation>Erster fehlerhafter Datensatz: %1</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>signature INVALID</source>
        <translation>Signatur UNGÜLTIG</translation>
    </message>
    <message>
        <source>trusted: a key named with --pubkey or in the trusted-keys setting</source>
        <translation>vertrauenswürdig: ein mit --pubkey oder in der Einstellung trusted-keys angegebener Schlüssel</translation>
    </message>
    <message>
        <source>NOT a trusted key</source>
        <translation>KEIN vertrauenswürdiger Schlüssel</translation>
    </message>
    <message>
        <source>key </source>
        <translation>Schlüssel </translation>
    </message>
    <message>
        <source>Root digest</source>
        <translation>Wurzel-Hash</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>%1 of %2 valid</source>
        <translation>%1 von %2 gültig</translation>
    </message>
    <message>
        <source>Audit installations</source>
        <translation>Audit-Installationen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Pack file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Labels in the range</source>
        <translation>Labels im Zeitraum</translation>
    </message>
    <message>
        <source>Latest label</source>
        <translation>Letztes Label</translation>
    </message>
    <message>
        <source>Episodes (critical)</source>
        <translation>Episoden (kritisch)</translation>
    </message>
    <message>
        <source>Tolerance versions</source>
        <translation>Toleranzversionen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Every line of every part was checked as it streamed by, every member&apos;s SHA-256 against the signed statement, and the root digest recomputed (assurancectl evidence verify reaches the same result).</source>
        <translation>Jede Zeile jedes Teils wurde beim Einlesen geprüft, der SHA-256 jeder Datei mit der signierten Erklärung abgeglichen und der Wurzel-Hash neu berechnet (assurancectl evidence verify kommt zum selben Ergebnis).</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>%1/%2 parts valid</source>
        <translation>%1/%2 Teile gültig</translation>
    </message>
    <message>
        <source>root digest %1</source>
        <translation>Wurzel-Hash %1</translation>
    </message>
    <message>
        <source>first broken record: %1</source>
        <translation>erster fehlerhafter Datensatz: %1</translation>
    </message>
    <message>
        <source>How to check this pack yourself</source>
        <translation>Dieses Paket selbst prüfen</translation>
    </message>
    <message>
        <source>With our tool, on any machine (name the organisation key you obtained out of band):</source>
        <translation>Mit unserem Werkzeug, auf jedem Rechner (den über einen separaten Kanal erhaltenen Schlüssel der Organisation angeben):</translation>
    </message>
    <message>
        <source>Without it: the pack is a plain tar; the root digest above is what standard tools print over its members in pack order (docs/evidence.md describes them and the manifest):</source>
        <translation>Ohne dieses Werkzeug: Das Paket ist ein gewöhnliches tar-Archiv; der obige Wurzel-Hash ist das, was Standardwerkzeuge über seine Dateien in Paketreihenfolge ausgeben (docs/evidence.md beschreibt sie und das Manifest):</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Not shown because</source>
        <translation>Nicht angezeigt, weil</translation>
    </message>
    <message>
        <source>Lines this report could not read</source>
        <translation>Zeilen, die dieser Bericht nicht lesen konnte</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>Model %1 — %2</source>
        <translation>Modell %1 — %2</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>No stored windows in the range.</source>
        <translation>Keine gespeicherten Fenster im Zeitraum.</translation>
    </message>
    <message>
        <source>%1 stored windows. Shaded: the warning (amber) and critical (red) bands of the tolerance version in force at each time, where the pack holds it. Ringed in red: a window whose record failed its checks.</source>
        <translation>%1 gespeicherte Fenster. Schattiert: das Warnband (orange) und das kritische Band (rot) der zum jeweiligen Zeitpunkt geltenden Toleranzversion, sofern das Paket sie enthält. Rot umrandet: ein Fenster, dessen Datensatz die Prüfungen nicht bestanden hat.</translation>
    </message>
    <message>
        <source>Assurance labels</source>
        <translation>Assurance-Labels</translation>
    </message>
    <message>
        <source>No labels in the range.</source>
        <translation>Keine Labels im Zeitraum.</translation>
    </message>
    <message>
        <source>composite score (0–100); ticks: verdict</source>
        <translation>Gesamtpunktzahl (0–100); Markierungen: Urteil</translation>
    </message>
    <message>
        <source>Window end (UTC)</source>
        <translation>Fensterende (UTC)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Tolerance version</source>
        <translation>Toleranzversion</translation>
    </message>
    <message>
        <source>(outside the range: the chain&apos;s link)</source>
        <translation>(außerhalb des Zeitraums: Glied der Kette)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 labels: the table lists the first, each change of grade, verdict or tolerance version, and every label that failed its checks.</source>
        <translation>%1 Labels: Die Tabelle führt das erste auf, jeden Wechsel von Note, Urteil oder Toleranzversion sowie jedes Label, das die Prüfungen nicht bestanden hat.</translation>
    </message>
    <message>
        <source>Violation episodes</source>
        <translation>Verstoß-Episoden</translation>
    </message>
    <message>
        <source>No violation episode was open in the range.</source>
        <translation>Im Zeitraum war keine Verstoß-Episode offen.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Geöffnet (UTC)</translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation>Geschlossen (UTC)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Observed / bound</source>
        <translation>Beobachtet / Grenzwert</translation>
    </message>
    <message>
        <source>Actor and note</source>
        <translation>Akteur und Notiz</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <source>The pack holds no tolerance version of this model.</source>
        <translation>Das Paket enthält keine Toleranzversion dieses Modells.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Changed at (UTC)</source>
        <translation>Geändert am (UTC)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit-Einträge</translation>
    </message>
    <message>
        <source>The pack holds no audit entry of the range.</source>
        <translation>Das Paket enthält keinen Audit-Eintrag aus dem Zeitraum.</translation>
    </message>
    <message>
        <source>The entries of the range and one boundary entry on each side (shown grey), each proved into a checkpoint signed by its installation&apos;s key. Installation: the start of its id; the cover lists each installation with its key fingerprint.</source>
        <translation>Die Einträge des Zeitraums und je ein Randeintrag auf beiden Seiten (grau dargestellt), jeder mit Inklusionsbeweis in einen Checkpoint, der mit dem Schlüssel seiner Installation signiert ist. Installation: der Anfang ihrer ID; das Deckblatt listet jede Installation mit dem Fingerabdruck ihres Schlüssels auf.</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Appendix: manifest</source>
        <translation>Anhang: Manifest</translation>
    </message>
    <message>
        <source>The manifest could not be read.</source>
        <translation>Das Manifest konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Every member but the manifest, in pack order, with its SHA-256 as the signed statement lists it. The root digest is the SHA-256 of the lines &quot;&lt;sha256&gt;  &lt;name&gt;&quot; of these members, exactly what `sha256sum &lt;members&gt; | sha256sum` prints after `tar -xf`.</source>
        <translation>Jede Datei außer dem Manifest, in Paketreihenfolge, mit ihrem SHA-256, wie ihn die signierte Erklärung aufführt. Der Wurzel-Hash ist der SHA-256 der Zeilen „&lt;sha256&gt;  &lt;name&gt;“ dieser Dateien, genau das, was `sha256sum &lt;members&gt; | sha256sum` nach `tar -xf` ausgibt.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>What this proves. A verified pack proves that its signer built exactly these bytes. The record parts are what the record (Redis) held at export time: the pack does not prove that the agents computed them correctly, nor that the record was not edited before the export, except where the record carries its own proof: labels carry their hash, audit entries their inclusion proofs into checkpoints signed by the installation key (compare its fingerprint out of band). Violations and configurations carry no proof of their own beyond the manifest. Format: docs/evidence.md, assurance-evidence-v2.</source>
        <translation>Was dies beweist. Ein verifiziertes Paket beweist, dass sein Unterzeichner genau diese Bytes erstellt hat. Die Datenteile sind das, was die Daten (Redis) zum Exportzeitpunkt enthielten: Das Paket beweist weder, dass die Agenten sie korrekt berechnet haben, noch, dass die Daten vor dem Export nicht bearbeitet wurden, außer wo die Daten einen eigenen Nachweis tragen: Labels tragen ihren Hash, Audit-Einträge ihre Inklusionsbeweise in Checkpoints, die mit dem Schlüssel der Installation signiert sind (dessen Fingerabdruck über einen separaten Kanal vergleichen). Verstöße und Konfigurationen tragen über das Manifest hinaus keinen eigenen Nachweis. Format: docs/evidence.md, assurance-evidence-v2.</translation>
    </message>
    <message>
        <source>Episode (metric, opened UTC)</source>
        <translation>Episode (Metrik, geöffnet UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>At (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Operator actions</source>
        <translation>Bedieneraktionen</translation>
    </message>
</context>
<context>
    <name>assurance::ui::AlertListModel</name>
    <message numerus="yes">
        <source>%1  %2 — %3 back within tolerance after %n window(s)</source>
        <translation>
            <numerusform>%1  %2 — %3 nach %n Fenster wieder innerhalb der Toleranz</numerusform>
            <numerusform>%1  %2 — %3 nach %n Fenstern wieder innerhalb der Toleranz</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 — %3 escalated to critical: %4 (bound %5)</source>
        <translation>%1  %2 — %3 auf kritisch eskaliert: %4 (Grenzwert %5)</translation>
    </message>
    <message>
        <source>%1  %2 — %3 critical: %4 (bound %5)</source>
        <translation>%1  %2 — %3 kritisch: %4 (Grenzwert %5)</translation>
    </message>
    <message>
        <source>%1  %2 — %3 warning: %4 (bound %5)</source>
        <translation>%1  %2 — %3 Warnung: %4 (Grenzwert %5)</translation>
    </message>
</context>
<context>
    <name>assurance::ui::AssuranceLabelTab</name>
    <message>
        <source>No model has reported yet.</source>
        <translation>Bisher hat kein Modell Daten gemeldet.</translation>
    </message>
    <message>
        <source>Each card scores the model&apos;s latest closed window against its tolerances: 100 inside, 50 in warning, 0 in critical, weighted. Grade A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else F. Assured needs A or B and no critical metric. History… shows how a label changed, why, and whether its chain is consistent.</source>
        <translation>Jede Karte bewertet das letzte abgeschlossene Fenster des Modells anhand seiner Toleranzen: 100 innerhalb, 50 bei Warnung, 0 bei kritisch, gewichtet. Note A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, sonst F. „Zugesichert“ erfordert A oder B und keine kritische Metrik. „Verlauf…“ zeigt, wie sich ein Label geändert hat, warum und ob seine Kette konsistent ist.</translation>
    </message>
</context>
<context>
    <name>assurance::ui::AuditEntryTableModel</name>
    <message>
        <source>hash %1
previous %2</source>
        <translation>Hash %1
vorheriger %2</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>assurance::ui::AuditEvidenceTab</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Make checkpoint</source>
        <translation>Checkpoint erstellen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Installation ID</source>
        <translation>Installations-ID</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256)</source>
        <translation>Schlüssel-Fingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Oldest entry</source>
        <translation>Ältester Eintrag</translation>
    </message>
    <message>
        <source>Retention: keep this log for at least 6 months (EU AI Act, Art. 19 and 26(6)). The console never deletes or changes an entry; every change it makes is appended to a SHA-256 hash chain whose signed checkpoints reveal a rewritten or truncated log.</source>
        <translation>Aufbewahrung: Dieses Log mindestens 6 Monate aufbewahren (EU-KI-Verordnung, Art. 19 und 26 Abs. 6). Die Konsole löscht oder ändert nie einen Eintrag; jede ihrer Änderungen wird an eine SHA-256-Hash-Kette angehängt, deren signierte Checkpoints ein umgeschriebenes oder gekürztes Log aufdecken.</translation>
    </message>
    <message>
        <source>Actor (exact, e.g. user@host)</source>
        <translation>Akteur (exakt, z. B. user@host)</translation>
    </message>
    <message>
        <source>Action (e.g. source or source.connect)</source>
        <translation>Aktion (z. B. source oder source.connect)</translation>
    </message>
    <message>
        <source>Target contains…</source>
        <translation>Ziel enthält …</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash, the chain, and each checkpoint&apos;s root and signature. The result is recorded in the log.</source>
        <translation>Berechnet den Hash jedes Eintrags, die Kette sowie Wurzel und Signatur jedes Checkpoints neu. Das Ergebnis wird im Log aufgezeichnet.</translation>
    </message>
    <message>
        <source>Signed checkpoints</source>
        <translation>Signierte Checkpoints</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>A checkpoint is signed this often while entries were added since the last one (0 = off).</source>
        <translation>In diesem Abstand wird ein Checkpoint signiert, sofern seit dem letzten Einträge hinzugekommen sind (0 = aus).</translation>
    </message>
    <message>
        <source>Automatic checkpoint every</source>
        <translation>Automatischer Checkpoint alle</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Export evidence pack…</source>
        <translation>Nachweispaket exportieren …</translation>
    </message>
    <message>
        <source>Open evidence pack…</source>
        <translation>Nachweispaket öffnen …</translation>
    </message>
    <message>
        <source>The automatic checkpoint failed: %1</source>
        <translation>Der automatische Checkpoint ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
    <message>
        <source>No audit log: this console records nothing.</source>
        <translation>Kein Audit-Log: Diese Konsole zeichnet nichts auf.</translation>
    </message>
    <message>
        <source>The audit log is closed.</source>
        <translation>Das Audit-Log ist geschlossen.</translation>
    </message>
    <message>
        <source>Opening the audit log…</source>
        <translation>Audit-Log wird geöffnet …</translation>
    </message>
    <message>
        <source>Recording: every change made in this console is appended to this log.</source>
        <translation>Aufzeichnung aktiv: Jede Änderung in dieser Konsole wird an dieses Log angehängt.</translation>
    </message>
    <message>
        <source>The audit log could not be opened: %1. The console keeps working, but its changes are NOT recorded.</source>
        <translation>Das Audit-Log konnte nicht geöffnet werden: %1. Die Konsole arbeitet weiter, aber ihre Änderungen werden NICHT aufgezeichnet.</translation>
    </message>
    <message>
        <source>Last failure: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shown, loading…</source>
        <translation>
            <numerusform>%n angezeigt, wird geladen …</numerusform>
            <numerusform>%n angezeigt, wird geladen …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n entries: nothing was concluded.</source>
        <translation>
            <numerusform>Prüfung nach %n Eintrag abgebrochen: Es wurde nichts festgestellt.</numerusform>
            <numerusform>Prüfung nach %n Einträgen abgebrochen: Es wurde nichts festgestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>VERIFIED: %1 entries and %2 checkpoints, signed by key %3.</source>
        <translation>GEPRÜFT: %1 Einträge und %2 Checkpoints, signiert mit Schlüssel %3.</translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n problem(s). First broken entry: entry %1 (%2).</source>
        <translation>
            <numerusform>FEHLGESCHLAGEN: %n Problem. Erster fehlerhafter Eintrag: Eintrag %1 (%2).</numerusform>
            <numerusform>FEHLGESCHLAGEN: %n Probleme. Erster fehlerhafter Eintrag: Eintrag %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n problem(s), listed below.</source>
        <translation>
            <numerusform>FEHLGESCHLAGEN: %n Problem, unten aufgeführt.</numerusform>
            <numerusform>FEHLGESCHLAGEN: %n Probleme, unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing a checkpoint…</source>
        <translation>Checkpoint wird signiert …</translation>
    </message>
    <message>
        <source>No checkpoint made: %1</source>
        <translation>Kein Checkpoint erstellt: %1</translation>
    </message>
    <message>
        <source>Checkpoint %1 signed: %2 entries.</source>
        <translation>Checkpoint %1 signiert: %2 Einträge.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Write a signed pack of the record and this audit log for an auditor</source>
        <translation>Ein signiertes Paket der Daten und dieses Audit-Logs für einen Auditor schreiben</translation>
    </message>
    <message>
        <source>Review a pack offline: File → Open Evidence…</source>
        <translation>Ein Paket offline prüfen: Datei → Nachweispaket öffnen…</translation>
    </message>
    <message>
        <source>Export reads the Direct source&apos;s record: connect to Redis first.</source>
        <translation>Der Export liest die Daten der Quelle Direkt: zuerst mit Redis verbinden.</translation>
    </message>
    <message>
        <source>This console&apos;s audit log</source>
        <translation>Audit-Log dieser Konsole</translation>
    </message>
    <message>
        <source>Evidence pack</source>
        <translation>Nachweispaket</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s), %1 bytes.</source>
        <translation>
            <numerusform>%n Datensatz exportiert, %1 Bytes.</numerusform>
            <numerusform>%n Datensätze exportiert, %1 Bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Root digest %1</source>
        <translation>Wurzel-Hash %1</translation>
    </message>
    <message>
        <source>Not signed: proves integrity only.</source>
        <translation>Nicht signiert: belegt nur die Integrität.</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Signiert von %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
</context>
<context>
    <name>assurance::ui::BaselineTolerancesTab</name>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Tolerance set</source>
        <translation>Toleranzsatz</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Diese Version wiederherstellen…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Propose baseline</source>
        <translation>Baseline vorschlagen</translation>
    </message>
    <message>
        <source>Apply as baseline</source>
        <translation>Als Baseline übernehmen</translation>
    </message>
    <message>
        <source>Drag across the chart or type a range, then propose.</source>
        <translation>Über das Diagramm ziehen oder einen Bereich eingeben, dann vorschlagen.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>History and baseline from a range</source>
        <translation>Verlauf und Baseline aus einem Bereich</translation>
    </message>
    <message>
        <source>Load reference…</source>
        <translation>Referenz laden…</translation>
    </message>
    <message>
        <source>Save reference</source>
        <translation>Referenz speichern</translation>
    </message>
    <message>
        <source>Load a JSON Lines file of inference events to preview a new drift reference.</source>
        <translation>Eine JSON-Lines-Datei mit Inferenzereignissen laden, um eine Vorschau einer neuen Drift-Referenz zu sehen.</translation>
    </message>
    <message>
        <source>Reference for drift</source>
        <translation>Referenz für Drift</translation>
    </message>
    <message>
        <source>Restore v%1</source>
        <translation>v%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Why restore v%1 of %2? (required, kept in the audit log)</source>
        <translation>Warum v%1 von %2 wiederherstellen? (erforderlich, wird im Audit-Log festgehalten)</translation>
    </message>
    <message>
        <source>Load reference</source>
        <translation>Referenz laden</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json *.txt);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This source cannot be changed.</source>
        <translation>Diese Quelle kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>This source is read-only.</source>
        <translation>Diese Quelle ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>No source is connected.</source>
        <translation>Keine Quelle verbunden.</translation>
    </message>
    <message>
        <source>Pinned: an agent on %1 uses the reference file %2 (--reference) for this model and ignores references saved here.</source>
        <translation>Fixiert: Ein Agent auf %1 verwendet für dieses Modell die Referenzdatei %2 (--reference) und ignoriert hier gespeicherte Referenzen.</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>The tolerance history could not be read: %1</source>
        <translation>Der Toleranzverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: no window with a value of %2 in %3.</source>
        <translation>%1: kein Fenster mit einem Wert für %2 in %3.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>Proposed baseline for %1: %2 = %3, from %n window(s) in %4 (min %5, max %6; values %7)%8. Apply it to put it in the editor; it is saved only with Save.</source>
        <translation>
            <numerusform>Vorgeschlagene Baseline für %1: %2 = %3, aus %n Fenster in %4 (min %5, max %6; Werte %7)%8. Übernehmen setzt sie in den Editor; gespeichert wird sie erst mit Speichern.</numerusform>
            <numerusform>Vorgeschlagene Baseline für %1: %2 = %3, aus %n Fenstern in %4 (min %5, max %6; Werte %7)%8. Übernehmen setzt sie in den Editor; gespeichert wird sie erst mit Speichern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n window(s) without a value left out</source>
        <translation>
            <numerusform>; %n Fenster ohne Wert ausgelassen</numerusform>
            <numerusform>; %n Fenster ohne Wert ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline applied to the editor; Save to store it.</source>
        <translation>Baseline in den Editor übernommen; zum Speichern „Speichern“ wählen.</translation>
    </message>
    <message>
        <source>Save tolerances of %1</source>
        <translation>Toleranzen von %1 speichern</translation>
    </message>
    <message>
        <source>Why this change? (required, kept with the version and in the audit log)</source>
        <translation>Warum diese Änderung? (erforderlich, wird mit der Version und im Audit-Log festgehalten)</translation>
    </message>
    <message>
        <source>Cannot restore v%1: %2</source>
        <translation>v%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved v%1 (restored from v%2).</source>
        <translation>v%1 gespeichert (wiederhergestellt aus v%2).</translation>
    </message>
    <message>
        <source>Saved v%1.</source>
        <translation>v%1 gespeichert.</translation>
    </message>
    <message>
        <source>The audit entry could not be written: %1</source>
        <translation>Der Audit-Eintrag konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Not saved: the tolerances changed since you opened them — v%1 was saved by %2 at %3 (“%4”). Your edits are kept: Revert to see theirs, or save again over it.</source>
        <translation>Nicht gespeichert: Die Toleranzen wurden geändert, seit Sie sie geöffnet haben — v%1 wurde von %2 um %3 gespeichert („%4“). Ihre Änderungen bleiben erhalten: Mit Verwerfen sehen Sie die andere Fassung, oder speichern Sie erneut darüber.</translation>
    </message>
    <message>
        <source>Not saved: the tolerances changed since you opened them.</source>
        <translation>Nicht gespeichert: Die Toleranzen wurden geändert, seit Sie sie geöffnet haben.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s), %2 feature(s)%3. Not in force until saved.</source>
        <translation>
            <numerusform>%1: %n Ereignis, %2 Merkmal(e)%3. Erst nach dem Speichern wirksam.</numerusform>
            <numerusform>%1: %n Ereignisse, %2 Merkmal(e)%3. Erst nach dem Speichern wirksam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) skipped</source>
        <translation>
            <numerusform>; %n Zeile übersprungen</numerusform>
            <numerusform>; %n Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference not saved: %1</source>
        <translation>Referenz nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Reference saved from %1; agents apply it to the windows they open from now on (except agents that pinned this model with --reference).</source>
        <translation>Referenz aus %1 gespeichert; Agenten wenden sie ab jetzt auf die Fenster an, die sie öffnen (außer Agenten, die dieses Modell mit --reference fixiert haben).</translation>
    </message>
    <message>
        <source>%1 saved as the drift reference of %2 (preview below).</source>
        <translation>%1 als Drift-Referenz von %2 gespeichert (Vorschau unten).</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Fix the rows the agent would refuse first.</source>
        <translation>Zuerst die Zeilen korrigieren, die der Agent ablehnen würde.</translation>
    </message>
    <message>
        <source>No model.</source>
        <translation>Kein Modell.</translation>
    </message>
    <message>
        <source>Shipped defaults in force (no stored set).</source>
        <translation>Mitgelieferte Standardwerte gelten (kein gespeicherter Satz).</translation>
    </message>
    <message>
        <source>v%1 in force · saved by %2 at %3: %4%5</source>
        <translation>v%1 gilt · gespeichert von %2 um %3: %4%5</translation>
    </message>
    <message>
        <source> · edited, not saved</source>
        <translation> · bearbeitet, nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>assurance::ui::CheckpointTableModel</name>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Merkle root</source>
        <translation>Merkle-Wurzel</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ConnectionDialog</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Demo (embedded simulated telemetry)</source>
        <translation>Demo (eingebettete simulierte Telemetrie)</translation>
    </message>
    <message>
        <source>Direct (Redis record, optional live view from Kafka)</source>
        <translation>Direkt (Daten aus Redis, optionale Live-Ansicht aus Kafka)</translation>
    </message>
    <message>
        <source>not stored: asked for at each connection</source>
        <translation>nicht gespeichert: wird bei jeder Verbindung abgefragt</translation>
    </message>
    <message>
        <source>host:9092 (leave empty for Redis only)</source>
        <translation>host:9092 (leer lassen für reinen Redis-Betrieb)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Redis URL</source>
        <translation>Redis-URL</translation>
    </message>
    <message>
        <source>Redis password</source>
        <translation>Redis-Passwort</translation>
    </message>
    <message>
        <source>Kafka brokers</source>
        <translation>Kafka-Broker</translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation>Kafka-Topic</translation>
    </message>
    <message>
        <source>The live view starts where this consumer group of agents stands, so it shows the windows they have not written yet. The group is only read, never joined.</source>
        <translation>Die Live-Ansicht beginnt dort, wo diese Consumer-Gruppe der Agenten steht, und zeigt so die Fenster, die sie noch nicht geschrieben haben. Die Gruppe wird nur gelesen, nie beigetreten.</translation>
    </message>
    <message>
        <source>Agents&apos; consumer group</source>
        <translation>Consumer-Gruppe der Agenten</translation>
    </message>
    <message>
        <source>Remote (an agent&apos;s gateway) — not built yet</source>
        <translation>Remote (Gateway eines Agenten) — noch nicht verfügbar</translation>
    </message>
    <message>
        <source>This source is not built yet: choose Demo or Direct.</source>
        <translation>Diese Quelle ist noch nicht verfügbar: Demo oder Direkt wählen.</translation>
    </message>
    <message>
        <source>Evidence pack (offline review) — File → Open Evidence…</source>
        <translation>Nachweispaket (Offline-Prüfung) — Datei → Nachweispaket öffnen…</translation>
    </message>
    <message>
        <source>An evidence pack is opened with File → Open Evidence….</source>
        <translation>Ein Nachweispaket wird über Datei → Nachweispaket öffnen… geöffnet.</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ConsoleCommands</name>
    <message>
        <source>The key could not be trusted: %1</source>
        <translation>Der Schlüssel konnte nicht als vertrauenswürdig hinterlegt werden: %1</translation>
    </message>
    <message>
        <source>The audit log is not open: an export that cannot be recorded is not made.</source>
        <translation>Das Audit-Log ist nicht geöffnet: Ein Export, der nicht aufgezeichnet werden kann, wird nicht durchgeführt.</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>quittiert</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>mit Notiz versehen</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>%1 at %2 (%3: %4)</source>
        <translation>%1 am %2 (%3: %4)</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile by %2: nothing was written. Look at it again.</source>
        <translation>%1 wurde zwischenzeitlich von %2 geändert: Es wurde nichts geschrieben. Bitte erneut ansehen.</translation>
    </message>
    <message>
        <source>%1 is already acknowledged, by %2.</source>
        <translation>%1 wurde bereits von %2 quittiert.</translation>
    </message>
    <message>
        <source>%1 is already resolved, by %2.</source>
        <translation>%1 wurde bereits von %2 behoben.</translation>
    </message>
    <message>
        <source>%1: a note is required.</source>
        <translation>%1: Eine Notiz ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not in the record (any more).</source>
        <translation>%1 ist nicht (mehr) in den Daten vorhanden.</translation>
    </message>
    <message>
        <source>%1: this source is read-only.</source>
        <translation>%1: Diese Quelle ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>%1 was %2, but NOT recorded in the audit log: %3</source>
        <translation>%1 wurde %2, aber NICHT im Audit-Log aufgezeichnet: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) %1.</source>
        <translation>
            <numerusform>%n Episode %1.</numerusform>
            <numerusform>%n Episoden %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A signed export is refused: %1. Export without a key for an unsigned pack.</source>
        <translation>Ein signierter Export wird abgelehnt: %1. Ohne Schlüssel exportieren, um ein unsigniertes Paket zu erhalten.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Abgelehnt: %1.</translation>
    </message>
</context>
<context>
    <name>assurance::ui::EpisodeActionDialog</name>
    <message>
        <source>Acknowledge violations</source>
        <translation>Verstöße quittieren</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n episode(s):</source>
        <translation>
            <numerusform>%n Episode quittieren:</numerusform>
            <numerusform>%n Episoden quittieren:</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>Resolve violations</source>
        <translation>Verstöße beheben</translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n episode(s):</source>
        <translation>
            <numerusform>%n Episode beheben:</numerusform>
            <numerusform>%n Episoden beheben:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add a note to %n episode(s):</source>
        <translation>
            <numerusform>Notiz zu %n Episode hinzufügen:</numerusform>
            <numerusform>Notiz zu %n Episoden hinzufügen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Why? What was done? (required)</source>
        <translation>Warum? Was wurde getan? (erforderlich)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>assurance::ui::EpisodeDetailPane</name>
    <message>
        <source>Select an episode to see its details and timeline.</source>
        <translation>Eine Episode auswählen, um ihre Details und ihren Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Observed / bound</source>
        <translation>Beobachtet / Grenzwert</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zeitverlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 at worst, %2 now</source>
        <translation>Höchststand %1, jetzt %2</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>— (active)</source>
        <translation>— (aktiv)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>assurance::ui::EpisodeTimelineModel</name>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Escalated to critical</source>
        <translation>Auf kritisch eskaliert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>assurance::ui::EvidenceBanner</name>
    <message>
        <source>range unknown</source>
        <translation>Zeitraum unbekannt</translation>
    </message>
    <message>
        <source>Trust this key…</source>
        <translation>Diesem Schlüssel vertrauen…</translation>
    </message>
    <message>
        <source>Add the signer&apos;s public key to the trusted keys shared by the console and assurancectl, then verify the pack again</source>
        <translation>Den öffentlichen Schlüssel des Unterzeichners zu den vertrauenswürdigen Schlüsseln hinzufügen, die Konsole und assurancectl gemeinsam nutzen, und das Paket dann erneut prüfen</translation>
    </message>
    <message>
        <source>Evidence pack %1: verifying…</source>
        <translation>Nachweispaket %1: wird geprüft…</translation>
    </message>
    <message>
        <source>Every part, record, audit entry and signature is checked before anything is shown. Nothing is read from the network.</source>
        <translation>Jeder Teil, jeder Datensatz, jeder Audit-Eintrag und jede Signatur wird geprüft, bevor etwas angezeigt wird. Es wird nichts aus dem Netzwerk gelesen.</translation>
    </message>
    <message>
        <source>Pack %1 · models %2 · range %3 · %4/%5 parts valid</source>
        <translation>Paket %1 · Modelle %2 · Zeitraum %3 · %4/%5 Teile gültig</translation>
    </message>
    <message>
        <source>Root digest %1</source>
        <translation>Wurzel-Hash %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Signed by a trusted key %1</source>
        <translation>Signiert mit vertrauenswürdigem Schlüssel %1</translation>
    </message>
    <message>
        <source>Signed by an unknown key</source>
        <translation>Signiert mit unbekanntem Schlüssel</translation>
    </message>
    <message>
        <source>The pack is intact and its signature is valid, but the key %1 is not among your trusted keys. Trust it only if its owner confirms this fingerprint to you.</source>
        <translation>Das Paket ist intakt und seine Signatur gültig, aber der Schlüssel %1 gehört nicht zu Ihren vertrauenswürdigen Schlüsseln. Vertrauen Sie ihm nur, wenn sein Inhaber Ihnen diesen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>Integrity only — not signed</source>
        <translation>Nur Integrität — nicht signiert</translation>
    </message>
    <message>
        <source>Nothing in it was changed by accident, but anyone can build an unsigned pack: it does not prove who made it.</source>
        <translation>Nichts darin wurde versehentlich verändert, aber jeder kann ein unsigniertes Paket erstellen: Es belegt nicht, wer es erstellt hat.</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>NICHT GEPRÜFT</translation>
    </message>
    <message>
        <source>First broken record: %1</source>
        <translation>Erster fehlerhafter Datensatz: %1</translation>
    </message>
    <message>
        <source>The records are shown as the pack holds them, broken ones included: rely on nothing here. Audit &amp; Evidence lists every failure.</source>
        <translation>Die Datensätze werden so angezeigt, wie das Paket sie enthält, fehlerhafte eingeschlossen: Verlassen Sie sich hier auf nichts. „Audit &amp; Nachweise“ listet jeden Fehler auf.</translation>
    </message>
</context>
<context>
    <name>assurance::ui::EvidencePackView</name>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Model configurations</source>
        <translation>Modellkonfigurationen</translation>
    </message>
    <message>
        <source>Tolerance versions in force during the range</source>
        <translation>Im Zeitraum geltende Toleranzversionen</translation>
    </message>
    <message>
        <source>Audit entries of the range (with their boundary entries)</source>
        <translation>Audit-Einträge des Zeitraums (mit ihren Randeinträgen)</translation>
    </message>
    <message>
        <source>No evidence pack is open. File → Open Evidence… reviews one offline.</source>
        <translation>Kein Nachweispaket geöffnet. Mit Datei → Nachweispaket öffnen… lässt sich eines offline prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2/%3 parts valid; %n audit entries from %4 installation(s)</source>
        <translation>
            <numerusform>%1 — %2/%3 Teile gültig; %n Audit-Eintrag aus %4 Installation(en)</numerusform>
            <numerusform>%1 — %2/%3 Teile gültig; %n Audit-Einträge aus %4 Installation(en)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) verified but could not be shown here (see the list)</source>
        <translation>
            <numerusform>%n Zeile geprüft, konnte hier aber nicht angezeigt werden (siehe Liste)</numerusform>
            <numerusform>%n Zeilen geprüft, konnten hier aber nicht angezeigt werden (siehe Liste)</numerusform>
        </translation>
    </message>
    <message>
        <source>not shown: %1</source>
        <translation>nicht angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ExportEvidenceDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation>Nachweise exportieren</translation>
    </message>
    <message>
        <source>evidence.tar</source>
        <translation>nachweise.tar</translation>
    </message>
    <message>
        <source>none: the pack proves integrity only</source>
        <translation>keiner: Das Paket belegt nur die Integrität</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Evidence packs (*.tar)</source>
        <translation>Nachweispakete (*.tar)</translation>
    </message>
    <message>
        <source>Ed25519 private keys (*.key *.pem);;All files (*)</source>
        <translation>Private Ed25519-Schlüssel (*.key *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Pack file</source>
        <translation>Paketdatei</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>The pack holds the configs, tolerance versions, snapshots, labels, violation episodes and audit entries of the range. The export is recorded in the audit log after the pack is built.</source>
        <translation>Das Paket enthält die Konfigurationen, Toleranzversionen, Snapshots, Labels, Verstoß-Episoden und Audit-Einträge des Zeitraums. Der Export wird im Audit-Log aufgezeichnet, nachdem das Paket erstellt wurde.</translation>
    </message>
    <message>
        <source>Tick at least one model.</source>
        <translation>Mindestens ein Modell ankreuzen.</translation>
    </message>
    <message>
        <source>The range starts after it ends.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende.</translation>
    </message>
    <message>
        <source>Choose the file to write the pack to.</source>
        <translation>Die Datei wählen, in die das Paket geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>assurance::ui::InferenceLogModel</name>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>refused: ts in the future</source>
        <translation>abgelehnt: ts in der Zukunft</translation>
    </message>
</context>
<context>
    <name>assurance::ui::LabelBreakdownModel</name>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bound crossed</source>
        <translation>Verletzter Grenzwert</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>%1 of the %2 points this metric can add (its weight renormalised over the evaluated metrics)</source>
        <translation>%1 der %2 Punkte, die diese Metrik beitragen kann (ihr Gewicht über die bewerteten Metriken renormiert)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Warning · critical</source>
        <translation>Warnung · kritisch</translation>
    </message>
    <message>
        <source>v%1 not in the record</source>
        <translation>v%1 nicht in den Daten</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>needs a baseline</source>
        <translation>benötigt eine Baseline</translation>
    </message>
    <message>
        <source>outside %1–%2</source>
        <translation>außerhalb %1–%2</translation>
    </message>
    <message>
        <source>%1 had no value in this window: not evaluated, its weight goes to the others.</source>
        <translation>%1 hatte in diesem Fenster keinen Wert: nicht bewertet, das Gewicht geht an die anderen Metriken.</translation>
    </message>
    <message>
        <source>%1 is disabled in tolerances v%2: not evaluated.</source>
        <translation>%1 ist in Toleranzen v%2 deaktiviert: nicht bewertet.</translation>
    </message>
    <message>
        <source>%1 has a relative bound and no baseline: not evaluated.</source>
        <translation>%1 hat einen relativen Grenzwert und keine Baseline: nicht bewertet.</translation>
    </message>
    <message>
        <source>%1 was not evaluated.</source>
        <translation>%1 wurde nicht bewertet.</translation>
    </message>
    <message>
        <source>%1 %2 is within tolerance (%3): full score.</source>
        <translation>%1 %2 liegt innerhalb der Toleranz (%3): volle Punktzahl.</translation>
    </message>
    <message>
        <source>%1 %2 crossed the warning bound %3: half score.</source>
        <translation>%1 %2 hat den Warngrenzwert %3 verletzt: halbe Punktzahl.</translation>
    </message>
    <message>
        <source>%1 %2 crossed the critical bound %3: no score, and the label cannot be assured.</source>
        <translation>%1 %2 hat den kritischen Grenzwert %3 verletzt: keine Punkte, und das Label kann nicht zugesichert werden.</translation>
    </message>
</context>
<context>
    <name>assurance::ui::LabelCard</name>
    <message>
        <source>Waiting for the first window…</source>
        <translation>Warten auf das erste Fenster…</translation>
    </message>
    <message>
        <source>Score %1 / 100</source>
        <translation>Punkte %1 / 100</translation>
    </message>
    <message>
        <source>No metric evaluated yet</source>
        <translation>Noch keine Metrik bewertet</translation>
    </message>
    <message>
        <source>Window ending %1 UTC · tolerances v%2 · %3</source>
        <translation>Fenster bis %1 UTC · Toleranzen v%2 · %3</translation>
    </message>
    <message>
        <source>stored label, hash %1… consistent</source>
        <translation>gespeichertes Label, Hash %1… konsistent</translation>
    </message>
    <message>
        <source>stored label, hash %1… does not match the label: altered after it was written</source>
        <translation>gespeichertes Label, Hash %1… passt nicht zum Label: nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>computed by this console — not in the record</source>
        <translation>von dieser Konsole berechnet — nicht in den gespeicherten Daten</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>How this model&apos;s label changed, why, and whether its chain is consistent</source>
        <translation>Wie sich das Label dieses Modells geändert hat, warum und ob seine Kette konsistent ist</translation>
    </message>
</context>
<context>
    <name>assurance::ui::LabelHistoryChart</name>
    <message>
        <source>Score over time</source>
        <translation>Punkte im Zeitverlauf</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Bedingt</translation>
    </message>
    <message>
        <source>Not assured</source>
        <translation>Nicht zugesichert</translation>
    </message>
    <message>
        <source>Chain breaks</source>
        <translation>Kettenbrüche</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Tolerance version changed</source>
        <translation>Toleranzversion geändert</translation>
    </message>
</context>
<context>
    <name>assurance::ui::LabelHistoryModel</name>
    <message>
        <source>hash %1
prev_hash %2</source>
        <translation>Hash %1
prev_hash %2</translation>
    </message>
    <message>
        <source>(none: written before the chain)</source>
        <translation>(keiner: vor der Kette geschrieben)</translation>
    </message>
    <message>
        <source>chain breaks here</source>
        <translation>Kette bricht hier</translation>
    </message>
    <message>
        <source>hash does not match</source>
        <translation>Hash stimmt nicht überein</translation>
    </message>
    <message>
        <source>Window end (UTC)</source>
        <translation>Fensterende (UTC)</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Tolerances</source>
        <translation>Toleranzen</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
</context>
<context>
    <name>assurance::ui::LabelHistoryPane</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export card as PNG…</source>
        <translation>Karte als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export label JSON…</source>
        <translation>Label-JSON exportieren…</translation>
    </message>
    <message>
        <source>← All models</source>
        <translation>← Alle Modelle</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>The card above, as shown</source>
        <translation>Die obige Karte, wie angezeigt</translation>
    </message>
    <message>
        <source>The label exactly as the record stores it</source>
        <translation>Das Label genau so, wie es in den Daten gespeichert ist</translation>
    </message>
    <message>
        <source>&lt;b&gt;Selected label&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ausgewähltes Label&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pick a model.</source>
        <translation>Ein Modell auswählen.</translation>
    </message>
    <message>
        <source>Not connected: there is no record to read.</source>
        <translation>Nicht verbunden: Es gibt keine Daten zum Lesen.</translation>
    </message>
    <message>
        <source>Reading the labels from %1 to %2 UTC…</source>
        <translation>Labels von %1 bis %2 UTC werden gelesen…</translation>
    </message>
    <message>
        <source>Cancelled: nothing is shown for this range.</source>
        <translation>Abgebrochen: Für diesen Zeitraum wird nichts angezeigt.</translation>
    </message>
    <message>
        <source>The record did not answer in time: nothing is shown for this range.</source>
        <translation>Der Datenspeicher hat nicht rechtzeitig geantwortet: Für diesen Zeitraum wird nichts angezeigt.</translation>
    </message>
    <message>
        <source>This source keeps no label history.</source>
        <translation>Diese Quelle führt keinen Label-Verlauf.</translation>
    </message>
    <message>
        <source>Could not read the label history: %1</source>
        <translation>Der Label-Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No label from %1 to %2 UTC: the model wrote no window then, or the record keeps no label history for it.</source>
        <translation>Kein Label von %1 bis %2 UTC: Das Modell hat in dieser Zeit kein Fenster geschrieben, oder die Daten enthalten keinen Label-Verlauf für dieses Modell.</translation>
    </message>
    <message>
        <source>Select a label in the table or on the chart.</source>
        <translation>Ein Label in der Tabelle oder im Diagramm auswählen.</translation>
    </message>
    <message>
        <source>%1 %2 (%3, bound %4) costs %5 points</source>
        <translation>%1 %2 (%3, Grenzwert %4) kostet %5 Punkte</translation>
    </message>
    <message>
        <source>No metric was evaluated in this window: no score, and the verdict stays Conditional.</source>
        <translation>In diesem Fenster wurde keine Metrik bewertet: keine Punktzahl, und das Urteil bleibt „Bedingt“.</translation>
    </message>
    <message>
        <source>Every evaluated metric was within tolerance: score 100.</source>
        <translation>Jede bewertete Metrik lag innerhalb der Toleranz: 100 Punkte.</translation>
    </message>
    <message>
        <source>Score %1 = 100 − the points lost: %2.</source>
        <translation>Punkte %1 = 100 − verlorene Punkte: %2.</translation>
    </message>
    <message>
        <source>Assured: grade %1 and no critical metric.</source>
        <translation>Zugesichert: Note %1 und keine kritische Metrik.</translation>
    </message>
    <message>
        <source>Conditional: grade %1 is below B, though no metric is critical.</source>
        <translation>Bedingt: Note %1 liegt unter B, obwohl keine Metrik kritisch ist.</translation>
    </message>
    <message>
        <source>Conditional: nothing could be assessed.</source>
        <translation>Bedingt: Es konnte nichts bewertet werden.</translation>
    </message>
    <message>
        <source>Not assured: grade F.</source>
        <translation>Nicht zugesichert: Note F.</translation>
    </message>
    <message>
        <source>Not assured: %1 critical.</source>
        <translation>Nicht zugesichert: %1 kritisch.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tolerances v%1 in force&lt;/b&gt; — saved by %2 on %3 UTC: “%4”.</source>
        <translation>&lt;b&gt;Toleranzen v%1 gültig&lt;/b&gt; — gespeichert von %2 am %3 UTC: „%4“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tolerances v%1 in force&lt;/b&gt; — saved by %2: “%3”.</source>
        <translation>&lt;b&gt;Toleranzen v%1 gültig&lt;/b&gt; — gespeichert von %2: „%3“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tolerances v%1 in force&lt;/b&gt; — this version is not in the record (no tolerance history for it), so the rules it set cannot be shown.</source>
        <translation>&lt;b&gt;Toleranzen v%1 gültig&lt;/b&gt; — diese Version ist nicht in den Daten vorhanden (kein Toleranzverlauf dafür), daher können ihre Regeln nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Changed from v%1 at this window.</source>
        <translation>In diesem Fenster von v%1 geändert.</translation>
    </message>
    <message>
        <source>Chain status: reading…</source>
        <translation>Kettenstatus: wird gelesen…</translation>
    </message>
    <message>
        <source>Chain status: no labels to check.</source>
        <translation>Kettenstatus: keine Labels zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of the record could not be used, first: %1.</source>
        <translation>
            <numerusform>%n Wert in den Daten konnte nicht verwendet werden: %1.</numerusform>
            <numerusform>%n Werte in den Daten konnten nicht verwendet werden, erster: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Chain broken — gap at %1 UTC: %2.</source>
        <translation>✖ Kette unterbrochen — Lücke bei %1 UTC: %2.</translation>
    </message>
    <message numerus="yes">
        <source>✔ Chain consistent — %n label(s) from %1 to %2 UTC each match their hash and link to the one before.</source>
        <translation>
            <numerusform>✔ Kette konsistent — %n Label von %1 bis %2 UTC passt zu seinem Hash und verweist auf das vorherige.</numerusform>
            <numerusform>✔ Kette konsistent — %n Labels von %1 bis %2 UTC passen jeweils zu ihrem Hash und verweisen auf das vorherige.</numerusform>
        </translation>
    </message>
    <message>
        <source>Computed by this console, not a stored record.</source>
        <translation>Von dieser Konsole berechnet, kein gespeicherter Datensatz.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>%1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Export label JSON</source>
        <translation>Label-JSON exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export label card</source>
        <translation>Label-Karte exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
</context>
<context>
    <name>assurance::ui::LicenseTab</name>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Signed evidence</source>
        <translation>Signierte Nachweise</translation>
    </message>
    <message>
        <source>Remote source</source>
        <translation>Entfernte Quelle</translation>
    </message>
    <message>
        <source>AI insight</source>
        <translation>KI-Einblicke</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Activate pasted text</source>
        <translation>Eingefügten Text aktivieren</translation>
    </message>
    <message>
        <source>Activate from file…</source>
        <translation>Aus Datei aktivieren…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Email request…</source>
        <translation>Anfrage per E-Mail…</translation>
    </message>
    <message>
        <source>Paste a license here: the text from -----BEGIN ASSURANCE LICENSE FILE----- to -----END ASSURANCE LICENSE FILE-----. No network is needed.</source>
        <translation>Lizenz hier einfügen: den Text von -----BEGIN ASSURANCE LICENSE FILE----- bis -----END ASSURANCE LICENSE FILE-----. Kein Netzwerk nötig.</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Diese Installation</translation>
    </message>
    <message>
        <source>Activate a license (offline)</source>
        <translation>Lizenz aktivieren (offline)</translation>
    </message>
    <message>
        <source>Tiers compared</source>
        <translation>Stufen im Vergleich</translation>
    </message>
    <message>
        <source>Active models</source>
        <translation>Aktive Modelle</translation>
    </message>
    <message>
        <source>Operator commands</source>
        <translation>Bedienbefehle</translation>
    </message>
    <message>
        <source>Evidence export and verification</source>
        <translation>Nachweisexport und -prüfung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (per license)</source>
        <translation>%1 (laut Lizenz)</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Unsigniert</translation>
    </message>
    <message>
        <source>Seats are shown, not enforced offline. When a license has expired and its 14-day grace period is over, the console is read-only: viewing, evidence export and verification, and audit checkpoints still work.</source>
        <translation>Plätze werden angezeigt, offline aber nicht durchgesetzt. Ist eine Lizenz abgelaufen und ihre 14-tägige Kulanzfrist vorbei, ist die Konsole schreibgeschützt: Ansehen, Nachweisexport und -prüfung sowie Audit-Checkpoints funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>Request an upgrade</source>
        <translation>Upgrade anfordern</translation>
    </message>
    <message>
        <source>Send this code to your vendor. It holds the license id and a fingerprint of this machine (an HMAC of /etc/machine-id, never the id itself).</source>
        <translation>Senden Sie diesen Code an Ihren Anbieter. Er enthält die Lizenz-ID und einen Fingerabdruck dieses Rechners (einen HMAC von /etc/machine-id, nie die ID selbst).</translation>
    </message>
    <message>
        <source>Paste the license text first.</source>
        <translation>Zuerst den Lizenztext einfügen.</translation>
    </message>
    <message>
        <source>Assurance Console upgrade request</source>
        <translation>Upgrade-Anfrage für Assurance Console</translation>
    </message>
    <message>
        <source>Request code: %1</source>
        <translation>Anfragecode: %1</translation>
    </message>
    <message>
        <source>Activate a license file</source>
        <translation>Lizenzdatei aktivieren</translation>
    </message>
    <message>
        <source>License files (*.lic *.txt);;All files (*)</source>
        <translation>Lizenzdateien (*.lic *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the license…</source>
        <translation>Lizenz wird gelesen…</translation>
    </message>
    <message>
        <source>No license: Community. Up to %1 active models, unsigned evidence only.</source>
        <translation>Keine Lizenz: Community. Bis zu %1 aktive Modelle, nur unsignierte Nachweise.</translation>
    </message>
    <message>
        <source>Licensed: %1, valid until %2 (%3 left).</source>
        <translation>Lizenziert: %1, gültig bis %2 (noch %3).</translation>
    </message>
    <message>
        <source>Expiring: %1 expires on %2, in %3. Request a renewal below.</source>
        <translation>Läuft ab: %1 läuft am %2 ab, in %3. Unten eine Verlängerung anfordern.</translation>
    </message>
    <message>
        <source>Expired on %1. Everything still works for the grace period, which ends in %2 (%3); then the console becomes read-only.</source>
        <translation>Abgelaufen am %1. Während der Kulanzfrist funktioniert alles weiter; sie endet in %2 (%3), danach wird die Konsole schreibgeschützt.</translation>
    </message>
    <message>
        <source>Expired on %1 and the grace period is over: the console is read-only. Operator commands are refused; viewing, evidence export and verification still work.</source>
        <translation>Abgelaufen am %1, und die Kulanzfrist ist vorbei: Die Konsole ist schreibgeschützt. Bedienbefehle werden abgelehnt; Ansehen, Nachweisexport und -prüfung funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>The activated license is invalid: %1. This installation runs as Community.</source>
        <translation>Die aktivierte Lizenz ist ungültig: %1. Diese Installation läuft als Community.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is more than 24 hours behind the latest time seen (%1): the console is read-only until the clock is right.</source>
        <translation>Die Uhr dieses Computers geht mehr als 24 Stunden hinter der zuletzt gesehenen Zeit (%1) nach: Die Konsole ist schreibgeschützt, bis die Uhr stimmt.</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>Lizenznehmer</translation>
    </message>
    <message>
        <source>License id</source>
        <translation>Lizenz-ID</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis zu %1</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>%1 (shown, not enforced offline)</source>
        <translation>%1 (angezeigt, offline nicht durchgesetzt)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Vendor key id</source>
        <translation>Anbieter-Schlüssel-ID</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>unsigned only</source>
        <translation>nur unsigniert</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>refused (read-only)</source>
        <translation>abgelehnt (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>assurance::ui::MainWindow</name>
    <message>
        <source>Assurance Console</source>
        <translation>Assurance Console</translation>
    </message>
    <message>
        <source>Real-Time Metrics</source>
        <translation>Echtzeitmetriken</translation>
    </message>
    <message>
        <source>Assurance Label</source>
        <translation>Assurance-Label</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Verstöße</translation>
    </message>
    <message>
        <source>Baseline &amp;&amp; Tolerances</source>
        <translation>Baseline &amp;&amp; Toleranzen</translation>
    </message>
    <message>
        <source>Model Configuration</source>
        <translation>Modellkonfiguration</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Audit &amp;&amp; Evidence</source>
        <translation>Audit &amp;&amp; Nachweise</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Assurance Console</source>
        <translation>Ü&amp;ber Assurance Console</translation>
    </message>
    <message>
        <source>About Assurance Console</source>
        <translation>Über Assurance Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assurance Console %1&lt;/b&gt;&lt;p&gt;Live metrics, assurance labels and violations for machine-learning models in production.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Assurance Console %1&lt;/b&gt;&lt;p&gt;Live-Metriken, Assurance-Labels und Verstöße für Machine-Learning-Modelle im Produktivbetrieb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1 events/s · %2 accepted · %3 rejected</source>
        <translation>%1 events/s · %2 akzeptiert · %3 abgelehnt</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbindet…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>connection lost, reconnecting…</source>
        <translation>Verbindung verloren, verbindet erneut…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Redis needs a password, or refused it (%1)</source>
        <translation>Redis verlangt ein Passwort oder hat es abgelehnt (%1)</translation>
    </message>
    <message>
        <source>waiting for the record</source>
        <translation>wartet auf die Daten</translation>
    </message>
    <message>
        <source>no Kafka brokers given</source>
        <translation>keine Kafka-Broker angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the record could not be read (see the log)</source>
        <translation>
            <numerusform>%n Wert in den Daten konnte nicht gelesen werden (siehe Protokoll)</numerusform>
            <numerusform>%n Werte in den Daten konnten nicht gelesen werden (siehe Protokoll)</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected — File → Connect…</source>
        <translation>nicht verbunden — Datei → Verbinden…</translation>
    </message>
    <message>
        <source>record</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>live</source>
        <translation>Live-Ansicht</translation>
    </message>
    <message>
        <source>Redis needs a password to connect (%1).</source>
        <translation>Redis verlangt für die Verbindung ein Passwort (%1).</translation>
    </message>
    <message>
        <source>agents&apos; lag %1 messages</source>
        <translation>Rückstand der Agenten %1 Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Audit: NOT RECORDED</source>
        <translation>Audit: NICHT AUFGEZEICHNET</translation>
    </message>
    <message>
        <source>Audit: off</source>
        <translation>Audit: aus</translation>
    </message>
    <message>
        <source>Audit: recording</source>
        <translation>Audit: zeichnet auf</translation>
    </message>
    <message>
        <source>Audit: opening…</source>
        <translation>Audit: wird geöffnet …</translation>
    </message>
    <message>
        <source>Audit: unavailable</source>
        <translation>Audit: nicht verfügbar</translation>
    </message>
    <message>
        <source>Open &amp;Evidence…</source>
        <translation>&amp;Nachweispaket öffnen…</translation>
    </message>
    <message>
        <source>Export reads the Direct source&apos;s record: connect to Redis first.</source>
        <translation>Der Export liest die Daten der Quelle Direkt: zuerst mit Redis verbinden.</translation>
    </message>
    <message>
        <source>An evidence pack is a record for review: nothing in it can be changed.</source>
        <translation>Ein Nachweispaket ist ein Datenbestand zur Prüfung: Darin kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>Trust this key?</source>
        <translation>Diesem Schlüssel vertrauen?</translation>
    </message>
    <message>
        <source>Trust the key with fingerprint

%1

for every evidence pack it signs, in this console and in assurancectl? Do this only if the key&apos;s owner confirmed this fingerprint to you through another channel.</source>
        <translation>Dem Schlüssel mit dem Fingerabdruck

%1

für jedes Nachweispaket, das er signiert, in dieser Konsole und in assurancectl vertrauen? Tun Sie dies nur, wenn der Inhaber des Schlüssels Ihnen diesen Fingerabdruck über einen anderen Kanal bestätigt hat.</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Diesem Schlüssel vertrauen</translation>
    </message>
    <message>
        <source>Open Evidence Pack</source>
        <translation>Nachweispaket öffnen</translation>
    </message>
    <message>
        <source>Evidence packs (*.tar);;All files (*)</source>
        <translation>Nachweispakete (*.tar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation>Schreibgeschützt: %1.</translation>
    </message>
    <message>
        <source>The license has expired: the grace period ends in %1 days, then the console becomes read-only. See the License tab.</source>
        <translation>Die Lizenz ist abgelaufen: Die Kulanzfrist endet in %1 Tagen, danach wird die Konsole schreibgeschützt. Siehe Registerkarte „Lizenz“.</translation>
    </message>
    <message>
        <source>The license expires in %1 days. See the License tab to request a renewal.</source>
        <translation>Die Lizenz läuft in %1 Tagen ab. Eine Verlängerung können Sie in der Registerkarte „Lizenz“ anfordern.</translation>
    </message>
    <message>
        <source>The activated license is invalid (%1): running as Community. See the License tab.</source>
        <translation>Die aktivierte Lizenz ist ungültig (%1): Ausführung als Community. Siehe Registerkarte „Lizenz“.</translation>
    </message>
    <message numerus="yes">
        <source>Model limit: %n model(s) shown (%1); %2 hidden (%3). This license allows %4 active models: the first ones by id are shown. Activate a license with a higher limit in the License tab to see all.</source>
        <translation>
            <numerusform>Modelllimit: %n Modell angezeigt (%1); %2 ausgeblendet (%3). Diese Lizenz erlaubt %4 aktive Modelle: Die ersten nach ID werden angezeigt. Aktivieren Sie in der Registerkarte „Lizenz“ eine Lizenz mit höherem Limit, um alle zu sehen.</numerusform>
            <numerusform>Modelllimit: %n Modelle angezeigt (%1); %2 ausgeblendet (%3). Diese Lizenz erlaubt %4 aktive Modelle: Die ersten nach ID werden angezeigt. Aktivieren Sie in der Registerkarte „Lizenz“ eine Lizenz mit höherem Limit, um alle zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be changed from the console.</source>
        <translation>%1 kann in der Konsole nicht geändert werden.</translation>
    </message>
    <message>
        <source>No source is connected.</source>
        <translation>Keine Quelle verbunden.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Retired Models</source>
        <translation>&amp;Stillgelegte Modelle anzeigen</translation>
    </message>
    <message>
        <source>List models whose configuration is retired in every tab</source>
        <translation>Modelle mit stillgelegter Konfiguration in allen Registerkarten anzeigen</translation>
    </message>
</context>
<context>
    <name>assurance::ui::MetricChart</name>
    <message>
        <source>not applicable or too few labels</source>
        <translation>nicht anwendbar oder zu wenige Labels</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ModelCatalogModel</name>
    <message>
        <source>classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>configured, no windows yet</source>
        <translation>konfiguriert, noch keine Fenster</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>stillgelegt</translation>
    </message>
    <message>
        <source>seen, no configuration</source>
        <translation>gesehen, keine Konfiguration</translation>
    </message>
    <message>
        <source>unreadable configuration</source>
        <translation>unlesbare Konfiguration</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ModelConfigTableModel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation>Kafka-Topic</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ModelConfigurationTab</name>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation>Kafka-Topic</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Modell-ID</translation>
    </message>
    <message>
        <source>The model id must be 1 to 128 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Die Modell-ID muss aus 1 bis 128 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen.</translation>
    </message>
    <message>
        <source>The endpoint must be an http:// or https:// URL with a host and no query, fragment or credentials.</source>
        <translation>Der Endpunkt muss eine http://- oder https://-URL mit Host und ohne Query, Fragment oder Zugangsdaten sein.</translation>
    </message>
    <message>
        <source>The Kafka topic may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (249 at most).</source>
        <translation>Das Kafka-Topic darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten (höchstens 249).</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters at most).</source>
        <translation>%1 ist zu lang (höchstens %2 Zeichen).</translation>
    </message>
    <message>
        <source>%1 contains a control character.</source>
        <translation>%1 enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Stillgelegte anzeigen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>New model…</source>
        <translation>Neues Modell…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Stilllegen…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>e.g. flood-risk-predictor</source>
        <translation>z. B. flood-risk-predictor</translation>
    </message>
    <message>
        <source>https://models.example/flood-risk</source>
        <translation>https://models.example/flood-risk</translation>
    </message>
    <message>
        <source>model-telemetry</source>
        <translation>model-telemetry</translation>
    </message>
    <message>
        <source>auto (from the data)</source>
        <translation>automatisch (aus den Daten)</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <source>Not connected: connect to a source (File → Connect…) to see and change model configurations.</source>
        <translation>Nicht verbunden: Mit einer Quelle verbinden (Datei → Verbinden…), um Modellkonfigurationen zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>This source is read-only (an evidence pack): the pack&apos;s model configurations are shown, and cannot be changed here.</source>
        <translation>Diese Quelle ist schreibgeschützt (ein Nachweispaket): Die Modellkonfigurationen des Pakets werden angezeigt und können hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>The configurations could not be read: %1</source>
        <translation>Die Konfigurationen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>New model: give it an id and save.</source>
        <translation>Neues Modell: ID vergeben und speichern.</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Neues Modell</translation>
    </message>
    <message>
        <source>Configuration of %1</source>
        <translation>Konfiguration von %1</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>%1 stilllegen</translation>
    </message>
    <message>
        <source>Bring %1 back? Agents add it to the active models again with its next window.</source>
        <translation>%1 zurückholen? Die Agenten nehmen es mit seinem nächsten Fenster wieder in die aktiven Modelle auf.</translation>
    </message>
    <message>
        <source>Retire %1? Agents keep storing windows for telemetry that still arrives, but the model is no longer listed as active, and consoles hide it unless &quot;Show retired&quot; is on.</source>
        <translation>%1 stilllegen? Die Agenten speichern weiterhin Fenster für noch eintreffende Telemetrie, aber das Modell wird nicht mehr als aktiv geführt, und Konsolen blenden es aus, sofern „Stillgelegte anzeigen“ nicht eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Stilllegen</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Retiring…</source>
        <translation>Wird stillgelegt…</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 retired.</source>
        <translation>%1 stillgelegt.</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Its audit entry could not be written: %1</source>
        <translation>Sein Audit-Eintrag konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Not saved: the record no longer knows %1.</source>
        <translation>Nicht gespeichert: Der Datenbestand kennt %1 nicht mehr.</translation>
    </message>
    <message>
        <source>Not saved: a configuration for %1 already exists. Select it in the list to edit it.</source>
        <translation>Nicht gespeichert: Für %1 gibt es bereits eine Konfiguration. Wählen Sie sie in der Liste aus, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Not saved: the configuration of %1 was changed by someone else since you opened it. It has been reloaded; make your change again.</source>
        <translation>Nicht gespeichert: Die Konfiguration von %1 wurde seit dem Öffnen von jemand anderem geändert. Sie wurde neu geladen; nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>Testing %1 …</source>
        <translation>%1 wird getestet …</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>OK — HTTP %1 in %2</source>
        <translation>OK — HTTP %1 in %2</translation>
    </message>
    <message>
        <source>HTTP error — HTTP %1 in %2</source>
        <translation>HTTP-Fehler — HTTP %1 in %2</translation>
    </message>
    <message>
        <source>Timed out — no answer within %1</source>
        <translation>Zeitüberschreitung — keine Antwort innerhalb von %1</translation>
    </message>
    <message>
        <source>Unreachable after %1 — %2</source>
        <translation>Nicht erreichbar nach %1 — %2</translation>
    </message>
    <message>
        <source>Not tested: the endpoint is not an http:// or https:// URL with a host.</source>
        <translation>Nicht getestet: Der Endpunkt ist keine http://- oder https://-URL mit Host.</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>GET %1</source>
        <translation>GET %1</translation>
    </message>
</context>
<context>
    <name>assurance::ui::RealTimeMetricsTab</name>
    <message>
        <source>Events / s</source>
        <translation>Events / s</translation>
    </message>
    <message>
        <source>Feature drift (PSI)</source>
        <translation>Merkmalsdrift (PSI)</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Assurance grade</source>
        <translation>Assurance-Note</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Live inference log</source>
        <translation>Live-Inferenzprotokoll</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Rejected messages</source>
        <translation>Abgelehnte Nachrichten</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation>%1 akzeptiert</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) rejected</source>
        <translation>
            <numerusform>%n Nachricht abgelehnt</numerusform>
            <numerusform>%n Nachrichten abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Late events %1 · duplicates %2 · orphan labels %3 · unreadable record values %4</source>
        <translation>Verspätete Ereignisse %1 · Duplikate %2 · verwaiste Labels %3 · unlesbare Datenwerte %4</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>no label yet</source>
        <translation>noch kein Label</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ReferencePreviewModel</name>
    <message>
        <source>numeric</source>
        <translation>numerisch</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>kategorial</translation>
    </message>
    <message>
        <source>min %1 · max %2</source>
        <translation>min %1 · max %2</translation>
    </message>
    <message>
        <source>min %1 · q10 %2 · median %3 · q90 %4 · max %5</source>
        <translation>min %1 · q10 %2 · Median %3 · q90 %4 · max %5</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weiterer</numerusform>
            <numerusform>… %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
</context>
<context>
    <name>assurance::ui::RejectionTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ToleranceDiffModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ToleranceEditModel</name>
    <message>
        <source>relative</source>
        <translation>relativ</translation>
    </message>
    <message>
        <source>absolute</source>
        <translation>absolut</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Absolute / relative</source>
        <translation>Absolut / relativ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>%1 %2 bearbeiten</translation>
    </message>
    <message>
        <source>The agent would refuse this: %1</source>
        <translation>Der Agent würde dies ablehnen: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ToleranceHistoryChart</name>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Warning bound</source>
        <translation>Warngrenze</translation>
    </message>
    <message>
        <source>Critical bound</source>
        <translation>Kritische Grenze</translation>
    </message>
    <message>
        <source>Window end (UTC)</source>
        <translation>Fensterende (UTC)</translation>
    </message>
    <message>
        <source>Drag across the chart to choose a range for the baseline.</source>
        <translation>Über das Diagramm ziehen, um einen Bereich für die Baseline zu wählen.</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ToleranceVersionTableModel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Tolerances (warning / critical)</source>
        <translation>Toleranzen (Warnung / kritisch)</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ViolationBreakdownCharts</name>
    <message>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>Episodes by metric</source>
        <translation>Episoden nach Metrik</translation>
    </message>
    <message>
        <source>Episodes by severity (worst seen)</source>
        <translation>Episoden nach Schweregrad (höchster erreichter)</translation>
    </message>
    <message>
        <source>Active episodes over time</source>
        <translation>Aktive Episoden im Zeitverlauf</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ViolationTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Geöffnet (UTC)</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>Zuletzt gesehen (UTC)</translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation>Geschlossen (UTC)</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fenster</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ViolationsTab</name>
    <message>
        <source>Filter by model or metric…</source>
        <translation>Nach Modell oder Metrik filtern…</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Active and closed</source>
        <translation>Aktiv und geschlossen</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <source>Closed only</source>
        <translation>Nur geschlossene</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Quittieren…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Beheben…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Any metric</source>
        <translation>Alle Metriken</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Episodes in breach at any time in the range (UTC): opened before its end and still active or closed after its start.</source>
        <translation>Episoden, die zu irgendeinem Zeitpunkt im Zeitraum (UTC) einen Verstoß aufwiesen: vor seinem Ende geöffnet und noch aktiv oder nach seinem Beginn geschlossen.</translation>
    </message>
    <message>
        <source>Ask the AI insight service to explain the selected episodes</source>
        <translation>Den KI-Analysedienst die ausgewählten Episoden erklären lassen</translation>
    </message>
    <message>
        <source>Save the rows shown (every filter applied) as CSV</source>
        <translation>Die angezeigten Zeilen (alle Filter angewendet) als CSV speichern</translation>
    </message>
    <message>
        <source>Save the rows shown (every filter applied) as JSON, as stored</source>
        <translation>Die angezeigten Zeilen (alle Filter angewendet) als JSON im gespeicherten Format speichern</translation>
    </message>
    <message>
        <source>Explain: AI insight is not built yet. For now, read the episode&apos;s timeline and the metric&apos;s history on the Real-Time Metrics tab.</source>
        <translation>Erklären: Die KI-Analyse ist noch nicht verfügbar. Bis dahin den Zeitverlauf der Episode und den Verlauf der Metrik im Tab „Echtzeitmetriken“ ansehen.</translation>
    </message>
    <message>
        <source>%1 of %2 episodes shown · %3 active critical · %4 active warning</source>
        <translation>%1 von %2 Episoden angezeigt · %3 aktiv kritisch · %4 aktiv mit Warnung</translation>
    </message>
    <message>
        <source>Select one or more episodes first</source>
        <translation>Zuerst eine oder mehrere Episoden auswählen</translation>
    </message>
    <message>
        <source>Only open episodes can be acknowledged</source>
        <translation>Nur offene Episoden können quittiert werden</translation>
    </message>
    <message>
        <source>Resolved episodes cannot be resolved again</source>
        <translation>Behobene Episoden können nicht erneut behoben werden</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>Alle Modelle</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledging %n episode(s)…</source>
        <translation>
            <numerusform>%n Episode wird quittiert…</numerusform>
            <numerusform>%n Episoden werden quittiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolving %n episode(s)…</source>
        <translation>
            <numerusform>%n Episode wird behoben…</numerusform>
            <numerusform>%n Episoden werden behoben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding a note to %n episode(s)…</source>
        <translation>
            <numerusform>Notiz wird zu %n Episode hinzugefügt…</numerusform>
            <numerusform>Notiz wird zu %n Episoden hinzugefügt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export violations as CSV</source>
        <translation>Verstöße als CSV exportieren</translation>
    </message>
    <message>
        <source>Export violations as JSON</source>
        <translation>Verstöße als JSON exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n episode(s) to %1</source>
        <translation>
            <numerusform>%n Episode nach %1 exportiert</numerusform>
            <numerusform>%n Episoden nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: this source cannot record operator actions.</source>
        <translation>Schreibgeschützt: Diese Quelle kann keine Bedieneraktionen aufzeichnen.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
</context>
<context>
    <name>ctl</name>
    <message>
        <source>Run the Demo source in simulated time and report.</source>
        <translation>Die Demo-Quelle in simulierter Zeit ausführen und berichten.</translation>
    </message>
    <message>
        <source>Simulated seconds of traffic.</source>
        <translation>Simulierte Sekunden Datenverkehr.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Startwert für den Zufallsgenerator.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein einzelnes JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>--seconds must be a whole number from 1 to 604800</source>
        <translation>--seconds muss eine ganze Zahl von 1 bis 604800 sein</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <source>Redis URL, redis://[user@]host[:port][/db].</source>
        <translation>Redis-URL, redis://[user@]host[:port][/db].</translation>
    </message>
    <message>
        <source>File whose first line is the Redis password.</source>
        <translation>Datei, deren erste Zeile das Redis-Passwort ist.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Oldest window end (date-time or epoch ms).</source>
        <translation>Ältestes Fensterende (Datum/Uhrzeit oder Epoch-ms).</translation>
    </message>
    <message>
        <source>Newest window end (date-time or epoch ms).</source>
        <translation>Neuestes Fensterende (Datum/Uhrzeit oder Epoch-ms).</translation>
    </message>
    <message>
        <source>The model id.</source>
        <translation>Die Modell-ID.</translation>
    </message>
    <message>
        <source>--redis URL is required</source>
        <translation>--redis URL ist erforderlich</translation>
    </message>
    <message>
        <source>exactly one MODEL is required</source>
        <translation>genau ein MODEL ist erforderlich</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>unerwartetes Argument</translation>
    </message>
    <message>
        <source>Kafka bootstrap servers.</source>
        <translation>Kafka-Bootstrap-Server.</translation>
    </message>
    <message>
        <source>Topic (default model-telemetry).</source>
        <translation>Topic (Standard model-telemetry).</translation>
    </message>
    <message>
        <source>JSON Lines file, or - for standard input.</source>
        <translation>JSON-Lines-Datei oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>--brokers and --file are required</source>
        <translation>--brokers und --file sind erforderlich</translation>
    </message>
    <message>
        <source>The audit log (default: %1).</source>
        <translation>Das Audit-Log (Standard: %1).</translation>
    </message>
    <message>
        <source>Oldest entry time (date-time or epoch ms).</source>
        <translation>Zeit des ältesten Eintrags (Datum/Uhrzeit oder Epoch-ms).</translation>
    </message>
    <message>
        <source>Newest entry time (date-time or epoch ms).</source>
        <translation>Zeit des neuesten Eintrags (Datum/Uhrzeit oder Epoch-ms).</translation>
    </message>
    <message>
        <source>Only this actor (user@host).</source>
        <translation>Nur dieser Akteur (user@host).</translation>
    </message>
    <message>
        <source>Only this action, or its family (e.g. audit).</source>
        <translation>Nur diese Aktion oder ihre Familie (z. B. audit).</translation>
    </message>
    <message>
        <source>Trust only this public key (PEM), not the log&apos;s own.</source>
        <translation>Nur diesem öffentlichen Schlüssel (PEM) vertrauen, nicht dem des Logs.</translation>
    </message>
    <message>
        <source>Do not append the verification&apos;s own entry.</source>
        <translation>Keinen eigenen Eintrag für die Prüfung anhängen.</translation>
    </message>
    <message>
        <source>The entry&apos;s sequence number.</source>
        <translation>Die Sequenznummer des Eintrags.</translation>
    </message>
    <message>
        <source>The tree size (default: the newest checkpoint&apos;s).</source>
        <translation>Die Baumgröße (Standard: die des neuesten Checkpoints).</translation>
    </message>
    <message>
        <source>The older tree size.</source>
        <translation>Die ältere Baumgröße.</translation>
    </message>
    <message>
        <source>The newer tree size.</source>
        <translation>Die neuere Baumgröße.</translation>
    </message>
    <message>
        <source>a subcommand is required</source>
        <translation>ein Unterbefehl ist erforderlich</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>unbekannter Unterbefehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 must be an ISO 8601 date-time, a window timestamp or epoch ms</source>
        <translation>--%1 muss ein ISO-8601-Zeitpunkt, ein Fenster-Zeitstempel oder Epoch-ms sein</translation>
    </message>
    <message>
        <source>--entry N (a sequence number from 1) is required</source>
        <translation>--entry N (eine Sequenznummer ab 1) ist erforderlich</translation>
    </message>
    <message>
        <source>--size must be a whole number from 1</source>
        <translation>--size muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>--from M and --to N (tree sizes, M ≤ N) are required</source>
        <translation>--from M und --to N (Baumgrößen, M ≤ N) sind erforderlich</translation>
    </message>
    <message>
        <source>--from must not be larger than --to</source>
        <translation>--from darf nicht größer als --to sein</translation>
    </message>
    <message>
        <source>The installation&apos;s tamper-evident audit log.

  list         entries, oldest first (--since --until --actor --action)
  verify       recompute every hash, the chain, the Merkle roots and the signatures
  checkpoint   sign a checkpoint of the whole log now
  prove        an inclusion proof of --entry N in the tree of --size M
  consistency  a proof that the tree of --from M entries is a prefix of --to N
  sync         copy the entries and checkpoints not yet in Redis there (--redis URL)</source>
        <translation>Das Audit-Log der Installation, das Manipulationen erkennbar macht.

  list         Einträge, älteste zuerst (--since --until --actor --action)
  verify       jeden Hash, die Kette, die Merkle-Wurzeln und die Signaturen neu berechnen
  checkpoint   jetzt einen Checkpoint des gesamten Logs signieren
  prove        ein Inklusionsbeweis für --entry N im Baum der Größe --size M
  consistency  ein Beweis, dass der Baum aus --from M Einträgen ein Präfix von --to N ist
  sync         die noch nicht in Redis vorhandenen Einträge und Checkpoints dorthin kopieren (--redis URL)</translation>
    </message>
    <message>
        <source>Evidence packs an auditor verifies offline (docs/evidence.md).

  keygen  --out KEYFILE: an organisation signing key (KEYFILE, 0600) and KEYFILE.pub
  export  --redis URL --models a,b --since T --until T --out F [--key-file KEYFILE]
  verify  F [--pubkey KEYFILE.pub]: recompute everything, one verdict line per part
  report  F --pdf OUT [--pubkey KEYFILE.pub]: verify, and write a PDF report for an auditor</source>
        <translation>Nachweispakete, die ein Auditor offline verifiziert (docs/evidence.md).

  keygen  --out KEYFILE: ein Signaturschlüssel der Organisation (KEYFILE, 0600) und KEYFILE.pub
  export  --redis URL --models a,b --since T --until T --out F [--key-file KEYFILE]
  verify  F [--pubkey KEYFILE.pub]: alles neu berechnen, eine Ergebniszeile je Teil
  report  F --pdf OUT [--pubkey KEYFILE.pub]: verifizieren und einen PDF-Bericht für einen Auditor schreiben</translation>
    </message>
    <message>
        <source>The private key file to write.</source>
        <translation>Die zu schreibende Datei mit dem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Redis URL of the record.</source>
        <translation>Redis-URL der Daten.</translation>
    </message>
    <message>
        <source>Model ids, comma-separated.</source>
        <translation>Modell-IDs, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Range start (date-time or epoch ms).</source>
        <translation>Beginn des Zeitraums (Datum/Uhrzeit oder Epoch-ms).</translation>
    </message>
    <message>
        <source>Range end (date-time or epoch ms).</source>
        <translation>Ende des Zeitraums (Datum/Uhrzeit oder Epoch-ms).</translation>
    </message>
    <message>
        <source>The pack file to write.</source>
        <translation>Die zu schreibende Paketdatei.</translation>
    </message>
    <message>
        <source>Sign with this organisation key (0600).</source>
        <translation>Mit diesem Schlüssel der Organisation signieren (0600).</translation>
    </message>
    <message>
        <source>The pack file.</source>
        <translation>Die Paketdatei.</translation>
    </message>
    <message>
        <source>Trust this signer&apos;s public key (repeatable).</source>
        <translation>Dem öffentlichen Schlüssel dieses Unterzeichners vertrauen (wiederholbar).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>exactly one PACK is required</source>
        <translation>genau ein PACK ist erforderlich</translation>
    </message>
    <message>
        <source>--out KEYFILE is required</source>
        <translation>--out KEYFILE ist erforderlich</translation>
    </message>
    <message>
        <source>--pdf OUT is required</source>
        <translation>--pdf OUT ist erforderlich</translation>
    </message>
    <message>
        <source>--redis, --models, --since, --until and --out are required</source>
        <translation>--redis, --models, --since, --until und --out sind erforderlich</translation>
    </message>
    <message>
        <source>Oldest %1 (date-time or epoch ms).</source>
        <translation>Untergrenze für %1 (Datum/Uhrzeit oder Epoch-ms).</translation>
    </message>
    <message>
        <source>Newest %1 (date-time or epoch ms).</source>
        <translation>Obergrenze für %1 (Datum/Uhrzeit oder Epoch-ms).</translation>
    </message>
    <message>
        <source>Violation episodes and the operator workflow (docs/assurance.md).

  list     episodes, live and archived (--model --status --since --until)
  ack      acknowledge EPISODE_ID --note TEXT (audited)
  resolve  resolve EPISODE_ID --note TEXT (audited)
  note     add a note to EPISODE_ID --note TEXT (audited)</source>
        <translation>Verstoß-Episoden und der Bediener-Workflow (docs/assurance.md).

  list     Episoden, aktuelle und archivierte (--model --status --since --until)
  ack      EPISODE_ID quittieren --note TEXT (auditiert)
  resolve  EPISODE_ID beheben --note TEXT (auditiert)
  note     EPISODE_ID eine Notiz hinzufügen --note TEXT (auditiert)</translation>
    </message>
    <message>
        <source>Only this model.</source>
        <translation>Nur dieses Modell.</translation>
    </message>
    <message>
        <source>Only this status: open, acknowledged or resolved.</source>
        <translation>Nur dieser Status: open, acknowledged oder resolved.</translation>
    </message>
    <message>
        <source>time an episode must reach</source>
        <translation>den Zeitpunkt, den eine Episode erreichen muss</translation>
    </message>
    <message>
        <source>The episode, {model}:{metric}:{timestamp}.</source>
        <translation>Die Episode, {model}:{metric}:{timestamp}.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Begründung (erforderlich).</translation>
    </message>
    <message>
        <source>exactly one EPISODE_ID is required</source>
        <translation>genau eine EPISODE_ID ist erforderlich</translation>
    </message>
    <message>
        <source>--note TEXT is required</source>
        <translation>--note TEXT ist erforderlich</translation>
    </message>
    <message>
        <source>Assurance labels.

  history  MODEL: the stored label history, oldest first, and its chain status</source>
        <translation>Assurance-Labels.

  history  MODEL: der gespeicherte Label-Verlauf, älteste zuerst, und sein Kettenstatus</translation>
    </message>
    <message>
        <source>window end</source>
        <translation>das Fensterende</translation>
    </message>
    <message>
        <source>Model configurations, model:config:{id} (docs/assurance.md &quot;Model configuration&quot;).

  get     MODEL: the stored configuration
  set     MODEL with the fields to change (adds the model when it has none; audited)
  retire  MODEL: retire it, or with --restore bring it back (audited)</source>
        <translation>Modellkonfigurationen, model:config:{id} (docs/assurance.md „Model configuration“).

  get     MODEL: die gespeicherte Konfiguration
  set     MODEL mit den zu ändernden Feldern (legt das Modell an, wenn es keine hat; auditiert)
  retire  MODEL: stilllegen, oder mit --restore zurückholen (auditiert)</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>Anzeigename.</translation>
    </message>
    <message>
        <source>Endpoint URL (http or https; GET {endpoint}/health).</source>
        <translation>Endpunkt-URL (http oder https; GET {endpoint}/health).</translation>
    </message>
    <message>
        <source>Kafka topic.</source>
        <translation>Kafka-Topic.</translation>
    </message>
    <message>
        <source>Task: classification, regression or auto.</source>
        <translation>Aufgabe: classification, regression oder auto.</translation>
    </message>
    <message>
        <source>Owner.</source>
        <translation>Eigentümer.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notizen.</translation>
    </message>
    <message>
        <source>Bring a retired model back.</source>
        <translation>Ein stillgelegtes Modell zurückholen.</translation>
    </message>
    <message>
        <source>set needs at least one field to change</source>
        <translation>set braucht mindestens ein zu änderndes Feld</translation>
    </message>
    <message>
        <source>The drift reference profile of a model (reference:{id}).

  set  MODEL --file events.jsonl: build it from inference events (audited)</source>
        <translation>Das Drift-Referenzprofil eines Modells (reference:{id}).

  set  MODEL --file events.jsonl: aus Inferenzereignissen erstellen (auditiert)</translation>
    </message>
    <message>
        <source>Tolerance sets (docs/assurance.md &quot;Stored tolerance sets&quot;).

  get      MODEL: the set in force
  set      MODEL --file SET.json --reason TEXT [--expect-version N] (audited)
  history  MODEL: every saved version
  diff     MODEL V1 V2: what changed from V1 to V2</source>
        <translation>Toleranzsätze (docs/assurance.md „Stored tolerance sets“).

  get      MODEL: der geltende Satz
  set      MODEL --file SET.json --reason TEXT [--expect-version N] (auditiert)
  history  MODEL: jede gespeicherte Version
  diff     MODEL V1 V2: was sich von V1 zu V2 geändert hat</translation>
    </message>
    <message>
        <source>JSON Lines inference events.</source>
        <translation>Inferenzereignisse als JSON Lines.</translation>
    </message>
    <message>
        <source>The set, in the stored format.</source>
        <translation>Der Satz im gespeicherten Format.</translation>
    </message>
    <message>
        <source>Refuse (exit 5) unless the stored version is N.</source>
        <translation>Ablehnen (Exit-Code 5), sofern die gespeicherte Version nicht N ist.</translation>
    </message>
    <message>
        <source>MODEL V1 V2 are required</source>
        <translation>MODEL V1 V2 sind erforderlich</translation>
    </message>
    <message>
        <source>V1 and V2 must be version numbers</source>
        <translation>V1 und V2 müssen Versionsnummern sein</translation>
    </message>
    <message>
        <source>--file FILE is required</source>
        <translation>--file FILE ist erforderlich</translation>
    </message>
    <message>
        <source>--reason TEXT is required</source>
        <translation>--reason TEXT ist erforderlich</translation>
    </message>
    <message>
        <source>--expect-version must be a version number</source>
        <translation>--expect-version muss eine Versionsnummer sein</translation>
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
        <translation>Signierte Offline-Lizenzen (docs/license.md).

  keygen      --out KEYFILE: ein Signaturschlüssel des Anbieters (Anbieterseite)
  issue       --key-file K --out F --licensee NAME --tier TIER --expires DATE
              [--features a,b --max-models N --seats N] (Anbieterseite)
  verify      F: Exit-Code 0 nur, wenn gültig und von einem Anbieterschlüssel signiert, dem dieser Build vertraut
  activate    F: prüfen und für diese Installation aktivieren (auditiert)
  deactivate  zurück zu Community (auditiert)
  status      [--json]: Zustand, Lizenz und Berechtigungen</translation>
    </message>
    <message>
        <source>The license file.</source>
        <translation>Die Lizenzdatei.</translation>
    </message>
    <message>
        <source>exactly one FILE is required</source>
        <translation>genau ein FILE ist erforderlich</translation>
    </message>
    <message>
        <source>--key-file, --out, --licensee, --tier and --expires are required</source>
        <translation>--key-file, --out, --licensee, --tier und --expires sind erforderlich</translation>
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
        <translation>Aufruf: assurancectl &lt;command&gt; [options]

Befehle:
  demo      die Demo-Quelle in simulierter Zeit ausführen und berichten
  models    die Modell-IDs in einem Redis auflisten (--redis URL)
  snapshot  den neuesten gespeicherten Snapshot eines Modells unverändert ausgeben
  history   die gespeicherten Snapshots eines Modells ausgeben, älteste zuerst
  violations  Episoden auflisten; eine quittieren, beheben oder mit Notiz versehen (auditiert)
  labels    der Label-Verlauf eines Modells und sein Kettenstatus
  tolerances  die Toleranzsätze eines Modells abrufen, setzen (auditiert), Verlauf zeigen und vergleichen
  reference  die Drift-Referenz eines Modells aus Inferenzereignissen setzen (auditiert)
  config    die Konfiguration eines Modells abrufen, setzen oder stilllegen (auditiert)
  produce   JSON-Lines-Telemetrie an Kafka senden, mit model_id als Schlüssel
  audit     das Audit-Log der Installation auflisten, prüfen, mit Checkpoints versehen und Beweise daraus erstellen
  evidence  Signaturschlüssel erzeugen (keygen), Nachweispakete exportieren, prüfen und als Bericht ausgeben (report)
  license   Signaturschlüssel erzeugen (keygen), Lizenzen ausstellen, prüfen, aktivieren, deaktivieren und anzeigen

&apos;assurancectl &lt;command&gt; --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The saved connection to %1 needs a password, which is never stored.</source>
        <translation>Die gespeicherte Verbindung zu %1 braucht ein Passwort, das nie gespeichert wird.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Evidence report %1</source>
        <translation>Nachweisbericht %1</translation>
    </message>
    <message>
        <source>root digest %1</source>
        <translation>Wurzel-Hash %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
</TS>
