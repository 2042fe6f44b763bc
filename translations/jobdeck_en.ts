<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ImportCommand</name>
        <message numerus="yes">
            <source>Import %n application(s)</source>
            <translation>
                <numerusform>Import %n application</numerusform>
                <numerusform>Import %n applications</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPlanner</name>
        <message numerus="yes">
            <source>%n row(s) have no applied date: they are dated on the day of the import.</source>
            <translation>
                <numerusform>%n row has no applied date: it is dated on the day of the import.</numerusform>
                <numerusform>%n rows have no applied date: they are dated on the day of the import.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) have errors.</source>
            <translation>
                <numerusform>Nothing was imported: %n row has errors.</numerusform>
                <numerusform>Nothing was imported: %n rows have errors.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Dry run: %n application(s) would be imported; nothing was written.</source>
            <translation>
                <numerusform>Dry run: %n application would be imported; nothing was written.</numerusform>
                <numerusform>Dry run: %n applications would be imported; nothing was written.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n application(s).</source>
            <translation>
                <numerusform>Imported %n application.</numerusform>
                <numerusform>Imported %n applications.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportUndo</name>
        <message numerus="yes">
            <source>%n of the imported applications changed since the import (%1); nothing was undone.</source>
            <translation>
                <numerusform>%n of the imported applications changed since the import (%1); nothing was undone.</numerusform>
                <numerusform>%n of the imported applications changed since the import (%1); nothing was undone.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>jobdeck::BackupActions</name>
        <message numerus="yes">
            <source>Replace all the data in this database with the contents of '%1' (saved %2, %n application(s))?

The current data is backed up first, so this can be undone by restoring that backup.</source>
            <translation>
                <numerusform>Replace all the data in this database with the contents of '%1' (saved %2, %n application)?

The current data is backed up first, so this can be undone by restoring that backup.</numerusform>
                <numerusform>Replace all the data in this database with the contents of '%1' (saved %2, %n applications)?

The current data is backed up first, so this can be undone by restoring that backup.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n application(s) — Ctrl+Z to undo</source>
            <translation>
                <numerusform>Imported %n application — Ctrl+Z to undo</numerusform>
                <numerusform>Imported %n applications — Ctrl+Z to undo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n application(s)</source>
            <translation>
                <numerusform>Imported %n application</numerusform>
                <numerusform>Imported %n applications</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>jobdeck::MainWindow</name>
        <message numerus="yes">
            <source>This database already holds %n application(s). Add the sample pipeline anyway?</source>
            <translation>
                <numerusform>This database already holds %n application. Add the sample pipeline anyway?</numerusform>
                <numerusform>This database already holds %n applications. Add the sample pipeline anyway?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>jobdeck::MatchPage</name>
        <message numerus="yes">
            <source>Ranked %n job description(s); select one to see its match.</source>
            <translation>
                <numerusform>Ranked %n job description; select it to see its match.</numerusform>
                <numerusform>Ranked %n job descriptions; select one to see its match.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>jobdeck::Session</name>
        <message numerus="yes">
            <source>Move %n application(s) to %1</source>
            <translation>
                <numerusform>Move %n application to %1</numerusform>
                <numerusform>Move %n applications to %1</numerusform>
            </translation>
        </message>
    </context>
</TS>
