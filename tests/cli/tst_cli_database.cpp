// jobdeck-cli against databases it must not use or must not hang on: a file with a foreign trigger, a pipe,
// an empty --db, a busy database; and times it cannot store (issue 12).
#include "CliRun.h"
#include "RawConnection.h"
#include "TestDatabase.h"
#include "TestFiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

namespace {

using jobdeck::fileHash;
using jobdeck::test::CliRun;
using jobdeck::test::runCli;

void verifyReadable(const CliRun& run)
{
    // Qt's bare driver phrases say nothing to a person.
    QVERIFY2(!run.err.contains("Unable to fetch row") && !run.err.contains("Unknown error") &&
                 !run.err.contains("Unable to execute"),
             run.err.constData());
}

} // namespace

class TestCliDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString seeded(const QString& name)
    {
        const QString db = m_dir.filePath(name);
        for (int i = 0; i < 3; ++i) {
            const CliRun added =
                runCli({QStringLiteral("--db"), db, QStringLiteral("add"), QStringLiteral("--company"),
                     QStringLiteral("C%1").arg(i), QStringLiteral("--title"), QStringLiteral("T")});
            if (added.code != 0)
                qWarning("%s", added.err.constData());
        }
        return db;
    }

private slots:
    void fileWithAForeignTriggerIsRefusedAndUnchanged()
    {
        const QString db = seeded(QStringLiteral("evil.sqlite"));
        jobdeck::writeRawSqlite(db, {QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON stage_events BEGIN "
                                     "DELETE FROM applications WHERE id <> NEW.application_id; END")});
        const QByteArray before = fileHash(db);
        const CliRun moved = runCli({QStringLiteral("--db"), db, QStringLiteral("move"), QStringLiteral("1"),
                               QStringLiteral("screen")});
        QCOMPARE(moved.code, 1);
        QVERIFY2(moved.err.contains("wipe") && moved.err.contains("evil.sqlite") &&
                     moved.err.contains("trigger"),
                 moved.err.constData());
        QCOMPARE(fileHash(db), before);
        QCOMPARE(QFileInfo(db + QStringLiteral("-wal")).size(), 0);
    }

    void fifoAsDatabaseFailsAtOnce()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        const CliRun listed = runCli({QStringLiteral("--db"), fifo, QStringLiteral("list")}, QProcessEnvironment::systemEnvironment(), 10000);
        QCOMPARE(listed.code, 1);
        QVERIFY2(listed.err.contains("not a regular file"), listed.err.constData());
        QVERIFY(timer.elapsed() < 10000);
    }

    void emptyDbOptionIsBadUsage()
    {
        const QString fallback = m_dir.filePath(QStringLiteral("default.sqlite"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("JOBDECK_DB"), fallback);
        for (const QStringList& args :
             {QStringList{QStringLiteral("--db"), QString(), QStringLiteral("list")},
              QStringList{QStringLiteral("--db="), QStringLiteral("list")}}) {
            const CliRun run = runCli(args, env, 30000);
            QVERIFY(!run.timedOut);
            QCOMPARE(run.code, 2);
            QVERIFY(run.err.contains("empty"));
        }
        QVERIFY(!QFileInfo::exists(fallback));
    }

    void farFutureTimeIsAClearUsageError()
    {
        const QString db = seeded(QStringLiteral("future.sqlite"));
        for (const QString& at :
             {QStringLiteral("9999-12-31T23:00:00Z"), QStringLiteral("9999-12-31T23:00:00-05:00")}) {
            const CliRun moved = runCli({QStringLiteral("--db"), db, QStringLiteral("move"), QStringLiteral("1"),
                                   QStringLiteral("screen"), QStringLiteral("--at"), at});
            QCOMPARE(moved.code, 2);
            QVERIFY2(moved.err.contains("out of range") && !moved.err.contains("NOT NULL"),
                     moved.err.constData());
        }
        const CliRun added = runCli({QStringLiteral("--db"), db, QStringLiteral("add"), QStringLiteral("--company"),
                               QStringLiteral("X"), QStringLiteral("--title"), QStringLiteral("Y"),
                               QStringLiteral("--applied-on"), QStringLiteral("9999-12-31")});
        QCOMPARE(added.code, 2);
        QVERIFY2(added.err.contains("out of range"), added.err.constData());
    }

    void busyDatabaseIsReportedInWords()
    {
        // Another program holds the write lock longer than Jobdeck waits: the refusal names the file and the
        // reason, not the driver's "Unable to fetch row".
        const QString db = seeded(QStringLiteral("busy.sqlite"));
        jobdeck::test::RawConnection holder(db);
        QVERIFY(holder.isOpen());
        QVERIFY(holder.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(holder.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('held', '1')")));
        const CliRun moved = runCli({QStringLiteral("--db"), db, QStringLiteral("move"), QStringLiteral("1"),
                                     QStringLiteral("screen")});
        QCOMPARE(moved.code, 1);
        verifyReadable(moved);
        QVERIFY2(moved.err.contains("busy") && moved.err.contains("busy.sqlite"), moved.err.constData());
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
    }

    void notADatabaseIsReportedInWords()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QVERIFY(jobdeck::test::writeFile(path, QByteArray(8192, 'x')));
        const QByteArray before = fileHash(path);
        const CliRun listed = runCli({QStringLiteral("--db"), path, QStringLiteral("list")});
        QCOMPARE(listed.code, 1);
        verifyReadable(listed);
        QVERIFY2(listed.err.contains("not an SQLite file") && listed.err.contains("notes.sqlite"),
                 listed.err.constData());
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCliDatabase)
#include "tst_cli_database.moc"
