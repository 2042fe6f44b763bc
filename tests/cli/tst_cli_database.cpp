// jobdeck-cli against databases it must not use or must not hang on: a file with a foreign trigger, a pipe,
// an empty --db, a busy database; and times it cannot store (issue 12).
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args, int timeoutMs = 30000)
{
    QProcess process;
    process.start(QStringLiteral(JOBDECK_CLI_PATH), args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-2, {}, "timed out"};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs statements on the file through a plain connection, as another program (or an attacker) would.
void writeRaw(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString& statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void verifyReadable(const Run& run)
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
            const Run added =
                cli({QStringLiteral("--db"), db, QStringLiteral("add"), QStringLiteral("--company"),
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
        writeRaw(db, {QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON stage_events BEGIN "
                                     "DELETE FROM applications WHERE id <> NEW.application_id; END")});
        const QByteArray before = fileHash(db);
        const Run moved = cli({QStringLiteral("--db"), db, QStringLiteral("move"), QStringLiteral("1"),
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
        const Run listed = cli({QStringLiteral("--db"), fifo, QStringLiteral("list")}, 10000);
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
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(JOBDECK_CLI_PATH), args);
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.exitCode(), 2);
            QVERIFY(process.readAllStandardError().contains("empty"));
        }
        QVERIFY(!QFileInfo::exists(fallback));
    }

    void farFutureTimeIsAClearUsageError()
    {
        const QString db = seeded(QStringLiteral("future.sqlite"));
        for (const QString& at :
             {QStringLiteral("9999-12-31T23:00:00Z"), QStringLiteral("9999-12-31T23:00:00-05:00")}) {
            const Run moved = cli({QStringLiteral("--db"), db, QStringLiteral("move"), QStringLiteral("1"),
                                   QStringLiteral("screen"), QStringLiteral("--at"), at});
            QCOMPARE(moved.code, 2);
            QVERIFY2(moved.err.contains("out of range") && !moved.err.contains("NOT NULL"),
                     moved.err.constData());
        }
        const Run added = cli({QStringLiteral("--db"), db, QStringLiteral("add"), QStringLiteral("--company"),
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
        const QString name = QStringLiteral("holder");
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            holder.setDatabaseName(db);
            QVERIFY(holder.open());
            QSqlQuery query(holder);
            QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('held', '1')")));
            const Run moved = cli({QStringLiteral("--db"), db, QStringLiteral("move"), QStringLiteral("1"),
                                   QStringLiteral("screen")});
            QCOMPARE(moved.code, 1);
            verifyReadable(moved);
            QVERIFY2(moved.err.contains("busy") && moved.err.contains("busy.sqlite"), moved.err.constData());
            QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
            holder.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void notADatabaseIsReportedInWords()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const QByteArray before = fileHash(path);
        const Run listed = cli({QStringLiteral("--db"), path, QStringLiteral("list")});
        QCOMPARE(listed.code, 1);
        verifyReadable(listed);
        QVERIFY2(listed.err.contains("not an SQLite file") && listed.err.contains("notes.sqlite"),
                 listed.err.constData());
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCliDatabase)
#include "tst_cli_database.moc"
