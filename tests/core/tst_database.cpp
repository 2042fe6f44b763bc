// Database: opening, pragmas, migrations and refusal of files that are not ours or are newer.
#include "RawConnection.h"
#include "TestDatabase.h"
#include "TestFiles.h"
#include "storage/Schema.h"
#include "storage/SqlScript.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>
#include <fcntl.h>
#include <sys/stat.h>

using namespace jobdeck;

namespace {

// A Jobdeck file made by Jobdeck itself, with `applications` applications (each with two events), closed again.
void makeJobdeckFile(const QString& path, int applications)
{
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.message()));
    QSqlQuery query(db.value()->connection());
    for (int i = 1; i <= applications; ++i) {
        QVERIFY(query.exec(QStringLiteral("INSERT INTO applications (id, company, title, stage, stage_entered_at, "
                                          "furthest_rank, created_at, updated_at) VALUES (%1, 'C%1', 'T', 'screen', "
                                          "'2026-01-06T09:00:00Z', 2, '2026-01-05T09:00:00Z', '2026-01-06T09:00:00Z')")
                               .arg(i)));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO stage_events (application_id, previous, current, current_rank, at, "
                                          "stay_seconds) VALUES (%1, NULL, 'applied', 1, '2026-01-05T09:00:00Z', NULL), "
                                          "(%1, 'applied', 'screen', 2, '2026-01-06T09:00:00Z', %1)")
                               .arg(i)));
    }
}

// Changes one event's time in place ("2026-01-06T09:00:00Z" becomes the 7th) in the page whose number
// `rootpageQuery` gives, the way a lost or torn write leaves a file: every page still parses, but the page
// no longer agrees with the rest (a table with its indexes, an index with its table).
void changeOneTimeInPage(const QString& path, const QString& rootpageQuery)
{
    qint64 offset = -1;
    qint64 pageSize = 0;
    {
        test::RawConnection raw(path);
        QVERIFY(raw.isOpen());
        const QVariant root = raw.value(rootpageQuery);
        pageSize = raw.value(QStringLiteral("PRAGMA page_size")).toLongLong();
        QVERIFY2(root.isValid() && pageSize > 0, qPrintable(rootpageQuery));
        offset = (root.toLongLong() - 1) * pageSize;
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QByteArray page = file.read(pageSize);
    const qsizetype at = page.indexOf("2026-01-06T09:00:00Z");
    QVERIFY(at >= 0);
    page[at + 18] = '7';
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(page), pageSize);
}

// How many full integrity checks opening `path` ran; -1 when it did not open.
int fullChecksToOpen(const QString& path)
{
    const int before = Database::integrityChecksRun();
    return Database::open(path).ok() ? Database::integrityChecksRun() - before : -1;
}

// The instance lock (io::InstanceLock, QLockFile's format) as process `pid`, running `program`, would leave it.
void writeLock(const QString& database, qint64 pid, const QByteArray& program)
{
    QFile lock(database + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
    lock.write(QByteArray::number(pid) + '\n' + program + '\n' + QSysInfo::machineHostName().toUtf8() + '\n'
               + QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() + '\n');
}

// Field `index` of the held stamp set to `value`.
void editHeldStamp(const QString& database, int index, const QByteArray& value)
{
    QFile stamp(database + QStringLiteral("-jobdeck-held"));
    QVERIFY(stamp.open(QIODevice::ReadOnly));
    QList<QByteArray> fields = stamp.readAll().trimmed().split(' ');
    stamp.close();
    QCOMPARE(fields.size(), 6);
    fields[index] = value;
    QVERIFY(stamp.open(QIODevice::WriteOnly | QIODevice::Truncate));
    stamp.write(fields.join(' ') + '\n');
}

} // namespace

class TestDatabase_ : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void newFileGetsLatestSchemaAndPragmas()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        QCOMPARE(test.db().schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(test.db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(test.db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(test.db(), QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
        QVERIFY(scalar(test.db(), QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
        QCOMPARE(scalar(test.db(), QStringLiteral("PRAGMA application_id")).toInt(), Database::kApplicationId);
        for (const char* table : {"applications", "stage_events", "follow_up_tasks", "resumes", "matcher_models"}) {
            const QString sql = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                    .arg(QLatin1String(table));
            QCOMPARE(scalar(test.db(), sql).toInt(), 1);
        }
    }

    void missingFolderIsCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/jobdeck.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QVERIFY(QFile::exists(path));
    }

    void reopeningKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery query(db.value()->connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT value FROM settings WHERE key = 'k'")).toString(),
                 QStringLiteral("v"));
    }

    void stampedButEmptyFileIsMigrated()
    {
        // A file stamped with our application id but no schema yet: migrated like a new one.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v0.sqlite"));
        writeRawSqlite(path, {QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)});
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 0);
    }

    void upgradeFromVersionOneKeepsDataAndAddsTheTaskEvents()
    {
        // A schema-1 file as the previous Jobdeck wrote it, with an application, its events and tasks.
        QFile script(QStringLiteral(":/jobdeck/migrations/001_initial.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        QStringList statements{QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)};
        statements += splitSqlScript(QString::fromUtf8(script.readAll()));
        statements += {
            QStringLiteral("INSERT INTO applications (id, company, title, stage, stage_entered_at, furthest_rank, "
                           "created_at, updated_at) VALUES (7, 'Acme', 'Engineer', 'screen', '2026-01-06T09:00:00Z', "
                           "2, '2026-01-05T09:00:00Z', '2026-01-06T09:00:00Z')"),
            QStringLiteral("INSERT INTO stage_events (id, application_id, previous, current, current_rank, at) VALUES "
                           "(11, 7, NULL, 'applied', 1, '2026-01-05T09:00:00Z'), "
                           "(12, 7, 'applied', 'screen', 2, '2026-01-06T09:00:00Z')"),
            QStringLiteral("INSERT INTO follow_up_tasks (id, application_id, type, title, due_at, status, created_at, "
                           "closed_at) VALUES "
                           "(21, 7, 'follow_up', 'Follow up', '2026-01-12T09:00:00Z', 'cancelled', "
                           "'2026-01-05T09:00:00Z', '2026-01-06T09:00:00Z'), "
                           "(22, 7, 'prep', 'Prepare', '2026-01-06T09:00:00Z', 'pending', '2026-01-06T09:00:00Z', NULL)"),
            QStringLiteral("PRAGMA user_version = 1"),
        };
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        writeRawSqlite(path, statements);

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QVERIFY(Database::latestSchemaVersion() >= 2);
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        const Database& migrated = *db.value();
        QCOMPARE(scalar(migrated, QStringLiteral("SELECT company FROM applications WHERE id = 7")).toString(),
                 QStringLiteral("Acme"));
        QCOMPARE(scalar(migrated, QStringLiteral("SELECT count(*) FROM stage_events WHERE application_id = 7")).toInt(), 2);
        QCOMPARE(scalar(migrated, QStringLiteral("SELECT group_concat(id || ':' || status, ' ') FROM "
                                                 "(SELECT id, status FROM follow_up_tasks ORDER BY id)"))
                     .toString(),
                 QStringLiteral("21:cancelled 22:pending"));
        // The old rows name no event; new ones can, and the columns refer to real events.
        QCOMPARE(scalar(migrated, QStringLiteral("SELECT count(*) FROM follow_up_tasks WHERE created_by_event IS NULL "
                                                 "AND cancelled_by_event IS NULL"))
                     .toInt(),
                 2);
        QSqlQuery query(migrated.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE follow_up_tasks SET created_by_event = 12 WHERE id = 22")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE follow_up_tasks SET cancelled_by_event = 99 WHERE id = 21")));
        QCOMPARE(scalar(migrated, QStringLiteral("PRAGMA foreign_key_check")).isNull(), true);
        QCOMPARE(scalar(migrated, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        // The file was copied before its schema changed.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("backups")))
                     .entryList({QStringLiteral("v1.sqlite-*-before-migration.sqlite")}, QDir::Files)
                     .size(),
                 1);
    }

    void aFileThatIsNotOursIsRefusedAndUntouched_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("statements"); // run on the file through a plain SQLite connection, or
        QTest::addColumn<QByteArray>("bytes");       // these bytes written as they are
        QTest::addColumn<QStringList>("mentions");   // what the refusal must say
        QTest::addColumn<bool>("namesThePath");

        const QString stamp = QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId);
        // Stamped as ours, but holding a table Jobdeck never creates: not migrated, not written.
        QTest::newRow("version 0 with a foreign table")
            << QStringLiteral("v0.sqlite")
            << QStringList{stamp, QStringLiteral("CREATE TABLE user_notes (text TEXT)"),
                           QStringLiteral("INSERT INTO user_notes VALUES ('keep me')")}
            << QByteArray() << QStringList{QStringLiteral("user_notes")} << true;
        QTest::newRow("newer schema")
            << QStringLiteral("future.sqlite")
            << QStringList{stamp, QStringLiteral("CREATE TABLE applications (id INTEGER PRIMARY KEY)"),
                           QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 5)}
            << QByteArray() << QStringList{QStringLiteral("newer")} << false;
        QTest::newRow("another program's SQLite file")
            << QStringLiteral("other.sqlite")
            << QStringList{QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)"),
                           QStringLiteral("INSERT INTO photos (name) VALUES ('cat.jpg')")}
            << QByteArray() << QStringList{QStringLiteral("not a Jobdeck")} << false;
        QTest::newRow("not SQLite") << QStringLiteral("notes.txt") << QStringList()
                                    << QByteArray("company,title\nAcme,Engineer\n")
                                    << QStringList{QStringLiteral("not an SQLite file")} << false;
        // SQLite's header, then garbage: what the refusal says is SQLite's, so only the refusal is pinned.
        QByteArray damaged("SQLite format 3");
        damaged.append('\0');
        damaged.append(QByteArray(4096, '\xAB'));
        QTest::newRow("damaged") << QStringLiteral("broken.sqlite") << QStringList() << damaged << QStringList()
                                 << false;
    }

    void aFileThatIsNotOursIsRefusedAndUntouched()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, statements);
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, mentions);
        QFETCH(bool, namesThePath);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        if (bytes.isEmpty())
            writeRawSqlite(path, statements);
        else
            QVERIFY(test::writeFile(path, bytes));
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        if (namesThePath)
            mentions.append(path);
        for (const QString& mention : std::as_const(mentions))
            QVERIFY2(db.message().contains(mention), qPrintable(db.message()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    void folderIsRefused()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY(!db.ok());
        QVERIFY(db.message().contains(QStringLiteral("folder")));
    }

    void pathResolutionPrefersOptionThenEnvironment()
    {
        qputenv("JOBDECK_DB", "/tmp/from-env.sqlite");
        QCOMPARE(Database::resolvePath(QStringLiteral("/tmp/explicit.sqlite")), QStringLiteral("/tmp/explicit.sqlite"));
        QCOMPARE(Database::resolvePath(), QStringLiteral("/tmp/from-env.sqlite"));
        qunsetenv("JOBDECK_DB");
        QCOMPARE(Database::resolvePath(), Database::defaultPath());
        QVERIFY(Database::defaultPath().endsWith(QStringLiteral("jobdeck.sqlite")));
    }

    void migrationScriptSplitsTriggersWhole()
    {
        const QStringList statements = splitSqlScript(QStringLiteral(
            "-- comment\nCREATE TABLE a (x INT);\n\nCREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n"
            "    SELECT RAISE(ABORT, 'no');\nEND;\nCREATE INDEX i ON a (x);\n"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(statements.at(1).endsWith(QStringLiteral("END;")));
    }

    void foreignTriggerIsRefusedAndTheFileUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("evil.sqlite"));
        makeJobdeckFile(path, 3);
        writeRawSqlite(path, {QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON stage_events BEGIN "
                                             "DELETE FROM applications WHERE id <> NEW.application_id; END")});
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.message().contains(QStringLiteral("trigger")) && db.message().contains(QStringLiteral("\"wipe\"")) &&
                     db.message().contains(path),
                 qPrintable(db.message()));
        QCOMPARE(fileHash(path), before);
        const Result<int> checked = Database::checkFile(path);
        QVERIFY(!checked.ok());
        QVERIFY(checked.message().contains(QStringLiteral("wipe")));
    }

    void viewInPlaceOfATableIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("view.sqlite"));
        makeJobdeckFile(path, 0);
        writeRawSqlite(path, {QStringLiteral("DROP TABLE resumes"),
                              QStringLiteral("CREATE VIEW resumes AS SELECT 1 AS id, 'x' AS name, '' AS file_name, "
                                             "'' AS content, 0 AS is_default, '' AS created_at")});
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.message().contains(QStringLiteral("view")) && db.message().contains(QStringLiteral("resumes")),
                 qPrintable(db.message()));
        QCOMPARE(fileHash(path), before);
    }

    void missingTableOrChangedDefinitionIsRefused()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        makeJobdeckFile(missing, 0);
        writeRawSqlite(missing, {QStringLiteral("DROP TABLE matcher_models")});
        auto db = Database::open(missing);
        QVERIFY(!db.ok());
        QVERIFY2(db.message().contains(QStringLiteral("lacks")) && db.message().contains(QStringLiteral("matcher_models")),
                 qPrintable(db.message()));

        // A table whose definition calls for something else (here a default) is not Jobdeck's either.
        const QString changed = m_dir.filePath(QStringLiteral("changed.sqlite"));
        makeJobdeckFile(changed, 0);
        writeRawSqlite(changed, {QStringLiteral("DROP TABLE settings"),
                                 QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL "
                                                "DEFAULT (random()))")});
        auto other = Database::open(changed);
        QVERIFY(!other.ok());
        QVERIFY2(other.message().contains(QStringLiteral("settings")), qPrintable(other.message()));
    }

    void ownSchemaPassesWithOtherSpacingAndComments()
    {
        QCOMPARE(Schema::normalisedSql(QStringLiteral("CREATE TABLE a (\n  x TEXT, -- why\n  y 'it''s  --' /* c */ )")),
                 QStringLiteral("CREATE TABLE a ( x TEXT, y 'it''s  --' )"));
        const QString path = m_dir.filePath(QStringLiteral("own.sqlite"));
        makeJobdeckFile(path, 2);
        QCOMPARE(Database::checkFile(path).value(), Database::latestSchemaVersion());
    }

    void connectionsAreDefensiveWithAnUntrustedSchema()
    {
        TestDatabase test;
        QCOMPARE(scalar(test.db(), QStringLiteral("PRAGMA trusted_schema")).toInt(), 0);
        QSqlQuery query(test.db().connection());
        query.exec(QStringLiteral("PRAGMA writable_schema = ON"));
        QVERIFY(!query.exec(QStringLiteral("UPDATE sqlite_master SET sql = sql WHERE name = 'settings'")));
        QCOMPARE(scalar(test.db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // The everyday open of a file Jobdeck closed cleanly skips the full integrity check (Database.cpp,
    // OpenStamp); the schema is still verified, and a file checked as a stranger's (checkFile) always is.
    void cleanlyClosedFileSkipsTheFullCheck()
    {
        const QString path = m_dir.filePath(QStringLiteral("everyday.sqlite"));
        makeJobdeckFile(path, 5);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-jobdeck-checked")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        const int before = Database::integrityChecksRun();
        for (int i = 0; i < 3; ++i) {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.message()));
            QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 5);
        }
        QCOMPARE(Database::integrityChecksRun(), before);
        QVERIFY(Database::checkFile(path).ok());
        QCOMPARE(Database::integrityChecksRun(), before + 1);
        QVERIFY(Database::openForeign(path).ok()); // copy --from
        QCOMPARE(Database::integrityChecksRun(), before + 2);

        // Without the stamp (a first open, a file from elsewhere), the full check runs, once.
        QVERIFY(QFile::remove(path + QStringLiteral("-jobdeck-checked")));
        QCOMPARE(fullChecksToOpen(path), 1);
        QCOMPARE(fullChecksToOpen(path), 0);
    }

    void fileChangedByAnotherWriterGetsTheFullCheck()
    {
        const QString path = m_dir.filePath(QStringLiteral("foreign-writer.sqlite"));
        makeJobdeckFile(path, 5);
        writeRawSqlite(path, {QStringLiteral("UPDATE applications SET title = 'Changed' WHERE id = 1")});
        QCOMPARE(fullChecksToOpen(path), 1);
    }

    // While the app holds a file (its instance lock, its connection's -wal), the CLI's opens beside it trust the
    // check the app made as it opened (Database.cpp, HeldStamp), and only then: the holder is another live
    // process, in this boot, the program that took the lock, on the same inode, within a day.
    void fileTheAppHoldsSkipsTheFullCheck()
    {
        const QString path = m_dir.filePath(QStringLiteral("held.sqlite"));
        makeJobdeckFile(path, 5);
        QProcess holder; // the app, as far as the lock can tell
        holder.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(holder.waitForStarted());
        const qint64 pid = holder.processId();
        writeLock(path, pid, "sleep");
        auto app = Database::open(path);
        QVERIFY2(app.ok(), qPrintable(app.message()));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(fullChecksToOpen(path), 1); // no held stamp: a -wal could be a crash's

        app.value()->declareHeld(pid);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-jobdeck-held")));
        QCOMPARE(fullChecksToOpen(path), 0);
        QCOMPARE(fullChecksToOpen(path), 0);
        const int before = Database::integrityChecksRun();
        QVERIFY(Database::openForeign(path).ok()); // copy --from: always in full
        QVERIFY(Database::checkFile(path).ok());
        QCOMPARE(Database::integrityChecksRun(), before + 2);

        // The lock held by another process than the one that wrote the stamp.
        QProcess other;
        other.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(other.waitForStarted());
        writeLock(path, other.processId(), "sleep");
        QCOMPARE(fullChecksToOpen(path), 1);
        // The lock's pid now running another program (a pid reused).
        writeLock(path, pid, "jobdeck");
        QCOMPARE(fullChecksToOpen(path), 1);
        writeLock(path, pid, "sleep");
        QCOMPARE(fullChecksToOpen(path), 0);

        // Another file at that path (another inode), or another boot.
        editHeldStamp(path, 4, "1");
        QCOMPARE(fullChecksToOpen(path), 1);
        app.value()->declareHeld(pid);
        editHeldStamp(path, 2, "another-boot");
        QCOMPARE(fullChecksToOpen(path), 1);
        app.value()->declareHeld(pid);
        QCOMPARE(fullChecksToOpen(path), 0);

        // A check over a day old: once in full, which renews the stamp, then trusted again.
        editHeldStamp(path, 5, QByteArray::number(QDateTime::currentSecsSinceEpoch() - 2 * 24 * 60 * 60));
        QCOMPARE(fullChecksToOpen(path), 1);
        QCOMPARE(fullChecksToOpen(path), 0);

        // The holder gone, as after a crash: its -wal gets the full check.
        holder.kill();
        QVERIFY(holder.waitForFinished());
        QCOMPARE(fullChecksToOpen(path), 1);
        other.kill();
        QVERIFY(other.waitForFinished());

        // The app's close takes its stamp away.
        app.value().reset();
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-jobdeck-held")));
    }

    void leftoverWalOrOldCheckGetsTheFullCheck()
    {
        const QString path = m_dir.filePath(QStringLiteral("leftover.sqlite"));
        makeJobdeckFile(path, 5);
        // A -wal left by a crash (or by another program still using the file).
        {
            QFile wal(path + QStringLiteral("-wal"));
            QVERIFY(wal.open(QIODevice::WriteOnly));
        }
        QCOMPARE(fullChecksToOpen(path), 1);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));

        // A stamp whose full check is over a day old: checked again, then trusted for another day.
        const QString stampPath = path + QStringLiteral("-jobdeck-checked");
        QFile stamp(stampPath);
        QVERIFY(stamp.open(QIODevice::ReadOnly));
        QList<QByteArray> fields = stamp.readAll().trimmed().split(' ');
        stamp.close();
        QCOMPARE(fields.size(), 7);
        fields[6] = QByteArray::number(QDateTime::currentSecsSinceEpoch() - 2 * 24 * 60 * 60);
        QVERIFY(stamp.open(QIODevice::WriteOnly | QIODevice::Truncate));
        stamp.write(fields.join(' ') + '\n');
        stamp.close();
        QCOMPARE(fullChecksToOpen(path), 1);
        QCOMPARE(fullChecksToOpen(path), 0);
    }

    // A stamp of another version, cut short by a crash or edited by hand is no stamp: the open checks in full
    // (and its clean close writes a good stamp again).
    void aStampThatCannotBeReadMeansAFullCheck()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad-stamp.sqlite"));
        makeJobdeckFile(path, 3);
        QCOMPARE(fullChecksToOpen(path), 0);
        QFile stamp(path + QStringLiteral("-jobdeck-checked"));
        QVERIFY(stamp.open(QIODevice::ReadOnly));
        const QList<QByteArray> good = stamp.readAll().trimmed().split(' ');
        stamp.close();
        QCOMPARE(good.size(), 7);
        QList<QByteArray> otherVersion = good;
        otherVersion[0] = "jobdeck-checked-2";
        QList<QByteArray> notANumber = good;
        notANumber[2] = "12x";
        for (const QByteArray& text : {QByteArray(), good.mid(0, 6).join(' '), otherVersion.join(' '),
                                       notANumber.join(' '), (good + QList<QByteArray>{"1"}).join(' ')}) {
            QVERIFY(stamp.open(QIODevice::WriteOnly | QIODevice::Truncate));
            stamp.write(text + '\n');
            stamp.close();
            QVERIFY2(fullChecksToOpen(path) == 1, text.constData());
            QCOMPARE(fullChecksToOpen(path), 0);
        }
    }

    // A page of an index damaged in place after Jobdeck's clean close (same size, and its modification time
    // set back as a careful tool or a restore of times would): the file is still refused, unwritten.
    void damagedIndexPageOfUserFileIsStillRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged-index.sqlite"));
        makeJobdeckFile(path, 10);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-jobdeck-checked")));
        struct stat original = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &original), 0);
        changeOneTimeInPage(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND "
                                                 "name = 'stage_events_at'"));
        if (QTest::currentTestFailed())
            return;
        const struct timespec times[2] = {original.st_atim, original.st_mtim};
        QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
        struct stat damaged = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &damaged), 0);
        QCOMPARE(damaged.st_mtim.tv_sec, original.st_mtim.tv_sec);
        QCOMPARE(damaged.st_mtim.tv_nsec, original.st_mtim.tv_nsec);
        QCOMPARE(damaged.st_size, original.st_size);
        QCOMPARE(damaged.st_ino, original.st_ino);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        const QByteArray before = fileHash(path);
        const int checks = Database::integrityChecksRun();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(Database::integrityChecksRun(), checks + 1);
        QVERIFY2(db.message().contains(QStringLiteral("damaged")) && db.message().contains(path), qPrintable(db.message()));
        QCOMPARE(fileHash(path), before);
    }

    void damagedFileIsRefusedWithoutBeingWritten()
    {
        // One event's time changed in the table's page but not in its indexes (as lost or torn writes leave
        // a file): every page still parses, but SQLite's integrity check finds rows missing from the indexes.
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        makeJobdeckFile(path, 10);
        changeOneTimeInPage(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'stage_events'"));
        if (QTest::currentTestFailed())
            return;
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.message().contains(QStringLiteral("damaged")) && db.message().contains(QStringLiteral("integrity")) &&
                     db.message().contains(path),
                 qPrintable(db.message()));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0); // absent or empty: nothing was written
    }

    void foreignWalDatabaseIsNotCheckpointed()
    {
        // Another program's WAL database with committed pages still in its -wal: reading it to refuse it must
        // not move them into the main file, nor remove the -wal.
        const QString path = m_dir.filePath(QStringLiteral("photos.sqlite"));
        const QString name = QStringLiteral("keeper");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            sqlite3* handle = *static_cast<sqlite3* const*>(db.driver()->handle().constData());
            QCOMPARE(sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr), SQLITE_OK);
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO photos (name) VALUES ('cat.jpg')")));
            query = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        const QString wal = path + QStringLiteral("-wal");
        QVERIFY(QFileInfo(wal).size() > 0);
        const QByteArray mainBefore = fileHash(path);
        const QByteArray walBefore = fileHash(wal);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.message().contains(QStringLiteral("not a Jobdeck")), qPrintable(db.message()));
        QCOMPARE(fileHash(path), mainBefore);
        QCOMPARE(fileHash(wal), walBefore);
    }

    void fifoIsRefusedAtOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("pipe.sqlite"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.message().contains(QStringLiteral("not a regular file")), qPrintable(db.message()));
    }

    void createdFilesAndFolderArePrivate()
    {
        const mode_t previous = ::umask(022);
        const QString folder = m_dir.filePath(QStringLiteral("private/data"));
        const QString path = folder + QStringLiteral("/jobdeck.sqlite");
        {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.message()));
            QSqlQuery query(db.value()->connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
            const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner;
            const auto others = [](const QString& file) {
                return QFileInfo(file).permissions() &
                       (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther |
                        QFile::ExeOther);
            };
            for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
                QVERIFY2(QFileInfo::exists(file), qPrintable(file));
                QVERIFY2(others(file) == 0, qPrintable(file));
                QVERIFY((QFileInfo(file).permissions() & owner) == owner);
            }
            for (const QString& dir : {folder, m_dir.filePath(QStringLiteral("private"))})
                QVERIFY2(others(dir) == 0, qPrintable(dir));
        }
        ::umask(previous);
    }

    void eventLogRefusesDeleteAndReplace()
    {
        TestDatabase test;
        QSqlQuery query(test.db().connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO applications (id, company, title, stage, stage_entered_at, "
                                          "furthest_rank, created_at, updated_at) VALUES (1, 'Acme', 'Dev', 'applied', "
                                          "'2026-01-05T09:00:00Z', 1, '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO stage_events (id, application_id, previous, current, "
                                          "current_rank, at) VALUES (5, 1, NULL, 'applied', 1, '2026-01-05T09:00:00Z')")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM stage_events WHERE id = 5")));
        QVERIFY(query.lastError().databaseText().contains(QStringLiteral("append-only")));
        QVERIFY(!query.exec(QStringLiteral("INSERT OR REPLACE INTO stage_events (id, application_id, previous, current, "
                                           "current_rank, at) VALUES (5, 1, NULL, 'offer', 7, '2026-01-05T09:00:00Z')")));
        QVERIFY(!query.exec(QStringLiteral("REPLACE INTO stage_events (id, application_id, previous, current, "
                                           "current_rank, at) VALUES (5, 1, NULL, 'offer', 7, '2026-01-05T09:00:00Z')")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO stage_events (id, application_id, previous, current, current_rank, "
                                           "at) VALUES (5, 1, NULL, 'offer', 7, '2026-01-05T09:00:00Z') ON CONFLICT (id) "
                                           "DO UPDATE SET current = excluded.current")));
        QCOMPARE(scalar(test.db(), QStringLiteral("SELECT current FROM stage_events WHERE id = 5")).toString(),
                 QStringLiteral("applied"));
        // A new event still goes in, and an application's removal still takes its history with it.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO stage_events (application_id, previous, current, current_rank, "
                                          "at) VALUES (1, 'applied', 'screen', 2, '2026-01-06T09:00:00Z')")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM applications WHERE id = 1")));
        QCOMPARE(scalar(test.db(), QStringLiteral("SELECT count(*) FROM stage_events")).toInt(), 0);
    }

    void failedTransactionRollsBack()
    {
        TestDatabase test;
        const Status status = test.db().transaction([&]() -> Status {
            QSqlQuery query(test.db().connection());
            query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1')"));
            return failure(QStringLiteral("boom"));
        });
        QVERIFY(!status.ok());
        QCOMPARE(scalar(test.db(), QStringLiteral("SELECT count(*) FROM settings")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase_)
#include "tst_database.moc"
