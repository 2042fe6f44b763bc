// jobdeck-cli's backups, restores and exports against crashes, concurrent use and hostile paths
// (issue 12, items 4, 5, 6 and 11), end to end against the real binary. Crashes are injected with strace.
#include "CliRun.h"
#include "FileModes.h"
#include "RawConnection.h"
#include "TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define JOBDECK_HAS_ASAN 1
#endif
#endif
#ifndef JOBDECK_HAS_ASAN
#define JOBDECK_HAS_ASAN 0
#endif

namespace {

using jobdeck::test::CliRun;

// Restores under strace take their time on a loaded machine.
constexpr int kTimeoutMs = 120000;

CliRun runProgram(const QString& program, const QStringList& args,
                  const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    return jobdeck::test::runProgram(program, args, environment, kTimeoutMs);
}

QString cliPath() { return QStringLiteral(JOBDECK_CLI_PATH); }

QString fixture(const char* name)
{
    return QStringLiteral(JOBDECK_SOURCE_DIR "/tests/data/import/") + QString::fromLatin1(name);
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray hashOf(const QString& path)
{
    return QCryptographicHash::hash(contents(path), QCryptographicHash::Sha256);
}

using jobdeck::test::writeFile;

using jobdeck::test::modeOf;

// Runs SQL on a file from this process (for settings the CLI has no command for).
bool execOn(const QString& path, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString& sql : statements)
            ok = ok && query.exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestCliSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_strace;

    CliRun on(const QString& database, const QStringList& args)
    {
        return runProgram(cliPath(), QStringList{QStringLiteral("--db"), database} + args);
    }
    CliRun db(const QStringList& args) { return on(m_db, args); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    int count(const QString& database)
    {
        const CliRun run = on(database, {QStringLiteral("--json"), QStringLiteral("list")});
        return run.code == 0 ? int(run.json().array().size()) : -1;
    }
    // Why the CLI cannot be run under strace here (empty when it can): the fault injections need it.
    QString whyStraceCannotInject()
    {
        if (m_strace.isEmpty())
            return QStringLiteral("strace is not installed: the fault injection needs it (apt-get install strace)");
        if (runProgram(m_strace, {QStringLiteral("-f"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                  QStringLiteral("true")})
                .code != 0)
            return QStringLiteral("strace cannot trace here (ptrace is not permitted in this environment)");
        return {};
    }
    // The CLI under strace, with `inject` (strace's -e inject=... expression) applied.
    CliRun traced(const QString& inject, const QStringList& args)
    {
        // LeakSanitizer cannot run under ptrace and would fail every run of an ASan build at exit.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString asan = environment.value(QStringLiteral("ASAN_OPTIONS"));
        environment.insert(QStringLiteral("ASAN_OPTIONS"),
                           asan.isEmpty() ? QStringLiteral("detect_leaks=0") : asan + QStringLiteral(":detect_leaks=0"));
        return runProgram(m_strace,
                          QStringList{QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"),
                                      QStringLiteral("/dev/null"), QStringLiteral("-e"), QStringLiteral("inject=") + inject,
                                      cliPath()} +
                              args,
                          environment);
    }
    QStringList leftovers(const QString& folder, const QString& pattern) const
    {
        return QDir(folder).entryList({pattern}, QDir::Files | QDir::Hidden | QDir::System);
    }
    // A database holding the LinkedIn fixture's three rows, damaged after its first page, and a sound
    // backup of it taken before the damage. Returns the damaged bytes.
    QByteArray damagedDatabaseWithBackup(const QString& backup)
    {
        if (db({QStringLiteral("import"), fixture("linkedin.csv")}).code != 0)
            return {};
        if (db({QStringLiteral("backup"), backup}).code != 0)
            return {};
        {
            QFile file(m_db);
            if (!file.open(QIODevice::ReadWrite))
                return {};
            file.seek(4096);
            file.write(QByteArray(int(file.size() - 4096), '\x5A'));
        }
        QFile::remove(m_db + QStringLiteral("-wal"));
        QFile::remove(m_db + QStringLiteral("-shm"));
        return contents(m_db);
    }

private slots:
    void initTestCase()
    {
        jobdeck::test::useUmask022();
        QVERIFY(m_dir.isValid());
        m_strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    }

    void init()
    {
        const QString folder = path(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(QDir().mkpath(folder));
        m_db = QDir(folder).filePath(QStringLiteral("jobs.sqlite"));
    }

    // Item 4: a kill at any rename, link, fsync or write of `restore` over a damaged database leaves a
    // database at the path, either the damaged one as it was or the restored one, never none (which the
    // next command would silently replace with an empty database).
    void restoreOverADamagedDatabaseSurvivesAKillAtEveryStep()
    {
        if (const QString why = whyStraceCannotInject(); !why.isEmpty())
            QSKIP(qPrintable(why));

        const QString backup = path(QStringLiteral("kill-good.sqlite"));
        const QByteArray damaged = damagedDatabaseWithBackup(backup);
        QVERIFY(!damaged.isEmpty());
        const QString folder = QFileInfo(m_db).absolutePath();

        // One system call at a time: strace counts `when` per call, so a set would never reach the later
        // calls of its rarer members (the single rename() that swaps the copy in comes after two renameat2).
        const QStringList steps{QStringLiteral("rename"), QStringLiteral("renameat"), QStringLiteral("renameat2"),
                                QStringLiteral("link"),   QStringLiteral("linkat"),   QStringLiteral("fsync"),
                                QStringLiteral("fdatasync"), QStringLiteral("write"), QStringLiteral("pwrite64"),
                                QStringLiteral("unlink"), QStringLiteral("unlinkat")};
        int kills = 0;
        QStringList killedAt;
        for (const QString& step : steps) {
            bool finished = false;
            for (int n = 1; n <= 60 && !finished; ++n) {
                // Start from the damaged database each time, with nothing left from the run before.
                for (const QString& name : QDir(folder).entryList(QDir::Files | QDir::Hidden))
                    QFile::remove(QDir(folder).filePath(name));
                QDir(QDir(folder).filePath(QStringLiteral("backups"))).removeRecursively();
                QVERIFY(writeFile(m_db, damaged));

                const CliRun run = traced(QStringLiteral("%1:signal=KILL:when=%2").arg(step).arg(n),
                                       {QStringLiteral("--db"), m_db, QStringLiteral("restore"), backup});
                finished = run.code == 0 && !run.crashed;
                if (!finished) {
                    ++kills;
                    killedAt.append(QStringLiteral("%1#%2").arg(step).arg(n));
                }
                const QString where = QStringLiteral("killed at the %1th %2 call (exit %3, %4)")
                                          .arg(n)
                                          .arg(step)
                                          .arg(run.code)
                                          .arg(QString::fromUtf8(run.err));
                QVERIFY2(QFileInfo(m_db).isFile(), qPrintable(QStringLiteral("no database left: ") + where));
                const bool old = contents(m_db) == damaged;
                if (!old) {
                    // Not the damaged file: then it must be the complete restored copy.
                    QCOMPARE(hashOf(m_db), hashOf(backup));
                    QCOMPARE(count(m_db), 3);
                } else {
                    QVERIFY2(!finished, qPrintable(QStringLiteral("restore said done but did nothing: ") + where));
                    // The damaged file is still there, so the next start cannot make an empty one.
                    QVERIFY2(count(m_db) != 0, qPrintable(where));
                }
                // The damaged file is never lost: at the path, or kept beside it.
                if (!old) {
                    bool kept = false;
                    for (const QString& name : leftovers(folder, QStringLiteral("jobs.sqlite.damaged-*"))) {
                        if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")) &&
                            contents(QDir(folder).filePath(name)) == damaged)
                            kept = true;
                    }
                    QVERIFY2(kept, qPrintable(QStringLiteral("the damaged file was not kept: ") + where));
                }
            }
            QVERIFY2(finished, qPrintable(QStringLiteral("restore never finished under %1").arg(step)));
        }
        qInfo("restore was killed at %d different steps: %s", kills, qPrintable(killedAt.join(QLatin1Char(' '))));
        // The swap itself, the link keeping the damaged file, and the moves of its journal files were all hit.
        QVERIFY2(killedAt.contains(QStringLiteral("rename#1")) || killedAt.contains(QStringLiteral("renameat#1")),
                 qPrintable(killedAt.join(QLatin1Char(' '))));
        QVERIFY(kills >= 5);
    }

    // Item 5: a healthy database whose integrity check cannot run (another connection holds it exclusively)
    // is not "damaged": it is not set aside and replaced, and its committed transaction in the -wal stays.
    void aDatabaseThatCannotBeCheckedIsNotTreatedAsDamaged()
    {
        QCOMPARE(db({QStringLiteral("import"), fixture("linkedin.csv")}).code, 0);
        const QString backup = path(QStringLiteral("locked-good.sqlite"));
        QCOMPARE(db({QStringLiteral("backup"), backup}).code, 0);
        QCOMPARE(db({QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("Initech"),
                     QStringLiteral("--title"), QStringLiteral("Dev")})
                     .code,
                 0);

        CliRun run;
        {
            jobdeck::test::RawConnection holder(m_db);
            QVERIFY(holder.isOpen());
            QVERIFY(holder.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(holder.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            // A committed transaction that lives only in the -wal while this connection is open.
            QVERIFY(holder.exec(QStringLiteral("UPDATE applications SET notes = 'committed in the wal'")));
            QVERIFY(QFileInfo(m_db + QStringLiteral("-wal")).size() > 0);

            run = db({QStringLiteral("restore"), backup});
        }
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("cannot check") && run.err.contains("jobs.sqlite"), run.err.constData());
        QCOMPARE(leftovers(QFileInfo(m_db).absolutePath(), QStringLiteral("jobs.sqlite.damaged-*")),
                 QStringList());
        QCOMPARE(count(m_db), 4);
        // The wal's update is in the database.
        jobdeck::test::RawConnection check(m_db);
        QVERIFY(check.isOpen());
        const QVariant inWal =
            check.value(QStringLiteral("SELECT count(*) FROM applications WHERE notes = 'committed in the wal'"));
        QVERIFY(inWal.isValid());
        QCOMPARE(inWal.toInt(), 4);
    }

    // Item 5: a restore that fails (the disk fills up while the copy is written) leaves the database as one
    // unit: the main file and its -wal, which holds a committed transaction, both at their paths.
    void aFailedRestoreLeavesTheDatabaseWithItsWal()
    {
        if (const QString why = whyStraceCannotInject(); !why.isEmpty())
            QSKIP(qPrintable(why));

#if defined(__SANITIZE_ADDRESS__) || JOBDECK_HAS_ASAN
        QSKIP("AddressSanitizer's runtime checks memory with write() on a pipe and aborts when it fails, so a "
              "full disk cannot be injected into an ASan build");
#endif
        QCOMPARE(db({QStringLiteral("import"), fixture("linkedin.csv")}).code, 0);
        const QString backup = path(QStringLiteral("full-good.sqlite"));
        QCOMPARE(db({QStringLiteral("backup"), backup}).code, 0);
        const QString victim = QFileInfo(m_db).dir().filePath(QStringLiteral("victim.sqlite"));
        {
            jobdeck::test::RawConnection writer(m_db);
            QVERIFY(writer.isOpen());
            QVERIFY(writer.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(writer.exec(QStringLiteral("UPDATE applications SET notes = 'committed in the wal'")));
            // The files as they are while that transaction lives only in the -wal.
            QVERIFY(QFile::copy(m_db, victim));
            QVERIFY(QFile::copy(m_db + QStringLiteral("-wal"), victim + QStringLiteral("-wal")));
        }
        {
            QFile file(victim);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(4096);
            file.write(QByteArray(int(file.size() - 4096), '\x5A'));
        }
        const QByteArray main = contents(victim);
        const QByteArray wal = contents(victim + QStringLiteral("-wal"));
        QVERIFY(!wal.isEmpty());

        // Every way of copying fails with "no space left" (SQLite itself writes with pwrite64, so only the
        // copy is hit).
        const QString fault = QStringLiteral("write,sendfile,copy_file_range:error=ENOSPC");
        const CliRun run = traced(fault,
                               {QStringLiteral("--db"), victim, QStringLiteral("restore"), backup});
        QCOMPARE(run.code, 1);
        QCOMPARE(contents(victim), main);
        QCOMPARE(contents(victim + QStringLiteral("-wal")), wal);
        QCOMPARE(leftovers(QFileInfo(victim).absolutePath(), QStringLiteral("victim.sqlite.*")), QStringList());
    }

    // Item 6: jobs.sqlite and jobs.db in one folder keep two sets of backups.
    void twoDatabasesOfOneStemKeepTheirOwnBackups()
    {
        const QString other = QFileInfo(m_db).dir().filePath(QStringLiteral("jobs.db"));
        QCOMPARE(db({QStringLiteral("import"), fixture("linkedin.csv")}).code, 0);
        QCOMPARE(on(other, {QStringLiteral("import"), fixture("teal.csv")}).code, 0);
        const QString backups = QFileInfo(m_db).dir().filePath(QStringLiteral("backups"));
        const QStringList mine = leftovers(backups, QStringLiteral("jobs.sqlite-*-before-import.sqlite"));
        const QStringList theirs = leftovers(backups, QStringLiteral("jobs.db-*-before-import.sqlite"));
        QCOMPARE(mine.size(), 1);
        QCOMPARE(theirs.size(), 1);
        QCOMPARE(count(QDir(backups).filePath(mine.first())), 0); // taken before the import
    }

    // Item 6: restore keeps the database's own settings, so a backup's backup.keep = 1 cannot prune the
    // copy of what the restore replaced.
    void restoreKeepsTheCurrentSettings()
    {
        QCOMPARE(db({QStringLiteral("import"), fixture("linkedin.csv")}).code, 0);
        QVERIFY(execOn(m_db, {QStringLiteral("INSERT INTO settings (key, value) VALUES ('backup.keep', '1')")}));
        const QString backup = path(QStringLiteral("keep-one.sqlite"));
        QCOMPARE(db({QStringLiteral("backup"), backup}).code, 0);
        QVERIFY(execOn(m_db, {QStringLiteral("DELETE FROM settings WHERE key = 'backup.keep'")}));

        QCOMPARE(db({QStringLiteral("restore"), backup}).code, 0);
        QCOMPARE(db({QStringLiteral("restore"), backup}).code, 0);
        const QString backups = QFileInfo(m_db).dir().filePath(QStringLiteral("backups"));
        QCOMPARE(leftovers(backups, QStringLiteral("*-before-restore.sqlite")).size(), 2);
    }

    // Item 8: a shared backup that carries a trigger of its own is refused before anything in it can run, and
    // the database it would have replaced is left as it was.
    void restoreRefusesABackupWithAForeignTrigger()
    {
        QCOMPARE(db({QStringLiteral("import"), fixture("linkedin.csv")}).code, 0);
        const QString backup = path(QStringLiteral("shared.sqlite"));
        QCOMPARE(db({QStringLiteral("backup"), backup}).code, 0);
        QVERIFY(execOn(backup, {QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON applications "
                                               "BEGIN DELETE FROM applications WHERE id <> NEW.id; END")}));
        const QByteArray before = hashOf(m_db);

        const CliRun restored = db({QStringLiteral("restore"), backup});
        QCOMPARE(restored.code, 1);
        QVERIFY2(restored.err.contains("wipe"), restored.err.constData());
        QCOMPARE(hashOf(m_db), before);
        QCOMPARE(count(m_db), 3);
    }

    // Item 6: what killed backups leave behind is cleaned once it is old and nobody writes it.
    void staleLeftoversOfKilledBackupsAreCleaned()
    {
        QCOMPARE(db({QStringLiteral("import"), fixture("linkedin.csv")}).code, 0);
        const QDir backups(QFileInfo(m_db).dir().filePath(QStringLiteral("backups")));
        const QString stale = backups.filePath(QStringLiteral("jobs.sqlite-20260101-000000-daily.sqlite.partial"));
        const QString fresh = backups.filePath(QStringLiteral("jobs.sqlite-20260101-000001-daily.sqlite.partial"));
        QVERIFY(writeFile(stale, "half a backup"));
        QVERIFY(writeFile(fresh, "a backup being written"));
        {
            QFile file(stale);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
        }
        const QString backup = path(QStringLiteral("stale-good.sqlite"));
        QCOMPARE(db({QStringLiteral("backup"), backup}).code, 0);
        QCOMPARE(db({QStringLiteral("restore"), backup}).code, 0); // makes a before-restore copy in the set
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(fresh));
    }

    // Every import is preceded by a backup of its own: restoring the one before the second import of a day
    // takes back that import and keeps the first (the day's daily backup would have dropped both).
    void eachImportIsPrecededByItsOwnBackup()
    {
        QCOMPARE(db({QStringLiteral("import"), fixture("linkedin.csv")}).code, 0);
        const int afterFirst = count(m_db);
        QVERIFY(afterFirst > 0);
        QCOMPARE(db({QStringLiteral("import"), fixture("teal.csv")}).code, 0);
        QVERIFY(count(m_db) > afterFirst);
        const QString backups = QFileInfo(m_db).dir().filePath(QStringLiteral("backups"));
        const QStringList before = leftovers(backups, QStringLiteral("jobs.sqlite-*-before-import.sqlite"));
        QCOMPARE(before.size(), 2);
        // Told apart by what they hold: both may be from the same second, where names do not sort by time.
        QString beforeSecond;
        QList<int> held;
        for (const QString& name : before) {
            held.append(count(QDir(backups).filePath(name)));
            if (held.last() == afterFirst)
                beforeSecond = QDir(backups).filePath(name);
        }
        std::sort(held.begin(), held.end());
        QCOMPARE(held, (QList<int>{0, afterFirst}));
        QCOMPARE(db({QStringLiteral("restore"), beforeSecond}).code, 0);
        QCOMPARE(count(m_db), afterFirst);
        // A dry run writes nothing, so it backs nothing up either.
        QCOMPARE(db({QStringLiteral("import"), fixture("teal.csv"), QStringLiteral("--dry-run")}).code, 0);
        QCOMPARE(leftovers(backups, QStringLiteral("jobs.sqlite-*-before-import.sqlite")).size(), 2);
    }

    // Item 11: backups, exports and the backup folder are private under umask 022.
    void backupsAndExportsArePrivate()
    {
        JOBDECK_SKIP_WITHOUT_FILE_MODES();
        QCOMPARE(db({QStringLiteral("import"), fixture("linkedin.csv")}).code, 0);
        const QString backups = QFileInfo(m_db).dir().filePath(QStringLiteral("backups"));
        QCOMPARE(modeOf(backups), 0700);
        const QStringList daily = leftovers(backups, QStringLiteral("*.sqlite"));
        QCOMPARE(daily.size(), 1);
        QCOMPARE(modeOf(QDir(backups).filePath(daily.first())), 0600);

        const QString copy = path(QStringLiteral("private-copy.sqlite"));
        QCOMPARE(db({QStringLiteral("backup"), copy}).code, 0);
        QCOMPARE(modeOf(copy), 0600);
        for (const char* name : {"private.json", "private.csv"}) {
            const QString out = path(QString::fromLatin1(name));
            QCOMPARE(db({QStringLiteral("export"), out}).code, 0);
            QCOMPARE(modeOf(out), 0600);
        }
    }

    // Item 11: export never writes through a symbolic link at the destination.
    void exportRefusesASymlinkAndLeavesItsTargetAlone()
    {
        JOBDECK_SKIP_WITHOUT_FILE_MODES();
        QCOMPARE(db({QStringLiteral("import"), fixture("linkedin.csv")}).code, 0);
        const QString victim = path(QStringLiteral("victim.txt"));
        QVERIFY(writeFile(victim, "do not touch"));
        const QString link = path(QStringLiteral("link.json"));
        QVERIFY(QFile::link(victim, link));
        const CliRun run = db({QStringLiteral("export"), link});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("link.json") && run.err.contains("link"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QCOMPARE(contents(victim), QByteArrayLiteral("do not touch"));
        QVERIFY(QFileInfo(link).isSymLink());
    }

    // Item 11: `--db jobs.json export jobs.json` must not overwrite the database.
    void exportRefusesToOverwriteTheDatabase()
    {
        const QString json = QFileInfo(m_db).dir().filePath(QStringLiteral("jobs.json"));
        QCOMPARE(on(json, {QStringLiteral("import"), fixture("linkedin.csv")}).code, 0);
        const QByteArray before = hashOf(json);
        const CliRun run = on(json, {QStringLiteral("export"), json});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains("jobs.json"), run.err.constData());
        QCOMPARE(hashOf(json), before);
        QCOMPARE(count(json), 3);

        // The same file under another name (a hard link) is the database too.
        const QString alias = QFileInfo(m_db).dir().filePath(QStringLiteral("alias.json"));
        QVERIFY(jobdeck::test::hardLink(json, alias));
        QCOMPARE(on(json, {QStringLiteral("export"), alias}).code, 1);
        QCOMPARE(hashOf(json), before);
    }
};

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_cli_safety.moc"
