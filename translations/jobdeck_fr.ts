<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddApplicationCommand</name>
    <message>
        <source>Add application %1 — %2</source>
        <translation>Ajouter la candidature %1 — %2</translation>
    </message>
</context>
<context>
    <name>AnalyticsService</name>
    <message>
        <source>Cannot read the event log</source>
        <translation>Impossible de lire le journal des événements</translation>
    </message>
    <message>
        <source>Cannot compute the funnel</source>
        <translation>Impossible de calculer l&apos;entonnoir</translation>
    </message>
    <message>
        <source>Cannot compute conversion by source</source>
        <translation>Impossible de calculer la conversion par source</translation>
    </message>
    <message>
        <source>Cannot compute weekly submissions</source>
        <translation>Impossible de calculer les candidatures par semaine</translation>
    </message>
    <message>
        <source>Cannot compute time in stage</source>
        <translation>Impossible de calculer la durée par étape</translation>
    </message>
</context>
<context>
    <name>ApplicationCommand</name>
    <message>
        <source>%1 was changed elsewhere since; nothing undone.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifiée ailleurs entre-temps&#xa0;; rien n&apos;a été annulé.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since; nothing redone.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifiée ailleurs entre-temps&#xa0;; rien n&apos;a été rétabli.</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé du poste&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>Lie&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Sa&amp;lary:</source>
        <translation>S&amp;alaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>Candidature en&amp;voyée le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Job description:</source>
        <translation>Description du &amp;poste&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ApplicationEdits</name>
    <message>
        <source>%1 was edited elsewhere since.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifiée ailleurs entre-temps.</translation>
    </message>
    <message>
        <source>%1 was archived elsewhere since.</source>
        <translation>«&#xa0;%1&#xa0;» a été archivée ailleurs entre-temps.</translation>
    </message>
    <message>
        <source>%1 was unarchived elsewhere since.</source>
        <translation>«&#xa0;%1&#xa0;» a été désarchivée ailleurs entre-temps.</translation>
    </message>
</context>
<context>
    <name>ApplicationRepository</name>
    <message>
        <source>A company is required.</source>
        <translation>L&apos;entreprise est obligatoire.</translation>
    </message>
    <message>
        <source>A job title is required.</source>
        <translation>L&apos;intitulé du poste est obligatoire.</translation>
    </message>
    <message>
        <source>Cannot read application %1</source>
        <translation>Impossible de lire la candidature %1</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>La candidature %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot list applications</source>
        <translation>Impossible de lister les candidatures</translation>
    </message>
    <message>
        <source>Cannot count applications</source>
        <translation>Impossible de compter les candidatures</translation>
    </message>
    <message>
        <source>Cannot save application %1</source>
        <translation>Impossible d&apos;enregistrer la candidature %1</translation>
    </message>
    <message>
        <source>Cannot archive application %1</source>
        <translation>Impossible d&apos;archiver la candidature %1</translation>
    </message>
    <message>
        <source>Cannot store the match score of application %1</source>
        <translation>Impossible d&apos;enregistrer le score d&apos;adéquation de la candidature %1</translation>
    </message>
    <message>
        <source>The job description is longer than %1 MB of text; Jobdeck stores job descriptions of up to %1 MB.</source>
        <translation>La description du poste dépasse %1 Mo de texte&#xa0;; Jobdeck enregistre des descriptions de poste d&apos;au plus %1 Mo.</translation>
    </message>
    <message>
        <source>Cannot store the match scores</source>
        <translation>Impossible d&apos;enregistrer les scores d&apos;adéquation</translation>
    </message>
</context>
<context>
    <name>ArchiveApplicationCommand</name>
    <message>
        <source>Archive %1</source>
        <translation>Archiver %1</translation>
    </message>
    <message>
        <source>Unarchive %1</source>
        <translation>Désarchiver %1</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Starting at login is not supported on this system yet.</source>
        <translation>Le lancement à l&apos;ouverture de session n&apos;est pas encore pris en charge sur ce système.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Job-search reminders in the tray</source>
        <translation>Rappels de recherche d&apos;emploi dans la zone de notification</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>There is no file &apos;%1&apos;.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Jobdeck database (it is not an SQLite file).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base de données Jobdeck (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: %2</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged (integrity check: %2).</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé (contrôle d&apos;intégrité&#xa0;: %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database, but not a Jobdeck one.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données SQLite, mais pas une base Jobdeck.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of &apos;%1&apos;.</source>
        <translation>Impossible de lire la version du schéma de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has schema %2; this Jobdeck reads schemas 1 to %3.</source>
        <translation>«&#xa0;%1&#xa0;» utilise le schéma %2&#xa0;; cette version de Jobdeck lit les schémas 1 à %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose a new file name for the backup.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un nouveau nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; is read-only; choose another place for the backup.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» est en lecture seule&#xa0;; choisissez un autre emplacement pour la sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot write the backup &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;écrire la sauvegarde «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the database itself; choose a backup to restore from.</source>
        <translation>«&#xa0;%1&#xa0;» est la base de données elle-même&#xa0;; choisissez une sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Cannot make a working copy of &apos;%1&apos;.</source>
        <translation>Impossible de faire une copie de travail de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing was restored, because the current data could not be backed up first: %1</source>
        <translation>Rien n&apos;a été restauré, car les données actuelles n&apos;ont pas pu être sauvegardées au préalable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Cannot restore %1</source>
        <translation>Impossible de restaurer %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n&apos;a été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot check &apos;%1&apos; (%2), so it was not used.</source>
        <translation>Impossible de vérifier «&#xa0;%1&#xa0;» (%2)&#xa0;; il n&apos;a donc pas été utilisé.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the open database &apos;%2&apos; (or one of its own files); writing there would overwrite your data. Choose another file name.</source>
        <translation>«&#xa0;%1&#xa0;» est la base de données ouverte «&#xa0;%2&#xa0;» (ou l&apos;un de ses propres fichiers)&#xa0;; y écrire écraserait vos données. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a backup of the open database; writing there would overwrite it. Choose another file name.</source>
        <translation>«&#xa0;%1&#xa0;» est une sauvegarde de la base de données ouverte&#xa0;; y écrire l&apos;écraserait. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>it is not an SQLite file</source>
        <translation>ce n&apos;est pas un fichier SQLite</translation>
    </message>
    <message>
        <source>Cannot restore &apos;%1&apos;: %2 Nothing was changed.</source>
        <translation>Impossible de restaurer «&#xa0;%1&#xa0;»&#xa0;: %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot copy &apos;%1&apos; beside &apos;%2&apos;: %3 Nothing was changed.</source>
        <translation>Impossible de copier «&#xa0;%1&#xa0;» à côté de «&#xa0;%2&#xa0;»&#xa0;: %3 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the damaged database &apos;%1&apos; beside it; nothing was changed.</source>
        <translation>Impossible de garder une copie de la base de données endommagée «&#xa0;%1&#xa0;» à côté d&apos;elle&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot move &apos;%1&apos; aside; nothing was changed.</source>
        <translation>Impossible de mettre «&#xa0;%1&#xa0;» de côté&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot put the copy of &apos;%1&apos; in place (%2); the database was left as it was, with its journal files.</source>
        <translation>Impossible de mettre la copie de «&#xa0;%1&#xa0;» en place (%2)&#xa0;; la base de données est restée telle quelle, avec ses fichiers journaux.</translation>
    </message>
    <message>
        <source>Cannot count the applications in &apos;%1&apos;: %2</source>
        <translation>Impossible de compter les candidatures de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BackupSet</name>
    <message>
        <source>Cannot create the backup folder &apos;%1&apos;.</source>
        <translation>Impossible de créer le dossier de sauvegarde «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Jobdeck keeps no backup folder for a server; take a copy with `backup DEST`.</source>
        <translation>Jobdeck ne tient pas de dossier de sauvegarde pour un serveur&#xa0;; faites une copie avec `backup DEST`.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field opened on this line is never closed (a &quot; is missing), so the rest of the file cannot be read.</source>
        <translation>Un champ entre guillemets ouvert sur cette ligne n&apos;est jamais fermé (il manque un &quot;), le reste du fichier ne peut donc pas être lu.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a Jobdeck database.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas une base de données Jobdeck.</translation>
    </message>
    <message>
        <source>Cannot write to &apos;%1&apos;: the file is read-only. Copy it somewhere writable or change its permissions.</source>
        <translation>Impossible d&apos;écrire dans «&#xa0;%1&#xa0;»&#xa0;: le fichier est en lecture seule. Copiez-le dans un emplacement accessible en écriture ou modifiez ses permissions.</translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos; for the database.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;» pour la base de données.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database, but not a Jobdeck one; it was left unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données SQLite, mais pas une base Jobdeck&#xa0;; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer Jobdeck (schema %2; this version reads up to %3). Update Jobdeck to open it; the file was left unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de Jobdeck (schéma %2&#xa0;; cette version lit jusqu&apos;au schéma %3). Mettez Jobdeck à jour pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not migrated, because it could not be backed up first: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été migré, car il n&apos;a pas pu être sauvegardé au préalable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; is not open.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Cannot create the database &apos;%1&apos;: %2.</source>
        <translation>Impossible de créer la base de données «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Jobdeck database (it is not an SQLite file, or it is damaged); it was left unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base de données Jobdeck (ce n&apos;est pas un fichier SQLite, ou il est endommagé)&#xa0;; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2 (database &apos;%3&apos;).</source>
        <translation>%1&#xa0;: %2 (base de données «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not be checked for damage: %2; it was left unchanged.</source>
        <translation>Impossible de vérifier si «&#xa0;%1&#xa0;» est endommagé&#xa0;: %2&#xa0;; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged (SQLite&apos;s integrity check says: %2). It was left unchanged; restore it from a backup.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé (le contrôle d&apos;intégrité de SQLite indique&#xa0;: %2). Il n&apos;a pas été modifié&#xa0;; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>There is no file &apos;%1&apos;.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no Jobdeck data.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune donnée Jobdeck.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file (it is a pipe, a device or a socket), so it cannot be a Jobdeck database; it was left unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire (c&apos;est un tube, un périphérique ou un socket) et ne peut donc pas être une base de données Jobdeck&#xa0;; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: permission denied.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <source>Cannot switch &apos;%1&apos; to WAL mode: %2.</source>
        <translation>Impossible de passer «&#xa0;%1&#xa0;» en mode WAL&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot switch &apos;%1&apos; to WAL mode (it stays in &quot;%2&quot; mode).</source>
        <translation>Impossible de passer «&#xa0;%1&#xa0;» en mode WAL (il reste en mode «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Migration %1 of &apos;%2&apos; failed</source>
        <translation>La migration %1 de «&#xa0;%2&#xa0;» a échoué</translation>
    </message>
    <message>
        <source>Cannot record the schema version of &apos;%1&apos;</source>
        <translation>Impossible d&apos;enregistrer la version du schéma de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; kept changing while Jobdeck opened it; try again.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a cessé de changer pendant que Jobdeck l&apos;ouvrait&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on &apos;%1&apos;: %2.</source>
        <translation>Impossible de démarrer une transaction sur «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot save to &apos;%1&apos;: %2.</source>
        <translation>Impossible d&apos;enregistrer dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot connect to &apos;%1&apos;: Qt&apos;s PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed.</source>
        <translation>Connexion à «&#xa0;%1&#xa0;» impossible&#xa0;: le pilote PostgreSQL de Qt (QPSQL, paquet Debian libqt6sql6-psql) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Cannot connect to the Jobdeck server &apos;%1&apos;: %2.</source>
        <translation>Connexion au serveur Jobdeck «&#xa0;%1&#xa0;» impossible&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot read the role of this connection</source>
        <translation>Impossible de lire le rôle de cette connexion</translation>
    </message>
    <message>
        <source>Cannot read the schema of &apos;%1&apos;</source>
        <translation>Impossible de lire le schéma de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot read the schema version of &apos;%1&apos;</source>
        <translation>Impossible de lire la version du schéma de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The server &apos;%1&apos; holds no Jobdeck schema; run `%2` as the database owner.</source>
        <translation>Le serveur «&#xa0;%1&#xa0;» ne contient pas de schéma Jobdeck&#xa0;; exécutez `%2` en tant que propriétaire de la base.</translation>
    </message>
    <message>
        <source>The role &apos;%1&apos; may not use Jobdeck on &apos;%2&apos;; the database owner can allow it with `jobdeck-cli --db URL server add-user %1`.</source>
        <translation>Le rôle «&#xa0;%1&#xa0;» ne peut pas utiliser Jobdeck sur «&#xa0;%2&#xa0;»&#xa0;; le propriétaire de la base peut l&apos;autoriser avec `jobdeck-cli --db URL server add-user %1`.</translation>
    </message>
    <message>
        <source>The server &apos;%1&apos; holds a newer Jobdeck schema (%2; this version reads up to %3). Update Jobdeck to use it; nothing was changed.</source>
        <translation>Le serveur «&#xa0;%1&#xa0;» contient un schéma Jobdeck plus récent (%2&#xa0;; cette version lit jusqu&apos;à %3). Mettez Jobdeck à jour pour l&apos;utiliser&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The Jobdeck schema on &apos;%1&apos; is version %2; this Jobdeck needs %3: run `%4` as the database owner.</source>
        <translation>Le schéma Jobdeck sur «&#xa0;%1&#xa0;» est en version %2&#xa0;; ce Jobdeck a besoin de la %3&#xa0;: exécutez `%4` en tant que propriétaire de la base.</translation>
    </message>
    <message>
        <source>Cannot start setting up &apos;%1&apos;</source>
        <translation>Impossible de commencer la configuration de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot lock &apos;%1&apos; for setting up</source>
        <translation>Impossible de verrouiller «&#xa0;%1&#xa0;» pour la configuration</translation>
    </message>
    <message>
        <source>Cannot create Jobdeck&apos;s schema on &apos;%1&apos;</source>
        <translation>Impossible de créer le schéma Jobdeck sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The server &apos;%1&apos; holds a newer Jobdeck schema (%2; this version writes up to %3); nothing was changed.</source>
        <translation>Le serveur «&#xa0;%1&#xa0;» contient un schéma Jobdeck plus récent (%2&#xa0;; cette version écrit jusqu&apos;à %3)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Created Jobdeck&apos;s schema (version %1).</source>
        <translation>Schéma Jobdeck créé (version %1).</translation>
    </message>
    <message>
        <source>Migrated Jobdeck&apos;s schema from version %1 to %2.</source>
        <translation>Schéma Jobdeck migré de la version %1 à la %2.</translation>
    </message>
    <message>
        <source>Jobdeck&apos;s schema is up to date (version %1).</source>
        <translation>Le schéma Jobdeck est à jour (version %1).</translation>
    </message>
    <message>
        <source>Cannot read the roles of &apos;%1&apos;</source>
        <translation>Impossible de lire les rôles de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot grant Jobdeck&apos;s rights on &apos;%1&apos;</source>
        <translation>Impossible d&apos;accorder les droits de Jobdeck sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The group role jobdeck_users exists.</source>
        <translation>Le rôle de groupe jobdeck_users existe.</translation>
    </message>
    <message>
        <source>Created the group role jobdeck_users.</source>
        <translation>Rôle de groupe jobdeck_users créé.</translation>
    </message>
    <message>
        <source>Granted jobdeck_users what Jobdeck needs (its own rows only, an append-only event log).</source>
        <translation>jobdeck_users a reçu ce dont Jobdeck a besoin (ses propres lignes seulement, un journal d&apos;événements en ajout seul).</translation>
    </message>
    <message>
        <source>Cannot save the set-up of &apos;%1&apos;</source>
        <translation>Impossible d&apos;enregistrer la configuration de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot update the planner statistics of &apos;%1&apos;</source>
        <translation>Impossible de mettre à jour les statistiques du planificateur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No role was given.</source>
        <translation>Aucun rôle n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no Jobdeck group role yet; run `%2` first.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas encore de rôle de groupe Jobdeck&#xa0;; exécutez d&apos;abord `%2`.</translation>
    </message>
    <message>
        <source>There is no role &apos;%1&apos; on &apos;%2&apos;; create it first (CREATE ROLE %1 LOGIN).</source>
        <translation>Il n&apos;y a pas de rôle «&#xa0;%1&#xa0;» sur «&#xa0;%2&#xa0;»&#xa0;; créez-le d&apos;abord (CREATE ROLE %1 LOGIN).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already uses Jobdeck on &apos;%2&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» utilise déjà Jobdeck sur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot add &apos;%1&apos; to Jobdeck&apos;s users</source>
        <translation>Impossible d&apos;ajouter «&#xa0;%1&#xa0;» aux utilisateurs de Jobdeck</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may now use Jobdeck on &apos;%2&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» peut maintenant utiliser Jobdeck sur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may now use Jobdeck on &apos;%2&apos; (but cannot log in: it is NOLOGIN).</source>
        <translation>«&#xa0;%1&#xa0;» peut maintenant utiliser Jobdeck sur «&#xa0;%2&#xa0;» (mais ne peut pas se connecter&#xa0;: le rôle est NOLOGIN).</translation>
    </message>
    <message>
        <source>Lost the connection to the Jobdeck server &apos;%1&apos; and cannot reconnect: %2.</source>
        <translation>La connexion au serveur Jobdeck «&#xa0;%1&#xa0;» est perdue et ne peut pas être rétablie&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Cannot read the matching model of &apos;%1&apos;</source>
        <translation>Impossible de lire le modèle d&apos;adéquation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot copy the matching model to &apos;%1&apos;</source>
        <translation>Impossible de copier le modèle d&apos;adéquation vers «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot read the settings of &apos;%1&apos;</source>
        <translation>Impossible de lire les réglages de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot copy the settings to &apos;%1&apos;</source>
        <translation>Impossible de copier les réglages vers «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already holds applications or resumes; a copy goes into an empty database.</source>
        <translation>«&#xa0;%1&#xa0;» contient déjà des candidatures ou des CV&#xa0;; une copie va dans une base de données vide.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be copied as it is: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être copiée telle quelle&#xa0;: %2</translation>
    </message>
    <message>
        <source>The copy in &apos;%1&apos; does not match &apos;%2&apos;.</source>
        <translation>La copie dans «&#xa0;%1&#xa0;» ne correspond pas à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose a new file name for the backup.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un nouveau nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write the backup &apos;%1&apos;.</source>
        <translation>Impossible d&apos;écrire la sauvegarde «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>EditApplicationCommand</name>
    <message>
        <source>Edit %1 — %2</source>
        <translation>Modifier %1 — %2</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>&apos;%1&apos; must end in .csv or .json.</source>
        <translation>«&#xa0;%1&#xa0;» doit se terminer par .csv ou .json.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a symbolic link; Jobdeck does not write through links, so the file it points to was left alone. Choose another file name.</source>
        <translation>«&#xa0;%1&#xa0;» est un lien symbolique&#xa0;; Jobdeck n&apos;écrit pas à travers les liens, le fichier vers lequel il pointe n&apos;a donc pas été touché. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the folder &apos;%2&apos; does not exist.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: le dossier «&#xa0;%2&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos; (%2); nothing was written.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;» (%2)&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>Cannot write the calendar to &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;écrire l&apos;agenda dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Import %n application(s)</source>
        <translation>
            <numerusform>Importer %n candidature</numerusform>
            <numerusform>Importer %n candidatures</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported again: %1</source>
        <translation>Rien n&apos;a été réimporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Importing again...</source>
        <translation>Nouvel import en cours...</translation>
    </message>
    <message>
        <source>Nothing was imported again: the backup before it failed: %1</source>
        <translation>Rien n&apos;a été réimporté&#xa0;: la sauvegarde préalable a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undoing the import...</source>
        <translation>Annulation de l&apos;import...</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Intitulé du poste</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Date de candidature</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Minimum salary</source>
        <translation>Salaire minimum</translation>
    </message>
    <message>
        <source>Maximum salary</source>
        <translation>Salaire maximum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Description du poste</translation>
    </message>
    <message>
        <source>Stage entered at</source>
        <translation>Étape atteinte le</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions et réponses</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>Detect automatically</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <source>Jobdeck CSV</source>
        <translation>CSV Jobdeck</translation>
    </message>
    <message>
        <source>Jobdeck JSON</source>
        <translation>JSON Jobdeck</translation>
    </message>
    <message>
        <source>LinkedIn job applications</source>
        <translation>Candidatures LinkedIn</translation>
    </message>
    <message>
        <source>Teal export</source>
        <translation>Export Teal</translation>
    </message>
    <message>
        <source>Huntr export</source>
        <translation>Export Huntr</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Feuille de calcul</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>Contact email</source>
        <translation>E-mail du contact</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions et réponses</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>Le fichier est vide&#xa0;: il n&apos;y a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>No column for the %1 was found. The headers are: %2. Rename the column (to &quot;company&quot; or &quot;title&quot;) or choose it in the import dialog.</source>
        <translation>Aucune colonne n&apos;a été trouvée pour %1. Les en-têtes sont&#xa0;: %2. Renommez la colonne (en «&#xa0;company&#xa0;» ou «&#xa0;title&#xa0;») ou choisissez-la dans la boîte de dialogue d&apos;import.</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>l&apos;intitulé du poste</translation>
    </message>
    <message>
        <source>company</source>
        <translation>l&apos;entreprise</translation>
    </message>
    <message>
        <source>The dates in &quot;%1&quot; could be day-first or month-first (like 1/5/25) and no row settles it: they were read month-first (January 5).</source>
        <translation>Les dates de «&#xa0;%1&#xa0;» peuvent commencer par le jour ou par le mois (comme 1/5/25) et aucune ligne ne permet de trancher&#xa0;: elles ont été lues mois en premier (5 janvier).</translation>
    </message>
    <message>
        <source>The dates in &quot;%1&quot; mix day-first and month-first rows: they were read %2, as most rows are.</source>
        <translation>Les dates de «&#xa0;%1&#xa0;» mélangent des lignes jour en premier et mois en premier&#xa0;: elles ont été lues %2, comme la plupart des lignes.</translation>
    </message>
    <message>
        <source>day-first</source>
        <translation>jour en premier</translation>
    </message>
    <message>
        <source>month-first</source>
        <translation>mois en premier</translation>
    </message>
    <message>
        <source>blank row</source>
        <translation>ligne vide</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 (a comma outside quotes?)</source>
        <translation>la ligne a %1 champs mais l&apos;en-tête en a %2 (une virgule hors des guillemets&#xa0;?)</translation>
    </message>
    <message>
        <source>the company (&quot;%1&quot;) is empty</source>
        <translation>l&apos;entreprise («&#xa0;%1&#xa0;») est vide</translation>
    </message>
    <message>
        <source>the job title (&quot;%1&quot;) is empty</source>
        <translation>l&apos;intitulé du poste («&#xa0;%1&#xa0;») est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not a date</source>
        <translation>«&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» n&apos;est pas une date</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage (stages are %2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une étape (les étapes sont %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in stage_entered_at is not an ISO-8601 time</source>
        <translation>«&#xa0;%1&#xa0;» dans stage_entered_at n&apos;est pas une heure ISO 8601</translation>
    </message>
    <message>
        <source>Status in the imported file: %1</source>
        <translation>Statut dans le fichier importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>duplicate: already in Jobdeck</source>
        <translation>doublon&#xa0;: déjà dans Jobdeck</translation>
    </message>
    <message>
        <source>duplicate of line %1</source>
        <translation>doublon de la ligne %1</translation>
    </message>
    <message>
        <source>Status &quot;%1&quot; (%2 row(s), first on line %3) is not a Jobdeck stage: imported as %4, with the original kept in the notes.</source>
        <translation>Le statut «&#xa0;%1&#xa0;» (%2 ligne(s), d&apos;abord à la ligne %3) n&apos;est pas une étape Jobdeck&#xa0;: importé comme %4, l&apos;original est conservé dans les notes.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have no applied date: they are dated on the day of the import.</source>
        <translation>
            <numerusform>%n ligne n&apos;a pas de date de candidature&#xa0;: elle est datée du jour de l&apos;import.</numerusform>
            <numerusform>%n lignes n&apos;ont pas de date de candidature&#xa0;: elles sont datées du jour de l&apos;import.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the imported file: %2</source>
        <translation>%1 dans le fichier importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1: %2: imported without it, the text is kept in the notes.</source>
        <translation>ligne %1&#xa0;: %2&#xa0;: importée sans cette valeur, le texte est conservé dans les notes.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n ligne contient des erreurs.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n lignes contiennent des erreurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n application(s) would be imported; nothing was written.</source>
        <translation>
            <numerusform>Simulation&#xa0;: %n candidature serait importée&#xa0;; rien n&apos;a été écrit.</numerusform>
            <numerusform>Simulation&#xa0;: %n candidatures seraient importées&#xa0;; rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n application(s).</source>
        <translation>
            <numerusform>%n candidature importée.</numerusform>
            <numerusform>%n candidatures importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3 data rows, %4 ready, %5 skipped (%6 duplicates).</source>
        <translation>%1 (%2)&#xa0;: %3 lignes de données, %4 prêtes, %5 ignorées (%6 doublons).</translation>
    </message>
    <message>
        <source>error: line %1: %2</source>
        <translation>erreur&#xa0;: ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>&apos;%1&apos; is a folder, not a file to import.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier à importer.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot read the applications already stored</source>
        <translation>Impossible de lire les candidatures déjà enregistrées</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Cannot read back what the import wrote.</source>
        <translation>Impossible de relire ce que l&apos;import a écrit.</translation>
    </message>
    <message>
        <source>Cannot read the imported applications</source>
        <translation>Impossible de lire les candidatures importées</translation>
    </message>
    <message>
        <source>Cannot read the imported applications&apos; history</source>
        <translation>Impossible de lire l&apos;historique des candidatures importées</translation>
    </message>
    <message>
        <source>Cannot read the imported applications&apos; tasks</source>
        <translation>Impossible de lire les tâches des candidatures importées</translation>
    </message>
    <message>
        <source>Cannot read the imported resumes</source>
        <translation>Impossible de lire les CV importés</translation>
    </message>
    <message>
        <source>one was removed</source>
        <translation>une a été supprimée</translation>
    </message>
    <message numerus="yes">
        <source>%n of the imported applications changed since the import (%1); nothing was undone.</source>
        <translation>
            <numerusform>%n des candidatures importées a changé depuis l&apos;import (%1)&#xa0;; rien n&apos;a été annulé.</numerusform>
            <numerusform>%n des candidatures importées ont changé depuis l&apos;import (%1)&#xa0;; rien n&apos;a été annulé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The imported resume &quot;%1&quot; changed since the import; nothing was undone.</source>
        <translation>Le CV importé «&#xa0;%1&#xa0;» a changé depuis l&apos;import&#xa0;; rien n&apos;a été annulé.</translation>
    </message>
    <message>
        <source>Cannot remove the imported applications</source>
        <translation>Impossible de supprimer les candidatures importées</translation>
    </message>
    <message>
        <source>Cannot remove the imported resumes</source>
        <translation>Impossible de supprimer les CV importés</translation>
    </message>
    <message>
        <source>The import changed since; nothing was undone.</source>
        <translation>L&apos;import a changé depuis&#xa0;; rien n&apos;a été annulé.</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>Cannot prepare the import</source>
        <translation>Impossible de préparer l&apos;import</translation>
    </message>
    <message>
        <source>Line %1: cannot add the application</source>
        <translation>Ligne %1&#xa0;: impossible d&apos;ajouter la candidature</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>processus %1 sur %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already open in another Jobdeck (%2). Both can work on it safely, but changes made in one appear in the other only after a refresh.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert dans une autre instance de Jobdeck (%2). Les deux peuvent l&apos;utiliser sans risque, mais les modifications faites dans l&apos;une n&apos;apparaissent dans l&apos;autre qu&apos;après une actualisation.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already open in another Jobdeck (%2). Close it there first: this window keeps its current database.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert dans une autre instance de Jobdeck (%2). Fermez-le d&apos;abord dans l&apos;autre&#xa0;: cette fenêtre garde sa base de données actuelle.</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>application %1 (id %2, %3)</source>
        <translation>candidature %1 (id %2, %3)</translation>
    </message>
    <message>
        <source>This is not a Jobdeck JSON export: %1 at byte %2.</source>
        <translation>Ce n&apos;est pas un export JSON de Jobdeck&#xa0;: %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>This JSON file is not a Jobdeck export (its &quot;format&quot; is not &quot;jobdeck&quot;).</source>
        <translation>Ce fichier JSON n&apos;est pas un export Jobdeck (son «&#xa0;format&#xa0;» n&apos;est pas «&#xa0;jobdeck&#xa0;»).</translation>
    </message>
    <message>
        <source>This export has format version %1; this Jobdeck reads up to %2. Update Jobdeck to import it.</source>
        <translation>Cet export est au format version %1&#xa0;; cette version de Jobdeck lit jusqu&apos;à la version %2. Mettez Jobdeck à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste.</translation>
    </message>
    <message>
        <source>Cannot read the database</source>
        <translation>Impossible de lire la base de données</translation>
    </message>
    <message>
        <source>Stage event %1 belongs to application %2, which is not in the file.</source>
        <translation>Le changement d&apos;étape %1 appartient à la candidature %2, qui n&apos;est pas dans le fichier.</translation>
    </message>
    <message>
        <source>%1 has no id, company or title.</source>
        <translation>%1 n&apos;a pas d&apos;id, d&apos;entreprise ou d&apos;intitulé.</translation>
    </message>
    <message>
        <source>%1 has no stage history.</source>
        <translation>%1 n&apos;a pas d&apos;historique d&apos;étapes.</translation>
    </message>
    <message>
        <source>%1 is in stage &quot;%2&quot; but its last event is &quot;%3&quot;.</source>
        <translation>%1 est à l&apos;étape «&#xa0;%2&#xa0;» mais son dernier événement est «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>duplicate: already in Jobdeck</source>
        <translation>doublon&#xa0;: déjà dans Jobdeck</translation>
    </message>
    <message>
        <source>duplicate of an earlier application</source>
        <translation>doublon d&apos;une candidature précédente</translation>
    </message>
    <message>
        <source>The database already holds data, so the imported rows were given new ids.</source>
        <translation>La base de données contient déjà des données, les lignes importées ont donc reçu de nouveaux identifiants.</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Impossible d&apos;importer %1</translation>
    </message>
    <message>
        <source>Cannot import a row of %1 (id %2)</source>
        <translation>Impossible d&apos;importer une ligne de %1 (id %2)</translation>
    </message>
    <message>
        <source>Cannot read the resumes</source>
        <translation>Impossible de lire les CV</translation>
    </message>
    <message>
        <source>has an unknown stage &quot;%1&quot;</source>
        <translation>a une étape inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>leaves an unknown stage &quot;%1&quot;</source>
        <translation>quitte une étape inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>gives rank %1 to stage &quot;%2&quot;, whose rank is %3</source>
        <translation>donne le rang %1 à l&apos;étape «&#xa0;%2&#xa0;», dont le rang est %3</translation>
    </message>
    <message>
        <source>has no valid time</source>
        <translation>n&apos;a pas d&apos;heure valide</translation>
    </message>
    <message>
        <source>has an impossible stay of %1 seconds</source>
        <translation>a une durée de séjour impossible de %1 secondes</translation>
    </message>
    <message>
        <source>has an invalid applied date &quot;%1&quot;</source>
        <translation>a une date de candidature invalide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>has an impossible furthest rank %1</source>
        <translation>a un rang le plus avancé impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>has an invalid time in &quot;%1&quot;</source>
        <translation>a une heure invalide dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Stage event %1 (of application %2) %3.</source>
        <translation>Le changement d&apos;étape %1 (de la candidature %2) %3.</translation>
    </message>
    <message>
        <source>Stage event %1 (of application %2) leaves &quot;%3&quot;, but the application was in &quot;%4&quot; then.</source>
        <translation>Le changement d&apos;étape %1 (de la candidature %2) quitte «&#xa0;%3&#xa0;», mais la candidature était alors à «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>no stage</source>
        <translation>aucune étape</translation>
    </message>
    <message>
        <source>Stage event %1 (of application %2) is dated before the event it follows.</source>
        <translation>Le changement d&apos;étape %1 (de la candidature %2) est daté d&apos;avant l&apos;événement qu&apos;il suit.</translation>
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
        <translation>Déplacer %1 vers «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>The folder &apos;%1&apos; does not exist.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create a file in &apos;%1&apos;: %2.</source>
        <translation>Impossible de créer un fichier dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot create a file in &apos;%1&apos;.</source>
        <translation>Impossible de créer un fichier dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos; to disk: %2.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;» sur le disque&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ReminderRules</name>
    <message>
        <source>Prepare for the %1 round at %2</source>
        <translation>Préparer l&apos;étape «&#xa0;%1&#xa0;» chez %2</translation>
    </message>
    <message>
        <source>Send a thank-you note to %1</source>
        <translation>Envoyer un mot de remerciement à %1</translation>
    </message>
    <message>
        <source>Follow up on the application at %1</source>
        <translation>Relancer la candidature chez %1</translation>
    </message>
</context>
<context>
    <name>ResumeRepository</name>
    <message>
        <source>Cannot list resumes</source>
        <translation>Impossible de lister les CV</translation>
    </message>
    <message>
        <source>Cannot read resume %1</source>
        <translation>Impossible de lire le CV %1</translation>
    </message>
    <message>
        <source>There is no resume %1.</source>
        <translation>Le CV %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A resume needs a name.</source>
        <translation>Un CV doit avoir un nom.</translation>
    </message>
    <message>
        <source>The resume &apos;%1&apos; has no text.</source>
        <translation>Le CV «&#xa0;%1&#xa0;» ne contient aucun texte.</translation>
    </message>
    <message>
        <source>Cannot read the resumes</source>
        <translation>Impossible de lire les CV</translation>
    </message>
    <message>
        <source>Cannot store the resume</source>
        <translation>Impossible d&apos;enregistrer le CV</translation>
    </message>
    <message>
        <source>Cannot mark resume %1 as the default</source>
        <translation>Impossible de définir le CV %1 par défaut</translation>
    </message>
    <message>
        <source>Cannot remove resume %1</source>
        <translation>Impossible de supprimer le CV %1</translation>
    </message>
    <message>
        <source>Cannot choose a new default resume</source>
        <translation>Impossible de choisir un nouveau CV par défaut</translation>
    </message>
    <message>
        <source>The resume &apos;%1&apos; is longer than %2 MB of text; Jobdeck stores resumes of up to %2 MB.</source>
        <translation>Le CV «&#xa0;%1&#xa0;» dépasse %2 Mo de texte&#xa0;; Jobdeck enregistre des CV d&apos;au plus %2 Mo.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Cannot build Jobdeck&apos;s schema in memory: %1</source>
        <translation>Impossible de construire le schéma de Jobdeck en mémoire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Migration %1 does not run: %2</source>
        <translation>La migration %1 ne s&apos;exécute pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>La migration %1 est absente de cette version.</translation>
    </message>
    <message>
        <source>Cannot read the schema of &apos;%1&apos;: %2</source>
        <translation>Impossible de lire le schéma de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>it was not opened and was left unchanged.</source>
        <translation>il n&apos;a été ni ouvert ni modifié.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a %2 named &quot;%3&quot; that Jobdeck does not create; %4</source>
        <translation>«&#xa0;%1&#xa0;» contient un objet «&#xa0;%3&#xa0;» (%2) que Jobdeck ne crée pas&#xa0;; %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a %2 named &quot;%3&quot; where Jobdeck has a %4; %5</source>
        <translation>«&#xa0;%1&#xa0;» contient l&apos;objet «&#xa0;%3&#xa0;» de type %2, là où Jobdeck crée un objet de type %4&#xa0;; %5</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: its %2 &quot;%3&quot; is not the one Jobdeck creates; %4</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: l&apos;objet «&#xa0;%3&#xa0;» (%2) n&apos;est pas celui que crée Jobdeck&#xa0;; %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lacks the %2 &quot;%3&quot; of Jobdeck&apos;s schema %4; %5</source>
        <translation>Dans «&#xa0;%1&#xa0;», il manque l&apos;objet «&#xa0;%3&#xa0;» (%2) du schéma %4 de Jobdeck&#xa0;; %5</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL address (postgresql://USER@HOST:PORT/DBNAME).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse PostgreSQL (postgresql://UTILISATEUR@HÔTE:PORT/BASE).</translation>
    </message>
    <message>
        <source>The server option &apos;%1&apos; has a value Jobdeck cannot pass on.</source>
        <translation>L&apos;option de serveur «&#xa0;%1&#xa0;» a une valeur que Jobdeck ne peut pas transmettre.</translation>
    </message>
</context>
<context>
    <name>SqliteErrors</name>
    <message>
        <source>The SQLite driver gave no connection handle.</source>
        <translation>Le pilote SQLite n&apos;a fourni aucun descripteur de connexion.</translation>
    </message>
    <message>
        <source>This SQLite library cannot run in defensive mode.</source>
        <translation>Cette bibliothèque SQLite ne peut pas fonctionner en mode défensif.</translation>
    </message>
    <message>
        <source>another program kept the database busy for too long; try again</source>
        <translation>un autre programme a occupé la base de données trop longtemps&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only</source>
        <translation>le fichier de base de données ou son dossier est en lecture seule</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation>le disque n&apos;a pas pu être lu ou écrit (%1)</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>le fichier de base de données est endommagé</translation>
    </message>
    <message>
        <source>it is not an SQLite file, or it is damaged</source>
        <translation>ce n&apos;est pas un fichier SQLite, ou il est endommagé</translation>
    </message>
    <message>
        <source>the file cannot be opened (check that it and its folder exist and are yours)</source>
        <translation>le fichier ne peut pas être ouvert (vérifiez que lui et son dossier existent et vous appartiennent)</translation>
    </message>
    <message>
        <source>access to the database was denied</source>
        <translation>l&apos;accès à la base de données a été refusé</translation>
    </message>
    <message>
        <source>the database gave no reason (error code %1)</source>
        <translation>la base de données n&apos;a donné aucune raison (code d&apos;erreur %1)</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Test technique</translation>
    </message>
    <message>
        <source>Onsite</source>
        <translation>Entretien sur site</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Entretien final</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Ghosted</source>
        <translation>Sans réponse</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Prep</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Remerciement</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>Cannot read tasks</source>
        <translation>Impossible de lire les tâches</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>La tâche %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Task %1 is already %2.</source>
        <translation>La tâche %1 est déjà «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot close task %1</source>
        <translation>Impossible de clore la tâche %1</translation>
    </message>
    <message>
        <source>Cannot snooze task %1</source>
        <translation>Impossible de reporter la tâche %1</translation>
    </message>
    <message>
        <source>Cannot mark task %1 as notified</source>
        <translation>Impossible de marquer la tâche %1 comme notifiée</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Une tâche doit avoir un titre.</translation>
    </message>
    <message>
        <source>Cannot add the task</source>
        <translation>Impossible d&apos;ajouter la tâche</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>The file says it is UTF-8 but holds bytes that are not UTF-8; save it again as &quot;CSV UTF-8&quot; and retry.</source>
        <translation>Le fichier se déclare en UTF-8 mais contient des octets qui ne sont pas de l&apos;UTF-8&#xa0;; enregistrez-le de nouveau au format «&#xa0;CSV UTF-8&#xa0;» et réessayez.</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 but ends in the middle of a character.</source>
        <translation>Le fichier se déclare en UTF-16 mais se termine au milieu d&apos;un caractère.</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 but holds invalid characters.</source>
        <translation>Le fichier se déclare en UTF-16 mais contient des caractères non valides.</translation>
    </message>
    <message>
        <source>This is not a text file (it holds NUL bytes): Jobdeck imports CSV and Jobdeck JSON.</source>
        <translation>Ce n&apos;est pas un fichier texte (il contient des octets NUL)&#xa0;: Jobdeck importe du CSV et du JSON Jobdeck.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252. Check accented letters, or save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>Le fichier n&apos;est pas en UTF-8&#xa0;; il a été lu en Windows-1252. Vérifiez les lettres accentuées, ou enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et importez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>TransitionWriter</name>
    <message>
        <source>Cannot record the stage event</source>
        <translation>Impossible d&apos;enregistrer le changement d&apos;étape</translation>
    </message>
    <message>
        <source>Cannot create the follow-up tasks</source>
        <translation>Impossible de créer les tâches de suivi</translation>
    </message>
    <message>
        <source>Cannot cancel the pending tasks</source>
        <translation>Impossible d&apos;annuler les tâches en attente</translation>
    </message>
    <message>
        <source>Cannot cancel the undone move&apos;s tasks</source>
        <translation>Impossible d&apos;annuler les tâches du changement annulé</translation>
    </message>
    <message>
        <source>Cannot restore the tasks the undone move cancelled</source>
        <translation>Impossible de rétablir les tâches que le changement annulé avait annulées</translation>
    </message>
</context>
<context>
    <name>jobdeck</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>jobdeck::AnalyticsPage</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Conversion by source</source>
        <translation>Conversion par source</translation>
    </message>
    <message>
        <source>Weekly submissions</source>
        <translation>Candidatures par semaine</translation>
    </message>
    <message>
        <source>Days in stage (median, mean)</source>
        <translation>Jours par étape (médiane, moyenne)</translation>
    </message>
    <message>
        <source>Export PNG...</source>
        <translation>Exporter en PNG...</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write the chart to &apos;%1&apos;.</source>
        <translation>Impossible d&apos;écrire le graphique dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>Calcul en cours...</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Situation au %1</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Conversion %</source>
        <translation>Conversion (%)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 reached a screen (%4%)</source>
        <translation>%1&#xa0;: %2 sur %3 ont atteint la présélection (%4&#xa0;%)</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>%1: %2 submitted</source>
        <translation>%1&#xa0;: %2 envoyées</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>%1, %2: %3 days</source>
        <translation>%1, %2&#xa0;: %3 jours</translation>
    </message>
    <message>
        <source>%1/%2 (%3%)</source>
        <translation>%1/%2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Days in stage (median / mean)</source>
        <translation>Jours par étape (médiane / moyenne)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Every figure counts the applications applied to from this date on. Applications still saved, never applied to, have no date and are left out.</source>
        <translation>Chaque chiffre compte les candidatures envoyées à partir de cette date. Les candidatures seulement enregistrées, jamais envoyées, n&apos;ont pas de date et ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Every figure counts the applications applied to up to this day, as the pipeline stood at the end of it.</source>
        <translation>Chaque chiffre compte les candidatures envoyées jusqu&apos;à ce jour, d&apos;après leur état à la fin de ce jour.</translation>
    </message>
    <message>
        <source>Saved applications have no application date, so no period holds them: the funnel starts at Applied.</source>
        <translation>Les candidatures enregistrées n&apos;ont pas de date de candidature et n&apos;entrent donc dans aucune période&#xa0;: l&apos;entonnoir commence à «&#xa0;Envoyée&#xa0;».</translation>
    </message>
    <message>
        <source>Not yet applied (saved, outside any period): %1</source>
        <translation>Pas encore envoyées (enregistrées, hors de toute période)&#xa0;: %1</translation>
    </message>
    <message>
        <source>No applications applied to in this period yet</source>
        <translation>Aucune candidature envoyée sur cette période</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>No applications submitted in this period yet</source>
        <translation>Aucune candidature soumise sur cette période</translation>
    </message>
    <message>
        <source>No stage changes in this period yet: a stage&apos;s time counts once an application leaves it</source>
        <translation>Aucun changement d&apos;étape sur cette période&#xa0;: le temps passé dans une étape compte une fois qu&apos;une candidature la quitte</translation>
    </message>
    <message>
        <source>Not yet applied (saved)</source>
        <translation>Pas encore envoyées (enregistrées)</translation>
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
        <translation>Nouvelle base de données Jobdeck</translation>
    </message>
    <message>
        <source>Jobdeck databases (*.sqlite)</source>
        <translation>Bases de données Jobdeck (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Sample Data (not yours) — Jobdeck</source>
        <translation>Données d&apos;exemple (pas les vôtres) — Jobdeck</translation>
    </message>
    <message>
        <source>This is the sample database. File &gt; Open Recent brings back your own.</source>
        <translation>Ceci est la base d&apos;exemple. Fichier &gt; Fichiers récents ramène la vôtre.</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Données d&apos;exemple</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Use the local database</source>
        <translation>Utiliser la base de données locale</translation>
    </message>
    <message>
        <source>Reconnecting to server…</source>
        <translation>Reconnexion au serveur…</translation>
    </message>
    <message>
        <source>Live refresh is back</source>
        <translation>L&apos;actualisation en direct est rétablie</translation>
    </message>
</context>
<context>
    <name>jobdeck::ApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation>Nouvelle candidature</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Modifier la candidature</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Company site</source>
        <translation>Site de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Indeed</source>
        <translation>Indeed</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruteur</translation>
    </message>
    <message>
        <source>Leave unchecked for a job you have saved but not applied to yet.</source>
        <translation>Laissez décoché pour une offre enregistrée à laquelle vous n&apos;avez pas encore postulé.</translation>
    </message>
    <message>
        <source>The link must be a web address starting with http:// or https://.</source>
        <translation>Le lien doit être une adresse web commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>Save (Enter; Ctrl+Enter in the notes or the job description)</source>
        <translation>Enregistrer (Entrée&#xa0;; Ctrl+Entrée dans les notes ou la description du poste)</translation>
    </message>
</context>
<context>
    <name>jobdeck::ApplicationListPage</name>
    <message>
        <source>Filter by company, title, notes or location</source>
        <translation>Filtrer par entreprise, intitulé, notes ou lieu</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Étape&#xa0;:</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>Désa&amp;rchiver</translation>
    </message>
    <message>
        <source>Open applications</source>
        <translation>Candidatures en cours</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Bring the selected application back to the board</source>
        <translation>Remettre la candidature sélectionnée sur le tableau</translation>
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
        <translation>%1, échéance le %2</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Next task</source>
        <translation>Prochaine tâche</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
</context>
<context>
    <name>jobdeck::BackupActions</name>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importer...</translation>
    </message>
    <message>
        <source>Import applications from a CSV file (LinkedIn, Teal, Huntr, a spreadsheet) or a Jobdeck JSON export</source>
        <translation>Importer des candidatures depuis un fichier CSV (LinkedIn, Teal, Huntr, un tableur) ou un export JSON de Jobdeck</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter...</translation>
    </message>
    <message>
        <source>Export applications as CSV, or everything as JSON</source>
        <translation>Exporter les candidatures en CSV, ou l&apos;ensemble en JSON</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Copy the database into its backup folder</source>
        <translation>Copier la base de données dans son dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Back Up &amp;To...</source>
        <translation>Sauvegarder &amp;vers...</translation>
    </message>
    <message>
        <source>Copy the database to a file of your choice</source>
        <translation>Copier la base de données dans le fichier de votre choix</translation>
    </message>
    <message>
        <source>Replace the data with a backup (the current data is backed up first)</source>
        <translation>Remplacer les données par une sauvegarde (les données actuelles sont sauvegardées au préalable)</translation>
    </message>
    <message>
        <source>Jobdeck</source>
        <translation>Jobdeck</translation>
    </message>
    <message>
        <source>%1

The newest backup, &apos;%2&apos;, is sound. Restore it? The damaged file is kept beside it.</source>
        <translation>%1

La sauvegarde la plus récente, «&#xa0;%2&#xa0;», est intacte. La restaurer&#xa0;? Le fichier endommagé est conservé à côté.</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Importer des candidatures</translation>
    </message>
    <message>
        <source>CSV or Jobdeck JSON (*.csv *.json *.txt);;All files (*)</source>
        <translation>CSV ou JSON Jobdeck (*.csv *.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Spreadsheet, applications only (*.csv);;Everything, for a Jobdeck import (*.json)</source>
        <translation>Tableur, candidatures seules (*.csv);;Tout, pour un import Jobdeck (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé vers %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sauvegarder vers</translation>
    </message>
    <message>
        <source>Jobdeck databases (*.sqlite)</source>
        <translation>Bases de données Jobdeck (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot replace &apos;%1&apos;.</source>
        <translation>Impossible de remplacer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Jobdeck databases (*.sqlite);;All files (*)</source>
        <translation>Bases de données Jobdeck (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>Restored from %1; the previous data is saved as %2</source>
        <translation>Restauré depuis %1&#xa0;; les données précédentes sont sauvegardées sous %2</translation>
    </message>
    <message>
        <source>Another Jobdeck (%1) has &apos;%2&apos; open. Close it there first, then start Jobdeck again to restore the backup.</source>
        <translation>Un autre Jobdeck (%1) a «&#xa0;%2&#xa0;» ouvert. Fermez-le d’abord, puis relancez Jobdeck pour restaurer la sauvegarde.</translation>
    </message>
    <message numerus="yes">
        <source>Replace all the data in this database with the contents of &apos;%1&apos; (saved %2, %n application(s))?

The current data is backed up first, so this can be undone by restoring that backup.</source>
        <translation>
            <numerusform>Remplacer toutes les données de cette base par le contenu de «&#xa0;%1&#xa0;» (sauvegardé le %2, %n candidature)&#xa0;?

Les données actuelles sont d&apos;abord sauvegardées&#xa0;: restaurer cette sauvegarde annule l&apos;opération.</numerusform>
            <numerusform>Remplacer toutes les données de cette base par le contenu de «&#xa0;%1&#xa0;» (sauvegardé le %2, %n candidatures)&#xa0;?

Les données actuelles sont d&apos;abord sauvegardées&#xa0;: restaurer cette sauvegarde annule l&apos;opération.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n application(s) — Ctrl+Z to undo</source>
        <translation>
            <numerusform>%n candidature importée — Ctrl+Z pour annuler</numerusform>
            <numerusform>%n candidatures importées — Ctrl+Z pour annuler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n application(s)</source>
        <translation>
            <numerusform>%n candidature importée</numerusform>
            <numerusform>%n candidatures importées</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Sauvegarde en cours...</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Export en cours...</translation>
    </message>
    <message>
        <source>Restoring...</source>
        <translation>Restauration en cours...</translation>
    </message>
    <message>
        <source>Checking the backup...</source>
        <translation>Vérification de la sauvegarde...</translation>
    </message>
    <message>
        <source>Restore &amp;From Backup...</source>
        <translation>Res&amp;taurer depuis une sauvegarde...</translation>
    </message>
</context>
<context>
    <name>jobdeck::BoardColumn</name>
    <message>
        <source>Click to collapse or expand this column</source>
        <translation>Cliquez pour replier ou déplier cette colonne</translation>
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
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturées</translation>
    </message>
</context>
<context>
    <name>jobdeck::CardDelegate</name>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
</context>
<context>
    <name>jobdeck::ChangeFeed</name>
    <message>
        <source>Live refresh is off: the database connection is not open.</source>
        <translation>L&apos;actualisation en direct est désactivée&#xa0;: la connexion à la base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Live refresh is off: %1</source>
        <translation>L&apos;actualisation en direct est désactivée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Live refresh is off: cannot listen for changes on %1 (%2).</source>
        <translation>L&apos;actualisation en direct est désactivée&#xa0;: impossible d&apos;écouter les changements sur %1 (%2).</translation>
    </message>
</context>
<context>
    <name>jobdeck::ConnectDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Servers you connected to before. Passwords are never kept here, only in the system keychain when you ask for it.</source>
        <translation>Serveurs auxquels vous vous êtes déjà connecté. Les mots de passe ne sont jamais gardés ici, seulement dans le trousseau du système si vous le demandez.</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s host name or address.</source>
        <translation>Le nom d&apos;hôte ou l&apos;adresse du serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>The server&apos;s port (PostgreSQL&apos;s default is 5432).</source>
        <translation>Le port du serveur (5432 par défaut pour PostgreSQL).</translation>
    </message>
    <message>
        <source>The database the server&apos;s owner set up for Jobdeck (jobdeck-cli server init).</source>
        <translation>La base de données que le propriétaire du serveur a préparée pour Jobdeck (jobdeck-cli server init).</translation>
    </message>
    <message>
        <source>Your login role on the server; you see only your own applications.</source>
        <translation>Votre rôle de connexion sur le serveur&#xa0;; vous ne voyez que vos propres candidatures.</translation>
    </message>
    <message>
        <source>Leave empty to use PGPASSWORD, ~/.pgpass or a service file, as libpq does.</source>
        <translation>Laissez vide pour utiliser PGPASSWORD, ~/.pgpass ou un fichier de service, comme libpq.</translation>
    </message>
    <message>
        <source>Keeps the password in the system keychain under &quot;Jobdeck&quot; (never in Jobdeck&apos;s settings). Unticked, a password remembered before is forgotten.</source>
        <translation>Garde le mot de passe dans le trousseau du système sous «&#xa0;Jobdeck&#xa0;» (jamais dans les réglages de Jobdeck). Décochée, un mot de passe retenu auparavant est oublié.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Tries the login without switching databases.</source>
        <translation>Essaie la connexion sans changer de base de données.</translation>
    </message>
    <message>
        <source>Use the &amp;Local Database</source>
        <translation>Utiliser la base &amp;locale</translation>
    </message>
    <message>
        <source>Work on the database file on this computer instead.</source>
        <translation>Travailler plutôt sur le fichier de base de données de cet ordinateur.</translation>
    </message>
    <message>
        <source>R&amp;ecent servers:</source>
        <translation>S&amp;erveurs récents&#xa0;:</translation>
    </message>
    <message>
        <source>%1 Type the password, or leave it empty to use ~/.pgpass.</source>
        <translation>%1 Saisissez le mot de passe, ou laissez-le vide pour utiliser ~/.pgpass.</translation>
    </message>
    <message>
        <source>Reading the password from the system keychain…</source>
        <translation>Lecture du mot de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user.</source>
        <translation>Indiquez l&apos;hôte, la base de données et l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The login on %1 works.</source>
        <translation>La connexion à %1 fonctionne.</translation>
    </message>
    <message>
        <source>Connected. Updating the system keychain…</source>
        <translation>Connecté. Mise à jour du trousseau du système…</translation>
    </message>
    <message>
        <source>Stop waiting for the server; everything typed stays.</source>
        <translation>Arrêter d&apos;attendre le serveur&#xa0;; tout ce qui a été saisi est conservé.</translation>
    </message>
    <message>
        <source>Stopped waiting for the system keychain.</source>
        <translation>Attente du trousseau du système arrêtée.</translation>
    </message>
    <message>
        <source>Stopped waiting for %1.</source>
        <translation>Attente de %1 arrêtée.</translation>
    </message>
</context>
<context>
    <name>jobdeck::DetailsPanel</name>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an application to see its details.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sélectionnez une candidature pour en voir le détail.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>%1, for %2 days</source>
        <translation>%1, depuis %2 jours</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Date de candidature</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>When this round&apos;s interview takes place: prep falls due the day before, the thank-you note a day after.</source>
        <translation>Date de l&apos;entretien de cette étape&#xa0;: la préparation est due la veille, le mot de remerciement le lendemain.</translation>
    </message>
    <message>
        <source>&amp;Interview at</source>
        <translation>Date de l&apos;entret&amp;ien</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>The job description, as you pasted or imported it</source>
        <translation>La description du poste, telle que vous l&apos;avez collée ou importée</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
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
        <translation>%1 (annulation)</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1 (annulé)</translation>
    </message>
    <message>
        <source>%1
Undone: this move and its undo count for nothing.</source>
        <translation>%1
Annulé&#xa0;: ce changement et son annulation ne comptent pas.</translation>
    </message>
</context>
<context>
    <name>jobdeck::ImportDialog</name>
    <message>
        <source>Import applications</source>
        <translation>Importer des candidatures</translation>
    </message>
    <message>
        <source>How to read the file. Detection looks at the column names.</source>
        <translation>Comment lire le fichier. La détection se fonde sur les noms des colonnes.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Check the file to see what would be imported, skipped or refused.</source>
        <translation>Vérifiez le fichier pour voir ce qui serait importé, ignoré ou refusé.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Report what an import would do without changing anything.</source>
        <translation>Indiquer ce que ferait un import, sans rien modifier.</translation>
    </message>
    <message>
        <source>Import every row, or nothing if any row has an error.</source>
        <translation>Importer toutes les lignes, ou aucune si l&apos;une d&apos;elles contient une erreur.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Columns (choose what each one feeds):</source>
        <translation>Colonnes (choisissez ce que chacune alimente)&#xa0;:</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Jobdeck JSON export</source>
        <translation>Export JSON de Jobdeck</translation>
    </message>
    <message>
        <source>Applications, their history, tasks and resumes, restored as they were</source>
        <translation>Les candidatures, leur historique, leurs tâches et les CV, restaurés tels quels</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Import en cours...</translation>
    </message>
    <message>
        <source>skipped: line %1: %2</source>
        <translation>ignorée&#xa0;: ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>... and %1 more skipped rows.</source>
        <translation>... et %1 autres lignes ignorées.</translation>
    </message>
    <message>
        <source>&amp;Strict: refuse the file if a date or time cannot be read</source>
        <translation>&amp;Strict&#xa0;: refuser le fichier si une date ou une heure est illisible</translation>
    </message>
    <message>
        <source>Unchecked, a row whose date cannot be read is imported without it, with the text kept in its notes and a warning in the report.</source>
        <translation>Si la case est décochée, une ligne dont la date est illisible est importée sans cette date&#xa0;; le texte est conservé dans ses notes et le rapport contient un avertissement.</translation>
    </message>
    <message>
        <source>Nothing was imported: the backup before it failed: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: la sauvegarde préalable a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>jobdeck::InterviewMoveDialog</name>
    <message>
        <source>Schedule an Interview</source>
        <translation>Planifier un entretien</translation>
    </message>
    <message>
        <source>Move %1 to an interview round. Prep falls due the day before the interview, the thank-you note a day after it.</source>
        <translation>Passer %1 à un entretien. La préparation est due la veille de l&apos;entretien, le mot de remerciement le lendemain.</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Tour&#xa0;:</translation>
    </message>
    <message>
        <source>Interview &amp;at:</source>
        <translation>Date de l&apos;&amp;entretien&#xa0;:</translation>
    </message>
</context>
<context>
    <name>jobdeck::JsonLines</name>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 line %2: not a JSON object</source>
        <translation>%1 ligne %2&#xa0;: pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 line %2: needs &quot;id&quot; (a string or number) and &quot;text&quot; (a string)</source>
        <translation>%1 ligne %2&#xa0;: il faut «&#xa0;id&#xa0;» (une chaîne ou un nombre) et «&#xa0;text&#xa0;» (une chaîne)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no job descriptions</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune description de poste</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: there is no such file</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: it is not a regular file</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 MB; Jobdeck ranks job description files of up to %2 MB</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2 Mo&#xa0;; Jobdeck classe des fichiers de descriptions de poste d&apos;au plus %2 Mo</translation>
    </message>
    <message>
        <source>%1 line %2 is larger than %3 MB; Jobdeck reads job descriptions of up to %3 MB a line</source>
        <translation>%1, ligne %2&#xa0;: plus de %3 Mo&#xa0;; Jobdeck lit des descriptions de poste d&apos;au plus %3 Mo par ligne</translation>
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
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Database...</source>
        <translation>&amp;Nouvelle base de données...</translation>
    </message>
    <message>
        <source>&amp;Open Database...</source>
        <translation>&amp;Ouvrir une base de données...</translation>
    </message>
    <message>
        <source>Open a Jobdeck database</source>
        <translation>Ouvrir une base de données Jobdeck</translation>
    </message>
    <message>
        <source>Jobdeck databases (*.sqlite *.jobdeck *.db);;All files (*)</source>
        <translation>Bases de données Jobdeck (*.sqlite *.jobdeck *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Candidature</translation>
    </message>
    <message>
        <source>&amp;New Application...</source>
        <translation>&amp;Nouvelle candidature...</translation>
    </message>
    <message>
        <source>&amp;Edit Application...</source>
        <translation>&amp;Modifier la candidature...</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>&amp;Move To</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Stage</source>
        <translation>Revenir à l&apos;étape &amp;précédente</translation>
    </message>
    <message>
        <source>Mark &amp;Rejected</source>
        <translation>Marquer comme re&amp;fusée</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Jobdeck</source>
        <translation>À &amp;propos de Jobdeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nouvelle candidature</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Modifier la candidature</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Charger des données d&apos;exemple</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n application(s). Add the sample pipeline anyway?</source>
        <translation>
            <numerusform>Cette base de données contient déjà %n candidature. Ajouter quand même les données d&apos;exemple&#xa0;?</numerusform>
            <numerusform>Cette base de données contient déjà %n candidatures. Ajouter quand même les données d&apos;exemple&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1 sample applications.</source>
        <translation>%1 candidatures d&apos;exemple ajoutées.</translation>
    </message>
    <message>
        <source>About Jobdeck</source>
        <translation>À propos de Jobdeck</translation>
    </message>
    <message>
        <source>Applications: %1 · Active: %2 · Tasks due: %3</source>
        <translation>Candidatures&#xa0;: %1 · Actives&#xa0;: %2 · Tâches à faire&#xa0;: %3</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La sauvegarde quotidienne a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Keep Running in the Tray When Closed</source>
        <translation>&amp;Garder dans la zone de notification à la fermeture</translation>
    </message>
    <message>
        <source>Closing the window leaves Jobdeck in the system tray, so reminders still appear</source>
        <translation>Fermer la fenêtre laisse Jobdeck dans la zone de notification, pour que les rappels s&apos;affichent encore</translation>
    </message>
    <message>
        <source>Start at &amp;Login</source>
        <translation>&amp;Lancer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Move to &amp;Interview Round...</source>
        <translation>Passer à un &amp;entretien...</translation>
    </message>
    <message>
        <source>Try the &amp;Sample Database</source>
        <translation>Essayer la base d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Opens a separate database filled with a demo pipeline; File &gt; Open Recent brings yours back</source>
        <translation>Ouvre une base de données à part, remplie de candidatures d&apos;exemple&#xa0;; Fichier &gt; Fichiers récents ramène la vôtre</translation>
    </message>
    <message>
        <source>&amp;Connect to Server...</source>
        <translation>Se &amp;connecter à un serveur...</translation>
    </message>
    <message>
        <source>Work on a Jobdeck database on a PostgreSQL server, shared by your devices</source>
        <translation>Travailler sur une base de données Jobdeck d&apos;un serveur PostgreSQL, partagée par vos appareils</translation>
    </message>
    <message>
        <source>&amp;Use Local Database</source>
        <translation>&amp;Utiliser la base de données locale</translation>
    </message>
    <message>
        <source>Work on the database file on this computer</source>
        <translation>Travailler sur le fichier de base de données de cet ordinateur</translation>
    </message>
    <message>
        <source>Your applications are on a PostgreSQL server, where row-level security shows them to your login alone:</source>
        <translation>Vos candidatures sont sur un serveur PostgreSQL, dont la sécurité au niveau des lignes ne les montre qu&apos;à votre connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Everything stays in one SQLite file on this computer:</source>
        <translation>Tout reste dans un seul fichier SQLite sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jobdeck %1&lt;/h3&gt;&lt;p&gt;A private, offline job-search tracker: every application, every stage it moved through, the follow-ups each move calls for, and how well a resume fits each job.&lt;/p&gt;&lt;p&gt;%2&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %4.&lt;/p&gt;&lt;p&gt;&lt;small&gt;The skill list includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 licence and modified by Jobdeck; USDOL/ETA has not approved, endorsed or tested these modifications.&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Jobdeck %1&lt;/h3&gt;&lt;p&gt;Un outil privé et hors ligne de suivi de recherche d&apos;emploi&#xa0;: chaque candidature, chaque étape qu&apos;elle a franchie, les relances que chaque étape appelle, et l&apos;adéquation d&apos;un CV à chaque poste.&lt;/p&gt;&lt;p&gt;%2&lt;br&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compilé avec Qt %4.&lt;/p&gt;&lt;p&gt;&lt;small&gt;La liste des compétences contient des informations de la base O*NET 29.2 du U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), utilisées sous la licence CC BY 4.0 et modifiées par Jobdeck&#xa0;; l&apos;USDOL/ETA n&apos;a ni approuvé, ni cautionné, ni testé ces modifications.&lt;/small&gt;&lt;/p&gt;</translation>
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
        <source>Move to Ne&amp;xt Stage</source>
        <translation>Passer à l&apos;étape &amp;suivante</translation>
    </message>
</context>
<context>
    <name>jobdeck::MatchPage</name>
    <message>
        <source>&amp;Import Resume...</source>
        <translation>&amp;Importer un CV...</translation>
    </message>
    <message>
        <source>Make De&amp;fault</source>
        <translation>Définir &amp;par défaut</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>É&amp;valuer</translation>
    </message>
    <message>
        <source>&amp;Rank My Applications</source>
        <translation>C&amp;lasser mes candidatures</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The selected application&apos;s job description</source>
        <translation>Description du poste de la candidature sélectionnée</translation>
    </message>
    <message>
        <source>A pasted job description</source>
        <translation>Une description de poste collée</translation>
    </message>
    <message>
        <source>Paste a job description here.</source>
        <translation>Collez une description de poste ici.</translation>
    </message>
    <message>
        <source>Resume:</source>
        <translation>CV&#xa0;:</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aligned&lt;/b&gt;</source>
        <translation>&lt;b&gt;Points communs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missing&lt;/b&gt; (hard skills first)</source>
        <translation>&lt;b&gt;Manquants&lt;/b&gt; (compétences techniques d&apos;abord)</translation>
    </message>
    <message>
        <source>Open applications by score</source>
        <translation>Candidatures en cours par score</translation>
    </message>
    <message>
        <source>Import a resume</source>
        <translation>Importer un CV</translation>
    </message>
    <message>
        <source>Resumes (*.txt *.md *.pdf *.docx)</source>
        <translation>CV (*.txt *.md *.pdf *.docx)</translation>
    </message>
    <message>
        <source>Import resume</source>
        <translation>Importer un CV</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>No resume yet: import one</source>
        <translation>Pas encore de CV&#xa0;: importez-en un</translation>
    </message>
    <message>
        <source>%1 has no job description; edit the application to add one.</source>
        <translation>%1 n&apos;a pas de description de poste&#xa0;; modifiez la candidature pour en ajouter une.</translation>
    </message>
    <message>
        <source>Select an application on the board or the list.</source>
        <translation>Sélectionnez une candidature dans le tableau ou la liste.</translation>
    </message>
    <message>
        <source>Scoring...</source>
        <translation>Évaluation en cours...</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>No stored job descriptions yet: the term weights come from these two texts alone.</source>
        <translation>Aucune description de poste enregistrée pour l&apos;instant&#xa0;: le poids des termes vient de ces deux textes seuls.</translation>
    </message>
    <message>
        <source>Ranking every job description...</source>
        <translation>Classement de toutes les descriptions de poste...</translation>
    </message>
    <message>
        <source>Ranking cancelled; no score changed.</source>
        <translation>Classement annulé&#xa0;; aucun score n&apos;a changé.</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lecture de %1...</translation>
    </message>
    <message>
        <source>How much of what the job weighs your resume shows.</source>
        <translation>La part de ce que le poste met en avant que votre CV montre.</translation>
    </message>
    <message numerus="yes">
        <source>Ranked %n job description(s); select one to see its match.</source>
        <translation>
            <numerusform>%n description de poste classée&#xa0;; sélectionnez-la pour voir son adéquation.</numerusform>
            <numerusform>%n descriptions de poste classées&#xa0;; sélectionnez-en une pour voir son adéquation.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Match index %2 (TF-IDF cosine x 100, the figure ranking uses).</source>
        <translation>%1
Indice d&apos;adéquation %2 (cosinus TF-IDF x 100, la valeur utilisée pour le classement).</translation>
    </message>
    <message>
        <source>Your resume shows %1% of this job&apos;s skills and key phrases, weighted by how much the job stresses each.</source>
        <translation>Votre CV montre %1&#xa0;% des compétences et expressions clés de ce poste, pondérées selon l&apos;importance que le poste donne à chacune.</translation>
    </message>
</context>
<context>
    <name>jobdeck::MatchService</name>
    <message>
        <source>Unknown analyzer &apos;%1&apos;.</source>
        <translation>Analyseur «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>The matching model could not be saved, so it will be fitted again next time: %1</source>
        <translation>Le modèle d&apos;adéquation n&apos;a pas pu être enregistré&#xa0;; il sera de nouveau ajusté la prochaine fois&#xa0;: %1</translation>
    </message>
    <message>
        <source>No application has a job description yet: add one to rank against it.</source>
        <translation>Aucune candidature n&apos;a encore de description de poste&#xa0;: ajoutez-en une pour établir un classement.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>jobdeck::Matcher</name>
    <message>
        <source>Your resume shares no terms with this job description.</source>
        <translation>Votre CV n&apos;a aucun terme en commun avec cette description de poste.</translation>
    </message>
    <message>
        <source>The job asks for %1, which your resume does not show: mention any you have.</source>
        <translation>Le poste demande %1, ce que votre CV ne montre pas&#xa0;: mentionnez ce que vous en maîtrisez.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Match %1 / 100 · %2</source>
        <translation>Adéquation %1 / 100 · %2</translation>
    </message>
    <message>
        <source>The share of this job&apos;s skills and key phrases that your resume shows, each counted by its weight in the job description. Low below %1, Fair from %1, Good from %2, Strong from %3.</source>
        <translation>La part des compétences et expressions clés de ce poste que votre CV montre, chacune comptée selon son poids dans la description du poste. Faible en dessous de %1, Moyenne à partir de %1, Bonne à partir de %2, Forte à partir de %3.</translation>
    </message>
    <message>
        <source>Your resume shows every skill and key phrase this job description weighs.</source>
        <translation>Votre CV montre chaque compétence et expression clé prise en compte par cette description de poste.</translation>
    </message>
    <message>
        <source>Your resume shows every skill this job names, and %1% of its weighted skills and key phrases.</source>
        <translation>Votre CV montre chaque compétence citée par ce poste, et %1&#xa0;% de ses compétences et expressions clés pondérées.</translation>
    </message>
    <message>
        <source>Your resume shows every skill this job names; it could echo its wording: %1.</source>
        <translation>Votre CV montre chaque compétence citée par ce poste&#xa0;; il pourrait reprendre sa formulation&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>jobdeck::NotificationBar</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>jobdeck::PasswordStore</name>
    <message>
        <source>no keychain service is available on this computer</source>
        <translation>aucun service de trousseau n&apos;est disponible sur cet ordinateur</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>l&apos;accès a été refusé</translation>
    </message>
    <message>
        <source>no keychain service answered (error %1)</source>
        <translation>aucun service de trousseau n&apos;a répondu (erreur %1)</translation>
    </message>
    <message>
        <source>Jobdeck could not read a password from the system keychain: %1.</source>
        <translation>Jobdeck n&apos;a pas pu lire de mot de passe dans le trousseau du système&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Jobdeck could not save the password in the system keychain: %1. The password is not remembered; you will be asked for it next time.</source>
        <translation>Jobdeck n&apos;a pas pu enregistrer le mot de passe dans le trousseau du système&#xa0;: %1. Le mot de passe n&apos;est pas retenu&#xa0;; il vous sera demandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Jobdeck could not remove the password from the system keychain: %1.</source>
        <translation>Jobdeck n&apos;a pas pu retirer le mot de passe du trousseau du système&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>jobdeck::PipelineService</name>
    <message>
        <source>A new application starts as saved or applied, not %1.</source>
        <translation>Une nouvelle candidature commence à l&apos;étape «&#xa0;saved&#xa0;» ou «&#xa0;applied&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot add the application</source>
        <translation>Impossible d&apos;ajouter la candidature</translation>
    </message>
    <message>
        <source>A move cannot be dated %1, before the application&apos;s last move (%2).</source>
        <translation>Un changement d&apos;étape ne peut pas être daté du %1, avant le dernier changement de la candidature (%2).</translation>
    </message>
    <message>
        <source>Cannot move application %1</source>
        <translation>Impossible de déplacer la candidature %1</translation>
    </message>
    <message>
        <source>Cannot read the history of application %1</source>
        <translation>Impossible de lire l&apos;historique de la candidature %1</translation>
    </message>
    <message>
        <source>%1 has moved on to %2 since; that move can no longer be undone.</source>
        <translation>La candidature chez %1 est passée depuis à l&apos;étape «&#xa0;%2&#xa0;»&#xa0;; ce changement ne peut plus être annulé.</translation>
    </message>
    <message>
        <source>Application %1 already exists (%2), so it cannot be added again.</source>
        <translation>La candidature %1 existe déjà (%2) et ne peut donc pas être ajoutée de nouveau.</translation>
    </message>
    <message>
        <source>Cannot remove application %1</source>
        <translation>Impossible de supprimer la candidature %1</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>La candidature %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>An interview time goes with an interview stage (screen, technical, onsite or final), not %1.</source>
        <translation>Une date d&apos;entretien va avec une étape d&apos;entretien (screen, technical, onsite ou final), pas avec %1.</translation>
    </message>
    <message>
        <source>That move changed nothing, so there is nothing to undo.</source>
        <translation>Ce changement n&apos;a rien modifié, il n&apos;y a donc rien à annuler.</translation>
    </message>
    <message>
        <source>Cannot read event %1</source>
        <translation>Impossible de lire l&apos;événement %1</translation>
    </message>
    <message>
        <source>There is no stage event %1.</source>
        <translation>Il n&apos;y a pas de changement d&apos;étape %1.</translation>
    </message>
    <message>
        <source>Event %1 is itself an undo; make the move again instead.</source>
        <translation>L&apos;événement %1 est lui-même une annulation&#xa0;; refaites plutôt le changement.</translation>
    </message>
    <message>
        <source>Event %1 has already been undone.</source>
        <translation>L&apos;événement %1 a déjà été annulé.</translation>
    </message>
    <message>
        <source>Event %1 is the application&apos;s first event; there is no move to undo.</source>
        <translation>L&apos;événement %1 est le premier de la candidature&#xa0;; il n&apos;y a aucun changement à annuler.</translation>
    </message>
    <message>
        <source>Application %1 has no stage history.</source>
        <translation>La candidature %1 n&apos;a pas d&apos;historique d&apos;étapes.</translation>
    </message>
    <message>
        <source>Application %1 has no move left to undo.</source>
        <translation>La candidature %1 n&apos;a plus aucun changement à annuler.</translation>
    </message>
    <message>
        <source>Cannot read the interview of application %1</source>
        <translation>Impossible de lire l&apos;entretien de la candidature %1</translation>
    </message>
    <message>
        <source>%1 is in %2, not an interview stage, so it has no interview to schedule.</source>
        <translation>La candidature chez %1 est à l&apos;étape «&#xa0;%2&#xa0;», qui n&apos;est pas une étape d&apos;entretien&#xa0;; il n&apos;y a donc pas d&apos;entretien à planifier.</translation>
    </message>
    <message>
        <source>Cannot schedule the interview</source>
        <translation>Impossible de planifier l&apos;entretien</translation>
    </message>
    <message>
        <source>The %1 round of %2 has no prep or thank-you task to schedule.</source>
        <translation>L&apos;étape «&#xa0;%1&#xa0;» chez %2 n&apos;a aucune tâche de préparation ou de remerciement à planifier.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since it was added.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifiée ailleurs depuis son ajout.</translation>
    </message>
    <message>
        <source>%1 was moved elsewhere since (it is now in %2).</source>
        <translation>«&#xa0;%1&#xa0;» a été déplacée ailleurs entre-temps (elle est maintenant dans %2).</translation>
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
        <translation>Afficher Jobdeck</translation>
    </message>
    <message>
        <source>New Application...</source>
        <translation>Nouvelle candidature...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>%1 follow-ups are due, starting with: %2</source>
        <translation>%1 tâches arrivent à échéance, à commencer par&#xa0;: %2</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Tâche à échéance</translation>
    </message>
    <message>
        <source>Jobdeck is still running</source>
        <translation>Jobdeck est toujours en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Reminders keep coming from here. To quit, use Quit in this icon&apos;s menu or File &gt; Quit; to close for good, turn off File &gt; Keep Running in the Tray.</source>
        <translation>Les rappels continuent d&apos;arriver d&apos;ici. Pour quitter, choisissez «&#xa0;Quitter&#xa0;» dans le menu de cette icône ou Fichier &gt; Quitter&#xa0;; pour que la fermeture quitte vraiment, désactivez Fichier &gt; Garder dans la zone de notification à la fermeture.</translation>
    </message>
</context>
<context>
    <name>jobdeck::RemindersPage</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>S&amp;nooze</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>&amp;Open Application</source>
        <translation>&amp;Ouvrir la candidature</translation>
    </message>
    <message>
        <source>Export to Calendar (.ics)...</source>
        <translation>Exporter vers l&apos;agenda (.ics)...</translation>
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation>Exporter les rappels</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>No follow-ups pending. Moving an application to a new stage adds the follow-ups it calls for here, such as a nudge a week after applying.</source>
        <translation>Aucune relance en attente. Quand une candidature change d&apos;étape, les tâches qu&apos;elle appelle s&apos;affichent ici, par exemple une relance une semaine après l&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>jobdeck::Session</name>
    <message>
        <source>Application %1 is no longer on the board.</source>
        <translation>La candidature %1 n&apos;est plus sur le tableau.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n application(s) to %1</source>
        <translation>
            <numerusform>Déplacer %n candidature vers «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Déplacer %n candidatures vers «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived %1 — Ctrl+Z to undo</source>
        <translation>Candidature chez %1 archivée — Ctrl+Z pour annuler</translation>
    </message>
    <message>
        <source>Unarchived %1</source>
        <translation>Candidature chez %1 désarchivée</translation>
    </message>
</context>
<context>
    <name>jobdeck::SnoozeMenu</name>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation>Pendant une heure</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>Until next week</source>
        <translation>Jusqu&apos;à la semaine prochaine</translation>
    </message>
</context>
<context>
    <name>jobdeck::TaskModel</name>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (terminée)</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (annulée)</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, échéance le %2</translation>
    </message>
</context>
<context>
    <name>jobdeck::TermChips</name>
    <message>
        <source>hard skill</source>
        <translation>compétence technique</translation>
    </message>
    <message>
        <source>soft skill</source>
        <translation>savoir-être</translation>
    </message>
    <message>
        <source>term</source>
        <translation>terme</translation>
    </message>
    <message>
        <source>%1, weight %2</source>
        <translation>%1, poids %2</translation>
    </message>
</context>
<context>
    <name>jobdeck::TfidfModel</name>
    <message>
        <source>No analyzer to fit the model with.</source>
        <translation>Aucun analyseur pour ajuster le modèle.</translation>
    </message>
    <message>
        <source>There are no job descriptions to fit the model on.</source>
        <translation>Aucune description de poste sur laquelle ajuster le modèle.</translation>
    </message>
    <message>
        <source>max_df corresponds to fewer documents than min_df.</source>
        <translation>max_df correspond à moins de documents que min_df.</translation>
    </message>
    <message>
        <source>The texts hold no words to match on (only stop words or none at all).</source>
        <translation>Les textes ne contiennent aucun mot à comparer (seulement des mots vides, ou aucun).</translation>
    </message>
    <message>
        <source>After pruning, no terms remain: try a lower min_df or a higher max_df.</source>
        <translation>Après élagage, il ne reste aucun terme&#xa0;: essayez un min_df plus bas ou un max_df plus haut.</translation>
    </message>
    <message>
        <source>The saved matching model is damaged; it will be fitted again.</source>
        <translation>Le modèle d&apos;adéquation enregistré est endommagé&#xa0;; il sera de nouveau ajusté.</translation>
    </message>
    <message>
        <source>The saved matching model has format %1, this version reads %2; it will be fitted again.</source>
        <translation>Le modèle d&apos;adéquation enregistré est au format %1, cette version lit le format %2&#xa0;; il sera de nouveau ajusté.</translation>
    </message>
</context>
<context>
    <name>jobdeck::WelcomePanel</name>
    <message>
        <source>Add an Application...</source>
        <translation>Ajouter une candidature...</translation>
    </message>
    <message>
        <source>Import a Spreadsheet or LinkedIn Export...</source>
        <translation>Importer un tableur ou un export LinkedIn...</translation>
    </message>
    <message>
        <source>Try the Sample Data</source>
        <translation>Essayer les données d&apos;exemple</translation>
    </message>
    <message>
        <source>Opens a separate sample database; yours stays as it is (File &gt; Open Recent brings it back)</source>
        <translation>Ouvre une base d&apos;exemple à part&#xa0;; la vôtre reste telle quelle (Fichier &gt; Fichiers récents la ramène)</translation>
    </message>
    <message>
        <source>Welcome to Jobdeck</source>
        <translation>Bienvenue dans Jobdeck</translation>
    </message>
    <message>
        <source>Track every job application, the follow-ups each step calls for, and how well your resume fits each job, all in one file on this computer.</source>
        <translation>Suivez chaque candidature, les relances que chaque étape appelle et l&apos;adéquation de votre CV à chaque poste, le tout dans un seul fichier sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>jobdeck::io</name>
    <message>
        <source>&apos;%1&apos; holds no text.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun texte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist or is not a file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 MB; Jobdeck reads resume and job description files of up to %2 MB.</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2 Mo&#xa0;; Jobdeck lit des fichiers de CV et de descriptions de poste d&apos;au plus %2 Mo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds more than %2 MB of text; Jobdeck reads resumes and job descriptions of up to %2 MB of text.</source>
        <translation>«&#xa0;%1&#xa0;» contient plus de %2 Mo de texte&#xa0;; Jobdeck lit des CV et des descriptions de poste d&apos;au plus %2 Mo de texte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file: Jobdeck reads resumes and job descriptions from files, not from devices, pipes or folders.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire&#xa0;: Jobdeck lit les CV et les descriptions de poste dans des fichiers, pas dans des périphériques, des tubes ou des dossiers.</translation>
    </message>
</context>
<context>
    <name>jobdeck::io::DocumentText</name>
    <message>
        <source>&apos;%1&apos; is not a supported document: use .txt, .md, .pdf or .docx.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un document pris en charge&#xa0;: utilisez .txt, .md, .pdf ou .docx.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a binary file, not text.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier binaire, pas du texte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PDF file, or it is damaged.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier PDF, ou il est endommagé.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a damaged PDF that cannot be read.</source>
        <translation>«&#xa0;%1&#xa0;» est un PDF endommagé qui ne peut pas être lu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an encrypted PDF: save a copy without a password and try again.</source>
        <translation>«&#xa0;%1&#xa0;» est un PDF chiffré&#xa0;: enregistrez-en une copie sans mot de passe et réessayez.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a PDF with no pages.</source>
        <translation>«&#xa0;%1&#xa0;» est un PDF sans aucune page.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no text layer (a scanned or image-only PDF): export it with its text or use a .txt copy.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de couche texte (PDF numérisé ou composé d&apos;images)&#xa0;: exportez-le avec son texte ou utilisez une copie .txt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an encrypted or legacy Word file: save it as an unprotected .docx.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier Word chiffré ou d&apos;un ancien format&#xa0;: enregistrez-le en .docx non protégé.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid .docx file (it is not a readable zip archive).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier .docx valide (ce n&apos;est pas une archive zip lisible).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Word document: it has no word/document.xml.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un document Word&#xa0;: il ne contient pas de word/document.xml.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its document part cannot be read.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: sa partie document ne peut pas être lue.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: %2</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read PDF files: the PDF module (%1) is missing from %2.</source>
        <translation>Impossible de lire les fichiers PDF&#xa0;: le module PDF (%1) est absent de %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than %2 pages; Jobdeck reads PDF files of up to %2 pages.</source>
        <translation>«&#xa0;%1&#xa0;» a plus de %2 pages&#xa0;; Jobdeck lit des fichiers PDF d&apos;au plus %2 pages.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; unpacks to more than %2 MB of document text and markup; Jobdeck reads Word documents of up to %2 MB unpacked.</source>
        <translation>«&#xa0;%1&#xa0;» se décompresse en plus de %2 Mo de texte et de balises&#xa0;; Jobdeck lit des documents Word d&apos;au plus %2 Mo décompressés.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown view &apos;%1&apos;; the views are: %2.</source>
        <translation>Vue «&#xa0;%1&#xa0;» inconnue&#xa0;; les vues sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The %1 view did not finish in time.</source>
        <translation>La vue %1 n&apos;a pas fini à temps.</translation>
    </message>
    <message>
        <source>The window needs at least %1x%2; the picture is that size.</source>
        <translation>La fenêtre a besoin d&apos;au moins %1x%2&#xa0;; l&apos;image a cette taille.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to &apos;%1&apos;.</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A private, offline job-search tracker.</source>
        <translation>Un outil privé et hors ligne de suivi de recherche d&apos;emploi.</translation>
    </message>
    <message>
        <source>Render the window into a PNG file and exit.</source>
        <translation>Dessiner la fenêtre dans un fichier PNG et quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The page to show: board, list, analytics, match or reminders.</source>
        <translation>La page à afficher&#xa0;: board, list, analytics, match ou reminders.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>Taille de la fenêtre pour --screenshot.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>Fill an empty database with a demo pipeline first.</source>
        <translation>Remplir d&apos;abord une base de données vide avec des données d&apos;exemple.</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, e.g. 1400x860.</source>
        <translation>--size attend LARGEURxHAUTEUR, par ex. 1400x860.</translation>
    </message>
    <message>
        <source>Jobdeck</source>
        <translation>Jobdeck</translation>
    </message>
    <message>
        <source>Render --screenshot with a dark palette.</source>
        <translation>Dessiner --screenshot avec une palette sombre.</translation>
    </message>
    <message>
        <source>The database to open: a file, or a server as postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>La base de données à ouvrir&#xa0;: un fichier, ou un serveur sous la forme postgresql://UTILISATEUR@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>path|uri</source>
        <translation>chemin|uri</translation>
    </message>
</context>
</TS>
