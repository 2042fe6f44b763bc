// SqliteFileGuard: no code in the process can open (and so, by closing, unlock) a file SQLite holds, and
// another process working on the database at the same time never finds it unlocked.
#include "pipeline/PipelineService.h"
#include "storage/SqliteFileGuard.h"
#include "util/Clock.h"
#include "PosixLocks.h"
#include "TestDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace jobdeck;

namespace {

qint64 addApplication(PipelineService& pipeline, const QString& company)
{
    ApplicationDraft draft;
    draft.company = company;
    draft.title = QStringLiteral("Engineer");
    const Result<qint64> id = pipeline.create(draft);
    return id ? id.value() : -1;
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QString& db, const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(JOBDECK_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// What a file dialog or a MIME sniffer does to every file of a folder: open, read a little, close.
void touchLikeAFileDialog(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        file.read(64);
}

} // namespace

class TestSqliteFileGuard : public QObject
{
    Q_OBJECT

private slots:
    void guardIsActiveOnLinux()
    {
#ifdef Q_OS_LINUX
        TestDatabase test;
        QVERIFY(test.ok());
        QVERIFY(SqliteFileGuard::isActive());
        QVERIFY(SqliteFileGuard::isHeldBySqlite(test.path()));
#else
        QSKIP("The guard works through glibc symbol interposition: Linux only.");
#endif
    }

    void opensOfTheDatabaseFilesAreRefused()
    {
#ifndef Q_OS_LINUX
        QSKIP("Linux only.");
#endif
        TestDatabase test;
        QVERIFY(test.ok());
        const QString wal = test.path() + QStringLiteral("-wal");
        const QString shm = test.path() + QStringLiteral("-shm");
        QVERIFY(QFileInfo::exists(shm));
        const quint64 refusedBefore = SqliteFileGuard::refusedOpens();

        for (const QString& path : {test.path(), wal, shm}) {
            QFile file(path);
            QVERIFY2(!file.open(QIODevice::ReadOnly), qPrintable(path));
        }
        QCOMPARE(std::fopen(QFile::encodeName(shm).constData(), "rb"), nullptr);
        QCOMPARE(::open(QFile::encodeName(test.path()).constData(), O_RDONLY), -1);
        QCOMPARE(errno, EACCES);
        QVERIFY(SqliteFileGuard::refusedOpens() >= refusedBefore + 5);

        // Anything else in the folder opens as usual.
        QFile other(test.folder() + QStringLiteral("/notes.txt"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        QVERIFY(other.write("hello") == 5);
    }

    void locksSurviveWhatAFileDialogDoesToTheFolder()
    {
#ifndef Q_OS_LINUX
        QSKIP("Linux only.");
#endif
        TestDatabase test;
        QVERIFY(test.ok());
        const QString shm = test.path() + QStringLiteral("-shm");
        const int before = test::posixLocksHeldOn(shm);
        QVERIFY2(before > 0, "SQLite holds a read lock on the -shm of an open WAL database");

        for (const QString& path : {test.path(), test.path() + QStringLiteral("-wal"), shm})
            touchLikeAFileDialog(path);

        QCOMPARE(test::posixLocksHeldOn(shm), before);
    }

    // The data loss of issue 12: another process, finding the database unlocked, checkpointed and deleted the
    // -wal and -shm under this one, and the writes of both sides went to different files.
    void anotherProcessSeesEveryWriteWhileThisOneHoldsTheDatabase()
    {
        TestDatabase test;
        QVERIFY(test.ok());
        SystemClock clock;
        PipelineService pipeline(test.db(), clock);
        QVERIFY(addApplication(pipeline, QStringLiteral("Before")) > 0);

        for (const QString& path :
             {test.path(), test.path() + QStringLiteral("-wal"), test.path() + QStringLiteral("-shm")})
            touchLikeAFileDialog(path);

        const Run list = cli(test.path(), {QStringLiteral("--json"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
        QVERIFY2(QFileInfo::exists(test.path() + QStringLiteral("-wal")), "the other process deleted the -wal");

        const Run added = cli(test.path(), {QStringLiteral("add"), QStringLiteral("--company"),
                                            QStringLiteral("FromCli"), QStringLiteral("--title"),
                                            QStringLiteral("Engineer")});
        QCOMPARE(added.code, 0);
        const qint64 ours = addApplication(pipeline, QStringLiteral("FromHere"));
        QVERIFY(ours > 0);
        QVERIFY(ours != added.out.trimmed().toLongLong());

        QCOMPARE(scalar(test.db(), QStringLiteral("SELECT COUNT(*) FROM applications")).toInt(), 3);
        const Run again = cli(test.path(), {QStringLiteral("--json"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(again.out).array().size(), 3);
        QCOMPARE(scalar(test.db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestSqliteFileGuard)
#include "tst_sqlitefileguard.moc"
