// jobdeck-cli import, export, backup and restore, end to end against the real binary (cli.md).
#include "CliSuite.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

using jobdeck::test::CliRun;
using jobdeck::test::runCli;
using jobdeck::test::runCliOn;

namespace {

const char* const kRestoreIsForFiles =
    "restore replaces a database file; a server is backed up by its administrator (pg_dump)";

QString fixture(const char* name)
{
    return QStringLiteral(JOBDECK_SOURCE_DIR "/tests/data/import/") + QString::fromLatin1(name);
}

} // namespace

class TestCliIo : public jobdeck::test::CliSuite
{
    Q_OBJECT

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Imports three applications, backs them up to `copy`, then overwrites all but the first page of the
    // database with garbage and drops its journal files.
    void backUpThenDamage(const QString& copy)
    {
        QCOMPARE(db({QStringLiteral("import"), fixture("linkedin.csv")}).code, 0);
        QCOMPARE(db({QStringLiteral("backup"), copy}).code, 0);
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(4096);
        file.write(QByteArray(int(file.size() - 4096), '\x5A'));
        file.close();
        QFile::remove(m_db + QStringLiteral("-wal"));
        QFile::remove(m_db + QStringLiteral("-shm"));
    }
    int count(const QString& database)
    {
        return int(runCliOn(database, {QStringLiteral("--json"), QStringLiteral("list")}).json().array().size());
    }

private slots:
    void importPrintsTheContractReport()
    {
        const CliRun run = db({QStringLiteral("--json"), QStringLiteral("import"), fixture("huntr.csv")});
        QCOMPARE(run.code, 0);
        const QJsonObject report = run.json().object();
        for (const char* key : {"imported", "skipped_duplicates", "skipped", "errors", "warnings"})
            QVERIFY2(report.contains(QLatin1String(key)), key);
        QCOMPARE(report[QStringLiteral("imported")].toInt(), 4);
        QCOMPARE(report[QStringLiteral("warnings")].toArray().size(), 1);
        QCOMPARE(count(m_db), 4);
    }

    void duplicatesAndBlankRowsAreReportedWithTheirLines()
    {
        const CliRun run = db({QStringLiteral("--json"), QStringLiteral("import"), fixture("blanks_and_duplicates.csv")});
        QCOMPARE(run.code, 0);
        const QJsonObject report = run.json().object();
        QCOMPARE(report[QStringLiteral("skipped_duplicates")].toInt(), 2);
        const QJsonArray skipped = report[QStringLiteral("skipped")].toArray();
        QCOMPARE(skipped.size(), 4);
        QCOMPARE(skipped.at(0)[QStringLiteral("line")].toInt(), 3);
        QVERIFY(!skipped.at(0)[QStringLiteral("reason")].toString().isEmpty());
    }

    void anImportWithErrorsExitsOneWritesNothingAndStillPrintsTheReport()
    {
        const CliRun run = db({QStringLiteral("--json"), QStringLiteral("import"), fixture("errors.csv")});
        QCOMPARE(run.code, 1);
        const QJsonArray errors = run.json().object()[QStringLiteral("errors")].toArray();
        QCOMPARE(errors.size(), 3); // the row with an unreadable date is only a warning
        QCOMPARE(errors.at(0)[QStringLiteral("line")].toInt(), 3);
        QVERIFY(!errors.at(0)[QStringLiteral("message")].toString().isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.startsWith("jobdeck-cli: "));
        QCOMPARE(count(m_db), 0);
    }

    void unreadableDatesImportEveryRowWithAWarningPerRow()
    {
        const CliRun run = db({QStringLiteral("--json"), QStringLiteral("import"), fixture("tracker_before_dates.csv")});
        QCOMPARE(run.code, 0);
        const QJsonObject report = run.json().object();
        QCOMPARE(report[QStringLiteral("imported")].toInt(), 23);
        QVERIFY(report[QStringLiteral("errors")].toArray().isEmpty());
        QStringList rowWarnings;
        for (const QJsonValue& warning : report[QStringLiteral("warnings")].toArray()) {
            QVERIFY(warning.isString()); // cli.md: warnings stay strings
            if (warning.toString().startsWith(QStringLiteral("line ")))
                rowWarnings.append(warning.toString());
        }
        QCOMPARE(rowWarnings.size(), 2);
        QVERIFY(rowWarnings.at(0).startsWith(QStringLiteral("line 2: \"Before 2025-01-24\"")));
        QVERIFY(rowWarnings.at(1).startsWith(QStringLiteral("line 3: \"Before 2025-01-24\"")));
        QCOMPARE(count(m_db), 23);
    }

    void strictRefusesUnreadableDatesAndWritesNothing()
    {
        const CliRun run = db({QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("--strict"),
                            fixture("tracker_before_dates.csv")});
        QCOMPARE(run.code, 1);
        const QJsonArray errors = run.json().object()[QStringLiteral("errors")].toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0)[QStringLiteral("line")].toInt(), 2);
        QCOMPARE(errors.at(0)[QStringLiteral("message")].toString(),
                 QStringLiteral("\"Before 2025-01-24\" in \"Date Applied\" is not a date"));
        QCOMPARE(errors.at(1)[QStringLiteral("line")].toInt(), 3);
        QVERIFY(run.err.contains("line 2"));
        QCOMPARE(count(m_db), 0);

        const CliRun old = db({QStringLiteral("--json"), QStringLiteral("import"), fixture("errors.csv"), QStringLiteral("--strict")});
        QCOMPARE(old.code, 1);
        QCOMPARE(old.json().object()[QStringLiteral("errors")].toArray().size(), 4);
        QCOMPARE(count(m_db), 0);
    }

    void aDryRunListsTheWarningsInBothOutputs()
    {
        const CliRun human = db({QStringLiteral("import"), QStringLiteral("--dry-run"), fixture("tracker_before_dates.csv")});
        QCOMPARE(human.code, 0);
        QVERIFY2(human.out.contains("Dry run: 23 application(s) would be imported"), human.out.constData());
        QVERIFY2(human.out.contains("warning: line 2: \"Before 2025-01-24\" in \"Date Applied\""), human.out.constData());
        QVERIFY(human.out.contains("warning: line 3: "));
        const CliRun json = db({QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("--dry-run"),
                             fixture("tracker_before_dates.csv")});
        QCOMPARE(json.code, 0);
        QCOMPARE(json.json().object()[QStringLiteral("ready")].toInt(), 23);
        QVERIFY(json.json().object()[QStringLiteral("warnings")].toArray().size() >= 2);
        QCOMPARE(count(m_db), 0);
    }

    void dryRunReportsWithoutWriting()
    {
        const CliRun run = db({QStringLiteral("--json"), QStringLiteral("import"), fixture("teal.csv"), QStringLiteral("--dry-run")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.json().object()[QStringLiteral("ready")].toInt(), 4);
        QCOMPARE(count(m_db), 0);
    }

    void aForcedFormatIsUsed()
    {
        const CliRun run = db({QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("--format"),
                            QStringLiteral("generic"), fixture("linkedin.csv")});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.json().object()[QStringLiteral("format")].toString(), QStringLiteral("generic"));
        // Only the LinkedIn reading fills in the source.
        QCOMPARE(db({QStringLiteral("--json"), QStringLiteral("list")}).json().array().at(0)[QStringLiteral("source")].toString(),
                 QString());
    }

    void badUsageExitsTwoAndTouchesNoFile()
    {
        QCOMPARE(db({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("excel"), fixture("teal.csv")}).code, 2);
        QCOMPARE(db({QStringLiteral("import")}).code, 2);
        QCOMPARE(db({QStringLiteral("import"), fixture("teal.csv"), QStringLiteral("--bogus")}).code, 2);
        QCOMPARE(db({QStringLiteral("export")}).code, 2);
        QCOMPARE(db({QStringLiteral("export"), path(QStringLiteral("out.txt"))}).code, 2);
        QCOMPARE(db({QStringLiteral("backup")}).code, 2);
        QCOMPARE(db({QStringLiteral("restore")}).code, 2);
        QVERIFY(!QFileInfo::exists(m_db));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("out.txt"))));
    }

    void aMissingFileFailsWithOneLine()
    {
        const CliRun run = db({QStringLiteral("import"), path(QStringLiteral("nope.csv"))});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.err.count('\n'), 1);
    }

    void jsonExportImportsIntoAnEmptyDatabaseExactly()
    {
        QCOMPARE(db({QStringLiteral("import"), fixture("teal.csv")}).code, 0);
        QCOMPARE(db({QStringLiteral("move"), QStringLiteral("1"), QStringLiteral("offer")}).code, 0);
        const QString first = path(QStringLiteral("first.json"));
        QCOMPARE(db({QStringLiteral("export"), first}).code, 0);

        const QString other = path(QStringLiteral("other.sqlite"));
        const CliRun imported = runCliOn(other, {QStringLiteral("--json"), QStringLiteral("import"), first});
        QCOMPARE(imported.code, 0);
        QCOMPARE(imported.json().object()[QStringLiteral("imported")].toInt(), 4);
        const QString second = path(QStringLiteral("second.json"));
        QCOMPARE(runCliOn(other, {QStringLiteral("export"), second}).code, 0);

        const auto load = [](const QString& file) {
            QFile f(file);
            f.open(QIODevice::ReadOnly);
            QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            o.remove(QStringLiteral("exported_at"));
            return o;
        };
        QCOMPARE(load(second), load(first));
        QCOMPARE(runCliOn(other, {QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("1")}).out,
                 db({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("1")}).out);
    }

    void csvExportIsSpreadsheetSafe()
    {
        QCOMPARE(db({QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("=cmd|' /C calc'!A0"),
                     QStringLiteral("--title"), QStringLiteral("Dev")})
                     .code,
                 0);
        const QString csv = path(QStringLiteral("out.csv"));
        QCOMPARE(db({QStringLiteral("export"), csv}).code, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("'=cmd|' /C calc'!A0"));

        const QString other = path(QStringLiteral("other-csv.sqlite"));
        QCOMPARE(runCliOn(other, {QStringLiteral("import"), csv}).code, 0);
        QCOMPARE(runCliOn(other, {QStringLiteral("--json"), QStringLiteral("list")}).json().array().at(0)[QStringLiteral("company")].toString(),
                 QStringLiteral("=cmd|' /C calc'!A0"));
    }

    void exportIntoAMissingFolderFailsAndWritesNothing()
    {
        QCOMPARE(db({QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("A"), QStringLiteral("--title"), QStringLiteral("B")}).code, 0);
        const CliRun run = db({QStringLiteral("export"), path(QStringLiteral("missing/out.json"))});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.err.count('\n'), 1);
    }

    void backupThenRestoreBringsTheOldDataBack()
    {
        if (onServer())
            QSKIP(kRestoreIsForFiles);
        QCOMPARE(db({QStringLiteral("import"), fixture("linkedin.csv")}).code, 0);
        const QString copy = path(QStringLiteral("copy.sqlite"));
        QCOMPARE(db({QStringLiteral("backup"), copy}).code, 0);
        QCOMPARE(db({QStringLiteral("backup"), copy}).code, 1); // never overwrites
        QCOMPARE(db({QStringLiteral("import"), fixture("teal.csv")}).code, 0);
        QCOMPARE(count(m_db), 7);

        const CliRun restored = db({QStringLiteral("restore"), copy});
        QCOMPARE(restored.code, 0);
        QCOMPARE(count(m_db), 3);
        const QDir backups(QFileInfo(m_db).dir().filePath(QStringLiteral("backups")));
        QCOMPARE(backups.entryList({QStringLiteral("*before-restore.sqlite")}, QDir::Files).size(), 1);
    }

    void restoreFromSomethingElseFailsAndChangesNothing()
    {
        QCOMPARE(db({QStringLiteral("import"), fixture("linkedin.csv")}).code, 0);
        const CliRun run = db({QStringLiteral("restore"), fixture("teal.csv")});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.err.count('\n'), 1);
        QCOMPARE(count(m_db), 3);
    }

    void restoreRepairsADamagedDatabase()
    {
        if (onServer())
            QSKIP(kRestoreIsForFiles);
        const QString copy = path(QStringLiteral("good.sqlite"));
        backUpThenDamage(copy);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(db({QStringLiteral("list")}).code != 0 || count(m_db) != 3);

        const CliRun run = db({QStringLiteral("restore"), copy});
        QCOMPARE(run.code, 0);
        QCOMPARE(count(m_db), 3);
        // The damaged file is kept (with its journal files, if any) for whoever wants to look into it.
        QCOMPARE(QFileInfo(m_db).dir().entryList({QFileInfo(m_db).fileName() + QStringLiteral(".damaged-[0-9]*[0-9]")}).size(), 1);
    }

    void restoreLeavesADamagedDatabaseThatJobdeckHasOpenAlone()
    {
        if (onServer())
            QSKIP(kRestoreIsForFiles);
        const QString copy = path(QStringLiteral("good-locked.sqlite"));
        backUpThenDamage(copy);
        if (QTest::currentTestFailed())
            return;
        QFile damaged(m_db);
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        const QByteArray before = damaged.readAll();
        damaged.close();

        // This test process plays the running app: its lock is the one Jobdeck takes (InstanceLock).
        QLockFile app(m_db + QStringLiteral(".lock"));
        app.setStaleLockTime(0);
        QVERIFY(app.tryLock(0));
        const CliRun run = db({QStringLiteral("restore"), copy});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QByteArray::number(QCoreApplication::applicationPid())), run.err.constData());
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        QCOMPARE(damaged.readAll(), before);
        damaged.close();
        QCOMPARE(QFileInfo(m_db).dir().entryList({QFileInfo(m_db).fileName() + QStringLiteral(".damaged-[0-9]*[0-9]")}).size(), 0);

        app.unlock();
        QCOMPARE(db({QStringLiteral("restore"), copy}).code, 0);
        QCOMPARE(count(m_db), 3);
    }
};

QTEST_GUILESS_MAIN(TestCliIo)
#include "tst_cli_io.moc"
