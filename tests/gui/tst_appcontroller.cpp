// File > Open and New: switching databases replaces the window, remembers recent files, moves the instance
// lock to the new file, and keeps the current database when the new file cannot be opened or another
// Jobdeck has it.
#include "WindowFixture.h"
#include "io/InstanceLock.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace jobdeck;

namespace {

// Whether another Jobdeck could take the file's lock now (it is released again at once).
bool lockIsFree(const QString& path)
{
    io::InstanceLock probe(path);
    return probe.tryLock();
}

// Closes the next message box the app shows (the switch's warning) and keeps its text.
void closeNextMessageBox(QString* text)
{
    handleNextModal([text](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        if (box) {
            *text = box->text();
            box->accept();
        }
        return box != nullptr;
    });
}

} // namespace

class TestAppController : public QObject
{
    Q_OBJECT

private slots:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void openingAnotherDatabaseReplacesTheWindowAndRemembersIt()
    {
        ControllerFixture f;
        const QString first = f.file(QStringLiteral("first.sqlite"));
        const QString second = f.file(QStringLiteral("second.sqlite"));
        QVERIFY(f.controller.open(first).ok());
        QVERIFY(f.controller.window()->isVisible());
        QCOMPARE(f.controller.session()->database().path(), first);

        QVERIFY(f.switchThroughWindow(second));
        QVERIFY(f.controller.window()->isVisible());
        QCOMPARE(f.settings.recentFiles(), (QStringList{second, first}));
    }

    void theInstanceLockFollowsTheOpenDatabase()
    {
        ControllerFixture f;
        const QString first = f.file(QStringLiteral("first.sqlite"));
        const QString second = f.file(QStringLiteral("second.sqlite"));
        QVERIFY(f.controller.open(first).ok());
        QVERIFY(!lockIsFree(first));
        QVERIFY(lockIsFree(second));

        QVERIFY(f.switchThroughWindow(second));
        QVERIFY(!lockIsFree(second));
        QVERIFY(lockIsFree(first));
        QVERIFY(f.controller.sharedNotice().isEmpty());
    }

    void aDatabaseOpenInAnotherJobdeckIsRefusedAndTheCurrentOneStays()
    {
        ControllerFixture f;
        const QString mine = f.file(QStringLiteral("mine.sqlite"));
        const QString theirs = f.file(QStringLiteral("theirs.sqlite"));
        QVERIFY(Database::open(theirs).ok());
        io::InstanceLock other(theirs);
        QVERIFY(other.tryLock());
        QVERIFY(f.controller.open(mine).ok());
        MainWindow* window = f.controller.window();
        const QDateTime theirsModified = QFileInfo(theirs).lastModified();

        QString shown;
        closeNextMessageBox(&shown);
        emit window->openDatabaseRequested(theirs);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
        QCOMPARE(shown, other.refusal());
        QVERIFY(shown.contains(QString::number(QCoreApplication::applicationPid())));
        QCOMPARE(f.controller.window(), window);
        QVERIFY(window->isVisible());
        QCOMPARE(f.controller.session()->database().path(), mine);
        QCOMPARE(f.settings.recentFiles(), QStringList{mine});
        // This Jobdeck still holds its own file, the other one still holds its file, and that file is untouched.
        QVERIFY(!lockIsFree(mine));
        QVERIFY(other.isLocked());
        QCOMPARE(QFileInfo(theirs).lastModified(), theirsModified);

        // Once the other Jobdeck lets go, the same switch goes through.
        other.unlock();
        QVERIFY(f.switchThroughWindow(theirs));
        QVERIFY(!lockIsFree(theirs));
        QVERIFY(lockIsFree(mine));
    }

    void atStartAFileOpenElsewhereIsSharedAndSaysWhoHasIt()
    {
        ControllerFixture f;
        const QString shared = f.file(QStringLiteral("shared.sqlite"));
        const QString own = f.file(QStringLiteral("own.sqlite"));
        io::InstanceLock other(shared);
        QVERIFY(other.tryLock());

        QVERIFY(f.controller.open(shared, AppController::IfLocked::Share).ok());
        QCOMPARE(f.controller.session()->database().path(), shared);
        QCOMPARE(f.controller.sharedNotice(), other.message());

        // Leaving the shared file takes the new file's lock and never touches the other Jobdeck's.
        QVERIFY(f.controller.open(own).ok());
        QVERIFY(f.controller.sharedNotice().isEmpty());
        QVERIFY(!lockIsFree(own));
        QVERIFY(other.isLocked());
        QVERIFY(!lockIsFree(shared));
    }

    void aFileThatCannotOpenLeavesTheCurrentDatabaseInPlace()
    {
        ControllerFixture f;
        const QString good = f.file(QStringLiteral("good.sqlite"));
        QVERIFY(f.controller.open(good).ok());
        MainWindow* window = f.controller.window();

        const QString notes = f.file(QStringLiteral("notes.sqlite"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(200, 'x'));
        file.close();
        const Status refused = f.controller.open(notes);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.message().isEmpty());
        QCOMPARE(f.controller.window(), window);
        QCOMPARE(f.controller.session()->database().path(), good);
        QCOMPARE(f.settings.recentFiles(), QStringList{good});
        // The refused file's lock was dropped again; the current file's stays.
        QVERIFY(lockIsFree(notes));
        QVERIFY(!lockIsFree(good));
        QFile untouched(notes);
        QVERIFY(untouched.open(QIODevice::ReadOnly));
        QCOMPARE(untouched.readAll(), QByteArray(200, 'x'));
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
