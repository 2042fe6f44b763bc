#include "FileModes.h"
#include "MockClock.h"
#include "TestDatabase.h"

#include "io/BackupSet.h"
#include "io/CsvExporter.h"
#include "io/ExportService.h"
#include "io/ImportService.h"
#include "io/JsonExporter.h"
#include "pipeline/PipelineService.h"
#include "storage/ApplicationRepository.h"
#include "storage/TaskRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>


using namespace jobdeck;
using namespace jobdeck::io;

class TestExport : public QObject
{
    Q_OBJECT

private:
    MockClock m_clock;

    // A database with history: moves, a closed task, a custom task, an archived row, a score, a resume,
    // and text a spreadsheet would run as a formula.
    void fill(const Database& db)
    {
        m_clock.set(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
        PipelineService pipeline(db, m_clock);
        ApplicationDraft a;
        a.company = QStringLiteral("=HYPERLINK(\"http://x\")");
        a.title = QStringLiteral("+Engineer");
        a.notes = QStringLiteral("-first line\nsecond, with \"quotes\"");
        a.salary = QStringLiteral("@100k");
        a.source = QStringLiteral("Referral");
        a.jobDescription = QStringLiteral("We use C++ and Qt.\n\n'Quoted' text.");
        a.appliedOn = QDate(2025, 11, 3);
        const qint64 first = pipeline.create(a).value();
        QVERIFY(pipeline.move(first, Stage::Screen, QDateTime(QDate(2025, 11, 10), QTime(15, 30), Qt::UTC)));
        QVERIFY(pipeline.move(first, Stage::Technical, QDateTime(QDate(2025, 11, 20), QTime(9, 0), Qt::UTC)));
        TaskRepository tasks(db);
        const QList<FollowUpTask> pending = tasks.list().value();
        QVERIFY(!pending.isEmpty());
        QVERIFY(tasks.complete(pending.first().id, m_clock.now()));
        QVERIFY(tasks.addCustom(first, QStringLiteral("Ask about the team"), m_clock.now().addDays(2), m_clock.now()));
        QVERIFY(ApplicationRepository(db).setMatchScore(first, 73.25));

        ApplicationDraft b;
        b.company = QStringLiteral("Zoë & Co");
        b.title = QStringLiteral("Dév");
        b.location = QStringLiteral("Paris, FR");
        b.appliedOn = QDate(2025, 10, 1);
        const qint64 second = pipeline.create(b).value();
        QVERIFY(pipeline.move(second, Stage::Rejected, QDateTime(QDate(2025, 10, 20), QTime(8, 0), Qt::UTC)));
        QVERIFY(ApplicationRepository(db).setArchived(second, true, m_clock.now()));

        ApplicationDraft c;
        c.company = QStringLiteral("Saved Inc");
        c.title = QStringLiteral("Maybe");
        QVERIFY(pipeline.create(c, Stage::Saved));

        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT INTO resumes (name, file_name, content, is_default, created_at) VALUES (?, ?, ?, ?, ?)"));
        for (const QVariant& v : {QVariant(QStringLiteral("Main")), QVariant(QStringLiteral("cv.pdf")),
                                  QVariant(QStringLiteral("C++ engineer\nQt, SQLite")), QVariant(1),
                                  QVariant(QStringLiteral("2025-09-01T10:00:00Z"))})
            query.addBindValue(v);
        QVERIFY(query.exec());
    }

    static QJsonObject withoutTime(QJsonObject document)
    {
        document.remove(QStringLiteral("exported_at"));
        return document;
    }

    static QByteArray hashOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                              : QByteArray();
    }

private slots:
    void initTestCase() { test::useUmask022(); }

    // Item 11: an export is private, written whole, and replaces an older export of the same name.
    void anExportIsPrivateAndReplacesAnOlderOne()
    {
        TestDatabase t;
        fill(t.db());
        for (const char* name : {"/out.json", "/out.csv"}) {
            const QString out = t.folder() + QLatin1String(name);
            QVERIFY(ExportService::exportTo(t.db(), out, m_clock.now()));
            QFile old(out);
            QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
            const Status again = ExportService::exportTo(t.db(), out, m_clock.now());
            QVERIFY2(again, qPrintable(again.message()));
#ifdef Q_OS_UNIX
            QCOMPARE(test::modeOf(out), 0600);
#endif
            QVERIFY(QFileInfo(out).size() > 0);
        }
        QCOMPARE(QDir(t.folder()).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden), QStringList());
    }

    // Item 6: what a killed export left beside its file is removed by the next export to that name, once old.
    void aKilledExportsLeftoverIsRemovedLater()
    {
        TestDatabase t;
        fill(t.db());
        const QString out = t.folder() + QStringLiteral("/out.json");
        const QString stale = out + QStringLiteral(".0123456789abcdef.partial");
        const QString fresh = out + QStringLiteral(".fedcba9876543210.partial");
        for (const QString& path : {stale, fresh}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{");
            file.flush();
            if (path == stale)
                QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
        }
        QVERIFY(ExportService::exportTo(t.db(), out, m_clock.now()));
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(fresh)); // may still be written by another export
    }

    // Item 11: never through a symbolic link: the link's target stays as it was.
    void anExportNeverWritesThroughALink()
    {
        JOBDECK_SKIP_WITHOUT_FILE_MODES();
        TestDatabase t;
        fill(t.db());
        const QString victim = t.folder() + QStringLiteral("/victim.txt");
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
        file.close();
        const QString link = t.folder() + QStringLiteral("/export.csv");
        QVERIFY(QFile::link(victim, link));
        const Status refused = ExportService::exportTo(t.db(), link, m_clock.now());
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(link) && refused.message().contains(QStringLiteral("link")),
                 qPrintable(refused.message()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArrayLiteral("precious"));
        QVERIFY(QFileInfo(link).isSymLink());
    }

    // Item 11: never onto the open database, its journal files, or its backups.
    void anExportNeverOverwritesTheDatabaseOrItsBackups()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("jobs.json"));
        auto opened = Database::open(path);
        QVERIFY(opened);
        const Database& db = *opened.value();
        fill(db);
        const QByteArray before = hashOf(path);
        Status refused = ExportService::exportTo(db, path, m_clock.now());
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(path), qPrintable(refused.message()));
        QCOMPARE(hashOf(path), before);
        // The same file by another spelling of its path, and by a hard link.
        QVERIFY(!ExportService::exportTo(db, dir.path() + QStringLiteral("/./jobs.json"), m_clock.now()));
        const QString alias = dir.filePath(QStringLiteral("alias.json"));
        QVERIFY(test::hardLink(path, alias));
        QVERIFY(!ExportService::exportTo(db, alias, m_clock.now()));
        QCOMPARE(hashOf(path), before);

        const Result<QString> backup = BackupSet(path).create(db, QStringLiteral("manual"), m_clock.now());
        QVERIFY(backup);
        const QString backupAlias = dir.filePath(QStringLiteral("backup.csv"));
        QVERIFY(test::hardLink(backup.value(), backupAlias));
        const QByteArray backupBefore = hashOf(backup.value());
        QVERIFY(!ExportService::exportTo(db, backupAlias, m_clock.now()));
        QCOMPARE(hashOf(backup.value()), backupBefore);
    }

    void jsonRoundTripIsLosslessHistoryIncluded()
    {
        TestDatabase a;
        fill(a.db());
        const Result<QJsonObject> exported = JsonExporter::exportAll(a.db(), m_clock.now());
        QVERIFY(exported);
        QCOMPARE(exported->value(QStringLiteral("format_version")).toInt(), JsonExporter::kFormatVersion);
        QCOMPARE(exported->value(QStringLiteral("stage_events")).toArray().size(), 6);
        QCOMPARE(exported->value(QStringLiteral("resumes")).toArray().size(), 1);

        TestDatabase b;
        const QByteArray bytes = QJsonDocument(exported.value()).toJson();
        const Result<ImportReport> report = ImportService(b.db(), m_clock).importData(bytes);
        QVERIFY2(report, qPrintable(report.message()));
        QVERIFY2(!report->hasErrors(), qPrintable(report->summary()));
        QCOMPARE(report->format, ImportFormat::JobdeckJson);
        QCOMPARE(report->imported, 3);
        const Result<QJsonObject> again = JsonExporter::exportAll(b.db(), m_clock.now());
        QVERIFY(again);
        QCOMPARE(withoutTime(again.value()), withoutTime(exported.value()));
    }

    void jsonIntoANonEmptyDatabaseGetsNewIdsAndSkipsDuplicates()
    {
        TestDatabase a;
        fill(a.db());
        const QByteArray bytes = QJsonDocument(JsonExporter::exportAll(a.db(), m_clock.now()).value()).toJson();

        TestDatabase b;
        PipelineService pipeline(b.db(), m_clock);
        ApplicationDraft existing;
        existing.company = QStringLiteral("Zoë & Co");
        existing.title = QStringLiteral("Dév");
        existing.appliedOn = QDate(2025, 10, 1);
        QVERIFY(pipeline.create(existing));
        ApplicationDraft other;
        other.company = QStringLiteral("Other");
        other.title = QStringLiteral("Role");
        QVERIFY(pipeline.create(other));

        const Result<ImportReport> report = ImportService(b.db(), m_clock).importData(bytes);
        QVERIFY2(report, qPrintable(report.message()));
        QVERIFY2(!report->hasErrors(), qPrintable(report->summary()));
        QCOMPARE(report->imported, 2);
        QCOMPARE(report->skippedDuplicates, 1);
        QCOMPARE(scalar(b.db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 4);
        // The technical application's three events came with it, under its new id.
        QCOMPARE(scalar(b.db(), QStringLiteral("SELECT count(*) FROM stage_events e JOIN applications a ON "
                                               "a.id = e.application_id WHERE a.title = '+Engineer'"))
                     .toInt(),
                 3);
        QCOMPARE(scalar(b.db(), QStringLiteral("SELECT count(*) FROM follow_up_tasks t JOIN applications a ON "
                                               "a.id = t.application_id WHERE a.title = '+Engineer' AND t.type = 'custom'"))
                     .toInt(),
                 1);
        QCOMPARE(scalar(b.db(), QStringLiteral("SELECT count(*) FROM resumes")).toInt(), 1);
        // Each task still names the events that created and cancelled it, under their new ids: events of its
        // own application, at the times the tasks were created and closed.
        QCOMPARE(scalar(b.db(), QStringLiteral("SELECT count(*) FROM follow_up_tasks t JOIN applications a ON "
                                               "a.id = t.application_id WHERE a.title = '+Engineer' AND "
                                               "t.type <> 'custom' AND t.created_by_event IS NULL"))
                     .toInt(),
                 0);
        QCOMPARE(scalar(b.db(), QStringLiteral("SELECT count(*) FROM follow_up_tasks t JOIN stage_events e ON "
                                               "e.id = t.created_by_event WHERE e.application_id = t.application_id "
                                               "AND e.at = t.created_at"))
                     .toInt(),
                 scalar(b.db(), QStringLiteral("SELECT count(*) FROM follow_up_tasks WHERE created_by_event IS NOT NULL")).toInt());
        QVERIFY(scalar(b.db(), QStringLiteral("SELECT count(*) FROM follow_up_tasks WHERE cancelled_by_event IS NOT NULL")).toInt() > 0);
        QCOMPARE(scalar(b.db(), QStringLiteral("SELECT count(*) FROM follow_up_tasks t JOIN stage_events e ON "
                                               "e.id = t.cancelled_by_event WHERE e.application_id = t.application_id "
                                               "AND e.at = t.closed_at"))
                     .toInt(),
                 scalar(b.db(), QStringLiteral("SELECT count(*) FROM follow_up_tasks WHERE cancelled_by_event IS NOT NULL")).toInt());
        QCOMPARE(scalar(b.db(), QStringLiteral("PRAGMA foreign_key_check")), QVariant());

        // The same file again: everything is a duplicate, nothing is added, not even the resume.
        const Result<ImportReport> again = ImportService(b.db(), m_clock).importData(bytes);
        QVERIFY(again);
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->skippedDuplicates, 3);
        QCOMPARE(scalar(b.db(), QStringLiteral("SELECT count(*) FROM resumes")).toInt(), 1);
        QCOMPARE(scalar(b.db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 4);
    }

    void jsonKeepsWhichMoveEachUndoRevertsUnderNewIds()
    {
        // Schema 4: an undo names the move it reverts; an import into a database with data renumbers both.
        TestDatabase a;
        fill(a.db());
        PipelineService pipeline(a.db(), m_clock);
        const qint64 first = scalar(a.db(), QStringLiteral("SELECT id FROM applications WHERE title = '+Engineer'")).toLongLong();
        const auto toOnsite = pipeline.move(first, Stage::Onsite, m_clock.now());
        QVERIFY(toOnsite.ok());
        QVERIFY(pipeline.revert(toOnsite->eventId).ok());
        const QByteArray bytes = QJsonDocument(JsonExporter::exportAll(a.db(), m_clock.now()).value()).toJson();
        QVERIFY(bytes.contains("\"reverts_event_id\": " + QByteArray::number(toOnsite->eventId)));

        TestDatabase b;
        ApplicationDraft other;
        other.company = QStringLiteral("Other");
        other.title = QStringLiteral("Role");
        PipelineService otherPipeline(b.db(), m_clock);
        const qint64 otherId = otherPipeline.create(other).value();
        QVERIFY(otherPipeline.move(otherId, Stage::Screen, m_clock.now()).ok());
        const Result<ImportReport> report = ImportService(b.db(), m_clock).importData(bytes);
        QVERIFY2(report && !report->hasErrors(), qPrintable(report ? report->summary() : report.message()));
        const QString reverted = QStringLiteral(
            "SELECT e.current FROM stage_events u JOIN stage_events e ON e.id = u.reverts_event_id "
            "JOIN applications a ON a.id = u.application_id AND a.id = e.application_id WHERE a.title = '+Engineer'");
        QCOMPARE(scalar(b.db(), reverted).toString(), QStringLiteral("onsite"));
        const qint64 imported = scalar(b.db(), QStringLiteral("SELECT id FROM applications WHERE title = '+Engineer'")).toLongLong();
        QCOMPARE(ApplicationRepository(b.db()).find(imported)->furthestRank, stages::rank(Stage::Technical));
        QCOMPARE(PipelineService(b.db(), m_clock).lastRevertibleMove(imported).value(),
                 scalar(b.db(), QStringLiteral("SELECT max(id) FROM stage_events WHERE application_id = %1 AND current = 'technical' AND reverts_event_id IS NULL").arg(imported)).toLongLong());
    }

    void jsonThatContradictsItselfImportsNothing()
    {
        TestDatabase a;
        fill(a.db());
        QJsonObject document = JsonExporter::exportAll(a.db(), m_clock.now()).value();
        QJsonArray apps = document.value(QStringLiteral("applications")).toArray();
        QJsonObject first = apps.at(0).toObject();
        first.insert(QStringLiteral("stage"), QStringLiteral("offer")); // its last event says technical
        apps.replace(0, first);
        document.insert(QStringLiteral("applications"), apps);

        TestDatabase b;
        const Result<ImportReport> report =
            ImportService(b.db(), m_clock).importData(QJsonDocument(document).toJson());
        QVERIFY(report);
        QCOMPARE(report->errors.size(), 1);
        QCOMPARE(report->errors.first().line, 1);
        QCOMPARE(scalar(b.db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 0);
    }

    void jsonFromANewerJobdeckOrAnotherProgramIsRefused()
    {
        TestDatabase b;
        ImportService service(b.db(), m_clock);
        const Result<ImportReport> newer =
            service.importData(QByteArrayLiteral(R"({"format":"jobdeck","format_version":99,"applications":[]})"));
        QVERIFY(newer && newer->hasErrors());
        QVERIFY(newer->errors.first().text.contains(QStringLiteral("99")));
        const Result<ImportReport> other = service.importData(QByteArrayLiteral(R"({"jobs":[]})"));
        QVERIFY(other && other->hasErrors());
        const Result<ImportReport> broken = service.importData(QByteArrayLiteral(R"({"format":)"));
        QVERIFY(broken && broken->hasErrors());
    }

    void csvIsSpreadsheetSafeAndJobdecksImportReadsItBack()
    {
        TestDatabase a;
        fill(a.db());
        const Result<QByteArray> csv = CsvExporter::exportApplications(a.db());
        QVERIFY(csv);
        QVERIFY(csv->startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv->contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
        QVERIFY(csv->contains(",'+Engineer,"));
        QVERIFY(!csv->contains(",=") && !csv->contains(",+") && !csv->contains(",@") && !csv->contains(",-"));

        TestDatabase b;
        m_clock.advanceDays(3); // the import happens later than the export: times come from the file
        const Result<ImportReport> report = ImportService(b.db(), m_clock).importData(csv.value());
        QVERIFY2(report, qPrintable(report.message()));
        QVERIFY2(!report->hasErrors(), qPrintable(report->summary()));
        QCOMPARE(report->format, ImportFormat::JobdeckCsv);
        QCOMPARE(report->imported, 3);

        const QList<Application> before = ApplicationRepository(a.db()).list({std::nullopt, true}).value();
        const QList<Application> after = ApplicationRepository(b.db()).list({std::nullopt, true}).value();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const Application& x = before.at(i);
            const Application& y = after.at(i);
            QCOMPARE(y.company, x.company);
            QCOMPARE(y.title, x.title);
            QCOMPARE(y.notes, x.notes);
            QCOMPARE(y.salary, x.salary);
            QCOMPARE(y.source, x.source);
            QCOMPARE(y.location, x.location);
            QCOMPARE(y.jobDescription, x.jobDescription);
            QCOMPARE(y.stage, x.stage);
            QCOMPARE(y.appliedOn, x.appliedOn);
            QCOMPARE(y.archived, x.archived);
            QCOMPARE(y.stageEnteredAt, x.stageEnteredAt);
        }
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
