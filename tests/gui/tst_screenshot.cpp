// The app's --screenshot option, run as a user would: a PNG of the chosen page, exit 0; clear failures.
#include "MainWindow.h"
#include "TestDatabase.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject
{
    Q_OBJECT

    static QProcess* run(const QStringList& arguments)
    {
        auto* process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(JOBDECK_APP_PATH), arguments);
        process->waitForFinished(60000);
        return process;
    }

private slots:
    void screenshotOfEachViewIsAPngOfTheRequestedSize_data()
    {
        QTest::addColumn<QString>("view");
        for (const char* view : {"board", "list", "analytics", "match", "reminders"})
            QTest::newRow(view) << QString::fromLatin1(view);
    }
    void screenshotOfEachViewIsAPngOfTheRequestedSize()
    {
        QFETCH(QString, view);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shot.sqlite"));
        const QString png = dir.filePath(view + QStringLiteral(".png"));
        std::unique_ptr<QProcess> process(run({QStringLiteral("--db"), db, QStringLiteral("--sample-data"),
                                               QStringLiteral("--screenshot"), png, QStringLiteral("--view"), view,
                                               QStringLiteral("--size"), QStringLiteral("1280x720")}));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 720));
    }

    // File > Connect to Server's dialog (docs/screenshots/render.sh renders it): the dialog alone, at its size.
    void connectViewIsTheDialogAlone()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("connect.png"));
        std::unique_ptr<QProcess> process(run({QStringLiteral("--db"), dir.filePath(QStringLiteral("shot.sqlite")),
                                               QStringLiteral("--screenshot"), png, QStringLiteral("--view"),
                                               QStringLiteral("connect"), QStringLiteral("--size"),
                                               QStringLiteral("1280x720")}));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() > 200 && image.width() < 1280 && image.height() > 150 && image.height() < 720,
                 qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
    }

    // The status bar names a file under the home folder as ~/..., so a screenshot rendered with its own home
    // (render.sh) shows no temporary folder; elsewhere, the path as it is.
    void theStatusBarShortensTheHomeFolder()
    {
        const QString home = QDir::homePath();
        QCOMPARE(jobdeck::MainWindow::shortPath(home + QStringLiteral("/demo.sqlite")), QStringLiteral("~/demo.sqlite"));
        QCOMPARE(jobdeck::MainWindow::shortPath(home + QStringLiteral("/a/../jobs.sqlite")), QStringLiteral("~/jobs.sqlite"));
        QCOMPARE(jobdeck::MainWindow::shortPath(home + QStringLiteral("x/jobs.sqlite")), home + QStringLiteral("x/jobs.sqlite"));
        QCOMPARE(jobdeck::MainWindow::shortPath(QStringLiteral("/srv/jobs.sqlite")), QStringLiteral("/srv/jobs.sqlite"));
    }

    void unknownViewFailsWithAReason()
    {
        QTemporaryDir dir;
        std::unique_ptr<QProcess> process(run({QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite")),
                                               QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")),
                                               QStringLiteral("--view"), QStringLiteral("nowhere")}));
        QCOMPARE(process->exitCode(), 1);
        QVERIFY(process->readAllStandardError().contains("Unknown view"));
    }

    void unopenableDatabaseFailsOnStderrWithoutADialog()
    {
        QTemporaryDir dir;
        const QString notADatabase = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(notADatabase);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database, just some text that is long enough to have a header");
        file.close();
        std::unique_ptr<QProcess> process(run({QStringLiteral("--db"), notADatabase, QStringLiteral("--screenshot"),
                                               dir.filePath(QStringLiteral("x.png"))}));
        QCOMPARE(process->exitCode(), 1);
        QVERIFY(!process->readAllStandardError().isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
