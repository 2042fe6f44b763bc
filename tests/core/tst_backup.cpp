#include "MockClock.h"
#include "TestDatabase.h"

#include "io/Backup.h"
#include "io/BackupSet.h"
#include "io/InstanceLock.h"
#include "pipeline/PipelineService.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

private slots:
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
        QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".partial")));
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

        const QString copy = folder + QStringLiteral("/copy.sqlite");
        QVERIFY(Backup::copyTo(t.db(), copy));
        const QString damaged = damagedCopy(copy, folder + QStringLiteral("/damaged.sqlite"));
        const Status verdict = Backup::verify(damaged);
        QVERIFY(!verdict);
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
            auto db = Database::open(live);
            QVERIFY(db);
            add(*db.value(), QStringLiteral("Acme"));
            QVERIFY(Backup::copyTo(*db.value(), backup));
            add(*db.value(), QStringLiteral("Globex"));
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
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
