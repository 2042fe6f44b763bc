// AppController's side of issue 16: the last database opens at the next start, "Use Local Database"
// finds the user's own file, File has Connect to Server (Ctrl+Shift+O), and a server that cannot be opened
// leaves the current database exactly as it was (never taken for a file name).
#include "PgCluster.h"
#include "WindowFixture.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/ConnectionSecrets.h"
#include "Session.h"
#include "storage/Database.h"
#include "util/Settings.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jobdeck;

namespace {

// A keychain that has nothing stored and answers at once.
class EmptyPasswordStore final : public PasswordStore
{
public:
    void read(const QString&, QObject* context, ReadDone done) override
    {
        QTimer::singleShot(0, context, [done] { done(QString()); });
    }
    void write(const QString&, const QString&, QObject* context, Done done) override
    {
        QTimer::singleShot(0, context, [done] { done(Status()); });
    }
    void remove(const QString&, QObject* context, Done done) override
    {
        QTimer::singleShot(0, context, [done] { done(Status()); });
    }
};

// Clicks "Use the Local Database" in the Connect dialog once it offers it.
void useLocalWhenOffered()
{
    auto* timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<ConnectDialog*>(top);
            auto* button = dialog ? dialog->findChild<QPushButton*>(QStringLiteral("useLocalButton")) : nullptr;
            if (button && button->isVisible() && button->isEnabled()) {
                button->click();
                timer->deleteLater();
                return;
            }
        }
    });
    timer->start(50);
}

} // namespace

class TestServerSwitch : public QObject
{
    Q_OBJECT

private slots:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void theLastDatabaseIsRememberedButNeverTheSample()
    {
        QTemporaryDir dir;
        MockClock clock;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        const QString file = dir.filePath(QStringLiteral("mine.sqlite"));
        {
            Settings settings(ini);
            AppController controller(settings, clock);
            controller.setSamplePath(dir.filePath(QStringLiteral("sample.sqlite")));
            QVERIFY(controller.open(file).ok());
            QCOMPARE(settings.lastDatabase(), file);
            QVERIFY(controller.open(controller.samplePath()).ok());
            QVERIFY(controller.isSampleOpen());
            QCOMPARE(settings.lastDatabase(), file);
            // "Use the local database" is the user's own file, not the sample.
            QCOMPARE(controller.localPath(), file);
        }
        Settings restarted(ini);
        QCOMPARE(restarted.lastDatabase(), file);
    }

    void useLocalDatabaseSkipsFilesThatAreGone()
    {
        ControllerFixture f;
        const QString first = f.file(QStringLiteral("first.sqlite"));
        const QString second = f.file(QStringLiteral("second.sqlite"));
        QVERIFY(f.controller.open(first).ok());
        QVERIFY(f.controller.open(second).ok());
        QCOMPARE(f.controller.localPath(), second);
        f.settings.addRecentFile(f.file(QStringLiteral("deleted.sqlite")));
        QCOMPARE(f.controller.localPath(), second);
    }

    void theFileMenuOffersServerAndLocal()
    {
        ControllerFixture f;
        QVERIFY(f.controller.open(f.file(QStringLiteral("a.sqlite"))).ok());
        auto* server = f.controller.window()->findChild<QAction*>(QStringLiteral("connectToServer"));
        auto* local = f.controller.window()->findChild<QAction*>(QStringLiteral("useLocalDatabase"));
        QVERIFY(server && local);
        QCOMPARE(server->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        QVERIFY(!server->toolTip().isEmpty());
        QVERIFY(!local->toolTip().isEmpty());
    }

    void aServerThatCannotOpenLeavesTheCurrentDatabase()
    {
        ControllerFixture f;
        const QString file = f.file(QStringLiteral("a.sqlite"));
        QVERIFY(f.controller.open(file).ok());
        MainWindow* window = f.controller.window();
        const QString cwd = QDir::currentPath();
        QDir::setCurrent(f.dir.path());
        const Status opened = f.controller.open(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"),
                                                AppController::IfLocked::Refuse, {});
        QDir::setCurrent(cwd);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.message().contains(QStringLiteral("127.0.0.1:1/none")), qPrintable(opened.message()));
        QCOMPARE(f.controller.window(), window);
        QCOMPARE(f.controller.session()->database().path(), file);
        QCOMPARE(f.settings.lastDatabase(), file);
        QVERIFY(f.settings.recentServers().isEmpty());
        // Nothing was created from the URI as if it were a path.
        QCOMPARE(QDir(f.dir.path()).entryList({QStringLiteral("postgres*")}, QDir::AllEntries), QStringList());
    }

    void theAppStartsOnTheDatabaseUsedLast()
    {
        // The real jobdeck with its own config folder: no --db and no JOBDECK_DB, so it opens (and here
        // creates) the database its settings name as the last one.
        QTemporaryDir home;
        const QString last = home.filePath(QStringLiteral("last-used.sqlite"));
        {
            QSettings seeded(home.filePath(QStringLiteral("config/Jobdeck/Jobdeck.conf")), QSettings::IniFormat);
            seeded.setValue(QStringLiteral("database/last"), last);
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("JOBDECK_DB"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(JOBDECK_APP_PATH), QStringList());
        QVERIFY(app.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(last) || app.state() == QProcess::NotRunning, 30000);
        const bool opened = QFileInfo::exists(last);
        app.kill();
        app.waitForFinished();
        QVERIFY2(opened, app.readAllStandardError().constData());
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("data/Jobdeck/Jobdeck/jobdeck.sqlite"))));
    }

    void aStartOnAnUnreachableServerOffersTheLocalDatabase()
    {
        ControllerFixture f;
        f.settings.addRecentFile(f.file(QStringLiteral("mine.sqlite")));
        EmptyPasswordStore passwords;
        f.controller.setPasswordStore(&passwords);
        useLocalWhenOffered();
        QVERIFY(f.controller.openServerAtStart(QStringLiteral("postgresql://alice@127.0.0.1:1/jobdeck")));
        QVERIFY(!f.controller.session()->database().isServer());
        QCOMPARE(f.controller.session()->database().path(), f.controller.localPath());
    }

    void aStartOnAServerConnectsThroughTheDialog()
    {
        test::PgCluster cluster;
        JOBDECK_REQUIRE_CLUSTER(cluster);
        const QString setUp = cluster.setUpJobdeck(QStringLiteral("jobdeck"), {});
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
        const QString url = cluster.url(QStringLiteral("postgres"), QStringLiteral("jobdeck"));
        ControllerFixture f;
        EmptyPasswordStore passwords;
        f.controller.setPasswordStore(&passwords);
        QVERIFY(f.controller.openServerAtStart(url));
        QVERIFY(f.controller.session()->database().isServer());
        QVERIFY2(f.controller.window()->windowTitle().startsWith(QStringLiteral("postgres@127.0.0.1:")),
                 qPrintable(f.controller.window()->windowTitle()));
        QCOMPARE(f.settings.lastDatabase(), url);
    }
};

QTEST_MAIN(TestServerSwitch)
#include "tst_serverswitch.moc"
