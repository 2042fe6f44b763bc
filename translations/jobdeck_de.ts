<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddApplicationCommand</name>
    <message>
        <source>Add application %1 — %2</source>
        <translation>Bewerbung %1 — %2 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AnalyticsService</name>
    <message>
        <source>Cannot read the event log</source>
        <translation>Das Ereignisprotokoll kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot compute the funnel</source>
        <translation>Der Trichter kann nicht berechnet werden</translation>
    </message>
    <message>
        <source>Cannot compute conversion by source</source>
        <translation>Die Konversion nach Quelle kann nicht berechnet werden</translation>
    </message>
    <message>
        <source>Cannot compute weekly submissions</source>
        <translation>Die Bewerbungen pro Woche können nicht berechnet werden</translation>
    </message>
    <message>
        <source>Cannot compute time in stage</source>
        <translation>Die Verweildauer in den Phasen kann nicht berechnet werden</translation>
    </message>
</context>
<context>
    <name>ApplicationCommand</name>
    <message>
        <source>%1 was changed elsewhere since; nothing undone.</source>
        <translation>„%1“ wurde inzwischen anderswo geändert; nichts rückgängig gemacht.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since; nothing redone.</source>
        <translation>„%1“ wurde inzwischen anderswo geändert; nichts wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Stellentitel:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Sa&amp;lary:</source>
        <translation>&amp;Gehalt:</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>Be&amp;worben am:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Job description:</source>
        <translation>Stellen&amp;beschreibung:</translation>
    </message>
</context>
<context>
    <name>ApplicationEdits</name>
    <message>
        <source>%1 was edited elsewhere since.</source>
        <translation>„%1“ wurde inzwischen anderswo bearbeitet.</translation>
    </message>
    <message>
        <source>%1 was archived elsewhere since.</source>
        <translation>„%1“ wurde inzwischen anderswo archiviert.</translation>
    </message>
    <message>
        <source>%1 was unarchived elsewhere since.</source>
        <translation>„%1“ wurde inzwischen anderswo aus dem Archiv geholt.</translation>
    </message>
</context>
<context>
    <name>ApplicationRepository</name>
    <message>
        <source>A company is required.</source>
        <translation>Eine Firma ist erforderlich.</translation>
    </message>
    <message>
        <source>A job title is required.</source>
        <translation>Ein Stellentitel ist erforderlich.</translation>
    </message>
    <message>
        <source>Cannot read application %1</source>
        <translation>Bewerbung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>Es gibt keine Bewerbung %1.</translation>
    </message>
    <message>
        <source>Cannot list applications</source>
        <translation>Die Bewerbungen können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot count applications</source>
        <translation>Die Bewerbungen können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot save application %1</source>
        <translation>Bewerbung %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot archive application %1</source>
        <translation>Bewerbung %1 kann nicht archiviert werden</translation>
    </message>
    <message>
        <source>Cannot store the match score of application %1</source>
        <translation>Die Passung von Bewerbung %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The job description is longer than %1 MB of text; Jobdeck stores job descriptions of up to %1 MB.</source>
        <translation>Die Stellenbeschreibung ist länger als %1 MB Text; Jobdeck speichert Stellenbeschreibungen bis %1 MB.</translation>
    </message>
    <message>
        <source>Cannot store the match scores</source>
        <translation>Die Passungswerte können nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ArchiveApplicationCommand</name>
    <message>
        <source>Archive %1</source>
        <translation>%1 archivieren</translation>
    </message>
    <message>
        <source>Unarchive %1</source>
        <translation>%1 aus dem Archiv holen</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Starting at login is not supported on this system yet.</source>
        <translation>Der Start beim Anmelden wird auf diesem System noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Job-search reminders in the tray</source>
        <translation>Erinnerungen zur Stellensuche im Infobereich</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>There is no file &apos;%1&apos;.</source>
        <translation>Die Datei „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Jobdeck database (it is not an SQLite file).</source>
        <translation>„%1“ ist keine Jobdeck-Datenbank (es ist keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: %2</source>
        <translation>„%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged (integrity check: %2).</source>
        <translation>„%1“ ist beschädigt (Integritätsprüfung: %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database, but not a Jobdeck one.</source>
        <translation>„%1“ ist eine SQLite-Datenbank, aber keine von Jobdeck.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of &apos;%1&apos;.</source>
        <translation>Die Schemaversion von „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has schema %2; this Jobdeck reads schemas 1 to %3.</source>
        <translation>„%1“ hat Schema %2; diese Jobdeck-Version liest die Schemas 1 bis %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose a new file name for the backup.</source>
        <translation>„%1“ existiert bereits; wählen Sie einen neuen Dateinamen für die Sicherung.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; is read-only; choose another place for the backup.</source>
        <translation>Der Ordner „%1“ ist schreibgeschützt; wählen Sie einen anderen Ort für die Sicherung.</translation>
    </message>
    <message>
        <source>Cannot write the backup &apos;%1&apos;: %2</source>
        <translation>Die Sicherung „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the database itself; choose a backup to restore from.</source>
        <translation>„%1“ ist die Datenbank selbst; wählen Sie eine Sicherung, aus der wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>Cannot make a working copy of &apos;%1&apos;.</source>
        <translation>Von „%1“ kann keine Arbeitskopie angelegt werden.</translation>
    </message>
    <message>
        <source>Nothing was restored, because the current data could not be backed up first: %1</source>
        <translation>Es wurde nichts wiederhergestellt, weil die aktuellen Daten vorher nicht gesichert werden konnten: %1</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot restore %1</source>
        <translation>%1 kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Es wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Cannot check &apos;%1&apos; (%2), so it was not used.</source>
        <translation>„%1“ kann nicht geprüft werden (%2) und wurde daher nicht verwendet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the open database &apos;%2&apos; (or one of its own files); writing there would overwrite your data. Choose another file name.</source>
        <translation>„%1“ ist die geöffnete Datenbank „%2“ (oder eine ihrer eigenen Dateien); dorthin zu schreiben würde Ihre Daten überschreiben. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a backup of the open database; writing there would overwrite it. Choose another file name.</source>
        <translation>„%1“ ist eine Sicherung der geöffneten Datenbank; dorthin zu schreiben würde sie überschreiben. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>it is not an SQLite file</source>
        <translation>es ist keine SQLite-Datei</translation>
    </message>
    <message>
        <source>Cannot restore &apos;%1&apos;: %2 Nothing was changed.</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot copy &apos;%1&apos; beside &apos;%2&apos;: %3 Nothing was changed.</source>
        <translation>„%1“ kann nicht neben „%2“ kopiert werden: %3 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the damaged database &apos;%1&apos; beside it; nothing was changed.</source>
        <translation>Neben der beschädigten Datenbank „%1“ kann keine Kopie von ihr abgelegt werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot move &apos;%1&apos; aside; nothing was changed.</source>
        <translation>„%1“ kann nicht beiseitegelegt werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot put the copy of &apos;%1&apos; in place (%2); the database was left as it was, with its journal files.</source>
        <translation>Die Kopie von „%1“ kann nicht an ihren Platz gestellt werden (%2); die Datenbank blieb unverändert, mit ihren Journaldateien.</translation>
    </message>
    <message>
        <source>Cannot count the applications in &apos;%1&apos;: %2</source>
        <translation>Die Bewerbungen in „%1“ lassen sich nicht zählen: %2</translation>
    </message>
</context>
<context>
    <name>BackupSet</name>
    <message>
        <source>Cannot create the backup folder &apos;%1&apos;.</source>
        <translation>Der Sicherungsordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Jobdeck keeps no backup folder for a server; take a copy with `backup DEST`.</source>
        <translation>Jobdeck führt für einen Server keinen Sicherungsordner; erstellen Sie eine Kopie mit `backup ZIEL`.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field opened on this line is never closed (a &quot; is missing), so the rest of the file cannot be read.</source>
        <translation>Ein in dieser Zeile begonnenes Feld in Anführungszeichen wird nie geschlossen (ein &quot; fehlt), daher kann der Rest der Datei nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a Jobdeck database.</source>
        <translation>„%1“ ist ein Ordner, keine Jobdeck-Datenbank.</translation>
    </message>
    <message>
        <source>Cannot write to &apos;%1&apos;: the file is read-only. Copy it somewhere writable or change its permissions.</source>
        <translation>In „%1“ kann nicht geschrieben werden: Die Datei ist schreibgeschützt. Kopieren Sie sie an einen beschreibbaren Ort oder ändern Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos; for the database.</source>
        <translation>Der Ordner „%1“ für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database, but not a Jobdeck one; it was left unchanged.</source>
        <translation>„%1“ ist eine SQLite-Datenbank, aber keine von Jobdeck; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer Jobdeck (schema %2; this version reads up to %3). Update Jobdeck to open it; the file was left unchanged.</source>
        <translation>„%1“ wurde von einer neueren Jobdeck-Version geschrieben (Schema %2; diese Version liest bis Schema %3). Aktualisieren Sie Jobdeck, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not migrated, because it could not be backed up first: %2</source>
        <translation>„%1“ wurde nicht migriert, weil vorher keine Sicherung angelegt werden konnte: %2</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; is not open.</source>
        <translation>Die Datenbank „%1“ ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot create the database &apos;%1&apos;: %2.</source>
        <translation>Die Datenbank „%1“ kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Jobdeck database (it is not an SQLite file, or it is damaged); it was left unchanged.</source>
        <translation>„%1“ ist keine Jobdeck-Datenbank (es ist keine SQLite-Datei, oder sie ist beschädigt); die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1: %2 (database &apos;%3&apos;).</source>
        <translation>%1: %2 (Datenbank „%3“).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not be checked for damage: %2; it was left unchanged.</source>
        <translation>„%1“ konnte nicht auf Schäden geprüft werden: %2; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged (SQLite&apos;s integrity check says: %2). It was left unchanged; restore it from a backup.</source>
        <translation>„%1“ ist beschädigt (die Integritätsprüfung von SQLite meldet: %2). Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>There is no file &apos;%1&apos;.</source>
        <translation>Die Datei „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file.</source>
        <translation>„%1“ ist keine normale Datei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no Jobdeck data.</source>
        <translation>„%1“ enthält keine Jobdeck-Daten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file (it is a pipe, a device or a socket), so it cannot be a Jobdeck database; it was left unchanged.</source>
        <translation>„%1“ ist keine normale Datei (sondern eine Pipe, ein Gerät oder ein Socket) und kann daher keine Jobdeck-Datenbank sein; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: permission denied.</source>
        <translation>„%1“ kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Cannot switch &apos;%1&apos; to WAL mode: %2.</source>
        <translation>„%1“ kann nicht in den WAL-Modus geschaltet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot switch &apos;%1&apos; to WAL mode (it stays in &quot;%2&quot; mode).</source>
        <translation>„%1“ kann nicht in den WAL-Modus geschaltet werden (die Datei bleibt im Modus „%2“).</translation>
    </message>
    <message>
        <source>Migration %1 of &apos;%2&apos; failed</source>
        <translation>Migration %1 von „%2“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot record the schema version of &apos;%1&apos;</source>
        <translation>Die Schemaversion von „%1“ kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; kept changing while Jobdeck opened it; try again.</source>
        <translation>„%1“ hat sich ständig geändert, während Jobdeck die Datei öffnete; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on &apos;%1&apos;: %2.</source>
        <translation>Auf „%1“ kann keine Transaktion gestartet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot save to &apos;%1&apos;: %2.</source>
        <translation>In „%1“ kann nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Cannot connect to &apos;%1&apos;: Qt&apos;s PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed.</source>
        <translation>Keine Verbindung zu „%1“: Qts PostgreSQL-Treiber (QPSQL, Debian-Paket libqt6sql6-psql) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot connect to the Jobdeck server &apos;%1&apos;: %2.</source>
        <translation>Keine Verbindung zum Jobdeck-Server „%1“: %2.</translation>
    </message>
    <message>
        <source>Cannot read the role of this connection</source>
        <translation>Die Rolle dieser Verbindung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the schema of &apos;%1&apos;</source>
        <translation>Das Schema von „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the schema version of &apos;%1&apos;</source>
        <translation>Die Schemaversion von „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The server &apos;%1&apos; holds no Jobdeck schema; run `%2` as the database owner.</source>
        <translation>Der Server „%1“ enthält kein Jobdeck-Schema; führen Sie `%2` als Eigentümer der Datenbank aus.</translation>
    </message>
    <message>
        <source>The role &apos;%1&apos; may not use Jobdeck on &apos;%2&apos;; the database owner can allow it with `jobdeck-cli --db URL server add-user %1`.</source>
        <translation>Die Rolle „%1“ darf Jobdeck auf „%2“ nicht nutzen; der Eigentümer der Datenbank kann es mit `jobdeck-cli --db URL server add-user %1` erlauben.</translation>
    </message>
    <message>
        <source>The server &apos;%1&apos; holds a newer Jobdeck schema (%2; this version reads up to %3). Update Jobdeck to use it; nothing was changed.</source>
        <translation>Der Server „%1“ enthält ein neueres Jobdeck-Schema (%2; diese Version liest bis %3). Aktualisieren Sie Jobdeck, um ihn zu nutzen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The Jobdeck schema on &apos;%1&apos; is version %2; this Jobdeck needs %3: run `%4` as the database owner.</source>
        <translation>Das Jobdeck-Schema auf „%1“ hat Version %2; dieses Jobdeck braucht %3: führen Sie `%4` als Eigentümer der Datenbank aus.</translation>
    </message>
    <message>
        <source>Cannot start setting up &apos;%1&apos;</source>
        <translation>Die Einrichtung von „%1“ kann nicht beginnen</translation>
    </message>
    <message>
        <source>Cannot lock &apos;%1&apos; for setting up</source>
        <translation>„%1“ kann für die Einrichtung nicht gesperrt werden</translation>
    </message>
    <message>
        <source>Cannot create Jobdeck&apos;s schema on &apos;%1&apos;</source>
        <translation>Das Jobdeck-Schema kann auf „%1“ nicht angelegt werden</translation>
    </message>
    <message>
        <source>The server &apos;%1&apos; holds a newer Jobdeck schema (%2; this version writes up to %3); nothing was changed.</source>
        <translation>Der Server „%1“ enthält ein neueres Jobdeck-Schema (%2; diese Version schreibt bis %3); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Created Jobdeck&apos;s schema (version %1).</source>
        <translation>Jobdeck-Schema angelegt (Version %1).</translation>
    </message>
    <message>
        <source>Migrated Jobdeck&apos;s schema from version %1 to %2.</source>
        <translation>Jobdeck-Schema von Version %1 auf %2 migriert.</translation>
    </message>
    <message>
        <source>Jobdeck&apos;s schema is up to date (version %1).</source>
        <translation>Das Jobdeck-Schema ist aktuell (Version %1).</translation>
    </message>
    <message>
        <source>Cannot read the roles of &apos;%1&apos;</source>
        <translation>Die Rollen von „%1“ können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot grant Jobdeck&apos;s rights on &apos;%1&apos;</source>
        <translation>Die Rechte für Jobdeck können auf „%1“ nicht vergeben werden</translation>
    </message>
    <message>
        <source>The group role jobdeck_users exists.</source>
        <translation>Die Gruppenrolle jobdeck_users existiert.</translation>
    </message>
    <message>
        <source>Created the group role jobdeck_users.</source>
        <translation>Gruppenrolle jobdeck_users angelegt.</translation>
    </message>
    <message>
        <source>Granted jobdeck_users what Jobdeck needs (its own rows only, an append-only event log).</source>
        <translation>jobdeck_users hat erhalten, was Jobdeck braucht (nur die eigenen Zeilen, ein nur erweiterbares Ereignisprotokoll).</translation>
    </message>
    <message>
        <source>Cannot save the set-up of &apos;%1&apos;</source>
        <translation>Die Einrichtung von „%1“ kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot update the planner statistics of &apos;%1&apos;</source>
        <translation>Die Planerstatistik von „%1“ kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>No role was given.</source>
        <translation>Es wurde keine Rolle angegeben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no Jobdeck group role yet; run `%2` first.</source>
        <translation>„%1“ hat noch keine Jobdeck-Gruppenrolle; führen Sie zuerst `%2` aus.</translation>
    </message>
    <message>
        <source>There is no role &apos;%1&apos; on &apos;%2&apos;; create it first (CREATE ROLE %1 LOGIN).</source>
        <translation>Auf „%2“ gibt es keine Rolle „%1“; legen Sie sie zuerst an (CREATE ROLE %1 LOGIN).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already uses Jobdeck on &apos;%2&apos;.</source>
        <translation>„%1“ nutzt Jobdeck auf „%2“ bereits.</translation>
    </message>
    <message>
        <source>Cannot add &apos;%1&apos; to Jobdeck&apos;s users</source>
        <translation>„%1“ kann nicht zu den Jobdeck-Benutzern hinzugefügt werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may now use Jobdeck on &apos;%2&apos;.</source>
        <translation>„%1“ darf Jobdeck auf „%2“ jetzt nutzen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may now use Jobdeck on &apos;%2&apos; (but cannot log in: it is NOLOGIN).</source>
        <translation>„%1“ darf Jobdeck auf „%2“ jetzt nutzen (kann sich aber nicht anmelden: die Rolle ist NOLOGIN).</translation>
    </message>
    <message>
        <source>Lost the connection to the Jobdeck server &apos;%1&apos; and cannot reconnect: %2.</source>
        <translation>Die Verbindung zum Jobdeck-Server „%1“ ist verloren und kann nicht wiederhergestellt werden: %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Cannot read the matching model of &apos;%1&apos;</source>
        <translation>Das Abgleichsmodell von „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot copy the matching model to &apos;%1&apos;</source>
        <translation>Das Abgleichsmodell kann nicht nach „%1“ kopiert werden</translation>
    </message>
    <message>
        <source>Cannot read the settings of &apos;%1&apos;</source>
        <translation>Die Einstellungen von „%1“ können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot copy the settings to &apos;%1&apos;</source>
        <translation>Die Einstellungen können nicht nach „%1“ kopiert werden</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;</source>
        <translation>„%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already holds applications or resumes; a copy goes into an empty database.</source>
        <translation>„%1“ enthält bereits Bewerbungen oder Lebensläufe; eine Kopie geht nur in eine leere Datenbank.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be copied as it is: %2</source>
        <translation>„%1“ kann so nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>The copy in &apos;%1&apos; does not match &apos;%2&apos;.</source>
        <translation>Die Kopie in „%1“ stimmt nicht mit „%2“ überein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose a new file name for the backup.</source>
        <translation>„%1“ existiert bereits; wählen Sie einen neuen Dateinamen für die Sicherung.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write the backup &apos;%1&apos;.</source>
        <translation>Die Sicherung „%1“ kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>EditApplicationCommand</name>
    <message>
        <source>Edit %1 — %2</source>
        <translation>%1 — %2 bearbeiten</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>&apos;%1&apos; must end in .csv or .json.</source>
        <translation>„%1“ muss auf .csv oder .json enden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a symbolic link; Jobdeck does not write through links, so the file it points to was left alone. Choose another file name.</source>
        <translation>„%1“ ist eine symbolische Verknüpfung; Jobdeck schreibt nicht durch Verknüpfungen hindurch, daher blieb die Datei, auf die sie zeigt, unangetastet. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the folder &apos;%2&apos; does not exist.</source>
        <translation>„%1“ kann nicht geschrieben werden: Der Ordner „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos; (%2); nothing was written.</source>
        <translation>„%1“ kann nicht geschrieben werden (%2); es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>Cannot write the calendar to &apos;%1&apos;: %2</source>
        <translation>Der Kalender kann nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Import %n application(s)</source>
        <translation>
            <numerusform>%n Bewerbung importieren</numerusform>
            <numerusform>%n Bewerbungen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported again: %1</source>
        <translation>Es wurde nichts erneut importiert: %1</translation>
    </message>
    <message>
        <source>Importing again...</source>
        <translation>Erneuter Import läuft...</translation>
    </message>
    <message>
        <source>Nothing was imported again: the backup before it failed: %1</source>
        <translation>Es wurde nichts erneut importiert: die Sicherung davor ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Undoing the import...</source>
        <translation>Import wird rückgängig gemacht...</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stellentitel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Beworben am</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>Minimum salary</source>
        <translation>Mindestgehalt</translation>
    </message>
    <message>
        <source>Maximum salary</source>
        <translation>Höchstgehalt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Stellenbeschreibung</translation>
    </message>
    <message>
        <source>Stage entered at</source>
        <translation>Phase erreicht am</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Kontakttelefon</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lebenslauf</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Jobdeck CSV</source>
        <translation>Jobdeck-CSV</translation>
    </message>
    <message>
        <source>Jobdeck JSON</source>
        <translation>Jobdeck-JSON</translation>
    </message>
    <message>
        <source>LinkedIn job applications</source>
        <translation>LinkedIn-Bewerbungen</translation>
    </message>
    <message>
        <source>Teal export</source>
        <translation>Teal-Export</translation>
    </message>
    <message>
        <source>Huntr export</source>
        <translation>Huntr-Export</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Tabelle</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Kontakttelefon</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lebenslauf</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>Die Datei ist leer: Es gibt keine Kopfzeile.</translation>
    </message>
    <message>
        <source>No column for the %1 was found. The headers are: %2. Rename the column (to &quot;company&quot; or &quot;title&quot;) or choose it in the import dialog.</source>
        <translation>Keine Spalte für %1 gefunden. Die Spaltenköpfe sind: %2. Benennen Sie die Spalte um (in „company“ oder „title“) oder wählen Sie sie im Importdialog aus.</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>den Stellentitel</translation>
    </message>
    <message>
        <source>company</source>
        <translation>die Firma</translation>
    </message>
    <message>
        <source>The dates in &quot;%1&quot; could be day-first or month-first (like 1/5/25) and no row settles it: they were read month-first (January 5).</source>
        <translation>Die Datumsangaben in „%1“ können mit dem Tag oder mit dem Monat beginnen (wie 1/5/25), und keine Zeile klärt das: Sie wurden mit dem Monat zuerst gelesen (5. Januar).</translation>
    </message>
    <message>
        <source>The dates in &quot;%1&quot; mix day-first and month-first rows: they were read %2, as most rows are.</source>
        <translation>Die Datumsangaben in „%1“ mischen Zeilen mit dem Tag zuerst und mit dem Monat zuerst: Sie wurden wie die meisten Zeilen %2 gelesen.</translation>
    </message>
    <message>
        <source>day-first</source>
        <translation>mit dem Tag zuerst</translation>
    </message>
    <message>
        <source>month-first</source>
        <translation>mit dem Monat zuerst</translation>
    </message>
    <message>
        <source>blank row</source>
        <translation>leere Zeile</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 (a comma outside quotes?)</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2 (ein Komma außerhalb der Anführungszeichen?)</translation>
    </message>
    <message>
        <source>the company (&quot;%1&quot;) is empty</source>
        <translation>die Firma („%1“) ist leer</translation>
    </message>
    <message>
        <source>the job title (&quot;%1&quot;) is empty</source>
        <translation>der Stellentitel („%1“) ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not a date</source>
        <translation>„%1“ in „%2“ ist kein Datum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage (stages are %2)</source>
        <translation>„%1“ ist keine Phase (die Phasen sind %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in stage_entered_at is not an ISO-8601 time</source>
        <translation>„%1“ in stage_entered_at ist keine ISO-8601-Zeitangabe</translation>
    </message>
    <message>
        <source>Status in the imported file: %1</source>
        <translation>Status in der importierten Datei: %1</translation>
    </message>
    <message>
        <source>duplicate: already in Jobdeck</source>
        <translation>Duplikat: bereits in Jobdeck</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>Duplikat von Zeile %1</translation>
    </message>
    <message>
        <source>Status &quot;%1&quot; (%2 row(s), first on line %3) is not a Jobdeck stage: imported as %4, with the original kept in the notes.</source>
        <translation>Der Status „%1“ (%2 Zeile(n), zuerst in Zeile %3) ist keine Jobdeck-Phase: als %4 importiert, das Original steht in den Notizen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have no applied date: they are dated on the day of the import.</source>
        <translation>
            <numerusform>%n Zeile hat kein Bewerbungsdatum: Sie erhält das Datum des Imports.</numerusform>
            <numerusform>%n Zeilen haben kein Bewerbungsdatum: Sie erhalten das Datum des Imports.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the imported file: %2</source>
        <translation>%1 in der importierten Datei: %2</translation>
    </message>
    <message>
        <source>line %1: %2: imported without it, the text is kept in the notes.</source>
        <translation>Zeile %1: %2: ohne diesen Wert importiert, der Text bleibt in den Notizen erhalten.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %n Zeile enthält Fehler.</numerusform>
            <numerusform>Es wurde nichts importiert: %n Zeilen enthalten Fehler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n application(s) would be imported; nothing was written.</source>
        <translation>
            <numerusform>Probelauf: %n Bewerbung würde importiert; es wurde nichts geschrieben.</numerusform>
            <numerusform>Probelauf: %n Bewerbungen würden importiert; es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n application(s).</source>
        <translation>
            <numerusform>%n Bewerbung importiert.</numerusform>
            <numerusform>%n Bewerbungen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3 data rows, %4 ready, %5 skipped (%6 duplicates).</source>
        <translation>%1 (%2): %3 Datenzeilen, %4 bereit, %5 übersprungen (%6 Duplikate).</translation>
    </message>
    <message>
        <source>error: line %1: %2</source>
        <translation>Fehler: Zeile %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>&apos;%1&apos; is a folder, not a file to import.</source>
        <translation>„%1“ ist ein Ordner, keine Datei zum Importieren.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read the applications already stored</source>
        <translation>Die bereits gespeicherten Bewerbungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Cannot read back what the import wrote.</source>
        <translation>Was der Import geschrieben hat, lässt sich nicht zurücklesen.</translation>
    </message>
    <message>
        <source>Cannot read the imported applications</source>
        <translation>Die importierten Bewerbungen lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>Cannot read the imported applications&apos; history</source>
        <translation>Der Verlauf der importierten Bewerbungen lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>Cannot read the imported applications&apos; tasks</source>
        <translation>Die Aufgaben der importierten Bewerbungen lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>Cannot read the imported resumes</source>
        <translation>Die importierten Lebensläufe lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>one was removed</source>
        <translation>eine wurde gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%n of the imported applications changed since the import (%1); nothing was undone.</source>
        <translation>
            <numerusform>%n der importierten Bewerbungen wurde seit dem Import geändert (%1); es wurde nichts rückgängig gemacht.</numerusform>
            <numerusform>%n der importierten Bewerbungen wurden seit dem Import geändert (%1); es wurde nichts rückgängig gemacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The imported resume &quot;%1&quot; changed since the import; nothing was undone.</source>
        <translation>Der importierte Lebenslauf „%1“ wurde seit dem Import geändert; es wurde nichts rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Cannot remove the imported applications</source>
        <translation>Die importierten Bewerbungen lassen sich nicht entfernen</translation>
    </message>
    <message>
        <source>Cannot remove the imported resumes</source>
        <translation>Die importierten Lebensläufe lassen sich nicht entfernen</translation>
    </message>
    <message>
        <source>The import changed since; nothing was undone.</source>
        <translation>Der Import wurde seitdem geändert; es wurde nichts rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>Cannot prepare the import</source>
        <translation>Der Import kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Line %1: cannot add the application</source>
        <translation>Zeile %1: Die Bewerbung kann nicht hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>Prozess %1 auf %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already open in another Jobdeck (%2). Both can work on it safely, but changes made in one appear in the other only after a refresh.</source>
        <translation>„%1“ ist bereits in einem anderen Jobdeck geöffnet (%2). Beide können gefahrlos damit arbeiten, aber Änderungen im einen erscheinen im anderen erst nach einer Aktualisierung.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already open in another Jobdeck (%2). Close it there first: this window keeps its current database.</source>
        <translation>„%1“ ist bereits in einem anderen Jobdeck geöffnet (%2). Schließen Sie die Datei zuerst dort: Dieses Fenster behält seine aktuelle Datenbank.</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>application %1 (id %2, %3)</source>
        <translation>Bewerbung %1 (ID %2, %3)</translation>
    </message>
    <message>
        <source>This is not a Jobdeck JSON export: %1 at byte %2.</source>
        <translation>Dies ist kein Jobdeck-JSON-Export: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>This JSON file is not a Jobdeck export (its &quot;format&quot; is not &quot;jobdeck&quot;).</source>
        <translation>Diese JSON-Datei ist kein Jobdeck-Export (ihr „format“ ist nicht „jobdeck“).</translation>
    </message>
    <message>
        <source>This export has format version %1; this Jobdeck reads up to %2. Update Jobdeck to import it.</source>
        <translation>Dieser Export hat die Formatversion %1; diese Jobdeck-Version liest bis Version %2. Aktualisieren Sie Jobdeck, um ihn zu importieren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>„%1“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>Die Datenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Stage event %1 belongs to application %2, which is not in the file.</source>
        <translation>Phasenwechsel %1 gehört zu Bewerbung %2, die nicht in der Datei enthalten ist.</translation>
    </message>
    <message>
        <source>%1 has no id, company or title.</source>
        <translation>Bei %1 fehlt die ID, die Firma oder der Titel.</translation>
    </message>
    <message>
        <source>%1 has no stage history.</source>
        <translation>%1 hat keinen Phasenverlauf.</translation>
    </message>
    <message>
        <source>%1 is in stage &quot;%2&quot; but its last event is &quot;%3&quot;.</source>
        <translation>%1 steht in der Phase „%2“, aber ihr letzter Eintrag ist „%3“.</translation>
    </message>
    <message>
        <source>duplicate: already in Jobdeck</source>
        <translation>Duplikat: bereits in Jobdeck</translation>
    </message>
    <message>
        <source>duplicate of an earlier application</source>
        <translation>Duplikat einer früheren Bewerbung</translation>
    </message>
    <message>
        <source>The database already holds data, so the imported rows were given new ids.</source>
        <translation>Die Datenbank enthält bereits Daten, daher haben die importierten Zeilen neue IDs erhalten.</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>%1 kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Cannot import a row of %1 (id %2)</source>
        <translation>Eine Zeile von %1 (ID %2) kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Cannot read the resumes</source>
        <translation>Die Lebensläufe können nicht gelesen werden</translation>
    </message>
    <message>
        <source>has an unknown stage &quot;%1&quot;</source>
        <translation>hat eine unbekannte Phase „%1“</translation>
    </message>
    <message>
        <source>leaves an unknown stage &quot;%1&quot;</source>
        <translation>verlässt eine unbekannte Phase „%1“</translation>
    </message>
    <message>
        <source>gives rank %1 to stage &quot;%2&quot;, whose rank is %3</source>
        <translation>gibt der Phase „%2“ den Rang %1, ihr Rang ist aber %3</translation>
    </message>
    <message>
        <source>has no valid time</source>
        <translation>hat keine gültige Zeit</translation>
    </message>
    <message>
        <source>has an impossible stay of %1 seconds</source>
        <translation>hat eine unmögliche Verweildauer von %1 Sekunden</translation>
    </message>
    <message>
        <source>has an invalid applied date &quot;%1&quot;</source>
        <translation>hat ein ungültiges Bewerbungsdatum „%1“</translation>
    </message>
    <message>
        <source>has an impossible furthest rank %1</source>
        <translation>hat einen unmöglichen höchsten Rang %1</translation>
    </message>
    <message>
        <source>has an invalid time in &quot;%1&quot;</source>
        <translation>hat eine ungültige Zeit in „%1“</translation>
    </message>
    <message>
        <source>Stage event %1 (of application %2) %3.</source>
        <translation>Phasenwechsel %1 (von Bewerbung %2) %3.</translation>
    </message>
    <message>
        <source>Stage event %1 (of application %2) leaves &quot;%3&quot;, but the application was in &quot;%4&quot; then.</source>
        <translation>Phasenwechsel %1 (von Bewerbung %2) verlässt „%3“, aber die Bewerbung war damals in „%4“.</translation>
    </message>
    <message>
        <source>no stage</source>
        <translation>keiner Phase</translation>
    </message>
    <message>
        <source>Stage event %1 (of application %2) is dated before the event it follows.</source>
        <translation>Phasenwechsel %1 (von Bewerbung %2) ist früher datiert als das Ereignis, auf das er folgt.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
</context>
<context>
    <name>MoveApplicationCommand</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach „%2“ verschieben</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>The folder &apos;%1&apos; does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create a file in &apos;%1&apos;: %2.</source>
        <translation>In „%1“ kann keine Datei angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot create a file in &apos;%1&apos;.</source>
        <translation>In „%1“ kann keine Datei angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos; to disk: %2.</source>
        <translation>„%1“ kann nicht auf den Datenträger geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>ReminderRules</name>
    <message>
        <source>Prepare for the %1 round at %2</source>
        <translation>Auf „%1“ bei %2 vorbereiten</translation>
    </message>
    <message>
        <source>Send a thank-you note to %1</source>
        <translation>Dankschreiben an %1 senden</translation>
    </message>
    <message>
        <source>Follow up on the application at %1</source>
        <translation>Bei %1 wegen der Bewerbung nachfassen</translation>
    </message>
</context>
<context>
    <name>ResumeRepository</name>
    <message>
        <source>Cannot list resumes</source>
        <translation>Die Lebensläufe können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot read resume %1</source>
        <translation>Lebenslauf %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no resume %1.</source>
        <translation>Es gibt keinen Lebenslauf %1.</translation>
    </message>
    <message>
        <source>A resume needs a name.</source>
        <translation>Ein Lebenslauf braucht einen Namen.</translation>
    </message>
    <message>
        <source>The resume &apos;%1&apos; has no text.</source>
        <translation>Der Lebenslauf „%1“ enthält keinen Text.</translation>
    </message>
    <message>
        <source>Cannot read the resumes</source>
        <translation>Die Lebensläufe können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot store the resume</source>
        <translation>Der Lebenslauf kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot mark resume %1 as the default</source>
        <translation>Lebenslauf %1 kann nicht als Standard festgelegt werden</translation>
    </message>
    <message>
        <source>Cannot remove resume %1</source>
        <translation>Lebenslauf %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot choose a new default resume</source>
        <translation>Es kann kein neuer Standard-Lebenslauf gewählt werden</translation>
    </message>
    <message>
        <source>The resume &apos;%1&apos; is longer than %2 MB of text; Jobdeck stores resumes of up to %2 MB.</source>
        <translation>Der Lebenslauf „%1“ ist länger als %2 MB Text; Jobdeck speichert Lebensläufe bis %2 MB.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Cannot build Jobdeck&apos;s schema in memory: %1</source>
        <translation>Jobdecks Schema kann nicht im Speicher aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>Migration %1 does not run: %2</source>
        <translation>Migration %1 lässt sich nicht ausführen: %2</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 fehlt in dieser Version.</translation>
    </message>
    <message>
        <source>Cannot read the schema of &apos;%1&apos;: %2</source>
        <translation>Das Schema von „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it was not opened and was left unchanged.</source>
        <translation>die Datei wurde nicht geöffnet und nicht verändert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a %2 named &quot;%3&quot; that Jobdeck does not create; %4</source>
        <translation>„%1“ enthält ein Objekt „%3“ (%2), das Jobdeck nicht anlegt; %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a %2 named &quot;%3&quot; where Jobdeck has a %4; %5</source>
        <translation>„%1“ enthält das Objekt „%3“ als %2, Jobdeck legt es als %4 an; %5</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: its %2 &quot;%3&quot; is not the one Jobdeck creates; %4</source>
        <translation>„%1“: das Objekt „%3“ (%2) ist nicht das, das Jobdeck anlegt; %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lacks the %2 &quot;%3&quot; of Jobdeck&apos;s schema %4; %5</source>
        <translation>In „%1“ fehlt das Objekt „%3“ (%2) aus Jobdecks Schema %4; %5</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL address (postgresql://USER@HOST:PORT/DBNAME).</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse (postgresql://BENUTZER@HOST:PORT/DATENBANK).</translation>
    </message>
    <message>
        <source>The server option &apos;%1&apos; has a value Jobdeck cannot pass on.</source>
        <translation>Die Serveroption „%1“ hat einen Wert, den Jobdeck nicht weitergeben kann.</translation>
    </message>
</context>
<context>
    <name>SqliteErrors</name>
    <message>
        <source>The SQLite driver gave no connection handle.</source>
        <translation>Der SQLite-Treiber hat kein Verbindungshandle geliefert.</translation>
    </message>
    <message>
        <source>This SQLite library cannot run in defensive mode.</source>
        <translation>Diese SQLite-Bibliothek kann nicht im defensiven Modus laufen.</translation>
    </message>
    <message>
        <source>another program kept the database busy for too long; try again</source>
        <translation>ein anderes Programm hat die Datenbank zu lange belegt; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only</source>
        <translation>die Datenbankdatei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation>der Datenträger konnte nicht gelesen oder beschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>die Datenbankdatei ist beschädigt</translation>
    </message>
    <message>
        <source>it is not an SQLite file, or it is damaged</source>
        <translation>es ist keine SQLite-Datei, oder sie ist beschädigt</translation>
    </message>
    <message>
        <source>the file cannot be opened (check that it and its folder exist and are yours)</source>
        <translation>die Datei kann nicht geöffnet werden (prüfen Sie, ob sie und ihr Ordner existieren und Ihnen gehören)</translation>
    </message>
    <message>
        <source>access to the database was denied</source>
        <translation>der Zugriff auf die Datenbank wurde verweigert</translation>
    </message>
    <message>
        <source>the database gave no reason (error code %1)</source>
        <translation>die Datenbank hat keinen Grund genannt (Fehlercode %1)</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Saved</source>
        <translation>Gemerkt</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Vorgespräch</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Fachgespräch</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Vor-Ort-Gespräch</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endrunde</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Ghosted</source>
        <translation>Keine Antwort</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Prep</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Dankschreiben</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>Cannot read tasks</source>
        <translation>Die Aufgaben können nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>Es gibt keine Aufgabe %1.</translation>
    </message>
    <message>
        <source>Task %1 is already %2.</source>
        <translation>Aufgabe %1 ist bereits „%2“.</translation>
    </message>
    <message>
        <source>Cannot close task %1</source>
        <translation>Aufgabe %1 kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Cannot snooze task %1</source>
        <translation>Aufgabe %1 kann nicht zurückgestellt werden</translation>
    </message>
    <message>
        <source>Cannot mark task %1 as notified</source>
        <translation>Aufgabe %1 kann nicht als benachrichtigt markiert werden</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Eine Aufgabe braucht einen Titel.</translation>
    </message>
    <message>
        <source>Cannot add the task</source>
        <translation>Die Aufgabe kann nicht hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>The file says it is UTF-8 but holds bytes that are not UTF-8; save it again as &quot;CSV UTF-8&quot; and retry.</source>
        <translation>Die Datei gibt UTF-8 an, enthält aber Bytes, die kein UTF-8 sind; speichern Sie sie erneut als „CSV UTF-8“ und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 but ends in the middle of a character.</source>
        <translation>Die Datei gibt UTF-16 an, endet aber mitten in einem Zeichen.</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 but holds invalid characters.</source>
        <translation>Die Datei gibt UTF-16 an, enthält aber ungültige Zeichen.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds NUL bytes): Jobdeck imports CSV and Jobdeck JSON.</source>
        <translation>Dies ist keine Textdatei (sie enthält NUL-Bytes): Jobdeck importiert CSV und Jobdeck-JSON.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252. Check accented letters, or save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Die Datei ist nicht in UTF-8; sie wurde als Windows-1252 gelesen. Prüfen Sie Umlaute und Akzente, oder speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>TransitionWriter</name>
    <message>
        <source>Cannot record the stage event</source>
        <translation>Der Phasenwechsel kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot create the follow-up tasks</source>
        <translation>Die Folgeaufgaben können nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot cancel the pending tasks</source>
        <translation>Die offenen Aufgaben können nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>Cannot cancel the undone move&apos;s tasks</source>
        <translation>Die Aufgaben des rückgängig gemachten Schritts können nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>Cannot restore the tasks the undone move cancelled</source>
        <translation>Die vom rückgängig gemachten Schritt abgebrochenen Aufgaben können nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>jobdeck</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>jobdeck::AnalyticsPage</name>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Conversion by source</source>
        <translation>Konversion nach Quelle</translation>
    </message>
    <message>
        <source>Weekly submissions</source>
        <translation>Bewerbungen pro Woche</translation>
    </message>
    <message>
        <source>Days in stage (median, mean)</source>
        <translation>Tage in der Phase (Median, Mittelwert)</translation>
    </message>
    <message>
        <source>Export PNG...</source>
        <translation>Als PNG exportieren...</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Cannot write the chart to &apos;%1&apos;.</source>
        <translation>Das Diagramm kann nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>Wird berechnet...</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Conversion %</source>
        <translation>Konversion in %</translation>
    </message>
    <message>
        <source>%1: %2 of %3 reached a screen (%4%)</source>
        <translation>%1: %2 von %3 erreichten ein Vorgespräch (%4&#xa0;%)</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgeschickt</translation>
    </message>
    <message>
        <source>%1: %2 submitted</source>
        <translation>%1: %2 abgeschickt</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>%1, %2: %3 days</source>
        <translation>%1, %2: %3 Tage</translation>
    </message>
    <message>
        <source>%1/%2 (%3%)</source>
        <translation>%1/%2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Days in stage (median / mean)</source>
        <translation>Tage in der Phase (Median / Mittelwert)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Every figure counts the applications applied to from this date on. Applications still saved, never applied to, have no date and are left out.</source>
        <translation>Jede Zahl zählt die Bewerbungen, die ab diesem Datum abgeschickt wurden. Nur gemerkte, nie abgeschickte Bewerbungen haben kein Datum und fehlen.</translation>
    </message>
    <message>
        <source>Every figure counts the applications applied to up to this day, as the pipeline stood at the end of it.</source>
        <translation>Jede Zahl zählt die bis zu diesem Tag abgeschickten Bewerbungen, mit ihrem Stand am Ende dieses Tages.</translation>
    </message>
    <message>
        <source>Saved applications have no application date, so no period holds them: the funnel starts at Applied.</source>
        <translation>Gemerkte Bewerbungen haben kein Bewerbungsdatum und fallen daher in keinen Zeitraum: Der Trichter beginnt bei „Beworben“.</translation>
    </message>
    <message>
        <source>Not yet applied (saved, outside any period): %1</source>
        <translation>Noch nicht beworben (gemerkt, außerhalb jedes Zeitraums): %1</translation>
    </message>
    <message>
        <source>No applications applied to in this period yet</source>
        <translation>In diesem Zeitraum noch keine abgeschickten Bewerbungen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>No applications submitted in this period yet</source>
        <translation>In diesem Zeitraum noch keine Bewerbungen abgeschickt</translation>
    </message>
    <message>
        <source>No stage changes in this period yet: a stage&apos;s time counts once an application leaves it</source>
        <translation>In diesem Zeitraum noch keine Phasenwechsel: Die Zeit in einer Phase zählt, sobald eine Bewerbung sie verlässt</translation>
    </message>
    <message>
        <source>Not yet applied (saved)</source>
        <translation>Noch nicht beworben (gemerkt)</translation>
    </message>
</context>
<context>
    <name>jobdeck::AppController</name>
    <message>
        <source>%1 — Jobdeck</source>
        <translation>%1 — Jobdeck</translation>
    </message>
    <message>
        <source>New Jobdeck database</source>
        <translation>Neue Jobdeck-Datenbank</translation>
    </message>
    <message>
        <source>Jobdeck databases (*.sqlite)</source>
        <translation>Jobdeck-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Sample Data (not yours) — Jobdeck</source>
        <translation>Beispieldaten (nicht Ihre) — Jobdeck</translation>
    </message>
    <message>
        <source>This is the sample database. File &gt; Open Recent brings back your own.</source>
        <translation>Dies ist die Beispieldatenbank. Datei &gt; Zuletzt geöffnet bringt Ihre eigene zurück.</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Use the local database</source>
        <translation>Lokale Datenbank verwenden</translation>
    </message>
    <message>
        <source>Reconnecting to server…</source>
        <translation>Verbindung zum Server wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Live refresh is back</source>
        <translation>Die Live-Aktualisierung läuft wieder</translation>
    </message>
</context>
<context>
    <name>jobdeck::ApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation>Neue Bewerbung</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Bewerbung bearbeiten</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Company site</source>
        <translation>Firmenwebsite</translation>
    </message>
    <message>
        <source>Indeed</source>
        <translation>Indeed</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Personalvermittlung</translation>
    </message>
    <message>
        <source>Leave unchecked for a job you have saved but not applied to yet.</source>
        <translation>Nicht ankreuzen bei einer gemerkten Stelle, auf die Sie sich noch nicht beworben haben.</translation>
    </message>
    <message>
        <source>The link must be a web address starting with http:// or https://.</source>
        <translation>Der Link muss eine Webadresse sein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>Save (Enter; Ctrl+Enter in the notes or the job description)</source>
        <translation>Speichern (Eingabe; Strg+Eingabe in den Notizen oder der Stellenbeschreibung)</translation>
    </message>
</context>
<context>
    <name>jobdeck::ApplicationListPage</name>
    <message>
        <source>Filter by company, title, notes or location</source>
        <translation>Nach Firma, Titel, Notizen oder Ort filtern</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>Archivierung a&amp;ufheben</translation>
    </message>
    <message>
        <source>Open applications</source>
        <translation>Offene Bewerbungen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Bring the selected application back to the board</source>
        <translation>Die ausgewählte Bewerbung zurück auf das Board holen</translation>
    </message>
</context>
<context>
    <name>jobdeck::ApplicationTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, fällig am %2</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Next task</source>
        <translation>Nächste Aufgabe</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
</context>
<context>
    <name>jobdeck::BackupActions</name>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>Import applications from a CSV file (LinkedIn, Teal, Huntr, a spreadsheet) or a Jobdeck JSON export</source>
        <translation>Bewerbungen aus einer CSV-Datei (LinkedIn, Teal, Huntr, eine Tabelle) oder einem Jobdeck-JSON-Export importieren</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>Export applications as CSV, or everything as JSON</source>
        <translation>Bewerbungen als CSV oder alles als JSON exportieren</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Copy the database into its backup folder</source>
        <translation>Die Datenbank in ihren Sicherungsordner kopieren</translation>
    </message>
    <message>
        <source>Back Up &amp;To...</source>
        <translation>Sichern &amp;unter...</translation>
    </message>
    <message>
        <source>Copy the database to a file of your choice</source>
        <translation>Die Datenbank in eine Datei Ihrer Wahl kopieren</translation>
    </message>
    <message>
        <source>Replace the data with a backup (the current data is backed up first)</source>
        <translation>Die Daten durch eine Sicherung ersetzen (die aktuellen Daten werden vorher gesichert)</translation>
    </message>
    <message>
        <source>Jobdeck</source>
        <translation>Jobdeck</translation>
    </message>
    <message>
        <source>%1

The newest backup, &apos;%2&apos;, is sound. Restore it? The damaged file is kept beside it.</source>
        <translation>%1

Die neueste Sicherung „%2“ ist intakt. Soll sie wiederhergestellt werden? Die beschädigte Datei bleibt daneben erhalten.</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Bewerbungen importieren</translation>
    </message>
    <message>
        <source>CSV or Jobdeck JSON (*.csv *.json *.txt);;All files (*)</source>
        <translation>CSV oder Jobdeck-JSON (*.csv *.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Spreadsheet, applications only (*.csv);;Everything, for a Jobdeck import (*.json)</source>
        <translation>Tabelle, nur Bewerbungen (*.csv);;Alles, für einen Jobdeck-Import (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Nach %1 gesichert</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sichern unter</translation>
    </message>
    <message>
        <source>Jobdeck databases (*.sqlite)</source>
        <translation>Jobdeck-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot replace &apos;%1&apos;.</source>
        <translation>„%1“ kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Jobdeck databases (*.sqlite);;All files (*)</source>
        <translation>Jobdeck-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restored from %1; the previous data is saved as %2</source>
        <translation>Aus %1 wiederhergestellt; die vorherigen Daten sind als %2 gesichert</translation>
    </message>
    <message>
        <source>Another Jobdeck (%1) has &apos;%2&apos; open. Close it there first, then start Jobdeck again to restore the backup.</source>
        <translation>Ein anderes Jobdeck (%1) hat „%2“ geöffnet. Schließen Sie es dort zuerst und starten Sie Jobdeck dann erneut, um die Sicherung wiederherzustellen.</translation>
    </message>
    <message numerus="yes">
        <source>Replace all the data in this database with the contents of &apos;%1&apos; (saved %2, %n application(s))?

The current data is backed up first, so this can be undone by restoring that backup.</source>
        <translation>
            <numerusform>Alle Daten dieser Datenbank durch den Inhalt von „%1“ ersetzen (gesichert %2, %n Bewerbung)?

Die aktuellen Daten werden vorher gesichert; durch Wiederherstellen dieser Sicherung lässt sich der Schritt rückgängig machen.</numerusform>
            <numerusform>Alle Daten dieser Datenbank durch den Inhalt von „%1“ ersetzen (gesichert %2, %n Bewerbungen)?

Die aktuellen Daten werden vorher gesichert; durch Wiederherstellen dieser Sicherung lässt sich der Schritt rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n application(s) — Ctrl+Z to undo</source>
        <translation>
            <numerusform>%n Bewerbung importiert — Strg+Z macht es rückgängig</numerusform>
            <numerusform>%n Bewerbungen importiert — Strg+Z macht es rückgängig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n application(s)</source>
        <translation>
            <numerusform>%n Bewerbung importiert</numerusform>
            <numerusform>%n Bewerbungen importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Sicherung läuft...</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Export läuft...</translation>
    </message>
    <message>
        <source>Restoring...</source>
        <translation>Wiederherstellung läuft...</translation>
    </message>
    <message>
        <source>Checking the backup...</source>
        <translation>Sicherung wird geprüft...</translation>
    </message>
    <message>
        <source>Restore &amp;From Backup...</source>
        <translation>Aus Sicherung wiede&amp;rherstellen...</translation>
    </message>
</context>
<context>
    <name>jobdeck::BoardColumn</name>
    <message>
        <source>Click to collapse or expand this column</source>
        <translation>Klicken, um diese Spalte ein- oder auszuklappen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>jobdeck::BoardPage</name>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>jobdeck::CardDelegate</name>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>jobdeck::ChangeFeed</name>
    <message>
        <source>Live refresh is off: the database connection is not open.</source>
        <translation>Die Live-Aktualisierung ist aus: die Datenbankverbindung ist nicht offen.</translation>
    </message>
    <message>
        <source>Live refresh is off: %1</source>
        <translation>Die Live-Aktualisierung ist aus: %1</translation>
    </message>
    <message>
        <source>Live refresh is off: cannot listen for changes on %1 (%2).</source>
        <translation>Die Live-Aktualisierung ist aus: auf %1 kann nicht auf Änderungen gewartet werden (%2).</translation>
    </message>
</context>
<context>
    <name>jobdeck::ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im &amp;Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Servers you connected to before. Passwords are never kept here, only in the system keychain when you ask for it.</source>
        <translation>Server, mit denen Sie schon verbunden waren. Passwörter werden hier nie gespeichert, nur im Schlüsselbund des Systems, wenn Sie es wünschen.</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s host name or address.</source>
        <translation>Hostname oder Adresse des PostgreSQL-Servers.</translation>
    </message>
    <message>
        <source>The server&apos;s port (PostgreSQL&apos;s default is 5432).</source>
        <translation>Der Port des Servers (Standard bei PostgreSQL: 5432).</translation>
    </message>
    <message>
        <source>The database the server&apos;s owner set up for Jobdeck (jobdeck-cli server init).</source>
        <translation>Die Datenbank, die der Eigentümer des Servers für Jobdeck eingerichtet hat (jobdeck-cli server init).</translation>
    </message>
    <message>
        <source>Your login role on the server; you see only your own applications.</source>
        <translation>Ihre Anmelderolle auf dem Server; Sie sehen nur Ihre eigenen Bewerbungen.</translation>
    </message>
    <message>
        <source>Leave empty to use PGPASSWORD, ~/.pgpass or a service file, as libpq does.</source>
        <translation>Leer lassen, um wie libpq PGPASSWORD, ~/.pgpass oder eine Dienstdatei zu verwenden.</translation>
    </message>
    <message>
        <source>Keeps the password in the system keychain under &quot;Jobdeck&quot; (never in Jobdeck&apos;s settings). Unticked, a password remembered before is forgotten.</source>
        <translation>Bewahrt das Passwort im Schlüsselbund des Systems unter „Jobdeck“ auf (nie in Jobdecks Einstellungen). Ohne Haken wird ein zuvor gemerktes Passwort vergessen.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Tries the login without switching databases.</source>
        <translation>Probiert die Anmeldung, ohne die Datenbank zu wechseln.</translation>
    </message>
    <message>
        <source>Use the &amp;Local Database</source>
        <translation>&amp;Lokale Datenbank verwenden</translation>
    </message>
    <message>
        <source>Work on the database file on this computer instead.</source>
        <translation>Stattdessen mit der Datenbankdatei auf diesem Computer arbeiten.</translation>
    </message>
    <message>
        <source>R&amp;ecent servers:</source>
        <translation>Zul&amp;etzt verwendete Server:</translation>
    </message>
    <message>
        <source>%1 Type the password, or leave it empty to use ~/.pgpass.</source>
        <translation>%1 Geben Sie das Passwort ein, oder lassen Sie es leer, um ~/.pgpass zu verwenden.</translation>
    </message>
    <message>
        <source>Reading the password from the system keychain…</source>
        <translation>Passwort wird aus dem Schlüsselbund des Systems gelesen…</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user.</source>
        <translation>Geben Sie Host, Datenbank und Benutzer an.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <source>The login on %1 works.</source>
        <translation>Die Anmeldung bei %1 funktioniert.</translation>
    </message>
    <message>
        <source>Connected. Updating the system keychain…</source>
        <translation>Verbunden. Der Schlüsselbund des Systems wird aktualisiert…</translation>
    </message>
    <message>
        <source>Stop waiting for the server; everything typed stays.</source>
        <translation>Nicht mehr auf den Server warten; alles Eingegebene bleibt erhalten.</translation>
    </message>
    <message>
        <source>Stopped waiting for the system keychain.</source>
        <translation>Das Warten auf den Schlüsselbund des Systems wurde beendet.</translation>
    </message>
    <message>
        <source>Stopped waiting for %1.</source>
        <translation>Das Warten auf %1 wurde beendet.</translation>
    </message>
</context>
<context>
    <name>jobdeck::DetailsPanel</name>
    <message>
        <source>&amp;Edit...</source>
        <translation>Bearbei&amp;ten...</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>&amp;Später erinnern</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an application to see its details.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Bewerbung aus, um ihre Details zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>%1, for %2 days</source>
        <translation>%1, seit %2 Tagen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben am</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>When this round&apos;s interview takes place: prep falls due the day before, the thank-you note a day after.</source>
        <translation>Wann das Gespräch dieser Runde stattfindet: Die Vorbereitung ist am Vortag fällig, das Dankschreiben einen Tag danach.</translation>
    </message>
    <message>
        <source>&amp;Interview at</source>
        <translation>&amp;Gesprächstermin</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>The job description, as you pasted or imported it</source>
        <translation>Die Stellenbeschreibung, wie Sie sie eingefügt oder importiert haben</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
</context>
<context>
    <name>jobdeck::EventTimelineModel</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1  %2 → %3</source>
        <translation>%1  %2 → %3</translation>
    </message>
    <message>
        <source>%1 (undo)</source>
        <translation>%1 (Rücknahme)</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (rückgängig gemacht)</translation>
    </message>
    <message>
        <source>%1
Undone: this move and its undo count for nothing.</source>
        <translation>%1
Rückgängig gemacht: Dieser Schritt und seine Rücknahme zählen nicht.</translation>
    </message>
</context>
<context>
    <name>jobdeck::ImportDialog</name>
    <message>
        <source>Import applications</source>
        <translation>Bewerbungen importieren</translation>
    </message>
    <message>
        <source>How to read the file. Detection looks at the column names.</source>
        <translation>Wie die Datei gelesen wird. Die Erkennung richtet sich nach den Spaltennamen.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Check the file to see what would be imported, skipped or refused.</source>
        <translation>Prüfen Sie die Datei, um zu sehen, was importiert, übersprungen oder abgelehnt würde.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Report what an import would do without changing anything.</source>
        <translation>Anzeigen, was ein Import bewirken würde, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Import every row, or nothing if any row has an error.</source>
        <translation>Alle Zeilen importieren, oder keine, wenn eine Zeile einen Fehler hat.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Columns (choose what each one feeds):</source>
        <translation>Spalten (wählen Sie, wohin jede übernommen wird):</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Jobdeck JSON export</source>
        <translation>Jobdeck-JSON-Export</translation>
    </message>
    <message>
        <source>Applications, their history, tasks and resumes, restored as they were</source>
        <translation>Bewerbungen mit Verlauf, Aufgaben und Lebensläufen, so wiederhergestellt, wie sie waren</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Wird importiert...</translation>
    </message>
    <message>
        <source>skipped: line %1: %2</source>
        <translation>übersprungen: Zeile %1: %2</translation>
    </message>
    <message>
        <source>... and %1 more skipped rows.</source>
        <translation>... und %1 weitere übersprungene Zeilen.</translation>
    </message>
    <message>
        <source>&amp;Strict: refuse the file if a date or time cannot be read</source>
        <translation>&amp;Streng: Datei ablehnen, wenn ein Datum oder eine Uhrzeit nicht lesbar ist</translation>
    </message>
    <message>
        <source>Unchecked, a row whose date cannot be read is imported without it, with the text kept in its notes and a warning in the report.</source>
        <translation>Ohne Haken wird eine Zeile, deren Datum nicht lesbar ist, ohne das Datum importiert; der Text bleibt in ihren Notizen erhalten, und der Bericht enthält eine Warnung.</translation>
    </message>
    <message>
        <source>Nothing was imported: the backup before it failed: %1</source>
        <translation>Es wurde nichts importiert: Die Sicherung davor ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>jobdeck::InterviewMoveDialog</name>
    <message>
        <source>Schedule an Interview</source>
        <translation>Gespräch planen</translation>
    </message>
    <message>
        <source>Move %1 to an interview round. Prep falls due the day before the interview, the thank-you note a day after it.</source>
        <translation>%1 in eine Gesprächsrunde verschieben. Die Vorbereitung ist am Tag vor dem Gespräch fällig, das Dankschreiben einen Tag danach.</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>Interview &amp;at:</source>
        <translation>Gesprächs&amp;termin:</translation>
    </message>
</context>
<context>
    <name>jobdeck::JsonLines</name>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 line %2: not a JSON object</source>
        <translation>%1 Zeile %2: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 line %2: needs &quot;id&quot; (a string or number) and &quot;text&quot; (a string)</source>
        <translation>%1 Zeile %2: braucht „id“ (eine Zeichenkette oder Zahl) und „text“ (eine Zeichenkette)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no job descriptions</source>
        <translation>„%1“ enthält keine Stellenbeschreibungen</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: there is no such file</source>
        <translation>„%1“ kann nicht gelesen werden: Diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: it is not a regular file</source>
        <translation>„%1“ kann nicht gelesen werden: Es ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 MB; Jobdeck ranks job description files of up to %2 MB</source>
        <translation>„%1“ ist größer als %2 MB; Jobdeck bewertet Dateien mit Stellenbeschreibungen bis %2 MB</translation>
    </message>
    <message>
        <source>%1 line %2 is larger than %3 MB; Jobdeck reads job descriptions of up to %3 MB a line</source>
        <translation>%1, Zeile %2 ist größer als %3 MB; Jobdeck liest Stellenbeschreibungen bis %3 MB pro Zeile</translation>
    </message>
</context>
<context>
    <name>jobdeck::MainWindow</name>
    <message>
        <source>Jobdeck</source>
        <translation>Jobdeck</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database...</source>
        <translation>&amp;Neue Datenbank...</translation>
    </message>
    <message>
        <source>&amp;Open Database...</source>
        <translation>Datenbank ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open a Jobdeck database</source>
        <translation>Jobdeck-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Jobdeck databases (*.sqlite *.jobdeck *.db);;All files (*)</source>
        <translation>Jobdeck-Datenbanken (*.sqlite *.jobdeck *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>Be&amp;werbung</translation>
    </message>
    <message>
        <source>&amp;New Application...</source>
        <translation>&amp;Neue Bewerbung...</translation>
    </message>
    <message>
        <source>&amp;Edit Application...</source>
        <translation>Bewerbung &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Stage</source>
        <translation>In die vor&amp;herige Phase</translation>
    </message>
    <message>
        <source>Mark &amp;Rejected</source>
        <translation>Als abge&amp;lehnt markieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Jobdeck</source>
        <translation>Ü&amp;ber Jobdeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Neue Bewerbung</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Bewerbung bearbeiten</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n application(s). Add the sample pipeline anyway?</source>
        <translation>
            <numerusform>Diese Datenbank enthält bereits %n Bewerbung. Die Beispieldaten trotzdem hinzufügen?</numerusform>
            <numerusform>Diese Datenbank enthält bereits %n Bewerbungen. Die Beispieldaten trotzdem hinzufügen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1 sample applications.</source>
        <translation>%1 Beispielbewerbungen hinzugefügt.</translation>
    </message>
    <message>
        <source>About Jobdeck</source>
        <translation>Über Jobdeck</translation>
    </message>
    <message>
        <source>Applications: %1 · Active: %2 · Tasks due: %3</source>
        <translation>Bewerbungen: %1 · Aktiv: %2 · Fällige Aufgaben: %3</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Keep Running in the Tray When Closed</source>
        <translation>Beim Schließen im Infobereich weiter&amp;laufen</translation>
    </message>
    <message>
        <source>Closing the window leaves Jobdeck in the system tray, so reminders still appear</source>
        <translation>Nach dem Schließen des Fensters bleibt Jobdeck im Infobereich, sodass Erinnerungen weiter erscheinen</translation>
    </message>
    <message>
        <source>Start at &amp;Login</source>
        <translation>Beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>Move to &amp;Interview Round...</source>
        <translation>In eine &amp;Gesprächsrunde...</translation>
    </message>
    <message>
        <source>Try the &amp;Sample Database</source>
        <translation>Beispiel&amp;datenbank ausprobieren</translation>
    </message>
    <message>
        <source>Opens a separate database filled with a demo pipeline; File &gt; Open Recent brings yours back</source>
        <translation>Öffnet eine eigene Datenbank mit Beispielbewerbungen; Datei &gt; Zuletzt geöffnet bringt Ihre zurück</translation>
    </message>
    <message>
        <source>&amp;Connect to Server...</source>
        <translation>Mit Server &amp;verbinden...</translation>
    </message>
    <message>
        <source>Work on a Jobdeck database on a PostgreSQL server, shared by your devices</source>
        <translation>Mit einer Jobdeck-Datenbank auf einem PostgreSQL-Server arbeiten, die Ihre Geräte teilen</translation>
    </message>
    <message>
        <source>&amp;Use Local Database</source>
        <translation>Lokale Datenbank ver&amp;wenden</translation>
    </message>
    <message>
        <source>Work on the database file on this computer</source>
        <translation>Mit der Datenbankdatei auf diesem Computer arbeiten</translation>
    </message>
    <message>
        <source>Your applications are on a PostgreSQL server, where row-level security shows them to your login alone:</source>
        <translation>Ihre Bewerbungen liegen auf einem PostgreSQL-Server, dessen Sicherheit auf Zeilenebene sie nur Ihrer Anmeldung zeigt:</translation>
    </message>
    <message>
        <source>Everything stays in one SQLite file on this computer:</source>
        <translation>Alles bleibt in einer SQLite-Datei auf diesem Computer:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jobdeck %1&lt;/h3&gt;&lt;p&gt;A private, offline job-search tracker: every application, every stage it moved through, the follow-ups each move calls for, and how well a resume fits each job.&lt;/p&gt;&lt;p&gt;%2&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %4.&lt;/p&gt;&lt;p&gt;&lt;small&gt;The skill list includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 licence and modified by Jobdeck; USDOL/ETA has not approved, endorsed or tested these modifications.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Jobdeck %1&lt;/h3&gt;&lt;p&gt;Ein privater Offline-Tracker für die Stellensuche: jede Bewerbung, jede Phase, die sie durchlaufen hat, das Nachfassen, das jeder Schritt verlangt, und wie gut ein Lebenslauf zu jeder Stelle passt.&lt;/p&gt;&lt;p&gt;%2&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %4.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Die Liste der Fähigkeiten enthält Informationen aus der O*NET-29.2-Datenbank des U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), verwendet unter der Lizenz CC BY 4.0 und von Jobdeck verändert; USDOL/ETA hat diese Änderungen weder genehmigt noch befürwortet oder geprüft.&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Stage</source>
        <translation>In die nächste &amp;Phase</translation>
    </message>
</context>
<context>
    <name>jobdeck::MatchPage</name>
    <message>
        <source>&amp;Import Resume...</source>
        <translation>Lebenslauf &amp;importieren...</translation>
    </message>
    <message>
        <source>Make De&amp;fault</source>
        <translation>Als Standard &amp;festlegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>Bewe&amp;rten</translation>
    </message>
    <message>
        <source>&amp;Rank My Applications</source>
        <translation>Rang&amp;liste meiner Bewerbungen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The selected application&apos;s job description</source>
        <translation>Stellenbeschreibung der ausgewählten Bewerbung</translation>
    </message>
    <message>
        <source>A pasted job description</source>
        <translation>Eine eingefügte Stellenbeschreibung</translation>
    </message>
    <message>
        <source>Paste a job description here.</source>
        <translation>Fügen Sie hier eine Stellenbeschreibung ein.</translation>
    </message>
    <message>
        <source>Resume:</source>
        <translation>Lebenslauf:</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aligned&lt;/b&gt;</source>
        <translation>&lt;b&gt;Übereinstimmungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missing&lt;/b&gt; (hard skills first)</source>
        <translation>&lt;b&gt;Fehlend&lt;/b&gt; (fachliche Kompetenzen zuerst)</translation>
    </message>
    <message>
        <source>Open applications by score</source>
        <translation>Offene Bewerbungen nach Passung</translation>
    </message>
    <message>
        <source>Import a resume</source>
        <translation>Lebenslauf importieren</translation>
    </message>
    <message>
        <source>Resumes (*.txt *.md *.pdf *.docx)</source>
        <translation>Lebensläufe (*.txt *.md *.pdf *.docx)</translation>
    </message>
    <message>
        <source>Import resume</source>
        <translation>Lebenslauf importieren</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>No resume yet: import one</source>
        <translation>Noch kein Lebenslauf: Importieren Sie einen</translation>
    </message>
    <message>
        <source>%1 has no job description; edit the application to add one.</source>
        <translation>%1 hat keine Stellenbeschreibung; bearbeiten Sie die Bewerbung, um eine hinzuzufügen.</translation>
    </message>
    <message>
        <source>Select an application on the board or the list.</source>
        <translation>Wählen Sie eine Bewerbung im Board oder in der Liste aus.</translation>
    </message>
    <message>
        <source>Scoring...</source>
        <translation>Wird bewertet...</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No stored job descriptions yet: the term weights come from these two texts alone.</source>
        <translation>Noch keine gespeicherten Stellenbeschreibungen: Die Begriffsgewichte stammen allein aus diesen beiden Texten.</translation>
    </message>
    <message>
        <source>Ranking every job description...</source>
        <translation>Rangliste aller Stellenbeschreibungen wird erstellt...</translation>
    </message>
    <message>
        <source>Ranking cancelled; no score changed.</source>
        <translation>Rangliste abgebrochen; keine Bewertung wurde geändert.</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <source>How much of what the job weighs your resume shows.</source>
        <translation>Wie viel von dem, was die Stelle gewichtet, Ihr Lebenslauf zeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Ranked %n job description(s); select one to see its match.</source>
        <translation>
            <numerusform>%n Stellenbeschreibung eingestuft; wählen Sie sie aus, um ihre Passung zu sehen.</numerusform>
            <numerusform>%n Stellenbeschreibungen eingestuft; wählen Sie eine aus, um ihre Passung zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Match index %2 (TF-IDF cosine x 100, the figure ranking uses).</source>
        <translation>%1
Passungsindex %2 (TF-IDF-Kosinus x 100, der Wert, nach dem die Rangliste sortiert).</translation>
    </message>
    <message>
        <source>Your resume shows %1% of this job&apos;s skills and key phrases, weighted by how much the job stresses each.</source>
        <translation>Ihr Lebenslauf zeigt %1&#xa0;% der Kompetenzen und Schlüsselbegriffe dieser Stelle, gewichtet danach, wie stark die Stelle sie jeweils betont.</translation>
    </message>
</context>
<context>
    <name>jobdeck::MatchService</name>
    <message>
        <source>Unknown analyzer &apos;%1&apos;.</source>
        <translation>Unbekannter Analysator „%1“.</translation>
    </message>
    <message>
        <source>The matching model could not be saved, so it will be fitted again next time: %1</source>
        <translation>Das Abgleichsmodell konnte nicht gespeichert werden und wird beim nächsten Mal neu angepasst: %1</translation>
    </message>
    <message>
        <source>No application has a job description yet: add one to rank against it.</source>
        <translation>Noch keine Bewerbung hat eine Stellenbeschreibung: Fügen Sie eine hinzu, um eine Rangliste zu erstellen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>jobdeck::Matcher</name>
    <message>
        <source>Your resume shares no terms with this job description.</source>
        <translation>Ihr Lebenslauf hat keine Begriffe mit dieser Stellenbeschreibung gemeinsam.</translation>
    </message>
    <message>
        <source>The job asks for %1, which your resume does not show: mention any you have.</source>
        <translation>Die Stelle verlangt %1, was Ihr Lebenslauf nicht zeigt: Nennen Sie, was davon Sie mitbringen.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Match %1 / 100 · %2</source>
        <translation>Passung %1 / 100 · %2</translation>
    </message>
    <message>
        <source>The share of this job&apos;s skills and key phrases that your resume shows, each counted by its weight in the job description. Low below %1, Fair from %1, Good from %2, Strong from %3.</source>
        <translation>Der Anteil der Kompetenzen und Schlüsselbegriffe dieser Stelle, den Ihr Lebenslauf zeigt, jeweils nach ihrem Gewicht in der Stellenbeschreibung gezählt. Gering unter %1, Mittel ab %1, Gut ab %2, Stark ab %3.</translation>
    </message>
    <message>
        <source>Your resume shows every skill and key phrase this job description weighs.</source>
        <translation>Ihr Lebenslauf zeigt jede Kompetenz und jeden Schlüsselbegriff, den diese Stellenbeschreibung gewichtet.</translation>
    </message>
    <message>
        <source>Your resume shows every skill this job names, and %1% of its weighted skills and key phrases.</source>
        <translation>Ihr Lebenslauf zeigt jede Kompetenz, die diese Stelle nennt, und %1&#xa0;% ihrer gewichteten Kompetenzen und Schlüsselbegriffe.</translation>
    </message>
    <message>
        <source>Your resume shows every skill this job names; it could echo its wording: %1.</source>
        <translation>Ihr Lebenslauf zeigt jede Kompetenz, die diese Stelle nennt; er könnte ihre Formulierungen aufgreifen: %1.</translation>
    </message>
</context>
<context>
    <name>jobdeck::NotificationBar</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>jobdeck::PasswordStore</name>
    <message>
        <source>no keychain service is available on this computer</source>
        <translation>auf diesem Computer ist kein Schlüsselbund-Dienst verfügbar</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>no keychain service answered (error %1)</source>
        <translation>kein Schlüsselbund-Dienst hat geantwortet (Fehler %1)</translation>
    </message>
    <message>
        <source>Jobdeck could not read a password from the system keychain: %1.</source>
        <translation>Jobdeck konnte kein Passwort aus dem Schlüsselbund des Systems lesen: %1.</translation>
    </message>
    <message>
        <source>Jobdeck could not save the password in the system keychain: %1. The password is not remembered; you will be asked for it next time.</source>
        <translation>Jobdeck konnte das Passwort nicht im Schlüsselbund des Systems speichern: %1. Das Passwort wird nicht gemerkt; Sie werden beim nächsten Mal danach gefragt.</translation>
    </message>
    <message>
        <source>Jobdeck could not remove the password from the system keychain: %1.</source>
        <translation>Jobdeck konnte das Passwort nicht aus dem Schlüsselbund des Systems entfernen: %1.</translation>
    </message>
</context>
<context>
    <name>jobdeck::PipelineService</name>
    <message>
        <source>A new application starts as saved or applied, not %1.</source>
        <translation>Eine neue Bewerbung beginnt in der Phase „saved“ oder „applied“, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot add the application</source>
        <translation>Die Bewerbung kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>A move cannot be dated %1, before the application&apos;s last move (%2).</source>
        <translation>Ein Phasenwechsel kann nicht auf %1 datiert werden, vor den letzten Wechsel der Bewerbung (%2).</translation>
    </message>
    <message>
        <source>Cannot move application %1</source>
        <translation>Bewerbung %1 kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>Cannot read the history of application %1</source>
        <translation>Der Verlauf von Bewerbung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 has moved on to %2 since; that move can no longer be undone.</source>
        <translation>Die Bewerbung bei %1 ist inzwischen in der Phase „%2“; dieser Schritt kann nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Application %1 already exists (%2), so it cannot be added again.</source>
        <translation>Bewerbung %1 gibt es bereits (%2), daher kann sie nicht erneut hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Cannot remove application %1</source>
        <translation>Bewerbung %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>Es gibt keine Bewerbung %1.</translation>
    </message>
    <message>
        <source>An interview time goes with an interview stage (screen, technical, onsite or final), not %1.</source>
        <translation>Ein Gesprächstermin gehört zu einer Gesprächsphase (screen, technical, onsite oder final), nicht zu %1.</translation>
    </message>
    <message>
        <source>That move changed nothing, so there is nothing to undo.</source>
        <translation>Dieser Schritt hat nichts geändert, es gibt also nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Cannot read event %1</source>
        <translation>Ereignis %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no stage event %1.</source>
        <translation>Es gibt keinen Phasenwechsel %1.</translation>
    </message>
    <message>
        <source>Event %1 is itself an undo; make the move again instead.</source>
        <translation>Ereignis %1 ist selbst eine Rücknahme; führen Sie den Schritt stattdessen erneut aus.</translation>
    </message>
    <message>
        <source>Event %1 has already been undone.</source>
        <translation>Ereignis %1 wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Event %1 is the application&apos;s first event; there is no move to undo.</source>
        <translation>Ereignis %1 ist das erste Ereignis der Bewerbung; es gibt keinen Schritt, der rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Application %1 has no stage history.</source>
        <translation>Bewerbung %1 hat keinen Phasenverlauf.</translation>
    </message>
    <message>
        <source>Application %1 has no move left to undo.</source>
        <translation>Bei Bewerbung %1 gibt es keinen Schritt mehr, der rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Cannot read the interview of application %1</source>
        <translation>Das Gespräch von Bewerbung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is in %2, not an interview stage, so it has no interview to schedule.</source>
        <translation>Die Bewerbung bei %1 ist in der Phase „%2“, keiner Gesprächsphase, und hat daher kein Gespräch zum Planen.</translation>
    </message>
    <message>
        <source>Cannot schedule the interview</source>
        <translation>Das Gespräch kann nicht geplant werden</translation>
    </message>
    <message>
        <source>The %1 round of %2 has no prep or thank-you task to schedule.</source>
        <translation>Die Runde „%1“ bei %2 hat keine Vorbereitungs- oder Dankschreiben-Aufgabe zum Planen.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since it was added.</source>
        <translation>„%1“ wurde seit dem Hinzufügen anderswo geändert.</translation>
    </message>
    <message>
        <source>%1 was moved elsewhere since (it is now in %2).</source>
        <translation>„%1“ wurde inzwischen anderswo verschoben (jetzt in %2).</translation>
    </message>
</context>
<context>
    <name>jobdeck::ReminderCenter</name>
    <message>
        <source>Jobdeck</source>
        <translation>Jobdeck</translation>
    </message>
    <message>
        <source>Show Jobdeck</source>
        <translation>Jobdeck anzeigen</translation>
    </message>
    <message>
        <source>New Application...</source>
        <translation>Neue Bewerbung...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>%1 follow-ups are due, starting with: %2</source>
        <translation>%1 Aufgaben sind fällig, als erste: %2</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Aufgabe fällig</translation>
    </message>
    <message>
        <source>Jobdeck is still running</source>
        <translation>Jobdeck läuft weiter</translation>
    </message>
    <message>
        <source>Reminders keep coming from here. To quit, use Quit in this icon&apos;s menu or File &gt; Quit; to close for good, turn off File &gt; Keep Running in the Tray.</source>
        <translation>Erinnerungen kommen weiterhin von hier. Zum Beenden wählen Sie „Beenden“ im Menü dieses Symbols oder Datei &gt; Beenden; damit Jobdeck beim Schließen ganz endet, schalten Sie Datei &gt; Beim Schließen im Infobereich weiterlaufen aus.</translation>
    </message>
</context>
<context>
    <name>jobdeck::RemindersPage</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>&amp;Später erinnern</translation>
    </message>
    <message>
        <source>&amp;Open Application</source>
        <translation>Bewerbung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Export to Calendar (.ics)...</source>
        <translation>In Kalender exportieren (.ics)...</translation>
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation>Erinnerungen exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>No follow-ups pending. Moving an application to a new stage adds the follow-ups it calls for here, such as a nudge a week after applying.</source>
        <translation>Keine offenen Nachfass-Aufgaben. Wenn eine Bewerbung in eine neue Phase wechselt, erscheinen hier die Aufgaben, die dazugehören, etwa ein Nachfassen eine Woche nach der Bewerbung.</translation>
    </message>
</context>
<context>
    <name>jobdeck::Session</name>
    <message>
        <source>Application %1 is no longer on the board.</source>
        <translation>Bewerbung %1 ist nicht mehr auf dem Board.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n application(s) to %1</source>
        <translation>
            <numerusform>%n Bewerbung nach „%1“ verschieben</numerusform>
            <numerusform>%n Bewerbungen nach „%1“ verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived %1 — Ctrl+Z to undo</source>
        <translation>Bewerbung bei %1 archiviert — Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Unarchived %1</source>
        <translation>Bewerbung bei %1 aus dem Archiv geholt</translation>
    </message>
</context>
<context>
    <name>jobdeck::SnoozeMenu</name>
    <message>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation>Für eine Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Until next week</source>
        <translation>Bis nächste Woche</translation>
    </message>
</context>
<context>
    <name>jobdeck::TaskModel</name>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (erledigt)</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgebrochen)</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, fällig am %2</translation>
    </message>
</context>
<context>
    <name>jobdeck::TermChips</name>
    <message>
        <source>hard skill</source>
        <translation>fachliche Kompetenz</translation>
    </message>
    <message>
        <source>soft skill</source>
        <translation>soziale Kompetenz</translation>
    </message>
    <message>
        <source>term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>%1, weight %2</source>
        <translation>%1, Gewicht %2</translation>
    </message>
</context>
<context>
    <name>jobdeck::TfidfModel</name>
    <message>
        <source>No analyzer to fit the model with.</source>
        <translation>Kein Analysator, mit dem das Modell angepasst werden kann.</translation>
    </message>
    <message>
        <source>There are no job descriptions to fit the model on.</source>
        <translation>Es gibt keine Stellenbeschreibungen, an die das Modell angepasst werden kann.</translation>
    </message>
    <message>
        <source>max_df corresponds to fewer documents than min_df.</source>
        <translation>max_df entspricht weniger Dokumenten als min_df.</translation>
    </message>
    <message>
        <source>The texts hold no words to match on (only stop words or none at all).</source>
        <translation>Die Texte enthalten keine Wörter für den Abgleich (nur Stoppwörter oder gar keine).</translation>
    </message>
    <message>
        <source>After pruning, no terms remain: try a lower min_df or a higher max_df.</source>
        <translation>Nach dem Ausdünnen bleiben keine Begriffe übrig: Versuchen Sie ein kleineres min_df oder ein größeres max_df.</translation>
    </message>
    <message>
        <source>The saved matching model is damaged; it will be fitted again.</source>
        <translation>Das gespeicherte Abgleichsmodell ist beschädigt; es wird neu angepasst.</translation>
    </message>
    <message>
        <source>The saved matching model has format %1, this version reads %2; it will be fitted again.</source>
        <translation>Das gespeicherte Abgleichsmodell hat das Format %1, diese Version liest %2; es wird neu angepasst.</translation>
    </message>
</context>
<context>
    <name>jobdeck::WelcomePanel</name>
    <message>
        <source>Add an Application...</source>
        <translation>Bewerbung hinzufügen...</translation>
    </message>
    <message>
        <source>Import a Spreadsheet or LinkedIn Export...</source>
        <translation>Tabelle oder LinkedIn-Export importieren...</translation>
    </message>
    <message>
        <source>Try the Sample Data</source>
        <translation>Beispieldaten ausprobieren</translation>
    </message>
    <message>
        <source>Opens a separate sample database; yours stays as it is (File &gt; Open Recent brings it back)</source>
        <translation>Öffnet eine eigene Beispieldatenbank; Ihre bleibt, wie sie ist (Datei &gt; Zuletzt geöffnet bringt sie zurück)</translation>
    </message>
    <message>
        <source>Welcome to Jobdeck</source>
        <translation>Willkommen bei Jobdeck</translation>
    </message>
    <message>
        <source>Track every job application, the follow-ups each step calls for, and how well your resume fits each job, all in one file on this computer.</source>
        <translation>Verfolgen Sie jede Bewerbung, die Nachfass-Aufgaben jedes Schritts und wie gut Ihr Lebenslauf zu jeder Stelle passt, alles in einer Datei auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>jobdeck::io</name>
    <message>
        <source>&apos;%1&apos; holds no text.</source>
        <translation>„%1“ enthält keinen Text.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist or is not a file.</source>
        <translation>„%1“ existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 MB; Jobdeck reads resume and job description files of up to %2 MB.</source>
        <translation>„%1“ ist größer als %2 MB; Jobdeck liest Lebensläufe und Stellenbeschreibungen aus Dateien bis %2 MB.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds more than %2 MB of text; Jobdeck reads resumes and job descriptions of up to %2 MB of text.</source>
        <translation>„%1“ enthält mehr als %2 MB Text; Jobdeck liest Lebensläufe und Stellenbeschreibungen bis %2 MB Text.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file: Jobdeck reads resumes and job descriptions from files, not from devices, pipes or folders.</source>
        <translation>„%1“ ist keine gewöhnliche Datei: Jobdeck liest Lebensläufe und Stellenbeschreibungen aus Dateien, nicht aus Geräten, Pipes oder Ordnern.</translation>
    </message>
</context>
<context>
    <name>jobdeck::io::DocumentText</name>
    <message>
        <source>&apos;%1&apos; is not a supported document: use .txt, .md, .pdf or .docx.</source>
        <translation>„%1“ ist kein unterstütztes Dokument: Verwenden Sie .txt, .md, .pdf oder .docx.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a binary file, not text.</source>
        <translation>„%1“ ist eine Binärdatei, kein Text.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PDF file, or it is damaged.</source>
        <translation>„%1“ ist keine PDF-Datei oder ist beschädigt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a damaged PDF that cannot be read.</source>
        <translation>„%1“ ist ein beschädigtes PDF, das nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an encrypted PDF: save a copy without a password and try again.</source>
        <translation>„%1“ ist ein verschlüsseltes PDF: Speichern Sie eine Kopie ohne Passwort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a PDF with no pages.</source>
        <translation>„%1“ ist ein PDF ohne Seiten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no text layer (a scanned or image-only PDF): export it with its text or use a .txt copy.</source>
        <translation>„%1“ hat keine Textebene (ein gescanntes oder reines Bild-PDF): Exportieren Sie es mit Text oder verwenden Sie eine .txt-Kopie.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an encrypted or legacy Word file: save it as an unprotected .docx.</source>
        <translation>„%1“ ist eine verschlüsselte oder veraltete Word-Datei: Speichern Sie sie als ungeschützte .docx-Datei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid .docx file (it is not a readable zip archive).</source>
        <translation>„%1“ ist keine gültige .docx-Datei (kein lesbares ZIP-Archiv).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Word document: it has no word/document.xml.</source>
        <translation>„%1“ ist kein Word-Dokument: word/document.xml fehlt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its document part cannot be read.</source>
        <translation>„%1“ ist beschädigt: Der Dokumentteil kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: %2</source>
        <translation>„%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot read PDF files: the PDF module (%1) is missing from %2.</source>
        <translation>PDF-Dateien können nicht gelesen werden: Das PDF-Modul (%1) fehlt in %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than %2 pages; Jobdeck reads PDF files of up to %2 pages.</source>
        <translation>„%1“ hat mehr als %2 Seiten; Jobdeck liest PDF-Dateien bis %2 Seiten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; unpacks to more than %2 MB of document text and markup; Jobdeck reads Word documents of up to %2 MB unpacked.</source>
        <translation>„%1“ entpackt sich zu mehr als %2 MB Text und Auszeichnung; Jobdeck liest Word-Dokumente bis %2 MB entpackt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown view &apos;%1&apos;; the views are: %2.</source>
        <translation>Unbekannte Ansicht „%1“; die Ansichten sind: %2.</translation>
    </message>
    <message>
        <source>The %1 view did not finish in time.</source>
        <translation>Die Ansicht %1 wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <source>The window needs at least %1x%2; the picture is that size.</source>
        <translation>Das Fenster braucht mindestens %1x%2; das Bild hat diese Größe.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to &apos;%1&apos;.</source>
        <translation>Das Bildschirmfoto kann nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <source>A private, offline job-search tracker.</source>
        <translation>Ein privater Offline-Tracker für die Stellensuche.</translation>
    </message>
    <message>
        <source>Render the window into a PNG file and exit.</source>
        <translation>Das Fenster in eine PNG-Datei zeichnen und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The page to show: board, list, analytics, match or reminders.</source>
        <translation>Die anzuzeigende Seite: board, list, analytics, match oder reminders.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>Fenstergröße für --screenshot.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Fill an empty database with a demo pipeline first.</source>
        <translation>Eine leere Datenbank zuerst mit Beispieldaten füllen.</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, e.g. 1400x860.</source>
        <translation>--size erwartet BREITExHÖHE, z. B. 1400x860.</translation>
    </message>
    <message>
        <source>Jobdeck</source>
        <translation>Jobdeck</translation>
    </message>
    <message>
        <source>Render --screenshot with a dark palette.</source>
        <translation>--screenshot mit dunkler Farbpalette zeichnen.</translation>
    </message>
    <message>
        <source>The database to open: a file, or a server as postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>Die zu öffnende Datenbank: eine Datei oder ein Server als postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
    <message>
        <source>path|uri</source>
        <translation>Pfad|URI</translation>
    </message>
</context>
</TS>
