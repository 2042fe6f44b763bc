// File > Open and New: switching databases replaces the window, remembers recent files, moves the instance
// lock to the new file, and keeps the current database when the new file cannot be opened or another
// Jobdeck has it.
#include "AppController.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "Session.h"
#include "io/InstanceLock.h"
#include "storage/Database.h"
#include "util/Settings.h"

#include <QApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
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

// Closes the next message box the app shows (the switch's warning runs its own event loop) and keeps its text.
void closeNextMessageBox(QString* text)
{
    auto* timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->accept();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

} // namespace

class TestAppController : public QObject
{
    Q_OBJECT

private slots:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void openingAnotherDatabaseReplacesTheWindowAndRemembersIt()
    {
        QTemporaryDir dir;
        MockClock clock;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        AppController controller(settings, clock);
        const QString first = dir.filePath(QStringLiteral("first.sqlite"));
        const QString second = dir.filePath(QStringLiteral("second.sqlite"));
        QVERIFY(controller.open(first).ok());
        QVERIFY(controller.window()->isVisible());
        QCOMPARE(controller.session()->database().path(), first);

        emit controller.window()->openDatabaseRequested(second);
        QTRY_COMPARE_WITH_TIMEOUT(controller.session()->database().path(), second, 5000);
        QVERIFY(controller.window()->isVisible());
        QCOMPARE(settings.recentFiles(), (QStringList{second, first}));
    }

    void theInstanceLockFollowsTheOpenDatabase()
    {
        QTemporaryDir dir;
        MockClock clock;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        AppController controller(settings, clock);
        const QString first = dir.filePath(QStringLiteral("first.sqlite"));
        const QString second = dir.filePath(QStringLiteral("second.sqlite"));
        QVERIFY(controller.open(first).ok());
        QVERIFY(!lockIsFree(first));
        QVERIFY(lockIsFree(second));

        // The File menu's path: the window asks, the controller switches once the menu has returned.
        emit controller.window()->openDatabaseRequested(second);
        QTRY_COMPARE_WITH_TIMEOUT(controller.session()->database().path(), second, 5000);
        QVERIFY(!lockIsFree(second));
        QVERIFY(lockIsFree(first));
        QVERIFY(controller.sharedNotice().isEmpty());
    }

    void aDatabaseOpenInAnotherJobdeckIsRefusedAndTheCurrentOneStays()
    {
        QTemporaryDir dir;
        MockClock clock;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        AppController controller(settings, clock);
        const QString mine = dir.filePath(QStringLiteral("mine.sqlite"));
        const QString theirs = dir.filePath(QStringLiteral("theirs.sqlite"));
        QVERIFY(Database::open(theirs).ok());
        io::InstanceLock other(theirs);
        QVERIFY(other.tryLock());
        QVERIFY(controller.open(mine).ok());
        MainWindow* window = controller.window();
        const QDateTime theirsModified = QFileInfo(theirs).lastModified();

        QString shown;
        closeNextMessageBox(&shown);
        emit window->openDatabaseRequested(theirs);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 5000);
        QCOMPARE(shown, other.refusal());
        QVERIFY(shown.contains(QString::number(QCoreApplication::applicationPid())));
        QCOMPARE(controller.window(), window);
        QVERIFY(window->isVisible());
        QCOMPARE(controller.session()->database().path(), mine);
        QCOMPARE(settings.recentFiles(), QStringList{mine});
        // This Jobdeck still holds its own file, the other one still holds its file, and that file is untouched.
        QVERIFY(!lockIsFree(mine));
        QVERIFY(other.isLocked());
        QCOMPARE(QFileInfo(theirs).lastModified(), theirsModified);

        // Once the other Jobdeck lets go, the same switch goes through.
        other.unlock();
        emit window->openDatabaseRequested(theirs);
        QTRY_COMPARE_WITH_TIMEOUT(controller.session()->database().path(), theirs, 5000);
        QVERIFY(!lockIsFree(theirs));
        QVERIFY(lockIsFree(mine));
    }

    void atStartAFileOpenElsewhereIsSharedAndSaysWhoHasIt()
    {
        QTemporaryDir dir;
        MockClock clock;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        AppController controller(settings, clock);
        const QString shared = dir.filePath(QStringLiteral("shared.sqlite"));
        const QString own = dir.filePath(QStringLiteral("own.sqlite"));
        io::InstanceLock other(shared);
        QVERIFY(other.tryLock());

        QVERIFY(controller.open(shared, AppController::IfLocked::Share).ok());
        QCOMPARE(controller.session()->database().path(), shared);
        QCOMPARE(controller.sharedNotice(), other.message());

        // Leaving the shared file takes the new file's lock and never touches the other Jobdeck's.
        QVERIFY(controller.open(own).ok());
        QVERIFY(controller.sharedNotice().isEmpty());
        QVERIFY(!lockIsFree(own));
        QVERIFY(other.isLocked());
        QVERIFY(!lockIsFree(shared));
    }

    void aFileThatCannotOpenLeavesTheCurrentDatabaseInPlace()
    {
        QTemporaryDir dir;
        MockClock clock;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        AppController controller(settings, clock);
        const QString good = dir.filePath(QStringLiteral("good.sqlite"));
        QVERIFY(controller.open(good).ok());
        MainWindow* window = controller.window();

        const QString notes = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(200, 'x'));
        file.close();
        const Status refused = controller.open(notes);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.message().isEmpty());
        QCOMPARE(controller.window(), window);
        QCOMPARE(controller.session()->database().path(), good);
        QCOMPARE(settings.recentFiles(), QStringList{good});
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
