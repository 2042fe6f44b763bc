# Jobdeck's German and French strings, applied to the .ts files by translations/fill.py.
#
# ENTRIES:    English source -> (German, French)
# PLURALS:    English source with %n -> ((German singular, plural), (French singular, plural));
#             French uses its singular for 0 and 1.
# CONTEXTUAL: (lupdate context, English source) -> (German, French), where the same English word means different
#             things in different places ("Applied" as a stage and as a date column).
#
# Terms used throughout (keep them when adding strings):
#   application  Bewerbung / candidature        stage            Phase / étape
#   task         Aufgabe / tâche                reminder         Erinnerung / rappel
#   follow-up    Nachfassen / relance           snooze           später erinnern / reporter
#   resume       Lebenslauf / CV                job description  Stellenbeschreibung / description du poste
#   company      Firma / entreprise             job title        Stellentitel / intitulé du poste
#   match, fit   Passung, Abgleich / adéquation database         Datenbank / base de données
#   backup       Sicherung / sauvegarde         board            Board / tableau
# German quotes file names and values as „%1“, French as « %1 »; French gets its no-break spaces from fill.py,
# so write them here as plain spaces. Accelerators (&) are chosen so none repeats within one menu or dialog, and
# buttons on the pages and the details panel avoid the menu bar's letters (Datei, Bearbeiten, Bewerbung, Ansicht,
# Hilfe; Fichier, Édition, Candidature, Affichage, Aide).

STAGES = {
    "Saved": ("Gemerkt", "Enregistrée"),
    "Applied": ("Beworben", "Envoyée"),
    "Screen": ("Vorgespräch", "Présélection"),
    "Technical": ("Fachgespräch", "Test technique"),
    "Onsite": ("Vor-Ort-Gespräch", "Entretien sur site"),
    "Final": ("Endrunde", "Entretien final"),
    "Offer": ("Angebot", "Offre"),
    "Accepted": ("Angenommen", "Acceptée"),
    "Rejected": ("Abgelehnt", "Refusée"),
    "Withdrawn": ("Zurückgezogen", "Retirée"),
    "Ghosted": ("Keine Antwort", "Sans réponse"),
}

CONTEXTUAL = {
    **{("Stage", source): pair for source, pair in STAGES.items()},
    # "Applied" as a column or a detail is the date of applying, not the stage.
    # List column headers stay short: the columns are narrow.
    ("jobdeck::ApplicationTableModel", "Applied"): ("Beworben", "Envoyée le"),
    ("jobdeck::ApplicationTableModel", "Days in stage"): ("Tage", "Jours"),
    # The list's and the details' score is the TF-IDF similarity (match index); "Match N / 100" is the coverage.
    ("jobdeck::ApplicationTableModel", "Similarity"): ("Ähnlichkeit", "Similarité"),
    ("jobdeck::DetailsPanel", "Similarity"): ("Ähnlichkeit", "Similarité"),
    ("jobdeck::DetailsPanel", "Applied"): ("Beworben am", "Date de candidature"),
    # The page is the matching tool; the column and the detail are its score.
    ("jobdeck::MatchPage", "Match"): ("Abgleich", "Adéquation"),
}

ENTRIES = {
    # --- main window and menus ---
    "Jobdeck": ("Jobdeck", "Jobdeck"),
    "Details": ("Details", "Détails"),
    "&File": ("&Datei", "&Fichier"),
    "&New Database...": ("&Neue Datenbank...", "&Nouvelle base de données..."),
    "&Open Database...": ("Datenbank ö&ffnen...", "&Ouvrir une base de données..."),
    "Open a Jobdeck database": ("Jobdeck-Datenbank öffnen", "Ouvrir une base de données Jobdeck"),
    "Jobdeck databases (*.sqlite *.jobdeck *.db);;All files (*)": (
        "Jobdeck-Datenbanken (*.sqlite *.jobdeck *.db);;Alle Dateien (*)",
        "Bases de données Jobdeck (*.sqlite *.jobdeck *.db);;Tous les fichiers (*)"),
    "Open &Recent": ("&Zuletzt geöffnet", "Fichiers &récents"),
    "Try the &Sample Database": ("Beispiel&datenbank ausprobieren", "Essayer la base d'e&xemple"),
    "Opens a separate database filled with a demo pipeline; File > Open Recent brings yours back": (
        "Öffnet eine eigene Datenbank mit Beispielbewerbungen; Datei > Zuletzt geöffnet bringt Ihre zurück",
        "Ouvre une base de données à part, remplie de candidatures d'exemple ; Fichier > Fichiers récents "
        "ramène la vôtre"),
    "Sample Data (not yours) \u2014 Jobdeck": (
        "Beispieldaten (nicht Ihre) \u2014 Jobdeck", "Données d'exemple (pas les vôtres) \u2014 Jobdeck"),
    "This is the sample database. File > Open Recent brings back your own.": (
        "Dies ist die Beispieldatenbank. Datei > Zuletzt geöffnet bringt Ihre eigene zurück.",
        "Ceci est la base d'exemple. Fichier > Fichiers récents ramène la vôtre."),
    "Sample data": ("Beispieldaten", "Données d'exemple"),
    "Posting": ("Anzeige", "Annonce"),
    "The job description, as you pasted or imported it": (
        "Die Stellenbeschreibung, wie Sie sie eingefügt oder importiert haben",
        "La description du poste, telle que vous l'avez collée ou importée"),
    "No follow-ups pending. Moving an application to a new stage adds the follow-ups it calls for here, such as a nudge a week after applying.": (
        "Keine offenen Nachfass-Aufgaben. Wenn eine Bewerbung in eine neue Phase wechselt, erscheinen hier die "
        "Aufgaben, die dazugehören, etwa ein Nachfassen eine Woche nach der Bewerbung.",
        "Aucune relance en attente. Quand une candidature change d'étape, les tâches qu'elle appelle s'affichent "
        "ici, par exemple une relance une semaine après l'envoi."),
    "Add an Application...": ("Bewerbung hinzufügen...", "Ajouter une candidature..."),
    "Import a Spreadsheet or LinkedIn Export...": (
        "Tabelle oder LinkedIn-Export importieren...", "Importer un tableur ou un export LinkedIn..."),
    "Try the Sample Data": ("Beispieldaten ausprobieren", "Essayer les données d'exemple"),
    "Opens a separate sample database; yours stays as it is (File > Open Recent brings it back)": (
        "Öffnet eine eigene Beispieldatenbank; Ihre bleibt, wie sie ist (Datei > Zuletzt geöffnet bringt sie zurück)",
        "Ouvre une base d'exemple à part ; la vôtre reste telle quelle (Fichier > Fichiers récents la ramène)"),
    "Welcome to Jobdeck": ("Willkommen bei Jobdeck", "Bienvenue dans Jobdeck"),
    "Track every job application, the follow-ups each step calls for, and how well your resume fits each job, all in one file on this computer.": (
        "Verfolgen Sie jede Bewerbung, die Nachfass-Aufgaben jedes Schritts und wie gut Ihr Lebenslauf zu jeder "
        "Stelle passt, alles in einer Datei auf diesem Computer.",
        "Suivez chaque candidature, les relances que chaque étape appelle et l'adéquation de votre CV à chaque "
        "poste, le tout dans un seul fichier sur cet ordinateur."),
    "&Quit": ("&Beenden", "&Quitter"),
    "&Edit": ("&Bearbeiten", "&Édition"),
    "&Undo": ("&Rückgängig", "&Annuler"),
    "&Redo": ("&Wiederherstellen", "&Rétablir"),
    # The toolbar's buttons: the menu items carry what they undo ("Undo Add application Acme — Engineer").
    "Undo": ("Rückgängig", "Annuler"),
    "Redo": ("Wiederherstellen", "Rétablir"),
    "&Find": ("&Suchen", "Re&chercher"),
    "&Application": ("Be&werbung", "&Candidature"),
    "&New Application...": ("&Neue Bewerbung...", "&Nouvelle candidature..."),
    "&Edit Application...": ("Bewerbung &bearbeiten...", "&Modifier la candidature..."),
    "&Archive": ("&Archivieren", "A&rchiver"),
    "&Move To": ("&Verschieben nach", "&Déplacer vers"),
    "Move to Ne&xt Stage": ("In die nächste &Phase", "Passer à l'étape &suivante"),
    "Move to &Previous Stage": ("In die vor&herige Phase", "Revenir à l'étape &précédente"),
    "Mark &Rejected": ("Als abge&lehnt markieren", "Marquer comme re&fusée"),
    "Move to &Interview Round...": ("In eine &Gesprächsrunde...", "Passer à un &entretien..."),
    "Schedule an Interview": ("Gespräch planen", "Planifier un entretien"),
    "Move %1 to an interview round. Prep falls due the day before the interview, the thank-you note a day after it.": (
        "%1 in eine Gesprächsrunde verschieben. Die Vorbereitung ist am Tag vor dem Gespräch fällig, das Dankschreiben "
        "einen Tag danach.",
        "Passer %1 à un entretien. La préparation est due la veille de l'entretien, le mot de remerciement le "
        "lendemain."),
    "&Round:": ("&Runde:", "&Tour :"),
    "Interview &at:": ("Gesprächs&termin:", "Date de l'&entretien :"),
    "&View": ("&Ansicht", "&Affichage"),
    "&Help": ("&Hilfe", "Ai&de"),
    "&About Jobdeck": ("Ü&ber Jobdeck", "À &propos de Jobdeck"),
    "About &Qt": ("Über &Qt", "À propos de &Qt"),
    "Main": ("Hauptwerkzeugleiste", "Barre principale"),
    "Applications: %1 · Active: %2 · Tasks due: %3": (
        "Bewerbungen: %1 · Aktiv: %2 · Fällige Aufgaben: %3", "Candidatures : %1 · Actives : %2 · Tâches à faire : %3"),
    "Clear Menu": ("Liste leeren", "Vider la liste"),
    "New application": ("Neue Bewerbung", "Nouvelle candidature"),
    "Edit application": ("Bewerbung bearbeiten", "Modifier la candidature"),
    "Load sample data": ("Beispieldaten laden", "Charger des données d'exemple"),
    "Added %1 sample applications.": ("%1 Beispielbewerbungen hinzugefügt.", "%1 candidatures d'exemple ajoutées."),
    "About Jobdeck": ("Über Jobdeck", "À propos de Jobdeck"),
    "%1 \u2014 Jobdeck": ("%1 \u2014 Jobdeck", "%1 \u2014 Jobdeck"),
    "New Jobdeck database": ("Neue Jobdeck-Datenbank", "Nouvelle base de données Jobdeck"),
    "Jobdeck databases (*.sqlite)": ("Jobdeck-Datenbanken (*.sqlite)", "Bases de données Jobdeck (*.sqlite)"),
    "Open database": ("Datenbank öffnen", "Ouvrir une base de données"),
    "Application %1 is no longer on the board.": (
        "Bewerbung %1 ist nicht mehr auf dem Board.", "La candidature %1 n'est plus sur le tableau."),
    "Move %1 to %2": ("%1 nach „%2“ verschieben", "Déplacer %1 vers « %2 »"),
    "Archive %1": ("%1 archivieren", "Archiver %1"),
    "Add application %1 \u2014 %2": ("Bewerbung %1 \u2014 %2 hinzufügen", "Ajouter la candidature %1 \u2014 %2"),
    "Edit %1 \u2014 %2": ("%1 \u2014 %2 bearbeiten", "Modifier %1 \u2014 %2"),
    "Open": ("Öffnen", "Ouvrir"),
    "Dismiss": ("Schließen", "Ignorer"),

    # --- the application dialog ---
    "Application": ("Bewerbung", "Candidature"),
    "&Company:": ("&Firma:", "&Entreprise :"),
    "Required": ("Pflichtfeld", "Obligatoire"),
    "&Title:": ("&Stellentitel:", "&Intitulé du poste :"),
    "&Source:": ("&Quelle:", "&Source :"),
    "&Link:": ("&Link:", "&Lien :"),
    "https://": ("https://", "https://"),
    "L&ocation:": ("&Ort:", "Lie&u :"),
    "Sa&lary:": ("&Gehalt:", "S&alaire :"),
    "&Applied on:": ("Be&worben am:", "Candidature en&voyée le :"),
    "&Notes:": ("&Notizen:", "&Notes :"),
    "&Job description:": ("Stellen&beschreibung:", "Description du &poste :"),
    "LinkedIn": ("LinkedIn", "LinkedIn"),
    "Referral": ("Empfehlung", "Recommandation"),
    "Company site": ("Firmenwebsite", "Site de l'entreprise"),
    "Indeed": ("Indeed", "Indeed"),
    "Recruiter": ("Personalvermittlung", "Recruteur"),
    "Leave unchecked for a job you have saved but not applied to yet.": (
        "Nicht ankreuzen bei einer gemerkten Stelle, auf die Sie sich noch nicht beworben haben.",
        "Laissez décoché pour une offre enregistrée à laquelle vous n'avez pas encore postulé."),
    "Save (Enter; Ctrl+Enter in the notes or the job description)": (
        "Speichern (Eingabe; Strg+Eingabe in den Notizen oder der Stellenbeschreibung)",
        "Enregistrer (Entrée ; Ctrl+Entrée dans les notes ou la description du poste)"),
    "The link must be a web address starting with http:// or https://.": (
        "Der Link muss eine Webadresse sein, die mit http:// oder https:// beginnt.",
        "Le lien doit être une adresse web commençant par http:// ou https://."),

    # --- list, board, details ---
    "Filter by company, title, notes or location": (
        "Nach Firma, Titel, Notizen oder Ort filtern", "Filtrer par entreprise, intitulé, notes ou lieu"),
    "All stages": ("Alle Phasen", "Toutes les étapes"),
    "Stage:": ("Phase:", "Étape :"),
    "List": ("Liste", "Liste"),
    "Board": ("Board", "Tableau"),
    "Click to collapse or expand this column": (
        "Klicken, um diese Spalte ein- oder auszuklappen", "Cliquez pour replier ou déplier cette colonne"),
    "%1 (%2)": ("%1 (%2)", "%1 (%2)"),
    "1 day": ("1 Tag", "1 jour"),
    "%1 days": ("%1 Tage", "%1 jours"),
    "%1, due %2": ("%1, fällig am %2", "%1, échéance le %2"),
    "Company": ("Firma", "Entreprise"),
    "Title": ("Titel", "Intitulé"),
    "Stage": ("Phase", "Étape"),
    "Source": ("Quelle", "Source"),
    "Days in stage": ("Tage in Phase", "Jours dans l'étape"),
    "Next task": ("Nächste Aufgabe", "Prochaine tâche"),
    "Match": ("Passung", "Adéquation"),
    "&Edit...": ("Bearbei&ten...", "&Modifier..."),
    "&Done": ("&Erledigt", "&Terminé"),
    "S&nooze": ("&Später erinnern", "&Reporter"),
    "Timeline": ("Verlauf", "Historique"),
    "Tasks": ("Aufgaben", "Tâches"),
    "Job description": ("Stellenbeschreibung", "Description du poste"),
    "Notes": ("Notizen", "Notes"),
    "<i>Select an application to see its details.</i>": (
        "<i>Wählen Sie eine Bewerbung aus, um ihre Details zu sehen.</i>",
        "<i>Sélectionnez une candidature pour en voir le détail.</i>"),
    "%1, for %2 days": ("%1, seit %2 Tagen", "%1, depuis %2 jours"),
    "Location": ("Ort", "Lieu"),
    "Salary": ("Gehalt", "Salaire"),
    "Link": ("Link", "Lien"),
    "%1  %2": ("%1  %2", "%1  %2"),
    "%1  %2 \u2192 %3": ("%1  %2 \u2192 %3", "%1  %2 \u2192 %3"),
    "%1 (done)": ("%1 (erledigt)", "%1 (terminée)"),
    "%1 (cancelled)": ("%1 (abgebrochen)", "%1 (annulée)"),

    # --- reminders and tasks ---
    "Snooze": ("Später erinnern", "Reporter"),
    "For an hour": ("Für eine Stunde", "Pendant une heure"),
    "Until tomorrow": ("Bis morgen", "Jusqu'à demain"),
    "Until next week": ("Bis nächste Woche", "Jusqu'à la semaine prochaine"),
    "Show Jobdeck": ("Jobdeck anzeigen", "Afficher Jobdeck"),
    "New Application...": ("Neue Bewerbung...", "Nouvelle candidature..."),
    "Quit": ("Beenden", "Quitter"),
    "%1 follow-ups are due, starting with: %2": (
        "%1 Aufgaben sind fällig, als erste: %2", "%1 tâches arrivent à échéance, à commencer par : %2"),
    "Follow-up due": ("Aufgabe fällig", "Tâche à échéance"),
    "&Open Application": ("Bewerbung ö&ffnen", "&Ouvrir la candidature"),
    "Export to Calendar (.ics)...": ("In Kalender exportieren (.ics)...", "Exporter vers l'agenda (.ics)..."),
    "Export follow-ups": ("Erinnerungen exportieren", "Exporter les rappels"),
    "iCalendar files (*.ics)": ("iCalendar-Dateien (*.ics)", "Fichiers iCalendar (*.ics)"),
    "Overdue": ("Überfällig", "En retard"),
    "Today": ("Heute", "Aujourd'hui"),
    "Upcoming": ("Demnächst", "À venir"),
    "Reminders": ("Erinnerungen", "Rappels"),
    "Prep": ("Vorbereitung", "Préparation"),
    "Thank-you": ("Dankschreiben", "Remerciement"),
    "Follow-up": ("Nachfassen", "Relance"),
    "Task": ("Aufgabe", "Tâche"),
    "Prepare for the %1 round at %2": ("Auf „%1“ bei %2 vorbereiten", "Préparer l'étape « %1 » chez %2"),
    "Send a thank-you note to %1": ("Dankschreiben an %1 senden", "Envoyer un mot de remerciement à %1"),
    "Follow up on the application at %1": (
        "Bei %1 wegen der Bewerbung nachfassen", "Relancer la candidature chez %1"),
    "Cannot write the calendar to '%1': %2": (
        "Der Kalender kann nicht nach „%1“ geschrieben werden: %2", "Impossible d'écrire l'agenda dans « %1 » : %2"),

    # --- analytics ---
    "Item": ("Eintrag", "Élément"),
    "Value": ("Wert", "Valeur"),
    "From:": ("Von:", "Du :"),
    "To:": ("Bis:", "Au :"),
    "Every figure counts the applications applied to from this date on. Applications still saved, never "
    "applied to, have no date and are left out.": (
        "Jede Zahl zählt die Bewerbungen, die ab diesem Datum abgeschickt wurden. Nur gemerkte, nie abgeschickte "
        "Bewerbungen haben kein Datum und fehlen.",
        "Chaque chiffre compte les candidatures envoyées à partir de cette date. Les candidatures seulement "
        "enregistrées, jamais envoyées, n'ont pas de date et ne sont pas comptées."),
    "Every figure counts the applications applied to up to this day, as the pipeline stood at the end of it.": (
        "Jede Zahl zählt die bis zu diesem Tag abgeschickten Bewerbungen, mit ihrem Stand am Ende dieses Tages.",
        "Chaque chiffre compte les candidatures envoyées jusqu'à ce jour, d'après leur état à la fin de ce jour."),
    "Funnel": ("Trichter", "Entonnoir"),
    "Conversion by source": ("Konversion nach Quelle", "Conversion par source"),
    "Weekly submissions": ("Bewerbungen pro Woche", "Candidatures par semaine"),
    "Days in stage (median, mean)": (
        "Tage in der Phase (Median, Mittelwert)", "Jours par étape (médiane, moyenne)"),
    "Export PNG...": ("Als PNG exportieren...", "Exporter en PNG..."),
    "Export chart": ("Diagramm exportieren", "Exporter le graphique"),
    "PNG images (*.png)": ("PNG-Bilder (*.png)", "Images PNG (*.png)"),
    "Cannot write the chart to '%1'.": (
        "Das Diagramm kann nicht nach „%1“ geschrieben werden.", "Impossible d'écrire le graphique dans « %1 »."),
    "Computing...": ("Wird berechnet...", "Calcul en cours..."),
    "As of %1": ("Stand: %1", "Situation au %1"),
    "Applications": ("Bewerbungen", "Candidatures"),
    "%1: %2": ("%1: %2", "%1 : %2"),
    "Conversion %": ("Konversion in %", "Conversion (%)"),
    "%1: %2 of %3 reached a screen (%4%)": (
        "%1: %2 von %3 erreichten ein Vorgespräch (%4\u00a0%)",
        "%1 : %2 sur %3 ont atteint la présélection (%4\u00a0%)"),
    "Submitted": ("Abgeschickt", "Envoyées"),
    "%1: %2 submitted": ("%1: %2 abgeschickt", "%1 : %2 envoyées"),
    "Median": ("Median", "Médiane"),
    "Mean": ("Mittelwert", "Moyenne"),
    "days": ("Tage", "jours"),
    "%1, %2: %3 days": ("%1, %2: %3 Tage", "%1, %2 : %3 jours"),
    "%1/%2 (%3%)": ("%1/%2 (%3\u00a0%)", "%1/%2 (%3\u00a0%)"),
    "Days in stage (median / mean)": (
        "Tage in der Phase (Median / Mittelwert)", "Jours par étape (médiane / moyenne)"),
    "%1 / %2": ("%1 / %2", "%1 / %2"),
    "Analytics": ("Auswertung", "Statistiques"),
    "Cannot read the event log": (
        "Das Ereignisprotokoll kann nicht gelesen werden", "Impossible de lire le journal des événements"),
    "Cannot compute the funnel": ("Der Trichter kann nicht berechnet werden", "Impossible de calculer l'entonnoir"),
    "Cannot compute conversion by source": (
        "Die Konversion nach Quelle kann nicht berechnet werden", "Impossible de calculer la conversion par source"),
    "Cannot compute weekly submissions": (
        "Die Bewerbungen pro Woche können nicht berechnet werden",
        "Impossible de calculer les candidatures par semaine"),
    "Cannot compute time in stage": (
        "Die Verweildauer in den Phasen kann nicht berechnet werden", "Impossible de calculer la durée par étape"),

    # --- matching ---
    "&Import Resume...": ("Lebenslauf &importieren...", "&Importer un CV..."),
    "Make De&fault": ("Als Standard &festlegen", "Définir &par défaut"),
    "Remove": ("Entfernen", "Supprimer"),
    "&Score": ("Bewe&rten", "É&valuer"),
    "&Rank My Applications": ("Rang&liste meiner Bewerbungen", "C&lasser mes candidatures"),
    "Cancel": ("Abbrechen", "Annuler"),
    "The selected application's job description": (
        "Stellenbeschreibung der ausgewählten Bewerbung", "Description du poste de la candidature sélectionnée"),
    "A pasted job description": ("Eine eingefügte Stellenbeschreibung", "Une description de poste collée"),
    "Paste a job description here.": (
        "Fügen Sie hier eine Stellenbeschreibung ein.", "Collez une description de poste ici."),
    "Resume:": ("Lebenslauf:", "CV :"),
    "Fit": ("Passung", "Adéquation"),
    "<b>Aligned</b>": ("<b>Übereinstimmungen</b>", "<b>Points communs</b>"),
    "<b>Missing</b> (hard skills first)": (
        "<b>Fehlend</b> (fachliche Kompetenzen zuerst)", "<b>Manquants</b> (compétences techniques d'abord)"),
    "Open applications by score": ("Offene Bewerbungen nach Passung", "Candidatures en cours par score"),
    "Import a resume": ("Lebenslauf importieren", "Importer un CV"),
    "Resumes (*.txt *.md *.pdf *.docx)": ("Lebensläufe (*.txt *.md *.pdf *.docx)", "CV (*.txt *.md *.pdf *.docx)"),
    "Import resume": ("Lebenslauf importieren", "Importer un CV"),
    "%1 (default)": ("%1 (Standard)", "%1 (par défaut)"),
    "No resume yet: import one": ("Noch kein Lebenslauf: Importieren Sie einen", "Pas encore de CV : importez-en un"),
    "%1 has no job description; edit the application to add one.": (
        "%1 hat keine Stellenbeschreibung; bearbeiten Sie die Bewerbung, um eine hinzuzufügen.",
        "%1 n'a pas de description de poste ; modifiez la candidature pour en ajouter une."),
    "Select an application on the board or the list.": (
        "Wählen Sie eine Bewerbung im Board oder in der Liste aus.",
        "Sélectionnez une candidature dans le tableau ou la liste."),
    "Scoring...": ("Wird bewertet...", "Évaluation en cours..."),
    "Reading %1...": ("%1 wird gelesen...", "Lecture de %1..."),
    "Cancelled.": ("Abgebrochen.", "Annulé."),
    "No stored job descriptions yet: the term weights come from these two texts alone.": (
        "Noch keine gespeicherten Stellenbeschreibungen: Die Begriffsgewichte stammen allein aus diesen beiden "
        "Texten.",
        "Aucune description de poste enregistrée pour l'instant : le poids des termes vient de ces deux textes seuls."),
    "Ranking every job description...": (
        "Rangliste aller Stellenbeschreibungen wird erstellt...", "Classement de toutes les descriptions de poste..."),
    "Ranking cancelled; no score changed.": (
        "Rangliste abgebrochen; keine Bewertung wurde geändert.", "Classement annulé ; aucun score n'a changé."),
    "hard skill": ("fachliche Kompetenz", "compétence technique"),
    "soft skill": ("soziale Kompetenz", "savoir-être"),
    "term": ("Begriff", "terme"),
    "%1, weight %2": ("%1, Gewicht %2", "%1, poids %2"),
    "No application has a job description yet: add one to rank against it.": (
        "Noch keine Bewerbung hat eine Stellenbeschreibung: Fügen Sie eine hinzu, um eine Rangliste zu erstellen.",
        "Aucune candidature n'a encore de description de poste : ajoutez-en une pour établir un classement."),
    "Unknown analyzer '%1'.": ("Unbekannter Analysator „%1“.", "Analyseur « %1 » inconnu."),
    "%1 and %2": ("%1 und %2", "%1 et %2"),
    "The job asks for %1, which your resume does not show: mention any you have.": (
        "Die Stelle verlangt %1, was Ihr Lebenslauf nicht zeigt: Nennen Sie, was davon Sie mitbringen.",
        "Le poste demande %1, ce que votre CV ne montre pas : mentionnez ce que vous en maîtrisez."),
    "Your resume shares no terms with this job description.": (
        "Ihr Lebenslauf hat keine Begriffe mit dieser Stellenbeschreibung gemeinsam.",
        "Votre CV n'a aucun terme en commun avec cette description de poste."),
    "No analyzer to fit the model with.": (
        "Kein Analysator, mit dem das Modell angepasst werden kann.", "Aucun analyseur pour ajuster le modèle."),
    "There are no job descriptions to fit the model on.": (
        "Es gibt keine Stellenbeschreibungen, an die das Modell angepasst werden kann.",
        "Aucune description de poste sur laquelle ajuster le modèle."),
    "max_df corresponds to fewer documents than min_df.": (
        "max_df entspricht weniger Dokumenten als min_df.", "max_df correspond à moins de documents que min_df."),
    "The texts hold no words to match on (only stop words or none at all).": (
        "Die Texte enthalten keine Wörter für den Abgleich (nur Stoppwörter oder gar keine).",
        "Les textes ne contiennent aucun mot à comparer (seulement des mots vides, ou aucun)."),
    "After pruning, no terms remain: try a lower min_df or a higher max_df.": (
        "Nach dem Ausdünnen bleiben keine Begriffe übrig: Versuchen Sie ein kleineres min_df oder ein größeres max_df.",
        "Après élagage, il ne reste aucun terme : essayez un min_df plus bas ou un max_df plus haut."),
    "The matching model could not be saved, so it will be fitted again next time: %1": (
        "Das Abgleichsmodell konnte nicht gespeichert werden und wird beim nächsten Mal neu angepasst: %1",
        "Le modèle d'adéquation n'a pas pu être enregistré ; il sera de nouveau ajusté la prochaine fois : %1"),
    "The saved matching model is damaged; it will be fitted again.": (
        "Das gespeicherte Abgleichsmodell ist beschädigt; es wird neu angepasst.",
        "Le modèle d'adéquation enregistré est endommagé ; il sera de nouveau ajusté."),
    "The saved matching model has format %1, this version reads %2; it will be fitted again.": (
        "Das gespeicherte Abgleichsmodell hat das Format %1, diese Version liest %2; es wird neu angepasst.",
        "Le modèle d'adéquation enregistré est au format %1, cette version lit le format %2 ; "
        "il sera de nouveau ajusté."),

    # --- resumes ---
    "Cannot list resumes": ("Die Lebensläufe können nicht aufgelistet werden", "Impossible de lister les CV"),
    "Cannot read resume %1": ("Lebenslauf %1 kann nicht gelesen werden", "Impossible de lire le CV %1"),
    "There is no resume %1.": ("Es gibt keinen Lebenslauf %1.", "Le CV %1 n'existe pas."),
    "A resume needs a name.": ("Ein Lebenslauf braucht einen Namen.", "Un CV doit avoir un nom."),
    "The resume '%1' has no text.": ("Der Lebenslauf „%1“ enthält keinen Text.", "Le CV « %1 » ne contient aucun texte."),
    "Cannot read the resumes": ("Die Lebensläufe können nicht gelesen werden", "Impossible de lire les CV"),
    "Cannot store the resume": ("Der Lebenslauf kann nicht gespeichert werden", "Impossible d'enregistrer le CV"),
    "Cannot mark resume %1 as the default": (
        "Lebenslauf %1 kann nicht als Standard festgelegt werden", "Impossible de définir le CV %1 par défaut"),
    "Cannot remove resume %1": ("Lebenslauf %1 kann nicht entfernt werden", "Impossible de supprimer le CV %1"),
    "Cannot choose a new default resume": (
        "Es kann kein neuer Standard-Lebenslauf gewählt werden", "Impossible de choisir un nouveau CV par défaut"),

    # --- applications, tasks, pipeline (core) ---
    "A company is required.": ("Eine Firma ist erforderlich.", "L'entreprise est obligatoire."),
    "A job title is required.": ("Ein Stellentitel ist erforderlich.", "L'intitulé du poste est obligatoire."),
    "Cannot read application %1": ("Bewerbung %1 kann nicht gelesen werden", "Impossible de lire la candidature %1"),
    "There is no application %1.": ("Es gibt keine Bewerbung %1.", "La candidature %1 n'existe pas."),
    "Cannot list applications": (
        "Die Bewerbungen können nicht aufgelistet werden", "Impossible de lister les candidatures"),
    "Cannot count applications": ("Die Bewerbungen können nicht gezählt werden", "Impossible de compter les candidatures"),
    "Cannot save application %1": (
        "Bewerbung %1 kann nicht gespeichert werden", "Impossible d'enregistrer la candidature %1"),
    "Cannot archive application %1": (
        "Bewerbung %1 kann nicht archiviert werden", "Impossible d'archiver la candidature %1"),
    "Cannot store the match score of application %1": (
        "Die Passung von Bewerbung %1 kann nicht gespeichert werden",
        "Impossible d'enregistrer le score d'adéquation de la candidature %1"),
    "Cannot read tasks": ("Die Aufgaben können nicht gelesen werden", "Impossible de lire les tâches"),
    "There is no task %1.": ("Es gibt keine Aufgabe %1.", "La tâche %1 n'existe pas."),
    "Task %1 is already %2.": ("Aufgabe %1 ist bereits „%2“.", "La tâche %1 est déjà « %2 »."),
    "Cannot close task %1": ("Aufgabe %1 kann nicht abgeschlossen werden", "Impossible de clore la tâche %1"),
    "Cannot snooze task %1": ("Aufgabe %1 kann nicht zurückgestellt werden", "Impossible de reporter la tâche %1"),
    "Cannot mark task %1 as notified": (
        "Aufgabe %1 kann nicht als benachrichtigt markiert werden", "Impossible de marquer la tâche %1 comme notifiée"),
    "A task needs a title.": ("Eine Aufgabe braucht einen Titel.", "Une tâche doit avoir un titre."),
    "Cannot add the task": ("Die Aufgabe kann nicht hinzugefügt werden", "Impossible d'ajouter la tâche"),
    "A new application starts as saved or applied, not %1.": (
        "Eine neue Bewerbung beginnt in der Phase „saved“ oder „applied“, nicht „%1“.",
        "Une nouvelle candidature commence à l'étape « saved » ou « applied », pas « %1 »."),
    "Cannot add the application": ("Die Bewerbung kann nicht hinzugefügt werden", "Impossible d'ajouter la candidature"),
    "Application %1 already exists (%2), so it cannot be added again.": (
        "Bewerbung %1 gibt es bereits (%2), daher kann sie nicht erneut hinzugefügt werden.",
        "La candidature %1 existe déjà (%2) et ne peut donc pas être ajoutée de nouveau."),
    "Cannot remove application %1": ("Bewerbung %1 kann nicht entfernt werden", "Impossible de supprimer la candidature %1"),
    "A move cannot be dated %1, before the application's last move (%2).": (
        "Ein Phasenwechsel kann nicht auf %1 datiert werden, vor den letzten Wechsel der Bewerbung (%2).",
        "Un changement d'étape ne peut pas être daté du %1, avant le dernier changement de la candidature (%2)."),
    "Cannot move application %1": ("Bewerbung %1 kann nicht verschoben werden", "Impossible de déplacer la candidature %1"),
    "Cannot record the stage event": (
        "Der Phasenwechsel kann nicht gespeichert werden", "Impossible d'enregistrer le changement d'étape"),
    "Cannot cancel the pending tasks": (
        "Die offenen Aufgaben können nicht abgebrochen werden", "Impossible d'annuler les tâches en attente"),
    "Cannot create the follow-up tasks": (
        "Die Folgeaufgaben können nicht angelegt werden", "Impossible de créer les tâches de suivi"),
    "%1 has moved on to %2 since; that move can no longer be undone.": (
        "Die Bewerbung bei %1 ist inzwischen in der Phase „%2“; dieser Schritt kann nicht mehr rückgängig gemacht "
        "werden.",
        "La candidature chez %1 est passée depuis à l'étape « %2 » ; ce changement ne peut plus être annulé."),
    "Cannot cancel the undone move's tasks": (
        "Die Aufgaben des rückgängig gemachten Schritts können nicht abgebrochen werden",
        "Impossible d'annuler les tâches du changement annulé"),
    "Cannot restore the tasks the undone move cancelled": (
        "Die vom rückgängig gemachten Schritt abgebrochenen Aufgaben können nicht wiederhergestellt werden",
        "Impossible de rétablir les tâches que le changement annulé avait annulées"),
    "Cannot read the history of application %1": (
        "Der Verlauf von Bewerbung %1 kann nicht gelesen werden",
        "Impossible de lire l'historique de la candidature %1"),

    # --- the database file ---
    "No database file was given.": (
        "Es wurde keine Datenbankdatei angegeben.", "Aucun fichier de base de données n'a été indiqué."),
    "'%1' is a folder, not a Jobdeck database.": (
        "„%1“ ist ein Ordner, keine Jobdeck-Datenbank.", "« %1 » est un dossier, pas une base de données Jobdeck."),
    "Cannot read '%1': %2.": ("„%1“ kann nicht gelesen werden: %2.", "Impossible de lire « %1 » : %2."),
    "Cannot read '%1': %2": ("„%1“ kann nicht gelesen werden: %2", "Impossible de lire « %1 » : %2"),
    "Cannot write to '%1': the file is read-only. Copy it somewhere writable or change its permissions.": (
        "In „%1“ kann nicht geschrieben werden: Die Datei ist schreibgeschützt. Kopieren Sie sie an einen "
        "beschreibbaren Ort oder ändern Sie ihre Berechtigungen.",
        "Impossible d'écrire dans « %1 » : le fichier est en lecture seule. Copiez-le dans un emplacement accessible "
        "en écriture ou modifiez ses permissions."),
    "Cannot create the folder '%1' for the database.": (
        "Der Ordner „%1“ für die Datenbank kann nicht angelegt werden.",
        "Impossible de créer le dossier « %1 » pour la base de données."),
    "Cannot open '%1': %2": ("„%1“ kann nicht geöffnet werden: %2", "Impossible d'ouvrir « %1 » : %2"),
    "'%1' is an SQLite database, but not a Jobdeck one; it was left unchanged.": (
        "„%1“ ist eine SQLite-Datenbank, aber keine von Jobdeck; die Datei wurde nicht verändert.",
        "« %1 » est une base de données SQLite, mais pas une base Jobdeck ; il n'a pas été modifié."),
    "'%1' was written by a newer Jobdeck (schema %2; this version reads up to %3). Update Jobdeck to open it; "
    "the file was left unchanged.": (
        "„%1“ wurde von einer neueren Jobdeck-Version geschrieben (Schema %2; diese Version liest bis Schema %3). "
        "Aktualisieren Sie Jobdeck, um die Datei zu öffnen; sie wurde nicht verändert.",
        "« %1 » a été écrit par une version plus récente de Jobdeck (schéma %2 ; cette version lit jusqu'au "
        "schéma %3). Mettez Jobdeck à jour pour l'ouvrir ; le fichier n'a pas été modifié."),
    "'%1' was not migrated, because it could not be backed up first: %2": (
        "„%1“ wurde nicht migriert, weil vorher keine Sicherung angelegt werden konnte: %2",
        "« %1 » n'a pas été migré, car il n'a pas pu être sauvegardé au préalable : %2"),
    "Migration %1 is missing from this build.": (
        "Migration %1 fehlt in dieser Version.", "La migration %1 est absente de cette version."),
    "The database '%1' is not open.": (
        "Die Datenbank „%1“ ist nicht geöffnet.", "La base de données « %1 » n'est pas ouverte."),
    "Cannot read the database": ("Die Datenbank kann nicht gelesen werden", "Impossible de lire la base de données"),

    # --- backup and restore ---
    "There is no file '%1'.": ("Die Datei „%1“ gibt es nicht.", "Le fichier « %1 » n'existe pas."),
    "'%1' is not a file.": ("„%1“ ist keine Datei.", "« %1 » n'est pas un fichier."),
    "'%1' is not a Jobdeck database (it is not an SQLite file).": (
        "„%1“ ist keine Jobdeck-Datenbank (es ist keine SQLite-Datei).",
        "« %1 » n'est pas une base de données Jobdeck (ce n'est pas un fichier SQLite)."),
    "'%1' is damaged: %2": ("„%1“ ist beschädigt: %2", "« %1 » est endommagé : %2"),
    "'%1' is damaged (integrity check: %2).": (
        "„%1“ ist beschädigt (Integritätsprüfung: %2).", "« %1 » est endommagé (contrôle d'intégrité : %2)."),
    "'%1' is an SQLite database, but not a Jobdeck one.": (
        "„%1“ ist eine SQLite-Datenbank, aber keine von Jobdeck.",
        "« %1 » est une base de données SQLite, mais pas une base Jobdeck."),
    "Cannot read the schema version of '%1'.": (
        "Die Schemaversion von „%1“ kann nicht gelesen werden.", "Impossible de lire la version du schéma de « %1 »."),
    "'%1' has schema %2; this Jobdeck reads schemas 1 to %3.": (
        "„%1“ hat Schema %2; diese Jobdeck-Version liest die Schemas 1 bis %3.",
        "« %1 » utilise le schéma %2 ; cette version de Jobdeck lit les schémas 1 à %3."),
    "'%1' already exists; choose a new file name for the backup.": (
        "„%1“ existiert bereits; wählen Sie einen neuen Dateinamen für die Sicherung.",
        "« %1 » existe déjà ; choisissez un nouveau nom de fichier pour la sauvegarde."),
    "The folder '%1' is read-only; choose another place for the backup.": (
        "Der Ordner „%1“ ist schreibgeschützt; wählen Sie einen anderen Ort für die Sicherung.",
        "Le dossier « %1 » est en lecture seule ; choisissez un autre emplacement pour la sauvegarde."),
    "The folder '%1' does not exist.": ("Der Ordner „%1“ existiert nicht.", "Le dossier « %1 » n'existe pas."),
    "Cannot write the backup '%1': %2": (
        "Die Sicherung „%1“ kann nicht geschrieben werden: %2", "Impossible d'écrire la sauvegarde « %1 » : %2"),
    "'%1' is the database itself; choose a backup to restore from.": (
        "„%1“ ist die Datenbank selbst; wählen Sie eine Sicherung, aus der wiederhergestellt werden soll.",
        "« %1 » est la base de données elle-même ; choisissez une sauvegarde à restaurer."),
    "Cannot make a working copy of '%1'.": (
        "Von „%1“ kann keine Arbeitskopie angelegt werden.", "Impossible de faire une copie de travail de « %1 »."),
    "Nothing was restored, because the current data could not be backed up first: %1": (
        "Es wurde nichts wiederhergestellt, weil die aktuellen Daten vorher nicht gesichert werden konnten: %1",
        "Rien n'a été restauré, car les données actuelles n'ont pas pu être sauvegardées au préalable : %1"),
    "Cannot restore": ("Wiederherstellen nicht möglich", "Restauration impossible"),
    "Cannot restore %1": ("%1 kann nicht wiederhergestellt werden", "Impossible de restaurer %1"),
    "Nothing was restored: %1": ("Es wurde nichts wiederhergestellt: %1", "Rien n'a été restauré : %1"),
    "Cannot create the backup folder '%1'.": (
        "Der Sicherungsordner „%1“ kann nicht angelegt werden.",
        "Impossible de créer le dossier de sauvegarde « %1 »."),

    # --- documents (resumes read from files) ---
    # Limits on what Jobdeck reads (a resume or a job description can come from a stranger).
    "The job description is longer than %1 MB of text; Jobdeck stores job descriptions of up to %1 MB.": (
        "Die Stellenbeschreibung ist länger als %1 MB Text; Jobdeck speichert Stellenbeschreibungen bis %1 MB.",
        "La description du poste dépasse %1 Mo de texte ; Jobdeck enregistre des descriptions de poste d'au plus %1 Mo."),
    "The resume '%1' is longer than %2 MB of text; Jobdeck stores resumes of up to %2 MB.": (
        "Der Lebenslauf „%1“ ist länger als %2 MB Text; Jobdeck speichert Lebensläufe bis %2 MB.",
        "Le CV « %1 » dépasse %2 Mo de texte ; Jobdeck enregistre des CV d'au plus %2 Mo."),
    "Cannot read '%1': there is no such file": (
        "„%1“ kann nicht gelesen werden: Diese Datei gibt es nicht",
        "Impossible de lire « %1 » : ce fichier n'existe pas"),
    "Cannot read '%1': it is not a regular file": (
        "„%1“ kann nicht gelesen werden: Es ist keine gewöhnliche Datei",
        "Impossible de lire « %1 » : ce n'est pas un fichier ordinaire"),
    "'%1' is larger than %2 MB; Jobdeck ranks job description files of up to %2 MB": (
        "„%1“ ist größer als %2 MB; Jobdeck bewertet Dateien mit Stellenbeschreibungen bis %2 MB",
        "« %1 » dépasse %2 Mo ; Jobdeck classe des fichiers de descriptions de poste d'au plus %2 Mo"),
    "%1 line %2 is larger than %3 MB; Jobdeck reads job descriptions of up to %3 MB a line": (
        "%1, Zeile %2 ist größer als %3 MB; Jobdeck liest Stellenbeschreibungen bis %3 MB pro Zeile",
        "%1, ligne %2 : plus de %3 Mo ; Jobdeck lit des descriptions de poste d'au plus %3 Mo par ligne"),
    "'%1' is larger than %2 MB; Jobdeck reads resume and job description files of up to %2 MB.": (
        "„%1“ ist größer als %2 MB; Jobdeck liest Lebensläufe und Stellenbeschreibungen aus Dateien bis %2 MB.",
        "« %1 » dépasse %2 Mo ; Jobdeck lit des fichiers de CV et de descriptions de poste d'au plus %2 Mo."),
    "'%1' holds more than %2 MB of text; Jobdeck reads resumes and job descriptions of up to %2 MB of text.": (
        "„%1“ enthält mehr als %2 MB Text; Jobdeck liest Lebensläufe und Stellenbeschreibungen bis %2 MB Text.",
        "« %1 » contient plus de %2 Mo de texte ; Jobdeck lit des CV et des descriptions de poste d'au plus %2 Mo de texte."),
    "'%1' is not a regular file: Jobdeck reads resumes and job descriptions from files, not from devices, pipes or folders.": (
        "„%1“ ist keine gewöhnliche Datei: Jobdeck liest Lebensläufe und Stellenbeschreibungen aus Dateien, nicht aus "
        "Geräten, Pipes oder Ordnern.",
        "« %1 » n'est pas un fichier ordinaire : Jobdeck lit les CV et les descriptions de poste dans des fichiers, pas "
        "dans des périphériques, des tubes ou des dossiers."),
    "'%1' has more than %2 pages; Jobdeck reads PDF files of up to %2 pages.": (
        "„%1“ hat mehr als %2 Seiten; Jobdeck liest PDF-Dateien bis %2 Seiten.",
        "« %1 » a plus de %2 pages ; Jobdeck lit des fichiers PDF d'au plus %2 pages."),
    "'%1' unpacks to more than %2 MB of document text and markup; Jobdeck reads Word documents of up to %2 MB unpacked.": (
        "„%1“ entpackt sich zu mehr als %2 MB Text und Auszeichnung; Jobdeck liest Word-Dokumente bis %2 MB entpackt.",
        "« %1 » se décompresse en plus de %2 Mo de texte et de balises ; Jobdeck lit des documents Word d'au plus %2 Mo "
        "décompressés."),
    "'%1' holds no text.": ("„%1“ enthält keinen Text.", "« %1 » ne contient aucun texte."),
    "'%1' does not exist or is not a file.": (
        "„%1“ existiert nicht oder ist keine Datei.", "« %1 » n'existe pas ou n'est pas un fichier."),
    "'%1' is not a supported document: use .txt, .md, .pdf or .docx.": (
        "„%1“ ist kein unterstütztes Dokument: Verwenden Sie .txt, .md, .pdf oder .docx.",
        "« %1 » n'est pas un document pris en charge : utilisez .txt, .md, .pdf ou .docx."),
    "'%1' is a binary file, not text.": ("„%1“ ist eine Binärdatei, kein Text.", "« %1 » est un fichier binaire, pas du texte."),
    "'%1' is not a PDF file, or it is damaged.": (
        "„%1“ ist keine PDF-Datei oder ist beschädigt.", "« %1 » n'est pas un fichier PDF, ou il est endommagé."),
    "'%1' is a damaged PDF that cannot be read.": (
        "„%1“ ist ein beschädigtes PDF, das nicht gelesen werden kann.",
        "« %1 » est un PDF endommagé qui ne peut pas être lu."),
    "'%1' is an encrypted PDF: save a copy without a password and try again.": (
        "„%1“ ist ein verschlüsseltes PDF: Speichern Sie eine Kopie ohne Passwort und versuchen Sie es erneut.",
        "« %1 » est un PDF chiffré : enregistrez-en une copie sans mot de passe et réessayez."),
    "'%1' is a PDF with no pages.": ("„%1“ ist ein PDF ohne Seiten.", "« %1 » est un PDF sans aucune page."),
    "Another Jobdeck (%1) has '%2' open. Close it there first, then start Jobdeck again to restore the backup.": (
        "Ein anderes Jobdeck (%1) hat „%2“ geöffnet. Schließen Sie es dort zuerst und starten Sie Jobdeck dann "
        "erneut, um die Sicherung wiederherzustellen.",
        "Un autre Jobdeck (%1) a « %2 » ouvert. Fermez-le d’abord, puis relancez Jobdeck pour restaurer la "
        "sauvegarde."),
    "Cannot read PDF files: the PDF module (%1) is missing from %2.": (
        "PDF-Dateien können nicht gelesen werden: Das PDF-Modul (%1) fehlt in %2.",
        "Impossible de lire les fichiers PDF : le module PDF (%1) est absent de %2."),
    "'%1' has no text layer (a scanned or image-only PDF): export it with its text or use a .txt copy.": (
        "„%1“ hat keine Textebene (ein gescanntes oder reines Bild-PDF): Exportieren Sie es mit Text oder "
        "verwenden Sie eine .txt-Kopie.",
        "« %1 » n'a pas de couche texte (PDF numérisé ou composé d'images) : exportez-le avec son texte ou utilisez "
        "une copie .txt."),
    "'%1' is an encrypted or legacy Word file: save it as an unprotected .docx.": (
        "„%1“ ist eine verschlüsselte oder veraltete Word-Datei: Speichern Sie sie als ungeschützte .docx-Datei.",
        "« %1 » est un fichier Word chiffré ou d'un ancien format : enregistrez-le en .docx non protégé."),
    "'%1' is not a valid .docx file (it is not a readable zip archive).": (
        "„%1“ ist keine gültige .docx-Datei (kein lesbares ZIP-Archiv).",
        "« %1 » n'est pas un fichier .docx valide (ce n'est pas une archive zip lisible)."),
    "'%1' is not a Word document: it has no word/document.xml.": (
        "„%1“ ist kein Word-Dokument: word/document.xml fehlt.",
        "« %1 » n'est pas un document Word : il ne contient pas de word/document.xml."),
    "'%1' is damaged: its document part cannot be read.": (
        "„%1“ ist beschädigt: Der Dokumentteil kann nicht gelesen werden.",
        "« %1 » est endommagé : sa partie document ne peut pas être lue."),

    # --- import and export ---
    "Detect automatically": ("Automatisch erkennen", "Détection automatique"),
    "Jobdeck CSV": ("Jobdeck-CSV", "CSV Jobdeck"),
    "Jobdeck JSON": ("Jobdeck-JSON", "JSON Jobdeck"),
    "LinkedIn job applications": ("LinkedIn-Bewerbungen", "Candidatures LinkedIn"),
    "Teal export": ("Teal-Export", "Export Teal"),
    "Huntr export": ("Huntr-Export", "Export Huntr"),
    "Spreadsheet": ("Tabelle", "Feuille de calcul"),
    "Job title": ("Stellentitel", "Intitulé du poste"),
    "Applied on": ("Beworben am", "Date de candidature"),
    "URL": ("URL", "URL"),
    "Minimum salary": ("Mindestgehalt", "Salaire minimum"),
    "Maximum salary": ("Höchstgehalt", "Salaire maximum"),
    "Stage entered at": ("Phase erreicht am", "Étape atteinte le"),
    "Archived": ("Archiviert", "Archivée"),
    "Contact email": ("Kontakt-E-Mail", "E-mail du contact"),
    "Contact phone": ("Kontakttelefon", "Téléphone du contact"),
    "Resume": ("Lebenslauf", "CV"),
    "Questions and answers": ("Fragen und Antworten", "Questions et réponses"),
    "application %1 (id %2, %3)": ("Bewerbung %1 (ID %2, %3)", "candidature %1 (id %2, %3)"),
    "The file says it is UTF-8 but holds bytes that are not UTF-8; save it again as \"CSV UTF-8\" and retry.": (
        "Die Datei gibt UTF-8 an, enthält aber Bytes, die kein UTF-8 sind; speichern Sie sie erneut als "
        "„CSV UTF-8“ und versuchen Sie es noch einmal.",
        "Le fichier se déclare en UTF-8 mais contient des octets qui ne sont pas de l'UTF-8 ; enregistrez-le de "
        "nouveau au format « CSV UTF-8 » et réessayez."),
    "The file says it is UTF-16 but ends in the middle of a character.": (
        "Die Datei gibt UTF-16 an, endet aber mitten in einem Zeichen.",
        "Le fichier se déclare en UTF-16 mais se termine au milieu d'un caractère."),
    "The file says it is UTF-16 but holds invalid characters.": (
        "Die Datei gibt UTF-16 an, enthält aber ungültige Zeichen.",
        "Le fichier se déclare en UTF-16 mais contient des caractères non valides."),
    "This is not a text file (it holds NUL bytes): Jobdeck imports CSV and Jobdeck JSON.": (
        "Dies ist keine Textdatei (sie enthält NUL-Bytes): Jobdeck importiert CSV und Jobdeck-JSON.",
        "Ce n'est pas un fichier texte (il contient des octets NUL) : Jobdeck importe du CSV et du JSON Jobdeck."),
    "The file is not UTF-8; it was read as Windows-1252. Check accented letters, or save it as \"CSV UTF-8\" and "
    "import it again.": (
        "Die Datei ist nicht in UTF-8; sie wurde als Windows-1252 gelesen. Prüfen Sie Umlaute und Akzente, oder "
        "speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.",
        "Le fichier n'est pas en UTF-8 ; il a été lu en Windows-1252. Vérifiez les lettres accentuées, ou "
        "enregistrez-le au format « CSV UTF-8 » et importez-le de nouveau."),
    "A quoted field opened on this line is never closed (a \" is missing), so the rest of the file cannot be read.": (
        "Ein in dieser Zeile begonnenes Feld in Anführungszeichen wird nie geschlossen (ein \" fehlt), daher kann "
        "der Rest der Datei nicht gelesen werden.",
        "Un champ entre guillemets ouvert sur cette ligne n'est jamais fermé (il manque un \"), le reste du fichier "
        "ne peut donc pas être lu."),
    "The file is empty: there is no header row.": (
        "Die Datei ist leer: Es gibt keine Kopfzeile.", "Le fichier est vide : il n'y a pas de ligne d'en-tête."),
    # %1 is "job title" or "company" below, with its article.
    "No column for the %1 was found. The headers are: %2. Rename the column (to \"company\" or \"title\") or "
    "choose it in the import dialog.": (
        "Keine Spalte für %1 gefunden. Die Spaltenköpfe sind: %2. Benennen Sie die Spalte um (in „company“ oder "
        "„title“) oder wählen Sie sie im Importdialog aus.",
        "Aucune colonne n'a été trouvée pour %1. Les en-têtes sont : %2. Renommez la colonne (en « company » ou "
        "« title ») ou choisissez-la dans la boîte de dialogue d'import."),
    "job title": ("den Stellentitel", "l'intitulé du poste"),
    "company": ("die Firma", "l'entreprise"),
    "The dates in \"%1\" could be day-first or month-first (like 1/5/25) and no row settles it: they were read "
    "month-first (January 5).": (
        "Die Datumsangaben in „%1“ können mit dem Tag oder mit dem Monat beginnen (wie 1/5/25), und keine Zeile "
        "klärt das: Sie wurden mit dem Monat zuerst gelesen (5. Januar).",
        "Les dates de « %1 » peuvent commencer par le jour ou par le mois (comme 1/5/25) et aucune ligne ne permet "
        "de trancher : elles ont été lues mois en premier (5 janvier)."),
    # %2 is "day-first" or "month-first" below.
    "The dates in \"%1\" mix day-first and month-first rows: they were read %2, as most rows are.": (
        "Die Datumsangaben in „%1“ mischen Zeilen mit dem Tag zuerst und mit dem Monat zuerst: Sie wurden wie die "
        "meisten Zeilen %2 gelesen.",
        "Les dates de « %1 » mélangent des lignes jour en premier et mois en premier : elles ont été lues %2, comme "
        "la plupart des lignes."),
    "day-first": ("mit dem Tag zuerst", "jour en premier"),
    "month-first": ("mit dem Monat zuerst", "mois en premier"),
    "blank row": ("leere Zeile", "ligne vide"),
    "the row has %1 fields but the header has %2 (a comma outside quotes?)": (
        "die Zeile hat %1 Felder, die Kopfzeile aber %2 (ein Komma außerhalb der Anführungszeichen?)",
        "la ligne a %1 champs mais l'en-tête en a %2 (une virgule hors des guillemets ?)"),
    "the company (\"%1\") is empty": ("die Firma („%1“) ist leer", "l'entreprise (« %1 ») est vide"),
    "the job title (\"%1\") is empty": ("der Stellentitel („%1“) ist leer", "l'intitulé du poste (« %1 ») est vide"),
    "\"%1\" in \"%2\" is not a date": ("„%1“ in „%2“ ist kein Datum", "« %1 » dans « %2 » n'est pas une date"),
    "\"%1\" is not a stage (stages are %2)": (
        "„%1“ ist keine Phase (die Phasen sind %2)", "« %1 » n'est pas une étape (les étapes sont %2)"),
    "\"%1\" in stage_entered_at is not an ISO-8601 time": (
        "„%1“ in stage_entered_at ist keine ISO-8601-Zeitangabe", "« %1 » dans stage_entered_at n'est pas une heure ISO 8601"),
    "Status in the imported file: %1": ("Status in der importierten Datei: %1", "Statut dans le fichier importé : %1"),
    "duplicate: already in Jobdeck": ("Duplikat: bereits in Jobdeck", "doublon : déjà dans Jobdeck"),
    "duplicate of line %1": ("Duplikat von Zeile %1", "doublon de la ligne %1"),
    "Status \"%1\" (%2 row(s), first on line %3) is not a Jobdeck stage: imported as %4, with the original kept in "
    "the notes.": (
        "Der Status „%1“ (%2 Zeile(n), zuerst in Zeile %3) ist keine Jobdeck-Phase: als %4 importiert, das "
        "Original steht in den Notizen.",
        "Le statut « %1 » (%2 ligne(s), d'abord à la ligne %3) n'est pas une étape Jobdeck : importé comme %4, "
        "l'original est conservé dans les notes."),
    "%1 (%2): %3 data rows, %4 ready, %5 skipped (%6 duplicates).": (
        "%1 (%2): %3 Datenzeilen, %4 bereit, %5 übersprungen (%6 Duplikate).",
        "%1 (%2) : %3 lignes de données, %4 prêtes, %5 ignorées (%6 doublons)."),
    "error: line %1: %2": ("Fehler: Zeile %1: %2", "erreur : ligne %1 : %2"),
    "warning: %1": ("Warnung: %1", "avertissement : %1"),
    "'%1' is a folder, not a file to import.": (
        "„%1“ ist ein Ordner, keine Datei zum Importieren.", "« %1 » est un dossier, pas un fichier à importer."),
    "Cannot read the applications already stored": (
        "Die bereits gespeicherten Bewerbungen können nicht gelesen werden",
        "Impossible de lire les candidatures déjà enregistrées"),
    "Nothing was imported: %1": ("Es wurde nichts importiert: %1", "Rien n'a été importé : %1"),
    "Cannot prepare the import": ("Der Import kann nicht vorbereitet werden", "Impossible de préparer l'import"),
    "Line %1: cannot add the application": (
        "Zeile %1: Die Bewerbung kann nicht hinzugefügt werden", "Ligne %1 : impossible d'ajouter la candidature"),
    "Cannot read %1": ("%1 kann nicht gelesen werden", "Impossible de lire %1"),
    "This is not a Jobdeck JSON export: %1 at byte %2.": (
        "Dies ist kein Jobdeck-JSON-Export: %1 bei Byte %2.", "Ce n'est pas un export JSON de Jobdeck : %1 à l'octet %2."),
    "This JSON file is not a Jobdeck export (its \"format\" is not \"jobdeck\").": (
        "Diese JSON-Datei ist kein Jobdeck-Export (ihr „format“ ist nicht „jobdeck“).",
        "Ce fichier JSON n'est pas un export Jobdeck (son « format » n'est pas « jobdeck »)."),
    "This export has format version %1; this Jobdeck reads up to %2. Update Jobdeck to import it.": (
        "Dieser Export hat die Formatversion %1; diese Jobdeck-Version liest bis Version %2. Aktualisieren Sie "
        "Jobdeck, um ihn zu importieren.",
        "Cet export est au format version %1 ; cette version de Jobdeck lit jusqu'à la version %2. Mettez Jobdeck à "
        "jour pour l'importer."),
    "\"%1\" must be a list.": ("„%1“ muss eine Liste sein.", "« %1 » doit être une liste."),
    "Stage event %1 belongs to application %2, which is not in the file.": (
        "Phasenwechsel %1 gehört zu Bewerbung %2, die nicht in der Datei enthalten ist.",
        "Le changement d'étape %1 appartient à la candidature %2, qui n'est pas dans le fichier."),
    "%1 has no id, company or title.": (
        "Bei %1 fehlt die ID, die Firma oder der Titel.", "%1 n'a pas d'id, d'entreprise ou d'intitulé."),
    "%1 has no stage history.": ("%1 hat keinen Phasenverlauf.", "%1 n'a pas d'historique d'étapes."),
    "%1 is in stage \"%2\" but its last event is \"%3\".": (
        "%1 steht in der Phase „%2“, aber ihr letzter Eintrag ist „%3“.",
        "%1 est à l'étape « %2 » mais son dernier événement est « %3 »."),
    "duplicate of an earlier application": ("Duplikat einer früheren Bewerbung", "doublon d'une candidature précédente"),
    "The database already holds data, so the imported rows were given new ids.": (
        "Die Datenbank enthält bereits Daten, daher haben die importierten Zeilen neue IDs erhalten.",
        "La base de données contient déjà des données, les lignes importées ont donc reçu de nouveaux identifiants."),
    "Cannot import %1": ("%1 kann nicht importiert werden", "Impossible d'importer %1"),
    "Cannot import a row of %1 (id %2)": (
        "Eine Zeile von %1 (ID %2) kann nicht importiert werden", "Impossible d'importer une ligne de %1 (id %2)"),

    # --- File menu: import, export, backups ---
    "&Import...": ("&Importieren...", "&Importer..."),
    "Import applications from a CSV file (LinkedIn, Teal, Huntr, a spreadsheet) or a Jobdeck JSON export": (
        "Bewerbungen aus einer CSV-Datei (LinkedIn, Teal, Huntr, eine Tabelle) oder einem Jobdeck-JSON-Export "
        "importieren",
        "Importer des candidatures depuis un fichier CSV (LinkedIn, Teal, Huntr, un tableur) ou un export JSON "
        "de Jobdeck"),
    "&Export...": ("&Exportieren...", "&Exporter..."),
    "Export applications as CSV, or everything as JSON": (
        "Bewerbungen als CSV oder alles als JSON exportieren",
        "Exporter les candidatures en CSV, ou l'ensemble en JSON"),
    "&Back Up Now": ("Jetzt &sichern", "&Sauvegarder maintenant"),
    "Copy the database into its backup folder": (
        "Die Datenbank in ihren Sicherungsordner kopieren", "Copier la base de données dans son dossier de sauvegarde"),
    "Back Up &To...": ("Sichern &unter...", "Sauvegarder &vers..."),
    "Copy the database to a file of your choice": (
        "Die Datenbank in eine Datei Ihrer Wahl kopieren", "Copier la base de données dans le fichier de votre choix"),
    "Restore &From Backup...": ("Aus Sicherung wiede&rherstellen...", "Res&taurer depuis une sauvegarde..."),
    "Replace the data with a backup (the current data is backed up first)": (
        "Die Daten durch eine Sicherung ersetzen (die aktuellen Daten werden vorher gesichert)",
        "Remplacer les données par une sauvegarde (les données actuelles sont sauvegardées au préalable)"),
    "%1\n\nThe newest backup, '%2', is sound. Restore it? The damaged file is kept beside it.": (
        "%1\n\nDie neueste Sicherung „%2“ ist intakt. Soll sie wiederhergestellt werden? Die beschädigte Datei "
        "bleibt daneben erhalten.",
        "%1\n\nLa sauvegarde la plus récente, « %2 », est intacte. La restaurer ? Le fichier endommagé est conservé "
        "à côté."),
    "The daily backup failed: %1": (
        "Die tägliche Sicherung ist fehlgeschlagen: %1", "La sauvegarde quotidienne a échoué : %1"),
    "Import applications": ("Bewerbungen importieren", "Importer des candidatures"),
    "CSV or Jobdeck JSON (*.csv *.json *.txt);;All files (*)": (
        "CSV oder Jobdeck-JSON (*.csv *.json *.txt);;Alle Dateien (*)",
        "CSV ou JSON Jobdeck (*.csv *.json *.txt);;Tous les fichiers (*)"),
    "Export": ("Exportieren", "Exporter"),
    "Spreadsheet, applications only (*.csv);;Everything, for a Jobdeck import (*.json)": (
        "Tabelle, nur Bewerbungen (*.csv);;Alles, für einen Jobdeck-Import (*.json)",
        "Tableur, candidatures seules (*.csv);;Tout, pour un import Jobdeck (*.json)"),
    "Export failed": ("Export fehlgeschlagen", "Échec de l'export"),
    "Exported to %1": ("Nach %1 exportiert", "Exporté vers %1"),
    "Backed up to %1": ("Nach %1 gesichert", "Sauvegardé vers %1"),
    "Backup failed": ("Sicherung fehlgeschlagen", "Échec de la sauvegarde"),
    "Back up to": ("Sichern unter", "Sauvegarder vers"),
    "Cannot replace '%1'.": ("„%1“ kann nicht ersetzt werden.", "Impossible de remplacer « %1 »."),
    "Restore from backup": ("Aus Sicherung wiederherstellen", "Restaurer depuis une sauvegarde"),
    "Jobdeck databases (*.sqlite);;All files (*)": (
        "Jobdeck-Datenbanken (*.sqlite);;Alle Dateien (*)", "Bases de données Jobdeck (*.sqlite);;Tous les fichiers (*)"),
    "Cannot count the applications in '%1': %2": (
        "Die Bewerbungen in „%1“ lassen sich nicht zählen: %2", "Impossible de compter les candidatures de « %1 » : %2"),
    "Restore failed": ("Wiederherstellung fehlgeschlagen", "Échec de la restauration"),
    "Restored from %1; the previous data is saved as %2": (
        "Aus %1 wiederhergestellt; die vorherigen Daten sind als %2 gesichert",
        "Restauré depuis %1 ; les données précédentes sont sauvegardées sous %2"),
    "'%1' must end in .csv or .json.": ("„%1“ muss auf .csv oder .json enden.", "« %1 » doit se terminer par .csv ou .json."),
    "Cannot write '%1': %2.": ("„%1“ kann nicht geschrieben werden: %2.", "Impossible d'écrire « %1 » : %2."),
    "another program": ("ein anderes Programm", "un autre programme"),
    "process %1 on %2": ("Prozess %1 auf %2", "processus %1 sur %2"),
    "'%1' is already open in another Jobdeck (%2). Both can work on it safely, but changes made in one appear in "
    "the other only after a refresh.": (
        "„%1“ ist bereits in einem anderen Jobdeck geöffnet (%2). Beide können gefahrlos damit arbeiten, aber "
        "Änderungen im einen erscheinen im anderen erst nach einer Aktualisierung.",
        "« %1 » est déjà ouvert dans une autre instance de Jobdeck (%2). Les deux peuvent l'utiliser sans risque, "
        "mais les modifications faites dans l'une n'apparaissent dans l'autre qu'après une actualisation."),
    "'%1' is already open in another Jobdeck (%2). Close it there first: this window keeps its current database.": (
        "„%1“ ist bereits in einem anderen Jobdeck geöffnet (%2). Schließen Sie die Datei zuerst dort: Dieses "
        "Fenster behält seine aktuelle Datenbank.",
        "« %1 » est déjà ouvert dans une autre instance de Jobdeck (%2). Fermez-le d'abord dans l'autre : cette "
        "fenêtre garde sa base de données actuelle."),

    # --- the import dialog ---
    "How to read the file. Detection looks at the column names.": (
        "Wie die Datei gelesen wird. Die Erkennung richtet sich nach den Spaltennamen.",
        "Comment lire le fichier. La détection se fonde sur les noms des colonnes."),
    "Column in the file": ("Spalte in der Datei", "Colonne du fichier"),
    "First values": ("Erste Werte", "Premières valeurs"),
    "Imported as": ("Importiert als", "Importée comme"),
    "Check the file to see what would be imported, skipped or refused.": (
        "Prüfen Sie die Datei, um zu sehen, was importiert, übersprungen oder abgelehnt würde.",
        "Vérifiez le fichier pour voir ce qui serait importé, ignoré ou refusé."),
    "&Check": ("&Prüfen", "&Vérifier"),
    "&Import": ("&Importieren", "&Importer"),
    "Report what an import would do without changing anything.": (
        "Anzeigen, was ein Import bewirken würde, ohne etwas zu ändern.",
        "Indiquer ce que ferait un import, sans rien modifier."),
    "Import every row, or nothing if any row has an error.": (
        "Alle Zeilen importieren, oder keine, wenn eine Zeile einen Fehler hat.",
        "Importer toutes les lignes, ou aucune si l'une d'elles contient une erreur."),
    "File:": ("Datei:", "Fichier :"),
    "Format:": ("Format:", "Format :"),
    "Columns (choose what each one feeds):": (
        "Spalten (wählen Sie, wohin jede übernommen wird):", "Colonnes (choisissez ce que chacune alimente) :"),
    "Report:": ("Bericht:", "Rapport :"),
    "Jobdeck JSON export": ("Jobdeck-JSON-Export", "Export JSON de Jobdeck"),
    "Applications, their history, tasks and resumes, restored as they were": (
        "Bewerbungen mit Verlauf, Aufgaben und Lebensläufen, so wiederhergestellt, wie sie waren",
        "Les candidatures, leur historique, leurs tâches et les CV, restaurés tels quels"),
    "(not imported)": ("(nicht importiert)", "(non importée)"),
    "Importing...": ("Wird importiert...", "Import en cours..."),
    "Nothing was imported: the backup before it failed: %1": (
        "Es wurde nichts importiert: Die Sicherung davor ist fehlgeschlagen: %1",
        "Rien n'a été importé : la sauvegarde préalable a échoué : %1"),
    "skipped: line %1: %2": ("übersprungen: Zeile %1: %2", "ignorée : ligne %1 : %2"),
    "... and %1 more skipped rows.": ("... und %1 weitere übersprungene Zeilen.", "... et %1 autres lignes ignorées."),

    # --- job descriptions read from JSON Lines ---
    "%1 line %2: not a JSON object": ("%1 Zeile %2: kein JSON-Objekt", "%1 ligne %2 : pas un objet JSON"),
    "%1 line %2: needs \"id\" (a string or number) and \"text\" (a string)": (
        "%1 Zeile %2: braucht „id“ (eine Zeichenkette oder Zahl) und „text“ (eine Zeichenkette)",
        "%1 ligne %2 : il faut « id » (une chaîne ou un nombre) et « text » (une chaîne)"),
    "'%1' holds no job descriptions": ("„%1“ enthält keine Stellenbeschreibungen", "« %1 » ne contient aucune description de poste"),

    # --- the jobdeck executable's options and screenshots ---
    "Unknown view '%1'; the views are: %2.": (
        "Unbekannte Ansicht „%1“; die Ansichten sind: %2.", "Vue « %1 » inconnue ; les vues sont : %2."),
    "The %1 view did not finish in time.": (
        "Die Ansicht %1 wurde nicht rechtzeitig fertig.", "La vue %1 n'a pas fini à temps."),
    "The window needs at least %1x%2; the picture is that size.": (
        "Das Fenster braucht mindestens %1x%2; das Bild hat diese Größe.",
        "La fenêtre a besoin d'au moins %1x%2 ; l'image a cette taille."),
    "Cannot write the screenshot to '%1'.": (
        "Das Bildschirmfoto kann nicht nach „%1“ geschrieben werden.",
        "Impossible d'écrire la capture d'écran dans « %1 »."),
    "A private, offline job-search tracker.": (
        "Ein privater Offline-Tracker für die Stellensuche.",
        "Un outil privé et hors ligne de suivi de recherche d'emploi."),
    "Render the window into a PNG file and exit.": (
        "Das Fenster in eine PNG-Datei zeichnen und beenden.", "Dessiner la fenêtre dans un fichier PNG et quitter."),
    "file": ("Datei", "fichier"),
    "The page to show: board, list, analytics, match or reminders.": (
        "Die anzuzeigende Seite: board, list, analytics, match oder reminders.",
        "La page à afficher : board, list, analytics, match ou reminders."),
    "page": ("Seite", "page"),
    "Window size for --screenshot.": ("Fenstergröße für --screenshot.", "Taille de la fenêtre pour --screenshot."),
    "WxH": ("BxH", "LxH"),
    "Fill an empty database with a demo pipeline first.": (
        "Eine leere Datenbank zuerst mit Beispieldaten füllen.",
        "Remplir d'abord une base de données vide avec des données d'exemple."),
    "Render --screenshot with a dark palette.": (
        "--screenshot mit dunkler Farbpalette zeichnen.", "Dessiner --screenshot avec une palette sombre."),
    "--size wants WIDTHxHEIGHT, e.g. 1400x860.": (
        "--size erwartet BREITExHÖHE, z. B. 1400x860.", "--size attend LARGEURxHAUTEUR, par ex. 1400x860."),

    # --- archive and unarchive ---
    "Unarchive %1": ("%1 aus dem Archiv holen", "Désarchiver %1"),
    "&Unarchive": ("Archivierung a&ufheben", "Désa&rchiver"),
    "Open applications": ("Offene Bewerbungen", "Candidatures en cours"),
    "Bring the selected application back to the board": (
        "Die ausgewählte Bewerbung zurück auf das Board holen", "Remettre la candidature sélectionnée sur le tableau"),
    "Archived %1 \u2014 Ctrl+Z to undo": (
        "Bewerbung bei %1 archiviert \u2014 Strg+Z macht es rückgängig",
        "Candidature chez %1 archivée \u2014 Ctrl+Z pour annuler"),
    "Unarchived %1": ("Bewerbung bei %1 aus dem Archiv geholt", "Candidature chez %1 désarchivée"),
    "Closed": ("Abgeschlossen", "Clôturées"),

    # --- start at login and the tray ---
    "&Keep Running in the Tray When Closed": (
        "Beim Schließen im Infobereich weiter&laufen", "&Garder dans la zone de notification à la fermeture"),
    "Closing the window leaves Jobdeck in the system tray, so reminders still appear": (
        "Nach dem Schließen des Fensters bleibt Jobdeck im Infobereich, sodass Erinnerungen weiter erscheinen",
        "Fermer la fenêtre laisse Jobdeck dans la zone de notification, pour que les rappels s'affichent encore"),
    "Start at &Login": ("Beim &Anmelden starten", "&Lancer à l'ouverture de session"),
    "Jobdeck is still running": ("Jobdeck läuft weiter", "Jobdeck est toujours en cours d'exécution"),
    "Reminders keep coming from here. To quit, use Quit in this icon's menu or File > Quit; to close for good, "
    "turn off File > Keep Running in the Tray.": (
        "Erinnerungen kommen weiterhin von hier. Zum Beenden wählen Sie „Beenden“ im Menü dieses Symbols oder "
        "Datei > Beenden; damit Jobdeck beim Schließen ganz endet, schalten Sie Datei > Beim Schließen im "
        "Infobereich weiterlaufen aus.",
        "Les rappels continuent d'arriver d'ici. Pour quitter, choisissez « Quitter » dans le menu de cette icône ou "
        "Fichier > Quitter ; pour que la fermeture quitte vraiment, désactivez Fichier > Garder dans la zone de "
        "notification à la fermeture."),
    "Starting at login is not supported on this system yet.": (
        "Der Start beim Anmelden wird auf diesem System noch nicht unterstützt.",
        "Le lancement à l'ouverture de session n'est pas encore pris en charge sur ce système."),
    "Cannot remove %1.": ("%1 kann nicht entfernt werden.", "Impossible de supprimer %1."),
    "Cannot create the folder of %1.": (
        "Der Ordner für %1 kann nicht angelegt werden.", "Impossible de créer le dossier de %1."),
    "Job-search reminders in the tray": (
        "Erinnerungen zur Stellensuche im Infobereich", "Rappels de recherche d'emploi dans la zone de notification"),
    "Cannot write %1: %2": ("%1 kann nicht geschrieben werden: %2", "Impossible d'écrire %1 : %2"),

    # --- interviews and undo ---
    "Set": ("Festlegen", "Définir"),
    "Clear": ("Löschen", "Effacer"),
    "When this round's interview takes place: prep falls due the day before, the thank-you note a day after.": (
        "Wann das Gespräch dieser Runde stattfindet: Die Vorbereitung ist am Vortag fällig, das Dankschreiben "
        "einen Tag danach.",
        "Date de l'entretien de cette étape : la préparation est due la veille, le mot de remerciement le "
        "lendemain."),
    "&Interview at": ("&Gesprächstermin", "Date de l'entret&ien"),
    "%1 (undo)": ("%1 (Rücknahme)", "%1 (annulation)"),
    "%1 (undone)": ("%1 (rückgängig gemacht)", "%1 (annulé)"),
    "%1\nUndone: this move and its undo count for nothing.": (
        "%1\nRückgängig gemacht: Dieser Schritt und seine Rücknahme zählen nicht.",
        "%1\nAnnulé : ce changement et son annulation ne comptent pas."),
    "An interview time goes with an interview stage (screen, technical, onsite or final), not %1.": (
        "Ein Gesprächstermin gehört zu einer Gesprächsphase (screen, technical, onsite oder final), nicht zu %1.",
        "Une date d'entretien va avec une étape d'entretien (screen, technical, onsite ou final), pas avec %1."),
    "That move changed nothing, so there is nothing to undo.": (
        "Dieser Schritt hat nichts geändert, es gibt also nichts rückgängig zu machen.",
        "Ce changement n'a rien modifié, il n'y a donc rien à annuler."),
    "Cannot read event %1": ("Ereignis %1 kann nicht gelesen werden", "Impossible de lire l'événement %1"),
    "There is no stage event %1.": ("Es gibt keinen Phasenwechsel %1.", "Il n'y a pas de changement d'étape %1."),
    "Event %1 is itself an undo; make the move again instead.": (
        "Ereignis %1 ist selbst eine Rücknahme; führen Sie den Schritt stattdessen erneut aus.",
        "L'événement %1 est lui-même une annulation ; refaites plutôt le changement."),
    "Event %1 has already been undone.": (
        "Ereignis %1 wurde bereits rückgängig gemacht.", "L'événement %1 a déjà été annulé."),
    "Event %1 is the application's first event; there is no move to undo.": (
        "Ereignis %1 ist das erste Ereignis der Bewerbung; es gibt keinen Schritt, der rückgängig gemacht werden kann.",
        "L'événement %1 est le premier de la candidature ; il n'y a aucun changement à annuler."),
    "Application %1 has no stage history.": (
        "Bewerbung %1 hat keinen Phasenverlauf.", "La candidature %1 n'a pas d'historique d'étapes."),
    "Application %1 has no move left to undo.": (
        "Bei Bewerbung %1 gibt es keinen Schritt mehr, der rückgängig gemacht werden kann.",
        "La candidature %1 n'a plus aucun changement à annuler."),
    "Cannot read the interview of application %1": (
        "Das Gespräch von Bewerbung %1 kann nicht gelesen werden",
        "Impossible de lire l'entretien de la candidature %1"),
    "%1 is in %2, not an interview stage, so it has no interview to schedule.": (
        "Die Bewerbung bei %1 ist in der Phase „%2“, keiner Gesprächsphase, und hat daher kein Gespräch zum Planen.",
        "La candidature chez %1 est à l'étape « %2 », qui n'est pas une étape d'entretien ; il n'y a donc pas "
        "d'entretien à planifier."),
    "Cannot schedule the interview": ("Das Gespräch kann nicht geplant werden", "Impossible de planifier l'entretien"),
    "The %1 round of %2 has no prep or thank-you task to schedule.": (
        "Die Runde „%1“ bei %2 hat keine Vorbereitungs- oder Dankschreiben-Aufgabe zum Planen.",
        "L'étape « %1 » chez %2 n'a aucune tâche de préparation ou de remerciement à planifier."),

    # --- import ---
    "&Strict: refuse the file if a date or time cannot be read": (
        "&Streng: Datei ablehnen, wenn ein Datum oder eine Uhrzeit nicht lesbar ist",
        "&Strict : refuser le fichier si une date ou une heure est illisible"),
    "Unchecked, a row whose date cannot be read is imported without it, with the text kept in its notes and a "
    "warning in the report.": (
        "Ohne Haken wird eine Zeile, deren Datum nicht lesbar ist, ohne das Datum importiert; der Text bleibt in "
        "ihren Notizen erhalten, und der Bericht enthält eine Warnung.",
        "Si la case est décochée, une ligne dont la date est illisible est importée sans cette date ; le texte est "
        "conservé dans ses notes et le rapport contient un avertissement."),
    "%1 in the imported file: %2": ("%1 in der importierten Datei: %2", "%1 dans le fichier importé : %2"),
    "line %1: %2: imported without it, the text is kept in the notes.": (
        "Zeile %1: %2: ohne diesen Wert importiert, der Text bleibt in den Notizen erhalten.",
        "ligne %1 : %2 : importée sans cette valeur, le texte est conservé dans les notes."),
    "has an unknown stage \"%1\"": ("hat eine unbekannte Phase „%1“", "a une étape inconnue « %1 »"),
    "leaves an unknown stage \"%1\"": ("verlässt eine unbekannte Phase „%1“", "quitte une étape inconnue « %1 »"),
    "gives rank %1 to stage \"%2\", whose rank is %3": (
        "gibt der Phase „%2“ den Rang %1, ihr Rang ist aber %3", "donne le rang %1 à l'étape « %2 », dont le rang est %3"),
    "has no valid time": ("hat keine gültige Zeit", "n'a pas d'heure valide"),
    "has an impossible stay of %1 seconds": (
        "hat eine unmögliche Verweildauer von %1 Sekunden", "a une durée de séjour impossible de %1 secondes"),
    "has an invalid applied date \"%1\"": (
        "hat ein ungültiges Bewerbungsdatum „%1“", "a une date de candidature invalide « %1 »"),
    "has an impossible furthest rank %1": (
        "hat einen unmöglichen höchsten Rang %1", "a un rang le plus avancé impossible : %1"),
    "has an invalid time in \"%1\"": ("hat eine ungültige Zeit in „%1“", "a une heure invalide dans « %1 »"),
    "Stage event %1 (of application %2) %3.": (
        "Phasenwechsel %1 (von Bewerbung %2) %3.", "Le changement d'étape %1 (de la candidature %2) %3."),
    "Stage event %1 (of application %2) leaves \"%3\", but the application was in \"%4\" then.": (
        "Phasenwechsel %1 (von Bewerbung %2) verlässt „%3“, aber die Bewerbung war damals in „%4“.",
        "Le changement d'étape %1 (de la candidature %2) quitte « %3 », mais la candidature était alors à « %4 »."),
    "no stage": ("keiner Phase", "aucune étape"),
    "Stage event %1 (of application %2) is dated before the event it follows.": (
        "Phasenwechsel %1 (von Bewerbung %2) ist früher datiert als das Ereignis, auf das er folgt.",
        "Le changement d'étape %1 (de la candidature %2) est daté d'avant l'événement qu'il suit."),
    "%1 %2.": ("%1 %2.", "%1 %2."),

    # --- analytics ---
    "Saved applications have no application date, so no period holds them: the funnel starts at Applied.": (
        "Gemerkte Bewerbungen haben kein Bewerbungsdatum und fallen daher in keinen Zeitraum: Der Trichter "
        "beginnt bei „Beworben“.",
        "Les candidatures enregistrées n'ont pas de date de candidature et n'entrent donc dans aucune période : "
        "l'entonnoir commence à « Envoyée »."),
    "Not yet applied (saved, outside any period): %1": (
        "Noch nicht beworben (gemerkt, außerhalb jedes Zeitraums): %1",
        "Pas encore envoyées (enregistrées, hors de toute période) : %1"),
    "No applications applied to in this period yet": (
        "In diesem Zeitraum noch keine abgeschickten Bewerbungen", "Aucune candidature envoyée sur cette période"),
    "%1 to %2": ("%1 bis %2", "%1 à %2"),
    "No applications submitted in this period yet": (
        "In diesem Zeitraum noch keine Bewerbungen abgeschickt", "Aucune candidature soumise sur cette période"),
    "No stage changes in this period yet: a stage's time counts once an application leaves it": (
        "In diesem Zeitraum noch keine Phasenwechsel: Die Zeit in einer Phase zählt, sobald eine Bewerbung sie "
        "verlässt",
        "Aucun changement d'étape sur cette période : le temps passé dans une étape compte une fois qu'une "
        "candidature la quitte"),
    "Not yet applied (saved)": ("Noch nicht beworben (gemerkt)", "Pas encore envoyées (enregistrées)"),

    # --- match scores ---
    "How much of what the job weighs your resume shows.": (
        "Wie viel von dem, was die Stelle gewichtet, Ihr Lebenslauf zeigt.",
        "La part de ce que le poste met en avant que votre CV montre."),
    "%1\nMatch index %2 (TF-IDF cosine x 100, the figure ranking uses).": (
        "%1\nPassungsindex %2 (TF-IDF-Kosinus x 100, der Wert, nach dem die Rangliste sortiert).",
        "%1\nIndice d'adéquation %2 (cosinus TF-IDF x 100, la valeur utilisée pour le classement)."),
    "Your resume shows %1% of this job's skills and key phrases, weighted by how much the job stresses each.": (
        "Ihr Lebenslauf zeigt %1\u00a0% der Kompetenzen und Schlüsselbegriffe dieser Stelle, gewichtet danach, wie "
        "stark die Stelle sie jeweils betont.",
        "Votre CV montre %1\u00a0% des compétences et expressions clés de ce poste, pondérées selon l'importance "
        "que le poste donne à chacune."),
    "Strong": ("Stark", "Forte"),
    "Good": ("Gut", "Bonne"),
    "Fair": ("Mittel", "Moyenne"),
    "Low": ("Gering", "Faible"),
    "Match %1 / 100 \u00b7 %2": ("Passung %1 / 100 \u00b7 %2", "Adéquation %1 / 100 \u00b7 %2"),
    "The share of this job's skills and key phrases that your resume shows, each counted by its weight in the job "
    "description. Low below %1, Fair from %1, Good from %2, Strong from %3.": (
        "Der Anteil der Kompetenzen und Schlüsselbegriffe dieser Stelle, den Ihr Lebenslauf zeigt, jeweils nach "
        "ihrem Gewicht in der Stellenbeschreibung gezählt. Gering unter %1, Mittel ab %1, Gut ab %2, Stark ab %3.",
        "La part des compétences et expressions clés de ce poste que votre CV montre, chacune comptée selon son "
        "poids dans la description du poste. Faible en dessous de %1, Moyenne à partir de %1, Bonne à partir de "
        "%2, Forte à partir de %3."),
    "Your resume shows every skill and key phrase this job description weighs.": (
        "Ihr Lebenslauf zeigt jede Kompetenz und jeden Schlüsselbegriff, den diese Stellenbeschreibung gewichtet.",
        "Votre CV montre chaque compétence et expression clé prise en compte par cette description de poste."),
    "Your resume shows every skill this job names, and %1% of its weighted skills and key phrases.": (
        "Ihr Lebenslauf zeigt jede Kompetenz, die diese Stelle nennt, und %1\u00a0% ihrer gewichteten Kompetenzen "
        "und Schlüsselbegriffe.",
        "Votre CV montre chaque compétence citée par ce poste, et %1\u00a0% de ses compétences et expressions clés "
        "pondérées."),
    "Your resume shows every skill this job names; it could echo its wording: %1.": (
        "Ihr Lebenslauf zeigt jede Kompetenz, die diese Stelle nennt; er könnte ihre Formulierungen aufgreifen: %1.",
        "Votre CV montre chaque compétence citée par ce poste ; il pourrait reprendre sa formulation : %1."),

    # --- files, backups and the database ---
    "Cannot check '%1' (%2), so it was not used.": (
        "„%1“ kann nicht geprüft werden (%2) und wurde daher nicht verwendet.",
        "Impossible de vérifier « %1 » (%2) ; il n'a donc pas été utilisé."),
    "'%1' is the open database '%2' (or one of its own files); writing there would overwrite your data. Choose "
    "another file name.": (
        "„%1“ ist die geöffnete Datenbank „%2“ (oder eine ihrer eigenen Dateien); dorthin zu schreiben würde Ihre "
        "Daten überschreiben. Wählen Sie einen anderen Dateinamen.",
        "« %1 » est la base de données ouverte « %2 » (ou l'un de ses propres fichiers) ; y écrire écraserait vos "
        "données. Choisissez un autre nom de fichier."),
    "'%1' is a backup of the open database; writing there would overwrite it. Choose another file name.": (
        "„%1“ ist eine Sicherung der geöffneten Datenbank; dorthin zu schreiben würde sie überschreiben. Wählen Sie "
        "einen anderen Dateinamen.",
        "« %1 » est une sauvegarde de la base de données ouverte ; y écrire l'écraserait. Choisissez un autre nom "
        "de fichier."),
    "it is not an SQLite file": ("es ist keine SQLite-Datei", "ce n'est pas un fichier SQLite"),
    "Cannot restore '%1': %2 Nothing was changed.": (
        "„%1“ kann nicht wiederhergestellt werden: %2 Es wurde nichts geändert.",
        "Impossible de restaurer « %1 » : %2 Rien n'a été modifié."),
    "Cannot copy '%1' beside '%2': %3 Nothing was changed.": (
        "„%1“ kann nicht neben „%2“ kopiert werden: %3 Es wurde nichts geändert.",
        "Impossible de copier « %1 » à côté de « %2 » : %3 Rien n'a été modifié."),
    "Cannot keep a copy of the damaged database '%1' beside it; nothing was changed.": (
        "Neben der beschädigten Datenbank „%1“ kann keine Kopie von ihr abgelegt werden; es wurde nichts geändert.",
        "Impossible de garder une copie de la base de données endommagée « %1 » à côté d'elle ; rien n'a été "
        "modifié."),
    "Cannot move '%1' aside; nothing was changed.": (
        "„%1“ kann nicht beiseitegelegt werden; es wurde nichts geändert.",
        "Impossible de mettre « %1 » de côté ; rien n'a été modifié."),
    "Cannot put the copy of '%1' in place (%2); the database was left as it was, with its journal files.": (
        "Die Kopie von „%1“ kann nicht an ihren Platz gestellt werden (%2); die Datenbank blieb unverändert, mit "
        "ihren Journaldateien.",
        "Impossible de mettre la copie de « %1 » en place (%2) ; la base de données est restée telle quelle, avec "
        "ses fichiers journaux."),
    "Cannot create the database '%1': %2.": (
        "Die Datenbank „%1“ kann nicht angelegt werden: %2.", "Impossible de créer la base de données « %1 » : %2."),
    "'%1' is not a Jobdeck database (it is not an SQLite file, or it is damaged); it was left unchanged.": (
        "„%1“ ist keine Jobdeck-Datenbank (es ist keine SQLite-Datei, oder sie ist beschädigt); die Datei wurde "
        "nicht verändert.",
        "« %1 » n'est pas une base de données Jobdeck (ce n'est pas un fichier SQLite, ou il est endommagé) ; il "
        "n'a pas été modifié."),
    "Cannot open '%1': %2.": ("„%1“ kann nicht geöffnet werden: %2.", "Impossible d'ouvrir « %1 » : %2."),
    "%1: %2 (database '%3').": ("%1: %2 (Datenbank „%3“).", "%1 : %2 (base de données « %3 »)."),
    "'%1' could not be checked for damage: %2; it was left unchanged.": (
        "„%1“ konnte nicht auf Schäden geprüft werden: %2; die Datei wurde nicht verändert.",
        "Impossible de vérifier si « %1 » est endommagé : %2 ; il n'a pas été modifié."),
    "'%1' is damaged (SQLite's integrity check says: %2). It was left unchanged; restore it from a backup.": (
        "„%1“ ist beschädigt (die Integritätsprüfung von SQLite meldet: %2). Die Datei wurde nicht verändert; "
        "stellen Sie sie aus einer Sicherung wieder her.",
        "« %1 » est endommagé (le contrôle d'intégrité de SQLite indique : %2). Il n'a pas été modifié ; "
        "restaurez-le depuis une sauvegarde."),
    "'%1' is not a regular file.": ("„%1“ ist keine normale Datei.", "« %1 » n'est pas un fichier ordinaire."),
    "'%1' holds no Jobdeck data.": ("„%1“ enthält keine Jobdeck-Daten.", "« %1 » ne contient aucune donnée Jobdeck."),
    "'%1' is not a regular file (it is a pipe, a device or a socket), so it cannot be a Jobdeck database; it was "
    "left unchanged.": (
        "„%1“ ist keine normale Datei (sondern eine Pipe, ein Gerät oder ein Socket) und kann daher keine "
        "Jobdeck-Datenbank sein; sie wurde nicht verändert.",
        "« %1 » n'est pas un fichier ordinaire (c'est un tube, un périphérique ou un socket) et ne peut donc pas "
        "être une base de données Jobdeck ; il n'a pas été modifié."),
    "Cannot read '%1': permission denied.": (
        "„%1“ kann nicht gelesen werden: Zugriff verweigert.", "Impossible de lire « %1 » : permission refusée."),
    "Cannot switch '%1' to WAL mode: %2.": (
        "„%1“ kann nicht in den WAL-Modus geschaltet werden: %2.", "Impossible de passer « %1 » en mode WAL : %2."),
    "Cannot switch '%1' to WAL mode (it stays in \"%2\" mode).": (
        "„%1“ kann nicht in den WAL-Modus geschaltet werden (die Datei bleibt im Modus „%2“).",
        "Impossible de passer « %1 » en mode WAL (il reste en mode « %2 »)."),
    "Migration %1 of '%2' failed": ("Migration %1 von „%2“ ist fehlgeschlagen", "La migration %1 de « %2 » a échoué"),
    "Cannot record the schema version of '%1'": (
        "Die Schemaversion von „%1“ kann nicht gespeichert werden",
        "Impossible d'enregistrer la version du schéma de « %1 »"),
    "'%1' kept changing while Jobdeck opened it; try again.": (
        "„%1“ hat sich ständig geändert, während Jobdeck die Datei öffnete; versuchen Sie es erneut.",
        "« %1 » n'a cessé de changer pendant que Jobdeck l'ouvrait ; réessayez."),
    "Cannot start a transaction on '%1': %2.": (
        "Auf „%1“ kann keine Transaktion gestartet werden: %2.",
        "Impossible de démarrer une transaction sur « %1 » : %2."),
    "Cannot save to '%1': %2.": ("In „%1“ kann nicht gespeichert werden: %2.", "Impossible d'enregistrer dans « %1 » : %2."),
    "'%1' is a symbolic link; Jobdeck does not write through links, so the file it points to was left alone. "
    "Choose another file name.": (
        "„%1“ ist eine symbolische Verknüpfung; Jobdeck schreibt nicht durch Verknüpfungen hindurch, daher blieb "
        "die Datei, auf die sie zeigt, unangetastet. Wählen Sie einen anderen Dateinamen.",
        "« %1 » est un lien symbolique ; Jobdeck n'écrit pas à travers les liens, le fichier vers lequel il pointe "
        "n'a donc pas été touché. Choisissez un autre nom de fichier."),
    "Cannot write '%1': the folder '%2' does not exist.": (
        "„%1“ kann nicht geschrieben werden: Der Ordner „%2“ existiert nicht.",
        "Impossible d'écrire « %1 » : le dossier « %2 » n'existe pas."),
    "Cannot write '%1': %2": ("„%1“ kann nicht geschrieben werden: %2", "Impossible d'écrire « %1 » : %2"),
    "Cannot write '%1' (%2); nothing was written.": (
        "„%1“ kann nicht geschrieben werden (%2); es wurde nichts geschrieben.",
        "Impossible d'écrire « %1 » (%2) ; rien n'a été écrit."),
    "Cannot create a file in '%1': %2.": (
        "In „%1“ kann keine Datei angelegt werden: %2.", "Impossible de créer un fichier dans « %1 » : %2."),
    "Cannot create a file in '%1'.": ("In „%1“ kann keine Datei angelegt werden.", "Impossible de créer un fichier dans « %1 »."),
    "Cannot write '%1' to disk: %2.": (
        "„%1“ kann nicht auf den Datenträger geschrieben werden: %2.", "Impossible d'écrire « %1 » sur le disque : %2."),
    "Cannot write '%1'.": ("„%1“ kann nicht geschrieben werden.", "Impossible d'écrire « %1 »."),
    "Cannot create the folder '%1'.": ("Der Ordner „%1“ kann nicht angelegt werden.", "Impossible de créer le dossier « %1 »."),

    # --- the schema check; a kind name (table, index...) fills %2 (and %4) of the messages after it ---
    "Cannot build Jobdeck's schema in memory: %1": (
        "Jobdecks Schema kann nicht im Speicher aufgebaut werden: %1",
        "Impossible de construire le schéma de Jobdeck en mémoire : %1"),
    "Migration %1 does not run: %2": ("Migration %1 lässt sich nicht ausführen: %2", "La migration %1 ne s'exécute pas : %2"),
    "table": ("Tabelle", "table"),
    "index": ("Index", "index"),
    "trigger": ("Trigger", "déclencheur"),
    "view": ("Sicht", "vue"),
    "Cannot read the schema of '%1': %2": (
        "Das Schema von „%1“ kann nicht gelesen werden: %2", "Impossible de lire le schéma de « %1 » : %2"),
    "it was not opened and was left unchanged.": (
        "die Datei wurde nicht geöffnet und nicht verändert.", "il n'a été ni ouvert ni modifié."),
    "'%1' holds a %2 named \"%3\" that Jobdeck does not create; %4": (
        "„%1“ enthält ein Objekt „%3“ (%2), das Jobdeck nicht anlegt; %4",
        "« %1 » contient un objet « %3 » (%2) que Jobdeck ne crée pas ; %4"),
    "'%1' has a %2 named \"%3\" where Jobdeck has a %4; %5": (
        "„%1“ enthält das Objekt „%3“ als %2, Jobdeck legt es als %4 an; %5",
        "« %1 » contient l'objet « %3 » de type %2, là où Jobdeck crée un objet de type %4 ; %5"),
    "'%1': its %2 \"%3\" is not the one Jobdeck creates; %4": (
        "„%1“: das Objekt „%3“ (%2) ist nicht das, das Jobdeck anlegt; %4",
        "« %1 » : l'objet « %3 » (%2) n'est pas celui que crée Jobdeck ; %4"),
    "'%1' lacks the %2 \"%3\" of Jobdeck's schema %4; %5": (
        "In „%1“ fehlt das Objekt „%3“ (%2) aus Jobdecks Schema %4; %5",
        "Dans « %1 », il manque l'objet « %3 » (%2) du schéma %4 de Jobdeck ; %5"),

    # --- SQLite's errors, as the reason after a colon ---
    "The SQLite driver gave no connection handle.": (
        "Der SQLite-Treiber hat kein Verbindungshandle geliefert.",
        "Le pilote SQLite n'a fourni aucun descripteur de connexion."),
    "This SQLite library cannot run in defensive mode.": (
        "Diese SQLite-Bibliothek kann nicht im defensiven Modus laufen.",
        "Cette bibliothèque SQLite ne peut pas fonctionner en mode défensif."),
    "another program kept the database busy for too long; try again": (
        "ein anderes Programm hat die Datenbank zu lange belegt; versuchen Sie es erneut",
        "un autre programme a occupé la base de données trop longtemps ; réessayez"),
    "the disk is full": ("der Datenträger ist voll", "le disque est plein"),
    "the database file or its folder is read-only": (
        "die Datenbankdatei oder ihr Ordner ist schreibgeschützt",
        "le fichier de base de données ou son dossier est en lecture seule"),
    "the disk could not be read or written (%1)": (
        "der Datenträger konnte nicht gelesen oder beschrieben werden (%1)",
        "le disque n'a pas pu être lu ou écrit (%1)"),
    "the database file is damaged": ("die Datenbankdatei ist beschädigt", "le fichier de base de données est endommagé"),
    "it is not an SQLite file, or it is damaged": (
        "es ist keine SQLite-Datei, oder sie ist beschädigt", "ce n'est pas un fichier SQLite, ou il est endommagé"),
    "the file cannot be opened (check that it and its folder exist and are yours)": (
        "die Datei kann nicht geöffnet werden (prüfen Sie, ob sie und ihr Ordner existieren und Ihnen gehören)",
        "le fichier ne peut pas être ouvert (vérifiez que lui et son dossier existent et vous appartiennent)"),
    "access to the database was denied": (
        "der Zugriff auf die Datenbank wurde verweigert", "l'accès à la base de données a été refusé"),
    "the database gave no reason (error code %1)": (
        "die Datenbank hat keinen Grund genannt (Fehlercode %1)",
        "la base de données n'a donné aucune raison (code d'erreur %1)"),
    # PostgreSQL server (issue 16)
    "Jobdeck keeps no backup folder for a server; take a copy with `backup DEST`.": (
        "Jobdeck führt für einen Server keinen Sicherungsordner; erstellen Sie eine Kopie mit `backup ZIEL`.",
        "Jobdeck ne tient pas de dossier de sauvegarde pour un serveur ; faites une copie avec `backup DEST`."),
    "Cannot connect to '%1': Qt's PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed.": (
        "Keine Verbindung zu „%1“: Qts PostgreSQL-Treiber (QPSQL, Debian-Paket libqt6sql6-psql) ist nicht installiert.",
        "Connexion à « %1 » impossible : le pilote PostgreSQL de Qt (QPSQL, paquet Debian libqt6sql6-psql) n'est pas installé."),
    "Cannot connect to the Jobdeck server '%1': %2.": (
        "Keine Verbindung zum Jobdeck-Server „%1“: %2.",
        "Connexion au serveur Jobdeck « %1 » impossible : %2."),
    "Cannot read the role of this connection": (
        "Die Rolle dieser Verbindung kann nicht gelesen werden",
        "Impossible de lire le rôle de cette connexion"),
    "Cannot read the schema of '%1'": (
        "Das Schema von „%1“ kann nicht gelesen werden", "Impossible de lire le schéma de « %1 »"),
    "Cannot read the schema version of '%1'": (
        "Die Schemaversion von „%1“ kann nicht gelesen werden", "Impossible de lire la version du schéma de « %1 »"),
    "The server '%1' holds no Jobdeck schema; run `%2` as the database owner.": (
        "Der Server „%1“ enthält kein Jobdeck-Schema; führen Sie `%2` als Eigentümer der Datenbank aus.",
        "Le serveur « %1 » ne contient pas de schéma Jobdeck ; exécutez `%2` en tant que propriétaire de la base."),
    "The role '%1' may not use Jobdeck on '%2'; the database owner can allow it with `jobdeck-cli --db URL server add-user %1`.": (
        "Die Rolle „%1“ darf Jobdeck auf „%2“ nicht nutzen; der Eigentümer der Datenbank kann es mit `jobdeck-cli --db URL server add-user %1` erlauben.",
        "Le rôle « %1 » ne peut pas utiliser Jobdeck sur « %2 » ; le propriétaire de la base peut l'autoriser avec `jobdeck-cli --db URL server add-user %1`."),
    "The server '%1' holds a newer Jobdeck schema (%2; this version reads up to %3). Update Jobdeck to use it; nothing was changed.": (
        "Der Server „%1“ enthält ein neueres Jobdeck-Schema (%2; diese Version liest bis %3). Aktualisieren Sie Jobdeck, um ihn zu nutzen; nichts wurde geändert.",
        "Le serveur « %1 » contient un schéma Jobdeck plus récent (%2 ; cette version lit jusqu'à %3). Mettez Jobdeck à jour pour l'utiliser ; rien n'a été modifié."),
    "The Jobdeck schema on '%1' is version %2; this Jobdeck needs %3: run `%4` as the database owner.": (
        "Das Jobdeck-Schema auf „%1“ hat Version %2; dieses Jobdeck braucht %3: führen Sie `%4` als Eigentümer der Datenbank aus.",
        "Le schéma Jobdeck sur « %1 » est en version %2 ; ce Jobdeck a besoin de la %3 : exécutez `%4` en tant que propriétaire de la base."),
    "Cannot start setting up '%1'": (
        "Die Einrichtung von „%1“ kann nicht beginnen", "Impossible de commencer la configuration de « %1 »"),
    "Cannot lock '%1' for setting up": (
        "„%1“ kann für die Einrichtung nicht gesperrt werden", "Impossible de verrouiller « %1 » pour la configuration"),
    "Cannot create Jobdeck's schema on '%1'": (
        "Das Jobdeck-Schema kann auf „%1“ nicht angelegt werden", "Impossible de créer le schéma Jobdeck sur « %1 »"),
    "The server '%1' holds a newer Jobdeck schema (%2; this version writes up to %3); nothing was changed.": (
        "Der Server „%1“ enthält ein neueres Jobdeck-Schema (%2; diese Version schreibt bis %3); nichts wurde geändert.",
        "Le serveur « %1 » contient un schéma Jobdeck plus récent (%2 ; cette version écrit jusqu'à %3) ; rien n'a été modifié."),
    "Created Jobdeck's schema (version %1).": (
        "Jobdeck-Schema angelegt (Version %1).", "Schéma Jobdeck créé (version %1)."),
    "Migrated Jobdeck's schema from version %1 to %2.": (
        "Jobdeck-Schema von Version %1 auf %2 migriert.", "Schéma Jobdeck migré de la version %1 à la %2."),
    "Jobdeck's schema is up to date (version %1).": (
        "Das Jobdeck-Schema ist aktuell (Version %1).", "Le schéma Jobdeck est à jour (version %1)."),
    "Cannot read the roles of '%1'": (
        "Die Rollen von „%1“ können nicht gelesen werden", "Impossible de lire les rôles de « %1 »"),
    "Cannot grant Jobdeck's rights on '%1'": (
        "Die Rechte für Jobdeck können auf „%1“ nicht vergeben werden",
        "Impossible d'accorder les droits de Jobdeck sur « %1 »"),
    "The group role jobdeck_users exists.": (
        "Die Gruppenrolle jobdeck_users existiert.", "Le rôle de groupe jobdeck_users existe."),
    "Created the group role jobdeck_users.": (
        "Gruppenrolle jobdeck_users angelegt.", "Rôle de groupe jobdeck_users créé."),
    "Granted jobdeck_users what Jobdeck needs (its own rows only, an append-only event log).": (
        "jobdeck_users hat erhalten, was Jobdeck braucht (nur die eigenen Zeilen, ein nur erweiterbares Ereignisprotokoll).",
        "jobdeck_users a reçu ce dont Jobdeck a besoin (ses propres lignes seulement, un journal d'événements en ajout seul)."),
    "Cannot save the set-up of '%1'": (
        "Die Einrichtung von „%1“ kann nicht gespeichert werden",
        "Impossible d'enregistrer la configuration de « %1 »"),
    "Cannot update the planner statistics of '%1'": (
        "Die Planerstatistik von „%1“ kann nicht aktualisiert werden",
        "Impossible de mettre à jour les statistiques du planificateur de « %1 »"),
    "No role was given.": ("Es wurde keine Rolle angegeben.", "Aucun rôle n'a été indiqué."),
    "'%1' has no Jobdeck group role yet; run `%2` first.": (
        "„%1“ hat noch keine Jobdeck-Gruppenrolle; führen Sie zuerst `%2` aus.",
        "« %1 » n'a pas encore de rôle de groupe Jobdeck ; exécutez d'abord `%2`."),
    "There is no role '%1' on '%2'; create it first (CREATE ROLE %1 LOGIN).": (
        "Auf „%2“ gibt es keine Rolle „%1“; legen Sie sie zuerst an (CREATE ROLE %1 LOGIN).",
        "Il n'y a pas de rôle « %1 » sur « %2 » ; créez-le d'abord (CREATE ROLE %1 LOGIN)."),
    "'%1' already uses Jobdeck on '%2'.": (
        "„%1“ nutzt Jobdeck auf „%2“ bereits.", "« %1 » utilise déjà Jobdeck sur « %2 »."),
    "Cannot add '%1' to Jobdeck's users": (
        "„%1“ kann nicht zu den Jobdeck-Benutzern hinzugefügt werden",
        "Impossible d'ajouter « %1 » aux utilisateurs de Jobdeck"),
    "'%1' may now use Jobdeck on '%2'.": (
        "„%1“ darf Jobdeck auf „%2“ jetzt nutzen.", "« %1 » peut maintenant utiliser Jobdeck sur « %2 »."),
    "'%1' may now use Jobdeck on '%2' (but cannot log in: it is NOLOGIN).": (
        "„%1“ darf Jobdeck auf „%2“ jetzt nutzen (kann sich aber nicht anmelden: die Rolle ist NOLOGIN).",
        "« %1 » peut maintenant utiliser Jobdeck sur « %2 » (mais ne peut pas se connecter : le rôle est NOLOGIN)."),
    "Cannot read the matching model of '%1'": (
        "Das Abgleichsmodell von „%1“ kann nicht gelesen werden",
        "Impossible de lire le modèle d'adéquation de « %1 »"),
    "Cannot copy the matching model to '%1'": (
        "Das Abgleichsmodell kann nicht nach „%1“ kopiert werden",
        "Impossible de copier le modèle d'adéquation vers « %1 »"),
    "Cannot read the settings of '%1'": (
        "Die Einstellungen von „%1“ können nicht gelesen werden", "Impossible de lire les réglages de « %1 »"),
    "Cannot copy the settings to '%1'": (
        "Die Einstellungen können nicht nach „%1“ kopiert werden", "Impossible de copier les réglages vers « %1 »"),
    "Cannot read '%1'": ("„%1“ kann nicht gelesen werden", "Impossible de lire « %1 »"),
    "'%1' already holds applications or resumes; a copy goes into an empty database.": (
        "„%1“ enthält bereits Bewerbungen oder Lebensläufe; eine Kopie geht nur in eine leere Datenbank.",
        "« %1 » contient déjà des candidatures ou des CV ; une copie va dans une base de données vide."),
    "'%1' cannot be copied as it is: %2": (
        "„%1“ kann so nicht kopiert werden: %2", "« %1 » ne peut pas être copiée telle quelle : %2"),
    "The copy in '%1' does not match '%2'.": (
        "Die Kopie in „%1“ stimmt nicht mit „%2“ überein.", "La copie dans « %1 » ne correspond pas à « %2 »."),
    "Cannot write the backup '%1'.": (
        "Die Sicherung „%1“ kann nicht geschrieben werden.", "Impossible d'écrire la sauvegarde « %1 »."),
    "'%1' is not a PostgreSQL address (postgresql://USER@HOST:PORT/DBNAME).": (
        "„%1“ ist keine PostgreSQL-Adresse (postgresql://BENUTZER@HOST:PORT/DATENBANK).",
        "« %1 » n'est pas une adresse PostgreSQL (postgresql://UTILISATEUR@HÔTE:PORT/BASE)."),
    "The server option '%1' has a value Jobdeck cannot pass on.": (
        "Die Serveroption „%1“ hat einen Wert, den Jobdeck nicht weitergeben kann.",
        "L'option de serveur « %1 » a une valeur que Jobdeck ne peut pas transmettre."),
    "Server: %1": ("Server: %1", "Serveur : %1"),
    "Connect to Server": ("Mit Server verbinden", "Se connecter à un serveur"),
    "Use the local database": ("Lokale Datenbank verwenden", "Utiliser la base de données locale"),
    "Live refresh is off: the database connection is not open.": (
        "Die Live-Aktualisierung ist aus: die Datenbankverbindung ist nicht offen.",
        "L'actualisation en direct est désactivée : la connexion à la base de données n'est pas ouverte."),
    "Live refresh is off: %1": (
        "Die Live-Aktualisierung ist aus: %1", "L'actualisation en direct est désactivée : %1"),
    "Live refresh is off: cannot listen for changes on %1 (%2).": (
        "Die Live-Aktualisierung ist aus: auf %1 kann nicht auf Änderungen gewartet werden (%2).",
        "L'actualisation en direct est désactivée : impossible d'écouter les changements sur %1 (%2)."),
    "&Remember the password in the system keychain": (
        "Passwort im &Schlüsselbund des Systems merken", "&Retenir le mot de passe dans le trousseau du système"),
    "Servers you connected to before. Passwords are never kept here, only in the system keychain when you ask for it.": (
        "Server, mit denen Sie schon verbunden waren. Passwörter werden hier nie gespeichert, nur im Schlüsselbund des Systems, wenn Sie es wünschen.",
        "Serveurs auxquels vous vous êtes déjà connecté. Les mots de passe ne sont jamais gardés ici, seulement dans le trousseau du système si vous le demandez."),
    "db.example.org": ("db.example.org", "db.example.org"),
    "The PostgreSQL server's host name or address.": (
        "Hostname oder Adresse des PostgreSQL-Servers.", "Le nom d'hôte ou l'adresse du serveur PostgreSQL."),
    "The server's port (PostgreSQL's default is 5432).": (
        "Der Port des Servers (Standard bei PostgreSQL: 5432).", "Le port du serveur (5432 par défaut pour PostgreSQL)."),
    "The database the server's owner set up for Jobdeck (jobdeck-cli server init).": (
        "Die Datenbank, die der Eigentümer des Servers für Jobdeck eingerichtet hat (jobdeck-cli server init).",
        "La base de données que le propriétaire du serveur a préparée pour Jobdeck (jobdeck-cli server init)."),
    "Your login role on the server; you see only your own applications.": (
        "Ihre Anmelderolle auf dem Server; Sie sehen nur Ihre eigenen Bewerbungen.",
        "Votre rôle de connexion sur le serveur ; vous ne voyez que vos propres candidatures."),
    "Leave empty to use PGPASSWORD, ~/.pgpass or a service file, as libpq does.": (
        "Leer lassen, um wie libpq PGPASSWORD, ~/.pgpass oder eine Dienstdatei zu verwenden.",
        "Laissez vide pour utiliser PGPASSWORD, ~/.pgpass ou un fichier de service, comme libpq."),
    "Keeps the password in the system keychain under \"Jobdeck\" (never in Jobdeck's settings). Unticked, a password remembered before is forgotten.": (
        "Bewahrt das Passwort im Schlüsselbund des Systems unter „Jobdeck“ auf (nie in Jobdecks Einstellungen). Ohne Haken wird ein zuvor gemerktes Passwort vergessen.",
        "Garde le mot de passe dans le trousseau du système sous « Jobdeck » (jamais dans les réglages de Jobdeck). Décochée, un mot de passe retenu auparavant est oublié."),
    "&Host:": ("&Host:", "&Hôte :"),
    "&Port:": ("&Port:", "&Port :"),
    "&Database:": ("&Datenbank:", "&Base de données :"),
    "&User:": ("&Benutzer:", "&Utilisateur :"),
    "Pass&word:": ("Pass&wort:", "&Mot de passe :"),
    "&Connect": ("&Verbinden", "Se &connecter"),
    "&Test Connection": ("Verbindung &testen", "&Tester la connexion"),
    "Tries the login without switching databases.": (
        "Probiert die Anmeldung, ohne die Datenbank zu wechseln.",
        "Essaie la connexion sans changer de base de données."),
    "Use the &Local Database": ("&Lokale Datenbank verwenden", "Utiliser la base &locale"),
    "Work on the database file on this computer instead.": (
        "Stattdessen mit der Datenbankdatei auf diesem Computer arbeiten.",
        "Travailler plutôt sur le fichier de base de données de cet ordinateur."),
    "R&ecent servers:": ("Zul&etzt verwendete Server:", "S&erveurs récents :"),
    "%1 Type the password, or leave it empty to use ~/.pgpass.": (
        "%1 Geben Sie das Passwort ein, oder lassen Sie es leer, um ~/.pgpass zu verwenden.",
        "%1 Saisissez le mot de passe, ou laissez-le vide pour utiliser ~/.pgpass."),
    "Reading the password from the system keychain…": (
        "Passwort wird aus dem Schlüsselbund des Systems gelesen…",
        "Lecture du mot de passe dans le trousseau du système…"),
    "Fill in the host, the database and the user.": (
        "Geben Sie Host, Datenbank und Benutzer an.", "Indiquez l'hôte, la base de données et l'utilisateur."),
    "Connecting to %1…": ("Verbindung mit %1…", "Connexion à %1…"),
    "The login on %1 works.": ("Die Anmeldung bei %1 funktioniert.", "La connexion à %1 fonctionne."),
    "Connected. Updating the system keychain…": (
        "Verbunden. Der Schlüsselbund des Systems wird aktualisiert…",
        "Connecté. Mise à jour du trousseau du système…"),
    "Stop waiting for the server; everything typed stays.": (
        "Nicht mehr auf den Server warten; alles Eingegebene bleibt erhalten.",
        "Arrêter d'attendre le serveur ; tout ce qui a été saisi est conservé."),
    "Stopped waiting for the system keychain.": (
        "Das Warten auf den Schlüsselbund des Systems wurde beendet.",
        "Attente du trousseau du système arrêtée."),
    "Stopped waiting for %1.": ("Das Warten auf %1 wurde beendet.", "Attente de %1 arrêtée."),
    "&Connect to Server...": ("Mit Server &verbinden...", "Se &connecter à un serveur..."),
    "Work on a Jobdeck database on a PostgreSQL server, shared by your devices": (
        "Mit einer Jobdeck-Datenbank auf einem PostgreSQL-Server arbeiten, die Ihre Geräte teilen",
        "Travailler sur une base de données Jobdeck d'un serveur PostgreSQL, partagée par vos appareils"),
    "&Use Local Database": ("Lokale Datenbank ver&wenden", "&Utiliser la base de données locale"),
    "Work on the database file on this computer": (
        "Mit der Datenbankdatei auf diesem Computer arbeiten",
        "Travailler sur le fichier de base de données de cet ordinateur"),
    "Your applications are on a PostgreSQL server, where row-level security shows them to your login alone:": (
        "Ihre Bewerbungen liegen auf einem PostgreSQL-Server, dessen Sicherheit auf Zeilenebene sie nur Ihrer Anmeldung zeigt:",
        "Vos candidatures sont sur un serveur PostgreSQL, dont la sécurité au niveau des lignes ne les montre qu'à votre connexion :"),
    "Everything stays in one SQLite file on this computer:": (
        "Alles bleibt in einer SQLite-Datei auf diesem Computer:",
        "Tout reste dans un seul fichier SQLite sur cet ordinateur :"),
    "<h3>Jobdeck %1</h3><p>A private, offline job-search tracker: every application, every stage it moved through, the follow-ups each move calls for, and how well a resume fits each job.</p><p>%2<br><tt>%3</tt></p><p>Built with Qt %4.</p><p><small>The skill list includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 licence and modified by Jobdeck; USDOL/ETA has not approved, endorsed or tested these modifications.</small></p>": (
        "<h3>Jobdeck %1</h3><p>Ein privater Offline-Tracker für die Stellensuche: jede Bewerbung, jede Phase, die sie durchlaufen hat, das Nachfassen, das jeder Schritt verlangt, und wie gut ein Lebenslauf zu jeder Stelle passt.</p><p>%2<br><tt>%3</tt></p><p>Erstellt mit Qt %4.</p><p><small>Die Liste der Fähigkeiten enthält Informationen aus der O*NET-29.2-Datenbank des U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), verwendet unter der Lizenz CC BY 4.0 und von Jobdeck verändert; USDOL/ETA hat diese Änderungen weder genehmigt noch befürwortet oder geprüft.</small></p>",
        "<h3>Jobdeck %1</h3><p>Un outil privé et hors ligne de suivi de recherche d'emploi : chaque candidature, chaque étape qu'elle a franchie, les relances que chaque étape appelle, et l'adéquation d'un CV à chaque poste.</p><p>%2<br><tt>%3</tt></p><p>Compilé avec Qt %4.</p><p><small>La liste des compétences contient des informations de la base O*NET 29.2 du U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), utilisées sous la licence CC BY 4.0 et modifiées par Jobdeck ; l'USDOL/ETA n'a ni approuvé, ni cautionné, ni testé ces modifications.</small></p>"),
    "no keychain service is available on this computer": (
        "auf diesem Computer ist kein Schlüsselbund-Dienst verfügbar",
        "aucun service de trousseau n'est disponible sur cet ordinateur"),
    "access was refused": ("der Zugriff wurde verweigert", "l'accès a été refusé"),
    "no keychain service answered (error %1)": (
        "kein Schlüsselbund-Dienst hat geantwortet (Fehler %1)",
        "aucun service de trousseau n'a répondu (erreur %1)"),
    "Jobdeck could not read a password from the system keychain: %1.": (
        "Jobdeck konnte kein Passwort aus dem Schlüsselbund des Systems lesen: %1.",
        "Jobdeck n'a pas pu lire de mot de passe dans le trousseau du système : %1."),
    "Jobdeck could not save the password in the system keychain: %1. The password is not remembered; you will be asked for it next time.": (
        "Jobdeck konnte das Passwort nicht im Schlüsselbund des Systems speichern: %1. Das Passwort wird nicht gemerkt; Sie werden beim nächsten Mal danach gefragt.",
        "Jobdeck n'a pas pu enregistrer le mot de passe dans le trousseau du système : %1. Le mot de passe n'est pas retenu ; il vous sera demandé la prochaine fois."),
    "Jobdeck could not remove the password from the system keychain: %1.": (
        "Jobdeck konnte das Passwort nicht aus dem Schlüsselbund des Systems entfernen: %1.",
        "Jobdeck n'a pas pu retirer le mot de passe du trousseau du système : %1."),
    "The database to open: a file, or a server as postgresql://USER@HOST:PORT/DBNAME.": (
        "Die zu öffnende Datenbank: eine Datei oder ein Server als postgresql://BENUTZER@HOST:PORT/DATENBANK.",
        "La base de données à ouvrir : un fichier, ou un serveur sous la forme postgresql://UTILISATEUR@HÔTE:PORT/BASE."),
    "path|uri": ("Pfad|URI", "chemin|uri"),
    "Lost the connection to the Jobdeck server '%1' and cannot reconnect: %2.": (
        "Die Verbindung zum Jobdeck-Server „%1“ ist verloren und kann nicht wiederhergestellt werden: %2.",
        "La connexion au serveur Jobdeck « %1 » est perdue et ne peut pas être rétablie : %2."),
    "Reconnecting to server…": ("Verbindung zum Server wird wiederhergestellt…", "Reconnexion au serveur…"),
    "Live refresh is back": ("Die Live-Aktualisierung läuft wieder", "L'actualisation en direct est rétablie"),
    "%1 was changed elsewhere since; nothing undone.": (
        "„%1“ wurde inzwischen anderswo geändert; nichts rückgängig gemacht.",
        "« %1 » a été modifiée ailleurs entre-temps ; rien n'a été annulé."),
    "%1 was changed elsewhere since; nothing redone.": (
        "„%1“ wurde inzwischen anderswo geändert; nichts wiederhergestellt.",
        "« %1 » a été modifiée ailleurs entre-temps ; rien n'a été rétabli."),
    "%1 was edited elsewhere since.": (
        "„%1“ wurde inzwischen anderswo bearbeitet.",
        "« %1 » a été modifiée ailleurs entre-temps."),
    "%1 was archived elsewhere since.": (
        "„%1“ wurde inzwischen anderswo archiviert.",
        "« %1 » a été archivée ailleurs entre-temps."),
    "%1 was unarchived elsewhere since.": (
        "„%1“ wurde inzwischen anderswo aus dem Archiv geholt.",
        "« %1 » a été désarchivée ailleurs entre-temps."),
    "%1 was changed elsewhere since it was added.": (
        "„%1“ wurde seit dem Hinzufügen anderswo geändert.",
        "« %1 » a été modifiée ailleurs depuis son ajout."),
    "%1 was moved elsewhere since (it is now in %2).": (
        "„%1“ wurde inzwischen anderswo verschoben (jetzt in %2).",
        "« %1 » a été déplacée ailleurs entre-temps (elle est maintenant dans %2)."),
    "Cannot store the match scores": (
        "Die Passungswerte können nicht gespeichert werden",
        "Impossible d'enregistrer les scores d'adéquation"),
    # The undo step of an import (ImportCommand, ImportUndo).
    "Nothing was imported again: %1": ("Es wurde nichts erneut importiert: %1", "Rien n'a été réimporté : %1"),
    "Cannot read back what the import wrote.": (
        "Was der Import geschrieben hat, lässt sich nicht zurücklesen.",
        "Impossible de relire ce que l'import a écrit."),
    "Cannot read the imported applications": (
        "Die importierten Bewerbungen lassen sich nicht lesen",
        "Impossible de lire les candidatures importées"),
    "Cannot read the imported applications' history": (
        "Der Verlauf der importierten Bewerbungen lässt sich nicht lesen",
        "Impossible de lire l'historique des candidatures importées"),
    "Cannot read the imported applications' tasks": (
        "Die Aufgaben der importierten Bewerbungen lassen sich nicht lesen",
        "Impossible de lire les tâches des candidatures importées"),
    "Cannot read the imported resumes": (
        "Die importierten Lebensläufe lassen sich nicht lesen",
        "Impossible de lire les CV importés"),
    "one was removed": ("eine wurde gelöscht", "une a été supprimée"),
    "The imported resume \"%1\" changed since the import; nothing was undone.": (
        "Der importierte Lebenslauf „%1“ wurde seit dem Import geändert; es wurde nichts rückgängig gemacht.",
        "Le CV importé « %1 » a changé depuis l'import ; rien n'a été annulé."),
    "Cannot remove the imported applications": (
        "Die importierten Bewerbungen lassen sich nicht entfernen",
        "Impossible de supprimer les candidatures importées"),
    "Cannot remove the imported resumes": (
        "Die importierten Lebensläufe lassen sich nicht entfernen",
        "Impossible de supprimer les CV importés"),
    "The import changed since; nothing was undone.": (
        "Der Import wurde seitdem geändert; es wurde nichts rückgängig gemacht.",
        "L'import a changé depuis ; rien n'a été annulé."),
    # runBusy's dialog while a backup, export or restore runs (BackupActions).
    "Backing up...": ("Sicherung läuft...", "Sauvegarde en cours..."),
    "Exporting...": ("Export läuft...", "Export en cours..."),
    "Restoring...": ("Wiederherstellung läuft...", "Restauration en cours..."),
    "Checking the backup...": ("Sicherung wird geprüft...", "Vérification de la sauvegarde..."),
    # runBusy's dialog while an import is undone or made again (ImportCommand).
    "Undoing the import...": ("Import wird rückgängig gemacht...", "Annulation de l'import..."),
    "Importing again...": ("Erneuter Import läuft...", "Nouvel import en cours..."),
    "Nothing was imported again: the backup before it failed: %1": (
        "Es wurde nichts erneut importiert: die Sicherung davor ist fehlgeschlagen: %1",
        "Rien n'a été réimporté : la sauvegarde préalable a échoué : %1"),
}

PLURALS = {
    "Replace all the data in this database with the contents of '%1' (saved %2, %n application(s))?\n\nThe "
    "current data is backed up first, so this can be undone by restoring that backup.": (
        ("Alle Daten dieser Datenbank durch den Inhalt von „%1“ ersetzen (gesichert %2, %n Bewerbung)?\n\nDie "
         "aktuellen Daten werden vorher gesichert; durch Wiederherstellen dieser Sicherung lässt sich der Schritt "
         "rückgängig machen.",
         "Alle Daten dieser Datenbank durch den Inhalt von „%1“ ersetzen (gesichert %2, %n Bewerbungen)?\n\nDie "
         "aktuellen Daten werden vorher gesichert; durch Wiederherstellen dieser Sicherung lässt sich der Schritt "
         "rückgängig machen."),
        ("Remplacer toutes les données de cette base par le contenu de « %1 » (sauvegardé le %2, %n candidature) ?"
         "\n\nLes données actuelles sont d'abord sauvegardées : restaurer cette sauvegarde annule l'opération.",
         "Remplacer toutes les données de cette base par le contenu de « %1 » (sauvegardé le %2, %n candidatures) ?"
         "\n\nLes données actuelles sont d'abord sauvegardées : restaurer cette sauvegarde annule l'opération.")),
    "Ranked %n job description(s); select one to see its match.": (
        ("%n Stellenbeschreibung eingestuft; wählen Sie sie aus, um ihre Passung zu sehen.",
         "%n Stellenbeschreibungen eingestuft; wählen Sie eine aus, um ihre Passung zu sehen."),
        ("%n description de poste classée ; sélectionnez-la pour voir son adéquation.",
         "%n descriptions de poste classées ; sélectionnez-en une pour voir son adéquation.")),
    "This database already holds %n application(s). Add the sample pipeline anyway?": (
        ("Diese Datenbank enthält bereits %n Bewerbung. Die Beispieldaten trotzdem hinzufügen?",
         "Diese Datenbank enthält bereits %n Bewerbungen. Die Beispieldaten trotzdem hinzufügen?"),
        ("Cette base de données contient déjà %n candidature. Ajouter quand même les données d'exemple ?",
         "Cette base de données contient déjà %n candidatures. Ajouter quand même les données d'exemple ?")),
    "Move %n application(s) to %1": (
        ("%n Bewerbung nach „%1“ verschieben", "%n Bewerbungen nach „%1“ verschieben"),
        ("Déplacer %n candidature vers « %1 »", "Déplacer %n candidatures vers « %1 »")),
    "%n row(s) have no applied date: they are dated on the day of the import.": (
        ("%n Zeile hat kein Bewerbungsdatum: Sie erhält das Datum des Imports.",
         "%n Zeilen haben kein Bewerbungsdatum: Sie erhalten das Datum des Imports."),
        ("%n ligne n'a pas de date de candidature : elle est datée du jour de l'import.",
         "%n lignes n'ont pas de date de candidature : elles sont datées du jour de l'import.")),
    "Nothing was imported: %n row(s) have errors.": (
        ("Es wurde nichts importiert: %n Zeile enthält Fehler.", "Es wurde nichts importiert: %n Zeilen enthalten Fehler."),
        ("Rien n'a été importé : %n ligne contient des erreurs.", "Rien n'a été importé : %n lignes contiennent des erreurs.")),
    "Dry run: %n application(s) would be imported; nothing was written.": (
        ("Probelauf: %n Bewerbung würde importiert; es wurde nichts geschrieben.",
         "Probelauf: %n Bewerbungen würden importiert; es wurde nichts geschrieben."),
        ("Simulation : %n candidature serait importée ; rien n'a été écrit.",
         "Simulation : %n candidatures seraient importées ; rien n'a été écrit.")),
    "Imported %n application(s).": (
        ("%n Bewerbung importiert.", "%n Bewerbungen importiert."),
        ("%n candidature importée.", "%n candidatures importées.")),
    "Imported %n application(s)": (
        ("%n Bewerbung importiert", "%n Bewerbungen importiert"),
        ("%n candidature importée", "%n candidatures importées")),
    "Import %n application(s)": (
        ("%n Bewerbung importieren", "%n Bewerbungen importieren"),
        ("Importer %n candidature", "Importer %n candidatures")),
    "Imported %n application(s) \u2014 Ctrl+Z to undo": (
        ("%n Bewerbung importiert \u2014 Strg+Z macht es rückgängig",
         "%n Bewerbungen importiert \u2014 Strg+Z macht es rückgängig"),
        ("%n candidature importée \u2014 Ctrl+Z pour annuler", "%n candidatures importées \u2014 Ctrl+Z pour annuler")),
    "%n of the imported applications changed since the import (%1); nothing was undone.": (
        ("%n der importierten Bewerbungen wurde seit dem Import geändert (%1); es wurde nichts rückgängig gemacht.",
         "%n der importierten Bewerbungen wurden seit dem Import geändert (%1); es wurde nichts rückgängig gemacht."),
        ("%n des candidatures importées a changé depuis l'import (%1) ; rien n'a été annulé.",
         "%n des candidatures importées ont changé depuis l'import (%1) ; rien n'a été annulé.")),
}
