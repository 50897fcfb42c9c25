<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Redis URL: %1</source>
        <translation>URL Redis&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Remote source (an agent&apos;s WebSocket gateway) is not built yet.</source>
        <translation>La source Remote (passerelle WebSocket d&apos;un agent) n&apos;est pas encore disponible.</translation>
    </message>
    <message>
        <source>No evidence pack was chosen.</source>
        <translation>Aucun paquet de preuves n&apos;a été choisi.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>Feature drift (PSI)</source>
        <translation>Dérive des caractéristiques (PSI)</translation>
    </message>
    <message>
        <source>Domain violations</source>
        <translation>Violations de domaine</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Taux d&apos;échec</translation>
    </message>
    <message>
        <source>Watts per inference</source>
        <translation>Watts par inférence</translation>
    </message>
    <message>
        <source>Confidence floor (p5)</source>
        <translation>Plancher de confiance (p5)</translation>
    </message>
    <message>
        <source>Confidence variance</source>
        <translation>Variance de la confiance</translation>
    </message>
    <message>
        <source>events</source>
        <comment>unit of the domain violation count</comment>
        <translation>événements</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Dans la tolérance</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Assured</source>
        <translation>Assuré</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Conditionnel</translation>
    </message>
    <message>
        <source>Not assured</source>
        <translation>Non assuré</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation>Message trop volumineux</translation>
    </message>
    <message>
        <source>Not valid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <source>Not valid JSON</source>
        <translation>JSON non valide</translation>
    </message>
    <message>
        <source>Not a JSON object</source>
        <translation>Pas un objet JSON</translation>
    </message>
    <message>
        <source>No model_id</source>
        <translation>model_id absent</translation>
    </message>
    <message>
        <source>Invalid model_id</source>
        <translation>model_id non valide</translation>
    </message>
    <message>
        <source>Field has the wrong type</source>
        <translation>Type de champ incorrect</translation>
    </message>
    <message>
        <source>Invalid timestamp</source>
        <translation>Horodatage non valide</translation>
    </message>
    <message>
        <source>Invalid status</source>
        <translation>Statut non valide</translation>
    </message>
    <message>
        <source>Required field missing</source>
        <translation>Champ obligatoire manquant</translation>
    </message>
    <message>
        <source>Invalid metric value</source>
        <translation>Valeur de métrique non valide</translation>
    </message>
    <message>
        <source>Too many features</source>
        <translation>Trop de caractéristiques</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>agent</name>
    <message>
        <source>Consumes model telemetry from Kafka, computes metrics per model and window, writes Redis.</source>
        <translation>Consomme la télémétrie des modèles depuis Kafka, calcule les métriques par modèle et par fenêtre, écrit dans Redis.</translation>
    </message>
    <message>
        <source>Kafka bootstrap servers.</source>
        <translation>Serveurs d&apos;amorçage Kafka.</translation>
    </message>
    <message>
        <source>Topic (repeatable; default model-telemetry).</source>
        <translation>Topic (répétable&#xa0;; par défaut model-telemetry).</translation>
    </message>
    <message>
        <source>Consumer group shared by the agents.</source>
        <translation>Groupe de consommateurs partagé par les agents.</translation>
    </message>
    <message>
        <source>Redis URL.</source>
        <translation>URL Redis.</translation>
    </message>
    <message>
        <source>File whose first line is the Redis password.</source>
        <translation>Fichier dont la première ligne est le mot de passe Redis.</translation>
    </message>
    <message>
        <source>Window length (default 60s).</source>
        <translation>Durée de fenêtre (par défaut 60s).</translation>
    </message>
    <message>
        <source>Allowed lateness (default 10s).</source>
        <translation>Retard admis (par défaut 10s).</translation>
    </message>
    <message>
        <source>History retention in Redis (default 7d).</source>
        <translation>Durée de conservation de l&apos;historique dans Redis (par défaut 7d).</translation>
    </message>
    <message>
        <source>Event time re-read before the committed offset after a crash, so late labels still join (default 5m).</source>
        <translation>Temps d&apos;événement relu avant l&apos;offset validé après un plantage, pour que les étiquettes tardives soient encore associées (par défaut 5m).</translation>
    </message>
    <message>
        <source>committed, earliest, latest or a date-time (default committed).</source>
        <translation>committed, earliest, latest ou une date-heure (par défaut committed).</translation>
    </message>
    <message>
        <source>Build MODEL&apos;s reference profile from inference events (repeatable).</source>
        <translation>Construire le profil de référence de MODEL à partir d&apos;événements d&apos;inférence (répétable).</translation>
    </message>
    <message>
        <source>MODEL=classification|regression (repeatable).</source>
        <translation>MODEL=classification|regression (répétable).</translation>
    </message>
    <message>
        <source>A librdkafka property, e.g. security.protocol=SASL_SSL (repeatable).</source>
        <translation>Une propriété librdkafka, p. ex. security.protocol=SASL_SSL (répétable).</translation>
    </message>
    <message>
        <source>Serve /healthz and /metrics on ADDRESS:PORT.</source>
        <translation>Exposer /healthz et /metrics sur ADDRESS:PORT.</translation>
    </message>
    <message>
        <source>--brokers, --group and --redis are required</source>
        <translation>--brokers, --group et --redis sont obligatoires</translation>
    </message>
    <message>
        <source>--start must be committed, earliest, latest or a date-time</source>
        <translation>--start doit valoir committed, earliest, latest ou une date-heure</translation>
    </message>
    <message>
        <source>--kafka-property needs KEY=VALUE</source>
        <translation>--kafka-property attend KEY=VALUE</translation>
    </message>
    <message>
        <source>cannot read the Redis password file</source>
        <translation>impossible de lire le fichier de mot de passe Redis</translation>
    </message>
    <message>
        <source>durations look like 60s, 5m, 1h or 7d</source>
        <translation>les durées s&apos;écrivent 60s, 5m, 1h ou 7d</translation>
    </message>
    <message>
        <source>--reference needs MODEL=FILE</source>
        <translation>--reference attend MODEL=FILE</translation>
    </message>
    <message>
        <source>--task needs MODEL=classification|regression</source>
        <translation>--task attend MODEL=classification|regression</translation>
    </message>
    <message>
        <source>Close a model&apos;s windows after this long without events (default: the window length).</source>
        <translation>Fermer les fenêtres d&apos;un modèle après ce délai sans événement (par défaut : la longueur de fenêtre).</translation>
    </message>
    <message>
        <source>Worker threads sharing the partitions (default: one per core).</source>
        <translation>Threads de travail qui se partagent les partitions (par défaut : un par cœur).</translation>
    </message>
    <message>
        <source>--threads needs a number from 1 to 64</source>
        <translation>--threads attend un nombre de 1 à 64</translation>
    </message>
    <message>
        <source>Closed windows a worker keeps while Redis is down before its partitions pause (default 10000).</source>
        <translation>Fenêtres fermées qu&apos;un worker garde quand Redis est indisponible avant de mettre ses partitions en pause (par défaut 10000).</translation>
    </message>
    <message>
        <source>--max-queued-windows needs a positive number</source>
        <translation>--max-queued-windows attend un nombre positif</translation>
    </message>
    <message>
        <source>Models this agent keeps at once; events of further models are dropped and counted (default 10000).</source>
        <translation>Modèles que cet agent suit à la fois ; les événements d’autres modèles sont écartés et comptés (10000 par défaut).</translation>
    </message>
    <message>
        <source>--max-models needs a positive number</source>
        <translation>--max-models attend un nombre positif</translation>
    </message>
    <message>
        <source>Closed violation episodes move from violations:{id} to violations:{id}:closed this long after they closed (window time; default 7d, 0 = never).</source>
        <translation>Les épisodes de violation clôturés passent de violations:{id} à violations:{id}:closed ce délai après leur clôture (temps de fenêtre&#xa0;; par défaut 7d, 0 = jamais).</translation>
    </message>
</context>
<context>
    <name>assurance::DemoTelemetrySource</name>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
</context>
<context>
    <name>assurance::DirectTelemetrySource</name>
    <message>
        <source>Direct (%1)</source>
        <translation>Direct (%1)</translation>
    </message>
</context>
<context>
    <name>assurance::audit::AuditService</name>
    <message>
        <source>no audit log is open</source>
        <translation>aucun journal d&apos;audit n&apos;est ouvert</translation>
    </message>
    <message>
        <source>Not recorded (%1): the audit log is not open: %2</source>
        <translation>Non enregistré (%1) : le journal d&apos;audit n&apos;est pas ouvert : %2</translation>
    </message>
    <message>
        <source>The audit log is closed.</source>
        <translation>Le journal d&apos;audit est fermé.</translation>
    </message>
</context>
<context>
    <name>assurance::audit::AuditWorker</name>
    <message>
        <source>Not recorded (%1): the audit log is not open: %2</source>
        <translation>Non enregistré (%1) : le journal d&apos;audit n&apos;est pas ouvert : %2</translation>
    </message>
    <message>
        <source>The audit log is not open: %1</source>
        <translation>Le journal d&apos;audit n&apos;est pas ouvert : %1</translation>
    </message>
    <message>
        <source>Not recorded (%1): %2</source>
        <translation>Non enregistré (%1) : %2</translation>
    </message>
</context>
<context>
    <name>assurance::evidence::EvidenceExportJob</name>
    <message>
        <source>An export is running already.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message>
        <source>Choose at least one model, a file, and a range whose start is not after its end.</source>
        <translation>Choisissez au moins un modèle, un fichier et une période dont le début n&apos;est pas postérieur à la fin.</translation>
    </message>
</context>
<context>
    <name>assurance::license::LicenseService</name>
    <message>
        <source>License %1 activated for %2.</source>
        <translation>Licence %1 activée pour %2.</translation>
    </message>
    <message>
        <source>The license was refused: %1</source>
        <translation>La licence a été refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not deactivate: %1</source>
        <translation>Désactivation impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The license was deactivated: this installation is Community now.</source>
        <translation>La licence a été désactivée&#xa0;: cette installation fonctionne désormais en Community.</translation>
    </message>
</context>
<context>
    <name>assurance::report</name>
    <message>
        <source>Intact, and signed by a trusted key: the holder of that key built exactly these bytes. Nothing was added, removed, reordered or changed since.</source>
        <translation>Intact et signé par une clé de confiance : le détenteur de cette clé a produit exactement ces octets. Rien n&apos;a été ajouté, supprimé, réordonné ni modifié depuis.</translation>
    </message>
    <message>
        <source>Intact and validly signed, but by a key that was not named as trusted. Compare the signer&apos;s fingerprint with the organisation&apos;s key out of band, then verify with --pubkey.</source>
        <translation>Intact et valablement signé, mais par une clé qui n&apos;a pas été désignée comme de confiance. Comparez l&apos;empreinte du signataire avec la clé de l&apos;organisation par un canal séparé, puis vérifiez avec --pubkey.</translation>
    </message>
    <message>
        <source>Intact, but not signed: anyone could have built this pack. It proves integrity against accidents (a truncated copy, a flipped bit) only.</source>
        <translation>Intact, mais non signé : n&apos;importe qui a pu produire ce paquet. Il ne prouve l&apos;intégrité que face aux accidents (une copie tronquée, un bit inversé).</translation>
    </message>
    <message>
        <source>Something in the pack does not verify. What follows is shown as read; rows whose record failed its checks are marked INVALID in red.</source>
        <translation>Un élément du paquet ne se vérifie pas. Ce qui suit est présenté tel que lu ; les lignes dont l&apos;enregistrement a échoué aux contrôles sont marquées INVALIDE en rouge.</translation>
    </message>
    <message>
        <source>assured</source>
        <translation>assuré</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>conditionnel</translation>
    </message>
    <message>
        <source>not assured</source>
        <translation>non assuré</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>INVALIDE</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acquittement</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolution</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>assurance::report::ReportRenderer</name>
    <message>
        <source>Evidence report</source>
        <translation>Rapport de preuves</translation>
    </message>
    <message>
        <source>Assurance Console</source>
        <translation>Assurance Console</translation>
    </message>
    <message>
        <source>Models %1, from %2 to %3</source>
        <translation>Modèles %1, du %2 au %3</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>First broken record: %1</source>
        <translation>Premier enregistrement invalide : %1</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>signature INVALID</source>
        <translation>signature INVALIDE</translation>
    </message>
    <message>
        <source>trusted: a key named with --pubkey or in the trusted-keys setting</source>
        <translation>de confiance : une clé indiquée avec --pubkey ou dans le paramètre trusted-keys</translation>
    </message>
    <message>
        <source>NOT a trusted key</source>
        <translation>clé NON reconnue comme de confiance</translation>
    </message>
    <message>
        <source>key </source>
        <translation>clé </translation>
    </message>
    <message>
        <source>Root digest</source>
        <translation>Condensat racine</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>%1 of %2 valid</source>
        <translation>%1 sur %2 valides</translation>
    </message>
    <message>
        <source>Audit installations</source>
        <translation>Installations d&apos;audit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Pack file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Rapport généré</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fenêtres</translation>
    </message>
    <message>
        <source>Labels in the range</source>
        <translation>Labels dans la période</translation>
    </message>
    <message>
        <source>Latest label</source>
        <translation>Dernier label</translation>
    </message>
    <message>
        <source>Episodes (critical)</source>
        <translation>Épisodes (critiques)</translation>
    </message>
    <message>
        <source>Tolerance versions</source>
        <translation>Versions de tolérances</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Every line of every part was checked as it streamed by, every member&apos;s SHA-256 against the signed statement, and the root digest recomputed (assurancectl evidence verify reaches the same result).</source>
        <translation>Chaque ligne de chaque partie a été contrôlée au fil de la lecture, le SHA-256 de chaque fichier comparé à la déclaration signée, et le condensat racine recalculé (assurancectl evidence verify aboutit au même résultat).</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>%1/%2 parts valid</source>
        <translation>%1/%2 parties valides</translation>
    </message>
    <message>
        <source>root digest %1</source>
        <translation>condensat racine %1</translation>
    </message>
    <message>
        <source>first broken record: %1</source>
        <translation>premier enregistrement invalide : %1</translation>
    </message>
    <message>
        <source>How to check this pack yourself</source>
        <translation>Vérifier ce paquet vous-même</translation>
    </message>
    <message>
        <source>With our tool, on any machine (name the organisation key you obtained out of band):</source>
        <translation>Avec notre outil, sur n&apos;importe quelle machine (indiquez la clé de l&apos;organisation obtenue par un canal séparé) :</translation>
    </message>
    <message>
        <source>Without it: the pack is a plain tar; the root digest above is what standard tools print over its members in pack order (docs/evidence.md describes them and the manifest):</source>
        <translation>Sans cet outil : le paquet est une simple archive tar ; le condensat racine ci-dessus est ce qu&apos;affichent les outils standard sur ses fichiers dans l&apos;ordre du paquet (docs/evidence.md les décrit, ainsi que le manifeste) :</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Not shown because</source>
        <translation>Non affiché car</translation>
    </message>
    <message>
        <source>Lines this report could not read</source>
        <translation>Lignes que ce rapport n&apos;a pas pu lire</translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation>Modèle %1</translation>
    </message>
    <message>
        <source>Model %1 — %2</source>
        <translation>Modèle %1 — %2</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>No stored windows in the range.</source>
        <translation>Aucune fenêtre enregistrée dans la période.</translation>
    </message>
    <message>
        <source>%1 stored windows. Shaded: the warning (amber) and critical (red) bands of the tolerance version in force at each time, where the pack holds it. Ringed in red: a window whose record failed its checks.</source>
        <translation>%1 fenêtres enregistrées. En couleur : les bandes d&apos;avertissement (ambre) et critique (rouge) de la version de tolérances en vigueur à chaque instant, lorsque le paquet la contient. Cerclée de rouge : une fenêtre dont l&apos;enregistrement a échoué aux contrôles.</translation>
    </message>
    <message>
        <source>Assurance labels</source>
        <translation>Labels d&apos;assurance</translation>
    </message>
    <message>
        <source>No labels in the range.</source>
        <translation>Aucun label dans la période.</translation>
    </message>
    <message>
        <source>composite score (0–100); ticks: verdict</source>
        <translation>score composite (0–100) ; repères : verdict</translation>
    </message>
    <message>
        <source>Window end (UTC)</source>
        <translation>Fin de fenêtre (UTC)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Tolerance version</source>
        <translation>Version de tolérances</translation>
    </message>
    <message>
        <source>(outside the range: the chain&apos;s link)</source>
        <translation>(hors période : maillon de la chaîne)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 labels: the table lists the first, each change of grade, verdict or tolerance version, and every label that failed its checks.</source>
        <translation>%1 labels : le tableau présente le premier, chaque changement de note, de verdict ou de version de tolérances, et chaque label ayant échoué aux contrôles.</translation>
    </message>
    <message>
        <source>Violation episodes</source>
        <translation>Épisodes de violation</translation>
    </message>
    <message>
        <source>No violation episode was open in the range.</source>
        <translation>Aucun épisode de violation n&apos;était ouvert dans la période.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Ouverture (UTC)</translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation>Clôture (UTC)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Observed / bound</source>
        <translation>Observé / seuil</translation>
    </message>
    <message>
        <source>Actor and note</source>
        <translation>Acteur et note</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>toujours ouvert</translation>
    </message>
    <message>
        <source>The pack holds no tolerance version of this model.</source>
        <translation>Le paquet ne contient aucune version de tolérances de ce modèle.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Changed at (UTC)</source>
        <translation>Modifiée le (UTC)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées d&apos;audit</translation>
    </message>
    <message>
        <source>The pack holds no audit entry of the range.</source>
        <translation>Le paquet ne contient aucune entrée d&apos;audit de la période.</translation>
    </message>
    <message>
        <source>The entries of the range and one boundary entry on each side (shown grey), each proved into a checkpoint signed by its installation&apos;s key. Installation: the start of its id; the cover lists each installation with its key fingerprint.</source>
        <translation>Les entrées de la période et une entrée limite de chaque côté (en gris), chacune prouvée dans un point de contrôle signé par la clé de son installation. Installation : le début de son identifiant ; la page de garde liste chaque installation avec l&apos;empreinte de sa clé.</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Appendix: manifest</source>
        <translation>Annexe : manifeste</translation>
    </message>
    <message>
        <source>The manifest could not be read.</source>
        <translation>Le manifeste n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Every member but the manifest, in pack order, with its SHA-256 as the signed statement lists it. The root digest is the SHA-256 of the lines &quot;&lt;sha256&gt;  &lt;name&gt;&quot; of these members, exactly what `sha256sum &lt;members&gt; | sha256sum` prints after `tar -xf`.</source>
        <translation>Chaque fichier sauf le manifeste, dans l&apos;ordre du paquet, avec son SHA-256 tel que le liste la déclaration signée. Le condensat racine est le SHA-256 des lignes « &lt;sha256&gt;  &lt;name&gt; » de ces fichiers, exactement ce qu&apos;affiche `sha256sum &lt;members&gt; | sha256sum` après `tar -xf`.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>What this proves. A verified pack proves that its signer built exactly these bytes. The record parts are what the record (Redis) held at export time: the pack does not prove that the agents computed them correctly, nor that the record was not edited before the export, except where the record carries its own proof: labels carry their hash, audit entries their inclusion proofs into checkpoints signed by the installation key (compare its fingerprint out of band). Violations and configurations carry no proof of their own beyond the manifest. Format: docs/evidence.md, assurance-evidence-v2.</source>
        <translation>Ce que cela prouve. Un paquet vérifié prouve que son signataire a produit exactement ces octets. Les parties de données sont ce que contenaient les données (Redis) au moment de l&apos;export&#xa0;: le paquet ne prouve ni que les agents les ont calculées correctement, ni que les données n&apos;ont pas été modifiées avant l&apos;export, sauf là où les données portent leur propre preuve&#xa0;: les labels portent leur hachage, les entrées d&apos;audit leurs preuves d&apos;inclusion dans des points de contrôle signés par la clé de l&apos;installation (comparez son empreinte par un canal séparé). Les violations et les configurations ne portent aucune preuve propre au-delà du manifeste. Format&#xa0;: docs/evidence.md, assurance-evidence-v2.</translation>
    </message>
    <message>
        <source>Episode (metric, opened UTC)</source>
        <translation>Épisode (métrique, ouverture UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>At (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Operator actions</source>
        <translation>Actions des opérateurs</translation>
    </message>
</context>
<context>
    <name>assurance::ui::AlertListModel</name>
    <message numerus="yes">
        <source>%1  %2 — %3 back within tolerance after %n window(s)</source>
        <translation>
            <numerusform>%1  %2 — %3 de retour dans la tolérance après %n fenêtre</numerusform>
            <numerusform>%1  %2 — %3 de retour dans la tolérance après %n fenêtres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2 — %3 escalated to critical: %4 (bound %5)</source>
        <translation>%1  %2 — %3 passé en critique&#xa0;: %4 (seuil %5)</translation>
    </message>
    <message>
        <source>%1  %2 — %3 critical: %4 (bound %5)</source>
        <translation>%1  %2 — %3 critique : %4 (seuil %5)</translation>
    </message>
    <message>
        <source>%1  %2 — %3 warning: %4 (bound %5)</source>
        <translation>%1  %2 — %3 avertissement : %4 (seuil %5)</translation>
    </message>
</context>
<context>
    <name>assurance::ui::AssuranceLabelTab</name>
    <message>
        <source>No model has reported yet.</source>
        <translation>Aucun modèle n&apos;a encore transmis de données.</translation>
    </message>
    <message>
        <source>Each card scores the model&apos;s latest closed window against its tolerances: 100 inside, 50 in warning, 0 in critical, weighted. Grade A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else F. Assured needs A or B and no critical metric. History… shows how a label changed, why, and whether its chain is consistent.</source>
        <translation>Chaque carte note la dernière fenêtre clôturée du modèle au regard de ses tolérances&#xa0;: 100 dans la tolérance, 50 en avertissement, 0 en critique, avec pondération. Note A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, sinon F. «&#xa0;Assuré&#xa0;» exige A ou B et aucune métrique critique. «&#xa0;Historique…&#xa0;» montre comment un label a évolué, pourquoi, et si sa chaîne est cohérente.</translation>
    </message>
</context>
<context>
    <name>assurance::ui::AuditEntryTableModel</name>
    <message>
        <source>hash %1
previous %2</source>
        <translation>hachage %1
précédent %2</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>assurance::ui::AuditEvidenceTab</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Make checkpoint</source>
        <translation>Créer un point de contrôle</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Installation ID</source>
        <translation>ID d&apos;installation</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256)</source>
        <translation>Empreinte de la clé (SHA-256)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Oldest entry</source>
        <translation>Entrée la plus ancienne</translation>
    </message>
    <message>
        <source>Retention: keep this log for at least 6 months (EU AI Act, Art. 19 and 26(6)). The console never deletes or changes an entry; every change it makes is appended to a SHA-256 hash chain whose signed checkpoints reveal a rewritten or truncated log.</source>
        <translation>Conservation : gardez ce journal au moins 6 mois (règlement européen sur l&apos;IA, art. 19 et 26(6)). La console ne supprime ni ne modifie jamais une entrée ; chaque modification qu&apos;elle effectue est ajoutée à une chaîne de hachage SHA-256 dont les points de contrôle signés révèlent un journal réécrit ou tronqué.</translation>
    </message>
    <message>
        <source>Actor (exact, e.g. user@host)</source>
        <translation>Acteur (exact, p. ex. user@host)</translation>
    </message>
    <message>
        <source>Action (e.g. source or source.connect)</source>
        <translation>Action (p. ex. source ou source.connect)</translation>
    </message>
    <message>
        <source>Target contains…</source>
        <translation>La cible contient…</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash, the chain, and each checkpoint&apos;s root and signature. The result is recorded in the log.</source>
        <translation>Recalcule le hachage de chaque entrée, la chaîne, ainsi que la racine et la signature de chaque point de contrôle. Le résultat est enregistré dans le journal.</translation>
    </message>
    <message>
        <source>Signed checkpoints</source>
        <translation>Points de contrôle signés</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>A checkpoint is signed this often while entries were added since the last one (0 = off).</source>
        <translation>Un point de contrôle est signé à cet intervalle si des entrées ont été ajoutées depuis le dernier (0 = désactivé).</translation>
    </message>
    <message>
        <source>Automatic checkpoint every</source>
        <translation>Point de contrôle automatique toutes les</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Export evidence pack…</source>
        <translation>Exporter un dossier de preuves…</translation>
    </message>
    <message>
        <source>Open evidence pack…</source>
        <translation>Ouvrir un dossier de preuves…</translation>
    </message>
    <message>
        <source>The automatic checkpoint failed: %1</source>
        <translation>Le point de contrôle automatique a échoué : %1</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 sur %2 entrées</translation>
    </message>
    <message>
        <source>No audit log: this console records nothing.</source>
        <translation>Pas de journal d&apos;audit : cette console n&apos;enregistre rien.</translation>
    </message>
    <message>
        <source>The audit log is closed.</source>
        <translation>Le journal d&apos;audit est fermé.</translation>
    </message>
    <message>
        <source>Opening the audit log…</source>
        <translation>Ouverture du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Recording: every change made in this console is appended to this log.</source>
        <translation>Enregistrement actif : chaque modification faite dans cette console est ajoutée à ce journal.</translation>
    </message>
    <message>
        <source>The audit log could not be opened: %1. The console keeps working, but its changes are NOT recorded.</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être ouvert : %1. La console continue de fonctionner, mais ses modifications ne sont PAS enregistrées.</translation>
    </message>
    <message>
        <source>Last failure: %1</source>
        <translation>Dernier échec : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shown, loading…</source>
        <translation>
            <numerusform>%n affichée, chargement…</numerusform>
            <numerusform>%n affichées, chargement…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affichée</numerusform>
            <numerusform>%n affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n entries: nothing was concluded.</source>
        <translation>
            <numerusform>Vérification annulée après %n entrée : aucune conclusion.</numerusform>
            <numerusform>Vérification annulée après %n entrées : aucune conclusion.</numerusform>
        </translation>
    </message>
    <message>
        <source>VERIFIED: %1 entries and %2 checkpoints, signed by key %3.</source>
        <translation>VÉRIFIÉ : %1 entrées et %2 points de contrôle, signés par la clé %3.</translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n problem(s). First broken entry: entry %1 (%2).</source>
        <translation>
            <numerusform>ÉCHEC : %n problème. Première entrée invalide : entrée %1 (%2).</numerusform>
            <numerusform>ÉCHEC : %n problèmes. Première entrée invalide : entrée %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n problem(s), listed below.</source>
        <translation>
            <numerusform>ÉCHEC : %n problème, listé ci-dessous.</numerusform>
            <numerusform>ÉCHEC : %n problèmes, listés ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing a checkpoint…</source>
        <translation>Signature d&apos;un point de contrôle…</translation>
    </message>
    <message>
        <source>No checkpoint made: %1</source>
        <translation>Aucun point de contrôle créé : %1</translation>
    </message>
    <message>
        <source>Checkpoint %1 signed: %2 entries.</source>
        <translation>Point de contrôle %1 signé : %2 entrées.</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <source>Write a signed pack of the record and this audit log for an auditor</source>
        <translation>Écrire un paquet signé des données et de ce journal d&apos;audit pour un auditeur</translation>
    </message>
    <message>
        <source>Review a pack offline: File → Open Evidence…</source>
        <translation>Examiner un paquet hors ligne&#xa0;: Fichier → Ouvrir un paquet de preuves…</translation>
    </message>
    <message>
        <source>Export reads the Direct source&apos;s record: connect to Redis first.</source>
        <translation>L&apos;export lit les données de la source Direct&#xa0;: connectez-vous d&apos;abord à Redis.</translation>
    </message>
    <message>
        <source>This console&apos;s audit log</source>
        <translation>Journal d&apos;audit de cette console</translation>
    </message>
    <message>
        <source>Evidence pack</source>
        <translation>Paquet de preuves</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s), %1 bytes.</source>
        <translation>
            <numerusform>%n enregistrement exporté, %1 octets.</numerusform>
            <numerusform>%n enregistrements exportés, %1 octets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Root digest %1</source>
        <translation>Condensat racine %1</translation>
    </message>
    <message>
        <source>Not signed: proves integrity only.</source>
        <translation>Non signé&#xa0;: prouve uniquement l&apos;intégrité.</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Signé par %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>assurance::ui::BaselineTolerancesTab</name>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Tolerance set</source>
        <translation>Jeu de tolérances</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Restaurer cette version…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>Propose baseline</source>
        <translation>Proposer une valeur de référence</translation>
    </message>
    <message>
        <source>Apply as baseline</source>
        <translation>Appliquer comme valeur de référence</translation>
    </message>
    <message>
        <source>Drag across the chart or type a range, then propose.</source>
        <translation>Faites glisser sur le graphique ou saisissez une plage, puis proposez.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>History and baseline from a range</source>
        <translation>Historique et valeur de référence à partir d&apos;une plage</translation>
    </message>
    <message>
        <source>Load reference…</source>
        <translation>Charger un profil de référence…</translation>
    </message>
    <message>
        <source>Save reference</source>
        <translation>Enregistrer le profil de référence</translation>
    </message>
    <message>
        <source>Load a JSON Lines file of inference events to preview a new drift reference.</source>
        <translation>Chargez un fichier JSON Lines d&apos;événements d&apos;inférence pour prévisualiser un nouveau profil de référence de dérive.</translation>
    </message>
    <message>
        <source>Reference for drift</source>
        <translation>Profil de référence de dérive</translation>
    </message>
    <message>
        <source>Restore v%1</source>
        <translation>Restaurer v%1</translation>
    </message>
    <message>
        <source>Why restore v%1 of %2? (required, kept in the audit log)</source>
        <translation>Pourquoi restaurer v%1 de %2&#xa0;? (obligatoire, conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Load reference</source>
        <translation>Charger un profil de référence</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json *.txt);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This source cannot be changed.</source>
        <translation>Cette source ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>This source is read-only.</source>
        <translation>Cette source est en lecture seule.</translation>
    </message>
    <message>
        <source>No source is connected.</source>
        <translation>Aucune source n&apos;est connectée.</translation>
    </message>
    <message>
        <source>Pinned: an agent on %1 uses the reference file %2 (--reference) for this model and ignores references saved here.</source>
        <translation>Épinglé&#xa0;: un agent sur %1 utilise le fichier de référence %2 (--reference) pour ce modèle et ignore les références enregistrées ici.</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>The tolerance history could not be read: %1</source>
        <translation>L&apos;historique des tolérances n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: no window with a value of %2 in %3.</source>
        <translation>%1&#xa0;: aucune fenêtre avec une valeur de %2 dans %3.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>Proposed baseline for %1: %2 = %3, from %n window(s) in %4 (min %5, max %6; values %7)%8. Apply it to put it in the editor; it is saved only with Save.</source>
        <translation>
            <numerusform>Valeur de référence proposée pour %1&#xa0;: %2 = %3, à partir de %n fenêtre dans %4 (min %5, max %6&#xa0;; valeurs %7)%8. Appliquez-la pour la placer dans l&apos;éditeur&#xa0;; elle n&apos;est enregistrée qu&apos;avec Enregistrer.</numerusform>
            <numerusform>Valeur de référence proposée pour %1&#xa0;: %2 = %3, à partir de %n fenêtres dans %4 (min %5, max %6&#xa0;; valeurs %7)%8. Appliquez-la pour la placer dans l&apos;éditeur&#xa0;; elle n&apos;est enregistrée qu&apos;avec Enregistrer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n window(s) without a value left out</source>
        <translation>
            <numerusform>&#xa0;; %n fenêtre sans valeur écartée</numerusform>
            <numerusform>&#xa0;; %n fenêtres sans valeur écartées</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline applied to the editor; Save to store it.</source>
        <translation>Valeur de référence appliquée dans l&apos;éditeur&#xa0;; enregistrez pour la conserver.</translation>
    </message>
    <message>
        <source>Save tolerances of %1</source>
        <translation>Enregistrer les tolérances de %1</translation>
    </message>
    <message>
        <source>Why this change? (required, kept with the version and in the audit log)</source>
        <translation>Pourquoi ce changement&#xa0;? (obligatoire, conservé avec la version et dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Cannot restore v%1: %2</source>
        <translation>Impossible de restaurer v%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved v%1 (restored from v%2).</source>
        <translation>v%1 enregistrée (restaurée depuis v%2).</translation>
    </message>
    <message>
        <source>Saved v%1.</source>
        <translation>v%1 enregistrée.</translation>
    </message>
    <message>
        <source>The audit entry could not be written: %1</source>
        <translation>L&apos;entrée d&apos;audit n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: the tolerances changed since you opened them — v%1 was saved by %2 at %3 (“%4”). Your edits are kept: Revert to see theirs, or save again over it.</source>
        <translation>Non enregistré&#xa0;: les tolérances ont changé depuis que vous les avez ouvertes — v%1 a été enregistrée par %2 à %3 («&#xa0;%4&#xa0;»). Vos modifications sont conservées&#xa0;: Abandonner pour voir les leurs, ou enregistrez à nouveau par-dessus.</translation>
    </message>
    <message>
        <source>Not saved: the tolerances changed since you opened them.</source>
        <translation>Non enregistré&#xa0;: les tolérances ont changé depuis que vous les avez ouvertes.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s), %2 feature(s)%3. Not in force until saved.</source>
        <translation>
            <numerusform>%1&#xa0;: %n événement, %2 caractéristique(s)%3. Sans effet avant l&apos;enregistrement.</numerusform>
            <numerusform>%1&#xa0;: %n événements, %2 caractéristique(s)%3. Sans effet avant l&apos;enregistrement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) skipped</source>
        <translation>
            <numerusform>&#xa0;; %n ligne ignorée</numerusform>
            <numerusform>&#xa0;; %n lignes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference not saved: %1</source>
        <translation>Profil de référence non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reference saved from %1; agents apply it to the windows they open from now on (except agents that pinned this model with --reference).</source>
        <translation>Profil de référence enregistré à partir de %1&#xa0;; les agents l&apos;appliquent désormais aux fenêtres qu&apos;ils ouvrent (sauf les agents qui ont épinglé ce modèle avec --reference).</translation>
    </message>
    <message>
        <source>%1 saved as the drift reference of %2 (preview below).</source>
        <translation>%1 enregistré comme profil de référence de dérive de %2 (aperçu ci-dessous).</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix the rows the agent would refuse first.</source>
        <translation>Corrigez d&apos;abord les lignes que l&apos;agent refuserait.</translation>
    </message>
    <message>
        <source>No model.</source>
        <translation>Aucun modèle.</translation>
    </message>
    <message>
        <source>Shipped defaults in force (no stored set).</source>
        <translation>Valeurs par défaut livrées en vigueur (aucun jeu enregistré).</translation>
    </message>
    <message>
        <source>v%1 in force · saved by %2 at %3: %4%5</source>
        <translation>v%1 en vigueur · enregistrée par %2 à %3&#xa0;: %4%5</translation>
    </message>
    <message>
        <source> · edited, not saved</source>
        <translation> · modifié, non enregistré</translation>
    </message>
</context>
<context>
    <name>assurance::ui::CheckpointTableModel</name>
    <message>
        <source>Checkpoint</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Merkle root</source>
        <translation>Racine de Merkle</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ConnectionDialog</name>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Demo (embedded simulated telemetry)</source>
        <translation>Démo (télémétrie simulée intégrée)</translation>
    </message>
    <message>
        <source>Direct (Redis record, optional live view from Kafka)</source>
        <translation>Direct (données Redis, vue en direct facultative depuis Kafka)</translation>
    </message>
    <message>
        <source>not stored: asked for at each connection</source>
        <translation>non enregistré&#xa0;: demandé à chaque connexion</translation>
    </message>
    <message>
        <source>host:9092 (leave empty for Redis only)</source>
        <translation>host:9092 (laisser vide pour Redis seul)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Redis URL</source>
        <translation>URL Redis</translation>
    </message>
    <message>
        <source>Redis password</source>
        <translation>Mot de passe Redis</translation>
    </message>
    <message>
        <source>Kafka brokers</source>
        <translation>Brokers Kafka</translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation>Topic Kafka</translation>
    </message>
    <message>
        <source>The live view starts where this consumer group of agents stands, so it shows the windows they have not written yet. The group is only read, never joined.</source>
        <translation>La vue en direct commence là où en est ce groupe de consommateurs des agents : elle montre les fenêtres qu&apos;ils n&apos;ont pas encore écrites. Le groupe est seulement lu, jamais rejoint.</translation>
    </message>
    <message>
        <source>Agents&apos; consumer group</source>
        <translation>Groupe de consommateurs des agents</translation>
    </message>
    <message>
        <source>Remote (an agent&apos;s gateway) — not built yet</source>
        <translation>Remote (passerelle d&apos;un agent) — pas encore disponible</translation>
    </message>
    <message>
        <source>This source is not built yet: choose Demo or Direct.</source>
        <translation>Cette source n&apos;est pas encore disponible&#xa0;: choisissez Démo ou Direct.</translation>
    </message>
    <message>
        <source>Evidence pack (offline review) — File → Open Evidence…</source>
        <translation>Paquet de preuves (examen hors ligne) — Fichier → Ouvrir un paquet de preuves…</translation>
    </message>
    <message>
        <source>An evidence pack is opened with File → Open Evidence….</source>
        <translation>Un paquet de preuves s&apos;ouvre avec Fichier → Ouvrir un paquet de preuves….</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ConsoleCommands</name>
    <message>
        <source>The key could not be trusted: %1</source>
        <translation>La clé n&apos;a pas pu être ajoutée aux clés de confiance&#xa0;: %1</translation>
    </message>
    <message>
        <source>The audit log is not open: an export that cannot be recorded is not made.</source>
        <translation>Le journal d&apos;audit n&apos;est pas ouvert&#xa0;: un export qui ne peut pas être enregistré n&apos;est pas effectué.</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acquittement</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolution</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>note</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>%1 at %2 (%3: %4)</source>
        <translation>%1 le %2 (%3&#xa0;: %4)</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile by %2: nothing was written. Look at it again.</source>
        <translation>%1 a été modifié entre-temps par %2&#xa0;: rien n&apos;a été écrit. Examinez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 is already acknowledged, by %2.</source>
        <translation>%1 est déjà acquitté, par %2.</translation>
    </message>
    <message>
        <source>%1 is already resolved, by %2.</source>
        <translation>%1 est déjà résolu, par %2.</translation>
    </message>
    <message>
        <source>%1: a note is required.</source>
        <translation>%1&#xa0;: une note est obligatoire.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not in the record (any more).</source>
        <translation>%1 ne figure pas (ou plus) dans les données.</translation>
    </message>
    <message>
        <source>%1: this source is read-only.</source>
        <translation>%1&#xa0;: cette source est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 n&apos;a pas été écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was %2, but NOT recorded in the audit log: %3</source>
        <translation>%1&#xa0;: opération effectuée (%2), mais NON enregistrée dans le journal d&apos;audit&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) %1.</source>
        <translation>
            <numerusform>Opération effectuée (%1) sur %n épisode.</numerusform>
            <numerusform>Opération effectuée (%1) sur %n épisodes.</numerusform>
        </translation>
    </message>
    <message>
        <source>A signed export is refused: %1. Export without a key for an unsigned pack.</source>
        <translation>Un export signé est refusé&#xa0;: %1. Exportez sans clé pour obtenir un paquet non signé.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Refusé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>assurance::ui::EpisodeActionDialog</name>
    <message>
        <source>Acknowledge violations</source>
        <translation>Acquitter des violations</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n episode(s):</source>
        <translation>
            <numerusform>Acquitter %n épisode&#xa0;:</numerusform>
            <numerusform>Acquitter %n épisodes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Resolve violations</source>
        <translation>Résoudre des violations</translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n episode(s):</source>
        <translation>
            <numerusform>Résoudre %n épisode&#xa0;:</numerusform>
            <numerusform>Résoudre %n épisodes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message numerus="yes">
        <source>Add a note to %n episode(s):</source>
        <translation>
            <numerusform>Ajouter une note à %n épisode&#xa0;:</numerusform>
            <numerusform>Ajouter une note à %n épisodes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Why? What was done? (required)</source>
        <translation>Pourquoi&#xa0;? Qu&apos;est-ce qui a été fait&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>assurance::ui::EpisodeDetailPane</name>
    <message>
        <source>Select an episode to see its details and timeline.</source>
        <translation>Sélectionnez un épisode pour voir ses détails et sa chronologie.</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Épisode</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Observed / bound</source>
        <translation>Observé / seuil</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière occurrence</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fenêtres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chronologie&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 at worst, %2 now</source>
        <translation>Au pire %1, actuellement %2</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 face à %2</translation>
    </message>
    <message>
        <source>— (active)</source>
        <translation>— (en cours)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
</context>
<context>
    <name>assurance::ui::EpisodeTimelineModel</name>
    <message>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Escalated to critical</source>
        <translation>Passage en critique</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>assurance::ui::EvidenceBanner</name>
    <message>
        <source>range unknown</source>
        <translation>période inconnue</translation>
    </message>
    <message>
        <source>Trust this key…</source>
        <translation>Faire confiance à cette clé…</translation>
    </message>
    <message>
        <source>Add the signer&apos;s public key to the trusted keys shared by the console and assurancectl, then verify the pack again</source>
        <translation>Ajouter la clé publique du signataire aux clés de confiance partagées par la console et assurancectl, puis vérifier à nouveau le paquet</translation>
    </message>
    <message>
        <source>Evidence pack %1: verifying…</source>
        <translation>Paquet de preuves %1&#xa0;: vérification…</translation>
    </message>
    <message>
        <source>Every part, record, audit entry and signature is checked before anything is shown. Nothing is read from the network.</source>
        <translation>Chaque partie, enregistrement, entrée d&apos;audit et signature est vérifié avant tout affichage. Rien n&apos;est lu depuis le réseau.</translation>
    </message>
    <message>
        <source>Pack %1 · models %2 · range %3 · %4/%5 parts valid</source>
        <translation>Paquet %1 · modèles %2 · période %3 · %4/%5 parties valides</translation>
    </message>
    <message>
        <source>Root digest %1</source>
        <translation>Condensat racine %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Signed by a trusted key %1</source>
        <translation>Signé par une clé de confiance %1</translation>
    </message>
    <message>
        <source>Signed by an unknown key</source>
        <translation>Signé par une clé inconnue</translation>
    </message>
    <message>
        <source>The pack is intact and its signature is valid, but the key %1 is not among your trusted keys. Trust it only if its owner confirms this fingerprint to you.</source>
        <translation>Le paquet est intact et sa signature est valide, mais la clé %1 ne fait pas partie de vos clés de confiance. Ne lui faites confiance que si son propriétaire vous confirme cette empreinte.</translation>
    </message>
    <message>
        <source>Integrity only — not signed</source>
        <translation>Intégrité seulement — non signé</translation>
    </message>
    <message>
        <source>Nothing in it was changed by accident, but anyone can build an unsigned pack: it does not prove who made it.</source>
        <translation>Rien n&apos;y a été modifié par accident, mais n&apos;importe qui peut produire un paquet non signé&#xa0;: il ne prouve pas qui l&apos;a produit.</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>NON VÉRIFIÉ</translation>
    </message>
    <message>
        <source>First broken record: %1</source>
        <translation>Premier enregistrement invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The records are shown as the pack holds them, broken ones included: rely on nothing here. Audit &amp; Evidence lists every failure.</source>
        <translation>Les enregistrements sont affichés tels que le paquet les contient, y compris les invalides&#xa0;: ne vous fiez à rien ici. «&#xa0;Audit &amp; preuves&#xa0;» liste chaque échec.</translation>
    </message>
</context>
<context>
    <name>assurance::ui::EvidencePackView</name>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Model configurations</source>
        <translation>Configurations des modèles</translation>
    </message>
    <message>
        <source>Tolerance versions in force during the range</source>
        <translation>Versions de tolérances en vigueur pendant la période</translation>
    </message>
    <message>
        <source>Audit entries of the range (with their boundary entries)</source>
        <translation>Entrées d&apos;audit de la période (avec leurs entrées limites)</translation>
    </message>
    <message>
        <source>No evidence pack is open. File → Open Evidence… reviews one offline.</source>
        <translation>Aucun paquet de preuves n&apos;est ouvert. Fichier → Ouvrir un paquet de preuves… permet d&apos;en examiner un hors ligne.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2/%3 parts valid; %n audit entries from %4 installation(s)</source>
        <translation>
            <numerusform>%1 — %2/%3 parties valides&#xa0;; %n entrée d&apos;audit de %4 installation(s)</numerusform>
            <numerusform>%1 — %2/%3 parties valides&#xa0;; %n entrées d&apos;audit de %4 installation(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) verified but could not be shown here (see the list)</source>
        <translation>
            <numerusform>%n ligne vérifiée mais impossible à afficher ici (voir la liste)</numerusform>
            <numerusform>%n lignes vérifiées mais impossibles à afficher ici (voir la liste)</numerusform>
        </translation>
    </message>
    <message>
        <source>not shown: %1</source>
        <translation>non affiché&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ExportEvidenceDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation>Exporter des preuves</translation>
    </message>
    <message>
        <source>evidence.tar</source>
        <translation>preuves.tar</translation>
    </message>
    <message>
        <source>none: the pack proves integrity only</source>
        <translation>aucune&#xa0;: le paquet prouve uniquement l&apos;intégrité</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Evidence packs (*.tar)</source>
        <translation>Paquets de preuves (*.tar)</translation>
    </message>
    <message>
        <source>Ed25519 private keys (*.key *.pem);;All files (*)</source>
        <translation>Clés privées Ed25519 (*.key *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Pack file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>The pack holds the configs, tolerance versions, snapshots, labels, violation episodes and audit entries of the range. The export is recorded in the audit log after the pack is built.</source>
        <translation>Le paquet contient les configurations, versions de tolérances, instantanés, labels, épisodes de violation et entrées d&apos;audit de la période. L&apos;export est enregistré dans le journal d&apos;audit une fois le paquet produit.</translation>
    </message>
    <message>
        <source>Tick at least one model.</source>
        <translation>Cochez au moins un modèle.</translation>
    </message>
    <message>
        <source>The range starts after it ends.</source>
        <translation>La période commence après sa fin.</translation>
    </message>
    <message>
        <source>Choose the file to write the pack to.</source>
        <translation>Choisissez le fichier dans lequel écrire le paquet.</translation>
    </message>
</context>
<context>
    <name>assurance::ui::InferenceLogModel</name>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>refused: ts in the future</source>
        <translation>refusé : ts dans le futur</translation>
    </message>
</context>
<context>
    <name>assurance::ui::LabelBreakdownModel</name>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Bound crossed</source>
        <translation>Seuil franchi</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>%1 of the %2 points this metric can add (its weight renormalised over the evaluated metrics)</source>
        <translation>%1 des %2 points que cette métrique peut apporter (son poids renormalisé sur les métriques évaluées)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Warning · critical</source>
        <translation>Avertissement · critique</translation>
    </message>
    <message>
        <source>v%1 not in the record</source>
        <translation>v%1 absente des données</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>needs a baseline</source>
        <translation>nécessite une référence</translation>
    </message>
    <message>
        <source>outside %1–%2</source>
        <translation>hors de %1–%2</translation>
    </message>
    <message>
        <source>%1 had no value in this window: not evaluated, its weight goes to the others.</source>
        <translation>La métrique %1 n&apos;avait aucune valeur dans cette fenêtre&#xa0;: non évaluée, son poids est reporté sur les autres.</translation>
    </message>
    <message>
        <source>%1 is disabled in tolerances v%2: not evaluated.</source>
        <translation>La métrique %1 est désactivée dans les tolérances v%2&#xa0;: non évaluée.</translation>
    </message>
    <message>
        <source>%1 has a relative bound and no baseline: not evaluated.</source>
        <translation>La métrique %1 a un seuil relatif et aucune référence&#xa0;: non évaluée.</translation>
    </message>
    <message>
        <source>%1 was not evaluated.</source>
        <translation>La métrique %1 n&apos;a pas été évaluée.</translation>
    </message>
    <message>
        <source>%1 %2 is within tolerance (%3): full score.</source>
        <translation>%1 %2 est dans la tolérance (%3)&#xa0;: score complet.</translation>
    </message>
    <message>
        <source>%1 %2 crossed the warning bound %3: half score.</source>
        <translation>%1 %2 a franchi le seuil d&apos;avertissement %3&#xa0;: demi-score.</translation>
    </message>
    <message>
        <source>%1 %2 crossed the critical bound %3: no score, and the label cannot be assured.</source>
        <translation>%1 %2 a franchi le seuil critique %3&#xa0;: aucun point, et le label ne peut pas être assuré.</translation>
    </message>
</context>
<context>
    <name>assurance::ui::LabelCard</name>
    <message>
        <source>Waiting for the first window…</source>
        <translation>En attente de la première fenêtre…</translation>
    </message>
    <message>
        <source>Score %1 / 100</source>
        <translation>Score %1 / 100</translation>
    </message>
    <message>
        <source>No metric evaluated yet</source>
        <translation>Aucune métrique évaluée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Window ending %1 UTC · tolerances v%2 · %3</source>
        <translation>Fenêtre jusqu&apos;à %1 UTC · tolérances v%2 · %3</translation>
    </message>
    <message>
        <source>stored label, hash %1… consistent</source>
        <translation>label enregistré, hash %1… cohérent</translation>
    </message>
    <message>
        <source>stored label, hash %1… does not match the label: altered after it was written</source>
        <translation>label enregistré, hash %1… ne correspond pas au label&#xa0;: modifié après son écriture</translation>
    </message>
    <message>
        <source>computed by this console — not in the record</source>
        <translation>calculé par cette console — absent des données enregistrées</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>How this model&apos;s label changed, why, and whether its chain is consistent</source>
        <translation>Comment le label de ce modèle a évolué, pourquoi, et si sa chaîne est cohérente</translation>
    </message>
</context>
<context>
    <name>assurance::ui::LabelHistoryChart</name>
    <message>
        <source>Score over time</source>
        <translation>Score dans le temps</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Conditionnel</translation>
    </message>
    <message>
        <source>Not assured</source>
        <translation>Non assuré</translation>
    </message>
    <message>
        <source>Chain breaks</source>
        <translation>Ruptures de chaîne</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélectionné</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Tolerance version changed</source>
        <translation>Version de tolérances modifiée</translation>
    </message>
</context>
<context>
    <name>assurance::ui::LabelHistoryModel</name>
    <message>
        <source>hash %1
prev_hash %2</source>
        <translation>hash %1
prev_hash %2</translation>
    </message>
    <message>
        <source>(none: written before the chain)</source>
        <translation>(aucun&#xa0;: écrit avant la chaîne)</translation>
    </message>
    <message>
        <source>chain breaks here</source>
        <translation>la chaîne est rompue ici</translation>
    </message>
    <message>
        <source>hash does not match</source>
        <translation>le hash ne correspond pas</translation>
    </message>
    <message>
        <source>Window end (UTC)</source>
        <translation>Fin de fenêtre (UTC)</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Tolerances</source>
        <translation>Tolérances</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
</context>
<context>
    <name>assurance::ui::LabelHistoryPane</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export card as PNG…</source>
        <translation>Exporter la carte en PNG…</translation>
    </message>
    <message>
        <source>Export label JSON…</source>
        <translation>Exporter le JSON du label…</translation>
    </message>
    <message>
        <source>← All models</source>
        <translation>← Tous les modèles</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisé…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>The card above, as shown</source>
        <translation>La carte ci-dessus, telle qu&apos;affichée</translation>
    </message>
    <message>
        <source>The label exactly as the record stores it</source>
        <translation>Le label exactement tel qu&apos;il est enregistré dans les données</translation>
    </message>
    <message>
        <source>&lt;b&gt;Selected label&lt;/b&gt;</source>
        <translation>&lt;b&gt;Label sélectionné&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pick a model.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <source>Not connected: there is no record to read.</source>
        <translation>Non connecté&#xa0;: il n&apos;y a aucune donnée à lire.</translation>
    </message>
    <message>
        <source>Reading the labels from %1 to %2 UTC…</source>
        <translation>Lecture des labels du %1 au %2 UTC…</translation>
    </message>
    <message>
        <source>Cancelled: nothing is shown for this range.</source>
        <translation>Annulé&#xa0;: rien n&apos;est affiché pour cette période.</translation>
    </message>
    <message>
        <source>The record did not answer in time: nothing is shown for this range.</source>
        <translation>Le stockage des données n&apos;a pas répondu à temps&#xa0;: rien n&apos;est affiché pour cette période.</translation>
    </message>
    <message>
        <source>This source keeps no label history.</source>
        <translation>Cette source ne conserve pas d&apos;historique des labels.</translation>
    </message>
    <message>
        <source>Could not read the label history: %1</source>
        <translation>Impossible de lire l&apos;historique des labels&#xa0;: %1</translation>
    </message>
    <message>
        <source>No label from %1 to %2 UTC: the model wrote no window then, or the record keeps no label history for it.</source>
        <translation>Aucun label du %1 au %2 UTC&#xa0;: le modèle n&apos;a écrit aucune fenêtre pendant cette période, ou les données ne conservent pas d&apos;historique des labels pour ce modèle.</translation>
    </message>
    <message>
        <source>Select a label in the table or on the chart.</source>
        <translation>Sélectionnez un label dans le tableau ou sur le graphique.</translation>
    </message>
    <message>
        <source>%1 %2 (%3, bound %4) costs %5 points</source>
        <translation>%1 %2 (%3, seuil %4) coûte %5 points</translation>
    </message>
    <message>
        <source>No metric was evaluated in this window: no score, and the verdict stays Conditional.</source>
        <translation>Aucune métrique n&apos;a été évaluée dans cette fenêtre&#xa0;: pas de score, et le verdict reste «&#xa0;Conditionnel&#xa0;».</translation>
    </message>
    <message>
        <source>Every evaluated metric was within tolerance: score 100.</source>
        <translation>Toutes les métriques évaluées étaient dans la tolérance&#xa0;: score 100.</translation>
    </message>
    <message>
        <source>Score %1 = 100 − the points lost: %2.</source>
        <translation>Score %1 = 100 − les points perdus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Assured: grade %1 and no critical metric.</source>
        <translation>Assuré&#xa0;: note %1 et aucune métrique critique.</translation>
    </message>
    <message>
        <source>Conditional: grade %1 is below B, though no metric is critical.</source>
        <translation>Conditionnel&#xa0;: la note %1 est inférieure à B, bien qu&apos;aucune métrique ne soit critique.</translation>
    </message>
    <message>
        <source>Conditional: nothing could be assessed.</source>
        <translation>Conditionnel&#xa0;: rien n&apos;a pu être évalué.</translation>
    </message>
    <message>
        <source>Not assured: grade F.</source>
        <translation>Non assuré&#xa0;: note F.</translation>
    </message>
    <message>
        <source>Not assured: %1 critical.</source>
        <translation>Non assuré&#xa0;: %1 en critique.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tolerances v%1 in force&lt;/b&gt; — saved by %2 on %3 UTC: “%4”.</source>
        <translation>&lt;b&gt;Tolérances v%1 en vigueur&lt;/b&gt; — enregistrées par %2 le %3 UTC&#xa0;: «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tolerances v%1 in force&lt;/b&gt; — saved by %2: “%3”.</source>
        <translation>&lt;b&gt;Tolérances v%1 en vigueur&lt;/b&gt; — enregistrées par %2&#xa0;: «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tolerances v%1 in force&lt;/b&gt; — this version is not in the record (no tolerance history for it), so the rules it set cannot be shown.</source>
        <translation>&lt;b&gt;Tolérances v%1 en vigueur&lt;/b&gt; — cette version est absente des données (aucun historique de tolérances pour elle), ses règles ne peuvent donc pas être affichées.</translation>
    </message>
    <message>
        <source>Changed from v%1 at this window.</source>
        <translation>Changement depuis la v%1 à cette fenêtre.</translation>
    </message>
    <message>
        <source>Chain status: reading…</source>
        <translation>État de la chaîne&#xa0;: lecture…</translation>
    </message>
    <message>
        <source>Chain status: no labels to check.</source>
        <translation>État de la chaîne&#xa0;: aucun label à vérifier.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of the record could not be used, first: %1.</source>
        <translation>
            <numerusform>%n valeur des données n&apos;a pas pu être utilisée&#xa0;: %1.</numerusform>
            <numerusform>%n valeurs des données n&apos;ont pas pu être utilisées, la première&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Chain broken — gap at %1 UTC: %2.</source>
        <translation>✖ Chaîne rompue — lacune à %1 UTC&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>✔ Chain consistent — %n label(s) from %1 to %2 UTC each match their hash and link to the one before.</source>
        <translation>
            <numerusform>✔ Chaîne cohérente — %n label du %1 au %2 UTC correspond à son hash et renvoie au précédent.</numerusform>
            <numerusform>✔ Chaîne cohérente — %n labels du %1 au %2 UTC correspondent chacun à leur hash et renvoient au précédent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Computed by this console, not a stored record.</source>
        <translation>Calculé par cette console, pas un enregistrement stocké.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Impossible d&apos;enregistrer %1</translation>
    </message>
    <message>
        <source>Export label JSON</source>
        <translation>Exporter le JSON du label</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export label card</source>
        <translation>Exporter la carte du label</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
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
        <translation>Preuves signées</translation>
    </message>
    <message>
        <source>Remote source</source>
        <translation>Source distante</translation>
    </message>
    <message>
        <source>AI insight</source>
        <translation>Analyse par IA</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Activate pasted text</source>
        <translation>Activer le texte collé</translation>
    </message>
    <message>
        <source>Activate from file…</source>
        <translation>Activer depuis un fichier…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Email request…</source>
        <translation>Demande par e-mail…</translation>
    </message>
    <message>
        <source>Paste a license here: the text from -----BEGIN ASSURANCE LICENSE FILE----- to -----END ASSURANCE LICENSE FILE-----. No network is needed.</source>
        <translation>Collez une licence ici&#xa0;: le texte de -----BEGIN ASSURANCE LICENSE FILE----- à -----END ASSURANCE LICENSE FILE-----. Aucun réseau n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Cette installation</translation>
    </message>
    <message>
        <source>Activate a license (offline)</source>
        <translation>Activer une licence (hors ligne)</translation>
    </message>
    <message>
        <source>Tiers compared</source>
        <translation>Comparaison des niveaux</translation>
    </message>
    <message>
        <source>Active models</source>
        <translation>Modèles actifs</translation>
    </message>
    <message>
        <source>Operator commands</source>
        <translation>Commandes opérateur</translation>
    </message>
    <message>
        <source>Evidence export and verification</source>
        <translation>Export et vérification des preuves</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (per license)</source>
        <translation>%1 (selon la licence)</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Seats are shown, not enforced offline. When a license has expired and its 14-day grace period is over, the console is read-only: viewing, evidence export and verification, and audit checkpoints still work.</source>
        <translation>Les postes sont affichés, mais pas contrôlés hors ligne. Lorsqu&apos;une licence a expiré et que son délai de grâce de 14 jours est écoulé, la console passe en lecture seule&#xa0;: la consultation, l&apos;export et la vérification des preuves ainsi que les points de contrôle d&apos;audit fonctionnent toujours.</translation>
    </message>
    <message>
        <source>Request an upgrade</source>
        <translation>Demander une mise à niveau</translation>
    </message>
    <message>
        <source>Send this code to your vendor. It holds the license id and a fingerprint of this machine (an HMAC of /etc/machine-id, never the id itself).</source>
        <translation>Envoyez ce code à votre fournisseur. Il contient l&apos;identifiant de licence et une empreinte de cette machine (un HMAC de /etc/machine-id, jamais l&apos;identifiant lui-même).</translation>
    </message>
    <message>
        <source>Paste the license text first.</source>
        <translation>Collez d&apos;abord le texte de la licence.</translation>
    </message>
    <message>
        <source>Assurance Console upgrade request</source>
        <translation>Demande de mise à niveau d&apos;Assurance Console</translation>
    </message>
    <message>
        <source>Request code: %1</source>
        <translation>Code de demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Activate a license file</source>
        <translation>Activer un fichier de licence</translation>
    </message>
    <message>
        <source>License files (*.lic *.txt);;All files (*)</source>
        <translation>Fichiers de licence (*.lic *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the license…</source>
        <translation>Lecture de la licence…</translation>
    </message>
    <message>
        <source>No license: Community. Up to %1 active models, unsigned evidence only.</source>
        <translation>Aucune licence&#xa0;: Community. Jusqu&apos;à %1 modèles actifs, preuves non signées uniquement.</translation>
    </message>
    <message>
        <source>Licensed: %1, valid until %2 (%3 left).</source>
        <translation>Sous licence&#xa0;: %1, valable jusqu&apos;au %2 (encore %3).</translation>
    </message>
    <message>
        <source>Expiring: %1 expires on %2, in %3. Request a renewal below.</source>
        <translation>Expiration proche&#xa0;: %1 expire le %2, dans %3. Demandez un renouvellement ci-dessous.</translation>
    </message>
    <message>
        <source>Expired on %1. Everything still works for the grace period, which ends in %2 (%3); then the console becomes read-only.</source>
        <translation>Expirée le %1. Tout fonctionne encore pendant le délai de grâce, qui se termine dans %2 (%3)&#xa0;; ensuite la console passe en lecture seule.</translation>
    </message>
    <message>
        <source>Expired on %1 and the grace period is over: the console is read-only. Operator commands are refused; viewing, evidence export and verification still work.</source>
        <translation>Expirée le %1 et le délai de grâce est écoulé&#xa0;: la console est en lecture seule. Les commandes opérateur sont refusées&#xa0;; la consultation, l&apos;export et la vérification des preuves fonctionnent toujours.</translation>
    </message>
    <message>
        <source>The activated license is invalid: %1. This installation runs as Community.</source>
        <translation>La licence activée n&apos;est pas valide&#xa0;: %1. Cette installation fonctionne en Community.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is more than 24 hours behind the latest time seen (%1): the console is read-only until the clock is right.</source>
        <translation>L&apos;horloge de cet ordinateur retarde de plus de 24 heures sur la dernière heure observée (%1)&#xa0;: la console est en lecture seule jusqu&apos;à ce que l&apos;horloge soit correcte.</translation>
    </message>
    <message>
        <source>Licensee</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>License id</source>
        <translation>Identifiant de licence</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>%1 (shown, not enforced offline)</source>
        <translation>%1 (affiché, non contrôlé hors ligne)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Vendor key id</source>
        <translation>Identifiant de la clé fournisseur</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>unsigned only</source>
        <translation>non signées uniquement</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>refused (read-only)</source>
        <translation>refusé (lecture seule)</translation>
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
        <translation>Métriques en temps réel</translation>
    </message>
    <message>
        <source>Assurance Label</source>
        <translation>Label d&apos;assurance</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Baseline &amp;&amp; Tolerances</source>
        <translation>Référence &amp;&amp; tolérances</translation>
    </message>
    <message>
        <source>Model Configuration</source>
        <translation>Configuration des modèles</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Audit &amp;&amp; Evidence</source>
        <translation>Audit &amp;&amp; preuves</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Assurance Console</source>
        <translation>À &amp;propos d&apos;Assurance Console</translation>
    </message>
    <message>
        <source>About Assurance Console</source>
        <translation>À propos d&apos;Assurance Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assurance Console %1&lt;/b&gt;&lt;p&gt;Live metrics, assurance labels and violations for machine-learning models in production.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Assurance Console %1&lt;/b&gt;&lt;p&gt;Métriques en direct, labels d&apos;assurance et violations pour les modèles d&apos;apprentissage automatique en production.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 events/s · %2 accepted · %3 rejected</source>
        <translation>%1 events/s · %2 acceptés · %3 rejetés</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>à l&apos;arrêt</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>connection lost, reconnecting…</source>
        <translation>connexion perdue, reconnexion…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Redis needs a password, or refused it (%1)</source>
        <translation>Redis exige un mot de passe ou l&apos;a refusé (%1)</translation>
    </message>
    <message>
        <source>waiting for the record</source>
        <translation>en attente des données</translation>
    </message>
    <message>
        <source>no Kafka brokers given</source>
        <translation>aucun broker Kafka indiqué</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the record could not be read (see the log)</source>
        <translation>
            <numerusform>%n valeur des données n&apos;a pas pu être lue (voir le journal)</numerusform>
            <numerusform>%n valeurs des données n&apos;ont pas pu être lues (voir le journal)</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected — File → Connect…</source>
        <translation>non connecté — Fichier → Se connecter…</translation>
    </message>
    <message>
        <source>record</source>
        <translation>données</translation>
    </message>
    <message>
        <source>live</source>
        <translation>vue en direct</translation>
    </message>
    <message>
        <source>Redis needs a password to connect (%1).</source>
        <translation>Redis exige un mot de passe pour se connecter (%1).</translation>
    </message>
    <message>
        <source>agents&apos; lag %1 messages</source>
        <translation>retard des agents %1 messages</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Audit: NOT RECORDED</source>
        <translation>Audit : NON ENREGISTRÉ</translation>
    </message>
    <message>
        <source>Audit: off</source>
        <translation>Audit : désactivé</translation>
    </message>
    <message>
        <source>Audit: recording</source>
        <translation>Audit : enregistrement</translation>
    </message>
    <message>
        <source>Audit: opening…</source>
        <translation>Audit : ouverture…</translation>
    </message>
    <message>
        <source>Audit: unavailable</source>
        <translation>Audit : indisponible</translation>
    </message>
    <message>
        <source>Open &amp;Evidence…</source>
        <translation>Ouvrir un paquet de &amp;preuves…</translation>
    </message>
    <message>
        <source>Export reads the Direct source&apos;s record: connect to Redis first.</source>
        <translation>L&apos;export lit les données de la source Direct&#xa0;: connectez-vous d&apos;abord à Redis.</translation>
    </message>
    <message>
        <source>An evidence pack is a record for review: nothing in it can be changed.</source>
        <translation>Un paquet de preuves est un enregistrement à examiner&#xa0;: rien ne peut y être modifié.</translation>
    </message>
    <message>
        <source>Trust this key?</source>
        <translation>Faire confiance à cette clé&#xa0;?</translation>
    </message>
    <message>
        <source>Trust the key with fingerprint

%1

for every evidence pack it signs, in this console and in assurancectl? Do this only if the key&apos;s owner confirmed this fingerprint to you through another channel.</source>
        <translation>Faire confiance à la clé d&apos;empreinte

%1

pour chaque paquet de preuves qu&apos;elle signe, dans cette console et dans assurancectl&#xa0;? Ne le faites que si le propriétaire de la clé vous a confirmé cette empreinte par un autre canal.</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Faire confiance à cette clé</translation>
    </message>
    <message>
        <source>Open Evidence Pack</source>
        <translation>Ouvrir un paquet de preuves</translation>
    </message>
    <message>
        <source>Evidence packs (*.tar);;All files (*)</source>
        <translation>Paquets de preuves (*.tar);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation>Lecture seule&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The license has expired: the grace period ends in %1 days, then the console becomes read-only. See the License tab.</source>
        <translation>La licence a expiré&#xa0;: le délai de grâce se termine dans %1 jours, ensuite la console passe en lecture seule. Voir l&apos;onglet Licence.</translation>
    </message>
    <message>
        <source>The license expires in %1 days. See the License tab to request a renewal.</source>
        <translation>La licence expire dans %1 jours. Voir l&apos;onglet Licence pour demander un renouvellement.</translation>
    </message>
    <message>
        <source>The activated license is invalid (%1): running as Community. See the License tab.</source>
        <translation>La licence activée n&apos;est pas valide (%1)&#xa0;: fonctionnement en Community. Voir l&apos;onglet Licence.</translation>
    </message>
    <message numerus="yes">
        <source>Model limit: %n model(s) shown (%1); %2 hidden (%3). This license allows %4 active models: the first ones by id are shown. Activate a license with a higher limit in the License tab to see all.</source>
        <translation>
            <numerusform>Limite de modèles&#xa0;: %n modèle affiché (%1)&#xa0;; %2 masqué(s) (%3). Cette licence autorise %4 modèles actifs&#xa0;: les premiers par identifiant sont affichés. Activez une licence avec une limite plus élevée dans l&apos;onglet Licence pour tout voir.</numerusform>
            <numerusform>Limite de modèles&#xa0;: %n modèles affichés (%1)&#xa0;; %2 masqué(s) (%3). Cette licence autorise %4 modèles actifs&#xa0;: les premiers par identifiant sont affichés. Activez une licence avec une limite plus élevée dans l&apos;onglet Licence pour tout voir.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be changed from the console.</source>
        <translation>%1 ne peut pas être modifié depuis la console.</translation>
    </message>
    <message>
        <source>No source is connected.</source>
        <translation>Aucune source n&apos;est connectée.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show &amp;Retired Models</source>
        <translation>Afficher les modèles &amp;retirés</translation>
    </message>
    <message>
        <source>List models whose configuration is retired in every tab</source>
        <translation>Afficher dans tous les onglets les modèles dont la configuration est retirée</translation>
    </message>
</context>
<context>
    <name>assurance::ui::MetricChart</name>
    <message>
        <source>not applicable or too few labels</source>
        <translation>non applicable ou trop peu d&apos;étiquettes</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>pas encore de données</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ModelCatalogModel</name>
    <message>
        <source>classification</source>
        <translation>classification</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>régression</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>configured, no windows yet</source>
        <translation>configuré, pas encore de fenêtre</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>seen, no configuration</source>
        <translation>vu, sans configuration</translation>
    </message>
    <message>
        <source>unreadable configuration</source>
        <translation>configuration illisible</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ModelConfigTableModel</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation>Topic Kafka</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ModelConfigurationTab</name>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL du point de terminaison</translation>
    </message>
    <message>
        <source>Kafka topic</source>
        <translation>Topic Kafka</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Identifiant du modèle</translation>
    </message>
    <message>
        <source>The model id must be 1 to 128 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>L&apos;identifiant du modèle doit compter de 1 à 128 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The endpoint must be an http:// or https:// URL with a host and no query, fragment or credentials.</source>
        <translation>Le point de terminaison doit être une URL http:// ou https:// avec un hôte et sans requête, fragment ni identifiants.</translation>
    </message>
    <message>
        <source>The Kafka topic may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (249 at most).</source>
        <translation>Le topic Kafka ne peut contenir que des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos; (249 au plus).</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters at most).</source>
        <translation>%1 est trop long (%2 caractères au plus).</translation>
    </message>
    <message>
        <source>%1 contains a control character.</source>
        <translation>%1 contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Afficher les retirés</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>New model…</source>
        <translation>Nouveau modèle…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>e.g. flood-risk-predictor</source>
        <translation>p. ex. flood-risk-predictor</translation>
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
        <translation>auto (d&apos;après les données)</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classification</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>régression</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Type de tâche</translation>
    </message>
    <message>
        <source>Not connected: connect to a source (File → Connect…) to see and change model configurations.</source>
        <translation>Non connecté&#xa0;: connectez-vous à une source (Fichier → Se connecter…) pour voir et modifier les configurations des modèles.</translation>
    </message>
    <message>
        <source>This source is read-only (an evidence pack): the pack&apos;s model configurations are shown, and cannot be changed here.</source>
        <translation>Cette source est en lecture seule (un paquet de preuves)&#xa0;: les configurations de modèles du paquet sont affichées et ne peuvent pas être modifiées ici.</translation>
    </message>
    <message>
        <source>The configurations could not be read: %1</source>
        <translation>Les configurations n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>New model: give it an id and save.</source>
        <translation>Nouveau modèle&#xa0;: donnez-lui un identifiant et enregistrez.</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Configuration of %1</source>
        <translation>Configuration de %1</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurer %1</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Bring %1 back? Agents add it to the active models again with its next window.</source>
        <translation>Réactiver %1&#xa0;? Les agents le rajoutent aux modèles actifs avec sa prochaine fenêtre.</translation>
    </message>
    <message>
        <source>Retire %1? Agents keep storing windows for telemetry that still arrives, but the model is no longer listed as active, and consoles hide it unless &quot;Show retired&quot; is on.</source>
        <translation>Retirer %1&#xa0;? Les agents continuent d&apos;enregistrer des fenêtres pour la télémétrie qui arrive encore, mais le modèle n&apos;est plus répertorié comme actif, et les consoles le masquent sauf si «&#xa0;Afficher les retirés&#xa0;» est coché.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>Retiring…</source>
        <translation>Retrait…</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>%1 retired.</source>
        <translation>%1 retiré.</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>%1 restauré.</translation>
    </message>
    <message>
        <source>Its audit entry could not be written: %1</source>
        <translation>Son entrée d&apos;audit n&apos;a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: the record no longer knows %1.</source>
        <translation>Non enregistré&#xa0;: l&apos;enregistrement ne connaît plus %1.</translation>
    </message>
    <message>
        <source>Not saved: a configuration for %1 already exists. Select it in the list to edit it.</source>
        <translation>Non enregistré&#xa0;: une configuration existe déjà pour %1. Sélectionnez-la dans la liste pour la modifier.</translation>
    </message>
    <message>
        <source>Not saved: the configuration of %1 was changed by someone else since you opened it. It has been reloaded; make your change again.</source>
        <translation>Non enregistré&#xa0;: la configuration de %1 a été modifiée par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouverte. Elle a été rechargée&#xa0;; refaites votre modification.</translation>
    </message>
    <message>
        <source>Testing %1 …</source>
        <translation>Test de %1 …</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>OK — HTTP %1 in %2</source>
        <translation>OK — HTTP %1 en %2</translation>
    </message>
    <message>
        <source>HTTP error — HTTP %1 in %2</source>
        <translation>Erreur HTTP — HTTP %1 en %2</translation>
    </message>
    <message>
        <source>Timed out — no answer within %1</source>
        <translation>Délai dépassé — aucune réponse en %1</translation>
    </message>
    <message>
        <source>Unreachable after %1 — %2</source>
        <translation>Injoignable après %1 — %2</translation>
    </message>
    <message>
        <source>Not tested: the endpoint is not an http:// or https:// URL with a host.</source>
        <translation>Non testé&#xa0;: le point de terminaison n&apos;est pas une URL http:// ou https:// avec un hôte.</translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Corps&#xa0;: %1</translation>
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
        <translation>Dérive des caractéristiques (PSI)</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Taux d&apos;échec</translation>
    </message>
    <message>
        <source>Assurance grade</source>
        <translation>Note d&apos;assurance</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Live inference log</source>
        <translation>Journal d&apos;inférence en direct</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Rejected messages</source>
        <translation>Messages rejetés</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation>%1 acceptés</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) rejected</source>
        <translation>
            <numerusform>%n message rejeté</numerusform>
            <numerusform>%n messages rejetés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Late events %1 · duplicates %2 · orphan labels %3 · unreadable record values %4</source>
        <translation>Événements en retard %1 · doublons %2 · étiquettes orphelines %3 · valeurs de données illisibles %4</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>no label yet</source>
        <translation>pas encore de label</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ReferencePreviewModel</name>
    <message>
        <source>numeric</source>
        <translation>numérique</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>catégorielle</translation>
    </message>
    <message>
        <source>min %1 · max %2</source>
        <translation>min %1 · max %2</translation>
    </message>
    <message>
        <source>min %1 · q10 %2 · median %3 · q90 %4 · max %5</source>
        <translation>min %1 · q10 %2 · médiane %3 · q90 %4 · max %5</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n de plus</numerusform>
            <numerusform>… %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Caractéristique</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
</context>
<context>
    <name>assurance::ui::RejectionTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ToleranceEditModel</name>
    <message>
        <source>relative</source>
        <translation>relatif</translation>
    </message>
    <message>
        <source>absolute</source>
        <translation>absolu</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus haut est meilleur</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>plus bas est meilleur</translation>
    </message>
    <message>
        <source>band</source>
        <translation>bande</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Absolute / relative</source>
        <translation>Absolu / relatif</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Modifier %1 %2</translation>
    </message>
    <message>
        <source>The agent would refuse this: %1</source>
        <translation>L&apos;agent refuserait ceci&#xa0;: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ToleranceHistoryChart</name>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Warning bound</source>
        <translation>Seuil d&apos;avertissement</translation>
    </message>
    <message>
        <source>Critical bound</source>
        <translation>Seuil critique</translation>
    </message>
    <message>
        <source>Window end (UTC)</source>
        <translation>Fin de fenêtre (UTC)</translation>
    </message>
    <message>
        <source>Drag across the chart to choose a range for the baseline.</source>
        <translation>Faites glisser sur le graphique pour choisir une plage pour la valeur de référence.</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ToleranceVersionTableModel</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Tolerances (warning / critical)</source>
        <translation>Tolérances (avertissement / critique)</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ViolationBreakdownCharts</name>
    <message>
        <source>Episodes</source>
        <translation>Épisodes</translation>
    </message>
    <message>
        <source>Episodes by metric</source>
        <translation>Épisodes par métrique</translation>
    </message>
    <message>
        <source>Episodes by severity (worst seen)</source>
        <translation>Épisodes par gravité (la pire atteinte)</translation>
    </message>
    <message>
        <source>Active episodes over time</source>
        <translation>Épisodes actifs dans le temps</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ViolationTableModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Ouverture (UTC)</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>Dernière occurrence (UTC)</translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation>Clôture (UTC)</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Fenêtres</translation>
    </message>
</context>
<context>
    <name>assurance::ui::ViolationsTab</name>
    <message>
        <source>Filter by model or metric…</source>
        <translation>Filtrer par modèle ou métrique…</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <source>Active and closed</source>
        <translation>Actives et clôturées</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Actives uniquement</translation>
    </message>
    <message>
        <source>Closed only</source>
        <translation>Clôturées uniquement</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Acquitter…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Any metric</source>
        <translation>Toute métrique</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Episodes in breach at any time in the range (UTC): opened before its end and still active or closed after its start.</source>
        <translation>Épisodes en violation à un moment quelconque de la période (UTC)&#xa0;: ouverts avant sa fin et encore actifs ou clôturés après son début.</translation>
    </message>
    <message>
        <source>Ask the AI insight service to explain the selected episodes</source>
        <translation>Demander au service d&apos;analyse IA d&apos;expliquer les épisodes sélectionnés</translation>
    </message>
    <message>
        <source>Save the rows shown (every filter applied) as CSV</source>
        <translation>Enregistrer les lignes affichées (tous filtres appliqués) en CSV</translation>
    </message>
    <message>
        <source>Save the rows shown (every filter applied) as JSON, as stored</source>
        <translation>Enregistrer les lignes affichées (tous filtres appliqués) en JSON, telles que stockées</translation>
    </message>
    <message>
        <source>Explain: AI insight is not built yet. For now, read the episode&apos;s timeline and the metric&apos;s history on the Real-Time Metrics tab.</source>
        <translation>Expliquer&#xa0;: l&apos;analyse IA n&apos;est pas encore disponible. En attendant, consultez la chronologie de l&apos;épisode et l&apos;historique de la métrique dans l&apos;onglet «&#xa0;Métriques en temps réel&#xa0;».</translation>
    </message>
    <message>
        <source>%1 of %2 episodes shown · %3 active critical · %4 active warning</source>
        <translation>%1 épisodes affichés sur %2 · %3 actifs critiques · %4 actifs en avertissement</translation>
    </message>
    <message>
        <source>Select one or more episodes first</source>
        <translation>Sélectionnez d&apos;abord un ou plusieurs épisodes</translation>
    </message>
    <message>
        <source>Only open episodes can be acknowledged</source>
        <translation>Seuls les épisodes ouverts peuvent être acquittés</translation>
    </message>
    <message>
        <source>Resolved episodes cannot be resolved again</source>
        <translation>Les épisodes résolus ne peuvent pas être résolus à nouveau</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>Tout modèle</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledging %n episode(s)…</source>
        <translation>
            <numerusform>Acquittement de %n épisode…</numerusform>
            <numerusform>Acquittement de %n épisodes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolving %n episode(s)…</source>
        <translation>
            <numerusform>Résolution de %n épisode…</numerusform>
            <numerusform>Résolution de %n épisodes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding a note to %n episode(s)…</source>
        <translation>
            <numerusform>Ajout d&apos;une note à %n épisode…</numerusform>
            <numerusform>Ajout d&apos;une note à %n épisodes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export violations as CSV</source>
        <translation>Exporter les violations en CSV</translation>
    </message>
    <message>
        <source>Export violations as JSON</source>
        <translation>Exporter les violations en JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d&apos;exporter vers %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n episode(s) to %1</source>
        <translation>
            <numerusform>%n épisode exporté vers %1</numerusform>
            <numerusform>%n épisodes exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: this source cannot record operator actions.</source>
        <translation>Lecture seule&#xa0;: cette source ne peut pas enregistrer d&apos;actions d&apos;opérateur.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ctl</name>
    <message>
        <source>Run the Demo source in simulated time and report.</source>
        <translation>Exécuter la source Démo en temps simulé et produire un rapport.</translation>
    </message>
    <message>
        <source>Simulated seconds of traffic.</source>
        <translation>Secondes de trafic simulé.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Graine aléatoire.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Afficher un seul document JSON.</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <source>--seconds must be a whole number from 1 to 604800</source>
        <translation>--seconds doit être un nombre entier de 1 à 604800</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number</source>
        <translation>--seed doit être un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>Redis URL, redis://[user@]host[:port][/db].</source>
        <translation>URL Redis, redis://[user@]host[:port][/db].</translation>
    </message>
    <message>
        <source>File whose first line is the Redis password.</source>
        <translation>Fichier dont la première ligne est le mot de passe Redis.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>Oldest window end (date-time or epoch ms).</source>
        <translation>Fin de fenêtre la plus ancienne (date-heure ou ms epoch).</translation>
    </message>
    <message>
        <source>Newest window end (date-time or epoch ms).</source>
        <translation>Fin de fenêtre la plus récente (date-heure ou ms epoch).</translation>
    </message>
    <message>
        <source>The model id.</source>
        <translation>L&apos;identifiant du modèle.</translation>
    </message>
    <message>
        <source>--redis URL is required</source>
        <translation>--redis URL est obligatoire</translation>
    </message>
    <message>
        <source>exactly one MODEL is required</source>
        <translation>exactement un MODEL est requis</translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation>argument inattendu</translation>
    </message>
    <message>
        <source>Kafka bootstrap servers.</source>
        <translation>Serveurs d&apos;amorçage Kafka.</translation>
    </message>
    <message>
        <source>Topic (default model-telemetry).</source>
        <translation>Topic (par défaut model-telemetry).</translation>
    </message>
    <message>
        <source>JSON Lines file, or - for standard input.</source>
        <translation>Fichier JSON Lines, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>--brokers and --file are required</source>
        <translation>--brokers et --file sont obligatoires</translation>
    </message>
    <message>
        <source>The audit log (default: %1).</source>
        <translation>Le journal d&apos;audit (par défaut : %1).</translation>
    </message>
    <message>
        <source>Oldest entry time (date-time or epoch ms).</source>
        <translation>Heure de l&apos;entrée la plus ancienne (date-heure ou ms epoch).</translation>
    </message>
    <message>
        <source>Newest entry time (date-time or epoch ms).</source>
        <translation>Heure de l&apos;entrée la plus récente (date-heure ou ms epoch).</translation>
    </message>
    <message>
        <source>Only this actor (user@host).</source>
        <translation>Seulement cet acteur (user@host).</translation>
    </message>
    <message>
        <source>Only this action, or its family (e.g. audit).</source>
        <translation>Seulement cette action, ou sa famille (p. ex. audit).</translation>
    </message>
    <message>
        <source>Trust only this public key (PEM), not the log&apos;s own.</source>
        <translation>Ne faire confiance qu&apos;à cette clé publique (PEM), pas à celle du journal.</translation>
    </message>
    <message>
        <source>Do not append the verification&apos;s own entry.</source>
        <translation>Ne pas ajouter l&apos;entrée propre à la vérification.</translation>
    </message>
    <message>
        <source>The entry&apos;s sequence number.</source>
        <translation>Le numéro de séquence de l&apos;entrée.</translation>
    </message>
    <message>
        <source>The tree size (default: the newest checkpoint&apos;s).</source>
        <translation>La taille de l&apos;arbre (par défaut : celle du point de contrôle le plus récent).</translation>
    </message>
    <message>
        <source>The older tree size.</source>
        <translation>La taille de l&apos;arbre la plus ancienne.</translation>
    </message>
    <message>
        <source>The newer tree size.</source>
        <translation>La taille de l&apos;arbre la plus récente.</translation>
    </message>
    <message>
        <source>a subcommand is required</source>
        <translation>une sous-commande est requise</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>sous-commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>--%1 must be an ISO 8601 date-time, a window timestamp or epoch ms</source>
        <translation>--%1 doit être une date-heure ISO 8601, un horodatage de fenêtre ou des ms epoch</translation>
    </message>
    <message>
        <source>--entry N (a sequence number from 1) is required</source>
        <translation>--entry N (un numéro de séquence à partir de 1) est requis</translation>
    </message>
    <message>
        <source>--size must be a whole number from 1</source>
        <translation>--size doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>--from M and --to N (tree sizes, M ≤ N) are required</source>
        <translation>--from M et --to N (tailles d&apos;arbre, M ≤ N) sont requis</translation>
    </message>
    <message>
        <source>--from must not be larger than --to</source>
        <translation>--from ne doit pas être supérieur à --to</translation>
    </message>
    <message>
        <source>The installation&apos;s tamper-evident audit log.

  list         entries, oldest first (--since --until --actor --action)
  verify       recompute every hash, the chain, the Merkle roots and the signatures
  checkpoint   sign a checkpoint of the whole log now
  prove        an inclusion proof of --entry N in the tree of --size M
  consistency  a proof that the tree of --from M entries is a prefix of --to N
  sync         copy the entries and checkpoints not yet in Redis there (--redis URL)</source>
        <translation>Le journal d&apos;audit de l&apos;installation, qui rend toute altération détectable.

  list         entrées, de la plus ancienne à la plus récente (--since --until --actor --action)
  verify       recalculer chaque hachage, la chaîne, les racines de Merkle et les signatures
  checkpoint   signer maintenant un point de contrôle de tout le journal
  prove        une preuve d&apos;inclusion de --entry N dans l&apos;arbre de taille --size M
  consistency  une preuve que l&apos;arbre de --from M entrées est un préfixe de --to N
  sync         copier dans Redis les entrées et points de contrôle qui n&apos;y sont pas encore (--redis URL)</translation>
    </message>
    <message>
        <source>Evidence packs an auditor verifies offline (docs/evidence.md).

  keygen  --out KEYFILE: an organisation signing key (KEYFILE, 0600) and KEYFILE.pub
  export  --redis URL --models a,b --since T --until T --out F [--key-file KEYFILE]
  verify  F [--pubkey KEYFILE.pub]: recompute everything, one verdict line per part
  report  F --pdf OUT [--pubkey KEYFILE.pub]: verify, and write a PDF report for an auditor</source>
        <translation>Paquets de preuves qu&apos;un auditeur vérifie hors ligne (docs/evidence.md).

  keygen  --out KEYFILE : une clé de signature de l&apos;organisation (KEYFILE, 0600) et KEYFILE.pub
  export  --redis URL --models a,b --since T --until T --out F [--key-file KEYFILE]
  verify  F [--pubkey KEYFILE.pub] : tout recalculer, une ligne de verdict par partie
  report  F --pdf OUT [--pubkey KEYFILE.pub] : vérifier, et écrire un rapport PDF pour un auditeur</translation>
    </message>
    <message>
        <source>The private key file to write.</source>
        <translation>Le fichier de clé privée à écrire.</translation>
    </message>
    <message>
        <source>Redis URL of the record.</source>
        <translation>URL Redis des données.</translation>
    </message>
    <message>
        <source>Model ids, comma-separated.</source>
        <translation>Identifiants de modèles, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Range start (date-time or epoch ms).</source>
        <translation>Début de la période (date-heure ou ms epoch).</translation>
    </message>
    <message>
        <source>Range end (date-time or epoch ms).</source>
        <translation>Fin de la période (date-heure ou ms epoch).</translation>
    </message>
    <message>
        <source>The pack file to write.</source>
        <translation>Le fichier de paquet à écrire.</translation>
    </message>
    <message>
        <source>Sign with this organisation key (0600).</source>
        <translation>Signer avec cette clé de l&apos;organisation (0600).</translation>
    </message>
    <message>
        <source>The pack file.</source>
        <translation>Le fichier de paquet.</translation>
    </message>
    <message>
        <source>Trust this signer&apos;s public key (repeatable).</source>
        <translation>Faire confiance à la clé publique de ce signataire (répétable).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>exactly one PACK is required</source>
        <translation>exactement un PACK est requis</translation>
    </message>
    <message>
        <source>--out KEYFILE is required</source>
        <translation>--out KEYFILE est obligatoire</translation>
    </message>
    <message>
        <source>--pdf OUT is required</source>
        <translation>--pdf OUT est obligatoire</translation>
    </message>
    <message>
        <source>--redis, --models, --since, --until and --out are required</source>
        <translation>--redis, --models, --since, --until et --out sont obligatoires</translation>
    </message>
    <message>
        <source>Oldest %1 (date-time or epoch ms).</source>
        <translation>Borne inférieure pour %1 (date-heure ou ms epoch).</translation>
    </message>
    <message>
        <source>Newest %1 (date-time or epoch ms).</source>
        <translation>Borne supérieure pour %1 (date-heure ou ms epoch).</translation>
    </message>
    <message>
        <source>Violation episodes and the operator workflow (docs/assurance.md).

  list     episodes, live and archived (--model --status --since --until)
  ack      acknowledge EPISODE_ID --note TEXT (audited)
  resolve  resolve EPISODE_ID --note TEXT (audited)
  note     add a note to EPISODE_ID --note TEXT (audited)</source>
        <translation>Épisodes de violation et flux de travail des opérateurs (docs/assurance.md).

  list     épisodes, en cours et archivés (--model --status --since --until)
  ack      acquitter EPISODE_ID --note TEXT (audité)
  resolve  résoudre EPISODE_ID --note TEXT (audité)
  note     ajouter une note à EPISODE_ID --note TEXT (audité)</translation>
    </message>
    <message>
        <source>Only this model.</source>
        <translation>Seulement ce modèle.</translation>
    </message>
    <message>
        <source>Only this status: open, acknowledged or resolved.</source>
        <translation>Seulement ce statut : open, acknowledged ou resolved.</translation>
    </message>
    <message>
        <source>time an episode must reach</source>
        <translation>l&apos;instant qu&apos;un épisode doit atteindre</translation>
    </message>
    <message>
        <source>The episode, {model}:{metric}:{timestamp}.</source>
        <translation>L&apos;épisode, {model}:{metric}:{timestamp}.</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Motif (obligatoire).</translation>
    </message>
    <message>
        <source>exactly one EPISODE_ID is required</source>
        <translation>exactement un EPISODE_ID est requis</translation>
    </message>
    <message>
        <source>--note TEXT is required</source>
        <translation>--note TEXT est obligatoire</translation>
    </message>
    <message>
        <source>Assurance labels.

  history  MODEL: the stored label history, oldest first, and its chain status</source>
        <translation>Labels d&apos;assurance.

  history  MODEL : l&apos;historique des labels enregistré, du plus ancien au plus récent, et l&apos;état de sa chaîne</translation>
    </message>
    <message>
        <source>window end</source>
        <translation>la fin de fenêtre</translation>
    </message>
    <message>
        <source>Model configurations, model:config:{id} (docs/assurance.md &quot;Model configuration&quot;).

  get     MODEL: the stored configuration
  set     MODEL with the fields to change (adds the model when it has none; audited)
  retire  MODEL: retire it, or with --restore bring it back (audited)</source>
        <translation>Configurations de modèles, model:config:{id} (docs/assurance.md « Model configuration »).

  get     MODEL : la configuration enregistrée
  set     MODEL avec les champs à modifier (ajoute le modèle s&apos;il n&apos;en a pas ; audité)
  retire  MODEL : le retirer, ou avec --restore le réactiver (audité)</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>Nom affiché.</translation>
    </message>
    <message>
        <source>Endpoint URL (http or https; GET {endpoint}/health).</source>
        <translation>URL du point de terminaison (http ou https ; GET {endpoint}/health).</translation>
    </message>
    <message>
        <source>Kafka topic.</source>
        <translation>Topic Kafka.</translation>
    </message>
    <message>
        <source>Task: classification, regression or auto.</source>
        <translation>Tâche : classification, regression ou auto.</translation>
    </message>
    <message>
        <source>Owner.</source>
        <translation>Responsable.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notes.</translation>
    </message>
    <message>
        <source>Bring a retired model back.</source>
        <translation>Réactiver un modèle retiré.</translation>
    </message>
    <message>
        <source>set needs at least one field to change</source>
        <translation>set nécessite au moins un champ à modifier</translation>
    </message>
    <message>
        <source>The drift reference profile of a model (reference:{id}).

  set  MODEL --file events.jsonl: build it from inference events (audited)</source>
        <translation>Le profil de référence de dérive d&apos;un modèle (reference:{id}).

  set  MODEL --file events.jsonl : le construire à partir d&apos;événements d&apos;inférence (audité)</translation>
    </message>
    <message>
        <source>Tolerance sets (docs/assurance.md &quot;Stored tolerance sets&quot;).

  get      MODEL: the set in force
  set      MODEL --file SET.json --reason TEXT [--expect-version N] (audited)
  history  MODEL: every saved version
  diff     MODEL V1 V2: what changed from V1 to V2</source>
        <translation>Jeux de tolérances (docs/assurance.md « Stored tolerance sets »).

  get      MODEL : le jeu en vigueur
  set      MODEL --file SET.json --reason TEXT [--expect-version N] (audité)
  history  MODEL : chaque version enregistrée
  diff     MODEL V1 V2 : ce qui a changé de V1 à V2</translation>
    </message>
    <message>
        <source>JSON Lines inference events.</source>
        <translation>Événements d&apos;inférence JSON Lines.</translation>
    </message>
    <message>
        <source>The set, in the stored format.</source>
        <translation>Le jeu, au format enregistré.</translation>
    </message>
    <message>
        <source>Refuse (exit 5) unless the stored version is N.</source>
        <translation>Refuser (code de sortie 5) sauf si la version enregistrée est N.</translation>
    </message>
    <message>
        <source>MODEL V1 V2 are required</source>
        <translation>MODEL V1 V2 sont obligatoires</translation>
    </message>
    <message>
        <source>V1 and V2 must be version numbers</source>
        <translation>V1 et V2 doivent être des numéros de version</translation>
    </message>
    <message>
        <source>--file FILE is required</source>
        <translation>--file FILE est obligatoire</translation>
    </message>
    <message>
        <source>--reason TEXT is required</source>
        <translation>--reason TEXT est obligatoire</translation>
    </message>
    <message>
        <source>--expect-version must be a version number</source>
        <translation>--expect-version doit être un numéro de version</translation>
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
        <translation>Licences hors ligne signées (docs/license.md).

  keygen      --out KEYFILE : une clé de signature fournisseur (côté fournisseur)
  issue       --key-file K --out F --licensee NAME --tier TIER --expires DATE
              [--features a,b --max-models N --seats N] (côté fournisseur)
  verify      F : code de sortie 0 uniquement si valide et signée par une clé fournisseur à laquelle ce build fait confiance
  activate    F : vérifier et activer pour cette installation (audité)
  deactivate  revenir à Community (audité)
  status      [--json] : état, licence et droits</translation>
    </message>
    <message>
        <source>The license file.</source>
        <translation>Le fichier de licence.</translation>
    </message>
    <message>
        <source>exactly one FILE is required</source>
        <translation>exactement un FILE est requis</translation>
    </message>
    <message>
        <source>--key-file, --out, --licensee, --tier and --expires are required</source>
        <translation>--key-file, --out, --licensee, --tier et --expires sont obligatoires</translation>
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
        <translation>Utilisation : assurancectl &lt;command&gt; [options]

Commandes :
  demo      exécuter la source Démo en temps simulé et produire un rapport
  models    lister les identifiants de modèles d&apos;un Redis (--redis URL)
  snapshot  afficher tel quel le dernier instantané enregistré d&apos;un modèle
  history   afficher les instantanés enregistrés d&apos;un modèle, du plus ancien au plus récent
  violations  lister les épisodes ; en acquitter, résoudre ou annoter un (audité)
  labels    l&apos;historique des labels d&apos;un modèle et l&apos;état de sa chaîne
  tolerances  lire, définir (audité), consulter l&apos;historique et comparer les jeux de tolérances d&apos;un modèle
  reference  définir le profil de référence de dérive d&apos;un modèle à partir d&apos;événements d&apos;inférence (audité)
  config    lire, définir ou retirer la configuration d&apos;un modèle (audité)
  produce   envoyer de la télémétrie JSON Lines vers Kafka, avec model_id comme clé
  audit     lister, vérifier, signer par points de contrôle et prouver le journal d&apos;audit de l&apos;installation
  evidence  générer une clé de signature (keygen), exporter et vérifier des paquets de preuves, en produire un rapport (report)
  license   générer une clé (keygen), émettre, vérifier, activer, désactiver et afficher la licence

Exécutez « assurancectl &lt;command&gt; --help » pour connaître les options d&apos;une commande.
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The saved connection to %1 needs a password, which is never stored.</source>
        <translation>La connexion enregistrée vers %1 nécessite un mot de passe, qui n&apos;est jamais enregistré.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Evidence report %1</source>
        <translation>Rapport de preuves %1</translation>
    </message>
    <message>
        <source>root digest %1</source>
        <translation>condensat racine %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
</context>
</TS>
