// A file dialog listing the database's folder sniffs every file in it for an icon. Before SqliteFileGuard that
// open and close of the -wal and -shm released the app's SQLite locks, and the next jobdeck-cli deleted the
// WAL under the running app. This shows the dialogs the app uses, the way the app uses them, on that folder.
#include "storage/SqliteFileGuard.h"
#include "PosixLocks.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace jobdeck;

class TestFileDialogLocks : public QObject
{
    Q_OBJECT

private slots:
    void dialogOnTheDatabaseFolderKeepsTheLocks_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("save (export, backup, calendar)") << int(QFileDialog::AcceptSave);
        QTest::newRow("open (import, resume, restore)") << int(QFileDialog::AcceptOpen);
    }

    void dialogOnTheDatabaseFolderKeepsTheLocks()
    {
#ifndef Q_OS_LINUX
        QSKIP("POSIX lock semantics and /proc/locks: Linux only.");
#endif
        QFETCH(int, mode);
        TestDatabase test;
        QVERIFY(test.ok());
        const QString shm = test.path() + QStringLiteral("-shm");
        const int locks = test::posixLocksHeldOn(shm);
        QVERIFY(locks > 0);
        const quint64 refusedBefore = SqliteFileGuard::refusedOpens();

        QFileDialog dialog(nullptr, QStringLiteral("Export"), test.folder());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(static_cast<QFileDialog::AcceptMode>(mode));
        dialog.setViewMode(QFileDialog::Detail);
        auto* model = dialog.findChild<QFileSystemModel*>();
        QVERIFY(model != nullptr);
        QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        // The icon and type columns are filled in by a gatherer thread after the listing: wait until it has
        // tried the database's files (refused) or, without the guard, has dropped the locks.
        QTRY_VERIFY_WITH_TIMEOUT(
            SqliteFileGuard::refusedOpens() > refusedBefore || test::posixLocksHeldOn(shm) != locks, 5000);
        QTest::qWait(300);
        dialog.reject();

        QCOMPARE(test::posixLocksHeldOn(shm), locks);
        // And so another process still sees a database in use: it leaves the WAL where it is.
        QProcess cli;
        cli.start(QStringLiteral(JOBDECK_CLI_PATH), {QStringLiteral("--db"), test.path(), QStringLiteral("list")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(QFileInfo::exists(test.path() + QStringLiteral("-wal")));
        QVERIFY(QFileInfo::exists(shm));
        QCOMPARE(scalar(test.db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
};

QTEST_MAIN(TestFileDialogLocks)
#include "tst_filedialog_locks.moc"
