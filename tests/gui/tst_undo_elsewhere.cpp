// Undo and redo in the app after the same application was changed elsewhere: the real jobdeck-cli (or the
// sqlite3 shell, for the fields the CLI cannot edit) writes to the app's own SQLite file between the app's step
// and its Ctrl+Z. The app must never take back a change it did not see: the step is refused, the status bar
// says so by name, nothing is written, the stale step is dropped, and the steps of other applications stay
// undoable. The check lives in the core (PipelineService, ApplicationEdits) and reads only the database, so it
// is the same on PostgreSQL, where the other writer is another device.
#include "AppController.h"
#include "MainWindow.h"
#include "Session.h"
#include "pipeline/PipelineService.h"
#include "storage/ApplicationRepository.h"
#include "storage/ApplicationTableModel.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace jobdeck;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QString& db, const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(JOBDECK_CLI_PATH), QStringList{QStringLiteral("--db"), db} + arguments);
    Run run;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Another program's plain SQL on the file (what another Jobdeck version or a script might do): the CLI has no
// edit or archive command.
bool sqlite3(const QString& db, const QString& sql)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {QStringLiteral("-cmd"), QStringLiteral(".timeout 5000"), db, sql});
    if (!process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("sqlite3 failed: %s", process.readAllStandardError().constData());
        return false;
    }
    return true;
}

bool haveSqlite3() { return !QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty(); }

} // namespace

class TestUndoElsewhere : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // The real time, as the CLI's: the app's steps are dated in order with the other process's.
    SystemClock m_clock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<AppController> m_controller;
    QString m_path;

    Session& session() { return *m_controller->session(); }
    QString statusMessage() { return m_controller->window()->statusBar()->currentMessage(); }

    qint64 create(const QString& company)
    {
        ApplicationDraft draft;
        draft.company = company;
        draft.title = QStringLiteral("Engineer");
        draft.notes = QStringLiteral("first notes");
        const Result<qint64> id = session().addApplication(draft, Stage::Applied);
        return id ? *id : 0;
    }

    Application stored(qint64 id) { return ApplicationRepository(session().database()).find(id).value(); }
    int events(qint64 id) { return int(session().pipeline().history(id)->size()); }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        static int n = 0;
        ++n;
        m_path = m_dir.filePath(QStringLiteral("undo%1.sqlite").arg(n));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("undo%1.ini").arg(n)));
        m_controller = std::make_unique<AppController>(*m_settings, m_clock);
        QVERIFY(m_controller->open(m_path).ok());
    }
    void cleanup()
    {
        m_controller.reset();
        m_settings.reset();
    }

    // The brief's case: the app moves A applied -> screen, the CLI moves it screen -> technical, then Ctrl+Z.
    void undoOfAMoveRefusesAfterTheCliMovedItOn()
    {
        const qint64 other = create(QStringLiteral("Bravo"));
        const qint64 id = create(QStringLiteral("Alpha"));
        QUndoStack& stack = session().undoStack();
        session().moveApplications({other}, Stage::Screen);
        session().moveApplications({id}, Stage::Screen);
        QCOMPARE(stack.count(), 4);

        const Run moved = cli(m_path, {QStringLiteral("move"), QString::number(id), QStringLiteral("technical")});
        QVERIFY2(moved.code == 0, qPrintable(moved.err));
        const int logged = events(id);

        QSignalSpy errors(&session(), &Session::errorOccurred);
        stack.undo();
        QCOMPARE(errors.size(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("Alpha")) && message.contains(QLatin1String("nothing undone")),
                 qPrintable(message));
        QCOMPARE(statusMessage(), message);
        QCOMPARE(stored(id).stage, Stage::Technical); // the CLI's move stands
        QCOMPARE(events(id), logged);                   // and nothing was appended
        QCOMPARE(stack.count(), 3);                     // the stale step is gone, with no redo of it
        QVERIFY(!stack.canRedo());

        // The other application's move is still there to undo, and undoes.
        stack.undo();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(stored(other).stage, Stage::Applied);
    }

    // The CLI undid the app's move itself: the app's undo must not revert anything else.
    void undoOfAMoveRefusesAfterTheCliUndidIt()
    {
        const qint64 id = create(QStringLiteral("Alpha"));
        session().moveApplications({id}, Stage::Screen);
        session().moveApplications({id}, Stage::Technical);
        const Run undone = cli(m_path, {QStringLiteral("undo"), QString::number(id)});
        QVERIFY2(undone.code == 0, qPrintable(undone.err));
        QCOMPARE(stored(id).stage, Stage::Screen);
        const int logged = events(id);

        QSignalSpy errors(&session(), &Session::errorOccurred);
        session().undoStack().undo(); // the app's technical move: already undone elsewhere
        QCOMPARE(errors.size(), 1);
        QCOMPARE(stored(id).stage, Stage::Screen); // the app's screen move is not taken back in its place
        QCOMPARE(events(id), logged);
    }

    // Undo, then the CLI moves it, then Redo: the redo must not move it over the CLI's move.
    void redoOfAMoveRefusesAfterTheCliMovedIt()
    {
        const qint64 id = create(QStringLiteral("Alpha"));
        QUndoStack& stack = session().undoStack();
        session().moveApplications({id}, Stage::Screen);
        stack.undo();
        QCOMPARE(stored(id).stage, Stage::Applied);
        const Run moved = cli(m_path, {QStringLiteral("move"), QString::number(id), QStringLiteral("technical")});
        QVERIFY2(moved.code == 0, qPrintable(moved.err));
        const int logged = events(id);

        QSignalSpy errors(&session(), &Session::errorOccurred);
        QVERIFY(stack.canRedo());
        stack.redo();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(QLatin1String("nothing redone")),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(stored(id).stage, Stage::Technical);
        QCOMPARE(events(id), logged);
        QVERIFY(!stack.canRedo());
    }

    // A card moved in the moment before the CLI's move reached the screen (the view still shows it applied):
    // the app must not move it on from a stage it is no longer in.
    void aMoveFromAScreenNotYetRefreshedIsRefused()
    {
        const qint64 id = create(QStringLiteral("Alpha"));
        const Run moved = cli(m_path, {QStringLiteral("move"), QString::number(id), QStringLiteral("technical")});
        QVERIFY2(moved.code == 0, qPrintable(moved.err));
        // No event loop has run since: the list still holds the stage the person saw.
        QCOMPARE(session().applications().rowAt(session().applications().rowOfId(id)).stage, Stage::Applied);
        const int logged = events(id);

        QSignalSpy errors(&session(), &Session::errorOccurred);
        session().moveApplications({id}, Stage::Screen);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(QLatin1String("Alpha")),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(stored(id).stage, Stage::Technical);
        QCOMPARE(events(id), logged);
        QCOMPARE(session().undoStack().count(), 1); // the add alone: no step for the refused move
    }

    // Without a change elsewhere, undo and redo work as before (the checks do not refuse their own steps).
    void undoAndRedoStillWorkWithoutAChangeElsewhere()
    {
        const qint64 id = create(QStringLiteral("Alpha"));
        QUndoStack& stack = session().undoStack();
        session().moveApplications({id}, Stage::Screen);
        session().moveApplications({id}, Stage::Technical);
        QSignalSpy errors(&session(), &Session::errorOccurred);
        stack.undo();
        stack.undo();
        QCOMPARE(stored(id).stage, Stage::Applied);
        stack.redo();
        stack.redo();
        QCOMPARE(stored(id).stage, Stage::Technical);
        stack.undo();
        QCOMPARE(stored(id).stage, Stage::Screen);
        QCOMPARE(errors.size(), 0);

        // An edit elsewhere of the fields alone does not stand in the way of a move's undo.
        if (haveSqlite3()) {
            QVERIFY(sqlite3(m_path, QStringLiteral("UPDATE applications SET salary = 'lots' WHERE id = %1").arg(id)));
            stack.undo();
            QCOMPARE(errors.size(), 0);
            QCOMPARE(stored(id).stage, Stage::Applied);
        }
    }

    // The app adds A, the CLI moves it: undoing the add must not erase A with the CLI's move.
    void undoOfAnAddRefusesAfterTheCliMovedIt()
    {
        const qint64 id = create(QStringLiteral("Alpha"));
        const Run moved = cli(m_path, {QStringLiteral("move"), QString::number(id), QStringLiteral("screen")});
        QVERIFY2(moved.code == 0, qPrintable(moved.err));
        QSignalSpy errors(&session(), &Session::errorOccurred);
        session().undoStack().undo();
        QCOMPARE(errors.size(), 1);
        QVERIFY(ApplicationRepository(session().database()).find(id).ok());
        QCOMPARE(stored(id).stage, Stage::Screen);
        QCOMPARE(events(id), 2);
        QCOMPARE(session().undoStack().count(), 0);
    }

    // An edit of the same field elsewhere is kept; an edit of another field does not block the undo.
    void undoOfAnEditKeepsAFieldChangedElsewhere()
    {
        if (!haveSqlite3())
            QSKIP("sqlite3 is not installed: no other program can edit the file's fields");
        const qint64 id = create(QStringLiteral("Alpha"));
        ApplicationDraft draft = stored(id);
        draft.notes = QStringLiteral("my notes");
        QVERIFY(session().updateApplication(id, draft).ok());
        QVERIFY(sqlite3(m_path, QStringLiteral("UPDATE applications SET notes = 'their notes' WHERE id = %1").arg(id)));

        QSignalSpy errors(&session(), &Session::errorOccurred);
        session().undoStack().undo();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(QLatin1String("nothing undone")),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(stored(id).notes, QStringLiteral("their notes"));

        // Another edit; this time the other program changes a different field: the undo goes ahead and keeps it.
        draft = stored(id);
        draft.notes = QStringLiteral("second notes");
        QVERIFY(session().updateApplication(id, draft).ok());
        QVERIFY(sqlite3(m_path, QStringLiteral("UPDATE applications SET title = 'Lead' WHERE id = %1").arg(id)));
        session().undoStack().undo();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(stored(id).notes, QStringLiteral("their notes"));
        QCOMPARE(stored(id).title, QStringLiteral("Lead"));
    }

    void undoOfAnArchiveRefusesAfterAnUnarchiveElsewhere()
    {
        if (!haveSqlite3())
            QSKIP("sqlite3 is not installed: no other program can unarchive");
        const qint64 id = create(QStringLiteral("Alpha"));
        session().archiveApplication(id);
        QVERIFY(stored(id).archived);
        QVERIFY(sqlite3(m_path, QStringLiteral("UPDATE applications SET archived = 0 WHERE id = %1").arg(id)));
        // ...and then archived there again would be fine to undo; here it stays unarchived, so the undo is stale.
        QSignalSpy errors(&session(), &Session::errorOccurred);
        const int before = session().undoStack().count();
        session().undoStack().undo();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(session().undoStack().count(), before - 1);
        QVERIFY(!stored(id).archived);
    }

    // The CLI's revert against a move the app made meanwhile: refused, nothing written.
    void cliRevertRefusesAfterTheAppMovedOn()
    {
        const qint64 id = create(QStringLiteral("Alpha"));
        const Run moved = cli(m_path, {QStringLiteral("move"), QString::number(id), QStringLiteral("screen")});
        QVERIFY2(moved.code == 0, qPrintable(moved.err));
        const qint64 cliEvent = session().pipeline().history(id)->last().id;
        // The app shows the CLI's move (its change feed), and the person moves it on from there.
        QTRY_COMPARE_WITH_TIMEOUT(session().applications().rowAt(session().applications().rowOfId(id)).stage,
                                  Stage::Screen, 10000);
        session().moveApplications({id}, Stage::Technical);
        QCOMPARE(stored(id).stage, Stage::Technical);
        const int logged = events(id);

        const Run reverted = cli(m_path, {QStringLiteral("revert"), QString::number(cliEvent)});
        QVERIFY(reverted.code != 0);
        QVERIFY2(reverted.err.contains(QLatin1String("moved on")), qPrintable(reverted.err));
        QCOMPARE(stored(id).stage, Stage::Technical);
        QCOMPARE(events(id), logged);
    }
};

QTEST_MAIN(TestUndoElsewhere)
#include "tst_undo_elsewhere.moc"
