// The app's --screenshot option, run as a user would: a PNG of the chosen page, exit 0; clear failures.
#include "TestDatabase.h"

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
