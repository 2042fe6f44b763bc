// Database: opening, pragmas, migrations and refusal of files that are not ours or are newer.
#include "TestDatabase.h"
#include "storage/SqlScript.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace jobdeck;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Writes a raw SQLite file with a plain connection, as another program (or an old Jobdeck) would.
void writeRawSqlite(const QString& path, const QStringList& statements)
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

} // namespace

class TestDatabase_ : public QObject
{
    Q_OBJECT

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

    void upgradeFromVersionZeroKeepsData()
    {
        // A Jobdeck file stamped with our application id but no schema yet (as a crash mid-creation could
        // leave) plus an unrelated table of the user's: migration must add the schema and keep the rest.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v0.sqlite"));
        writeRawSqlite(path, {QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId),
                              QStringLiteral("CREATE TABLE user_notes (text TEXT)"),
                              QStringLiteral("INSERT INTO user_notes VALUES ('keep me')")});
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT text FROM user_notes")).toString(), QStringLiteral("keep me"));
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

    void newerSchemaIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        writeRawSqlite(path, {QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId),
                              QStringLiteral("CREATE TABLE applications (id INTEGER PRIMARY KEY)"),
                              QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 5)});
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.message().contains(QStringLiteral("newer")), qPrintable(db.message()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    void foreignSqliteFileIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        writeRawSqlite(path, {QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)"),
                              QStringLiteral("INSERT INTO photos (name) VALUES ('cat.jpg')")});
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.message().contains(QStringLiteral("not a Jobdeck")), qPrintable(db.message()));
        QCOMPARE(fileHash(path), before);
    }

    void nonSqliteFileIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("company,title\nAcme,Engineer\n");
        file.close();
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.message().contains(QStringLiteral("not an SQLite file")), qPrintable(db.message()));
        QCOMPARE(fileHash(path), before);
    }

    void damagedFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes("SQLite format 3");
        bytes.append('\0');
        bytes.append(QByteArray(4096, '\xAB'));
        file.write(bytes);
        file.close();
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(fileHash(path), before);
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
