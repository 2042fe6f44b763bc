#include "FileModes.h"
#include "MockClock.h"
#include "RawConnection.h"
#include "TestDatabase.h"

#include "io/Backup.h"
#include "io/BackupSet.h"
#include "io/InstanceLock.h"
#include "io/PrivateFile.h"
#include "pipeline/PipelineService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QProcess>
#include <QTest>
#include <QMutex>
#include <QThread>


using namespace jobdeck;
using namespace jobdeck::io;

class TestBackup : public QObject
{
    Q_OBJECT

private:
    MockClock m_clock;

    void add(const Database& db, const QString& company)
    {
        ApplicationDraft d;
        d.company = company;
        d.title = QStringLiteral("Engineer");
        QVERIFY(PipelineService(db, m_clock).create(d));
    }
    // Creates the database at `path` with Acme in it and backs it up to `backup`: in *opened, still open.
    void openWithABackup(const QString& path, const QString& backup, std::unique_ptr<Database>* opened)
    {
        auto db = Database::open(path);
        QVERIFY(db);
        add(*db.value(), QStringLiteral("Acme"));
        QVERIFY(Backup::copyTo(*db.value(), backup));
        *opened = std::move(db).value();
    }
    static int applications(const Database& db)
    {
        return scalar(db, QStringLiteral("SELECT count(*) FROM applications")).toInt();
    }
    static int applicationsIn(const QString& path)
    {
        auto db = Database::open(path);
        return db ? applications(*db.value()) : -1;
    }
    // A copy of `path` with its pages after the first overwritten: SQLite's header intact, the data not.
    static QString damagedCopy(const QString& path, const QString& to)
    {
        QFile::copy(path, to);
        QFile file(to);
        if (!file.open(QIODevice::ReadWrite))
            return {};
        file.seek(4096);
        file.write(QByteArray(int(file.size() - 4096), '\xA5'));
        return to;
    }

    static int modeOf(const QString& path) { return test::modeOf(path); }
    static bool touch(const QString& path, int ageSecs = 0)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("x");
        file.flush(); // before the time is set, or the buffered write would touch it again
        return ageSecs == 0 ||
               file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-ageSecs), QFileDevice::FileModificationTime);
    }

private slots:
    void initTestCase() { test::useUmask022(); }

    void aBackupIsASoundCopyWithTheSameData()
    {
        TestDatabase t;
        add(t.db(), QStringLiteral("Acme"));
        add(t.db(), QStringLiteral("Globex"));
        const QString copy = t.folder() + QStringLiteral("/copy.sqlite");
        const Status copied = Backup::copyTo(t.db(), copy);
        QVERIFY2(copied, qPrintable(copied.message()));
        QVERIFY(Backup::verify(copy));
        QCOMPARE(applicationsIn(copy), 2);
        // What the restore dialog names before it asks.
        const Result<qint64> counted = Backup::applicationCount(copy);
        QVERIFY2(counted, qPrintable(counted.message()));
        QCOMPARE(counted.value(), 2);
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".partial")));
        // Nothing of the copy's partial name is left, not even the stamp its clean close wrote.
        QCOMPARE(QDir(t.folder()).entryList({QStringLiteral("copy.sqlite.partial*")}, QDir::Files | QDir::Hidden),
                 QStringList());
    }

    void aBackupNeverOverwritesAFileOrWritesIntoAMissingFolder()
    {
        TestDatabase t;
        const QString existing = t.folder() + QStringLiteral("/existing.sqlite");
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        QVERIFY(!Backup::copyTo(t.db(), existing));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArrayLiteral("keep me"));
        QVERIFY(!Backup::copyTo(t.db(), t.folder() + QStringLiteral("/no/such/folder/b.sqlite")));
    }

    void verifyRefusesWhatIsNotASoundJobdeckDatabase()
    {
        TestDatabase t;
        add(t.db(), QStringLiteral("Acme"));
        const QString folder = t.folder();

        QFile text(folder + QStringLiteral("/notes.sqlite"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("just text");
        text.close();
        QVERIFY(!Backup::verify(text.fileName()));
        QVERIFY(!Backup::verify(folder + QStringLiteral("/missing.sqlite")));
        QVERIFY(!Backup::applicationCount(text.fileName()));
        QCOMPARE(Backup::applicationCount(folder + QStringLiteral("/missing.sqlite")).error().kind,
                 Error::Kind::NotFound);

        const QString copy = folder + QStringLiteral("/copy.sqlite");
        QVERIFY(Backup::copyTo(t.db(), copy));
        const QString damaged = damagedCopy(copy, folder + QStringLiteral("/damaged.sqlite"));
        const Status verdict = Backup::verify(damaged);
        QVERIFY(!verdict);
        QVERIFY(!Backup::applicationCount(damaged));
        QVERIFY2(verdict.message().contains(QStringLiteral("damaged")) || verdict.message().contains(QStringLiteral("malformed")),
                 qPrintable(verdict.message()));

        {
            auto newer = Database::open(copy);
            QVERIFY(newer);
            QSqlQuery query(newer.value()->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        QVERIFY(!Backup::verify(copy));
    }

    void restoreReplacesEverythingAndKeepsWhatItReplaced()
    {
        TestDatabase t;
        add(t.db(), QStringLiteral("Acme"));
        const QString copy = t.folder() + QStringLiteral("/one.sqlite");
        QVERIFY(Backup::copyTo(t.db(), copy));
        add(t.db(), QStringLiteral("Globex"));
        add(t.db(), QStringLiteral("Initech"));

        // A second connection on the same file, as a running app would hold.
        auto other = Database::open(t.path());
        QVERIFY(other);
        QCOMPARE(applications(*other.value()), 3);

        BackupSet keep(t.path());
        const Result<QString> kept = Backup::restore(t.db(), copy, keep, m_clock.now());
        QVERIFY2(kept, qPrintable(kept.message()));
        QCOMPARE(applications(t.db()), 1);
        QCOMPARE(applications(*other.value()), 1);
        QVERIFY(kept->contains(QStringLiteral("before-restore")));
        QCOMPARE(applicationsIn(kept.value()), 3);
        QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM stage_events")).toInt(), 1);
    }

    void restoreFromADamagedCopyChangesNothing()
    {
        TestDatabase t;
        add(t.db(), QStringLiteral("Acme"));
        const QString copy = t.folder() + QStringLiteral("/copy.sqlite");
        QVERIFY(Backup::copyTo(t.db(), copy));
        const QString damaged = damagedCopy(copy, t.folder() + QStringLiteral("/damaged.sqlite"));
        add(t.db(), QStringLiteral("Globex"));
        BackupSet keep(t.path());
        QVERIFY(!Backup::restore(t.db(), damaged, keep, m_clock.now()));
        QVERIFY(!Backup::restore(t.db(), t.path(), keep, m_clock.now()));
        QCOMPARE(applications(t.db()), 2);
        QVERIFY(keep.list().isEmpty());
    }

    void theSetKeepsOnlyTheNewest()
    {
        TestDatabase t;
        add(t.db(), QStringLiteral("Acme"));
        BackupSet set(t.path(), 3);
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            m_clock.advanceSecs(3600);
            const Result<QString> path = set.create(t.db(), QStringLiteral("manual"), m_clock.now());
            QVERIFY2(path, qPrintable(path.message()));
            made.append(path.value());
        }
        const QStringList kept = set.list();
        QCOMPARE(kept, (QStringList{made.at(4), made.at(3), made.at(2)}));
        QCOMPARE(set.latest(), made.at(4));
        QVERIFY(!QFileInfo::exists(made.at(0)));
    }

    void twoBackupsInTheSameSecondBothSurvive()
    {
        TestDatabase t;
        BackupSet set(t.path(), 5);
        const Result<QString> a = set.create(t.db(), QStringLiteral("manual"), m_clock.now());
        const Result<QString> b = set.create(t.db(), QStringLiteral("manual"), m_clock.now());
        QVERIFY(a && b);
        QVERIFY(a.value() != b.value());
        QCOMPARE(set.list().size(), 2);
    }

    void aDailyBackupIsMadeOncePerDay()
    {
        TestDatabase t;
        BackupSet set(t.path());
        const Result<QString> first = set.ensureDaily(t.db(), m_clock.now());
        QVERIFY(first && !first->isEmpty());
        m_clock.advanceSecs(3600);
        const Result<QString> second = set.ensureDaily(t.db(), m_clock.now());
        QVERIFY(second && second->isEmpty());
        m_clock.advanceDays(1);
        const Result<QString> third = set.ensureDaily(t.db(), m_clock.now());
        QVERIFY(third && !third->isEmpty());
        QCOMPARE(set.list().size(), 2);
    }

    void howManyAreKeptIsASetting()
    {
        TestDatabase t;
        QCOMPARE(BackupSet::forDatabase(t.db()).keep(), BackupSet::kDefaultKeep);
        QSqlQuery query(t.db().connection());
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        query.addBindValue(BackupSet::settingKey());
        query.addBindValue(QStringLiteral("2"));
        QVERIFY(query.exec());
        QCOMPARE(BackupSet::forDatabase(t.db()).keep(), 2);
    }

    void aMigrationIsPrecededByACopyInTheBackupSet()
    {
        TestDatabase t;
        add(t.db(), QStringLiteral("Acme"));
        QSqlDatabase connection = t.db().connection();
        const Status saved = Backup::beforeMigration(connection, t.path(), 1);
        QVERIFY2(saved, qPrintable(saved.message()));
        const QStringList set = BackupSet(t.path()).list();
        QCOMPARE(set.size(), 1);
        QVERIFY(set.first().endsWith(QStringLiteral("-before-migration.sqlite")));
        QCOMPARE(applicationsIn(set.first()), 1);
    }

    void aSecondInstanceIsToldWhoHasTheDatabase()
    {
        TestDatabase t;
        InstanceLock first(t.path());
        QVERIFY(first.tryLock());
        InstanceLock second(t.path());
        QVERIFY(!second.tryLock());
        QVERIFY(second.message().contains(QString::number(QCoreApplication::applicationPid())));
        // Both connections still work on the same file.
        auto other = Database::open(t.path());
        QVERIFY(other);
        add(t.db(), QStringLiteral("Acme"));
        QCOMPARE(applications(*other.value()), 1);
        first.unlock();
        QVERIFY(second.tryLock());
    }

    void aRefusedSwitchNamesTheFileAndWhoHasIt()
    {
        TestDatabase t;
        InstanceLock first(t.path());
        QVERIFY(first.tryLock());
        InstanceLock second(t.path());
        QVERIFY(!second.tryLock());
        QVERIFY(second.isHeldElsewhere());
        QVERIFY(second.refusal().contains(t.path()));
        QVERIFY(second.refusal().contains(QString::number(QCoreApplication::applicationPid())));
        QVERIFY(second.refusal() != second.message());
    }

    void aLockThatCannotBeWrittenIsNotTakenForAnotherInstance()
    {
        // A folder that does not exist: the lock file cannot be created, even by root.
        QTemporaryDir dir;
        InstanceLock lock(dir.filePath(QStringLiteral("missing/jobdeck.sqlite")));
        QVERIFY(!lock.tryLock());
        QVERIFY(!lock.isHeldElsewhere());
    }

    void aDamagedDatabaseIsReplacedAndKeptAside()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("jobdeck.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        {
            std::unique_ptr<Database> db;
            openWithABackup(live, backup, &db);
            if (QTest::currentTestFailed())
                return;
            add(*db, QStringLiteral("Globex"));
        }
        QVERIFY(QFile::remove(live + QStringLiteral("-wal")) || !QFileInfo::exists(live + QStringLiteral("-wal")));
        const QString damaged = damagedCopy(live, dir.filePath(QStringLiteral("tmp.sqlite")));
        QVERIFY(QFile::remove(live));
        QVERIFY(QFile::rename(damaged, live));
        QVERIFY(!Backup::verify(live));

        const Result<QString> aside = Backup::replaceFile(live, backup, m_clock.now());
        QVERIFY2(aside, qPrintable(aside.message()));
        QVERIFY(QFileInfo::exists(aside.value()));
        QCOMPARE(applicationsIn(live), 1);
    }

    // Item 3: parallel backups in the same second pick different names and never touch each other's files.
    void parallelBackupsInTheSameSecondAllSurvive()
    {
        TestDatabase t;
        add(t.db(), QStringLiteral("Acme"));
        BackupSet set(t.path(), 100);
        const QDateTime now = m_clock.now();
        constexpr int kThreads = 4;
        constexpr int kEach = 5;
        QList<QThread*> threads;
        QStringList made;
        QStringList errors;
        QMutex mutex;
        for (int i = 0; i < kThreads; ++i) {
            threads.append(QThread::create([&]() {
                for (int n = 0; n < kEach; ++n) {
                    const Result<QString> path = set.create(t.db(), QStringLiteral("daily"), now);
                    const QMutexLocker lock(&mutex);
                    if (path)
                        made.append(path.value());
                    else
                        errors.append(path.message());
                }
            }));
        }
        for (QThread* thread : std::as_const(threads))
            thread->start();
        for (QThread* thread : std::as_const(threads)) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(errors, QStringList());
        made.removeDuplicates();
        QCOMPARE(made.size(), kThreads * kEach);
        for (const QString& path : std::as_const(made))
            QVERIFY2(Backup::verify(path), qPrintable(path));
        QCOMPARE(set.list().size(), kThreads * kEach);
        QCOMPARE(QDir(set.folder()).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden), QStringList());
    }

    // Item 5: "cannot check" (the check could not run) is not "damaged".
    void aDatabaseThatCannotBeCheckedIsNotDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobdeck.sqlite"));
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        {
            std::unique_ptr<Database> db;
            openWithABackup(path, copy, &db);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(int(Backup::health(path).verdict), int(Backup::Health::Verdict::Sound));
        {
            // Another program holds the file exclusively: the check cannot run.
            test::RawConnection holder(path);
            QVERIFY(holder.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            QVERIFY(holder.exec(QStringLiteral("UPDATE applications SET notes = 'held'")));
            const Backup::Health health = Backup::health(path);
            QCOMPARE(int(health.verdict), int(Backup::Health::Verdict::CannotCheck));
            QVERIFY(!health.reason.isEmpty());
            QVERIFY(!Backup::isDamaged(path));
        }
        const QString damaged = damagedCopy(copy, dir.filePath(QStringLiteral("damaged.sqlite")));
        QCOMPARE(int(Backup::health(damaged).verdict), int(Backup::Health::Verdict::Damaged));
        QVERIFY(Backup::isDamaged(damaged));
    }

    // Item 5: the damaged file goes aside with its -wal, so a transaction committed there is kept.
    void aReplacedFileKeepsItsWalWithIt()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("jobdeck.sqlite"));
        const QString victim = dir.filePath(QStringLiteral("victim.sqlite"));
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        {
            std::unique_ptr<Database> db;
            openWithABackup(live, backup, &db);
            if (QTest::currentTestFailed())
                return;
            test::RawConnection writer(live);
            QVERIFY(writer.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(writer.exec(QStringLiteral("UPDATE applications SET notes = 'only in the wal'")));
            // A snapshot of the files while the transaction lives only in the -wal. Taken by another process:
            // in this one SqliteFileGuard refuses to open files SQLite holds (a close would drop its locks).
            QCOMPARE(QProcess::execute(QStringLiteral("cp"), {live, victim}), 0);
            QCOMPARE(QProcess::execute(QStringLiteral("cp"), {live + QStringLiteral("-wal"), victim + QStringLiteral("-wal")}), 0);
        }
        const Result<QString> aside = Backup::replaceFile(victim, backup, m_clock.now());
        QVERIFY2(aside, qPrintable(aside.message()));
        QVERIFY(!QFileInfo::exists(victim + QStringLiteral("-wal")));
        QVERIFY(QFileInfo::exists(aside.value() + QStringLiteral("-wal")));
        QCOMPARE(applicationsIn(victim), 1);
        auto kept = Database::open(aside.value());
        QVERIFY(kept);
        QCOMPARE(scalar(*kept.value(), QStringLiteral("SELECT notes FROM applications")).toString(),
                 QStringLiteral("only in the wal"));
#ifdef Q_OS_UNIX
        QCOMPARE(modeOf(victim), 0600);
#endif
    }

    // Item 6: two databases of one stem keep two sets; names of older Jobdecks count only when unambiguous.
    void databasesOfOneStemKeepSeparateSets()
    {
        QTemporaryDir dir;
        const QString sqlite = dir.filePath(QStringLiteral("jobs.sqlite"));
        const QString db = dir.filePath(QStringLiteral("jobs.db"));
        auto a = Database::open(sqlite);
        QVERIFY(a);
        const QString backups = BackupSet(sqlite).folder();
        QVERIFY(QDir().mkpath(backups));
        const QString legacy = QDir(backups).filePath(QStringLiteral("jobs-20250101-000000-daily.sqlite"));
        QVERIFY(Backup::copyTo(*a.value(), legacy));
        QCOMPARE(BackupSet(sqlite).list(), QStringList{legacy}); // alone: the old name is jobs.sqlite's

        const Result<QString> mine = BackupSet(sqlite).ensureDaily(*a.value(), m_clock.now());
        QVERIFY(mine && mine->contains(QStringLiteral("/jobs.sqlite-")));
        auto b = Database::open(db);
        QVERIFY(b);
        // jobs.sqlite's daily is not jobs.db's: it gets its own.
        const Result<QString> theirs = BackupSet(db).ensureDaily(*b.value(), m_clock.now());
        QVERIFY(theirs && theirs->contains(QStringLiteral("/jobs.db-")));
        QCOMPARE(BackupSet(sqlite).list(), QStringList{mine.value()}); // the old name is ambiguous now
        QCOMPARE(BackupSet(db).list(), QStringList{theirs.value()});
        BackupSet(db, 1).prune();
        QVERIFY(QFileInfo::exists(mine.value()));
        QVERIFY(QFileInfo::exists(legacy));
    }

    // Item 6: restore leaves the database's own settings as they were.
    void restoreKeepsTheSettingsOfTheDatabase()
    {
        TestDatabase t;
        add(t.db(), QStringLiteral("Acme"));
        QSqlQuery query(t.db().connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('backup.keep', '1')")));
        const QString copy = t.folder() + QStringLiteral("/one.sqlite");
        QVERIFY(Backup::copyTo(t.db(), copy));
        QVERIFY(query.exec(QStringLiteral("UPDATE settings SET value = '7' WHERE key = 'backup.keep'")));
        BackupSet keep = BackupSet::forDatabase(t.db());
        QVERIFY(Backup::restore(t.db(), copy, keep, m_clock.now()));
        QCOMPARE(BackupSet::forDatabase(t.db()).keep(), 7);
    }

    // Item 6: partials of killed backups are removed once old; one still being written is not.
    void staleLeftoversAreRemovedButNotABackupInProgress()
    {
        TestDatabase t;
        BackupSet set(t.path());
        QVERIFY(PrivateFile::makePrivateFolder(set.folder()));
        const QString stale = QDir(set.folder()).filePath(QStringLiteral("test.sqlite-x.1.partial"));
        const QString fresh = QDir(set.folder()).filePath(QStringLiteral("test.sqlite-x.2.partial"));
        QVERIFY(touch(stale, 3600));
        QVERIFY(touch(fresh));
        Result<std::unique_ptr<PrivateFile>> writing = PrivateFile::create(set.folder(), QStringLiteral("slow"));
        QVERIFY(writing);
        {
            QFile old(writing.value()->path());
            QVERIFY(old.open(QIODevice::ReadWrite));
            QVERIFY(old.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
        }
        QVERIFY(set.create(t.db(), QStringLiteral("manual"), m_clock.now()));
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(fresh));
        QVERIFY(QFileInfo::exists(writing.value()->path())); // old, but its writer is alive
    }

    // Item 11: backups, their folder and the lock file are private under umask 022.
    void backupsAndTheLockFileArePrivate()
    {
        JOBDECK_SKIP_WITHOUT_FILE_MODES();
        TestDatabase t;
        BackupSet set(t.path());
        const Result<QString> made = set.create(t.db(), QStringLiteral("manual"), m_clock.now());
        QVERIFY(made);
        QCOMPARE(modeOf(set.folder()), 0700);
        QCOMPARE(modeOf(made.value()), 0600);
        const QString copy = t.folder() + QStringLiteral("/copy.sqlite");
        QVERIFY(Backup::copyTo(t.db(), copy));
        QCOMPARE(modeOf(copy), 0600);
        InstanceLock lock(t.path());
        QVERIFY(lock.tryLock());
        QCOMPARE(modeOf(t.path() + QStringLiteral(".lock")), 0600);
    }

    // Item 11: a backup never writes through a link planted at its name.
    void aBackupNeverWritesThroughALink()
    {
        JOBDECK_SKIP_WITHOUT_FILE_MODES();
        TestDatabase t;
        const QString victim = t.folder() + QStringLiteral("/victim.txt");
        QVERIFY(touch(victim));
        const QString link = t.folder() + QStringLiteral("/dangling.sqlite");
        QVERIFY(QFile::link(t.folder() + QStringLiteral("/nowhere.sqlite"), link));
        QVERIFY(!Backup::copyTo(t.db(), link));
        QVERIFY(!QFileInfo::exists(t.folder() + QStringLiteral("/nowhere.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
