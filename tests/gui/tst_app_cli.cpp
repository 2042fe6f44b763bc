// The app's own command line, run as a newcomer would on a machine without any display (issue 11): --help and
// --version print and exit 0, a wrong option is named with exit code 2, and Qt's own options stay accepted.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestAppCli : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        QProcess::ExitStatus status = QProcess::CrashExit;
        int code = -1;
        QString out;
        QString err;
    };

    // The real jobdeck with no display at all: CTest's QT_QPA_PLATFORM=offscreen is taken away too.
    static Outcome runWithoutDisplay(const QStringList& arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(JOBDECK_APP_PATH), arguments);
        Outcome outcome;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return outcome;
        }
        outcome.status = process.exitStatus();
        outcome.code = process.exitCode();
        outcome.out = QString::fromUtf8(process.readAllStandardOutput());
        outcome.err = QString::fromUtf8(process.readAllStandardError());
        return outcome;
    }

private slots:
    void helpPrintsUsageWithoutADisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")};
        QTest::newRow("--help-all") << QStringList{QStringLiteral("--help-all")};
        QTest::newRow("after a Qt option")
            << QStringList{QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("--help")};
    }
    void helpPrintsUsageWithoutADisplay()
    {
        QFETCH(QStringList, arguments);
        const Outcome outcome = runWithoutDisplay(arguments);
        QCOMPARE(outcome.status, QProcess::NormalExit);
        QVERIFY2(outcome.code == 0, qPrintable(outcome.err));
        QVERIFY2(outcome.out.contains(QLatin1String("Usage:")), qPrintable(outcome.out));
        // Every option of the app is listed.
        for (const char* option :
             {"--db", "--screenshot", "--view", "--size", "--sample-data", "--dark", "--version"})
            QVERIFY2(outcome.out.contains(QLatin1String(option)), option);
        QVERIFY2(!outcome.err.contains(QLatin1String("platform plugin")), qPrintable(outcome.err));
    }

    void versionPrintsWithoutADisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--version") << QStringLiteral("--version");
        QTest::newRow("-v") << QStringLiteral("-v");
    }
    void versionPrintsWithoutADisplay()
    {
        QFETCH(QString, option);
        const Outcome outcome = runWithoutDisplay({option});
        QCOMPARE(outcome.status, QProcess::NormalExit);
        QVERIFY2(outcome.code == 0, qPrintable(outcome.err));
        QCOMPARE(outcome.out.trimmed(), QStringLiteral("Jobdeck " JOBDECK_VERSION));
    }

    void unknownOptionIsNamedWithExitCode2WithoutADisplay()
    {
        const Outcome outcome = runWithoutDisplay({QStringLiteral("--no-such-option")});
        QCOMPARE(outcome.status, QProcess::NormalExit);
        QCOMPARE(outcome.code, 2);
        QVERIFY2(outcome.err.contains(QLatin1String("jobdeck:")), qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(QLatin1String("no-such-option")), qPrintable(outcome.err));
        QVERIFY2(!outcome.err.contains(QLatin1String("platform plugin")), qPrintable(outcome.err));
        QVERIFY(outcome.out.isEmpty());
    }

    void missingValueIsAnErrorWithExitCode2()
    {
        const Outcome outcome = runWithoutDisplay({QStringLiteral("--db")});
        QCOMPARE(outcome.status, QProcess::NormalExit);
        QCOMPARE(outcome.code, 2);
        QVERIFY2(outcome.err.contains(QLatin1String("db")), qPrintable(outcome.err));
    }

    // Qt's -platform is still the app's (the man page names it): with it, the app runs with no display
    // variable.
    void qtPlatformOptionStillSelectsThePlatform()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("board.png"));
        const Outcome outcome = runWithoutDisplay(
            {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--db"),
             dir.filePath(QStringLiteral("x.sqlite")), QStringLiteral("--screenshot"), png});
        QCOMPARE(outcome.status, QProcess::NormalExit);
        QVERIFY2(outcome.code == 0, qPrintable(outcome.err));
        QVERIFY(QFile::exists(png));
    }
};

QTEST_GUILESS_MAIN(TestAppCli)
#include "tst_app_cli.moc"
