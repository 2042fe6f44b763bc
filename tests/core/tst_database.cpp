// Database: opening, pragmas, migrations and refusal of files that are not ours or are newer.
#include "TestDatabase.h"
#include "storage/SqlScript.h"

#include <QCryptographicHash>
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
