// Ids written explicitly on a server: every user shares one sequence per table and row-level security hides the
// others' rows, so an id the sequence has not handed out yet would later collide with an add that cannot see
// it. A redone add writes back an id it had; a user naming a higher one is refused; the owner's move the
// sequence past them.
#include "MockClock.h"
#include "CliRun.h"
#include "PgCluster.h"
#include "ServerSuite.h"

#include "io/ImportService.h"
#include "pipeline/PipelineService.h"
#include "storage/Database.h"
#include "storage/ResumeRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using jobdeck::Result;
using jobdeck::test::CliRun;
using jobdeck::test::PgCluster;
using jobdeck::test::runCli;

class TestServerIds : public jobdeck::test::ServerSuite
{
    Q_OBJECT

private:
    // The next value `table`'s identity would hand out, read by the owner.
    qint64 nextId(const QString& table) const
    {
        const PgCluster::Output out = m_cluster->psql(
            QStringLiteral("postgres"), kDatabase,
            QStringLiteral("SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('%1', 'id')), 0) + 1")
                .arg(table));
        return out.ok ? out.out.toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        const QString setUp = startWithJobdeck({QStringLiteral("alice"), QStringLiteral("bob")});
        JOBDECK_REQUIRE_CLUSTER(*m_cluster);
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
    }

    void aRedoneAddKeepsItsIdAndLaterAddsPassIt()
    {
        // The app's undo of an add discards the application; its redo writes it back under the same id, one
        // the sequence handed out before.
        Result<std::unique_ptr<jobdeck::Database>> opened =
            jobdeck::Database::open(as(QStringLiteral("alice")), QString());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        jobdeck::MockClock clock;
        jobdeck::PipelineService pipeline(*opened.value(), clock);
        jobdeck::ApplicationDraft draft;
        draft.company = QStringLiteral("Initech");
        draft.title = QStringLiteral("Engineer");
        const Result<qint64> added = pipeline.create(draft);
        QVERIFY(added);
        QVERIFY(pipeline.discard(added.value()));
        QVERIFY(runCli({QStringLiteral("--db"), as(QStringLiteral("alice")), QStringLiteral("add"),
                     QStringLiteral("--company"), QStringLiteral("Acme"), QStringLiteral("--title"),
                     QStringLiteral("QA")}).code == 0);
        const Result<qint64> redone = pipeline.create(draft, jobdeck::Stage::Applied, std::nullopt, added.value());
        QVERIFY2(redone, qPrintable(redone ? QString() : redone.error().message));
        QCOMPARE(redone.value(), added.value());
        const CliRun again = runCli({QStringLiteral("--db"), as(QStringLiteral("alice")), QStringLiteral("add"),
                               QStringLiteral("--company"), QStringLiteral("Globex"), QStringLiteral("--title"),
                               QStringLiteral("Dev")});
        QVERIFY2(again.code == 0, again.err.constData());
        const CliRun list = runCli({QStringLiteral("--db"), as(QStringLiteral("alice")), QStringLiteral("--json"),
                              QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 3);
    }

    void aUserCannotWriteAnIdTheSequenceHasNotHandedOut()
    {
        // bob, with plain psql, names an id above the shared sequence: refused, since alice's next add (which
        // cannot see bob's rows) would take it, and a user moving the shared sequence could exhaust it.
        const qint64 app = nextId(QStringLiteral("applications"));
        const PgCluster::Output refused = m_cluster->psql(
            QStringLiteral("bob"), kDatabase,
            QStringLiteral("INSERT INTO applications (id, company, title, stage, stage_entered_at, furthest_rank, "
                           "created_at, updated_at) VALUES (%1, 'Bob Co', 'Ops', 'applied', '2025-01-01T00:00:00Z', 1, "
                           "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')")
                .arg(app + 1));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.err.contains(QStringLiteral("was never handed out")), qPrintable(refused.err));
        const CliRun added = runCli({QStringLiteral("--db"), as(QStringLiteral("alice")), QStringLiteral("add"),
                               QStringLiteral("--company"), QStringLiteral("Hooli"), QStringLiteral("--title"),
                               QStringLiteral("C++")});
        QVERIFY2(added.code == 0, added.err.constData());
        QCOMPARE(added.out.trimmed().toLongLong(), app);
        QVERIFY(runCli({QStringLiteral("--db"), as(QStringLiteral("alice")), QStringLiteral("add"),
                     QStringLiteral("--company"), QStringLiteral("Hooli 2"), QStringLiteral("--title"),
                     QStringLiteral("C++")}).code == 0);
    }

    void theOwnersExplicitIdsMoveEverySequencePastThem()
    {
        // The owner (a restore, a bulk load) may write ids ahead of the sequences, here in bob's name: alice's
        // adds, moves and resumes then pass them instead of colliding with rows they cannot see.
        const qint64 app = nextId(QStringLiteral("applications"));
        const qint64 event = nextId(QStringLiteral("stage_events"));
        const qint64 task = nextId(QStringLiteral("follow_up_tasks"));
        const qint64 resume = nextId(QStringLiteral("resumes"));
        const PgCluster::Output written = m_cluster->psql(
            QStringLiteral("postgres"), kDatabase,
            QStringLiteral(
                "INSERT INTO applications (id, company, title, stage, stage_entered_at, furthest_rank, created_at, "
                "updated_at, owner) VALUES (%1, 'Bob Co', 'Ops', 'applied', '2025-01-01T00:00:00Z', 1, "
                "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 'bob');"
                "INSERT INTO stage_events (id, application_id, current, current_rank, at, owner) "
                "VALUES (%2, %1, 'applied', 1, '2025-01-01T00:00:00Z', 'bob');"
                "INSERT INTO follow_up_tasks (id, application_id, type, title, due_at, created_at, owner) "
                "VALUES (%3, %1, 'follow_up', 'Ping', '2025-01-08T00:00:00Z', '2025-01-01T00:00:00Z', 'bob');"
                "INSERT INTO resumes (id, name, content, created_at, owner) VALUES (%4, 'cv', 'text', "
                "'2025-01-01T00:00:00Z', 'bob')")
                .arg(app)
                .arg(event)
                .arg(task)
                .arg(resume));
        QVERIFY2(written.ok, qPrintable(written.err));
        // alice's add writes an application, its first event and a follow-up task; a move to an interview
        // stage another event and a prep task; a resume through the core.
        const CliRun added = runCli({QStringLiteral("--db"), as(QStringLiteral("alice")), QStringLiteral("add"),
                               QStringLiteral("--company"), QStringLiteral("Pied Piper"), QStringLiteral("--title"),
                               QStringLiteral("C++")});
        QVERIFY2(added.code == 0, added.err.constData());
        const qint64 id = added.out.trimmed().toLongLong();
        QVERIFY2(id > app, added.out.constData());
        const CliRun moved = runCli({QStringLiteral("--db"), as(QStringLiteral("alice")), QStringLiteral("move"),
                               QString::number(id), QStringLiteral("technical"), QStringLiteral("--interview-at"),
                               QStringLiteral("2030-01-10T10:00:00Z")});
        QVERIFY2(moved.code == 0, moved.err.constData());
        Result<std::unique_ptr<jobdeck::Database>> opened =
            jobdeck::Database::open(as(QStringLiteral("alice")), QString());
        QVERIFY(opened);
        const Result<qint64> cv = jobdeck::ResumeRepository(*opened.value())
                                      .add(QStringLiteral("Mine"), QString(), QStringLiteral("C++"),
                                           QDateTime::currentDateTimeUtc());
        QVERIFY2(cv, qPrintable(cv ? QString() : cv.error().message));
        QVERIFY(cv.value() > resume);
        QVERIFY(nextId(QStringLiteral("stage_events")) > event + 1);
        QVERIFY(nextId(QStringLiteral("follow_up_tasks")) > task + 1);
    }

    // An import undone on a server (the app's Ctrl+Z): it reads and erases only the importing user's rows, and
    // is refused while another device has moved one of them since.
    void anImportIsUndoneOnlyWhileNoDeviceChangedIt()
    {
        Result<std::unique_ptr<jobdeck::Database>> opened =
            jobdeck::Database::open(as(QStringLiteral("bob")), QString());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        jobdeck::Database& db = *opened.value();
        const auto count = [this](const QString& role) {
            return m_cluster->psql(role, kDatabase, QStringLiteral("SELECT count(*) FROM applications")).out;
        };
        const QString alices = count(QStringLiteral("alice"));
        const QString bobs = count(QStringLiteral("bob"));
        jobdeck::MockClock clock;
        jobdeck::io::ImportOptions options;
        options.undoable = true;
        const QByteArray csv("Company,Title,Date Applied\nUndo One,Dev,2026-01-02\nUndo Two,Ops,2026-01-03\n");
        Result<jobdeck::io::ImportReport> first = jobdeck::io::ImportService(db, clock).importData(csv, options);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->undo.applicationCount(), 2);
        QVERIFY(first->undo.discard(db));
        QCOMPARE(count(QStringLiteral("bob")), bobs);
        QCOMPARE(count(QStringLiteral("alice")), alices);

        Result<jobdeck::io::ImportReport> second = jobdeck::io::ImportService(db, clock).importData(csv, options);
        QVERIFY(second);
        const QString moved = m_cluster->psql(QStringLiteral("bob"), kDatabase,
                                              QStringLiteral("SELECT min(id) FROM applications WHERE company = 'Undo Two'"))
                                  .out;
        const CliRun move = runCli({QStringLiteral("--db"), as(QStringLiteral("bob")), QStringLiteral("move"), moved,
                                    QStringLiteral("screen")});
        QVERIFY2(move.code == 0, move.err.constData());
        const jobdeck::Status refused = second->undo.discard(db);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, jobdeck::Error::Kind::Conflict);
        QCOMPARE(count(QStringLiteral("bob")), QString::number(bobs.toInt() + 2));
    }

    void cleanupTestCase() { m_cluster.reset(); }
};

QTEST_GUILESS_MAIN(TestServerIds)
#include "tst_server_ids.moc"
