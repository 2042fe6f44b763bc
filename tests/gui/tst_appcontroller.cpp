// File > Open and New: switching databases replaces the window, remembers recent files, and keeps the
// current database when the new file cannot be opened.
#include "AppController.h"
#include "MainWindow.h"
#include "MockClock.h"
#include "Session.h"
#include "storage/Database.h"
#include "util/Settings.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jobdeck;

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
        QFile untouched(notes);
        QVERIFY(untouched.open(QIODevice::ReadOnly));
        QCOMPARE(untouched.readAll(), QByteArray(200, 'x'));
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
