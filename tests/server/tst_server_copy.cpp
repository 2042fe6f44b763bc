// What `copy` and `backup` carry besides the rows the export holds: the fitted matcher model (still valid for
// the same job descriptions under the ids the target gives them, so it is not refitted) and the settings; and
// fresh planner statistics on a server after a bulk write.
#include "CliRun.h"
#include "PgCluster.h"
#include "ServerSuite.h"

#include "storage/Database.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using jobdeck::Database;
using jobdeck::Result;
using jobdeck::test::CliRun;
using jobdeck::test::runCli;

namespace {

// A fit time no run of this test can produce: still there after a rank, the model was used, not refitted.
const QString kFittedLongAgo = QStringLiteral("2020-01-01T00:00:00Z");

// Runs `sql` on a file in this process and closes it again (the CLI opens it next).
QStringList onFile(const QString& path, const QString& sql)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        return {QStringLiteral("open failed: ") + db.error().message};
    QSqlQuery query(db.value()->connection());
    if (!query.exec(sql))
        return {QStringLiteral("query failed")};
    QStringList rows;
    while (query.next())
        rows.append(query.value(0).toString());
    return rows;
}

} // namespace

class TestServerCopy : public jobdeck::test::ServerSuite
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString psql(const QString& role, const QString& sql) const { return m_cluster->psql(role, kDatabase, sql).out; }

    QString jd(const QString& name, const QString& text)
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(text.toUtf8());
        return file.fileName();
    }

    // Ranks against the stored job descriptions, which fits the model or reuses the stored one.
    void rank(const QString& db)
    {
        const CliRun ranked = runCli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("rank"),
                                QStringLiteral("--resume"),
                                QStringLiteral(JOBDECK_SOURCE_DIR "/tests/data/matching/documents/resume.md")});
        QVERIFY2(ranked.code == 0, ranked.err.constData());
    }

private slots:
    void initTestCase()
    {
        const QString setUp = startWithJobdeck({QStringLiteral("alice")});
        JOBDECK_REQUIRE_CLUSTER(*m_cluster);
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
    }

    void aCopyAndAnImportLeavePlannerStatistics()
    {
        const QString file = m_dir.filePath(QStringLiteral("stats.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), file, QStringLiteral("add"), QStringLiteral("--company"),
                      QStringLiteral("Acme"), QStringLiteral("--title"), QStringLiteral("Dev")}).code,
                 0);
        QVERIFY(m_cluster->psql(QStringLiteral("postgres"), QStringLiteral("postgres"),
                                QStringLiteral("CREATE ROLE erin LOGIN")).ok);
        QCOMPARE(runCli({QStringLiteral("--db"), owner(),
                      QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("erin")}).code,
                 0);
        // Manual ANALYZEs (autovacuum's are counted apart), read as the owner.
        const QString analyzed = QStringLiteral("SELECT analyze_count FROM pg_stat_user_tables "
                                                "WHERE relname = 'stage_events'");
        const int before = psql(QStringLiteral("postgres"), analyzed).toInt();
        const CliRun in = runCli({QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"),
                            as(QStringLiteral("erin"))});
        QVERIFY2(in.code == 0, in.err.constData());
        const int afterCopy = psql(QStringLiteral("postgres"), analyzed).toInt();
        QVERIFY2(afterCopy > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(afterCopy)));
        const QString exported = m_dir.filePath(QStringLiteral("stats.json"));
        QCOMPARE(runCli({QStringLiteral("--db"), file, QStringLiteral("export"), exported}).code, 0);
        const CliRun imported = runCli({QStringLiteral("--db"), as(QStringLiteral("erin")), QStringLiteral("import"), exported});
        QVERIFY2(imported.code == 0, imported.err.constData());
        QVERIFY(psql(QStringLiteral("postgres"), analyzed).toInt() > afterCopy);
    }

    void copyAndBackupCarryTheModelAndTheSettings()
    {
        // A file with two stored job descriptions, their model fitted, and a setting of its own.
        const QString file = m_dir.filePath(QStringLiteral("local.sqlite"));
        const QStringList texts{
            QStringLiteral("Senior C++ engineer: Qt 6, SQL, PostgreSQL and SQLite, multithreading, CMake."),
            QStringLiteral("Data scientist: Python, pandas, statistics, machine learning, SQL dashboards."),
            QStringLiteral("Site reliability engineer: Linux, Kubernetes, Terraform, PostgreSQL, on-call.")};
        for (int i = 0; i < texts.size(); ++i) {
            const CliRun added = runCli({QStringLiteral("--db"), file, QStringLiteral("add"), QStringLiteral("--company"),
                                   QStringLiteral("Company %1").arg(i), QStringLiteral("--title"),
                                   QStringLiteral("Role %1").arg(i), QStringLiteral("--jd-file"),
                                   jd(QStringLiteral("jd%1.txt").arg(i), texts.at(i))});
            QVERIFY2(added.code == 0, added.err.constData());
        }
        // The first application goes, so the file's ids (2, 3) are not the ones the server gives (1, 2).
        QVERIFY(!onFile(file, QStringLiteral("DELETE FROM applications WHERE id = 1")).contains(
            QStringLiteral("query failed")));
        rank(file);
        QCOMPARE(onFile(file, QStringLiteral("UPDATE matcher_models SET fitted_at = '%1'").arg(kFittedLongAgo)),
                 QStringList());
        QCOMPARE(onFile(file, QStringLiteral("INSERT INTO settings (key, value) VALUES ('backup.keep', '9')")),
                 QStringList());
        const QStringList models = onFile(file, QStringLiteral("SELECT analyzer FROM matcher_models"));
        QVERIFY(!models.isEmpty());

        const CliRun in = runCli({QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"),
                            as(QStringLiteral("alice"))});
        QVERIFY2(in.code == 0, in.err.constData());

        QCOMPARE(psql(QStringLiteral("alice"), QStringLiteral("SELECT value FROM settings WHERE key = 'backup.keep'")),
                 QStringLiteral("9"));
        QCOMPARE(psql(QStringLiteral("alice"), QStringLiteral("SELECT count(*) FROM matcher_models")),
                 QString::number(models.size()));
        // The model is the current one for the server's ids: ranking there uses it rather than refitting.
        rank(as(QStringLiteral("alice")));
        QCOMPARE(psql(QStringLiteral("alice"), QStringLiteral("SELECT DISTINCT fitted_at FROM matcher_models")),
                 kFittedLongAgo);

        // And back, as a server user's backup.
        const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
        const CliRun saved = runCli({QStringLiteral("--db"), as(QStringLiteral("alice")), QStringLiteral("backup"), backup});
        QVERIFY2(saved.code == 0, saved.err.constData());
        QCOMPARE(onFile(backup, QStringLiteral("SELECT value FROM settings WHERE key = 'backup.keep'")),
                 QStringList{QStringLiteral("9")});
        rank(backup);
        QCOMPARE(onFile(backup, QStringLiteral("SELECT DISTINCT fitted_at FROM matcher_models")),
                 QStringList{kFittedLongAgo});
    }

    void aStaleModelIsCarriedAsItIsAndRefittedOnUse()
    {
        // A model fitted on other job descriptions than the file now holds is copied unchanged: still stale.
        const QString file = m_dir.filePath(QStringLiteral("stale.sqlite"));
        const CliRun added = runCli({QStringLiteral("--db"), file, QStringLiteral("add"), QStringLiteral("--company"),
                               QStringLiteral("Acme"), QStringLiteral("--title"), QStringLiteral("Dev"),
                               QStringLiteral("--jd-file"), jd(QStringLiteral("a.txt"), QStringLiteral("C++ and Qt."))});
        QVERIFY2(added.code == 0, added.err.constData());
        rank(file);
        QCOMPARE(onFile(file, QStringLiteral("UPDATE matcher_models SET fitted_at = '%1', corpus_hash = 'old'")
                                  .arg(kFittedLongAgo)),
                 QStringList());
        QVERIFY(m_cluster->psql(QStringLiteral("postgres"), QStringLiteral("postgres"),
                                QStringLiteral("CREATE ROLE dave LOGIN")).ok);
        QCOMPARE(runCli({QStringLiteral("--db"), owner(),
                      QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("dave")}).code,
                 0);
        const CliRun in = runCli({QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"),
                            as(QStringLiteral("dave"))});
        QVERIFY2(in.code == 0, in.err.constData());
        QCOMPARE(psql(QStringLiteral("dave"), QStringLiteral("SELECT DISTINCT corpus_hash FROM matcher_models")),
                 QStringLiteral("old"));
        rank(as(QStringLiteral("dave")));
        QVERIFY(psql(QStringLiteral("dave"), QStringLiteral("SELECT DISTINCT fitted_at FROM matcher_models")) !=
                kFittedLongAgo);
    }

    void cleanupTestCase() { m_cluster.reset(); }
};

QTEST_GUILESS_MAIN(TestServerCopy)
#include "tst_server_copy.moc"
